//! Commands of the daily loop: `exec` and `shell` in a service's container (the terminal
//! handed over to the command and back), and `env`, the stack's addresses for the host.

use std::io::IsTerminal;

use berth::engine::exec_session::ExecRequest;
use berth::engine::Engine;
use berth::handover;
use berth::stack::Stack;

use berth::engine::ContainerState;

use super::args::EnvFormat;
use super::error::{CliError, CmdResult};
use super::exit;
use super::secrets::Reveal;
use super::stack_input::known_services;

/// `berth exec`: the command's exit code is berth's; with `detach`, started and left.
pub async fn exec(engine: &Engine, stack: &Stack, service: &str, mut request: ExecRequest, detach: bool) -> CmdResult {
    known_services(stack, [&service.to_string()])?;
    if request.command.is_empty() {
        return Err(CliError::Usage("exec needs a command after the service (or use `berth shell SERVICE`)".into()));
    }
    let at = engine.running_container(stack, service).await?;
    if detach {
        return Ok(at.engine.exec_detached(&at.id, &request).await?);
    }
    request.tty &= std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    finish(attach(&at.engine, &at.id, request).await?)
}

/// `berth shell`: the best shell the container has, on this terminal.
pub async fn shell(engine: &Engine, stack: &Stack, service: &str) -> CmdResult {
    known_services(stack, [&service.to_string()])?;
    let at = engine.running_container(stack, service).await?;
    let shell = handover::find_shell(&at.engine, &at.id, service).await.map_err(|e| CliError::Failed(e.to_string()))?;
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let request = ExecRequest { command: vec![shell], tty, ..ExecRequest::default() };
    finish(attach(&at.engine, &at.id, request).await?)
}

/// `berth env`: the host-side view of the running stack, for `eval "$(berth env --format shell)"`.
/// Secret values follow [`Reveal`]: real for a program, masked on a terminal.
pub async fn env(
    engine: &Engine,
    loaded: &berth::stack::Loaded,
    services: &[String],
    format: EnvFormat,
    reveal: Reveal,
) -> CmdResult {
    let stack = &loaded.stack;
    known_services(stack, services)?;
    let mut selected = stack.clone();
    if !services.is_empty() {
        selected.services.retain(|s| services.contains(&s.name));
    }
    let status = engine.status(stack).await?;
    let running: Vec<&str> = status
        .services
        .iter()
        .filter(|s| s.state == ContainerState::Running && selected.service(&s.name).is_some())
        .map(|s| s.name.as_str())
        .collect();
    if running.is_empty() {
        return Err(CliError::Failed(format!(
            "stack {} is not running{}: there is no address to print; start it with `berth up`",
            stack.name,
            if services.is_empty() { String::new() } else { format!(" ({})", services.join(", ")) }
        )));
    }
    let masker = match reveal {
        Reveal::Real => berth::seed::mask::Masker::default(),
        Reveal::Masked => super::stack_input::output_masker(loaded, None),
    };
    let vars: Vec<(String, String)> = berth::engine::host_env::host_env(&selected, &status, &engine.probe_host)
        .into_iter()
        .map(|(k, v)| (k, masker.mask(&v)))
        .collect();
    let stopped: Vec<&str> =
        selected.services.iter().map(|s| s.name.as_str()).filter(|name| !running.contains(name)).collect();
    if !stopped.is_empty() {
        eprintln!("note: not running, so no variables for: {}", stopped.join(", "));
    }
    let unpublished: Vec<&str> = running
        .iter()
        .copied()
        .filter(|name| status.services.iter().any(|s| s.name == *name && s.ports.is_empty()))
        .collect();
    if !unpublished.is_empty() {
        eprintln!(
            "note: publish no port to the host, so no variables for: {} (add `ports:` to reach them from here)",
            unpublished.join(", ")
        );
    }
    if vars.is_empty() {
        return Err(CliError::Failed(format!(
            "no running service of stack {} publishes a port: there is no address to print",
            stack.name
        )));
    }
    for (_, why) in berth::engine::host_env::declared(&selected, &status, &engine.probe_host) {
        if let Err(why) = why {
            eprintln!("warning: host_env {why}");
        }
    }
    let quote = |v: &str| format!("'{}'", v.replace('\'', "'\\''"));
    let text = match format {
        EnvFormat::Json => {
            let map: serde_json::Map<String, serde_json::Value> =
                vars.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect();
            serde_json::to_string_pretty(&map).map_err(|e| CliError::Failed(format!("cannot encode: {e}")))?
        }
        EnvFormat::Shell => vars.iter().map(|(k, v)| format!("export {k}={}", quote(v))).collect::<Vec<_>>().join("\n"),
        EnvFormat::Dotenv => vars.iter().map(|(k, v)| format!("{k}={}", quote(v))).collect::<Vec<_>>().join("\n"),
    };
    println!("{text}");
    Ok(())
}

fn finish(code: i64) -> CmdResult {
    match code {
        0 => Ok(()),
        1..=255 => Err(CliError::Reported(code as u8)),
        _ => Err(CliError::Reported(exit::FAILED)),
    }
}

/// Runs the command on this terminal; returns its exit code.
async fn attach(engine: &Engine, container: &str, request: ExecRequest) -> Result<i64, CliError> {
    handover::run(engine, container, request).await.map_err(|e| CliError::Failed(e.to_string()))
}
