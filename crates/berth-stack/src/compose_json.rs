//! The resolved stack in the shape `docker compose config --format json` prints, so
//! the two can be compared field by field (tests/conformance_config.rs) and a compose
//! user reads what they know. Values are as berth will apply them; `$` is written `$$`
//! as compose writes it, so the output reads back to the same stack.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::model::*;
use super::runtime::{NetworkMode, PullPolicy, Runtime, VolumesSource};

/// The stack as compose prints it: the networks and volumes its services use, or with
/// `all_resources` (compose's `--all-resources`) every one the files declare.
pub fn to_json(stack: &Stack, all_resources: bool) -> Value {
    let mut top = Map::new();
    top.insert("name".into(), json!(stack.name));
    let networks = networks(stack, all_resources);
    if !networks.is_empty() {
        top.insert("networks".into(), Value::Object(networks));
    }
    let services: Map<String, Value> = stack.services.iter().map(|s| (s.name.clone(), service(stack, s))).collect();
    top.insert("services".into(), Value::Object(services));
    let used = |name: &str| {
        stack.services.iter().flat_map(|s| &s.volumes).any(|m| matches!(&m.source, MountSource::Volume(v) if v == name))
    };
    let volumes: Map<String, Value> = stack
        .volumes
        .iter()
        .filter(|v| all_resources || used(&v.name))
        .map(|v| (v.name.clone(), volume(stack, v)))
        .collect();
    if !volumes.is_empty() {
        top.insert("volumes".into(), Value::Object(volumes));
    }
    let (secrets, configs) = declared_files(stack);
    if !secrets.is_empty() {
        top.insert("secrets".into(), Value::Object(secrets));
    }
    if !configs.is_empty() {
        top.insert("configs".into(), Value::Object(configs));
    }
    Value::Object(top)
}

fn uses_default_network(svc: &Service) -> bool {
    svc.networks.is_empty() && svc.runtime.network_mode.is_none()
}

fn networks(stack: &Stack, all_resources: bool) -> Map<String, Value> {
    let mut out = Map::new();
    let default_used = stack.services.iter().any(uses_default_network);
    if default_used && !stack.networks.iter().any(|n| n.name == "default") {
        out.insert("default".into(), json!({"name": stack.network_name("default"), "ipam": {}}));
    }
    let used = |name: &str| {
        stack.services.iter().any(|s| s.networks.iter().any(|n| n.name == name)) || (name == "default" && default_used)
    };
    for n in stack.networks.iter().filter(|n| all_resources || used(&n.name)) {
        let mut m = Map::new();
        m.insert("name".into(), json!(stack.network_name(&n.name)));
        put(&mut m, "driver", n.driver.as_ref().map(|d| json!(d)));
        put(&mut m, "driver_opts", non_empty_map(&n.driver_opts));
        let mut ipam = Map::new();
        if let Some(i) = &n.ipam {
            put(&mut ipam, "driver", i.driver.as_ref().map(|d| json!(d)));
            if !i.pools.is_empty() {
                let pools = i.pools.iter().map(|p| {
                    let mut pool = Map::new();
                    put(&mut pool, "subnet", p.subnet.as_ref().map(|s| json!(s)));
                    put(&mut pool, "ip_range", p.ip_range.as_ref().map(|s| json!(s)));
                    put(&mut pool, "gateway", p.gateway.as_ref().map(|s| json!(s)));
                    Value::Object(pool)
                });
                ipam.insert("config".into(), pools.collect());
            }
        }
        if !n.external {
            m.insert("ipam".into(), Value::Object(ipam));
        }
        put(&mut m, "external", n.external.then_some(json!(true)));
        put(&mut m, "internal", n.internal.then_some(json!(true)));
        put(&mut m, "attachable", n.attachable.then_some(json!(true)));
        put(&mut m, "enable_ipv6", n.enable_ipv6.then_some(json!(true)));
        put(&mut m, "labels", non_empty_map(&n.labels));
        out.insert(n.name.clone(), Value::Object(m));
    }
    out
}

