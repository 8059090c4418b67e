//! A service of the stack as a Swarm service: the same container berth would create on one
//! engine (`container_spec`), moved into a task template, with `deploy:` on top.

use std::collections::HashMap;

use bollard::models::{
    ContainerCreateBody, EndpointPortConfig, EndpointPortConfigProtocolEnum, EndpointPortConfigPublishModeEnum,
    EndpointSpec, EndpointSpecModeEnum, Limit, Mount, MountType, MountVolumeOptions, NetworkAttachmentConfig,
    ResourceObject, ServiceSpec, ServiceSpecMode, ServiceSpecModeReplicated, ServiceSpecUpdateConfig,
    ServiceSpecUpdateConfigFailureActionEnum, ServiceSpecUpdateConfigOrderEnum, TaskSpec, TaskSpecContainerSpec,
    TaskSpecContainerSpecDnsConfig, TaskSpecPlacement, TaskSpecPlacementPreferences, TaskSpecPlacementSpread,
    TaskSpecResources, TaskSpecRestartPolicy, TaskSpecRestartPolicyConditionEnum,
};

use super::super::container_spec::{container_spec, hash_of, service_networks};
use super::super::labels;
use crate::stack::{Protocol, RestartPolicy, Service, Stack};

/// How the cluster publishes ports: the routing mesh needs IPVS in the nodes' kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publishing {
    /// Every node answers on the port and forwards to a task (VIP endpoints work).
    Ingress,
    /// Only the node a task runs on answers, on the port its task publishes.
    Host,
}

/// The Swarm service for `svc`, labelled with a hash of it (as containers are), and that hash.
pub fn service_spec(
    stack: &Stack,
    svc: &Service,
    image: &str,
    image_id: &str,
    publishing: Publishing,
    one_shot: bool,
) -> (ServiceSpec, String) {
    let (body, _) = container_spec(stack, svc, image, image_id);
    let container = container_of(stack, &body);
    let deploy = &svc.runtime.deploy;
    let rt = &svc.runtime;
    let limits = (rt.nano_cpus.is_some() || rt.mem_limit.is_some() || rt.pids_limit.is_some()).then_some(Limit {
        nano_cpus: rt.nano_cpus,
        memory_bytes: rt.mem_limit,
        pids: rt.pids_limit,
    });
    let reservations = (deploy.cpu_reservation.is_some() || rt.mem_reservation.is_some()).then(|| ResourceObject {
        nano_cpus: deploy.cpu_reservation,
        memory_bytes: rt.mem_reservation,
        ..Default::default()
    });
    let placement = TaskSpecPlacement {
        constraints: (!deploy.constraints.is_empty()).then(|| deploy.constraints.clone()),
        preferences: (!deploy.spread.is_empty()).then(|| {
            deploy
                .spread
                .iter()
                .map(|s| TaskSpecPlacementPreferences {
                    spread: Some(TaskSpecPlacementSpread { spread_descriptor: Some(s.clone()) }),
                })
                .collect()
        }),
        max_replicas: deploy.max_replicas_per_node.map(i64::from),
        ..Default::default()
    };
    let networks: Vec<NetworkAttachmentConfig> = service_networks(stack, svc)
        .into_iter()
        .map(|j| NetworkAttachmentConfig {
            target: Some(j.network),
            // The container name is not an alias on Swarm: its tasks are named by Swarm.
            aliases: j.endpoint.aliases.map(|a| a.into_iter().filter(|n| *n != stack.container_name(svc)).collect()),
            ..Default::default()
        })
        .collect();
    let task_template = TaskSpec {
        container_spec: Some(container),
        resources: Some(TaskSpecResources { limits, reservations, ..Default::default() }),
        restart_policy: Some(restart_policy(svc, one_shot)),
        placement: Some(placement),
        networks: (!networks.is_empty()).then_some(networks),
        ..Default::default()
    };
    let mode = if deploy.global {
        ServiceSpecMode { global: Some(HashMap::new()), ..Default::default() }
    } else {
        let replicas = Some(i64::from(deploy.replicas.unwrap_or(1)));
        ServiceSpecMode { replicated: Some(ServiceSpecModeReplicated { replicas }), ..Default::default() }
    };
    let ports: Vec<EndpointPortConfig> = svc
        .ports
        .iter()
        .map(|p| EndpointPortConfig {
            protocol: Some(match p.protocol {
                Protocol::Udp => EndpointPortConfigProtocolEnum::UDP,
                _ => EndpointPortConfigProtocolEnum::TCP,
            }),
            target_port: Some(i64::from(p.container_port)),
            published_port: p.host_port.map(i64::from),
            publish_mode: Some(match publishing {
                Publishing::Ingress => EndpointPortConfigPublishModeEnum::INGRESS,
                Publishing::Host => EndpointPortConfigPublishModeEnum::HOST,
            }),
            ..Default::default()
        })
        .collect();
    // A virtual IP needs IPVS too: without the mesh, names resolve to the tasks themselves.
    let endpoint_mode = match (deploy.endpoint_mode.as_deref(), publishing) {
        (Some("vip"), _) | (None, Publishing::Ingress) => EndpointSpecModeEnum::VIP,
        _ => EndpointSpecModeEnum::DNSRR,
    };
    let mut service_labels: HashMap<String, String> = deploy.labels.clone().into_iter().collect();
    service_labels.extend(labels::for_stack(&stack.name));
    service_labels.insert(labels::SERVICE.into(), svc.name.clone());
    let mut spec = ServiceSpec {
        name: Some(swarm_name(stack, svc)),
        labels: Some(service_labels),
        task_template: Some(task_template),
        mode: Some(mode),
        update_config: deploy.update.as_ref().map(|u| ServiceSpecUpdateConfig {
            parallelism: u.parallelism.map(i64::from),
            delay: nanos(u.delay),
            monitor: nanos(u.monitor),
            order: u.order.as_deref().map(|o| match o {
                "start-first" => ServiceSpecUpdateConfigOrderEnum::START_FIRST,
                _ => ServiceSpecUpdateConfigOrderEnum::STOP_FIRST,
            }),
            failure_action: u.failure_action.as_deref().map(|a| match a {
                "pause" => ServiceSpecUpdateConfigFailureActionEnum::PAUSE,
                "rollback" => ServiceSpecUpdateConfigFailureActionEnum::ROLLBACK,
                _ => ServiceSpecUpdateConfigFailureActionEnum::CONTINUE,
            }),
            ..Default::default()
        }),
        endpoint_spec: Some(EndpointSpec { mode: Some(endpoint_mode), ports: (!ports.is_empty()).then_some(ports) }),
        ..Default::default()
    };
    let hash = spec_hash(&spec, image_id);
    if let Some(l) = spec.labels.as_mut() {
        l.insert(labels::CONFIG_HASH.into(), hash.clone());
    }
    // Each task keeps a copy of the template it was made from: with the hash in it, a task
    // of an earlier version of the service (a job that failed before the fix) is told apart.
    let container = spec.task_template.as_mut().and_then(|t| t.container_spec.as_mut());
    if let Some(c) = container {
        c.labels.get_or_insert_with(HashMap::new).insert(labels::CONFIG_HASH.into(), hash.clone());
    }
    (spec, hash)
}

