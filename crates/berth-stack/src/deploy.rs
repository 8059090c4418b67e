//! Which engine runs the stack, and compose's `deploy:` keys that only a cluster engine
//! (Swarm) acts on: replicas, placement, update config, endpoint mode, restart details.
//! On one engine they are read (so a file means the same everywhere) and named in a warning.

use std::collections::BTreeMap;
use std::time::Duration;

/// What the stack's services run as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EngineKind {
    /// One container per service on one Docker engine (local or remote), as compose runs them.
    #[default]
    Containers,
    /// One Swarm service per service on the cluster the Docker endpoint is a manager of.
    Swarm,
}

impl EngineKind {
    /// The variable (environment, `.env`, or `--engine`) that picks the engine for a run.
    pub const VARIABLE: &'static str = "BERTH_ENGINE";

    pub fn parse(text: &str) -> Result<EngineKind, String> {
        match text {
            "containers" | "docker" | "compose" => Ok(EngineKind::Containers),
            "swarm" => Ok(EngineKind::Swarm),
            other => Err(format!("engine '{other}': expected 'containers' or 'swarm'")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EngineKind::Containers => "containers",
            EngineKind::Swarm => "swarm",
        }
    }
}

/// `deploy:` as Swarm reads it. Resource limits live in the runtime options (compose applies
/// those on one engine too).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deploy {
    pub replicas: Option<u32>,
    /// `global`: one task per node.
    pub global: bool,
    pub constraints: Vec<String>,
    /// `spread:` preferences, e.g. `node.labels.zone`.
    pub spread: Vec<String>,
    pub max_replicas_per_node: Option<u32>,
    /// `vip` or `dnsrr`.
    pub endpoint_mode: Option<String>,
    pub update: Option<UpdateConfig>,
    /// `deploy.labels`: on the Swarm service, not its containers.
    pub labels: BTreeMap<String, String>,
    pub restart: RestartDetails,
    /// `deploy.resources.reservations.cpus` in billionths of a CPU (Swarm schedules by it).
    pub cpu_reservation: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateConfig {
    pub parallelism: Option<u32>,
    pub delay: Option<Duration>,
    /// `stop-first` or `start-first`.
    pub order: Option<String>,
    /// `continue`, `pause` or `rollback`.
    pub failure_action: Option<String>,
    pub monitor: Option<Duration>,
}

/// `deploy.restart_policy`'s timing, beside the condition the service's restart policy holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestartDetails {
    pub delay: Option<Duration>,
    pub window: Option<Duration>,
}
