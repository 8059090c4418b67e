//! The container berth wants for a service, and the hash that tells whether
//! a running container still matches it.

use std::collections::HashMap;

use bollard::models::{
    ContainerCreateBody, EndpointIpamConfig, EndpointSettings, HealthConfig, HostConfig, Mount, MountType,
    NetworkingConfig, PortBinding, RestartPolicy, RestartPolicyNameEnum,
};
use sha2::{Digest, Sha256};

use super::labels;
use crate::stack::{HealthTest, MountSource, RestartPolicy as Restart, Service, Stack};

/// A network a service joins: its Docker name and the endpoint there (aliases, addresses).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct JoinedNetwork {
    pub network: String,
    pub endpoint: EndpointSettings,
}

/// Networks a service joins, highest `priority` first (file order among equals), each with
/// its aliases (the service name, then the container name, as compose does) and addresses.
pub fn service_networks(stack: &Stack, svc: &Service) -> Vec<JoinedNetwork> {
    if !super::runtime_options::joins_stack_networks(&svc.runtime) {
        return Vec::new();
    }
    let container = stack.container_name(svc);
    let default = [crate::stack::ServiceNetwork { name: "default".into(), ..Default::default() }];
    let mut declared: Vec<&crate::stack::ServiceNetwork> =
        if svc.networks.is_empty() { default.iter().collect() } else { svc.networks.iter().collect() };
    declared.sort_by_key(|n| std::cmp::Reverse(n.priority));
    declared
        .into_iter()
        .map(|n| {
            let mut aliases = vec![svc.name.clone(), container.clone()];
            aliases.extend(n.aliases.iter().cloned());
            let ipam = n.detailed.then(|| EndpointIpamConfig {
                ipv4_address: n.ipv4_address.clone(),
                ipv6_address: n.ipv6_address.clone(),
                ..Default::default()
            });
            let endpoint = EndpointSettings { aliases: Some(aliases), ipam_config: ipam, ..Default::default() };
            JoinedNetwork { network: stack.network_name(&n.name), endpoint }
        })
        .collect()
}