/// What a service asks for that a Swarm service cannot give it, as compose-file keys; berth
/// refuses to deploy such a service rather than run it without them (as
/// `docker stack deploy` silently does).
pub fn unsupported(svc: &Service) -> Vec<String> {
    let rt = &svc.runtime;
    let mut out = Vec::new();
    let mut say = |set: bool, key: &str| {
        if set {
            out.push(key.to_string());
        }
    };
    say(rt.privileged, "privileged");
    say(rt.mac_address.is_some(), "mac_address");
    say(rt.ipc.is_some(), "ipc");
    say(rt.pid.is_some(), "pid");
    say(rt.userns_mode.is_some(), "userns_mode");
    say(!rt.devices.is_empty(), "devices");
    say(!rt.security_opt.is_empty(), "security_opt");
    say(!rt.volumes_from.is_empty(), "volumes_from");
    say(rt.shm_size.is_some(), "shm_size");
    say(svc.ports.iter().any(|p| p.host_port_last.is_some()), "ports with a host range for one container port");
    // A Swarm task's container is started by its node, out of berth's sight.
    say(!rt.post_start.is_empty(), "post_start");
    say(!rt.pre_stop.is_empty(), "pre_stop");
    say(!matches!(rt.network_mode, None | Some(crate::stack::runtime::NetworkMode::Bridge)), "network_mode");
    // Copied into a created container on one engine; a Swarm task's container is made by its node.
    say(
        svc.files.iter().any(|f| !matches!(f.source, crate::stack::SecretSource::File(_))),
        "secrets/configs from `environment:` or `content:`",
    );
    out
}

/// The Swarm service's name: the container's name on one engine (`STACK-SERVICE`, or the
/// service's `container_name`), so both engines call a stack's parts alike.
pub fn swarm_name(stack: &Stack, svc: &Service) -> String {
    stack.container_name(svc)
}

