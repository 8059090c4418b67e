//! Failures of engine operations as a whole (a single service failing is an event, not an error).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("cannot reach the Docker engine at {host}: {source}")]
    Unreachable {
        host: String,
        #[source]
        source: bollard::errors::Error,
        hint: String,
    },
    #[error(transparent)]
    Context(super::context::ContextError),
    #[error("{}", busy_message(.0))]
    PortsBusy(Vec<BusyPort>),
    #[error("a {kind} named '{name}' exists but berth did not create it (it lacks the stack's labels)")]
    NotOurs { kind: &'static str, name: String },
    #[error("failed to {action}: {source}")]
    Docker {
        action: String,
        #[source]
        source: bollard::errors::Error,
    },
    #[error("cannot read build context {path}: {source}")]
    BuildContext {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("unknown service '{0}' in this stack")]
    UnknownService(String),
    #[error("the engine did not attach to the command")]
    NotAttached,
    #[error("service '{service}' is not running (its container is {state})")]
    NotRunning { service: String, state: super::ContainerState },
    #[error(transparent)]
    Probe(#[from] crate::probe::ProbeError),
    #[error("the Docker engine at {endpoint} is not part of a swarm (its swarm state is '{state}')")]
    NotSwarm { endpoint: String, state: String },
    #[error("the Docker engine at {endpoint} is a swarm worker: only a manager can deploy services")]
    NotManager { endpoint: String },
    /// Something Swarm cannot do the way the stack asks.
    #[error("{0}")]
    SwarmUnsupported(String),
    /// Services this engine cannot start as the file asks (a provider, models).
    #[error("{0}")]
    CannotRun(String),
    /// A `post_start` or `pre_stop` hook of the service failed (engine::hooks).
    #[error("the {kind} hook of service '{service}' {message}")]
    Hook { service: String, kind: &'static str, message: String },
    /// A task of berth's own ended without an answer (it panicked or was cancelled).
    #[error("a service task failed: {0}")]
    Task(#[source] tokio::task::JoinError),
}

impl EngineError {
    pub fn docker(action: impl Into<String>) -> impl FnOnce(bollard::errors::Error) -> EngineError {
        let action = action.into();
        move |source| EngineError::Docker { action, source }
    }

    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            EngineError::Unreachable { hint, .. } => Some(hint.clone()),
            EngineError::PortsBusy(_) => Some("stop what holds the port, or publish another host port (for the default stack: LOCALSTACK_PORT, POSTGRES_PORT, REDIS_PORT, BACKEND_PORT, STOREFRONT_PORT)".into()),
            EngineError::Hook { kind: "pre_stop", .. } => Some("the container was left running: fix the hook in the stack file, or `berth kill SERVICE` (which runs no hook) and then `berth down`".into()),
            EngineError::Hook { .. } => Some("fix the hook's command in the stack file (try it with `berth exec SERVICE …`)".into()),
            EngineError::NotOurs { .. } => Some("remove or rename it yourself, or set a different container_name / stack name".into()),
            EngineError::Context(_) => Some("list the contexts with `docker context ls`; pick one with `docker context use NAME` or DOCKER_CONTEXT, or set DOCKER_HOST".into()),
            EngineError::NotRunning { .. } => Some("start it with `berth up SERVICE` (or `berth start SERVICE`)".into()),
            EngineError::NotSwarm { .. } => Some("make it a manager with `docker swarm init` (or join it to a swarm), point DOCKER_HOST or a Docker context at a manager, or run on one engine (`--engine containers`)".into()),
            EngineError::NotManager { .. } => Some("point DOCKER_HOST or a Docker context at a manager node (`docker node ls` on a manager lists them)".into()),
            _ => None,
        }
    }
}

/// A host port the stack wants that something else holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusyPort {
    pub service: String,
    pub port: u16,
    /// Who holds it, where the OS or the engine tells.
    pub holder: Option<String>,
}

fn busy_message(ports: &[BusyPort]) -> String {
    let list: Vec<String> = ports
        .iter()
        .map(|p| match &p.holder {
            Some(h) => format!("{} (service '{}') is held by {h}", p.port, p.service),
            None => format!("{} (service '{}') is in use", p.port, p.service),
        })
        .collect();
    format!("host port {}; nothing was created", list.join(", "))
}
