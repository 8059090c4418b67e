//! What the engine reports while it works. Front ends (the headless CLI, the
//! TUI) render these; the engine itself never prints.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Stack(StackEvent),
    Service { service: String, event: ServiceEvent },
}

#[derive(Debug, Clone, PartialEq)]
pub enum StackEvent {
    NetworkCreated(String),
    VolumeCreated(String),
    /// Containers of the stack that no service in the file describes any more.
    Orphans(Vec<String>),
    ContainerRemoved(String),
    SwarmServiceRemoved(String),
    /// `down -v` on a Swarm: volumes tasks made on another node that berth could not remove
    /// there, and why.
    VolumesLeftOnNode {
        node: String,
        volumes: Vec<String>,
        why: String,
    },
    /// `down -v` on a Swarm: a volume removed through the engine of the node it was on.
    VolumeRemovedOnNode {
        node: String,
        volume: String,
    },
    NetworkRemoved(String),
    /// The engine stopped answering during `action`; berth keeps asking.
    EngineAway {
        action: String,
    },
    /// The engine answers again, after this long away.
    EngineBack {
        after: std::time::Duration,
    },
    /// A second network of a name the stack owns (made by two creates at once): removed, the
    /// oldest kept.
    DuplicateNetworkRemoved {
        name: String,
        id: String,
    },
    VolumeRemoved(String),
    /// `develop.watch` rules of these services are being followed.
    Watching {
        services: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ServiceEvent {
    WaitingFor {
        dependency: String,
        condition: &'static str,
    },
    Pulling {
        image: String,
    },
    PullProgress {
        image: String,
        layer: String,
        status: String,
        current: Option<u64>,
        total: Option<u64>,
    },
    Pulled {
        image: String,
    },
    Building {
        image: String,
    },
    BuildOutput {
        line: String,
    },
    /// A BuildKit step changed state.
    BuildStep(BuildStep),
    /// The engine has no BuildKit (or berth cannot reach it that way): why, and that the
    /// classic builder is used instead.
    ClassicBuilder {
        reason: String,
    },
    /// `steps` counts the instructions after `FROM`; `cached` of them came from cache
    /// (the classic builder reports neither: both 0).
    Built {
        image: String,
        took: Duration,
        steps: usize,
        cached: usize,
    },
    /// Running with the same configuration: left alone.
    Unchanged {
        container_id: String,
    },
    Recreating {
        reason: String,
    },
    /// A bind mount's host folder did not exist: the engine creates it, as compose's does.
    HostFolderCreated {
        path: std::path::PathBuf,
    },
    Created {
        container_id: String,
    },
    /// A Swarm task of the service runs on this node.
    Scheduled {
        node: String,
        task: String,
    },
    /// A built image goes to the stack's registry, for a cluster's other nodes.
    Pushing {
        image: String,
    },
    Started {
        container_id: String,
    },
    Probing {
        check: String,
        tries: u32,
        last_error: Option<String>,
    },
    Ready {
        took: Duration,
    },
    Completed,
    /// A step's progress, e.g. seeding: `done` of `total` items of `what`.
    Progress {
        what: String,
        done: usize,
        total: usize,
    },
    Failed(Failure),
    Skipped {
        reason: String,
    },
    /// Watched files changed: what the rules ask for, and the paths (relative to their rule).
    WatchChanged {
        action: crate::stack::runtime::WatchAction,
        changed: Vec<String>,
    },
    /// Watching starts with the files of `initial_sync` rules copied into the container.
    WatchInitialSync {
        files: usize,
    },
    /// The watch action is done and the service answers its probe again.
    WatchDone {
        action: crate::stack::runtime::WatchAction,
        took: Duration,
    },
    /// The watch action failed; watching goes on.
    WatchFailed(Failure),
}

/// Why a service did not become ready, with what a user needs to fix it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Failure {
    pub reason: String,
    pub hint: Option<String>,
    pub exit_code: Option<i64>,
    pub last_logs: Vec<String>,
}

impl Failure {
    pub fn new(reason: impl Into<String>) -> Self {
        Failure { reason: reason.into(), ..Failure::default() }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// One Dockerfile step as BuildKit reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildStep {
    /// As BuildKit names it: `[builder 3/5] RUN yarn build`.
    pub name: String,
    pub status: StepStatus,
    pub took: Option<Duration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Running,
    Done,
    Cached,
    Error,
}

impl std::fmt::Display for StepStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StepStatus::Running => "running",
            StepStatus::Done => "done",
            StepStatus::Cached => "CACHED",
            StepStatus::Error => "ERROR",
        })
    }
}
