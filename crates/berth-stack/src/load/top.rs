//! The top level of a stack file: its name, services map, networks, volumes, secrets,
//! configs and seed folder.

use std::collections::BTreeMap;
use std::path::Path;

use super::context::Cx;
use super::keys::*;
use crate::deploy::EngineKind;
use crate::model::*;
use crate::yaml::Node;

/// The variable that names the registry a cluster's nodes pull built images from, over
/// `x-berth.registry`.
pub const REGISTRY_VARIABLE: &str = "BERTH_REGISTRY";

/// Real stacks have tens of services, the largest public compose files a few hundred;
/// each service's model takes under 2 KB, so this keeps a hostile file within berth's
/// memory bar (100 MB for any file up to the 16 MiB cap).
pub const MAX_SERVICES: usize = 10_000;

impl Cx<'_> {
    pub(crate) fn stack(&mut self, root: &Node) -> Option<Stack> {
        if root.as_map().is_none() {
            self.error(root.pos, "a stack file must be a map with a 'services' key");
            return None;
        }
        let mut name = None;
        let mut seed = None;
        let mut services = Vec::new();
        let mut networks = Vec::new();
        let mut volumes = Vec::new();
        let mut saw_services = false;
        let mut registry = None;
        self.engine = self.engine_kind(root);
        if let Some((_, defs)) = root.as_map().and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("secrets"))) {
            self.secrets = self.secret_definitions(defs, "secret");
        }
        if let Some((_, defs)) = root.as_map().and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("configs"))) {
            self.configs = self.secret_definitions(defs, "config");
        }
        for (key, value) in self.entries(root, "the stack file", TOP_KEYS, TOP_UNSUPPORTED) {
            match key {
                "name" => name = self.string(value, "name"),
                "version" | "secrets" | "configs" => {}
                "seed" => seed = self.seed(value),
                "x-berth" => {
                    for (k, v) in self.entries(value, "x-berth", X_BERTH_TOP_KEYS, &[]) {
                        match k {
                            "seed" => seed = self.seed(v),
                            "registry" => registry = self.string(v, "x-berth.registry"),
                            // Read before the services, by engine_kind.
                            "engine" => {}
                            _ => name = self.string(v, "x-berth.name"),
                        }
                    }
                }
                "services" => {
                    saw_services = true;
                    let Some(map) = value.as_map() else {
                        self.error(value.pos, "services must be a map of service names to definitions");
                        continue;
                    };
                    if map.len() > MAX_SERVICES {
                        self.error(
                            value.pos,
                            format!("{} services: berth runs at most {MAX_SERVICES} in one stack", map.len()),
                        );
                        continue;
                    }
                    services.reserve_exact(map.len());
                    for (k, v) in map {
                        if let Some(service_name) = self.string(k, "a service name") {
                            if !valid_service_name(&service_name) {
                                self.error(
                                    k.pos,
                                    format!("invalid service name '{service_name}': use letters, digits, '.', '_' and '-', starting with a letter or digit (as compose requires)"),
                                );
                                continue;
                            }
                            services.push(self.service(&service_name, k.pos, v));
                        }
                    }
                }
                "networks" => networks = self.definitions(value, "networks", NETWORK_DEF_KEYS),
                _ => {
                    volumes = self
                        .definitions(value, "volumes", VOLUME_DEF_KEYS)
                        .into_iter()
                        .map(|d| VolumeDef {
                            name: d.name,
                            docker_name: d.docker_name,
                            driver: d.driver,
                            external: d.external,
                            pos: d.pos,
                            labels: d.labels,
                            driver_opts: d.driver_opts,
                        })
                        .collect()
                }
            }
        }
        if !saw_services {
            // compose accepts such a file (its `up` then has nothing to run); berth says so.
            self.warn(root.pos, "the stack file has no 'services': there is nothing to run".to_string());
        }
        // As in compose, the environment's project name wins over the file's.
        // A name given explicitly (-p, COMPOSE_PROJECT_NAME) is taken as it is or refused, as
        // compose does; the file's `name:` and the folder's name are normalized.
        let name = match self.vars.get("COMPOSE_PROJECT_NAME").filter(|n| !n.is_empty()) {
            Some(n) if normalize_name(n) != *n || !n.starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                self.error(
                    root.pos,
                    format!(
                        "invalid project name \"{}\" (from -p or COMPOSE_PROJECT_NAME): it must consist only of lowercase letters, digits, '-' and '_', and start with a letter or digit",
                        n.escape_debug()
                    ),
                );
                n.to_string()
            }
            Some(n) => n.to_string(),
            None => name.unwrap_or_else(|| default_name(&self.reader.file, self.dir)),
        };
        let name = normalize_name(&name);
        if name.is_empty() {
            self.error(root.pos, "the stack name is empty: set 'name:' to letters, digits, '-' or '_'");
        }
        Some(Stack {
            name,
            file: self.reader.file.clone(),
            sources: vec![self.reader.file.clone()],
            dir: self.dir.to_path_buf(),
            services,
            networks,
            volumes,
            seed,
            engine: self.engine,
            registry: self.vars.get(REGISTRY_VARIABLE).filter(|r| !r.is_empty()).map(str::to_string).or(registry),
        })
    }

    /// The variable `BERTH_ENGINE` (the environment, `.env`, `--engine`), else
    /// `x-berth.engine`, else one engine's containers. Read first: the services' `deploy:`
    /// keys are checked against it.
    fn engine_kind(&mut self, root: &Node) -> EngineKind {
        if let Some(text) = self.vars.get(EngineKind::VARIABLE).filter(|t| !t.is_empty()) {
            return match EngineKind::parse(text) {
                Ok(kind) => kind,
                Err(e) => {
                    self.error(root.pos, format!("{} {e}", EngineKind::VARIABLE));
                    EngineKind::default()
                }
            };
        }
        let node = root
            .as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("x-berth")))
            .and_then(|(_, x)| x.as_map())
            .and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("engine")))
            .map(|(_, v)| v.clone());
        let Some(node) = node else { return EngineKind::default() };
        let Some(text) = self.string(&node, "x-berth.engine") else { return EngineKind::default() };
        EngineKind::parse(&text).unwrap_or_else(|e| {
            self.error(node.pos, e);
            EngineKind::default()
        })
    }

    /// `seed: FOLDER` or `seed: {folder: FOLDER, before: [SERVICE…], replaces: [SERVICE…]}`.
    pub(crate) fn seed(&mut self, node: &Node) -> Option<SeedConfig> {
        if let Some(folder) = node.scalar() {
            return Some(SeedConfig {
                folder: self.path(folder),
                before: Vec::new(),
                replaces: Vec::new(),
                pos: node.pos,
            });
        }
        let mut config =
            SeedConfig { folder: self.path("seed"), before: Vec::new(), replaces: Vec::new(), pos: node.pos };
        for (key, value) in self.entries(node, "seed", &["folder", "before", "replaces"], &[]) {
            match key {
                "folder" => {
                    if let Some(f) = self.string(value, "seed.folder") {
                        config.folder = self.path(&f);
                    }
                }
                "replaces" => config.replaces = self.strings(value, "seed.replaces"),
                _ => config.before = self.strings(value, "seed.before"),
            }
        }
        Some(config)
    }

    /// `ipam: {driver, config: [{subnet, ip_range, gateway}]}`.
    pub(crate) fn ipam(&mut self, node: &Node, what: &str) -> NetworkIpam {
        let mut ipam = NetworkIpam::default();
        for (key, value) in self.entries(node, what, &["driver", "config"], &["options"]) {
            if key == "driver" {
                ipam.driver = self.string(value, &format!("{what}.driver"));
                continue;
            }
            let Some(items) = value.as_seq() else {
                self.error(value.pos, format!("{what}.config must be a list of {{subnet, ip_range, gateway}}"));
                continue;
            };
            for item in items {
                let mut pool = IpamPool::default();
                for (k, v) in self.entries(
                    item,
                    &format!("{what}.config"),
                    &["subnet", "ip_range", "gateway"],
                    &["aux_addresses"],
                ) {
                    let text = self.string(v, k);
                    match k {
                        "subnet" => pool.subnet = text,
                        "ip_range" => pool.ip_range = text,
                        _ => pool.gateway = text,
                    }
                }
                ipam.pools.push(pool);
            }
        }
        ipam
    }

    /// Top-level networks or volumes as written (a volume reads only the keys it has).
    pub(crate) fn definitions(&mut self, node: &Node, what: &str, keys: &[&str]) -> Vec<NetworkDef> {
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(node.pos, format!("{what} must be a map"));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in map {
            let Some(name) = self.string(k, what) else {
                continue;
            };
            let mut def = NetworkDef { name, pos: k.pos, ..NetworkDef::default() };
            let context = format!("{what}.{}", def.name);
            for (key, value) in self.entries(v, &context, keys, DEFINITION_UNSUPPORTED) {
                let field = format!("{context}.{key}");
                match key {
                    "name" => def.docker_name = self.string(value, &field),
                    "driver" => def.driver = self.string(value, &field),
                    "external" => def.external = self.bool(value, &field).unwrap_or(false),
                    "labels" => def.labels = self.key_values(value, &field, false),
                    "driver_opts" => def.driver_opts = self.key_values(value, &field, false),
                    "internal" => def.internal = self.bool(value, &field).unwrap_or(false),
                    "attachable" => def.attachable = self.bool(value, &field).unwrap_or(false),
                    "enable_ipv6" => def.enable_ipv6 = self.bool(value, &field).unwrap_or(false),
                    "ipam" => def.ipam = Some(self.ipam(value, &field)),
                    _ => {}
                }
            }
            out.push(def);
        }
        out
    }

    /// Top-level `secrets: {NAME: {file: PATH} | {environment: VARIABLE}}`.
    /// Top-level `secrets:` or (`kind` "config") `configs:`, which may also give `content:`.
    pub(crate) fn secret_definitions(&mut self, node: &Node, kind: &str) -> BTreeMap<String, SecretSource> {
        let mut out = BTreeMap::new();
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(
                    node.pos,
                    format!("{kind}s must be a map of names to {{file: PATH}} or {{environment: VARIABLE}}"),
                );
            }
            return out;
        };
        let keys: &[&str] = if kind == "config" {
            &["file", "environment", "content", "name", "external"]
        } else {
            &["file", "environment", "name", "external"]
        };
        for (k, v) in map {
            let Some(name) = self.string(k, &format!("a {kind} name")) else { continue };
            let context = format!("{kind}s.{name}");
            let mut source = None;
            let (mut external, mut outside_name) = (false, None);
            for (key, value) in self.entries(v, &context, keys, &[]) {
                match key {
                    "external" => external = self.bool(value, "external").unwrap_or(false),
                    "name" => outside_name = self.string(value, "name"),
                    "file" => source = self.string(value, "file").map(|f| SecretSource::File(self.path(&f))),
                    "content" => source = self.string(value, "content").map(|c| SecretSource::Content(Redacted(c))),
                    "environment" => {
                        let Some(variable) = self.string(value, "environment") else { continue };
                        match self.vars.get(&variable) {
                            Some(v) => {
                                let value = Redacted(v.to_string());
                                source = Some(SecretSource::Env { variable, value });
                            }
                            // As compose: the file is fine; a container that needs the value is not.
                            None => source = Some(SecretSource::EnvUnset { variable }),
                        }
                    }
                    _ => {}
                }
            }
            if external {
                source = Some(SecretSource::External { name: outside_name.unwrap_or_else(|| name.clone()) });
            }
            match source {
                Some(source) => {
                    out.insert(name, source);
                }
                None => {
                    let needs = if kind == "config" { "file|environment|content" } else { "file|environment" };
                    self.error(v.pos, format!("{kind}s.{name}: one of {needs} must be set (or external: true)"));
                    self.secrets_in_error.insert(name);
                }
            }
        }
        out
    }
}

