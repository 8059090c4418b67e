//! The runtime keys of a service (DNS, hosts, limits, capabilities, namespaces, logging,
//! pull policy, deploy, develop …) read into [`Runtime`].

use std::collections::BTreeMap;
use std::time::Duration;

use super::context::Cx;
use crate::deploy::{Deploy, EngineKind, RestartDetails, UpdateConfig};
use crate::fields;
use crate::runtime::*;
use crate::yaml::{Node, Value};

/// Service keys read by this module.
pub const KEYS: &[&str] = &[
    "cap_add",
    "cap_drop",
    "cpu_shares",
    "cpus",
    "deploy",
    "develop",
    "devices",
    "dns",
    "dns_opt",
    "dns_search",
    "domainname",
    "expose",
    "extra_hosts",
    "group_add",
    "hostname",
    "init",
    "ipc",
    "links",
    "logging",
    "mac_address",
    "mem_limit",
    "mem_reservation",
    "network_mode",
    "oom_score_adj",
    "pid",
    "pids_limit",
    "platform",
    "post_start",
    "pre_stop",
    "models",
    "provider",
    "use_api_socket",
    "privileged",
    "pull_policy",
    "read_only",
    "runtime",
    "security_opt",
    "shm_size",
    "stdin_open",
    "stop_grace_period",
    "stop_signal",
    "storage_opt",
    "sysctls",
    "ulimits",
    "userns_mode",
    "volumes_from",
];

/// Reads one runtime key of a service into `rt`. Returns false for a key this module does not read.
pub(crate) fn read(cx: &mut Cx, key: &str, value: &Node, rt: &mut Runtime) -> bool {
    match key {
        "stdin_open" => rt.stdin_open = cx.bool(value, key).unwrap_or(false),
        "init" => rt.init = cx.bool(value, key),
        "privileged" => rt.privileged = cx.bool(value, key).unwrap_or(false),
        "read_only" => rt.read_only = cx.bool(value, key).unwrap_or(false),
        "hostname" => rt.hostname = cx.text(value, key),
        "domainname" => rt.domainname = cx.text(value, key),
        "mac_address" => rt.mac_address = mac_address(cx, value),
        "platform" => rt.platform = cx.string(value, key),
        "runtime" => rt.runtime = cx.string(value, key),
        "ipc" => rt.ipc = cx.string(value, key),
        "pid" => rt.pid = cx.string(value, key),
        "userns_mode" => rt.userns_mode = cx.string(value, key),
        "network_mode" => rt.network_mode = network_mode(cx, value),
        "stop_signal" => rt.stop_signal = cx.string(value, key),
        "stop_grace_period" => rt.stop_grace_period = cx.duration(value, key),
        "dns" => rt.dns = cx.strings(value, key),
        "dns_search" => rt.dns_search = cx.strings(value, key),
        "dns_opt" => rt.dns_opt = cx.strings(value, key),
        "extra_hosts" => rt.extra_hosts = extra_hosts(cx, value),
        "security_opt" => rt.security_opt = cx.strings(value, key),
        "cap_add" => rt.cap_add = capabilities(cx, value, key),
        "cap_drop" => rt.cap_drop = capabilities(cx, value, key),
        "group_add" => rt.group_add = cx.strings(value, key),
        "expose" => rt.expose = expose(cx, value),
        "links" => rt.links = cx.strings(value, key),
        "devices" => rt.devices = devices(cx, value),
        "volumes_from" => rt.volumes_from = volumes_from(cx, value),
        "ulimits" => rt.ulimits = ulimits(cx, value),
        "sysctls" => rt.sysctls = cx.key_values(value, key, false),
        "storage_opt" => rt.storage_opt = cx.key_values(value, key, false),
        "logging" => rt.logging = logging(cx, value),
        "shm_size" => rt.shm_size = bytes(cx, value, key),
        "mem_limit" => rt.mem_limit = bytes(cx, value, key),
        "mem_reservation" => rt.mem_reservation = bytes(cx, value, key),
        "cpus" => rt.nano_cpus = cpus(cx, value, key),
        "cpu_shares" => rt.cpu_shares = cx.number(value, key),
        "pids_limit" => rt.pids_limit = cx.number(value, key),
        "oom_score_adj" => rt.oom_score_adj = oom_score_adj(cx, value),
        "pull_policy" => rt.pull_policy = pull_policy(cx, value).unwrap_or_default(),
        "deploy" => deploy(cx, value, rt),
        "develop" => rt.watch = develop(cx, value),
        "use_api_socket" => rt.use_api_socket = cx.bool(value, key).unwrap_or(false),
        "provider" => rt.provider = provider(cx, value),
        "models" => {
            rt.models = match value.as_map() {
                Some(entries) => entries.iter().filter_map(|(k, _)| k.scalar().map(str::to_string)).collect(),
                None => cx.strings(value, key),
            }
        }
        "post_start" => rt.post_start = hooks(cx, value, key),
        "pre_stop" => rt.pre_stop = hooks(cx, value, key),
        _ => return false,
    }
    true
}

