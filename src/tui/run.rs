//! The loop that owns the terminal: input, engine events, status polls and
//! log batches arrive on one bounded channel; each burst is applied with
//! `update`, commands are spawned as tasks, and a frame is drawn at most
//! every FRAME and only when something changed.

use std::collections::HashMap;
use std::time::Duration;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event as TermEvent, EventStream};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::app::{update, App, Command, Msg, QuitChoice};
use super::log_buffer::LogEntry;
use crate::engine::status::LogsRequest;
use crate::engine::up::{Outcome, Step, UpOptions};
use crate::engine::Engine;
use crate::seed::mask::Masker;
use crate::seed::{self, Mode, SeedSpec};
use crate::stack::interpolate::Vars;
use crate::stack::Stack;

const FRAME: Duration = Duration::from_millis(33);
/// A log batch is sent when it reaches this many lines or the stream pauses.
const BATCH_LINES: usize = 2000;

pub struct UiConfig {
    pub engine: Engine,
    pub stack: Stack,
    pub vars: Vars,
    pub seed: Option<SeedSpec>,
    pub masker: Masker,
    pub log_lines: usize,
    /// Bring the stack up while the UI runs (`berth up`); None attaches (`berth ui`).
    pub up: Option<(UpOptions, Vec<Step>)>,
    /// Held until the up is done (not while the UI stays open), so another `up` can follow.
    pub up_lock: Option<crate::up_lock::UpLock>,
}

/// What happened after the UI closed, for the command line to report.
pub struct UiExit {
    pub code: u8,
    pub message: String,
}

pub async fn run(config: UiConfig) -> UiExit {
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => return UiExit { code: 1, message: format!("cannot open the terminal UI: {e} (use --no-tui)") },
    };
    // ratatui's hook restores the terminal; a panic in any task then ends the program
    // rather than leaving a UI drawing into a restored terminal.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
        std::process::exit(101);
    }));
    let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture);
    let exit = event_loop(&mut terminal, config).await;
    let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    exit
}

