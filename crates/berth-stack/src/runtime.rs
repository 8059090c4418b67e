//! The container settings compose files give beyond image, command and ports:
//! the service keys that map onto the engine's container options (DNS, hosts,
//! limits, capabilities, namespaces, logging, pull policy …). Read here into
//! [`Runtime`] by `load::runtime_keys`; the engine turns them into the create request.

use std::collections::BTreeMap;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Runtime {
    pub stdin_open: bool,
    pub init: Option<bool>,
    pub privileged: bool,
    pub read_only: bool,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    /// The container's MAC address on its first network.
    pub mac_address: Option<String>,
    pub platform: Option<String>,
    pub runtime: Option<String>,
    pub ipc: Option<String>,
    pub pid: Option<String>,
    pub userns_mode: Option<String>,
    pub network_mode: Option<NetworkMode>,
    pub stop_signal: Option<String>,
    pub stop_grace_period: Option<Duration>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_opt: Vec<String>,
    /// `HOST:IP` as the engine takes them (`host-gateway` is resolved by the engine).
    pub extra_hosts: Vec<String>,
    pub security_opt: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub group_add: Vec<String>,
    /// `PORT/PROTO`, exposed to the other services, not published.
    pub expose: Vec<String>,
    /// `SERVICE` or `SERVICE:ALIAS`.
    pub links: Vec<String>,
    pub devices: Vec<Device>,
    pub volumes_from: Vec<VolumesFrom>,
    pub ulimits: Vec<Ulimit>,
    pub sysctls: BTreeMap<String, String>,
    pub storage_opt: BTreeMap<String, String>,
    pub logging: Option<Logging>,
    pub shm_size: Option<i64>,
    pub mem_limit: Option<i64>,
    pub mem_reservation: Option<i64>,
    pub nano_cpus: Option<i64>,
    pub cpu_shares: Option<i64>,
    pub pids_limit: Option<i64>,
    pub oom_score_adj: Option<i64>,
    pub pull_policy: PullPolicy,
    /// `develop.watch` rules: what `berth watch` (and `up --watch`) does when files change.
    pub watch: Vec<WatchRule>,
    /// `deploy.restart_policy`, used when the service has no `restart`.
    pub deploy_restart: Option<RestartPolicy>,
    /// `deploy:` as a cluster engine reads it.
    pub deploy: super::deploy::Deploy,
    /// `use_api_socket: true`: the engine's API socket is mounted into the container.
    pub use_api_socket: bool,
    /// `provider: {type: …}`: a service an external program provides instead of a container
    /// (compose runs it as a plugin); berth accepts the file and refuses to start it.
    pub provider: Option<String>,
    /// `models:` the service binds to (Docker Model Runner); berth accepts the file and refuses
    /// to start it, as compose does without the model plugin.
    pub models: Vec<String>,
    /// `post_start:` commands run in the container each time `up` starts it.
    pub post_start: Vec<Hook>,
    /// `pre_stop:` commands run in the container before `stop`, `restart` or `down` stops it.
    pub pre_stop: Vec<Hook>,
}

/// One lifecycle hook: a command run inside the service's container, as `exec` would.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hook {
    pub command: Vec<String>,
    /// Who runs it; the container's user when unset.
    pub user: Option<String>,
    pub privileged: bool,
    pub working_dir: Option<String>,
    pub environment: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NetworkMode {
    Host,
    None,
    Bridge,
    /// Share the network namespace of another service of the stack.
    Service(String),
    /// Share the network namespace of a container by name or id.
    Container(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    pub host: String,
    pub container: String,
    pub permissions: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VolumesFrom {
    /// A service of the stack, or (`container:NAME`) any container.
    pub source: VolumesSource,
    pub read_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum VolumesSource {
    Service(String),
    Container(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ulimit {
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    pub driver: Option<String>,
    pub options: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum PullPolicy {
    /// Pull when the image is missing (compose's default).
    #[default]
    Missing,
    Always,
    Never,
    /// Build the image, never pull it.
    Build,
    /// Pull again when the local image is older than this.
    Every(Duration),
    /// compose's `refresh`: ask the registry every time (berth pulls, as with `always`).
    Refresh,
}

/// One `develop.watch` rule, as compose reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct WatchRule {
    /// The watched file or folder, absolute.
    pub path: std::path::PathBuf,
    pub action: WatchAction,
    /// Where `sync` copies to in the container.
    pub target: Option<String>,
    /// `.dockerignore`-style patterns, relative to `path`.
    pub ignore: Vec<String>,
    /// The same kind of patterns; when given, only files matching one count.
    pub include: Vec<String>,
    /// Copy the whole path into the container when watching starts (sync rules only).
    pub initial_sync: bool,
    /// The command `sync+exec` runs after syncing.
    pub exec: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WatchAction {
    Sync,
    SyncExec,
    Restart,
    SyncRestart,
    Rebuild,
}

impl WatchAction {
    pub const NAMES: &'static [&'static str] = &["sync", "rebuild", "restart", "sync+restart", "sync+exec"];

    pub fn parse(name: &str) -> Option<WatchAction> {
        Some(match name {
            "sync" => WatchAction::Sync,
            "rebuild" => WatchAction::Rebuild,
            "restart" => WatchAction::Restart,
            "sync+restart" => WatchAction::SyncRestart,
            "sync+exec" => WatchAction::SyncExec,
            _ => return None,
        })
    }

    /// What it does, as the progress lines say it.
    pub fn describe(self) -> &'static str {
        match self {
            WatchAction::Sync => "sync",
            WatchAction::SyncExec => "sync and exec",
            WatchAction::Restart => "restart",
            WatchAction::SyncRestart => "sync and restart",
            WatchAction::Rebuild => "rebuild",
        }
    }

    pub fn syncs(self) -> bool {
        matches!(self, WatchAction::Sync | WatchAction::SyncExec | WatchAction::SyncRestart)
    }
}

impl Runtime {
    /// Services of the stack these settings name: they must exist and start first.
    pub fn services_needed(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(NetworkMode::Service(name)) = &self.network_mode {
            out.push(name.clone());
        }
        for from in &self.volumes_from {
            if let VolumesSource::Service(name) = &from.source {
                out.push(name.clone());
            }
        }
        for mode in [&self.ipc, &self.pid].into_iter().flatten() {
            if let Some(name) = mode.strip_prefix("service:") {
                out.push(name.to_string());
            }
        }
        for link in &self.links {
            out.push(link.split_once(':').map_or(link.as_str(), |(service, _)| service).to_string());
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestartPolicy {
    No,
    Always,
    OnFailure(Option<u32>),
    UnlessStopped,
}
