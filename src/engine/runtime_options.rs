//! A service's runtime settings ([`Runtime`]) as the engine's create request takes
//! them, the way compose v2 fills the same fields (checked by container inspect in
//! tests/conformance.rs).

use std::collections::HashMap;

use bollard::models::{ContainerCreateBody, DeviceMapping, HostConfig, HostConfigLogConfig, ResourcesUlimits};

use crate::stack::runtime::{NetworkMode, Runtime, VolumesSource};
use crate::stack::{Service, Stack};

/// Fills the create request's settings that come from `svc.runtime`.
pub fn apply(stack: &Stack, svc: &Service, body: &mut ContainerCreateBody) {
    let rt = &svc.runtime;
    let other = |name: &str| stack.service(name).map_or_else(|| name.to_string(), |s| stack.container_name(s));
    body.hostname = rt.hostname.clone();
    body.domainname = rt.domainname.clone();
    body.stop_signal = rt.stop_signal.clone();
    body.stop_timeout = rt.stop_grace_period.map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    if rt.stdin_open {
        body.open_stdin = Some(true);
    }
    if !rt.expose.is_empty() {
        let exposed = body.exposed_ports.get_or_insert_with(Vec::new);
        for port in &rt.expose {
            if !exposed.contains(port) {
                exposed.push(port.clone());
            }
        }
    }
    let host = body.host_config.get_or_insert_with(HostConfig::default);
    let list = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
    let map = |m: &std::collections::BTreeMap<String, String>| {
        (!m.is_empty()).then(|| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<HashMap<_, _>>())
    };
    host.dns = list(&rt.dns);
    host.dns_search = list(&rt.dns_search);
    host.dns_options = list(&rt.dns_opt);
    // compose sends an empty list when there are none (and them in a Go map's order: sorted here, so the hash is stable).
    let mut extra_hosts = rt.extra_hosts.clone();
    extra_hosts.sort();
    host.extra_hosts = Some(extra_hosts);
    host.security_opt = list(&rt.security_opt);
    host.cap_add = list(&rt.cap_add);
    host.cap_drop = list(&rt.cap_drop);
    host.group_add = list(&rt.group_add);
    host.sysctls = map(&rt.sysctls);
    host.storage_opt = map(&rt.storage_opt);
    host.init = rt.init;
    if rt.privileged {
        host.privileged = Some(true);
    }
    if rt.read_only {
        host.readonly_rootfs = Some(true);
    }
    // `service:NAME` is compose's; the engine shares a namespace with `container:NAME`.
    let namespace = |mode: &Option<String>| {
        mode.as_ref().map(|m| match m.strip_prefix("service:") {
            Some(name) => format!("container:{}", other(name)),
            None => m.clone(),
        })
    };
    host.ipc_mode = namespace(&rt.ipc);
    host.pid_mode = namespace(&rt.pid);
    host.userns_mode = rt.userns_mode.clone();
    host.runtime = rt.runtime.clone();
    host.shm_size = rt.shm_size;
    host.memory = rt.mem_limit;
    host.memory_reservation = rt.mem_reservation;
    host.nano_cpus = rt.nano_cpus;
    host.cpu_shares = rt.cpu_shares;
    host.pids_limit = rt.pids_limit;
    host.oom_score_adj = rt.oom_score_adj;
    host.devices = (!rt.devices.is_empty()).then(|| {
        rt.devices
            .iter()
            .map(|d| DeviceMapping {
                path_on_host: Some(d.host.clone()),
                path_in_container: Some(d.container.clone()),
                cgroup_permissions: Some(d.permissions.clone()),
            })
            .collect()
    });
    host.ulimits = (!rt.ulimits.is_empty()).then(|| {
        rt.ulimits
            .iter()
            .map(|u| ResourcesUlimits { name: Some(u.name.clone()), soft: Some(u.soft), hard: Some(u.hard) })
            .collect()
    });
    host.log_config = rt.logging.as_ref().map(|l| HostConfigLogConfig {
        typ: l.driver.clone(),
        config: Some(l.options.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
    });
    host.volumes_from = (!rt.volumes_from.is_empty()).then(|| {
        rt.volumes_from
            .iter()
            .map(|v| match &v.source {
                // compose v2 drops the mode of a service's volumes (they are mounted read-write);
                // berth does the same and warns when the file asks for `:ro`.
                VolumesSource::Service(s) => other(s),
                VolumesSource::Container(c) => format!("{c}:{}", if v.read_only { "ro" } else { "rw" }),
            })
            .collect()
    });
    host.links = (!rt.links.is_empty()).then(|| {
        rt.links
            .iter()
            .map(|l| {
                let (service, alias) = l.split_once(':').unwrap_or((l.as_str(), l.as_str()));
                format!("{}:{alias}", other(service))
            })
            .collect()
    });
    if let Some(mode) = &rt.network_mode {
        host.network_mode = Some(match mode {
            NetworkMode::Host => "host".into(),
            NetworkMode::None => "none".into(),
            NetworkMode::Bridge => "bridge".into(),
            NetworkMode::Service(s) => format!("container:{}", other(s)),
            NetworkMode::Container(c) => format!("container:{c}"),
        });
        // The service is on that namespace, not on the stack's networks.
        body.networking_config = None;
    }
}

/// Whether the service joins the stack's networks (no `network_mode` of its own).
pub fn joins_stack_networks(rt: &Runtime) -> bool {
    rt.network_mode.is_none()
}