fn volume(stack: &Stack, v: &VolumeDef) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(stack.volume_name(&v.name)));
    put(&mut m, "driver", v.driver.as_ref().map(|d| json!(d)));
    put(&mut m, "driver_opts", non_empty_map(&v.driver_opts));
    put(&mut m, "external", v.external.then_some(json!(true)));
    put(&mut m, "labels", non_empty_map(&v.labels));
    Value::Object(m)
}

/// Top-level secrets and configs, as the services' files name them.
fn declared_files(stack: &Stack) -> (Map<String, Value>, Map<String, Value>) {
    let (mut secrets, mut configs) = (Map::new(), Map::new());
    let mut add = |name: &str, source: &SecretSource, secret: bool| {
        let mut m = Map::new();
        m.insert("name".into(), json!(format!("{}_{name}", stack.name)));
        match source {
            SecretSource::File(p) => m.insert("file".into(), json!(p.display().to_string())),
            SecretSource::Env { variable, .. } | SecretSource::EnvUnset { variable } => {
                m.insert("environment".into(), json!(variable))
            }
            SecretSource::Content(_) => m.insert("content".into(), json!("••••")),
            SecretSource::External { name: outside } => {
                m.insert("name".into(), json!(outside));
                m.insert("external".into(), json!(true))
            }
        };
        let target = if secret { &mut secrets } else { &mut configs };
        target.insert(name.to_string(), Value::Object(m));
    };
    for svc in &stack.services {
        for f in &svc.files {
            add(&f.name, &f.source, f.secret);
        }
        for s in svc.build.iter().flat_map(|b| &b.secrets) {
            add(&s.id, &s.source, true);
        }
    }
    (secrets, configs)
}

fn service(stack: &Stack, svc: &Service) -> Value {
    let mut m = Map::new();
    if let Some(b) = &svc.build {
        m.insert("build".into(), build(b));
    }
    m.insert("command".into(), svc.command.as_ref().map_or(Value::Null, |c| strings(c)));
    m.insert("entrypoint".into(), svc.entrypoint.as_ref().map_or(Value::Null, |c| strings(c)));
    put(&mut m, "container_name", svc.container_name.as_ref().map(|c| json!(c)));
    put(&mut m, "depends_on", depends_on(svc));
    if !svc.environment.is_empty() || !svc.environment_unset.is_empty() {
        let mut env: Map<String, Value> = svc.environment.iter().map(|(k, v)| (k.clone(), json!(dollars(v)))).collect();
        env.extend(svc.environment_unset.iter().map(|k| (k.clone(), Value::Null)));
        m.insert("environment".into(), Value::Object(env));
    }
    put(&mut m, "healthcheck", svc.healthcheck.as_ref().map(healthcheck));
    put(&mut m, "image", svc.image.as_ref().map(|i| json!(dollars(i))));
    put(&mut m, "labels", non_empty_map(&svc.labels));
    put(&mut m, "tty", svc.tty.then_some(json!(true)));
    if uses_default_network(svc) {
        m.insert("networks".into(), json!({"default": null}));
    } else if !svc.networks.is_empty() {
        m.insert("networks".into(), service_networks(svc));
    }
    if !svc.ports.is_empty() {
        m.insert("ports".into(), svc.ports.iter().map(port).collect());
    }
    put(&mut m, "profiles", (!svc.profiles.is_empty()).then(|| strings(&svc.profiles)));
    put(&mut m, "restart", svc.restart.as_ref().map(|r| json!(restart(r))));
    put(&mut m, "tmpfs", (!svc.tmpfs.is_empty()).then(|| strings(&svc.tmpfs)));
    put(&mut m, "user", svc.user.as_ref().map(|u| json!(u)));
    if !svc.volumes.is_empty() {
        m.insert("volumes".into(), svc.volumes.iter().map(mount).collect());
    }
    put(&mut m, "working_dir", svc.working_dir.as_ref().map(|w| json!(w)));
    runtime(&mut m, &svc.runtime);
    files(&mut m, svc);
    let _ = stack;
    Value::Object(m)
}

