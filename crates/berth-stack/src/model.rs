//! The stack as berth understands it, whichever file format it came from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Duration;

use super::diagnostic::Pos;
pub use super::emulator::Emulator;
pub use super::runtime::{RestartPolicy, Runtime};

#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    pub name: String,
    /// The stack file, and the folder relative paths in it are resolved against.
    pub file: PathBuf,
    pub dir: PathBuf,
    /// Every file the stack was merged from, `file` first.
    pub sources: Vec<PathBuf>,
    /// In the order the file declares them.
    pub services: Vec<Service>,
    pub networks: Vec<NetworkDef>,
    pub volumes: Vec<VolumeDef>,
    /// The fixtures (`seed:` or `x-berth.seed`).
    pub seed: Option<SeedConfig>,
    /// What runs the services: one engine's containers, or a Swarm cluster's services.
    pub engine: super::deploy::EngineKind,
    /// Where images berth builds are pushed for a cluster's other nodes (`x-berth.registry`).
    pub registry: Option<String>,
}

/// The name the seed step goes by in progress, reports and the UI; no service may take it
/// in a stack that seeds.
pub const SEED_STEP: &str = "seed";

#[derive(Debug, Clone, PartialEq)]
pub struct SeedConfig {
    /// The seed folder, resolved against the stack file's folder.
    pub folder: PathBuf,
    /// Services that start only once the fixtures are in place.
    pub before: Vec<String>,
    /// Services that do the seed's work for plain compose (a fixture job): berth leaves them
    /// out, and what waited for them waits for the seed instead.
    pub replaces: Vec<String>,
    pub pos: Pos,
}

impl Stack {
    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.name == name)
    }

    /// The engine's name for a network of the stack: its `name:`, an external one's own
    /// The container's engine name: its own `container_name`, else `STACK-SERVICE`.
    pub fn container_name(&self, svc: &Service) -> String {
        svc.container_name.clone().unwrap_or_else(|| format!("{}-{}", self.name, svc.name))
    }

    /// name, else `STACK_NAME` (`STACK_default` for the default network).
    pub fn network_name(&self, name: &str) -> String {
        let def = self.networks.iter().find(|n| n.name == name);
        engine_name(&self.name, name, def.map(|d| (&d.docker_name, d.external)))
    }

    /// The engine's name for a volume of the stack, by the same rule as networks.
    pub fn volume_name(&self, name: &str) -> String {
        let def = self.volumes.iter().find(|v| v.name == name);
        engine_name(&self.name, name, def.map(|d| (&d.docker_name, d.external)))
    }
}