/// The project's name as the files will give it, for `${COMPOSE_PROJECT_NAME}` inside them
/// (compose provides it so): the last file's top-level `name:` with its variables filled in,
/// else the default. Only the names are looked at; the files are read in full afterwards.
pub(crate) fn name_ahead(
    sources: &[(std::path::PathBuf, String)],
    dir: &Path,
    vars: &crate::interpolate::Vars,
) -> String {
    let named = sources.iter().rev().find_map(|(_, text)| {
        let (docs, _) = crate::yaml::parse_documents_noting_tags(text).ok()?;
        docs.iter().rev().find_map(|doc| {
            let (_, value) = doc.as_map()?.iter().find(|(k, _)| k.scalar() == Some("name"))?;
            crate::interpolate::interpolate(value.scalar()?, vars).ok()
        })
    });
    let first = sources.first().map_or(Path::new("compose.yaml"), |(p, _)| p.as_path());
    normalize_name(&named.unwrap_or_else(|| default_name(first, dir)))
}

fn default_name(file: &Path, dir: &Path) -> String {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let is_compose = stem.contains("compose");
    if is_compose {
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        abs.file_name().and_then(|s| s.to_str()).unwrap_or("stack").to_string()
    } else {
        stem.to_string()
    }
}

/// Names as Docker accepts them for containers and networks: lowercase letters, digits, `-`, `_`.
/// Compose's rule for service names: `[a-zA-Z0-9][a-zA-Z0-9._-]*`.
fn valid_service_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn normalize_name(name: &str) -> String {
    name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}
