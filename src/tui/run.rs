//! The loop that owns the terminal: input, engine events, status polls and log batches
//! arrive on one bounded channel; each burst is applied with `update`, commands become
//! tasks, and a frame is drawn at most every FRAME and only when something changed.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event as TermEvent, EventStream};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::app::{App, Command, HandOver, Msg, QuitChoice};
use super::instruments::Instruments;
use super::tasks;
use super::update::update;
use crate::engine::up::{Step, UpOptions};
use crate::engine::Engine;
use crate::seed::mask::Masker;
use crate::seed::SeedSpec;
use crate::stack::interpolate::Vars;
use crate::stack::Stack;

const FRAME: Duration = Duration::from_millis(33);

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
    /// Follow these services' develop.watch rules once the up is ready (empty: all of them).
    pub watch: Option<Vec<String>>,
}

/// The terminal could not be taken over.
#[derive(Debug, thiserror::Error)]
#[error("cannot open the terminal UI: {0} (use --no-tui)")]
pub struct UiError(#[source] std::io::Error);

/// Runs the UI until the user leaves; what to do with the stack then is theirs to say and
/// the caller's to carry out.
pub async fn run(config: UiConfig) -> Result<QuitChoice, UiError> {
    let mut terminal = ratatui::try_init().map_err(UiError)?;
    // ratatui's hook restores the terminal; a panic in any task then ends the program
    // rather than leaving a UI drawing into a restored terminal.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
        std::process::exit(101);
    }));
    let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture);
    let choice = event_loop(&mut terminal, config).await;
    let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    Ok(choice)
}

/// What the loop's commands need to become tasks.
struct Workers<'a> {
    engine: &'a Engine,
    stack: &'a Stack,
    vars: &'a Vars,
    seed: Option<&'a SeedSpec>,
    tx: &'a mpsc::Sender<Msg>,
    up_cancel: &'a CancellationToken,
    /// One log follower per service.
    followers: HashMap<String, JoinHandle<()>>,
    /// One stats stream per service's current container.
    stats: HashMap<String, JoinHandle<()>>,
}

impl Workers<'_> {
    /// Carries out a command; the quit choice is handed back.
    fn start(&mut self, command: Command, masker: &Masker) -> Option<QuitChoice> {
        match command {
            Command::Quit(choice) => return Some(choice),
            Command::CancelUp => self.up_cancel.cancel(),
            Command::FollowLogs { service, container_id, from } => {
                let handle =
                    tasks::follow(self.engine, self.stack, (service.clone(), container_id, from), masker, self.tx);
                if let Some(old) = self.followers.insert(service, handle) {
                    old.abort();
                }
            }
            Command::FollowStats { service, container_id } => {
                let handle = tasks::follow_stats(self.engine, (service.clone(), container_id), self.tx);
                if let Some(old) = self.stats.insert(service, handle) {
                    old.abort();
                }
            }
            other => tasks::spawn_command(other, self.engine, self.stack, self.vars, self.seed, self.tx),
        }
        None
    }
}

/// Gives the terminal to `work` (the UI's screen put away, the terminal as a shell expects
/// it) and takes it back after; Err only when the terminal cannot be taken back.
async fn suspended<T>(
    terminal: &mut ratatui::DefaultTerminal,
    what: &HandOver,
    work: impl std::future::Future<Output = T>,
) -> std::io::Result<T> {
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
    let mut out = std::io::stdout();
    crossterm::execute!(out, DisableMouseCapture, LeaveAlternateScreen, crossterm::cursor::Show)?;
    disable_raw_mode()?;
    println!("berth: {} — the UI comes back when it ends", what.describe());
    let result = work.await;
    enable_raw_mode()?;
    if let HandOver::Run { .. } = what {
        // A one-off command's output stays readable until the user is done with it. The key is
        // read through crossterm's own reader, the one the UI reads with, so no other reader of
        // the terminal is left holding input.
        print!("\r\nberth: press Enter to return to the UI\r\n");
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let _ = tokio::task::spawn_blocking(|| loop {
            match crossterm::event::read() {
                Ok(crossterm::event::Event::Key(k))
                    if k.kind != crossterm::event::KeyEventKind::Release
                        && matches!(k.code, crossterm::event::KeyCode::Enter | crossterm::event::KeyCode::Esc) =>
                {
                    break
                }
                Ok(_) => {}
                Err(_) => break,
            }
        })
        .await;
    }
    crossterm::execute!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    // A new terminal value has an empty previous frame, so the next draw paints every cell.
    // (`Terminal::clear` would ask the terminal where its cursor is and give up after 2 s
    // when the answer is slow — on a loaded machine it was.)
    *terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))?;
    Ok(result)
}