fn build(b: &Build) -> Value {
    let mut m = Map::new();
    m.insert("context".into(), json!(b.context.display().to_string()));
    m.insert("dockerfile".into(), json!(b.dockerfile.as_deref().unwrap_or("Dockerfile")));
    put(&mut m, "args", non_empty_map(&b.args));
    put(&mut m, "target", b.target.as_ref().map(|t| json!(t)));
    if !b.secrets.is_empty() {
        m.insert("secrets".into(), b.secrets.iter().map(|s| json!({"source": s.id})).collect());
    }
    put(&mut m, "cache_from", (!b.cache_from.is_empty()).then(|| strings(&b.cache_from)));
    put(&mut m, "labels", non_empty_map(&b.labels));
    put(&mut m, "pull", b.pull.then_some(json!(true)));
    put(&mut m, "no_cache", b.no_cache.then_some(json!(true)));
    Value::Object(m)
}

/// Written dependencies and the ones compose adds for links, `network_mode: service:`,
/// `volumes_from` and `ipc`/`pid: service:` (the loader adds those, with `restart: true`).
fn depends_on(svc: &Service) -> Option<Value> {
    let mut m = Map::new();
    for d in &svc.depends_on {
        let mut dep = json!({"condition": d.condition.as_compose(), "required": d.required});
        if d.restart {
            dep["restart"] = json!(true);
        }
        m.insert(d.service.clone(), dep);
    }
    (!m.is_empty()).then_some(Value::Object(m))
}

fn healthcheck(h: &Healthcheck) -> Value {
    let mut m = Map::new();
    match &h.test {
        Some(HealthTest::None) => {
            m.insert("test".into(), json!(["NONE"]));
        }
        Some(HealthTest::Cmd(args)) => {
            let mut test = vec![json!("CMD")];
            test.extend(args.iter().map(|a| json!(dollars(a))));
            m.insert("test".into(), Value::Array(test));
        }
        Some(HealthTest::Shell(cmd)) => {
            m.insert("test".into(), json!(["CMD-SHELL", dollars(cmd)]));
        }
        None => {}
    }
    put(&mut m, "timeout", h.timeout.map(|d| json!(go_duration(d))));
    put(&mut m, "interval", h.interval.map(|d| json!(go_duration(d))));
    put(&mut m, "retries", h.retries.map(|r| json!(r)));
    put(&mut m, "start_period", h.start_period.map(|d| json!(go_duration(d))));
    put(&mut m, "start_interval", h.start_interval.map(|d| json!(go_duration(d))));
    Value::Object(m)
}

fn service_networks(svc: &Service) -> Value {
    let mut m = Map::new();
    for n in &svc.networks {
        let mut settings = Map::new();
        put(&mut settings, "aliases", (!n.aliases.is_empty()).then(|| strings(&n.aliases)));
        put(&mut settings, "ipv4_address", n.ipv4_address.as_ref().map(|a| json!(a)));
        put(&mut settings, "ipv6_address", n.ipv6_address.as_ref().map(|a| json!(a)));
        put(&mut settings, "priority", (n.priority != 0).then_some(json!(n.priority)));
        let value = if settings.is_empty() { Value::Null } else { Value::Object(settings) };
        m.insert(n.name.clone(), value);
    }
    Value::Object(m)
}

fn port(p: &PortMapping) -> Value {
    let mut m = Map::new();
    m.insert("mode".into(), json!("ingress"));
    put(&mut m, "host_ip", p.host_ip.as_ref().map(|ip| json!(ip)));
    m.insert("target".into(), json!(p.container_port));
    let published = match (p.host_port, p.host_port_last) {
        (Some(first), Some(last)) => Some(format!("{first}-{last}")),
        (first, _) => first.map(|h| h.to_string()),
    };
    put(&mut m, "published", published.map(|h| json!(h)));
    m.insert("protocol".into(), json!(p.protocol.as_str()));
    Value::Object(m)
}

