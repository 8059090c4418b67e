//! The UI's state and the one function that changes it: `update(&mut App, Msg) -> Vec<Command>`.
//! No I/O here: the loop in `run` feeds messages in and carries commands out.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

use super::log_buffer::{LogBuffer, LogEntry};
use crate::engine::events::StepStatus;
use crate::engine::status::StackStatus;
use crate::engine::{ContainerState, Event, Health, ServiceEvent, StackEvent};

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
    Quit(QuitChoice),
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
        }
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
    /// Set when something visible changed since the last draw.
    pub dirty: bool,
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
            .filter(|r| !r.is_step)
            .any(|r| r.state != ContainerState::Running || r.health == Health::Unhealthy);
        if unhealthy {
            Overall::Degraded
        } else {
            Overall::Ready
        }
    }

    fn is_down(&self) -> bool {
        let mut containers = self.rows.iter().filter(|r| !r.is_step).peekable();
        !self.up_running
            && containers.peek().is_some()
            && containers.all(|r| r.state == ContainerState::Missing && r.phase == Phase::Stopped)
    }

    fn row_mut(&mut self, name: &str) -> Option<&mut ServiceRow> {
        self.rows.iter_mut().find(|r| r.name == name)
    }

    fn notify(&mut self, text: impl Into<String>, error: bool) {
        self.notice = Some((self.masker.mask(&text.into()), error, self.now));
    }

    /// Does a log line match the current search?
    pub fn matches(&self, entry: &LogEntry) -> bool {
        match &self.search {
            Some(q) if !q.is_empty() => entry.text.to_lowercase().contains(&q.to_lowercase()),
            _ => true,
        }
    }

    fn keep(&self, entry: &LogEntry) -> bool {
        !self.filter || self.matches(entry)
    }

    fn scroll_by(&mut self, delta: isize) {
        let name = self.selected_name().to_string();
        let extent = self.logs.get(&name).map_or(0, |b| b.count(|e| self.keep(e)));
        let max = extent.saturating_sub(1);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}

