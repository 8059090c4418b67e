//! `up` attached, as compose's `up` without `-d`: once the containers are started, their
//! output prefixed with the service (stderr lines to stderr), each exit said, until every
//! container has exited or Ctrl-C stops them all. `--abort-on-container-exit` stops them
//! all at the first exit; `--exit-code-from SERVICE` makes that service's code berth's.

use std::collections::BTreeMap;

use futures_util::StreamExt;
use tokio::sync::mpsc;

use berth::engine::status::LogsRequest;
use berth::engine::Engine;
use berth::seed::mask::Masker;
use berth::stack::Stack;

use super::error::{CliError, CmdResult};
use super::exit;
use super::headless::Style;

/// What the command line asks of an attached `up`.
#[derive(Debug, Clone, Default)]
pub struct Attach {
    pub abort_on_exit: bool,
    pub exit_code_from: Option<String>,
    /// Seconds each container gets to stop (its own grace period otherwise).
    pub stop_timeout: Option<u32>,
    /// `--attach`: only these services' output; all when empty.
    pub only: Vec<String>,
    /// `--no-attach`: not these services' output.
    pub not: Vec<String>,
    /// `--abort-on-container-failure`: stop them all at the first exit that is not 0.
    pub abort_on_failure: bool,
    /// `--no-color`, `--no-log-prefix`, `--timestamps`: how each line is printed.
    pub no_color: bool,
    pub no_log_prefix: bool,
    pub timestamps: bool,
    /// `--attach-dependencies`: the named services' dependencies are followed too.
    pub dependencies: bool,
    /// `--menu=false`: followed plain even on a terminal, where the UI would open.
    pub plain: bool,
}

impl Attach {
    /// Whether the command line asked for an attached `up` even on a terminal.
    pub fn asked(&self) -> bool {
        self.abort_on_exit || self.abort_on_failure || self.plain || !self.only.is_empty() || !self.not.is_empty()
    }

    fn shows(&self, service: &str) -> bool {
        (self.only.is_empty() || self.only.iter().any(|s| s == service)) && !self.not.iter().any(|s| s == service)
    }
}

/// Follows the started containers of `selected` until they end; the exit code as compose's.
/// `since` (Unix seconds) keeps a container left running by an earlier `up` from replaying
/// its old output.
pub async fn follow(
    engine: &Engine,
    stack: &Stack,
    selected: &[String],
    attach: &Attach,
    since: i64,
    masker: &Masker,
) -> CmdResult {
    let containers: Vec<(String, String)> = engine
        .stack_containers(&stack.name)
        .await?
        .into_iter()
        .filter_map(|c| {
            let service = berth::engine::labels::service_of(&c)?.to_string();
            Some((service, c.id?))
        })
        .filter(|(service, _)| selected.contains(service))
        .collect();
    let mut shown: Vec<String> = containers.iter().map(|(s, _)| s.clone()).filter(|s| attach.shows(s)).collect();
    shown.sort();
    println!("Attaching to {}", shown.join(", "));
    let request = LogsRequest {
        services: shown.clone(),
        follow: true,
        since: Some(since),
        timestamps: attach.timestamps,
        ..LogsRequest::default()
    };
    let mut logs = match shown.is_empty() {
        true => Box::pin(futures_util::stream::empty()),
        false => engine.logs(stack, &request).await?,
    };
    // One waiter per container: its exit code, as the engine reports it.
    let (exits, mut exited) = mpsc::channel::<(String, i64)>(containers.len().max(1));
    for (service, id) in &containers {
        let (engine, service, id, exits) = (engine.clone(), service.clone(), id.clone(), exits.clone());
        tokio::spawn(async move {
            let code = engine.wait_for_exit(&id).await.unwrap_or(-1);
            let _ = exits.send((service, code)).await;
        });
    }
    drop(exits);
    let style = Style::for_logs(attach.no_color);
    let width = containers.iter().map(|(s, _)| s.len()).max().unwrap_or(8);
    let mut codes: BTreeMap<String, i64> = BTreeMap::new();
    let mut first_exit: Option<i64> = None;
    let mut first_failure: Option<i64> = None;
    let mut stopping = false;
    let mut interrupted = false;
    let mut logs_open = true;
    // One listener from the start: a Ctrl-C while a line is printed is not lost.
    let mut interrupt = std::pin::pin!(tokio::signal::ctrl_c());
    while codes.len() < containers.len() {
        tokio::select! {
            line = logs.next(), if logs_open => match line {
                Some(Ok(line)) => {
                    let text = style.log_line(&line.service, width, &masker.mask(&line.text), !attach.no_log_prefix);
                    if line.stderr { eprintln!("{text}") } else { println!("{text}") }
                }
                Some(Err(e)) => eprintln!("warning: {e}"),
                None => logs_open = false,
            },
            Some((service, code)) = exited.recv() => {
                println!("{service} exited with code {code}");
                first_exit.get_or_insert(code);
                if code != 0 {
                    first_failure.get_or_insert(code);
                }
                codes.insert(service, code);
                if (attach.abort_on_exit || (attach.abort_on_failure && code != 0)) && !stopping {
                    eprintln!("Aborting on container exit...");
                    stopping = true;
                    engine.stop_all(stack, attach.stop_timeout).await?;
                }
            },
            _ = &mut interrupt, if !stopping => {
                eprintln!("Gracefully stopping... (press Ctrl+C again to force)");
                stopping = true;
                interrupted = true;
                let stop = engine.stop_all(stack, attach.stop_timeout);
                tokio::select! {
                    stopped = stop => { stopped?; }
                    _ = tokio::signal::ctrl_c() => {
                        eprintln!("forced: containers left as they are (`berth down` removes them)");
                        return Err(CliError::Reported(exit::INTERRUPTED));
                    }
                }
            },
        }
    }
    if interrupted {
        return Err(CliError::Reported(exit::INTERRUPTED));
    }
    let code = match &attach.exit_code_from {
        Some(service) => codes.get(service).copied().unwrap_or(0),
        None if attach.abort_on_exit => first_exit.unwrap_or(0),
        None if attach.abort_on_failure => first_failure.unwrap_or(0),
        None => 0,
    };
    match code {
        0 => Ok(()),
        1..=255 => Err(CliError::Reported(code as u8)),
        _ => Err(CliError::Reported(exit::FAILED)),
    }
}