async fn event_loop(terminal: &mut ratatui::DefaultTerminal, config: UiConfig) -> UiExit {
    let UiConfig { engine, stack, vars, seed, masker, log_lines, up, up_lock } = config;
    let services: Vec<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    let mut app = App::new(&stack.name, &engine.endpoint, &services, seed.is_some(), log_lines);
    app.masker = masker;
    let (tx, mut rx) = mpsc::channel::<Msg>(1024);
    let cancel = CancellationToken::new();
    let up_cancel = cancel.child_token();

    if up.is_none() {
        // Attached: the fixtures were applied by whoever brought the stack up.
        if let Some(row) = app.rows.iter_mut().find(|r| r.is_step) {
            row.phase = super::app::Phase::Ready;
            row.reason = "S seeds again · R resets".into();
        }
    }
    if let Some((options, steps)) = up {
        app.up_running = true;
        let (etx, mut erx) = mpsc::channel(512);
        let forward = tx.clone();
        tokio::spawn(async move {
            while let Some(e) = erx.recv().await {
                if forward.send(Msg::Engine(e)).await.is_err() {
                    break;
                }
            }
        });
        let (engine, stack, tx, cancel) = (engine.clone(), stack.clone(), tx.clone(), up_cancel.clone());
        tokio::spawn(async move {
            let result = engine.up(&stack, &options, steps, etx, cancel).await;
            drop(up_lock);
            let msg = match result {
                Ok(report) => {
                    let failed: Vec<&String> = report
                        .outcomes
                        .iter()
                        .filter(|(_, o)| !matches!(o, Outcome::Ready | Outcome::Completed))
                        .map(|(n, _)| n)
                        .collect();
                    if report.all_ready() {
                        Msg::UpDone { summary: format!("all {} ready", report.outcomes.len()), ok: true }
                    } else {
                        let names: Vec<&str> = failed.iter().map(|s| s.as_str()).collect();
                        Msg::UpDone { summary: format!("not ready: {}", names.join(", ")), ok: false }
                    }
                }
                Err(e) => Msg::UpDone { summary: format!("up failed: {e}"), ok: false },
            };
            let _ = tx.send(msg).await;
        });
    }

    {
        let (engine, stack, tx, cancel) = (engine.clone(), stack.clone(), tx.clone(), cancel.clone());
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(1));
            loop {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    _ = every.tick() => {}
                }
                let status = engine.status(&stack).await.map_err(|e| e.to_string());
                if tx.send(Msg::Status(status)).await.is_err() {
                    break;
                }
            }
        });
    }
    // Fault injection for the terminal-restoration trials: a panic in a background task, or
    // in the render path (inside a draw, with the terminal mid-frame).
    let injected_panic = std::env::var("BERTH_TEST_PANIC").ok();
    let panic_in_render = injected_panic.as_deref() == Some("render");
    let mut frames_drawn = 0u32;
    if injected_panic.as_deref() == Some("background") {
        tokio::spawn(async {
            tokio::time::sleep(Duration::from_millis(1500)).await;
            panic!("injected by BERTH_TEST_PANIC=background");
        });
    }

    // Measurement hooks for the benchmarks, written at exit: keypress-to-frame latencies, and per
    // service the lines received with the first and last, so a numbered flood shows any gap.
    let latency_log = std::env::var_os("BERTH_LATENCY_LOG");
    let lines_log = std::env::var_os("BERTH_LINES_LOG");
    let mut received: HashMap<String, (u64, String, String)> = HashMap::new();
    let mut key_at: Option<std::time::Instant> = None;
    let mut latencies: Vec<f64> = Vec::new();
    let mut input = EventStream::new();
    let mut followers: HashMap<String, (String, JoinHandle<()>)> = HashMap::new();
    let mut frame = tokio::time::interval(FRAME);
    frame.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut seconds = tokio::time::interval(Duration::from_secs(1));
    #[cfg(unix)]
    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();

    let quit = loop {
        let sigterm_fut = async {
            #[cfg(unix)]
            if let Some(s) = sigterm.as_mut() {
                s.recv().await;
                return;
            }
            std::future::pending::<()>().await
        };
        let first = tokio::select! {
            ev = input.next() => match ev {
                Some(Ok(TermEvent::Key(k))) if k.kind != crossterm::event::KeyEventKind::Release => Some(Msg::Key(k)),
                Some(Ok(TermEvent::Mouse(m))) => Some(Msg::Mouse(m)),
                Some(Ok(TermEvent::Resize(..))) => { app.dirty = true; None }
                Some(Ok(_)) => None,
                Some(Err(_)) | None => break QuitChoice::LeaveRunning,
            },
            msg = rx.recv() => msg,
            _ = seconds.tick() => Some(Msg::Tick),
            _ = frame.tick() => {
                if app.dirty {
                    app.dirty = false;
                    frames_drawn += 1;
                    let _ = terminal.draw(|f| {
                        app.page = f.area().height.saturating_sub(app.rows.len() as u16 + 8) as usize;
                        super::view::view(&app, f);
                        if panic_in_render && frames_drawn >= 3 {
                            panic!("injected by BERTH_TEST_PANIC=render");
                        }
                    });
                    if let Some(at) = key_at.take() {
                        latencies.push(at.elapsed().as_secs_f64() * 1000.0);
                    }
                }
                None
            }
            _ = sigterm_fut => break QuitChoice::LeaveRunning,
        };
        // Apply a burst at once; keys among them are handled in order, never starved by logs.
        let mut burst: Vec<Msg> = first.into_iter().collect();
        while burst.len() < 256 {
            match rx.try_recv() {
                Ok(m) => burst.push(m),
                Err(_) => break,
            }
        }
        let mut leave = None;
        for msg in burst {
            if matches!(msg, Msg::Key(_)) && key_at.is_none() {
                key_at = Some(std::time::Instant::now());
            }
            if let (Msg::Logs { service, lines }, Some(_)) = (&msg, &lines_log) {
                if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
                    let seen =
                        received.entry(service.clone()).or_insert_with(|| (0, first.text.clone(), String::new()));
                    seen.0 += lines.len() as u64;
                    seen.2.clone_from(&last.text);
                }
            }
            if let Msg::Status(Ok(status)) = &msg {
                let last_seen = |service: &str| {
                    let buffer = app.logs.get(service)?;
                    buffer.get(buffer.len().checked_sub(1)?)?.timestamp.clone()
                };
                follow_logs(&engine, &stack, status, &mut followers, &tx, &app.masker, last_seen);
            }
            for command in update(&mut app, msg) {
                if let Command::Quit(choice) = command {
                    leave = Some(choice);
                } else if command == Command::CancelUp {
                    up_cancel.cancel();
                } else {
                    spawn_command(command, &engine, &stack, &vars, seed.as_ref(), &tx);
                }
            }
        }
        if let Some(choice) = leave {
            break choice;
        }
    };
    cancel.cancel();
    if let Some(path) = latency_log {
        let text: String = latencies.iter().map(|ms| format!("{ms:.3}\n")).collect();
        let _ = std::fs::write(path, text);
    }
    if let Some(path) = lines_log {
        let text: String =
            received.iter().map(|(service, (n, first, last))| format!("{service}\t{n}\t{first}\t{last}\n")).collect();
        let _ = std::fs::write(path, text);
    }
    for (_, (_, handle)) in followers {
        handle.abort();
    }
    match quit {
        QuitChoice::Interrupted => UiExit {
            code: 130,
            message: format!(
                "interrupted: stack {} left as the up left it (`berth up` finishes it, `berth down` removes it)",
                stack.name
            ),
        },
        QuitChoice::LeaveRunning => {
            UiExit { code: 0, message: format!("stack {} left running (`berth down` removes it)", stack.name) }
        }
        QuitChoice::Stop => match engine.stop_all(&stack).await {
            Ok(n) => UiExit { code: 0, message: format!("stack {}: {n} containers stopped", stack.name) },
            Err(e) => UiExit { code: 1, message: format!("stopping failed: {e}") },
        },
        QuitChoice::Down => {
            let (etx, mut erx) = mpsc::channel(64);
            tokio::spawn(async move { while erx.recv().await.is_some() {} });
            match engine.down(&stack.name, false, &etx).await {
                Ok(()) => UiExit { code: 0, message: format!("stack {} is down", stack.name) },
                Err(e) => UiExit { code: 1, message: format!("down failed: {e}") },
            }
        }
    }
}

