//! `berth run`: a one-off command in a new container of a service, as compose runs it — its
//! dependencies (and the seed, when the service or one of them waits for it) brought up and
//! ready first, unless `--no-deps`; the command's exit code is berth's.

use std::time::{Duration, Instant};

use berth::engine::one_off::OneOff;
use berth::engine::up::UpOptions;
use berth::engine::{Engine, EngineError};
use berth::stack::Loaded;

use super::error::{CliError, CmdResult};
use super::exit;
use super::headless::{drained_events, summarize, Style};
use super::lifecycle::{cancel_on_ctrl_c, seed_steps, take_up_lock};
use super::stack_input::{known_services, output_masker};

pub struct RunRequest {
    pub one_off: OneOff,
    pub detach: bool,
    pub rm: bool,
    pub no_deps: bool,
    /// Remove orphans while bringing the dependencies up (`--remove-orphans`).
    pub remove_orphans: bool,
    /// How long the dependencies may take to be ready.
    pub wait: Duration,
}

/// `--env-from-file`: each file's variables before the `-e` ones, which win.
pub fn with_env_files(mut one_off: OneOff, files: &[std::path::PathBuf]) -> Result<OneOff, CliError> {
    let mut from_files = Vec::new();
    for path in files {
        let shown = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::Usage(format!("--env-from-file {shown}: cannot read it: {e}")))?;
        let pairs = berth::stack::envfile::parse(&text)
            .map_err(|e| CliError::Usage(format!("{shown}:{}:{}: {}", e.pos.line, e.pos.col, e.message)))?;
        from_files.extend(pairs.into_iter().map(|(k, v)| format!("{k}={v}")));
    }
    from_files.append(&mut one_off.env);
    one_off.env = from_files;
    Ok(one_off)
}

pub async fn run(engine: &Engine, loaded: &Loaded, request: RunRequest) -> CmdResult {
    let stack = &loaded.stack;
    let service = request.one_off.service.clone();
    known_services(stack, [&service])?;
    if stack.engine == berth::stack::deploy::EngineKind::Swarm {
        return Err(CliError::Usage(format!(
            "`berth run` makes a container on one engine; stack {} runs on a Swarm (run it with `--engine containers`, or use `berth exec` in a running task)",
            stack.name
        )));
    }
    request.one_off.check()?;
    if let Some(why) = stack.service(&service).and_then(berth::engine::up::cannot_run) {
        return Err(EngineError::CannotRun(format!("{why}; nothing was created")).into());
    }
    if !request.no_deps {
        bring_up_dependencies(engine, loaded, &service, request.wait, request.remove_orphans).await?;
    }
    let (events, drained) = drained_events();
    let container = engine.create_one_off(stack, &request.one_off, &events).await;
    drop(events);
    let _ = drained.await;
    let container = container?;
    if request.detach {
        engine.start_one_off(&container.id).await?;
        // As compose: the container's id, for `docker wait`, `docker logs` and the like.
        println!("{}", container.id);
        return Ok(());
    }
    let ran =
        berth::handover::run_one_off(engine, &container.id, request.one_off.tty, request.one_off.interactive).await;
    if request.rm {
        if let Err(e) = engine.remove_one_off(&container.id).await {
            eprintln!("warning: the container {} was not removed: {e} (`berth down` removes it)", container.name);
        }
    }
    match ran.map_err(|e| CliError::Failed(e.to_string()))? {
        0 => Ok(()),
        code @ 1..=255 => Err(CliError::Reported(code as u8)),
        _ => Err(CliError::Reported(exit::FAILED)),
    }
}

/// The service's dependencies, with the seed step when the service or one of them waits for
/// it, brought up and awaited as `up` does; nothing to do when it has none.
async fn bring_up_dependencies(
    engine: &Engine,
    loaded: &Loaded,
    service: &str,
    wait: Duration,
    remove_orphans: bool,
) -> CmdResult {
    let stack = &loaded.stack;
    let mut needed: Vec<String> = berth::engine::up::selection(stack, &[service.to_string()])?;
    needed.retain(|s| s != service);
    let (mut steps, spec) = seed_steps(engine, loaded)?;
    steps.retain(|step| step.before.iter().any(|b| b == service || needed.contains(b)));
    for step in &steps {
        for after in &step.after {
            if !needed.contains(after) {
                needed.push(after.clone());
            }
        }
    }
    if needed.is_empty() {
        return Ok(());
    }
    let needed = berth::engine::up::selection(stack, &needed)?;
    let options = UpOptions {
        services: needed,
        build: false,
        no_cache: false,
        timeout: wait,
        started_only: false,
        orphans: super::lifecycle::orphan_policy(loaded, remove_orphans),
        ..Default::default()
    };
    let lock = take_up_lock(engine, &stack.name).await;
    let began = Instant::now();
    let (events, drained) = drained_events();
    let report = engine.up(stack, &options, steps, events, cancel_on_ctrl_c()).await;
    let _ = drained.await;
    drop(lock);
    let report = report?;
    if report.all_ready() {
        return Ok(());
    }
    let masker = output_masker(loaded, spec.as_ref());
    match summarize(&Style::for_status(), &report, began.elapsed(), &masker) {
        exit::OK => Ok(()),
        code => Err(CliError::Reported(code)),
    }
}