/// Applies one message to the state; returns what the loop should go and do.
pub fn update(app: &mut App, msg: Msg) -> Vec<Command> {
    match msg {
        Msg::Tick { now, wall } => {
            app.now = now;
            app.wall = wall;
            if app.notice.as_ref().is_some_and(|(_, _, at)| app.now.duration_since(*at) > Duration::from_secs(8)) {
                app.notice = None;
            }
            // The clock and uptimes in view move once a second.
            app.dirty = true;
            Vec::new()
        }
        Msg::Logs { service, lines } => {
            if let Some(buffer) = app.logs.get_mut(&service) {
                let n = lines.len();
                for line in lines {
                    buffer.push(line);
                }
                // A paused pane keeps showing the same lines while new ones arrive below.
                if app.scroll > 0 && app.selected_name() == service {
                    app.scroll = app.scroll.saturating_add(n).min(app.log_cap);
                }
                app.dirty |= app.grid || app.selected_name() == service;
            }
            Vec::new()
        }
        Msg::Status(Ok(status)) => {
            if let Some(e) = app.engine_error.take() {
                app.notify(format!("engine reachable again (was: {e})"), false);
            }
            let attached = !app.up_running;
            let wall = app.wall;
            let was_down = app.is_down();
            let followed: Vec<(String, String)> =
                status.services.iter().filter_map(|s| Some((s.name.clone(), s.container_id.clone()?))).collect();
            for s in status.services {
                if let Some(row) = app.row_mut(&s.name) {
                    apply_service_status(row, s, attached, wall);
                }
            }
            if app.is_down() && !was_down {
                app.notify(format!("stack {} is down: its containers were removed", app.stack), true);
            }
            app.dirty = true;
            follow_new_containers(app, &followed)
        }
        Msg::LogsEnded { service, container_id } => {
            if let Some((current, live)) = app.following.get_mut(&service) {
                if *current == container_id {
                    *live = false;
                }
            }
            Vec::new()
        }
        Msg::Attached => {
            if let Some(row) = app.rows.iter_mut().find(|r| r.is_step) {
                row.phase = Phase::Ready;
                row.reason = "S seeds again · R resets".into();
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::UpStarted => {
            app.up_running = true;
            app.dirty = true;
            Vec::new()
        }
        Msg::Resized { height } => {
            app.page = usize::from(height).saturating_sub(app.rows.len() + 8);
            app.dirty = true;
            Vec::new()
        }
        Msg::Drawn => {
            app.dirty = false;
            Vec::new()
        }
        Msg::Status(Err(e)) => {
            if app.engine_error.is_none() {
                app.notify(format!("engine unreachable: {e}; retrying every second"), true);
            }
            app.engine_error = Some(e);
            app.dirty = true;
            Vec::new()
        }
        Msg::Engine(event) => {
            apply_engine_event(app, event);
            app.dirty = true;
            Vec::new()
        }
        Msg::ActionDone { what, result } => {
            match result {
                Ok(text) => app.notify(format!("{what}: {text}"), false),
                Err(e) => app.notify(format!("{what} failed: {e}"), true),
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::UpDone { summary, ok } => {
            app.up_running = false;
            app.notify(summary, !ok);
            app.dirty = true;
            if app.interrupted {
                app.quit = Some(QuitChoice::Interrupted);
                return vec![Command::Quit(QuitChoice::Interrupted)];
            }
            Vec::new()
        }
        Msg::Mouse(m) => {
            match m.kind {
                MouseEventKind::ScrollUp => app.scroll_by(3),
                MouseEventKind::ScrollDown => app.scroll_by(-3),
                _ => return Vec::new(),
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::Key(key) => {
            app.dirty = true;
            on_key(app, key)
        }
    }
}

/// A container running this long after its last restart is taken as recovered.
const STABLE_AFTER: i64 = 10;

fn apply_service_status(
    row: &mut ServiceRow,
    s: crate::engine::status::ServiceStatus,
    attached: bool,
    wall: chrono::DateTime<chrono::Utc>,
) {
    let restarted = s.restart_count > row.restarts;
    if let Some(code) = s.exit_code.filter(|c| *c != 0) {
        row.last_failure = Some(code);
    }
    row.state = s.state;
    row.health = s.health;
    row.ports = s.ports;
    row.started_at = s.started_at;
    row.restarts = s.restart_count;
    row.exit_code = s.exit_code;
    let running_for = row
        .started_at
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| wall.signed_duration_since(t).num_seconds());
    let looping = row.state == ContainerState::Restarting || (restarted && row.state == ContainerState::Running);
    if looping {
        // The engine restarts it; berth only reports what the polls show, once a second.
        let code = row.last_failure.map_or_else(|| "unknown".to_string(), |c| c.to_string());
        row.phase = Phase::Failed;
        row.reason = format!("crash-looping: exit code {code}, restarted {} times", row.restarts);
    } else if row.phase == Phase::Failed
        && row.reason.starts_with("crash-looping")
        && row.state == ContainerState::Running
        && running_for.is_some_and(|secs| secs >= STABLE_AFTER)
    {
        row.phase = Phase::Ready;
        row.reason = format!("running again after {} restarts", row.restarts);
    } else if row.state == ContainerState::Missing && matches!(row.phase, Phase::Ready | Phase::Failed) {
        row.phase = Phase::Stopped;
        row.reason = "container is gone".into();
    } else if row.state == ContainerState::Exited && row.phase == Phase::Ready {
        row.phase = Phase::Stopped;
        row.reason = format!("exited ({})", row.exit_code.unwrap_or_default());
    } else if row.state == ContainerState::Running && row.phase == Phase::Pending && attached {
        // Attached to a stack someone else started: running is all we know.
        row.phase = Phase::Ready;
        row.reason = "running".into();
    }
}

/// One log follower per container: started for a service's new container, resumed after the
/// last line shown when the stream of the same container broke.
fn follow_new_containers(app: &mut App, containers: &[(String, String)]) -> Vec<Command> {
    let mut commands = Vec::new();
    for (service, id) in containers {
        let from = match app.following.get(service) {
            Some((current, true)) if current == id => continue,
            Some((current, false)) if current == id => {
                let buffer = app.logs.get(service);
                let last = buffer.and_then(|b| b.get(b.len().checked_sub(1)?));
                LogsFrom::After(last.and_then(|e| e.timestamp.clone()))
            }
            _ => LogsFrom::Recent,
        };
        app.following.insert(service.clone(), (id.clone(), true));
        commands.push(Command::FollowLogs { service: service.clone(), container_id: id.clone(), from });
    }
    commands
}

fn apply_engine_event(app: &mut App, event: Event) {
    let Event::Service { service, event } = event else {
        if let Event::Stack(StackEvent::Orphans(names)) = event {
            app.notify(format!("containers of removed services: {}", names.join(", ")), false);
        }
        return;
    };
    let Some(i) = app.rows.iter().position(|r| r.name == service) else { return };
    apply_service_event(&mut app.rows[i], event);
    app.rows[i].reason = app.masker.mask(&app.rows[i].reason);
}

fn apply_service_event(row: &mut ServiceRow, event: ServiceEvent) {
    match event {
        ServiceEvent::WaitingFor { dependency, condition } => {
            row.phase = Phase::Pending;
            row.reason = format!("waiting for {dependency} to be {condition}");
        }
        ServiceEvent::Pulling { image } => {
            row.phase = Phase::Working;
            row.reason = format!("pulling {image}");
        }
        ServiceEvent::PullProgress { layer, current, total, .. } => {
            if let (Some(c), Some(t)) = (current, total) {
                row.progress = Some(Progress { what: format!("pull {layer}"), done: c, total: t });
            }
        }
        ServiceEvent::Pulled { .. } | ServiceEvent::Built { .. } => row.progress = None,
        ServiceEvent::Building { image } => {
            row.phase = Phase::Working;
            row.reason = format!("building {image}");
        }
        ServiceEvent::ClassicBuilder { .. } => row.reason = "building with the classic builder (no BuildKit)".into(),
        ServiceEvent::HostFolderCreated { path } => row.reason = format!("created host folder {}", path.display()),
        ServiceEvent::BuildStep(step) => {
            // The step's own name carries where it stands ("[builder 3/4] …"): it is the progress.
            row.progress = None;
            row.reason = match step.took {
                Some(took) if step.status != StepStatus::Running => {
                    format!("{} {} {:.1}s", step.name, step.status, took.as_secs_f64())
                }
                _ => format!("{} {}", step.name, step.status),
            };
        }
        ServiceEvent::BuildOutput { line } => {
            if let Some(step) = line.strip_prefix("Step ") {
                let fraction = step.split(' ').next().unwrap_or("");
                if let Some((done, total)) = fraction.split_once('/') {
                    if let (Ok(d), Ok(t)) = (done.parse(), total.parse()) {
                        row.progress = Some(Progress { what: "build step".into(), done: d, total: t });
                    }
                }
                row.reason = line;
            }
        }
        ServiceEvent::Unchanged { .. } => row.reason = "unchanged".into(),
        ServiceEvent::Recreating { reason } => {
            row.phase = Phase::Working;
            row.reason = format!("recreating: {reason}");
        }
        ServiceEvent::Created { .. } => {
            row.phase = Phase::Working;
            row.reason = "created".into();
        }
        ServiceEvent::Started { .. } => {
            row.phase = Phase::Working;
            row.reason = "started".into();
        }
        ServiceEvent::Probing { check, tries, last_error } => {
            row.phase = Phase::Working;
            row.reason = format!("waiting for {check}: {} ({tries} tries)", last_error.unwrap_or_default());
        }
        ServiceEvent::Ready { took } => {
            row.phase = Phase::Ready;
            row.progress = None;
            row.reason = format!("ready in {:.1}s", took.as_secs_f64());
        }
        ServiceEvent::Completed => {
            row.phase = Phase::Ready;
            row.reason = "completed".into();
        }
        ServiceEvent::Progress { what, done, total } => {
            if row.phase != Phase::Ready {
                row.phase = Phase::Working;
            }
            row.progress = Some(Progress { what, done: done as u64, total: total as u64 });
        }
        ServiceEvent::Failed(f) => {
            row.phase = Phase::Failed;
            row.progress = None;
            row.reason = f.reason;
            if f.exit_code.is_some() {
                row.exit_code = f.exit_code;
            }
        }
        ServiceEvent::Skipped { reason } => {
            row.phase = Phase::Failed;
            row.reason = format!("not started: {reason}");
        }
    }
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Command> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') && app.interrupted {
        // The second Ctrl-C does not wait for the up to wind down.
        app.quit = Some(QuitChoice::Interrupted);
        return vec![Command::Quit(QuitChoice::Interrupted)];
    }
    if ctrl && key.code == KeyCode::Char('c') && app.up_running {
        app.interrupted = true;
        app.notify("interrupted: stopping the up (Ctrl-C again to quit at once)", true);
        return vec![Command::CancelUp];
    }
    if ctrl && key.code == KeyCode::Char('c') {
        // Twice within two seconds: leave at once, stack as it is.
        if app.ctrl_c.is_some_and(|t| app.now.duration_since(t) < Duration::from_secs(2)) {
            app.quit = Some(QuitChoice::LeaveRunning);
            return vec![Command::Quit(QuitChoice::LeaveRunning)];
        }
        app.ctrl_c = Some(app.now);
        app.notify("press Ctrl-C again to quit (the stack keeps running)", false);
        return Vec::new();
    }
    if let Some(text) = app.typing.as_mut() {
        match key.code {
            KeyCode::Enter => {
                let query = app.typing.take().unwrap_or_default();
                app.search = (!query.is_empty()).then_some(query);
                jump_to_match(app, true);
            }
            KeyCode::Esc => app.typing = None,
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Char(c) => text.push(c),
            _ => {}
        }
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Help) => {
            app.overlay = None;
            return Vec::new();
        }
        Some(Overlay::ConfirmReset) => {
            app.overlay = None;
            if matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y')) {
                app.notify("resetting to fixtures…", false);
                return vec![Command::Reset];
            }
            app.notify("reset cancelled", false);
            return Vec::new();
        }
        Some(Overlay::Quit) => {
            let choice = match key.code {
                KeyCode::Enter | KeyCode::Char('l') => QuitChoice::LeaveRunning,
                KeyCode::Char('s') => QuitChoice::Stop,
                KeyCode::Char('d') => QuitChoice::Down,
                _ => {
                    app.overlay = None;
                    return Vec::new();
                }
            };
            app.overlay = None;
            app.quit = Some(choice);
            return vec![Command::Quit(choice)];
        }
        None => {}
    }
    let service = app.selected_name().to_string();
    let is_step = app.rows.get(app.selected).is_some_and(|r| r.is_step);
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            app.selected = app.selected.saturating_sub(1);
            app.scroll = 0;
        }
        KeyCode::Down | KeyCode::Char('j') => {
            app.selected = (app.selected + 1).min(app.rows.len().saturating_sub(1));
            app.scroll = 0;
        }
        KeyCode::PageUp => app.scroll_by(app.page.max(1) as isize),
        KeyCode::PageDown => app.scroll_by(-(app.page.max(1) as isize)),
        KeyCode::Home => app.scroll_by(isize::MAX / 2),
        KeyCode::End => app.scroll = 0,
        KeyCode::Char('g') => app.grid = !app.grid,
        KeyCode::Char('/') => app.typing = Some(String::new()),
        KeyCode::Char('n') => jump_to_match(app, true),
        KeyCode::Char('N') => jump_to_match(app, false),
        KeyCode::Char('f') => {
            if app.search.is_some() {
                app.filter = !app.filter;
                app.scroll = 0;
            } else {
                app.notify("search first (/), then f shows only matching lines", false);
            }
        }
        KeyCode::Char('t') => app.timestamps = !app.timestamps,
        KeyCode::Char('w') => app.wrap = !app.wrap,
        KeyCode::Char('c') => {
            if let Some(b) = app.logs.get_mut(&service) {
                b.clear();
            }
            app.scroll = 0;
        }
        KeyCode::Char('?') => app.overlay = Some(Overlay::Help),
        KeyCode::Char('q') => app.overlay = Some(Overlay::Quit),
        KeyCode::Esc => {
            app.search = None;
            app.filter = false;
        }
        KeyCode::Char('r') if !is_step => {
            app.notify(format!("restarting {service}…"), false);
            return vec![Command::Restart(service)];
        }
        KeyCode::Char('s') if !is_step => {
            let running = app.rows.get(app.selected).is_some_and(|r| r.state == ContainerState::Running);
            app.notify(format!("{} {service}…", if running { "stopping" } else { "starting" }), false);
            return vec![if running { Command::Stop(service) } else { Command::Start(service) }];
        }
        KeyCode::Char('S') => {
            app.notify("seeding…", false);
            return vec![Command::Reseed];
        }
        KeyCode::Char('R') => app.overlay = Some(Overlay::ConfirmReset),
        _ => app.dirty = false,
    }
    Vec::new()
}

/// Scrolls the selected pane to the next older (`older`) or newer search match.
fn jump_to_match(app: &mut App, older: bool) {
    let Some(query) = app.search.clone() else { return };
    if app.filter {
        // Only matching lines are shown: the next match is simply the next line.
        app.scroll_by(if older { 1 } else { -1 });
        return;
    }
    let name = app.selected_name().to_string();
    let Some(buffer) = app.logs.get(&name) else { return };
    let needle = query.to_lowercase();
    match buffer.find(app.scroll, older, |e| e.text.to_lowercase().contains(&needle)) {
        Some(offset) => app.scroll = offset,
        None => app.notify(format!("no {} match for \"{query}\"", if older { "older" } else { "newer" }), false),
    }
}
