//! One service of a stack file: image and build, environment, ports, mounts, dependencies,
//! healthcheck, restart and networks; runtime keys are read by `stack::runtime`.

use std::collections::BTreeMap;

use super::context::Cx;
use super::input::read_text;
use super::keys::*;
use super::{grants, runtime_keys};
use crate::diagnostic::{Diagnostic, Pos};
use crate::fields;
use crate::interpolate::Vars;
use crate::model::*;
use crate::yaml::{Node, Value};
use crate::{envfile, lint, probe_spec, runtime};

impl Cx<'_> {
    pub(crate) fn service(&mut self, name: &str, pos: Pos, node: &Node) -> Service {
        let mut svc = Service { name: name.to_string(), pos, ..Service::default() };
        let what = format!("service '{name}'");
        let mut env_from_files = BTreeMap::new();
        let mut labels_from_files = BTreeMap::new();
        let mut probe_node = None;
        let known: Vec<&str> = SERVICE_KEYS.iter().chain(runtime_keys::KEYS).copied().collect();
        for (key, value) in self.entries(node, &what, &known, SERVICE_UNSUPPORTED) {
            // Compose's schema has no empty value for these; only command and entrypoint may be null.
            if value.is_null() && !matches!(key, "command" | "entrypoint") {
                let message = format!("'{key}' of service '{name}' has no value, which compose refuses");
                self.reader.errors.push(
                    Diagnostic::new(&self.reader.file, value.pos, message)
                        .with_hint(format!("give it a value or remove the '{key}:' line")),
                );
                continue;
            }
            if runtime_keys::read(self, key, value, &mut svc.runtime) {
                continue;
            }
            match key {
                "image" => {
                    svc.image = self.text(value, "image");
                    // An image that interpolates to nothing (an unset variable) is no image, as
                    // compose reads it: a build's default name, or the error below.
                    if svc.image.as_deref() == Some("") {
                        svc.image = None;
                    }
                }
                "build" => svc.build = self.build(value),
                "container_name" => {
                    svc.container_name = self.text(value, "container_name");
                    if let Some(name) = svc.container_name.as_deref().filter(|n| !valid_container_name(n)) {
                        let shown = name.escape_debug().to_string();
                        self.error(
                            value.pos,
                            format!("container_name '{shown}' is not a container name: a letter or digit, then letters, digits, '_', '.' or '-'"),
                        );
                    }
                }
                "command" => svc.command = self.command(value, "command"),
                "entrypoint" => svc.entrypoint = self.command(value, "entrypoint"),
                "environment" => self.environment(value, &mut svc),
                "env_file" => env_from_files = self.env_files(value, name, "env_file"),
                "label_file" => labels_from_files = self.env_files(value, name, "label_file"),
                "ports" => svc.ports = self.ports(value),
                "volumes" => svc.volumes = self.mounts(value),
                "tmpfs" => svc.tmpfs = self.strings(value, "tmpfs"),
                "depends_on" => svc.depends_on = self.depends_on(value),
                "healthcheck" => svc.healthcheck = self.healthcheck(value),
                "restart" => svc.restart = self.restart(value),
                "labels" => svc.labels = self.key_values(value, "labels", false),
                "working_dir" => svc.working_dir = self.text(value, "working_dir"),
                "user" => svc.user = self.text(value, "user"),
                "networks" => svc.networks = self.service_networks(value),
                "profiles" => svc.profiles = self.strings(value, "profiles"),
                "tty" => svc.tty = self.bool(value, "tty").unwrap_or(false),
                "secrets" => svc.files.extend(grants::grants(self, value, "secret")),
                "configs" => svc.files.extend(grants::grants(self, value, "config")),
                "probe" => probe_node = Some(value),
                "emulator" => svc.emulator = self.emulator(value),
                "host_env" => svc.host_env = self.host_env(value),
                _ => {
                    for (k, v) in self.entries(value, "x-berth", X_BERTH_SERVICE_KEYS, &[]) {
                        match k {
                            "probe" => probe_node = Some(v),
                            "host_env" => svc.host_env = self.host_env(v),
                            _ => svc.emulator = self.emulator(v),
                        }
                    }
                }
            }
        }
        // As compose: the files' labels under those the service gives itself.
        for (k, v) in labels_from_files {
            svc.labels.entry(k).or_insert(v);
        }
        for (k, v) in env_from_files {
            if !svc.environment.contains_key(&k) {
                svc.environment_unset.remove(&k);
                svc.environment.insert(k, v);
            }
        }
        if svc.restart.is_none() {
            svc.restart = svc.runtime.deploy_restart.clone();
        }
        // As compose does: sharing a service's network or volumes, or linking to it, starts it first.
        // Compose marks those `restart: true`, except for volumes_from.
        let volumes_only: Vec<String> = svc
            .runtime
            .volumes_from
            .iter()
            .filter_map(|v| match &v.source {
                runtime::VolumesSource::Service(name) => Some(name.clone()),
                runtime::VolumesSource::Container(_) => None,
            })
            .collect();
        for needed in svc.runtime.services_needed() {
            if !svc.depends_on.iter().any(|d| d.service == needed) {
                let (pos, restart) = (svc.pos, !volumes_only.contains(&needed));
                svc.depends_on.push(Dependency { service: needed, restart, ..Dependency::started(pos) });
            }
        }
        if svc.emulator.is_none() {
            svc.emulator = svc.image.as_deref().and_then(Emulator::of_image);
        }
        for finding in lint::emulator_findings(&svc, node) {
            self.reader.warn_with_hint(finding.pos, finding.message, finding.fix);
        }
        svc.probe = match probe_node {
            Some(node) => probe_spec::parse(&mut self.reader, node, &svc),
            None => probe_spec::default_for(&svc),
        };
        svc
    }

    /// `host_env: {NAME: template}`; each template checked here, so a typo has a position.
    fn host_env(&mut self, node: &Node) -> BTreeMap<String, Vec<crate::host_template::Piece>> {
        let mut out = BTreeMap::new();
        for (name, value) in self.map(node, "host_env") {
            let Some(text) = self.string(value, "host_env value") else { continue };
            match crate::host_template::parse(&text) {
                Ok(pieces) => {
                    out.insert(name.to_string(), pieces);
                }
                Err(e) => self.error(value.pos, format!("host_env {name}: {e}")),
            }
        }
        out
    }

    /// `emulator: localstack|moto|ministack`, for an image berth does not know by name.
    fn emulator(&mut self, node: &Node) -> Option<Emulator> {
        let name = self.string(node, "emulator")?;
        if name.is_empty() {
            // `emulator: ${AWS_EMULATOR:-}` unset: known from the image.
            return None;
        }
        let found = Emulator::parse(&name);
        if found.is_none() {
            let names: Vec<&str> = Emulator::ALL.iter().map(|e| e.name()).collect();
            self.error(node.pos, format!("unknown emulator '{name}' (berth knows {})", names.join(", ")));
        }
        found
    }

    pub(crate) fn build(&mut self, node: &Node) -> Option<Build> {
        if let Some(context) = node.scalar() {
            return Some(Build { context: self.path(context), ..Build::default() });
        }
        let mut build = Build { context: self.path("."), ..Build::default() };
        for (key, value) in self.entries(node, "build", BUILD_KEYS, BUILD_UNSUPPORTED) {
            match key {
                "context" => {
                    if let Some(c) = self.string(value, "build.context") {
                        build.context = self.path(&c);
                    }
                }
                "dockerfile" => build.dockerfile = self.string(value, "build.dockerfile"),
                "args" => build.args = self.key_values(value, "build.args", true),
                "target" => build.target = self.string(value, "build.target"),
                "secrets" => build.secrets = self.build_secrets(value),
                "cache_from" => build.cache_from = self.strings(value, "build.cache_from"),
                "pull" => build.pull = self.bool(value, "build.pull").unwrap_or(false),
                "no_cache" => build.no_cache = self.bool(value, "build.no_cache").unwrap_or(false),
                _ => build.labels = self.key_values(value, "build.labels", false),
            }
        }
        Some(build)
    }

    /// `secrets: [NAME]` or `[{source: NAME, target: ID}]`, each NAME a top-level secret.
    pub(crate) fn build_secrets(&mut self, node: &Node) -> Vec<BuildSecret> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "build.secrets must be a list of secret names");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            let (mut source, mut id) = (None, None);
            if item.as_map().is_some() {
                for (k, v) in self.entries(item, "build.secrets", &["source", "target", "uid", "gid", "mode"], &[]) {
                    match k {
                        "source" => source = self.string(v, "build.secrets.source"),
                        "target" => id = self.string(v, "build.secrets.target"),
                        _ => {}
                    }
                }
            } else {
                source = self.string(item, "build.secrets");
            }
            let Some(source) = source else {
                self.error(item.pos, "a build secret needs 'source', the name of a top-level secret");
                continue;
            };
            match self.secrets.get(&source) {
                Some(found) => {
                    out.push(BuildSecret { id: id.unwrap_or_else(|| source.clone()), source: found.clone() })
                }
                None if self.secrets_in_error.contains(&source) => {}
                None => {
                    let known: Vec<&str> = self.secrets.keys().map(String::as_str).collect();
                    let hint = match known.as_slice() {
                        [] => "declare it under a top-level 'secrets:' key (file: PATH or environment: VARIABLE)"
                            .to_string(),
                        _ => format!("declared secrets: {}", known.join(", ")),
                    };
                    self.error(
                        item.pos,
                        format!("build secret '{source}' is not declared under the top-level 'secrets:'; {hint}"),
                    );
                }
            }
        }
        out
    }

    /// `env_file` (or `label_file`, `what`): each file's KEY=VALUE lines, later files winning.
    pub(crate) fn env_files(&mut self, node: &Node, service: &str, what: &str) -> BTreeMap<String, String> {
        let mut entries: Vec<(String, bool, Pos)> = Vec::new();
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        for item in items {
            if item.as_map().is_some() {
                let (mut path, mut required) = (None, true);
                for (k, v) in self.entries(item, "env_file", &["path", "required", "format"], &[]) {
                    match k {
                        "path" => path = self.string(v, "env_file.path"),
                        "required" => required = self.bool(v, "env_file.required").unwrap_or(true),
                        _ => {}
                    }
                }
                if let Some(p) = path {
                    entries.push((p, required, item.pos));
                }
            } else if let Some(p) = self.string(item, "env_file") {
                entries.push((p, true, item.pos));
            }
        }
        let mut out = BTreeMap::new();
        for (path, required, pos) in entries {
            let full = self.path(&path);
            match read_text(&full) {
                Ok(text) => {
                    let mut scope = envfile::Scope::new(self.vars.clone(), &Vars::default());
                    // One budget for every service's files: the same large file named by a
                    // thousand services is held a thousand times.
                    scope.used = self.env_files;
                    let parsed = envfile::parse_in(&text, &mut scope);
                    self.env_files = scope.used;
                    match parsed {
                        Ok(vars) => out.extend(vars),
                        Err(e) => {
                            self.env_file_errors.push((service.to_string(), Diagnostic::new(&full, e.pos, e.message)))
                        }
                    }
                }
                Err(_) if !required => {}
                Err(e) => {
                    let d = Diagnostic::new(
                        &self.reader.file,
                        pos,
                        format!("cannot read {what} '{}': {e}", full.display()),
                    );
                    self.env_file_errors.push((service.to_string(), d));
                }
            }
        }
        out
    }

    pub(crate) fn ports(&mut self, node: &Node) -> Vec<PortMapping> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "ports must be a list");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            let spec = if item.as_map().is_some() {
                self.port_long(item)
            } else {
                let Some(text) = self.string(item, "a port") else {
                    continue;
                };
                fields::port_short(&text).map_err(|e| self.error(item.pos, e)).ok()
            };
            if let Some(spec) = spec {
                let (c0, c1) = spec.container;
                if out.len() + usize::from(c1 - c0) + 1 > MAX_PORT_BINDINGS {
                    self.error(
                        item.pos,
                        format!("the service's ports pass {MAX_PORT_BINDINGS} bindings here, berth's limit (one per host port)"),
                    );
                    break;
                }
                for (host_port, container_port) in spec.expand() {
                    out.push(PortMapping {
                        host_ip: spec.host_ip.clone(),
                        host_port,
                        host_port_last: spec.host_choice_last(),
                        container_port,
                        protocol: spec.protocol,
                        pos: item.pos,
                    });
                }
            }
        }
        out
    }

    pub(crate) fn port_long(&mut self, node: &Node) -> Option<fields::PortSpec> {
        let (mut target, mut published, mut host_ip, mut protocol) = (None, None, None, Protocol::Tcp);
        for (key, value) in self.entries(node, "a port", PORT_KEYS, &[]) {
            let text = self.string(value, key)?;
            let parsed = match key {
                "target" => fields::port_range_text(&text).map(|r| target = Some(r)),
                "published" => fields::port_range_text(&text).map(|r| published = Some(r)),
                "host_ip" => fields::host_ip(&text, &text).map(|()| host_ip = Some(text)),
                "protocol" => fields::protocol(&text).map(|p| protocol = p),
                _ => Ok(()),
            };
            if let Err(e) = parsed {
                self.error(value.pos, e);
                return None;
            }
        }
        let Some(container) = target else {
            self.error(node.pos, "a port in long form needs 'target'");
            return None;
        };
        if let Some((h0, h1)) = published {
            if h1 - h0 != container.1 - container.0 && h0 != h1 && container.0 != container.1 {
                self.error(node.pos, "the published range and the target range differ in size");
                return None;
            }
        }
        let host =
            published.map(
                |(h0, h1)| if container.0 == container.1 { (h0, h1) } else { (h0, h0 + (container.1 - container.0)) },
            );
        Some(fields::PortSpec { host_ip, host, container, protocol })
    }

    pub(crate) fn mounts(&mut self, node: &Node) -> Vec<Mount> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "volumes must be a list");
            return Vec::new();
        };
        items.iter().filter_map(|item| self.mount(item)).collect()
    }

    pub(crate) fn mount(&mut self, item: &Node) -> Option<Mount> {
        if item.as_map().is_some() {
            let (mut kind, mut source, mut target, mut read_only) = (None, None, None, false);
            let mut create_host_path = false;
            for (key, value) in self.entries(item, "a volume", VOLUME_KEYS, &[]) {
                match key {
                    "type" => kind = self.string(value, "volume type"),
                    "source" => source = self.string(value, "volume source"),
                    "target" => target = self.string(value, "volume target"),
                    "read_only" => read_only = self.bool(value, "read_only").unwrap_or(false),
                    "bind" => {
                        for (k, v) in self.entries(value, "bind", &["create_host_path"], &["propagation", "selinux"]) {
                            if k == "create_host_path" {
                                create_host_path = self.bool(v, "bind.create_host_path").unwrap_or(false);
                            }
                        }
                    }
                    _ => {}
                }
            }
            let Some(target) = target else {
                self.error(item.pos, "a volume in long form needs 'target'");
                return None;
            };
            let source = match (kind.as_deref().unwrap_or("volume"), source) {
                ("bind", Some(s)) => MountSource::Bind(self.bind_source(&s)),
                ("bind", None) => {
                    self.error(item.pos, "a bind mount needs 'source'");
                    return None;
                }
                ("volume", Some(s)) => MountSource::Volume(s),
                ("volume", None) => MountSource::Anonymous,
                ("tmpfs", _) => MountSource::Tmpfs,
                // compose's other types: read as it reads them, refused by an up that needs them.
                (kind @ ("npipe" | "cluster" | "image"), source) => {
                    MountSource::Unsupported { kind: kind.to_string(), source }
                }
                (other, _) => {
                    let known = "volume, bind, tmpfs, npipe, cluster or image";
                    self.error(item.pos, format!("unknown volume type '{other}' (expected {known})"));
                    return None;
                }
            };
            return Some(Mount { source, target: fields::clean_container_path(&target), read_only, create_host_path });
        }
        let text = self.string(item, "a volume")?;
        let mut parts: Vec<&str> = text.split(':').collect();
        // A Windows host path (`C:\data:/data`): its drive's colon is no separator, as in compose.
        let drive = parts.len() >= 3
            && parts[0].len() == 1
            && parts[0].chars().all(|c| c.is_ascii_alphabetic())
            && parts[1].starts_with(['\\', '/']);
        if drive {
            let joined = &text[..parts[0].len() + 1 + parts[1].len()];
            parts.splice(0..2, [joined]);
        }
        let (source, target, mode) = match parts.as_slice() {
            [t] => (None, *t, None),
            [s, t] => (Some(*s), *t, None),
            [s, t, m] => (Some(*s), *t, Some(*m)),
            _ => {
                self.error(item.pos, format!("malformed volume '{text}': expected [SOURCE:]TARGET[:MODE]"));
                return None;
            }
        };
        // A relative target is kept, as compose keeps it; an up of the service refuses it.
        let read_only = match mode {
            None => false,
            Some(m) => {
                let opts: Vec<&str> = m.split(',').collect();
                let known =
                    |o: &&str| matches!(*o, "ro" | "rw" | "z" | "Z" | "cached" | "delegated" | "consistent" | "nocopy");
                // compose drops a mode it does not know; berth does too, and says so.
                if let Some(bad) = opts.iter().find(|o| !known(o)) {
                    let message = format!("volume mode '{bad}' in '{text}' means nothing to the engine: left out (ro, rw, z, Z, nocopy are known)");
                    self.warn(item.pos, message);
                }
                opts.contains(&"ro")
            }
        };
        let source = match source {
            None => MountSource::Anonymous,
            Some(s) if drive => MountSource::Bind(std::path::PathBuf::from(s)),
            Some(s) if s.starts_with('.') || s.starts_with('/') || s.starts_with('~') => {
                MountSource::Bind(self.bind_source(s))
            }
            Some(s) => MountSource::Volume(s.to_string()),
        };
        Some(Mount { source, target: fields::clean_container_path(target), read_only, create_host_path: true })
    }

    /// A bind mount's host path as compose has it: an absolute one as written (`/srv/data/`),
    /// a relative or `~` one resolved against the project and cleaned.
    fn bind_source(&self, text: &str) -> std::path::PathBuf {
        match text.starts_with('/') {
            true => std::path::PathBuf::from(text),
            false => self.path(text),
        }
    }

    pub(crate) fn depends_on(&mut self, node: &Node) -> Vec<Dependency> {
        match &node.value {
            Value::Seq(items) => items
                .iter()
                .filter_map(|n| {
                    self.string(n, "a dependency").map(|service| Dependency { service, ..Dependency::started(n.pos) })
                })
                .collect(),
            Value::Map(entries) => {
                let mut out = Vec::new();
                for (k, v) in entries {
                    let Some(service) = self.string(k, "a dependency") else {
                        continue;
                    };
                    let mut dep = Dependency { service, ..Dependency::started(k.pos) };
                    let mut condition_node = None;
                    if v.as_map().is_some() {
                        for (key, value) in self.entries(v, "depends_on", DEPENDS_KEYS, &[]) {
                            match key {
                                "condition" => condition_node = Some(value),
                                "restart" => dep.restart = self.bool(value, "depends_on.restart").unwrap_or(false),
                                _ => dep.required = self.bool(value, "depends_on.required").unwrap_or(true),
                            }
                        }
                    } else if !v.is_null() {
                        condition_node = Some(v);
                    }
                    let mut condition = Condition::Started;
                    if let Some(n) = condition_node {
                        match n.scalar() {
                            Some("service_started" | "started") => condition = Condition::Started,
                            Some("service_healthy" | "healthy") => condition = Condition::Healthy,
                            Some("service_completed_successfully" | "completed") => condition = Condition::Completed,
                            other => self.reader.errors.push(
                                Diagnostic::new(&self.reader.file, n.pos, format!("unknown depends_on condition '{}'", other.unwrap_or("")))
                                    .with_hint("use service_started, service_healthy or service_completed_successfully (or started, healthy, completed)"),
                            ),
                        }
                    }
                    out.push(Dependency { condition, ..dep });
                }
                out
            }
            _ => {
                self.error(node.pos, "depends_on must be a list or a map");
                Vec::new()
            }
        }
    }

    pub(crate) fn healthcheck(&mut self, node: &Node) -> Option<Healthcheck> {
        let mut hc = Healthcheck {
            test: None,
            interval: None,
            timeout: None,
            retries: None,
            start_period: None,
            start_interval: None,
        };
        for (key, value) in self.entries(node, "healthcheck", HEALTHCHECK_KEYS, &[]) {
            match key {
                "test" => hc.test = self.health_test(value),
                "interval" => hc.interval = self.duration(value, "healthcheck.interval"),
                "timeout" => hc.timeout = self.duration(value, "healthcheck.timeout"),
                "retries" => hc.retries = self.number(value, "healthcheck.retries"),
                "start_period" => hc.start_period = self.duration(value, "healthcheck.start_period"),
                "start_interval" => hc.start_interval = self.duration(value, "healthcheck.start_interval"),
                _ => {
                    if self.bool(value, "healthcheck.disable") == Some(true) {
                        hc.test = Some(HealthTest::None);
                    }
                }
            }
        }
        Some(hc)
    }

    pub(crate) fn health_test(&mut self, node: &Node) -> Option<HealthTest> {
        if let Some(text) = node.scalar() {
            return Some(HealthTest::Shell(text.to_string()));
        }
        let words: Vec<String> = match node.as_seq() {
            // compose takes only strings: `[CMD, true]` is refused, as a boolean.
            Some(items) => items.iter().filter_map(|n| self.text(n, "an entry of healthcheck.test")).collect(),
            None => self.strings(node, "healthcheck.test"),
        };
        match words.split_first() {
            Some((first, rest)) if first == "CMD" && !rest.is_empty() => Some(HealthTest::Cmd(rest.to_vec())),
            Some((first, rest)) if first == "CMD-SHELL" && !rest.is_empty() => Some(HealthTest::Shell(rest.join(" "))),
            Some((first, [])) if first == "NONE" => Some(HealthTest::None),
            _ => {
                self.reader.errors.push(Diagnostic::new(
                    &self.reader.file,
                    node.pos,
                    "healthcheck.test must be a string, [\"CMD\", …], [\"CMD-SHELL\", \"…\"] or [\"NONE\"]",
                ));
                None
            }
        }
    }

    pub(crate) fn restart(&mut self, node: &Node) -> Option<RestartPolicy> {
        let text = self.string(node, "restart")?;
        match text.as_str() {
            "no" | "false" => Some(RestartPolicy::No),
            "always" => Some(RestartPolicy::Always),
            "unless-stopped" => Some(RestartPolicy::UnlessStopped),
            "on-failure" => Some(RestartPolicy::OnFailure(None)),
            other => match other.strip_prefix("on-failure:").map(str::parse::<u32>) {
                Some(Ok(n)) => Some(RestartPolicy::OnFailure(Some(n))),
                // compose accepts it and its engine refuses it at up; berth leaves it out, and says so.
                _ => {
                    self.reader.warnings.push(
                        Diagnostic::new(
                            &self.reader.file,
                            node.pos,
                            format!("unknown restart policy '{other}': left out"),
                        )
                        .with_hint("use no, always, on-failure[:N] or unless-stopped"),
                    );
                    None
                }
            },
        }
    }

    pub(crate) fn service_networks(&mut self, node: &Node) -> Vec<ServiceNetwork> {
        match &node.value {
            Value::Seq(_) => self
                .strings(node, "networks")
                .into_iter()
                .map(|name| ServiceNetwork { name, ..ServiceNetwork::default() })
                .collect(),
            Value::Map(entries) => {
                let mut out = Vec::new();
                for (k, v) in entries {
                    let Some(name) = self.string(k, "a network") else {
                        continue;
                    };
                    let mut net = ServiceNetwork { name, detailed: v.as_map().is_some(), ..ServiceNetwork::default() };
                    for (key, value) in
                        self.entries(v, "a service network", SERVICE_NETWORK_KEYS, SERVICE_NETWORK_UNSUPPORTED)
                    {
                        match key {
                            "aliases" => net.aliases = self.strings(value, "aliases"),
                            "ipv4_address" => net.ipv4_address = self.string(value, "ipv4_address"),
                            "ipv6_address" => net.ipv6_address = self.string(value, "ipv6_address"),
                            _ => net.priority = self.number(value, "priority").unwrap_or(0),
                        }
                    }
                    out.push(net);
                }
                out
            }
            _ => {
                self.error(node.pos, "networks must be a list or a map");
                Vec::new()
            }
        }
    }
}

/// Published port bindings one service may have: as many as a host has ports. 200 entries
/// of 65k-port ranges asked for 13 million (7.6 GB) before this.
const MAX_PORT_BINDINGS: usize = 65_536;

/// The engine's rule for container names (compose's schema checks the same characters):
/// anything else, a newline included, fails at create or names a container ambiguously.
fn valid_container_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && name.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}
