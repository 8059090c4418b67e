//! The work the UI's commands start: tasks that talk to the engine and answer with messages
//! on the UI's channel. Nothing here touches the UI's state.

use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::app::{Command, HandOver, LogsFrom, Msg};
use super::log_buffer::LogEntry;
use crate::engine::exec_session::ExecRequest;
use crate::engine::status::LogsRequest;
use crate::engine::up::{Outcome, Step, UpOptions};
use crate::engine::Engine;
use crate::handover;
use crate::seed::mask::Masker;
use crate::seed::{self, Mode, SeedSpec};
use crate::stack::interpolate::Vars;
use crate::stack::Stack;

/// A log batch is sent when it reaches this many lines or the stream pauses.
const BATCH_LINES: usize = 2000;

/// Brings the stack up; its events and its outcome arrive as messages. The up lock is held
/// until the up is done (not while the UI stays open), so another `up` can follow.
pub fn up(
    engine: &Engine,
    stack: &Stack,
    (options, steps): (UpOptions, Vec<Step>),
    (up_lock, watch): (Option<crate::up_lock::UpLock>, Option<Vec<String>>),
    tx: &mpsc::Sender<Msg>,
    cancel: CancellationToken,
) {
    let (etx, mut erx) = mpsc::channel(512);
    let forward = tx.clone();
    tokio::spawn(async move {
        while let Some(e) = erx.recv().await {
            if forward.send(Msg::Engine(e)).await.is_err() {
                break;
            }
        }
    });
    let (engine, stack, tx) = (engine.clone(), stack.clone(), tx.clone());
    tokio::spawn(async move {
        let result = engine.up(&stack, &options, steps, etx.clone(), cancel.clone()).await;
        drop(up_lock);
        let ready = result.as_ref().is_ok_and(|r| r.all_ready());
        let msg = match result {
            Ok(report) => {
                let failed: Vec<&str> = report
                    .outcomes
                    .iter()
                    .filter(|(_, o)| !matches!(o, Outcome::Ready | Outcome::Completed))
                    .map(|(n, _)| n.as_str())
                    .collect();
                if report.all_ready() {
                    Msg::UpDone { summary: format!("all {} ready", report.outcomes.len()), ok: true }
                } else {
                    Msg::UpDone { summary: format!("not ready: {}", failed.join(", ")), ok: false }
                }
            }
            Err(e) => Msg::UpDone { summary: format!("up failed: {e}"), ok: false },
        };
        let _ = tx.send(msg).await;
        // With `--watch`, the rules are followed once the stack is ready, until the UI ends.
        if let (Some(services), true) = (watch, ready) {
            if let Err(e) = engine.watch(&stack, &services, &etx, cancel).await {
                let _ = tx.send(Msg::ActionDone { what: "watch".into(), result: Err(e.to_string()) }).await;
            }
        }
    });
}

/// The stack's status once a second, until cancelled.
pub fn poll_status(engine: &Engine, stack: &Stack, tx: &mpsc::Sender<Msg>, cancel: CancellationToken) {
    let (engine, stack, tx) = (engine.clone(), stack.clone(), tx.clone());
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

/// Follows one container's log; says when the stream ends.
pub fn follow(
    engine: &Engine,
    stack: &Stack,
    (service, container_id, from): (String, String, LogsFrom),
    masker: &Masker,
    tx: &mpsc::Sender<Msg>,
) -> JoinHandle<()> {
    // A stream that broke (the engine went away, the container restarted) resumes after
    // the last line shown: nothing the engine kept is lost or shown twice.
    let after = match &from {
        LogsFrom::Recent => None,
        LogsFrom::After(last) => last.as_deref().and_then(parse_timestamp),
    };
    let request = LogsRequest {
        services: vec![service.clone()],
        follow: true,
        tail: match (&from, after) {
            (LogsFrom::Recent, _) => Some(500),
            (_, Some(_)) => None,
            (_, None) => Some(0),
        },
        since: after.map(|t| t.timestamp()),
        until: None,
        timestamps: true,
    };
    let (engine, stack, masker, tx) = (engine.clone(), stack.clone(), masker.clone(), tx.clone());
    tokio::spawn(async move {
        follow_one(engine, stack, request, after, service.clone(), masker, tx.clone()).await;
        let _ = tx.send(Msg::LogsEnded { service, container_id }).await;
    })
}

/// Runs a hand-over's command on this terminal (the caller has suspended the UI); its exit code.
pub async fn hand_over(engine: &Engine, stack: &Stack, what: &HandOver) -> Result<i64, String> {
    let (HandOver::Shell { service } | HandOver::Run { service, .. }) = what;
    let at = engine.running_container(stack, service).await.map_err(|e| e.to_string())?;
    let command = match what {
        HandOver::Shell { .. } => {
            vec![handover::find_shell(&at.engine, &at.id, service).await.map_err(|e| e.to_string())?]
        }
        HandOver::Run { command, .. } => vec!["sh".into(), "-c".into(), command.clone()],
    };
    let request = ExecRequest { command, tty: true, ..ExecRequest::default() };
    handover::run(&at.engine, &at.id, request).await.map_err(|e| e.to_string())
}

/// Follows one container's stats stream (the engine sends about one sample a second) until
/// the container goes or the UI stops following it.
pub fn follow_stats(
    engine: &Engine,
    (service, container_id): (String, String),
    tx: &mpsc::Sender<Msg>,
) -> JoinHandle<()> {
    let (engine, tx) = (engine.clone(), tx.clone());
    tokio::spawn(async move {
        let mut samples = std::pin::pin!(engine.stats(&container_id));
        while let Some(Ok(usage)) = samples.next().await {
            if tx.send(Msg::Usage { service: service.clone(), usage }).await.is_err() {
                break;
            }
        }
        let _ = tx.send(Msg::Usage { service, usage: None }).await;
    })
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

pub fn spawn_command(
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
                engine.stop_service(&stack, &s, None).await.map(|()| "stopped".into()).map_err(|e| e.to_string()),
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
            Command::Quit(_)
            | Command::CancelUp
            | Command::FollowLogs { .. }
            | Command::FollowStats { .. }
            | Command::HandOver(_) => return,
        };
        let _ = tx.send(Msg::ActionDone { what, result }).await;
    });
}
