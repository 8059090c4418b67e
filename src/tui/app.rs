//! The UI's state, the messages that change it and the commands it asks for. The one
//! function that changes it is `update::update`. No I/O here.

use std::collections::HashMap;
use std::time::Instant;

use crossterm::event::{KeyEvent, MouseEvent};

use super::log_buffer::{LogBuffer, LogEntry};
use crate::engine::status::StackStatus;
use crate::engine::{ContainerState, Event, Health};

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Engine(Event),
    Status(Result<StackStatus, String>),
    Logs {
        service: String,
        lines: Vec<LogEntry>,
    },
    ActionDone {
        what: String,
        result: Result<String, String>,
    },
    /// `up` finished: a one-line summary and whether everything became ready.
    UpDone {
        summary: String,
        ok: bool,
    },
    /// The UI opened on a stack someone else brought up: its fixtures are in place.
    Attached,
    /// The UI runs an `up` of its own.
    UpStarted,
    /// A container's log stream ended (the engine went away, the container restarted).
    LogsEnded {
        service: String,
        container_id: String,
    },
    /// The terminal's height, at start and on each resize.
    Resized {
        height: u16,
    },
    /// A frame was drawn: nothing new to show until the next change.
    Drawn,
    /// A sample of what a container costs (None: it is not running).
    Usage {
        service: String,
        usage: Option<crate::engine::stats::Usage>,
    },
    /// Once a second, with the time, so that `update` reads no clock.
    Tick {
        now: Instant,
        wall: chrono::DateTime<chrono::Utc>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Restart(String),
    Stop(String),
    Start(String),
    Reseed,
    Reset,
    /// Stop the `up` in progress (Ctrl-C while it runs).
    CancelUp,
    /// Follow a container's log.
    FollowLogs {
        service: String,
        container_id: String,
        from: LogsFrom,
    },
    /// Hand the terminal to a command in a service's container; the UI comes back after.
    HandOver(HandOver),
    /// Follow a container's stats (CPU, memory).
    FollowStats {
        service: String,
        container_id: String,
    },
    Quit(QuitChoice),
}

/// What runs in the service's container while the UI is suspended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOver {
    /// The best shell the container has.
    Shell { service: String },
    /// A one-off command line, run with `sh -c`.
    Run { service: String, command: String },
}

impl HandOver {
    pub fn describe(&self) -> String {
        match self {
            HandOver::Shell { service } => format!("shell in {service}"),
            HandOver::Run { service, command } => format!("`{command}` in {service}"),
        }
    }
}

/// Where a log follower starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogsFrom {
    /// A container new to the UI: its recent lines.
    Recent,
    /// The same container's broken stream, resumed after the last line shown (its timestamp,
    /// when known; otherwise only new lines).
    After(Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitChoice {
    LeaveRunning,
    Stop,
    Down,
    /// Ctrl-C during `up`: leave with 130, the stack as the interrupted up left it.
    Interrupted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Pending,
    Working,
    Ready,
    Failed,
    Stopped,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub what: String,
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone)]
pub struct ServiceRow {
    pub name: String,
    /// Container state from the engine (`Missing` for the seed step, which has none).
    pub state: ContainerState,
    pub health: Health,
    pub phase: Phase,
    /// Why it is not ready (or what it is doing), as the engine last said.
    pub reason: String,
    pub ports: Vec<String>,
    pub started_at: Option<String>,
    pub restarts: i64,
    pub exit_code: Option<i64>,
    /// The last non-zero exit code seen: a restarted container reports 0 while it runs.
    pub last_failure: Option<i64>,
    pub progress: Option<Progress>,
    /// True for the seeding step, which has no container.
    pub is_step: bool,
    /// A one-shot (a migration) that ran to success: its exit is the goal, not an outage.
    pub completed: bool,
}

impl ServiceRow {
    pub fn new(name: &str, is_step: bool) -> ServiceRow {
        ServiceRow {
            name: name.to_string(),
            state: ContainerState::Missing,
            health: Health::None,
            phase: Phase::Pending,
            reason: "pending".into(),
            ports: Vec::new(),
            started_at: None,
            restarts: 0,
            exit_code: None,
            last_failure: None,
            progress: None,
            is_step,
            completed: false,
        }
    }

    /// A one-shot whose container sits at the exit 0 the stack waited for.
    pub fn did_its_job(&self) -> bool {
        self.completed && self.state == ContainerState::Exited && self.exit_code == Some(0)
    }

