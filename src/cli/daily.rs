//! Commands of the daily loop: `exec` and `shell` in a service's container (the terminal
//! handed over to the command and back), and `env`, the stack's addresses for the host.

use std::io::{IsTerminal, Write};

use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;

use berth::engine::exec_session::ExecRequest;
use berth::engine::Engine;
use berth::stack::Stack;

use super::error::{CliError, CmdResult};
use super::exit;

/// Puts the terminal back however the command ends.
struct RawMode;

impl RawMode {
    fn enter() -> Result<RawMode, CliError> {
        crossterm::terminal::enable_raw_mode()
            .map_err(|e| CliError::Failed(format!("cannot take over the terminal: {e}")))?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

fn known(stack: &Stack, service: &str) -> Result<(), CliError> {
    if stack.service(service).is_some() {
        Ok(())
    } else {
        let names: Vec<&str> = stack.services.iter().map(|s| s.name.as_str()).collect();
        Err(CliError::Usage(format!(
            "unknown service '{service}' in stack {} (it has: {})",
            stack.name,
            names.join(", ")
        )))
    }
}

/// `berth exec`: the command's exit code is berth's.
pub async fn exec(engine: &Engine, stack: &Stack, service: &str, mut request: ExecRequest) -> CmdResult {
    known(stack, service)?;
    if request.command.is_empty() {
        return Err(CliError::Usage("exec needs a command after the service (or use `berth shell SERVICE`)".into()));
    }
    let container = engine.running_container(stack, service).await?;
    request.tty &= std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    finish(attach(engine, &container, request).await?)
}

/// `berth shell`: the best shell the container has, on this terminal.
pub async fn shell(engine: &Engine, stack: &Stack, service: &str) -> CmdResult {
    known(stack, service)?;
    let container = engine.running_container(stack, service).await?;
    let find = ["sh", "-c", "for s in bash zsh ash sh; do command -v $s && exit 0; done; exit 1"].map(String::from);
    let found = berth::exec::capture(&engine.docker, &container, &find, &[])
        .await
        .map_err(|e| CliError::Failed(format!("cannot look for a shell in '{service}': {e}")))?;
    let shell = String::from_utf8_lossy(&found.stdout).lines().next().unwrap_or_default().trim().to_string();
    if found.exit_code != Some(0) || shell.is_empty() {
        return Err(CliError::Failed(format!("the container of '{service}' has no shell (bash, zsh, ash or sh)")));
    }
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let request = ExecRequest { command: vec![shell], tty, ..ExecRequest::default() };
    finish(attach(engine, &container, request).await?)
}

/// `berth env`: the host-side view of the running stack, for `eval "$(berth env --format shell)"`.
pub async fn env(
    engine: &Engine,
    loaded: &berth::stack::Loaded,
    services: &[String],
    format: &str,
    show_secrets: bool,
) -> CmdResult {
    let stack = &loaded.stack;
    for s in services {
        known(stack, s)?;
    }
    let mut selected = stack.clone();
    if !services.is_empty() {
        selected.services.retain(|s| services.contains(&s.name));
    }
    let status = engine.status(stack).await?;
    let masker = if show_secrets {
        berth::seed::mask::Masker::default()
    } else {
        super::stack_input::output_masker(loaded, None)
    };
    let vars: Vec<(String, String)> = berth::engine::host_env::host_env(&selected, &status, &engine.probe_host)
        .into_iter()
        .map(|(k, v)| (k, masker.mask(&v)))
        .collect();
    if vars.is_empty() {
        eprintln!("no service of stack {} publishes a port right now (is it up? `berth ps`)", stack.name);
    }
    let quote = |v: &str| format!("'{}'", v.replace('\'', "'\\''"));
    let text = match format {
        "json" => {
            let map: serde_json::Map<String, serde_json::Value> =
                vars.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect();
            serde_json::to_string_pretty(&map).map_err(|e| CliError::Failed(format!("cannot encode: {e}")))?
        }
        "shell" => vars.iter().map(|(k, v)| format!("export {k}={}", quote(v))).collect::<Vec<_>>().join("\n"),
        _ => vars.iter().map(|(k, v)| format!("{k}={}", quote(v))).collect::<Vec<_>>().join("\n"),
    };
    if !text.is_empty() {
        println!("{text}");
    }
    Ok(())
}

fn finish(code: i64) -> CmdResult {
    match code {
        0 => Ok(()),
        1..=255 => Err(CliError::Reported(code as u8)),
        _ => Err(CliError::Reported(exit::FAILED)),
    }
}

/// Runs the command with this process's stdin, stdout and stderr; returns its exit code.
async fn attach(engine: &Engine, container: &str, request: ExecRequest) -> Result<i64, CliError> {
    let tty = request.tty;
    let mut session = engine.open_exec(container, &request).await?;
    let _raw = if tty { Some(RawMode::enter()?) } else { None };
    if tty {
        if let Ok((width, height)) = crossterm::terminal::size() {
            engine.resize_exec(&session.id, width, height).await;
        }
    }
    let mut input = session.input;
    let stdin = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut tokio::io::stdin(), &mut input).await;
        // End of our stdin is the end of the command's: `echo x | berth exec -T svc cat` ends.
        let _ = input.shutdown().await;
    });
    let resizer = tty.then(|| {
        let (engine, id) = (engine.clone(), session.id.clone());
        tokio::spawn(async move {
            let Ok(mut winch) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::window_change()) else {
                return;
            };
            while winch.recv().await.is_some() {
                if let Ok((width, height)) = crossterm::terminal::size() {
                    engine.resize_exec(&id, width, height).await;
                }
            }
        })
    });
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    while let Some(chunk) = session.output.next().await {
        match chunk {
            Ok(bollard::container::LogOutput::StdErr { message }) => {
                let _ = err.write_all(&message);
                let _ = err.flush();
            }
            Ok(other) => {
                let _ = out.write_all(&other.into_bytes());
                let _ = out.flush();
            }
            Err(e) => return Err(CliError::Failed(format!("the command's output broke off: {e}"))),
        }
    }
    stdin.abort();
    if let Some(r) = resizer {
        r.abort();
    }
    Ok(engine.exec_exit_code(&session.id).await?)
}