/// One follower per container: (re)attached when a service gets a new container.
fn follow_logs(
    engine: &Engine,
    stack: &Stack,
    status: &crate::engine::status::StackStatus,
    followers: &mut HashMap<String, (String, JoinHandle<()>)>,
    tx: &mpsc::Sender<Msg>,
    masker: &Masker,
    last_seen: impl Fn(&str) -> Option<String>,
) {
    for s in &status.services {
        let Some(id) = &s.container_id else { continue };
        if followers.get(&s.name).is_some_and(|(current, h)| current == id && !h.is_finished()) {
            continue;
        }
        let fresh = followers.get(&s.name).is_none_or(|(current, _)| current != id);
        if let Some((_, old)) = followers.remove(&s.name) {
            old.abort();
        }
        let (engine, stack, tx, masker, name) =
            (engine.clone(), stack.clone(), tx.clone(), masker.clone(), s.name.clone());
        // A stream that broke (the engine went away, the container restarted) resumes after
        // the last line shown: nothing the engine kept is lost or shown twice.
        let after = if fresh { None } else { last_seen(&s.name).and_then(|t| parse_timestamp(&t)) };
        let request = LogsRequest {
            services: vec![s.name.clone()],
            follow: true,
            tail: if fresh {
                Some(500)
            } else if after.is_some() {
                None
            } else {
                Some(0)
            },
            since: after.map(|t| t.timestamp()),
            timestamps: true,
        };
        let handle = tokio::spawn(follow_one(engine, stack, request, after, name, masker, tx));
        followers.insert(s.name.clone(), (id.clone(), handle));
    }
}