fn engine_name(stack: &str, name: &str, def: Option<(&Option<String>, bool)>) -> String {
    match def {
        Some((Some(given), _)) => given.clone(),
        Some((None, true)) => name.to_string(),
        _ => format!("{stack}_{name}"),
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Service {
    pub name: String,
    pub pos: Pos,
    pub image: Option<String>,
    pub build: Option<Build>,
    pub container_name: Option<String>,
    pub command: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    /// `environment` merged over `env_file`, as compose does.
    pub environment: BTreeMap<String, String>,
    /// Names listed in `environment` without a value whose variable is unset:
    /// compose hands the bare name to the engine.
    pub environment_unset: BTreeSet<String>,
    pub ports: Vec<PortMapping>,
    pub volumes: Vec<Mount>,
    pub tmpfs: Vec<String>,
    pub depends_on: Vec<Dependency>,
    pub healthcheck: Option<Healthcheck>,
    pub restart: Option<RestartPolicy>,
    pub labels: BTreeMap<String, String>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    /// Networks with their aliases; empty means the stack's default network.
    pub networks: Vec<ServiceNetwork>,
    pub profiles: Vec<String>,
    pub tty: bool,
    pub probe: Option<Probe>,
    /// The AWS emulator it runs: said with `emulator:`, else known from its image.
    pub emulator: Option<Emulator>,
    /// Extra variables `berth env` prints for this service, as templates (`{host}`, `{port:N}`).
    pub host_env: BTreeMap<String, Vec<super::host_template::Piece>>,
    /// The engine options (DNS, hosts, limits, namespaces, logging, pull policy …).
    pub runtime: Runtime,
    /// Secrets and configs given to the container as files.
    pub files: Vec<ContainerFile>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Build {
    pub context: PathBuf,
    pub dockerfile: Option<String>,
    pub args: BTreeMap<String, String>,
    pub target: Option<String>,
    /// Secrets the Dockerfile can mount (`RUN --mount=type=secret,id=…`), never stored in a layer.
    pub secrets: Vec<BuildSecret>,
    pub cache_from: Vec<String>,
    pub labels: BTreeMap<String, String>,
    /// `pull: true` (or `build --pull`): the base images pulled again before the build.
    pub pull: bool,
    /// `no_cache: true` (or `build --no-cache`): every step built again.
    pub no_cache: bool,
    /// `build --memory`: the build container's memory limit in bytes (the classic builder's;
    /// BuildKit ignores it, as it does compose's).
    pub memory: Option<i64>,
}

/// A build secret: the id the Dockerfile mounts it by, and where its value comes from
/// (a top-level `secrets:` entry).
#[derive(Debug, Clone, PartialEq)]
pub struct BuildSecret {
    pub id: String,
    pub source: SecretSource,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SecretSource {
    File(PathBuf),
    /// The value of an environment variable, read when the stack was loaded.
    Env {
        variable: String,
        value: Redacted,
    },
    /// A config's `content:`, written in the file.
    Content(Redacted),
    /// `environment:` naming a variable that was not set when the stack was loaded. Compose
    /// accepts such a file and fails only when a container needs the value; so does berth.
    EnvUnset {
        variable: String,
    },
    /// `external: true`: made outside the project, by this name (a Swarm's secret store); one
    /// engine has no such store, so a container that needs it cannot run, as with compose.
    External {
        name: String,
    },
}

impl SecretSource {
    /// Why a container (or a build) cannot be given this secret or config, if it cannot.
    pub fn unavailable(&self, kind: &str, name: &str) -> Option<String> {
        match self {
            SecretSource::EnvUnset { variable } => Some(format!(
                "{kind} '{name}' reads the environment variable {variable}, which is not set (set it, or give the {kind} a file)"
            )),
            SecretSource::External { name: outside } => Some(format!(
                "{kind} '{name}' is external ('{outside}'), and one Docker engine has no store of external {kind}s (give it `file:` or `environment:`)"
            )),
            SecretSource::File(_) | SecretSource::Env { .. } | SecretSource::Content(_) => None,
        }
    }
}

/// A secret value: its Debug output never shows it.
#[derive(Clone, PartialEq)]
pub struct Redacted(pub String);

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redacted(***)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protocol {
    Tcp,
    Udp,
    Sctp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Sctp => "sctp",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortMapping {
    pub host_ip: Option<String>,
    /// `None` lets the engine choose a free port.
    pub host_port: Option<u16>,
    /// The last port of a host range for one container port (`8000-8001:80`): the engine
    /// publishes the first of `host_port..=host_port_last` that is free, as compose has it.
    pub host_port_last: Option<u16>,
    pub container_port: u16,
    pub protocol: Protocol,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountSource {
    /// A host path, absolute after loading.
    Bind(PathBuf),
    /// A named volume declared at the top level.
    Volume(String),
    Anonymous,
    Tmpfs,
    /// A mount type compose accepts and berth does not make (`npipe`, `cluster`, `image`):
    /// printed by `config`, refused by an `up` of its service before anything is made.
    Unsupported {
        kind: String,
        source: Option<String>,
    },
}

impl Mount {
    /// Why the engine cannot make this mount, if it cannot: known before anything is created.
    pub fn unusable(&self) -> Option<String> {
        if let MountSource::Unsupported { kind, .. } = &self.source {
            return Some(format!(
                "the '{kind}' mount on {} is a type berth does not make (bind, volume or tmpfs)",
                self.target
            ));
        }
        (!self.target.starts_with('/'))
            .then(|| format!("the mount target '{}' is not an absolute path in the container", self.target))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub source: MountSource,
    pub target: String,
    pub read_only: bool,
    /// A missing host folder of a bind mount is created (the short syntax always,
    /// the long one with `bind.create_host_path: true`), as compose does.
    pub create_host_path: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Started,
    Healthy,
    Completed,
}

impl Condition {
    /// As compose writes it: `service_healthy`.
    pub fn as_compose(self) -> &'static str {
        match self {
            Condition::Started => "service_started",
            Condition::Healthy => "service_healthy",
            Condition::Completed => "service_completed_successfully",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Started => "started",
            Condition::Healthy => "healthy",
            Condition::Completed => "completed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub service: String,
    pub condition: Condition,
    pub pos: Pos,
    /// Compose restarts the dependant when this dependency is restarted by an up.
    pub restart: bool,
    /// `required: false`: a dependency that is not in the stack is passed over.
    pub required: bool,
}

impl Dependency {
    /// `service_started`, required, no restart: what a dependency in list form means.
    pub fn started(pos: Pos) -> Dependency {
        Dependency { service: String::new(), condition: Condition::Started, pos, restart: false, required: true }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HealthTest {
    /// `["NONE"]` or `disable: true`: turn off the image's HEALTHCHECK.
    None,
    Cmd(Vec<String>),
    Shell(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Healthcheck {
    pub test: Option<HealthTest>,
    pub interval: Option<Duration>,
    pub timeout: Option<Duration>,
    pub retries: Option<u32>,
    pub start_period: Option<Duration>,
    pub start_interval: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceNetwork {
    pub name: String,
    pub aliases: Vec<String>,
    pub ipv4_address: Option<String>,
    pub ipv6_address: Option<String>,
    /// Networks are joined from the highest priority down, as compose does.
    pub priority: i64,
    /// Given with settings of its own (`back: {…}`), not just named: compose then sends
    /// an address config for the endpoint, even an empty one.
    pub detailed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkDef {
    pub name: String,
    /// `name:`: the engine's name for it, shared by every stack that names it so.
    pub docker_name: Option<String>,
    pub driver: Option<String>,
    /// Created outside berth: used, never created or removed.
    pub external: bool,
    pub pos: Pos,
    pub labels: BTreeMap<String, String>,
    pub driver_opts: BTreeMap<String, String>,
    pub internal: bool,
    pub attachable: bool,
    pub enable_ipv6: bool,
    pub ipam: Option<NetworkIpam>,
}

/// `ipam:` of a network: its driver and address pools.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkIpam {
    pub driver: Option<String>,
    pub pools: Vec<IpamPool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IpamPool {
    pub subnet: Option<String>,
    pub ip_range: Option<String>,
    pub gateway: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumeDef {
    pub name: String,
    /// `name:`: the engine's name for it, shared by every stack that names it so.
    pub docker_name: Option<String>,
    pub driver: Option<String>,
    pub external: bool,
    pub pos: Pos,
    pub labels: BTreeMap<String, String>,
    pub driver_opts: BTreeMap<String, String>,
}

/// How berth decides a service is ready.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub check: Check,
    pub timing: ProbeTiming,
    /// Known from the image rather than written in the file: where the check cannot reach
    /// (an unpublished port of a Swarm task), the service counts as ready once it runs.
    pub inferred: bool,
    /// What the image is known to need, checked after a HEALTHCHECK passes: Postgres's
    /// entrypoint runs a temporary server, on its socket only, while it initialises a new
    /// database, and `pg_isready` in the container passes against it moments before that
    /// server stops and the real one starts.
    pub image_check: Option<Check>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProbeTiming {
    /// The longest wait between two tries; berth starts faster and backs off to this.
    pub interval: Duration,
    pub timeout: Duration,
    /// Failures tolerated after the start period before the service counts as failed; 0 = until the overall timeout.
    pub retries: u32,
    /// Failures during this period do not count against `retries`.
    pub start_period: Duration,
}

impl Default for ProbeTiming {
    fn default() -> Self {
        ProbeTiming {
            interval: Duration::from_millis(250),
            timeout: Duration::from_secs(2),
            retries: 0,
            start_period: Duration::ZERO,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    Http {
        /// Container port (reached through its published host port), or a full URL.
        port: Option<u16>,
        url: Option<String>,
        path: String,
        status: u16,
        body_contains: Option<String>,
        /// JSON pointer and the value expected there.
        json: Option<(String, serde_json::Value)>,
        /// `https://` for the port form.
        https: bool,
        /// Accept a certificate no trusted authority signed (a sandbox's self-signed one).
        insecure: bool,
    },
    Tcp {
        port: u16,
    },
    Postgres {
        port: u16,
        user: Option<String>,
        password: Option<String>,
        database: Option<String>,
    },
    Redis {
        port: u16,
    },
    LocalStack {
        port: u16,
        services: Vec<String>,
    },
    /// An AWS emulator: its own readiness signal, then a read call to each of `services`.
    Aws {
        emulator: Emulator,
        port: u16,
        services: Vec<String>,
    },
    /// The container's own HEALTHCHECK.
    Healthcheck,
    Log {
        pattern: String,
    },
    Exec {
        command: Vec<String>,
    },
}

impl Check {
    /// The container port the check connects to, for the checks that connect to one.
    pub fn port(&self) -> Option<u16> {
        match self {
            Check::Http { port, url: None, https, .. } => Some(port.unwrap_or(if *https { 443 } else { 80 })),
            Check::Tcp { port }
            | Check::Postgres { port, .. }
            | Check::Redis { port }
            | Check::LocalStack { port, .. }
            | Check::Aws { port, .. } => Some(*port),
            _ => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Check::Http { port, url, path, status, https, .. } => match url {
                Some(url) => format!("http {url} → {status}"),
                None if *https => format!("https :{}{path} → {status}", port.unwrap_or(443)),
                None => format!("http :{}{path} → {status}", port.unwrap_or(80)),
            },
            Check::Tcp { port } => format!("tcp :{port}"),
            Check::Postgres { port, .. } => format!("postgres :{port} SELECT 1"),
            Check::Redis { port } => format!("redis :{port} PING"),
            Check::LocalStack { port, services } => {
                format!("localstack :{port} ({}) + init ready", services.join(", "))
            }
            Check::Aws { emulator, port, services } => {
                format!("{} :{port} ready + {}", emulator.name(), services.join(", "))
            }
            Check::Healthcheck => "container HEALTHCHECK".to_string(),
            Check::Log { pattern } => format!("log line /{pattern}/"),
            Check::Exec { command } => format!("exec {}", command.join(" ")),
        }
    }
}

/// A secret or config the container gets at run time: bind-mounted read-only from a file,
/// or copied in before it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerFile {
    /// The top-level name, for messages.
    pub name: String,
    pub source: SecretSource,
    /// Absolute path in the container.
    pub target: String,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    pub mode: Option<u32>,
    /// A secret (masked in output), not a config.
    pub secret: bool,
}

impl ContainerFile {
    /// Why this file cannot be put in a container (an unset variable, an external source).
    pub fn unavailable(&self) -> Option<String> {
        self.source.unavailable(if self.secret { "secret" } else { "config" }, &self.name)
    }
}