/// What a task's container is: the one-engine create request's parts that Swarm has.
fn container_of(stack: &Stack, body: &ContainerCreateBody) -> TaskSpecContainerSpec {
    let host = body.host_config.clone().unwrap_or_default();
    let mut mounts: Vec<Mount> = host.mounts.unwrap_or_default();
    // Swarm has no `Binds`: a short bind is a bind mount (the folder must exist on the node).
    for bind in host.binds.unwrap_or_default() {
        let mut parts = bind.splitn(3, ':');
        let (Some(source), Some(target)) = (parts.next(), parts.next()) else { continue };
        mounts.push(Mount {
            source: Some(source.to_string()),
            target: Some(target.to_string()),
            typ: Some(MountType::BIND),
            read_only: Some(parts.next() == Some("ro")),
            ..Default::default()
        });
    }
    // Volumes are made by each node as a task needs them: they carry the stack's labels so
    // `down -v` finds them.
    for m in mounts.iter_mut().filter(|m| m.typ == Some(MountType::VOLUME)) {
        let options = m.volume_options.get_or_insert_with(MountVolumeOptions::default);
        options.labels = Some(labels::for_stack(&stack.name));
    }
    mounts.sort_by(|a, b| a.target.cmp(&b.target));
    let dns_config = (host.dns.is_some() || host.dns_search.is_some() || host.dns_options.is_some()).then(|| {
        TaskSpecContainerSpecDnsConfig {
            nameservers: host.dns.clone(),
            search: host.dns_search.clone(),
            options: host.dns_options.clone(),
        }
    });
    // `extra_hosts` is `NAME:IP` to the engine, `IP NAME` to Swarm.
    let hosts = host.extra_hosts.as_ref().map(|hosts| {
        hosts.iter().filter_map(|h| h.split_once(':').map(|(name, ip)| format!("{ip} {name}"))).collect::<Vec<_>>()
    });
    TaskSpecContainerSpec {
        image: body.image.clone(),
        labels: body.labels.clone().map(|mut l| {
            l.remove(labels::CONFIG_HASH);
            l
        }),
        command: body.entrypoint.clone(),
        args: body.cmd.clone(),
        hostname: body.hostname.clone(),
        env: body.env.clone(),
        dir: body.working_dir.clone(),
        user: body.user.clone(),
        groups: host.group_add.clone(),
        tty: body.tty,
        open_stdin: body.open_stdin,
        read_only: host.readonly_rootfs,
        mounts: (!mounts.is_empty()).then_some(mounts),
        stop_signal: body.stop_signal.clone(),
        stop_grace_period: body.stop_timeout.map(|s| s.saturating_mul(1_000_000_000)),
        health_check: body.healthcheck.clone(),
        hosts,
        dns_config,
        init: host.init,
        sysctls: host.sysctls.clone(),
        capability_add: host.cap_add.clone(),
        capability_drop: host.cap_drop.clone(),
        ulimits: host.ulimits.clone(),
        oom_score_adj: host.oom_score_adj,
        ..Default::default()
    }
}

/// `restart` (or `deploy.restart_policy`) as Swarm's condition. A service nobody restarts is
/// `none`; so is a one-shot service a dependant waits to see completed. Without either,
/// Swarm's own default (`any`), as `docker stack deploy` leaves it.
fn restart_policy(svc: &Service, one_shot: bool) -> TaskSpecRestartPolicy {
    let (condition, attempts) = match (&svc.restart, one_shot) {
        (_, true) | (Some(RestartPolicy::No), _) => (TaskSpecRestartPolicyConditionEnum::NONE, None),
        (Some(RestartPolicy::OnFailure(n)), _) => (TaskSpecRestartPolicyConditionEnum::ON_FAILURE, n.map(i64::from)),
        _ => (TaskSpecRestartPolicyConditionEnum::ANY, None),
    };
    let details = &svc.runtime.deploy.restart;
    TaskSpecRestartPolicy {
        condition: Some(condition),
        delay: nanos(details.delay),
        window: nanos(details.window),
        max_attempts: attempts,
    }
}

