//! Makes a stack real on a Docker engine through its API (bollard): networks,
//! volumes, images, containers in dependency order, readiness, teardown.
//! Knows nothing of terminals: progress leaves as [`events::Event`]s.

pub mod build_context;
pub mod buildkit;
pub mod container_files;
pub mod container_spec;
pub mod container_state;
mod dockerignore;
pub mod error;
pub mod events;
pub mod exec_session;
pub mod host_env;
pub mod host_ports;
pub mod images;
pub mod labels;
mod raw_create;
mod readiness;
mod resources;
pub mod runtime_options;
pub mod stats;
pub mod status;
pub mod up;

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
}

impl Engine {
    /// Connects to `DOCKER_HOST` (unix, tcp, or tcp with TLS via `DOCKER_TLS_VERIFY`/`DOCKER_CERT_PATH`)
    /// or the local socket, and agrees on an API version with it.
    pub async fn connect() -> Result<Engine, EngineError> {
        let endpoint = std::env::var("DOCKER_HOST")
            .ok()
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "unix:///var/run/docker.sock".to_string());
        let hint = if std::env::var_os("DOCKER_HOST").is_some() {
            "check DOCKER_HOST (and DOCKER_TLS_VERIFY / DOCKER_CERT_PATH for TLS), or unset it to use the local socket"
        } else {
            "start Docker (e.g. `sudo systemctl start docker` or `sudo dockerd &`), or set DOCKER_HOST"
        };
        let unreachable = |source| EngineError::Unreachable { host: endpoint.clone(), source, hint: hint.to_string() };
        let docker = Docker::connect_with_defaults().map_err(unreachable)?;
        let docker = docker.negotiate_version().await.map_err(unreachable)?;
        docker.ping().await.map_err(unreachable)?;
        let host = endpoint_host(&endpoint);
        let is_local = matches!(host.as_deref(), None | Some("127.0.0.1" | "localhost" | "::1"));
        Ok(Engine {
            docker,
            probe_host: host.filter(|h| h != "localhost").unwrap_or_else(|| "127.0.0.1".to_string()),
            endpoint,
            is_local,
        })
    }

    /// The engine's version and API version, for `doctor` and the headers of front ends.
    pub async fn version(&self) -> Result<(String, String), EngineError> {
        let v = self.docker.version().await.map_err(EngineError::docker("ask the engine for its version"))?;
        Ok((v.version.unwrap_or_default(), v.api_version.unwrap_or_default()))
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
