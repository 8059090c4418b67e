//! The terminal handed to a command in a service's container, and back: `berth exec`,
//! `berth shell` and the UI's `e` and `x` keys. stdin is read by a thread that waits
//! with `poll` and a short timeout, so when the command ends the thread stops without a
//! read left pending — a pending read would take the next key meant for the UI.

use std::io::Write;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc;

use crate::engine::exec_session::ExecRequest;
use crate::engine::{Engine, EngineError};

/// How often the stdin thread looks whether it should stop.
const STOP_CHECK: Duration = Duration::from_millis(100);
/// How many times the command's terminal size is asked for before berth leaves it be.
const SIZE_ATTEMPTS: u32 = 10;

#[derive(Debug, thiserror::Error)]
pub enum HandoverError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("cannot take over the terminal: {0}")]
    Terminal(#[source] std::io::Error),
    #[error("the command's output broke off: {0}")]
    Output(#[source] bollard::errors::Error),
    #[error("cannot look for a shell in '{service}': {source}")]
    ShellSearch {
        service: String,
        #[source]
        source: crate::exec::ExecError,
    },
    #[error("the container of '{0}' has no shell (bash, zsh, ash or sh)")]
    NoShell(String),
}

/// The best shell the container has.
pub async fn find_shell(engine: &Engine, container: &str, service: &str) -> Result<String, HandoverError> {
    let find = ["sh", "-c", "for s in bash zsh ash sh; do command -v $s && exit 0; done; exit 1"].map(String::from);
    let found = crate::exec::capture(&engine.docker, container, &find, &[])
        .await
        .map_err(|source| HandoverError::ShellSearch { service: service.to_string(), source })?;
    let shell = String::from_utf8_lossy(&found.stdout).lines().next().unwrap_or_default().trim().to_string();
    if found.exit_code != Some(0) || shell.is_empty() {
        return Err(HandoverError::NoShell(service.to_string()));
    }
    Ok(shell)
}

/// What the terminal is handed to: a command run in a container (`exec`), a one-off
/// container's own process (`run`), or a service's running container (`attach`). They differ
/// only in how they are sized and how their exit code is read.
#[derive(Clone)]
enum Attached {
    Exec(String),
    OneOff(String),
    Running(String),
}

impl Attached {
    async fn resize(&self, engine: &Engine, width: u16, height: u16) -> Result<(), EngineError> {
        match self {
            Attached::Exec(id) => engine.resize_exec(id, width, height).await,
            Attached::OneOff(id) | Attached::Running(id) => engine.resize_one_off(id, width, height).await,
        }
    }

    async fn exit_code(&self, engine: &Engine) -> Result<i64, EngineError> {
        match self {
            Attached::Exec(id) => engine.exec_exit_code(id).await,
            Attached::OneOff(id) => engine.wait_for_exit(id).await,
            // Left with the detach keys, the container runs on: nothing failed.
            Attached::Running(id) => Ok(engine.exit_code_if_ended(id).await?.unwrap_or(0)),
        }
    }
}

/// The streams of an attached process.
struct Streams {
    output: std::pin::Pin<
        Box<dyn futures_util::Stream<Item = Result<bollard::container::LogOutput, bollard::errors::Error>> + Send>,
    >,
    input: std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>,
}

/// Runs the command with this process's stdin, stdout and stderr (raw mode while it has a
/// TTY); returns its exit code.
pub async fn run(engine: &Engine, container: &str, request: ExecRequest) -> Result<i64, HandoverError> {
    let tty = request.tty;
    let console = if tty { crossterm::terminal::size().ok() } else { None };
    let session = engine.open_exec(container, &request, console).await?;
    let _raw = if tty { Some(RawMode::enter()?) } else { None };
    let target = Attached::Exec(session.id);
    if let Some((width, height)) = console {
        size_terminal(engine, &target, width, height).await;
    }
    let streams = Streams { output: session.output, input: session.input };
    hand_over(engine, target, streams, tty, console, true).await
}

/// `berth run`: the one-off container `id` (made, not started) attached to this terminal,
/// started, and followed to its end; its exit code.
pub async fn run_one_off(engine: &Engine, id: &str, tty: bool, interactive: bool) -> Result<i64, HandoverError> {
    let console = if tty { crossterm::terminal::size().ok() } else { None };
    let attached = engine.attach_one_off(id, interactive).await?;
    let _raw = if tty && interactive { Some(RawMode::enter()?) } else { None };
    engine.start_one_off(id).await?;
    let target = Attached::OneOff(id.to_string());
    if let Some((width, height)) = console {
        size_terminal(engine, &target, width, height).await;
    }
    let streams = Streams { output: attached.output, input: attached.input };
    hand_over(engine, target, streams, tty, console, interactive).await
}

/// `berth attach`: this terminal joined to the running container `id` until it ends or the
/// detach keys leave it; its exit code (0 when left running).
pub async fn attach_running(
    engine: &Engine,
    id: &str,
    stdin: bool,
    detach_keys: Option<&str>,
) -> Result<i64, HandoverError> {
    use std::io::IsTerminal;
    let tty = engine.has_tty(id).await? && std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let console = if tty { crossterm::terminal::size().ok() } else { None };
    let attached = engine.attach_running(id, stdin, detach_keys).await?;
    let _raw = if tty && stdin { Some(RawMode::enter()?) } else { None };
    let target = Attached::Running(id.to_string());
    if let Some((width, height)) = console {
        size_terminal(engine, &target, width, height).await;
    }
    let streams = Streams { output: attached.output, input: attached.input };
    hand_over(engine, target, streams, tty, console, stdin).await
}

/// This process's stdin to the process (when `stdin`), its output to ours, until it ends.
async fn hand_over(
    engine: &Engine,
    target: Attached,
    streams: Streams,
    tty: bool,
    console: Option<(u16, u16)>,
    stdin: bool,
) -> Result<i64, HandoverError> {
    let Streams { output: mut session_output, mut input } = streams;
    let (chunks, mut received) = mpsc::channel::<Vec<u8>>(16);
    let pump = stdin.then(|| StdinPump::start(chunks));
    let forward = tokio::spawn(async move {
        while let Some(chunk) = received.recv().await {
            if input.write_all(&chunk).await.is_err() {
                return;
            }
            let _ = input.flush().await;
        }
        // End of our stdin is the end of the command's: `echo x | berth exec -T svc cat` ends.
        let _ = input.shutdown().await;
    });
    let resizer = tty.then(|| {
        let (engine, target) = (engine.clone(), target.clone());
        tokio::spawn(async move {
            let Ok(mut winch) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::window_change()) else {
                return;
            };
            while winch.recv().await.is_some() {
                if let Ok((width, height)) = crossterm::terminal::size() {
                    // A resize that races the command's end is of no consequence.
                    let _ = target.resize(&engine, width, height).await;
                }
            }
        })
    });
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    let mut broke = None;
    let mut size_at_first_output = console;
    while let Some(chunk) = session_output.next().await {
        if let Some((width, height)) = size_at_first_output.take() {
            // The command's first output proves it runs. A size given before that can be
            // lost while the engine sets up the command's terminal (a CI run here once left a
            // shell at the default 80 columns), so it is given once more.
            let _ = target.resize(engine, width, height).await;
        }
        match chunk {
            Ok(bollard::container::LogOutput::StdErr { message }) => {
                let _ = err.write_all(&message);
                let _ = err.flush();
            }
            Ok(other) => {
                let _ = out.write_all(&other.into_bytes());
                let _ = out.flush();
            }
            Err(e) => {
                broke = Some(e);
                break;
            }
        }
    }
    if let Some(pump) = pump {
        pump.stop();
    }
    forward.abort();
    if let Some(r) = resizer {
        r.abort();
    }
    if let Some(e) = broke {
        return Err(HandoverError::Output(e));
    }
    Ok(target.exit_code(engine).await?)
}