fn mount(v: &Mount) -> Value {
    let mut m = Map::new();
    let kind = match &v.source {
        MountSource::Bind(path) => {
            m.insert("source".into(), json!(path.display().to_string()));
            "bind"
        }
        MountSource::Volume(name) => {
            m.insert("source".into(), json!(name));
            "volume"
        }
        MountSource::Anonymous => "volume",
        MountSource::Tmpfs => "tmpfs",
        MountSource::Unsupported { kind, source } => {
            put(&mut m, "source", source.as_ref().map(|s| json!(s)));
            kind.as_str()
        }
    };
    m.insert("type".into(), json!(kind));
    m.insert("target".into(), json!(v.target));
    put(&mut m, "read_only", v.read_only.then_some(json!(true)));
    match kind {
        "bind" if v.create_host_path => {
            m.insert("bind".into(), json!({"create_host_path": true}));
        }
        "volume" => {
            m.insert("volume".into(), json!({}));
        }
        _ => {}
    }
    Value::Object(m)
}

fn restart(r: &RestartPolicy) -> String {
    match r {
        RestartPolicy::No => "no".into(),
        RestartPolicy::Always => "always".into(),
        RestartPolicy::UnlessStopped => "unless-stopped".into(),
        RestartPolicy::OnFailure(None) => "on-failure".into(),
        RestartPolicy::OnFailure(Some(n)) => format!("on-failure:{n}"),
    }
}

fn hooks(hooks: &[crate::runtime::Hook]) -> Option<Value> {
    let each = |h: &crate::runtime::Hook| {
        let mut m = Map::new();
        m.insert("command".into(), strings(&h.command));
        put(&mut m, "user", h.user.as_ref().map(|u| json!(u)));
        put(&mut m, "privileged", h.privileged.then_some(json!(true)));
        put(&mut m, "working_dir", h.working_dir.as_ref().map(|w| json!(w)));
        put(&mut m, "environment", (!h.environment.is_empty()).then(|| json!(h.environment)));
        Value::Object(m)
    };
    (!hooks.is_empty()).then(|| hooks.iter().map(each).collect())
}