    /// What the state column says: the seed step has no container, so no container state.
    pub fn state_word(&self) -> &'static str {
        if self.is_step {
            "step"
        } else {
            self.state.as_str()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmReset,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overall {
    Starting,
    Ready,
    Degraded,
    Failed,
    /// Every container is gone (`berth down` from elsewhere, or removed by hand).
    Down,
}

pub struct App {
    pub stack: String,
    pub engine: String,
    pub started: Instant,
    pub now: Instant,
    /// Wall-clock time of the last tick, for uptimes (the view reads no clock).
    pub wall: chrono::DateTime<chrono::Utc>,
    pub rows: Vec<ServiceRow>,
    pub selected: usize,
    pub logs: HashMap<String, LogBuffer>,
    pub log_cap: usize,
    pub grid: bool,
    /// Lines above the newest the pane is scrolled; 0 follows the stream.
    pub scroll: usize,
    pub wrap: bool,
    pub timestamps: bool,
    pub search: Option<String>,
    /// Text typed after `/`, not yet confirmed.
    pub typing: Option<String>,
    /// A command typed after `x`, not yet run.
    pub command_line: Option<String>,
    pub filter: bool,
    pub overlay: Option<Overlay>,
    pub notice: Option<(String, bool, Instant)>,
    pub engine_error: Option<String>,
    /// Hides seeded secret values in what the engine reports (probe errors, failure reasons).
    pub masker: crate::seed::mask::Masker,
    pub up_running: bool,
    pub ctrl_c: Option<Instant>,
    /// Ctrl-C stopped the `up`: the UI leaves once the up has wound down.
    pub interrupted: bool,
    pub quit: Option<QuitChoice>,
    /// The log pane's height, for page-wise scrolling.
    pub page: usize,
    /// Per service, the container whose log is followed and whether its stream is still live.
    pub following: HashMap<String, (String, bool)>,
    /// Per service, its last samples of CPU and memory.
    pub usage: HashMap<String, UsageHistory>,
    /// Set when something visible changed since the last draw.
    pub dirty: bool,
}

/// Samples kept per service for the sparkline: about a minute at one a second.
pub const USAGE_HISTORY: usize = 60;

#[derive(Debug, Clone, Default)]
pub struct UsageHistory {
    pub last: Option<crate::engine::stats::Usage>,
    /// CPU percent of one core, oldest first.
    pub cpu: std::collections::VecDeque<f64>,
}

impl UsageHistory {
    pub fn push(&mut self, usage: Option<crate::engine::stats::Usage>) {
        self.last = usage;
        if self.cpu.len() == USAGE_HISTORY {
            self.cpu.pop_front();
        }
        self.cpu.push_back(usage.map_or(0.0, |u| u.cpu_percent));
    }
}

impl App {
    /// Hides `masker`'s values in what the engine reports.
    pub fn masked_by(mut self, masker: crate::seed::mask::Masker) -> App {
        self.masker = masker;
        self
    }

    pub fn new(stack: &str, engine: &str, services: &[String], with_seed: bool, log_cap: usize) -> App {
        let mut rows: Vec<ServiceRow> = services.iter().map(|s| ServiceRow::new(s, false)).collect();
        if with_seed {
            rows.push(ServiceRow::new(crate::stack::SEED_STEP, true));
        }
        let now = Instant::now();
        App {
            stack: stack.to_string(),
            engine: engine.to_string(),
            started: now,
            now,
            wall: chrono::Utc::now(),
            logs: rows.iter().filter(|r| !r.is_step).map(|r| (r.name.clone(), LogBuffer::new(log_cap))).collect(),
            rows,
            selected: 0,
            log_cap,
            grid: false,
            scroll: 0,
            wrap: false,
            timestamps: false,
            search: None,
            typing: None,
            command_line: None,
            filter: false,
            overlay: None,
            notice: None,
            engine_error: None,
            masker: Default::default(),
            up_running: false,
            ctrl_c: None,
            interrupted: false,
            quit: None,
            page: 20,
            following: HashMap::new(),
            usage: HashMap::new(),
            dirty: true,
        }
    }

    pub fn selected_name(&self) -> &str {
        self.rows.get(self.selected).map_or("", |r| r.name.as_str())
    }

    pub fn overall(&self) -> Overall {
        let services = self.rows.iter();
        if self.is_down() {
            return Overall::Down;
        }
        if self.rows.iter().any(|r| r.phase == Phase::Failed) {
            return Overall::Failed;
        }
        if self.up_running || self.rows.iter().any(|r| matches!(r.phase, Phase::Pending | Phase::Working)) {
            return Overall::Starting;
        }
        let unhealthy = services
            .filter(|r| !r.is_step && !r.did_its_job())
            .any(|r| r.state != ContainerState::Running || r.health == Health::Unhealthy);
        if unhealthy {
            Overall::Degraded
        } else {
            Overall::Ready
        }
    }

    pub(super) fn is_down(&self) -> bool {
        let mut containers = self.rows.iter().filter(|r| !r.is_step).peekable();
        !self.up_running
            && containers.peek().is_some()
            && containers.all(|r| r.state == ContainerState::Missing && r.phase == Phase::Stopped)
    }

    pub(super) fn row_mut(&mut self, name: &str) -> Option<&mut ServiceRow> {
        self.rows.iter_mut().find(|r| r.name == name)
    }

    pub(super) fn notify(&mut self, text: impl Into<String>, error: bool) {
        self.notice = Some((self.masker.mask(&text.into()), error, self.now));
    }

    /// Does a log line match the current search?
    pub fn matches(&self, entry: &LogEntry) -> bool {
        match &self.search {
            Some(q) if !q.is_empty() => entry.text.to_lowercase().contains(&q.to_lowercase()),
            _ => true,
        }
    }

    pub(super) fn keep(&self, entry: &LogEntry) -> bool {
        !self.filter || self.matches(entry)
    }

    pub(super) fn scroll_by(&mut self, delta: isize) {
        let name = self.selected_name().to_string();
        let extent = self.logs.get(&name).map_or(0, |b| b.count(|e| self.keep(e)));
        let max = extent.saturating_sub(1);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}
