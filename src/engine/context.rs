//! Which engine to talk to, found as the Docker CLI finds it: `DOCKER_HOST`, else the
//! context named by `DOCKER_CONTEXT`, else the CLI config's `currentContext`, else the
//! local socket. Contexts are how colima, rootless Docker, Podman and Docker Desktop
//! users reach their engine; berth reads the same files the `docker` command does.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub const DEFAULT_SOCKET: &str = "unix:///var/run/docker.sock";

/// Where the engine is and how to reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `unix:///…`, `tcp://…`, `npipe://…`.
    pub host: String,
    /// The context it came from; None for `DOCKER_HOST` and the built-in default.
    pub context: Option<String>,
    /// Client certificate folder (ca.pem, cert.pem, key.pem) for a TLS engine.
    pub tls: Option<PathBuf>,
    /// How the endpoint was chosen, for `doctor` and error hints.
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    DockerHost,
    DockerContextVariable,
    CliConfig,
    Default,
}

impl Source {
    pub fn describe(self) -> &'static str {
        match self {
            Source::DockerHost => "DOCKER_HOST",
            Source::DockerContextVariable => "DOCKER_CONTEXT",
            Source::CliConfig => "the Docker CLI's current context (config.json)",
            Source::Default => "the default socket",
        }
    }
}

/// A context that is named but cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    #[error("Docker context '{name}' (from {from}) does not exist: no {path}")]
    Missing { name: String, from: &'static str, path: PathBuf },
    #[error("cannot read Docker context '{name}' at {path}: {reason}")]
    Unreadable { name: String, path: PathBuf, reason: String },
    #[error("Docker context '{name}' has no docker endpoint")]
    NoEndpoint { name: String },
    #[error("cannot read the Docker CLI config {path}: {reason}")]
    Config { path: PathBuf, reason: String },
}

/// What the lookup reads: the variables and the CLI's config folder. Tests pass their own.
pub struct Lookup<'a> {
    pub docker_host: Option<&'a str>,
    pub docker_context: Option<&'a str>,
    pub docker_tls_verify: bool,
    pub docker_cert_path: Option<&'a Path>,
    /// `$DOCKER_CONFIG`, or `~/.docker`.
    pub config_dir: &'a Path,
}

/// The CLI's config folder: `$DOCKER_CONFIG`, else `~/.docker`.
pub fn config_dir() -> PathBuf {
    match std::env::var_os("DOCKER_CONFIG").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => std::env::var_os("HOME").map_or_else(|| PathBuf::from(".docker"), |h| PathBuf::from(h).join(".docker")),
    }
}

/// Finds the endpoint from this process's environment.
pub fn from_env() -> Result<Endpoint, ContextError> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let (host, context, cert_path) = (var("DOCKER_HOST"), var("DOCKER_CONTEXT"), var("DOCKER_CERT_PATH"));
    let config_dir = config_dir();
    resolve(&Lookup {
        docker_host: host.as_deref(),
        docker_context: context.as_deref(),
        docker_tls_verify: var("DOCKER_TLS_VERIFY").is_some_and(|v| v != "0"),
        docker_cert_path: cert_path.as_deref().map(Path::new),
        config_dir: &config_dir,
    })
}

/// The Docker CLI's order: DOCKER_HOST, DOCKER_CONTEXT, the config's current context, default.
pub fn resolve(lookup: &Lookup<'_>) -> Result<Endpoint, ContextError> {
    if let Some(host) = lookup.docker_host {
        let tls = lookup
            .docker_tls_verify
            .then(|| lookup.docker_cert_path.map_or_else(|| lookup.config_dir.to_path_buf(), Path::to_path_buf));
        return Ok(Endpoint { host: host.to_string(), context: None, tls, source: Source::DockerHost });
    }
    let (name, source) = match lookup.docker_context {
        Some(name) => (Some(name.to_string()), Source::DockerContextVariable),
        None => (current_context(lookup.config_dir)?, Source::CliConfig),
    };
    match name.filter(|n| n != "default") {
        Some(name) => read_context(lookup.config_dir, &name, source),
        None => Ok(Endpoint { host: DEFAULT_SOCKET.to_string(), context: None, tls: None, source: Source::Default }),
    }
}

fn current_context(config_dir: &Path) -> Result<Option<String>, ContextError> {
    let path = config_dir.join("config.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(ContextError::Config { path, reason: e.to_string() }),
    };
    let config: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| ContextError::Config { path, reason: e.to_string() })?;
    Ok(config.get("currentContext").and_then(|c| c.as_str()).filter(|c| !c.is_empty()).map(str::to_string))
}