/// Follows one container's log into batches for the UI.
///
/// Waiting on the socket for each line the engine writes costs a wakeup per line, tens of
/// thousands a second under a flood. So a batch takes the first line and whatever follows
/// without a pause, and then the follower rests REST: meanwhile the engine's output waits in
/// the socket (nothing is lost, the engine keeps the log) and the next batch reads it in
/// large chunks. A lone line still shows at once.
async fn follow_one(
    engine: Engine,
    stack: Stack,
    request: LogsRequest,
    after: Option<chrono::DateTime<chrono::FixedOffset>>,
    service: String,
    masker: Masker,
    tx: mpsc::Sender<Msg>,
) {
    // A gap this long ends a batch. In 10 ms a 50k lines/s flood writes ~85 KB, well within
    // the socket's buffer (measured at 50k lines/s: 30% of a core, no line dropped).
    const GAP: Duration = Duration::from_millis(1);
    const REST: Duration = Duration::from_millis(10);
    let Ok(mut stream) = engine.logs(&stack, &request).await else { return };
    let entry = |text: &str| {
        let (timestamp, text) = match text.split_once(' ') {
            Some((ts, rest)) if ts.len() > 20 && ts.as_bytes().get(4) == Some(&b'-') => (Some(ts.to_string()), rest),
            _ => (None, text),
        };
        LogEntry { timestamp, text: masker.mask(text) }
    };
    // `since` has whole seconds: the lines of that second already shown are skipped.
    let shown = |e: &LogEntry| {
        after.is_some_and(|after| e.timestamp.as_deref().and_then(parse_timestamp).is_some_and(|t| t <= after))
    };
    loop {
        let Some(Ok(first)) = stream.next().await else { return };
        let first = entry(&first.text);
        if shown(&first) {
            continue;
        }
        let mut lines = vec![first];
        let mut ended = false;
        while lines.len() < BATCH_LINES {
            match tokio::time::timeout(GAP, stream.next()).await {
                Ok(Some(Ok(line))) => lines.push(entry(&line.text)),
                Ok(Some(Err(_)) | None) => {
                    ended = true;
                    break;
                }
                Err(_) => break,
            }
        }
        let full = lines.len() >= BATCH_LINES;
        if tx.send(Msg::Logs { service: service.clone(), lines }).await.is_err() || ended {
            return;
        }
        if !full {
            tokio::time::sleep(REST).await;
        }
    }
}

fn parse_timestamp(text: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(text).ok()
}

fn spawn_command(
    command: Command,
    engine: &Engine,
    stack: &Stack,
    vars: &Vars,
    spec: Option<&SeedSpec>,
    tx: &mpsc::Sender<Msg>,
) {
    let (engine, stack, vars, spec, tx) = (engine.clone(), stack.clone(), vars.clone(), spec.cloned(), tx.clone());
    tokio::spawn(async move {
        let (what, result) = match command {
            Command::Restart(s) => {
                let (etx, mut erx) = mpsc::channel(64);
                let forward = tx.clone();
                tokio::spawn(async move {
                    while let Some(e) = erx.recv().await {
                        let _ = forward.send(Msg::Engine(e)).await;
                    }
                });
                let r = engine.restart(&stack, std::slice::from_ref(&s), &etx).await;
                let result = match r {
                    Ok(results) => match results.into_iter().next() {
                        Some((_, Ok(()))) => Ok("ready again".to_string()),
                        Some((_, Err(f))) => Err(f.reason),
                        None => Err("nothing restarted".into()),
                    },
                    Err(e) => Err(e.to_string()),
                };
                (format!("restart {s}"), result)
            }
            Command::Stop(s) => (
                format!("stop {s}"),
                engine.stop_service(&stack, &s).await.map(|()| "stopped".into()).map_err(|e| e.to_string()),
            ),
            Command::Start(s) => (
                format!("start {s}"),
                engine.start_service(&stack, &s).await.map(|()| "started".into()).map_err(|e| e.to_string()),
            ),
            Command::Reseed | Command::Reset => {
                let mode = if command == Command::Reset { Mode::Reset } else { Mode::Seed };
                let what = if mode == Mode::Reset { "reset" } else { "seed" }.to_string();
                let Some(spec) = spec else {
                    let _ =
                        tx.send(Msg::ActionDone { what, result: Err("this stack has no seed folder".into()) }).await;
                    return;
                };
                let started = std::time::Instant::now();
                let request = seed::SeedRun::everything(&spec, mode);
                let result = seed::run(&engine, &stack, &vars, request, |_| true, &|_, _, _| {}).await;
                (
                    what,
                    result
                        .map(|plan| format!("{} changes in {:.2}s", plan.pending(), started.elapsed().as_secs_f64()))
                        .map_err(|e| e.to_string()),
                )
            }
            Command::Quit(_) | Command::CancelUp => return,
        };
        let _ = tx.send(Msg::ActionDone { what, result }).await;
    });
}