fn nanos(d: Option<std::time::Duration>) -> Option<i64> {
    d.map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// The create request for `svc`, labelled with its config hash. `image_id` is part of the
/// hash so that a rebuilt or re-pulled image recreates the container.
pub fn container_spec(stack: &Stack, svc: &Service, image: &str, image_id: &str) -> (ContainerCreateBody, String) {
    let mut port_bindings: HashMap<String, Option<Vec<PortBinding>>> = HashMap::new();
    let mut exposed = Vec::new();
    for p in &svc.ports {
        let key = format!("{}/{}", p.container_port, p.protocol.as_str());
        if !exposed.contains(&key) {
            exposed.push(key.clone());
        }
        port_bindings.entry(key).or_insert_with(|| Some(Vec::new())).get_or_insert_with(Vec::new).push(PortBinding {
            host_ip: p.host_ip.clone(),
            // A range (`8000-8001`) is the engine's to choose from, as compose passes it.
            host_port: Some(match (p.host_port, p.host_port_last) {
                (Some(first), Some(last)) => format!("{first}-{last}"),
                (first, _) => first.map(|h| h.to_string()).unwrap_or_default(),
            }),
        });
    }
    // Like compose, a bind whose host folder may be created goes through the legacy `Binds`,
    // for which the engine creates a missing folder (on the engine's host, remote or not).
    let mut binds: Vec<String> = svc
        .volumes
        .iter()
        .filter_map(|m| match &m.source {
            MountSource::Bind(p) if m.create_host_path => {
                Some(format!("{}:{}{}", p.display(), m.target, if m.read_only { ":ro" } else { ":rw" }))
            }
            _ => None,
        })
        .collect();
    // As compose mounts it: the engine's own socket, resolved on the engine's host.
    if svc.runtime.use_api_socket {
        binds.push("/var/run/docker.sock:/var/run/docker.sock:rw".to_string());
    }
    let mut mounts: Vec<Mount> = svc
        .volumes
        .iter()
        .filter(|m| !(m.create_host_path && matches!(m.source, MountSource::Bind(_))))
        .filter_map(|m| {
            let (typ, source) = match &m.source {
                MountSource::Bind(p) => (MountType::BIND, Some(p.display().to_string())),
                MountSource::Volume(v) => (MountType::VOLUME, Some(stack.volume_name(v))),
                MountSource::Anonymous => (MountType::VOLUME, None),
                MountSource::Tmpfs => (MountType::TMPFS, None),
                // Refused before any container is made (`up::cannot_run`).
                MountSource::Unsupported { .. } => return None,
            };
            Some(Mount {
                target: Some(m.target.clone()),
                source,
                typ: Some(typ),
                read_only: Some(m.read_only),
                ..Mount::default()
            })
        })
        .collect();
    mounts.extend(super::container_files::mounts(svc));
    mounts.sort_by(|a, b| a.target.cmp(&b.target));
    let tmpfs: HashMap<String, String> = svc
        .tmpfs
        .iter()
        .map(|t| match t.split_once(':') {
            Some((path, opts)) => (path.to_string(), opts.to_string()),
            None => (t.clone(), String::new()),
        })
        .collect();
    let restart_policy = svc.restart.as_ref().map(|r| {
        let (name, count) = match r {
            Restart::No => (RestartPolicyNameEnum::NO, None),
            Restart::Always => (RestartPolicyNameEnum::ALWAYS, None),
            Restart::UnlessStopped => (RestartPolicyNameEnum::UNLESS_STOPPED, None),
            Restart::OnFailure(n) => (RestartPolicyNameEnum::ON_FAILURE, n.map(i64::from)),
        };
        RestartPolicy { name: Some(name), maximum_retry_count: count }
    });
    let healthcheck = svc.healthcheck.as_ref().map(|hc| HealthConfig {
        test: hc.test.as_ref().map(|t| match t {
            HealthTest::None => vec!["NONE".to_string()],
            HealthTest::Cmd(words) => std::iter::once("CMD".to_string()).chain(words.iter().cloned()).collect(),
            HealthTest::Shell(cmd) => vec!["CMD-SHELL".to_string(), cmd.clone()],
        }),
        interval: nanos(hc.interval),
        timeout: nanos(hc.timeout),
        retries: hc.retries.map(i64::from),
        start_period: nanos(hc.start_period),
        start_interval: None,
    });
    let networks = service_networks(stack, svc);
    // API 1.41 takes one network at create; the others are connected before start.
    let endpoints: HashMap<String, EndpointSettings> =
        networks.first().map(|j| (j.network.clone(), j.endpoint.clone())).into_iter().collect();
    let mut env: Vec<String> = svc.environment.iter().map(|(k, v)| format!("{k}={v}")).collect();
    env.extend(svc.environment_unset.iter().cloned());
    env.sort();
    let mut all_labels: HashMap<String, String> = svc.labels.clone().into_iter().collect();
    all_labels.extend(labels::for_stack(&stack.name));
    all_labels.insert(labels::SERVICE.into(), svc.name.clone());
    let mut body = ContainerCreateBody {
        image: Some(image.to_string()),
        cmd: svc.command.clone(),
        entrypoint: svc.entrypoint.clone(),
        env: Some(env),
        working_dir: svc.working_dir.clone(),
        user: svc.user.clone(),
        tty: Some(svc.tty),
        exposed_ports: (!exposed.is_empty()).then_some(exposed),
        healthcheck,
        labels: Some(all_labels),
        host_config: Some(HostConfig {
            // Compose sends an empty map when nothing is published; so does berth, for identical containers.
            port_bindings: Some(port_bindings),
            // compose names the first network as the mode; the engine's "default" means bridge.
            network_mode: networks.first().map(|j| j.network.clone()),
            mounts: (!mounts.is_empty()).then_some(mounts),
            binds: (!binds.is_empty()).then_some(binds),
            tmpfs: (!tmpfs.is_empty()).then_some(tmpfs),
            restart_policy,
            ..HostConfig::default()
        }),
        networking_config: Some(NetworkingConfig { endpoints_config: Some(endpoints) }),
        ..ContainerCreateBody::default()
    };
    super::runtime_options::apply(stack, svc, &mut body);
    // The MAC address goes to the engine beside the body (engine/raw_create.rs), so it joins the hash here.
    let outside_body = format!(
        "{}|mac={}",
        super::container_files::fingerprint(svc),
        svc.runtime.mac_address.as_deref().unwrap_or("")
    );
    let hash = config_hash(&body, image_id, &networks, &outside_body);
    if let Some(l) = body.labels.as_mut() {
        l.insert(labels::CONFIG_HASH.into(), hash.clone());
        // After the hash: where the file lies is no reason to recreate a container.
        l.extend(labels::compose_labels(stack, svc, &hash));
    }
    (body, hash)
}

fn config_hash(body: &ContainerCreateBody, image_id: &str, networks: &[JoinedNetwork], files: &str) -> String {
    hash_of(&serde_json::json!({ "body": body, "image_id": image_id, "networks": networks, "files": files }))
}

/// The label value that says whether what runs still matches the file: 16 hex digits of the
/// SHA-256 of `canonical`. A serde_json::Value keeps object keys sorted, so HashMap order does
/// not leak into the hash.
pub(super) fn hash_of(canonical: &serde_json::Value) -> String {
    let digest = Sha256::digest(canonical.to_string().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::interpolate::Vars;
    use std::path::Path;

    fn stack(text: &str) -> Stack {
        crate::stack::load_str(text, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap().stack
    }

    #[test]
    fn spec_carries_labels_ports_and_mounts() {
        let s = stack("name: shop\nservices:\n  db:\n    image: pg\n    ports: ['127.0.0.1:5432:5432']\n    volumes: ['data:/var/lib/data', './x:/x:ro']\n    environment: {B: 2, A: 1}\nvolumes:\n  data: {}\n");
        let svc = s.service("db").unwrap();
        let (body, hash) = container_spec(&s, svc, "pg", "sha256:1");
        let labels = body.labels.unwrap();
        assert_eq!(labels[labels::STACK], "shop");
        assert_eq!(labels[labels::SERVICE], "db");
        assert_eq!(labels[labels::CONFIG_HASH], hash);
        assert_eq!(body.env.unwrap(), ["A=1", "B=2"]);
        let host = body.host_config.unwrap();
        let binding = &host.port_bindings.unwrap()["5432/tcp"].clone().unwrap()[0];
        assert_eq!((binding.host_ip.as_deref(), binding.host_port.as_deref()), (Some("127.0.0.1"), Some("5432")));
        let mounts = host.mounts.unwrap();
        assert_eq!(mounts.len(), 1);
        assert_eq!(mounts[0].source.as_deref(), Some("shop_data"));
        // A short bind goes through Binds, so the engine creates a missing folder.
        assert_eq!(host.binds.unwrap(), ["/p/x:/x:ro"]);
        assert_eq!(s.container_name(svc), "shop-db");
    }

    #[test]
    fn hash_changes_with_config_and_image_only() {
        let a = stack("services:\n  web:\n    image: x\n    environment: {A: '1'}\n");
        let b = stack("services:\n  web:\n    image: x\n    environment: {A: '2'}\n");
        let h = |s: &Stack, id: &str| container_spec(s, s.service("web").unwrap(), "x", id).1;
        assert_eq!(h(&a, "sha256:1"), h(&a, "sha256:1"));
        assert_ne!(h(&a, "sha256:1"), h(&b, "sha256:1"));
        assert_ne!(h(&a, "sha256:1"), h(&a, "sha256:2"));
    }
}