async fn event_loop(terminal: &mut ratatui::DefaultTerminal, config: UiConfig) -> QuitChoice {
    let UiConfig { engine, stack, vars, seed, masker, log_lines, up, up_lock, watch } = config;
    let services: Vec<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    let mut app = App::new(&stack.name, &engine.endpoint, &services, seed.is_some(), log_lines).masked_by(masker);
    let (tx, mut rx) = mpsc::channel::<Msg>(1024);
    let cancel = CancellationToken::new();
    let up_cancel = cancel.child_token();
    let mut instruments = Instruments::from_env();
    let mut workers = Workers {
        engine: &engine,
        stack: &stack,
        vars: &vars,
        seed: seed.as_ref(),
        tx: &tx,
        up_cancel: &up_cancel,
        followers: HashMap::new(),
        stats: HashMap::new(),
    };

    let height = terminal.size().map_or(24, |s| s.height);
    let mut opening = vec![Msg::Resized { height }];
    match up {
        Some(up) => {
            opening.push(Msg::UpStarted);
            tasks::up(&engine, &stack, up, (up_lock, watch), &tx, up_cancel.clone());
        }
        None => opening.push(Msg::Attached),
    }
    for msg in opening {
        update(&mut app, msg);
    }
    tasks::poll_status(&engine, &stack, &tx, cancel.clone());

    let mut input = EventStream::new();
    let mut frame = tokio::time::interval(FRAME);
    frame.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut seconds = tokio::time::interval(Duration::from_secs(1));
    #[cfg(unix)]
    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();

    let quit = 'ui: loop {
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
                Some(Ok(TermEvent::Resize(_, height))) => Some(Msg::Resized { height }),
                Some(Ok(_)) => None,
                Some(Err(_)) | None => break QuitChoice::LeaveRunning,
            },
            msg = rx.recv() => msg,
            _ = seconds.tick() => Some(Msg::Tick { now: Instant::now(), wall: chrono::Utc::now() }),
            _ = frame.tick() => {
                if app.dirty {
                    let _ = terminal.draw(|f| {
                        super::view::view(&app, f);
                        instruments.in_draw();
                    });
                    instruments.drawn();
                    update(&mut app, Msg::Drawn);
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
        let mut hand_over = None;
        for msg in burst {
            instruments.saw(&msg);
            for command in update(&mut app, msg) {
                if let Command::HandOver(what) = command {
                    hand_over = Some(what);
                } else if let Some(choice) = workers.start(command, &app.masker) {
                    break 'ui choice;
                }
            }
        }
        if let Some(what) = hand_over {
            // The key reader lets go of the terminal while the command has it.
            drop(input);
            let result = suspended(terminal, &what, tasks::hand_over(&engine, &stack, &what)).await;
            input = EventStream::new();
            let done = match result {
                Ok(Ok(code)) => {
                    Msg::ActionDone { what: what.describe(), result: Ok(format!("ended with exit code {code}")) }
                }
                Ok(Err(e)) => Msg::ActionDone { what: what.describe(), result: Err(e) },
                Err(e) => {
                    eprintln!("berth: cannot take the terminal back after the {}: {e}", what.describe());
                    break 'ui QuitChoice::LeaveRunning;
                }
            };
            update(&mut app, done);
            app.dirty = true;
        }
    };
    cancel.cancel();
    instruments.finish();
    for (_, handle) in workers.followers.into_iter().chain(workers.stats) {
        handle.abort();
    }
    quit
}
