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
    NetworkRemoved(String),
    VolumeRemoved(String),
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
    Built {
        image: String,
        took: Duration,
    },
    /// Running with the same configuration: left alone.
    Unchanged {
        container_id: String,
    },
    Recreating {
        reason: String,
    },
    Created {
        container_id: String,
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