/// Gives the command's terminal its size. An engine can refuse while the command it has
/// just started is not yet running, so a refusal is tried again, as the docker CLI does.
async fn size_terminal(engine: &Engine, target: &Attached, width: u16, height: u16) {
    for attempt in 1..=SIZE_ATTEMPTS {
        if target.resize(engine, width, height).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt))).await;
    }
}

/// Puts the terminal back however the command ends.
struct RawMode;

impl RawMode {
    fn enter() -> Result<RawMode, HandoverError> {
        crossterm::terminal::enable_raw_mode().map_err(HandoverError::Terminal)?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// Reads this process's stdin into a channel until end of input or `stop`.
struct StdinPump {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl StdinPump {
    fn start(chunks: mpsc::Sender<Vec<u8>>) -> StdinPump {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let stdin = std::io::stdin();
            let fd = stdin.as_fd();
            let timeout = rustix::event::Timespec { tv_sec: 0, tv_nsec: STOP_CHECK.as_nanos() as _ };
            let mut buffer = vec![0u8; 8192];
            while !stopped.load(Ordering::Relaxed) {
                let mut fds = [rustix::event::PollFd::new(&fd, rustix::event::PollFlags::IN)];
                match rustix::event::poll(&mut fds, Some(&timeout)) {
                    Ok(0) | Err(rustix::io::Errno::INTR) => continue,
                    Ok(_) => {}
                    Err(_) => return,
                }
                match rustix::io::read(fd, &mut buffer) {
                    // End of input: dropping the sender ends the command's stdin.
                    Ok(0) => return,
                    Ok(n) => {
                        if chunks.blocking_send(buffer[..n].to_vec()).is_err() {
                            return;
                        }
                    }
                    Err(rustix::io::Errno::INTR | rustix::io::Errno::AGAIN) => continue,
                    Err(_) => return,
                }
            }
        });
        StdinPump { stop, thread }
    }

    /// Stops the thread and waits for it, so no read of stdin outlives the command.
    fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.thread.join();
    }
}