fn runtime(m: &mut Map<String, Value>, rt: &Runtime) {
    let list = |v: &Vec<String>| (!v.is_empty()).then(|| strings(v));
    let text = |v: &Option<String>| v.as_ref().map(|t| json!(t));
    let flag = |b: bool| b.then_some(json!(true));
    // The engine's names carry `CAP_`; compose files (and compose's output) usually do not.
    let caps = |v: &Vec<String>| -> Vec<String> {
        v.iter().map(|c| c.strip_prefix("CAP_").unwrap_or(c).to_string()).collect()
    };
    put(m, "cap_add", list(&caps(&rt.cap_add)));
    put(m, "cap_drop", list(&caps(&rt.cap_drop)));
    // A whole number of CPUs prints as compose prints it: `2`, not `2.0`.
    let cpus = |n: i64| if n % 1_000_000_000 == 0 { json!(n / 1_000_000_000) } else { json!(n as f64 / 1e9) };
    put(m, "cpus", rt.nano_cpus.map(cpus));
    put(m, "cpu_shares", rt.cpu_shares.map(|n| json!(n)));
    if !rt.devices.is_empty() {
        let devices =
            rt.devices.iter().map(|d| json!({"source": d.host, "target": d.container, "permissions": d.permissions}));
        m.insert("devices".into(), devices.collect());
    }
    put(m, "dns", list(&rt.dns));
    put(m, "dns_opt", list(&rt.dns_opt));
    put(m, "dns_search", list(&rt.dns_search));
    put(m, "domainname", text(&rt.domainname));
    put(m, "expose", list(&rt.expose));
    put(m, "use_api_socket", flag(rt.use_api_socket));
    put(m, "post_start", hooks(&rt.post_start));
    put(m, "pre_stop", hooks(&rt.pre_stop));
    if !rt.extra_hosts.is_empty() {
        let mut hosts: Vec<String> = rt.extra_hosts.iter().map(|h| h.replacen(':', "=", 1)).collect();
        hosts.sort();
        m.insert("extra_hosts".into(), strings(&hosts));
    }
    put(m, "group_add", list(&rt.group_add));
    put(m, "hostname", text(&rt.hostname));
    put(m, "init", rt.init.map(|i| json!(i)));
    put(m, "ipc", text(&rt.ipc));
    put(m, "links", list(&rt.links));
    if let Some(l) = &rt.logging {
        let mut logging = Map::new();
        put(&mut logging, "driver", text(&l.driver));
        put(&mut logging, "options", non_empty_map(&l.options));
        m.insert("logging".into(), Value::Object(logging));
    }
    put(m, "mac_address", text(&rt.mac_address));
    put(m, "mem_limit", rt.mem_limit.map(|b| json!(b.to_string())));
    put(m, "mem_reservation", rt.mem_reservation.map(|b| json!(b.to_string())));
    put(m, "network_mode", rt.network_mode.as_ref().map(|n| json!(network_mode(n))));
    put(m, "oom_score_adj", rt.oom_score_adj.map(|n| json!(n)));
    put(m, "pid", text(&rt.pid));
    put(m, "pids_limit", rt.pids_limit.map(|n| json!(n)));
    put(m, "platform", text(&rt.platform));
    put(m, "privileged", flag(rt.privileged));
    put(m, "pull_policy", pull_policy(rt.pull_policy).map(|p| json!(p)));
    put(m, "read_only", flag(rt.read_only));
    put(m, "runtime", text(&rt.runtime));
    put(m, "security_opt", list(&rt.security_opt));
    put(m, "shm_size", rt.shm_size.map(|b| json!(b.to_string())));
    put(m, "stdin_open", flag(rt.stdin_open));
    put(m, "stop_grace_period", rt.stop_grace_period.map(|d| json!(go_duration(d))));
    put(m, "stop_signal", text(&rt.stop_signal));
    put(m, "storage_opt", non_empty_map(&rt.storage_opt));
    put(m, "sysctls", non_empty_map(&rt.sysctls));
    if !rt.ulimits.is_empty() {
        let limits = rt.ulimits.iter().map(|u| {
            let value = if u.soft == u.hard { json!(u.soft) } else { json!({"soft": u.soft, "hard": u.hard}) };
            (u.name.clone(), value)
        });
        m.insert("ulimits".into(), Value::Object(limits.collect()));
    }
    put(m, "userns_mode", text(&rt.userns_mode));
    if !rt.volumes_from.is_empty() {
        let from = rt.volumes_from.iter().map(|v| {
            let source = match &v.source {
                VolumesSource::Service(s) => s.clone(),
                VolumesSource::Container(c) => format!("container:{c}"),
            };
            json!(if v.read_only { format!("{source}:ro") } else { source })
        });
        m.insert("volumes_from".into(), from.collect());
    }
}

fn files(m: &mut Map<String, Value>, svc: &Service) {
    for (key, secret) in [("secrets", true), ("configs", false)] {
        let grants: Vec<Value> = svc
            .files
            .iter()
            .filter(|f| f.secret == secret)
            .map(|f| {
                let mut g = Map::new();
                g.insert("source".into(), json!(f.name));
                // Compose prints a secret's target always, a config's only when written.
                let default = format!("/{}", f.name);
                put(&mut g, "target", (secret || f.target != default).then(|| json!(f.target)));
                put(&mut g, "uid", f.uid.map(|u| json!(u.to_string())));
                put(&mut g, "gid", f.gid.map(|u| json!(u.to_string())));
                put(&mut g, "mode", f.mode.map(|u| json!(format!("0{u:o}"))));
                Value::Object(g)
            })
            .collect();
        if !grants.is_empty() {
            m.insert(key.into(), Value::Array(grants));
        }
    }
}

fn network_mode(n: &NetworkMode) -> String {
    match n {
        NetworkMode::Host => "host".into(),
        NetworkMode::None => "none".into(),
        NetworkMode::Bridge => "bridge".into(),
        NetworkMode::Service(s) => format!("service:{s}"),
        NetworkMode::Container(c) => format!("container:{c}"),
    }
}