fn nanos(d: Option<std::time::Duration>) -> Option<i64> {
    d.map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

fn spec_hash(spec: &ServiceSpec, image_id: &str) -> String {
    hash_of(&serde_json::json!({ "spec": spec, "image_id": image_id }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::interpolate::Vars;
    use std::path::Path;

    fn stack(text: &str) -> Stack {
        let mut vars = Vars::default();
        vars.set("BERTH_ENGINE", "swarm");
        crate::stack::load_str(text, Path::new("s.yaml"), Path::new("/p"), &vars).unwrap().stack
    }

    #[test]
    fn deploy_keys_reach_the_service() {
        let s = stack(
            "name: shop\nservices:\n  api:\n    image: api\n    command: [serve, --fast]\n    entrypoint: [tini, --]\n    ports: ['8080:80']\n    volumes: [data:/data]\n    restart: on-failure:3\n    deploy:\n      replicas: 3\n      placement:\n        constraints: [node.role == worker]\n        preferences: [{spread: node.labels.zone}]\n        max_replicas_per_node: 2\n      resources:\n        limits: {cpus: '0.5', memory: 64M}\n        reservations: {cpus: '0.25', memory: 32M}\n      restart_policy: {delay: 5s, window: 1m}\n      update_config: {parallelism: 2, order: start-first, failure_action: rollback}\n      labels: {team: a}\nvolumes:\n  data: {}\n",
        );
        let (spec, hash) = service_spec(&s, s.service("api").unwrap(), "api", "sha256:1", Publishing::Host, false);
        assert_eq!(spec.name.as_deref(), Some("shop-api"));
        let labels = spec.labels.clone().unwrap();
        assert_eq!((labels[labels::STACK].as_str(), labels["team"].as_str()), ("shop", "a"));
        assert_eq!(labels[labels::CONFIG_HASH], hash);
        assert_eq!(spec.mode.unwrap().replicated.unwrap().replicas, Some(3));
        let task = spec.task_template.unwrap();
        let c = task.container_spec.unwrap();
        assert_eq!(c.command.unwrap(), ["tini", "--"]);
        assert_eq!(c.args.unwrap(), ["serve", "--fast"]);
        assert_eq!(c.labels.unwrap()[labels::SERVICE], "api");
        let mount = &c.mounts.unwrap()[0];
        assert_eq!(mount.source.as_deref(), Some("shop_data"));
        assert_eq!(mount.volume_options.clone().unwrap().labels.unwrap()[labels::STACK], "shop");
        let placement = task.placement.unwrap();
        assert_eq!(placement.constraints.unwrap(), ["node.role == worker"]);
        assert_eq!(placement.max_replicas, Some(2));
        let spread = placement.preferences.unwrap()[0].spread.clone().unwrap().spread_descriptor;
        assert_eq!(spread.as_deref(), Some("node.labels.zone"));
        let resources = task.resources.unwrap();
        assert_eq!(resources.limits.unwrap().nano_cpus, Some(500_000_000));
        assert_eq!(resources.reservations.unwrap().nano_cpus, Some(250_000_000));
        let restart = task.restart_policy.unwrap();
        assert_eq!(restart.condition, Some(TaskSpecRestartPolicyConditionEnum::ON_FAILURE));
        assert_eq!((restart.max_attempts, restart.delay), (Some(3), Some(5_000_000_000)));
        let update = spec.update_config.unwrap();
        assert_eq!(update.order, Some(ServiceSpecUpdateConfigOrderEnum::START_FIRST));
        assert_eq!(update.failure_action, Some(ServiceSpecUpdateConfigFailureActionEnum::ROLLBACK));
        let endpoint = spec.endpoint_spec.unwrap();
        assert_eq!(endpoint.mode, Some(EndpointSpecModeEnum::DNSRR));
        let port = &endpoint.ports.unwrap()[0];
        assert_eq!((port.target_port, port.published_port), (Some(80), Some(8080)));
        assert_eq!(port.publish_mode, Some(EndpointPortConfigPublishModeEnum::HOST));
        let aliases = task.networks.unwrap()[0].aliases.clone().unwrap();
        assert_eq!(aliases, ["api"]);
    }

    #[test]
    fn keys_swarm_cannot_honour_are_named() {
        let s =
            stack("services:\n  a: {image: a, privileged: true, shm_size: 64m, network_mode: host}\n  b: {image: b}\n");
        assert_eq!(unsupported(s.service("a").unwrap()), ["privileged", "shm_size", "network_mode"]);
        assert!(unsupported(s.service("b").unwrap()).is_empty());
    }

    #[test]
    fn ingress_gives_a_virtual_ip_unless_told_otherwise_and_one_shots_never_restart() {
        let s = stack("services:\n  a: {image: a, ports: ['80']}\n  b: {image: b, deploy: {endpoint_mode: dnsrr}}\n");
        let mode = |name: &str, publishing| {
            let (spec, _) = service_spec(&s, s.service(name).unwrap(), "x", "i", publishing, false);
            spec.endpoint_spec.unwrap().mode
        };
        assert_eq!(mode("a", Publishing::Ingress), Some(EndpointSpecModeEnum::VIP));
        assert_eq!(mode("a", Publishing::Host), Some(EndpointSpecModeEnum::DNSRR));
        assert_eq!(mode("b", Publishing::Ingress), Some(EndpointSpecModeEnum::DNSRR));
        let (spec, _) = service_spec(&s, s.service("a").unwrap(), "x", "i", Publishing::Host, true);
        let restart = spec.task_template.unwrap().restart_policy.unwrap().condition;
        assert_eq!(restart, Some(TaskSpecRestartPolicyConditionEnum::NONE));
        let (spec, _) = service_spec(&s, s.service("a").unwrap(), "x", "i", Publishing::Host, false);
        assert_eq!(
            spec.task_template.unwrap().restart_policy.unwrap().condition,
            Some(TaskSpecRestartPolicyConditionEnum::ANY)
        );
    }
}