/// The CLI stores a context under the SHA-256 of its name.
fn context_id(name: &str) -> String {
    Sha256::digest(name.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn read_context(config_dir: &Path, name: &str, source: Source) -> Result<Endpoint, ContextError> {
    let id = context_id(name);
    let path = config_dir.join("contexts").join("meta").join(&id).join("meta.json");
    let text = std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            ContextError::Missing { name: name.to_string(), from: source.describe(), path: path.clone() }
        }
        _ => ContextError::Unreadable { name: name.to_string(), path: path.clone(), reason: e.to_string() },
    })?;
    let meta: serde_json::Value = serde_json::from_str(&text).map_err(|e| ContextError::Unreadable {
        name: name.to_string(),
        path: path.clone(),
        reason: e.to_string(),
    })?;
    let docker = meta.pointer("/Endpoints/docker").ok_or(ContextError::NoEndpoint { name: name.to_string() })?;
    let host = docker
        .get("Host")
        .and_then(|h| h.as_str())
        .filter(|h| !h.is_empty())
        .ok_or(ContextError::NoEndpoint { name: name.to_string() })?;
    let tls_dir = config_dir.join("contexts").join("tls").join(&id).join("docker");
    let tls = tls_dir.join("cert.pem").exists().then_some(tls_dir);
    Ok(Endpoint { host: host.to_string(), context: Some(name.to_string()), tls, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_context(config: &Path, name: &str, host: &str) {
        let dir = config.join("contexts/meta").join(context_id(name));
        std::fs::create_dir_all(&dir).unwrap();
        let meta = serde_json::json!({"Name": name, "Metadata": {}, "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": false}}});
        std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
    }

    fn lookup<'a>(config: &'a Path, host: Option<&'a str>, context: Option<&'a str>) -> Lookup<'a> {
        Lookup {
            docker_host: host,
            docker_context: context,
            docker_tls_verify: false,
            docker_cert_path: None,
            config_dir: config,
        }
    }

    #[test]
    fn the_cli_order_docker_host_then_docker_context_then_the_config_then_the_socket() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path();
        write_context(config, "colima", "unix:///home/dev/.colima/default/docker.sock");
        write_context(config, "remote", "tcp://10.0.0.5:2375");
        let default = resolve(&lookup(config, None, None)).unwrap();
        assert_eq!((default.host.as_str(), default.source), (DEFAULT_SOCKET, Source::Default));

        std::fs::write(config.join("config.json"), r#"{"auths": {}, "currentContext": "colima"}"#).unwrap();
        let current = resolve(&lookup(config, None, None)).unwrap();
        assert_eq!(current.host, "unix:///home/dev/.colima/default/docker.sock");
        assert_eq!((current.context.as_deref(), current.source), (Some("colima"), Source::CliConfig));

        let chosen = resolve(&lookup(config, None, Some("remote"))).unwrap();
        assert_eq!((chosen.host.as_str(), chosen.source), ("tcp://10.0.0.5:2375", Source::DockerContextVariable));

        let host = resolve(&lookup(config, Some("tcp://127.0.0.1:2375"), Some("remote"))).unwrap();
        assert_eq!((host.host.as_str(), host.context, host.source), ("tcp://127.0.0.1:2375", None, Source::DockerHost));

        let named_default = resolve(&lookup(config, None, Some("default"))).unwrap();
        assert_eq!(named_default.host, DEFAULT_SOCKET);
    }

    #[test]
    fn the_context_id_is_the_sha256_of_its_name_as_the_cli_stores_it() {
        // `docker context create desktop-linux` stores it under this folder.
        assert_eq!(context_id("desktop-linux"), "fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e");
    }

    #[test]
    fn a_missing_or_broken_context_says_which_and_where() {
        let dir = tempfile::tempdir().unwrap();
        let err = resolve(&lookup(dir.path(), None, Some("colima"))).unwrap_err().to_string();
        assert!(err.contains("Docker context 'colima' (from DOCKER_CONTEXT) does not exist"), "{err}");
        std::fs::write(dir.path().join("config.json"), "{not json").unwrap();
        let err = resolve(&lookup(dir.path(), None, None)).unwrap_err().to_string();
        assert!(err.contains("cannot read the Docker CLI config"), "{err}");
    }

    #[test]
    fn tls_material_comes_from_the_contexts_tls_folder_or_docker_cert_path() {
        let dir = tempfile::tempdir().unwrap();
        write_context(dir.path(), "secure", "tcp://10.0.0.5:2376");
        let tls = dir.path().join("contexts/tls").join(context_id("secure")).join("docker");
        std::fs::create_dir_all(&tls).unwrap();
        std::fs::write(tls.join("cert.pem"), "x").unwrap();
        assert_eq!(resolve(&lookup(dir.path(), None, Some("secure"))).unwrap().tls, Some(tls));
        let certs = Path::new("/certs");
        let mut with_host = lookup(dir.path(), Some("tcp://h:2376"), None);
        with_host.docker_tls_verify = true;
        with_host.docker_cert_path = Some(certs);
        assert_eq!(resolve(&with_host).unwrap().tls.as_deref(), Some(certs));
    }
}
