//! Makes a stack real on a Docker engine through its API (bollard): networks,
//! volumes, images, containers in dependency order, readiness, teardown.
//! Knows nothing of terminals: progress leaves as [`events::Event`]s.

pub mod build_context;
pub mod buildkit;
pub mod container_files;
pub mod container_io;
pub mod container_ops;
pub mod container_spec;
pub mod container_state;
pub mod context;
mod dockerignore;
pub mod dry_run;
pub mod error;
pub mod events;
pub mod exec_session;
pub mod hooks;
pub mod host_env;
pub mod host_ports;
pub mod images;
pub mod labels;
mod log_tail;
pub mod one_off;
pub mod patience;
pub mod project_ops;
mod raw_create;
pub mod readiness;
pub mod resources;
pub mod runtime_options;
pub mod stats;
pub mod status;
pub mod swarm;
pub mod timings;
pub mod up;
pub mod watch;

use bollard::Docker;

pub use container_state::{ContainerState, Health};
pub use error::{BusyPort, EngineError};
pub use events::{Event, Failure, ServiceEvent, StackEvent};

/// A connection to one Docker engine.
#[derive(Clone)]
pub struct Engine {
    pub docker: Docker,
    /// Where the engine was found, as the user would write it (`unix:///var/run/docker.sock`, `tcp://…`).
    pub endpoint: String,
    /// The address published ports are reached on from here.
    pub probe_host: String,
    /// True when the engine runs on this machine, so host ports can be checked locally.
    pub is_local: bool,
    /// The Docker context the endpoint came from, when one did.
    pub context: Option<String>,
    /// How the endpoint was chosen (DOCKER_HOST, a context, the default socket).
    pub source: context::Source,
    /// Client certificates of a TLS engine.
    pub tls: Option<std::path::PathBuf>,
    /// How many operations (pulls, builds, creates, starts, stops) run at once: compose's
    /// `--parallel` / COMPOSE_PARALLEL_LIMIT; unlimited unless set.
    parallel: std::sync::Arc<tokio::sync::Semaphore>,
    /// Whether a watch rebuild removes the image it replaced when nothing else names it
    /// (compose's `watch --prune`, on by default).
    pub prune_rebuilt: bool,
}

impl Engine {
    /// Connects to the engine the Docker CLI would use (`DOCKER_HOST`, `DOCKER_CONTEXT`, the
    /// CLI config's current context, the local socket), with TLS when the endpoint has client
    /// certificates, and agrees on an API version with it.
    pub async fn connect() -> Result<Engine, EngineError> {
        let found = context::from_env().map_err(EngineError::Context)?;
        let endpoint = found.host.clone();
        let hint = match found.source {
            context::Source::DockerHost => "check DOCKER_HOST (and DOCKER_TLS_VERIFY / DOCKER_CERT_PATH for TLS), or unset it to use the local socket".to_string(),
            context::Source::Default => "start Docker (e.g. `sudo systemctl start docker` or `sudo dockerd &`), or set DOCKER_HOST or a Docker context".to_string(),
            _ => format!(
                "the Docker context '{}' points there: start that engine, or pick another with `docker context use` or DOCKER_CONTEXT",
                found.context.as_deref().unwrap_or_default()
            ),
        };
        let docker = open(&found, &hint).await?;
        let host = endpoint_host(&endpoint);
        let is_local = matches!(host.as_deref(), None | Some("127.0.0.1" | "localhost" | "::1"));
        Ok(Engine {
            docker,
            probe_host: host.filter(|h| h != "localhost").unwrap_or_else(|| "127.0.0.1".to_string()),
            endpoint,
            is_local,
            context: found.context,
            source: found.source,
            tls: found.tls,
            parallel: std::sync::Arc::new(tokio::sync::Semaphore::new(tokio::sync::Semaphore::MAX_PERMITS)),
            prune_rebuilt: true,
        })
    }

    /// At most `limit` operations at once from now on (at least one).
    pub fn limit_parallel(&mut self, limit: usize) {
        self.parallel = std::sync::Arc::new(tokio::sync::Semaphore::new(limit.max(1)));
    }

    /// A turn for one operation on the engine, held while it runs. Never nested: a holder
    /// that waited for another turn could wait for ever.
    pub async fn turn(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        self.parallel.acquire().await.ok()
    }

    /// The engine as berth's own requests reach it (BuildKit sessions, raw creates).
    pub fn wire_target(&self) -> buildkit::wire::Target<'_> {
        buildkit::wire::Target { host: &self.endpoint, tls: self.tls.as_deref() }
    }

    /// The engine's version and API version, for `doctor` and the headers of front ends.
    pub async fn version(&self) -> Result<(String, String), EngineError> {
        let v = self.docker.version().await.map_err(EngineError::docker("ask the engine for its version"))?;
        Ok((v.version.unwrap_or_default(), v.api_version.unwrap_or_default()))
    }
}

/// A client for the endpoint that has agreed on an API version with the engine and heard
/// it answer; `hint` says what to do when it does not.
async fn open(endpoint: &context::Endpoint, hint: &str) -> Result<Docker, EngineError> {
    let unreachable = |source| EngineError::Unreachable { host: endpoint.host.clone(), source, hint: hint.to_string() };
    let docker = dial(endpoint).map_err(unreachable)?;
    let docker = docker.negotiate_version().await.map_err(unreachable)?;
    docker.ping().await.map_err(unreachable)?;
    Ok(docker)
}

/// A client for the endpoint: a socket, plain TCP, or TLS with the endpoint's certificates.
fn dial(endpoint: &context::Endpoint) -> Result<Docker, bollard::errors::Error> {
    const TIMEOUT_SECS: u64 = 120;
    let host = endpoint.host.as_str();
    if let Some(path) = host.strip_prefix("unix://") {
        return Docker::connect_with_unix(path, TIMEOUT_SECS, bollard::API_DEFAULT_VERSION);
    }
    match &endpoint.tls {
        Some(dir) => Docker::connect_with_ssl(
            host,
            &dir.join("key.pem"),
            &dir.join("cert.pem"),
            &dir.join("ca.pem"),
            TIMEOUT_SECS,
            bollard::API_DEFAULT_VERSION,
        ),
        None => Docker::connect_with_http(host, TIMEOUT_SECS, bollard::API_DEFAULT_VERSION),
    }
}

/// The host part of a tcp/http(s) endpoint; None for sockets.
fn endpoint_host(endpoint: &str) -> Option<String> {
    let rest = endpoint
        .strip_prefix("tcp://")
        .or_else(|| endpoint.strip_prefix("http://"))
        .or_else(|| endpoint.strip_prefix("https://"))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    Some(host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_hosts() {
        assert_eq!(endpoint_host("unix:///var/run/docker.sock"), None);
        assert_eq!(endpoint_host("tcp://127.0.0.1:2375").as_deref(), Some("127.0.0.1"));
        assert_eq!(endpoint_host("tcp://docker.internal:2376/").as_deref(), Some("docker.internal"));
        assert_eq!(endpoint_host("tcp://[::1]:2375").as_deref(), Some("::1"));
    }
}