/// None for compose's default (`missing`), which compose does not print unless written.
fn pull_policy(p: PullPolicy) -> Option<String> {
    match p {
        PullPolicy::Missing => None,
        PullPolicy::Always => Some("always".into()),
        PullPolicy::Refresh => Some("refresh".into()),
        PullPolicy::Never => Some("never".into()),
        PullPolicy::Build => Some("build".into()),
        PullPolicy::Every(d) if d == Duration::from_secs(86_400) => Some("daily".into()),
        PullPolicy::Every(d) if d == Duration::from_secs(7 * 86_400) => Some("weekly".into()),
        PullPolicy::Every(d) => Some(format!("every_{}", go_duration(d))),
    }
}

/// A duration as Go prints it (`1m30s`, `500ms`, `1h0m0s`), which is how compose writes them.
pub fn go_duration(d: Duration) -> String {
    let nanos = d.as_nanos();
    if nanos == 0 {
        return "0s".into();
    }
    if nanos < 1_000_000_000 {
        return match nanos {
            n if n % 1_000_000 == 0 => format!("{}ms", n / 1_000_000),
            n if n % 1_000 == 0 => format!("{}µs", n / 1_000),
            n => format!("{n}ns"),
        };
    }
    let secs = d.as_secs();
    let frac = d.subsec_nanos();
    let mut seconds = format!("{}", secs % 60);
    if frac > 0 {
        let digits = format!("{frac:09}");
        seconds.push('.');
        seconds.push_str(digits.trim_end_matches('0'));
    }
    match (secs / 3600, (secs / 60) % 60) {
        (0, 0) => format!("{seconds}s"),
        (0, m) => format!("{m}m{seconds}s"),
        (h, m) => format!("{h}h{m}m{seconds}s"),
    }
}

/// `$` as compose writes it in its output (`$$`), so the text reads back unchanged.
fn dollars(text: &str) -> String {
    text.replace('$', "$$")
}

fn strings(items: &[String]) -> Value {
    items.iter().map(|s| json!(dollars(s))).collect()
}

fn non_empty_map(map: &std::collections::BTreeMap<String, String>) -> Option<Value> {
    (!map.is_empty()).then(|| Value::Object(map.iter().map(|(k, v)| (k.clone(), json!(dollars(v)))).collect()))
}

fn put(m: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        m.insert(key.to_string(), v);
    }
}

/// The same value as YAML (block style; every string double-quoted, so no scalar is
/// read back as another type).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    yaml_into(&mut out, value, 0);
    out
}

fn yaml_into(out: &mut String, value: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(m) if !m.is_empty() => {
            for (k, v) in m {
                out.push_str(&format!("{pad}{}:", yaml_key(k)));
                yaml_child(out, v, indent);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for v in items {
                out.push_str(&format!("{pad}-"));
                yaml_child(out, v, indent);
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other))),
    }
}

fn yaml_child(out: &mut String, v: &Value, indent: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            yaml_into(out, v, indent + 2);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            yaml_into(out, v, indent + 2);
        }
        other => out.push_str(&format!(" {}\n", scalar(other))),
    }
}

fn yaml_key(k: &str) -> String {
    let plain = !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'));
    if plain {
        k.to_string()
    } else {
        json!(k).to_string()
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_go_prints_them() {
        assert_eq!(go_duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(go_duration(Duration::from_secs(3600)), "1h0m0s");
        assert_eq!(go_duration(Duration::from_millis(500)), "500ms");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(go_duration(Duration::from_secs(3)), "3s");
    }

    #[test]
    fn yaml_reads_back_as_the_same_value() {
        let value = json!({"a": {"b": [1, "x: y", null, {"c": true}]}, "e": {}, "f": []});
        let text = to_yaml(&value);
        let back = crate::yaml::parse(&text).unwrap();
        assert_eq!(back.get("a").and_then(|a| a.get("b")).and_then(|b| b.as_seq()).map(|s| s.len()), Some(4));
        assert!(text.contains("\"x: y\""), "{text}");
    }
}