/// `provider: {type: NAME, options: …}`: the provider's name; its options are its own.
fn provider(cx: &mut Cx, node: &Node) -> Option<String> {
    let mut kind = None;
    for (key, value) in cx.entries(node, "provider", &["type", "options"], &[]) {
        if key == "type" {
            kind = cx.string(value, "provider.type");
        }
    }
    if kind.is_none() {
        cx.error(node.pos, "a provider needs a 'type' (the plugin that provides the service)");
    }
    kind
}

/// `post_start:`/`pre_stop:`: a list of `{command, user, privileged, working_dir, environment}`.
fn hooks(cx: &mut Cx, node: &Node, what: &str) -> Vec<Hook> {
    let Some(items) = node.as_seq() else {
        cx.error(node.pos, format!("{what} must be a list of hooks, each with a 'command'"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let mut hook = Hook::default();
        let mut command = None;
        for (key, value) in
            cx.entries(item, what, &["command", "user", "privileged", "working_dir", "environment"], &[])
        {
            match key {
                "command" => command = cx.command(value, "command"),
                "user" => hook.user = cx.text(value, "user"),
                "privileged" => hook.privileged = cx.bool(value, "privileged").unwrap_or(false),
                "working_dir" => hook.working_dir = cx.text(value, "working_dir"),
                _ => hook.environment = cx.key_values(value, "environment", true),
            }
        }
        match command.filter(|c| !c.is_empty()) {
            Some(command) => out.push(Hook { command, ..hook }),
            None => cx.error(item.pos, format!("a {what} hook needs a 'command'")),
        }
    }
    out
}

/// `02:42:ac:11:00:02`: six hex pairs, as the engine takes them.
fn mac_address(cx: &mut Cx, node: &Node) -> Option<String> {
    let text = cx.string(node, "mac_address")?;
    let pairs: Vec<&str> = text.split(':').collect();
    if pairs.len() == 6 && pairs.iter().all(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_hexdigit())) {
        Some(text)
    } else {
        // compose accepts it and its engine refuses it at up; berth says so and leaves it out.
        cx.warn(
            node.pos,
            format!("mac_address '{text}' is not a MAC address (six hex pairs: 02:42:ac:11:00:02): left out"),
        );
        None
    }
}

fn network_mode(cx: &mut Cx, node: &Node) -> Option<NetworkMode> {
    let text = cx.string(node, "network_mode")?;
    Some(match text.as_str() {
        "host" => NetworkMode::Host,
        "none" => NetworkMode::None,
        "bridge" | "default" => NetworkMode::Bridge,
        other => match other.split_once(':') {
            Some(("service", name)) if !name.is_empty() => NetworkMode::Service(name.to_string()),
            Some(("container", name)) if !name.is_empty() => NetworkMode::Container(name.to_string()),
            _ => {
                // compose accepts it and its engine refuses it at up; berth says so and leaves it out.
                let known = "host, none, bridge, service:NAME or container:NAME";
                cx.warn(node.pos, format!("network_mode '{other}' is none the engine knows ({known}): left out"));
                return None;
            }
        },
    })
}

/// `["host:ip", "host=ip"]` or `{host: ip}`; the engine takes `host:ip`.
fn extra_hosts(cx: &mut Cx, node: &Node) -> Vec<String> {
    let pairs: Vec<(String, String)> = match &node.value {
        Value::Map(_) => cx.key_values(node, "extra_hosts", false).into_iter().collect(),
        _ => {
            let mut out = Vec::new();
            for entry in cx.strings(node, "extra_hosts") {
                // `host=ip` first: an IPv6 address has colons of its own.
                match entry.split_once('=').or_else(|| entry.split_once(':')) {
                    Some((host, ip)) if !host.is_empty() && !ip.is_empty() => out.push((host.into(), ip.into())),
                    _ => cx.error(node.pos, format!("extra_hosts entry '{entry}': expected HOST:IP or HOST=IP")),
                }
            }
            out
        }
    };
    pairs.into_iter().map(|(host, ip)| format!("{host}:{ip}")).collect()
}

/// Kept as written (`7000`, `7100-7101/udp`): compose hands them to the engine so, whatever
/// they say, and the engine records them. One that is no port is a warning, not a refusal; one
/// a variable left empty (`${DEBUG_PORT:-}`) is a common pattern and passes quietly.
fn expose(cx: &mut Cx, node: &Node) -> Vec<String> {
    let mut out = Vec::new();
    for entry in cx.strings(node, "expose") {
        if entry.is_empty() {
            out.push(entry);
            continue;
        }
        let (ports, proto) = entry.split_once('/').unwrap_or((entry.as_str(), "tcp"));
        let range = match ports.split_once('-') {
            Some((a, b)) => a.parse::<u16>().ok().zip(b.parse::<u16>().ok()),
            None => ports.parse::<u16>().ok().map(|p| (p, p)),
        };
        match range {
            Some((a, b)) if a <= b && matches!(proto, "tcp" | "udp" | "sctp") => {}
            _ => cx.warn(
                node.pos,
                format!("expose entry '{entry}' is not PORT, PORT/PROTO or FROM-TO: the engine records it, but no port is exposed"),
            ),
        }
        out.push(entry);
    }
    out
}

/// Capabilities as compose sends them: `CAP_NET_ADMIN` for `NET_ADMIN`.
fn capabilities(cx: &mut Cx, node: &Node, what: &str) -> Vec<String> {
    cx.strings(node, what)
        .into_iter()
        .map(|c| if c == "ALL" || c.starts_with("CAP_") { c } else { format!("CAP_{c}") })
        .collect()
}

fn devices(cx: &mut Cx, node: &Node) -> Vec<Device> {
    let mut out = Vec::new();
    // The long form, `{source, target, permissions}`, as compose takes it.
    for item in node.as_seq().unwrap_or_default().iter().filter(|i| i.as_map().is_some()) {
        let (mut host, mut container, mut permissions) = (None, None, None);
        for (key, value) in cx.entries(item, "a device", &["source", "target", "permissions"], &[]) {
            let text = cx.string(value, &format!("devices.{key}"));
            match key {
                "source" => host = text,
                "target" => container = text,
                _ => permissions = text,
            }
        }
        let Some(host) = host else {
            cx.error(item.pos, "a device in long form needs 'source', the device on the host");
            continue;
        };
        let container = container.unwrap_or_else(|| host.clone());
        out.push(Device { host, container, permissions: permissions.unwrap_or_else(|| "rwm".into()) });
    }
    let short: Vec<&Node> = node.as_seq().unwrap_or_default().iter().filter(|i| i.as_map().is_none()).collect();
    let entries: Vec<String> = match node.as_seq() {
        Some(_) => short.into_iter().filter_map(|n| cx.string(n, "devices")).collect(),
        None => cx.strings(node, "devices"),
    };
    for entry in entries {
        let parts: Vec<&str> = entry.split(':').collect();
        let (host, container, permissions) = match parts.as_slice() {
            [host] => (*host, *host, "rwm"),
            [host, container] => (*host, *container, "rwm"),
            [host, container, perms] => (*host, *container, *perms),
            _ => {
                cx.error(node.pos, format!("devices entry '{entry}': expected HOST[:CONTAINER[:PERMISSIONS]]"));
                continue;
            }
        };
        out.push(Device { host: host.into(), container: container.into(), permissions: permissions.into() });
    }
    out
}

fn volumes_from(cx: &mut Cx, node: &Node) -> Vec<VolumesFrom> {
    let mut out = Vec::new();
    for entry in cx.strings(node, "volumes_from") {
        let (source, mode) = match entry.strip_prefix("container:") {
            Some(rest) => {
                let (name, mode) = rest.split_once(':').unwrap_or((rest, "rw"));
                (VolumesSource::Container(name.to_string()), mode.to_string())
            }
            None => {
                let (name, mode) = entry.split_once(':').unwrap_or((entry.as_str(), "rw"));
                (VolumesSource::Service(name.to_string()), mode.to_string())
            }
        };
        if mode == "ro" && matches!(source, VolumesSource::Service(_)) {
            cx.warn(
                node.pos,
                format!("volumes_from '{entry}': compose v2 mounts a service's volumes read-write whatever the mode; so does berth"),
            );
        }
        if !matches!(mode.as_str(), "rw" | "ro") {
            // compose accepts any mode and mounts read-write; so does berth, and says so.
            cx.warn(
                node.pos,
                format!("volumes_from '{entry}': the mode '{mode}' is neither ro nor rw: mounted read-write"),
            );
        }
        out.push(VolumesFrom { source, read_only: mode == "ro" });
    }
    out
}

/// `{nofile: {soft: 1024, hard: 2048}, nproc: 65535}`.
fn ulimits(cx: &mut Cx, node: &Node) -> Vec<Ulimit> {
    let mut out = Vec::new();
    let Some(entries) = node.as_map() else {
        cx.error(node.pos, "ulimits must be a map of names to a number or {soft, hard}");
        return out;
    };
    for (k, v) in entries {
        let Some(name) = cx.string(k, "a ulimit name") else { continue };
        let what = format!("ulimits.{name}");
        match &v.value {
            Value::Map(_) => {
                let (mut soft, mut hard) = (None, None);
                for (key, value) in cx.entries(v, &what, &["soft", "hard"], &[]) {
                    match key {
                        "soft" => soft = cx.number::<i64>(value, &format!("{what}.soft")),
                        _ => hard = cx.number::<i64>(value, &format!("{what}.hard")),
                    }
                }
                match (soft, hard) {
                    (Some(soft), Some(hard)) => out.push(Ulimit { name, soft, hard }),
                    _ => cx.error(v.pos, format!("{what} needs both soft and hard")),
                }
            }
            _ => {
                if let Some(n) = cx.number::<i64>(v, &what) {
                    out.push(Ulimit { name, soft: n, hard: n });
                }
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn logging(cx: &mut Cx, node: &Node) -> Option<Logging> {
    let mut logging = Logging { driver: None, options: BTreeMap::new() };
    for (key, value) in cx.entries(node, "logging", &["driver", "options"], &[]) {
        match key {
            "driver" => logging.driver = cx.string(value, "logging.driver"),
            _ => logging.options = cx.key_values(value, "logging.options", false),
        }
    }
    Some(logging)
}

/// A size as compose writes it (`256m`, `1gb`, `2048`, `1.5g`), in bytes.
fn bytes(cx: &mut Cx, node: &Node, what: &str) -> Option<i64> {
    let text = cx.string(node, what)?;
    fields::bytes(&text).map_err(|e| cx.error(node.pos, format!("{what}: {e}"))).ok()
}

/// `cpus: 0.5` as the engine's nano-CPUs.
fn cpus(cx: &mut Cx, node: &Node, what: &str) -> Option<i64> {
    let cpus: f64 = cx.number(node, what)?;
    if !(0.0..=1024.0).contains(&cpus) {
        // compose accepts it; the engine refuses more CPUs than it has. Left out, and said.
        cx.warn(node.pos, format!("{what} {cpus} is no number of CPUs from 0 to 1024: left out"));
        return None;
    }
    Some((cpus * 1e9).round() as i64)
}

fn oom_score_adj(cx: &mut Cx, node: &Node) -> Option<i64> {
    let n: i64 = cx.number(node, "oom_score_adj")?;
    if !(-1000..=1000).contains(&n) {
        cx.error(node.pos, format!("oom_score_adj must be a whole number from -1000 to 1000 (got {n})"));
        return None;
    }
    Some(n)
}

fn pull_policy(cx: &mut Cx, node: &Node) -> Option<PullPolicy> {
    let text = cx.string(node, "pull_policy")?;
    Some(match text.as_str() {
        "always" => PullPolicy::Always,
        "missing" | "if_not_present" => PullPolicy::Missing,
        "never" => PullPolicy::Never,
        "build" => PullPolicy::Build,
        "daily" => PullPolicy::Every(Duration::from_secs(24 * 3600)),
        "weekly" => PullPolicy::Every(Duration::from_secs(7 * 24 * 3600)),
        "refresh" => PullPolicy::Refresh,
        other => match other.strip_prefix("every_").map(every_duration) {
            Some(Ok(every)) => PullPolicy::Every(every),
            _ => {
                let known = "always, missing, never, build, refresh, daily, weekly or every_DURATION";
                cx.error(node.pos, format!("pull_policy '{other}': expected {known}"));
                return None;
            }
        },
    })
}

/// `every_DURATION`'s duration, which may count days (`every_2d`) as compose's does.
fn every_duration(text: &str) -> Result<Duration, String> {
    match text.strip_suffix('d').map(str::parse::<u64>) {
        Some(Ok(days)) => Ok(Duration::from_secs(days * 24 * 3600)),
        _ => fields::duration(text),
    }
}

/// `deploy:`. Resource limits and reservations apply on one engine too (as compose applies
/// them); the rest (replicas, placement, update config, endpoint mode, labels) is read into
/// [`Deploy`] for Swarm and, on one engine, named in a warning.
fn deploy(cx: &mut Cx, node: &Node, rt: &mut Runtime) {
    const SWARM_ONLY: &[&str] = &["mode", "placement", "update_config", "rollback_config", "endpoint_mode", "labels"];
    let known: Vec<&str> = SWARM_ONLY.iter().copied().chain(["resources", "restart_policy", "replicas"]).collect();
    let on_swarm = cx.engine == EngineKind::Swarm;
    for (key, value) in cx.entries(node, "deploy", &known, &[]) {
        let pos = node.key_pos(key);
        match key {
            "resources" => {}
            "restart_policy" => {
                rt.deploy_restart = deploy_restart(cx, value, &mut rt.deploy.restart);
                continue;
            }
            "replicas" => {
                rt.deploy.replicas = cx.number::<u32>(value, "deploy.replicas");
                if !on_swarm && rt.deploy.replicas.is_some_and(|n| n != 1) {
                    cx.warn(
                        pos,
                        "'deploy.replicas' is not supported on one engine: berth runs one container per service (compose runs that many; `--engine swarm` runs them on a Swarm)",
                    );
                }
                continue;
            }
            _ if !on_swarm => {
                let why = "only means something to Swarm (compose ignores it on one engine too); ignored (`--engine swarm` uses it)";
                cx.warn(pos, format!("'deploy.{key}' {why}"));
                swarm_deploy(cx, key, value, &mut rt.deploy);
                continue;
            }
            _ => {
                swarm_deploy(cx, key, value, &mut rt.deploy);
                continue;
            }
        }
        for (kind, limits) in cx.entries(value, "deploy.resources", &["limits", "reservations"], &[]) {
            let what = format!("deploy.resources.{kind}");
            let unsupported: &[&str] = if kind == "limits" { &[] } else { &["devices", "generic_resources"] };
            for (k, v) in cx.entries(limits, &what, &["cpus", "memory", "pids"], unsupported) {
                let name = format!("{what}.{k}");
                match (kind, k) {
                    ("limits", "cpus") => rt.nano_cpus = rt.nano_cpus.or(cpus(cx, v, &name)),
                    ("limits", "memory") => rt.mem_limit = rt.mem_limit.or(bytes(cx, v, &name)),
                    ("limits", _) => rt.pids_limit = rt.pids_limit.or(cx.number(v, &name)),
                    ("reservations", "memory") => rt.mem_reservation = rt.mem_reservation.or(bytes(cx, v, &name)),
                    // compose gives one engine nothing for a CPU reservation; Swarm schedules by it.
                    ("reservations", "cpus") => rt.deploy.cpu_reservation = cpus(cx, v, &name),
                    _ => {}
                }
            }
        }
    }
}

/// One of `deploy:`'s cluster keys into the model.
fn swarm_deploy(cx: &mut Cx, key: &str, value: &Node, deploy: &mut Deploy) {
    match key {
        "mode" => match cx.string(value, "deploy.mode").as_deref() {
            Some("replicated") | None => {}
            Some("global") => deploy.global = true,
            // Swarm's jobs (`replicated-job`, `global-job`) and anything else: compose accepts
            // them; berth runs no jobs, and says so.
            Some(other) => cx.warn(
                value.pos,
                format!("deploy.mode '{other}': berth runs services, not Swarm jobs: left out (replicated)"),
            ),
        },
        "placement" => {
            for (k, v) in
                cx.entries(value, "deploy.placement", &["constraints", "preferences", "max_replicas_per_node"], &[])
            {
                match k {
                    "constraints" => deploy.constraints = cx.strings(v, "deploy.placement.constraints"),
                    "max_replicas_per_node" => {
                        deploy.max_replicas_per_node = cx.number(v, "deploy.placement.max_replicas_per_node")
                    }
                    _ => {
                        for item in v.as_seq().unwrap_or_default() {
                            for (_, spread) in cx.entries(item, "deploy.placement.preferences", &["spread"], &[]) {
                                deploy.spread.extend(cx.string(spread, "spread"));
                            }
                        }
                    }
                }
            }
        }
        "endpoint_mode" => match cx.string(value, "deploy.endpoint_mode") {
            Some(m) if m == "vip" || m == "dnsrr" => deploy.endpoint_mode = Some(m),
            Some(other) => {
                cx.warn(value.pos, format!("deploy.endpoint_mode '{other}' is neither vip nor dnsrr: left out"))
            }
            None => {}
        },
        "update_config" => {
            let keys = ["parallelism", "delay", "order", "failure_action", "monitor", "max_failure_ratio"];
            let mut update = UpdateConfig::default();
            for (k, v) in cx.entries(value, "deploy.update_config", &keys, &[]) {
                let what = format!("deploy.update_config.{k}");
                match k {
                    "parallelism" => update.parallelism = cx.number(v, &what),
                    "delay" => update.delay = cx.duration(v, &what),
                    "monitor" => update.monitor = cx.duration(v, &what),
                    "order" => update.order = one_of(cx, v, &what, &["stop-first", "start-first"]),
                    "failure_action" => {
                        update.failure_action = one_of(cx, v, &what, &["continue", "pause", "rollback"])
                    }
                    _ => {}
                }
            }
            deploy.update = Some(update);
        }
        "labels" => deploy.labels = cx.string_map(value, "deploy.labels"),
        // rollback_config: Swarm's own; berth never rolls back.
        _ => {}
    }
}

fn one_of(cx: &mut Cx, node: &Node, what: &str, allowed: &[&str]) -> Option<String> {
    let text = cx.string(node, what)?;
    if allowed.contains(&text.as_str()) {
        return Some(text);
    }
    cx.error(node.pos, format!("{what} '{text}': expected {}", allowed.join(" or ")));
    None
}

/// `deploy.restart_policy` as compose applies it on one engine when `restart` is not set.
fn deploy_restart(cx: &mut Cx, node: &Node, details: &mut RestartDetails) -> Option<RestartPolicy> {
    let (mut condition, mut attempts) = (None, None);
    for (key, value) in
        cx.entries(node, "deploy.restart_policy", &["condition", "max_attempts", "delay", "window"], &[])
    {
        match key {
            "condition" => condition = cx.string(value, "deploy.restart_policy.condition").map(|c| (c, value.pos)),
            "max_attempts" => attempts = cx.number::<u32>(value, "deploy.restart_policy.max_attempts"),
            "delay" => details.delay = cx.duration(value, "deploy.restart_policy.delay"),
            _ => details.window = cx.duration(value, "deploy.restart_policy.window"),
        }
    }
    match condition {
        None => Some(RestartPolicy::Always),
        Some((c, pos)) => match c.as_str() {
            "none" => Some(RestartPolicy::No),
            "on-failure" => Some(RestartPolicy::OnFailure(attempts)),
            "any" => Some(RestartPolicy::Always),
            other => {
                let message =
                    format!("deploy.restart_policy.condition '{other}' is not none, on-failure or any: left out");
                cx.warn(pos, message);
                None
            }
        },
    }
}

fn develop(cx: &mut Cx, node: &Node) -> Vec<WatchRule> {
    let mut rules = Vec::new();
    for (key, value) in cx.entries(node, "develop", &["watch"], &[]) {
        if key != "watch" {
            continue;
        }
        let Some(items) = value.as_seq() else {
            cx.error(value.pos, "develop.watch must be a list of rules");
            continue;
        };
        for item in items {
            let (mut path, mut action, mut target, mut ignore, mut exec) = (None, None, None, Vec::new(), Vec::new());
            let (mut include, mut initial_sync) = (Vec::new(), false);
            for (k, v) in cx.entries(
                item,
                "develop.watch",
                &["path", "action", "target", "ignore", "include", "exec", "initial_sync"],
                &[],
            ) {
                match k {
                    "path" => path = cx.string(v, "develop.watch.path").map(|p| cx.path(&p)),
                    "action" => {
                        let name = cx.string(v, "develop.watch.action").unwrap_or_default();
                        action = WatchAction::parse(&name);
                        if action.is_none() {
                            let names = WatchAction::NAMES.join(", ");
                            cx.error(v.pos, format!("develop.watch action '{name}': expected one of {names}"));
                        }
                    }
                    "target" => target = cx.string(v, "develop.watch.target"),
                    "ignore" => ignore = cx.strings(v, "develop.watch.ignore"),
                    // One pattern or a list, as compose takes it.
                    "include" => {
                        include = match v.scalar() {
                            Some(one) => vec![one.to_string()],
                            None => cx.strings(v, "develop.watch.include"),
                        }
                    }
                    "initial_sync" => initial_sync = cx.bool(v, "develop.watch.initial_sync").unwrap_or(false),
                    "exec" => {
                        let command = v.get("command").unwrap_or(v);
                        exec = match command.scalar() {
                            Some(line) => vec!["sh".into(), "-c".into(), line.to_string()],
                            None => cx.strings(command, "develop.watch.exec.command"),
                        };
                    }
                    _ => {}
                }
            }
            let (Some(path), Some(action)) = (path, action) else {
                let names = WatchAction::NAMES.join(", ");
                cx.error(item.pos, format!("a develop.watch rule needs 'path' and 'action' ({names})"));
                continue;
            };
            if action.syncs() && target.is_none() {
                cx.error(item.pos, "a develop.watch sync rule needs 'target', the path in the container");
                continue;
            }
            if action == WatchAction::SyncExec && exec.is_empty() {
                cx.error(item.pos, "a develop.watch sync+exec rule needs 'exec: {command: …}'");
                continue;
            }
            if initial_sync && !action.syncs() {
                cx.warn(item.pos, "develop.watch initial_sync applies to sync rules only; ignored on this rule");
            }
            let initial_sync = initial_sync && action.syncs();
            rules.push(WatchRule { path, action, target, ignore, include, initial_sync, exec });
        }
    }
    rules
}
