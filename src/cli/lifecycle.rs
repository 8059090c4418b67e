//! Commands that change what runs: up (headless or with the UI), ui, build, down, restart,
//! stop, start and pull.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use berth::engine::container_ops::{ContainerOp, Target};
use berth::engine::up::{Step, UpOptions};
use berth::engine::{Engine, EngineError, Event};
use berth::seed::mask::Masker;
use berth::seed::SeedSpec;
use berth::stack::{self, Loaded, Stack};
use berth::tui::app::QuitChoice;
use berth::up_lock::UpLock;

use super::args::{PullArgs, Rmi};
use super::error::{report, CliError, CmdResult};
use super::exit;
use super::headless::{print_failure, print_timings, summarize, EventPrinter, Style, TimingsFormat};
use super::output_mode::status_line;
use super::stack_input::{load_seed, output_masker, project_dir};

/// What `berth up` was asked for, beyond the services.
pub struct UpRequest {
    pub options: UpOptions,
    pub wait: bool,
    pub detach: bool,
    pub no_tui: bool,
    pub log_lines: usize,
    /// Follow the develop.watch rules once the stack is ready.
    pub watch: bool,
    /// Print each service's timings once it is up (headless).
    pub timings: Option<TimingsFormat>,
    /// How an attached `up` (compose's default) follows the services.
    pub attached: super::attached::Attach,
}

impl UpRequest {
    /// Headless, returning once the containers are made (and started, unless `no_start`):
    /// `up -d`, `create`, `scale`.
    pub fn detached(options: UpOptions) -> UpRequest {
        UpRequest {
            options,
            wait: false,
            detach: true,
            no_tui: true,
            log_lines: 0,
            watch: false,
            timings: None,
            attached: Default::default(),
        }
    }
}

/// The seed step of an `up` (none when the stack has no seed folder), and the fixtures.
pub fn seed_steps(engine: &Engine, loaded: &Loaded) -> Result<(Vec<Step>, Option<SeedSpec>), CliError> {
    let stack = &loaded.stack;
    let Some(config) = &stack.seed else { return Ok((Vec::new(), None)) };
    let spec = load_seed(loaded, &[])?;
    let (e, st, v) = (engine.clone(), stack.clone(), loaded.vars.clone());
    let state = project_dir().join(".berth").join(&stack.name);
    let step = berth::seed::up_step(e, st, v, spec.clone(), config.before.clone(), state);
    Ok((vec![step], Some(spec)))
}

pub async fn up(engine: Engine, loaded: &Loaded, request: UpRequest) -> CmdResult {
    let stack = &loaded.stack;
    let (mut steps, spec) = seed_steps(&engine, loaded)?;
    // Nothing starts, so nothing is ready to seed.
    if request.options.no_start {
        steps.clear();
    }
    let lock = take_up_lock(&engine, &stack.name).await;
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    let watch = request.watch.then(|| request.options.services.clone());
    // As compose's `up` without -d: attached, wherever there is no UI to show.
    let plain = !request.wait && !request.detach && !request.no_tui && !request.watch;
    let on_swarm = stack.engine == stack::deploy::EngineKind::Swarm;
    if on_swarm && request.attached.asked() {
        return Err(CliError::Usage(
            "--abort-on-container-exit, --exit-code-from, --attach and --no-attach follow containers on one engine; a Swarm runs tasks (use `berth up --wait`, then `berth logs -f`)".into(),
        ));
    }
    // On a Swarm, tasks come and go as Swarm places them: off a terminal, up waits as --wait.
    if !on_swarm && (request.attached.asked() || (plain && !interactive)) {
        let masker = output_masker(loaded, spec.as_ref());
        let result = attached_up(&engine, stack, request.options, steps, masker, &request.attached).await;
        drop(lock);
        return result;
    }
    if request.wait || request.detach || request.no_tui || !interactive {
        let masker = output_masker(loaded, spec.as_ref());
        let result = headless_up(&engine, stack, request.options, steps, masker, watch, request.timings).await;
        drop(lock);
        return result;
    }
    let up = UiUp { options: request.options, steps, lock, watch };
    ui(engine, loaded, spec, request.log_lines, Some(up)).await
}

/// `berth watch`: the stack brought up headless (unless `--no-up`), then its rules followed.
pub async fn watch(engine: Engine, loaded: &Loaded, services: Vec<String>, no_up: bool) -> CmdResult {
    let stack = &loaded.stack;
    let masker = output_masker(loaded, None);
    if no_up {
        let cancel = cancel_on_ctrl_c();
        return follow_watch(&engine, stack, &services, masker, cancel).await;
    }
    let request = UpRequest {
        options: up_options(services, 300, false, false, true),
        wait: true,
        detach: false,
        no_tui: true,
        log_lines: 0,
        watch: true,
        timings: None,
        attached: Default::default(),
    };
    up(engine, loaded, request).await
}

/// Prints the watch's events until Ctrl-C; a watch that cannot start is an error.
async fn follow_watch(
    engine: &Engine,
    stack: &Stack,
    services: &[String],
    masker: Masker,
    cancel: CancellationToken,
) -> CmdResult {
    let (tx, printer_task) = printer(stack, masker);
    let result = engine.watch(stack, services, &tx, cancel).await;
    drop(tx);
    let _ = printer_task.await;
    result.map_err(|e| CliError::Failed(e.to_string()))?;
    status_line(&format!("stopped watching; stack {} left running", stack.name));
    Ok(())
}

/// A token cancelled by Ctrl-C; a second Ctrl-C ends the program at once.
pub fn cancel_on_ctrl_c() -> CancellationToken {
    let cancel = CancellationToken::new();
    ctrl_c_cancels(cancel.clone());
    cancel
}

/// Cancels `cancel` at the first Ctrl-C and exits at the second, until the task is aborted.
fn ctrl_c_cancels(signal_cancel: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\ninterrupted: stopping (Ctrl-C again to quit at once)");
            signal_cancel.cancel();
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(i32::from(exit::INTERRUPTED));
            }
        }
    })
}

/// What the UI's own `up` needs.
pub struct UiUp {
    pub options: UpOptions,
    pub steps: Vec<Step>,
    pub lock: Option<UpLock>,
    pub watch: Option<Vec<String>>,
}

async fn headless_up(
    engine: &Engine,
    stack: &Stack,
    options: UpOptions,
    steps: Vec<Step>,
    masker: Masker,
    watch: Option<Vec<String>>,
    timings: Option<TimingsFormat>,
) -> CmdResult {
    let started = Instant::now();
    let cancel = cancel_on_ctrl_c();
    let (tx, printer_task) = printer(stack, masker.clone());
    let result = engine.up(stack, &options, steps, tx, cancel.clone()).await;
    let _ = printer_task.await;
    let report = result?;
    let took = started.elapsed();
    match summarize(&Style::for_status(), &report, took, &masker) {
        exit::OK => {
            print_addresses(engine, stack).await;
            if let Some(format) = timings {
                print_timings(&report, took, format);
            }
            match watch {
                Some(services) => follow_watch(engine, stack, &services, masker, cancel).await,
                None => Ok(()),
            }
        }
        code => Err(CliError::Reported(code)),
    }
}

/// The containers created and started (readiness awaited only where a dependant's condition
/// needs it, as `-d`), then followed attached.
async fn attached_up(
    engine: &Engine,
    stack: &Stack,
    mut options: UpOptions,
    steps: Vec<Step>,
    masker: Masker,
    attach: &super::attached::Attach,
) -> CmdResult {
    let began = chrono::Utc::now().timestamp();
    let started = Instant::now();
    options.started_only = true;
    // As compose: the services named are followed (all when none are); their dependencies
    // only with --attach-dependencies.
    let selected = match options.services.is_empty() || attach.dependencies {
        true => berth::engine::up::selection(stack, &options.services)?,
        false => options.services.clone(),
    };
    let (tx, printer_task) = printer(stack, masker.clone());
    let cancel = CancellationToken::new();
    // Ctrl-C interrupts the up; once it is done, the attached follow answers Ctrl-C itself.
    let listener = ctrl_c_cancels(cancel.clone());
    let result = engine.up(stack, &options, steps, tx, cancel).await;
    listener.abort();
    let _ = printer_task.await;
    let report = result?;
    let failed = report.outcomes.values().any(|o| !o.went_well());
    if failed || report.interrupted {
        return Err(CliError::Reported(summarize(&Style::for_status(), &report, started.elapsed(), &masker)));
    }
    super::attached::follow(engine, stack, &selected, attach, began, &masker).await
}

/// Where each service is reached from the host, once the stack is up (`berth env` has all).
async fn print_addresses(engine: &Engine, stack: &Stack) {
    let Ok(status) = engine.status(stack).await else { return };
    let width = stack.services.iter().map(|s| s.name.len()).max().unwrap_or(8);
    let lines: Vec<String> = berth::engine::host_env::service_urls(stack, &status, &engine.probe_host)
        .into_iter()
        .map(|(service, url)| format!("  {service:<width$}  {url}"))
        .collect();
    if !lines.is_empty() {
        status_line(&format!("addresses (all variables: `berth env`):\n{}", lines.join("\n")));
    }
}

/// The terminal UI, on an `up` it runs or on the stack as it is.
pub async fn ui(
    engine: Engine,
    loaded: &Loaded,
    spec: Option<SeedSpec>,
    log_lines: usize,
    up: Option<UiUp>,
) -> CmdResult {
    let masker = Masker::for_stack(&loaded.stack, spec.as_ref());
    let (up, up_lock, watch) = match up {
        Some(u) => (Some((u.options, u.steps)), u.lock, u.watch),
        None => (None, None, None),
    };
    let config = berth::tui::run::UiConfig {
        engine: engine.clone(),
        stack: loaded.stack.clone(),
        vars: loaded.vars.clone(),
        seed: spec,
        masker,
        log_lines,
        up,
        up_lock,
        watch,
    };
    let stack = &loaded.stack;
    let choice = berth::tui::run::run(config).await.map_err(|e| CliError::Failed(e.to_string()))?;
    match choice {
        QuitChoice::Interrupted => {
            eprintln!(
                "error: interrupted: stack {} left as the up left it (`berth up` finishes it, `berth down` removes it)",
                stack.name
            );
            Err(CliError::Reported(exit::INTERRUPTED))
        }
        QuitChoice::LeaveRunning => {
            status_line(&format!("stack {} left running (`berth down` removes it)", stack.name));
            Ok(())
        }
        QuitChoice::Stop => {
            let n =
                engine.stop_all(stack, None).await.map_err(|e| CliError::Failed(format!("stopping failed: {e}")))?;
            status_line(&format!("stack {}: {n} containers stopped", stack.name));
            Ok(())
        }
        QuitChoice::Down => {
            let (tx, _drained) = super::headless::drained_events();
            engine.run_pre_stop_hooks(stack).await.map_err(|e| CliError::Failed(format!("down failed: {e}")))?;
            engine.down(&stack.name, false, &tx).await.map_err(|e| CliError::Failed(format!("down failed: {e}")))?;
            status_line(&format!("stack {} is down", stack.name));
            Ok(())
        }
    }
}

/// The printer of a command's progress, or with `quiet` (`-q`) a channel nobody prints.
pub fn progress(stack: &Stack, masker: &Masker, quiet: bool) -> (mpsc::Sender<Event>, tokio::task::JoinHandle<()>) {
    match quiet {
        false => printer(stack, masker.clone()),
        true => super::headless::drained_events(),
    }
}

/// An event channel and the task that prints what arrives on it.
pub fn printer(stack: &Stack, masker: Masker) -> (mpsc::Sender<Event>, tokio::task::JoinHandle<()>) {
    let mut names: Vec<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    if stack.seed.is_some() {
        names.push(stack::SEED_STEP.into());
    }
    let (tx, mut rx) = mpsc::channel::<Event>(256);
    let handle = tokio::spawn(async move {
        let mut p = EventPrinter::new(Style::for_status(), &names, masker);
        while let Some(event) = rx.recv().await {
            p.print(&event);
        }
    });
    (tx, handle)
}

/// One `up` per stack and engine at a time, from whatever folder: a second one waits for the
/// first and says so. Without a writable lock folder berth warns and goes on unprotected.
pub async fn take_up_lock(engine: &Engine, stack: &str) -> Option<UpLock> {
    let path = match berth::up_lock::machine_root() {
        Ok(root) => berth::up_lock::path(&root, &engine.endpoint, stack),
        Err(e) => {
            eprintln!("warning: cannot make berth's lock folder: {e}; not protected against a concurrent `berth up`");
            return None;
        }
    };
    let unprotected = |e: &dyn std::fmt::Display| {
        eprintln!("warning: cannot lock {}: {e}; not protected against a concurrent `berth up`", path.display());
    };
    match berth::up_lock::try_acquire(&path) {
        Ok(Ok(lock)) => Some(lock),
        Ok(Err(holder)) => {
            let who = holder.map_or_else(String::new, |pid| format!(" (pid {pid})"));
            eprintln!("another `berth up` of stack {stack} is running{who}; waiting for it to finish (Ctrl-C to stop)");
            let wait_path = path.clone();
            let waited = tokio::task::spawn_blocking(move || berth::up_lock::acquire(&wait_path)).await;
            match waited.map_err(std::io::Error::other).and_then(|taken| taken) {
                Ok(lock) => Some(lock),
                Err(e) => {
                    unprotected(&e);
                    None
                }
            }
        }
        Err(e) => {
            unprotected(&e);
            None
        }
    }
}

/// Prints each service's failure; the command fails when any did.
pub fn failures<T>(results: &[(String, Result<T, berth::engine::Failure>)], masker: &Masker) -> CmdResult {
    let style = Style::detect();
    let mut ok = true;
    for (name, result) in results {
        if let Err(f) = result {
            print_failure(&style, name, f, masker);
            ok = false;
        }
    }
    all_ok(ok)
}

pub async fn down(engine: &Engine, stack: &Stack, volumes: bool) -> CmdResult {
    let asked = berth::engine::resources::DownOptions { volumes, ..Default::default() };
    down_as_asked(engine, stack, &asked, None).await
}

/// `down` with compose's options: some services only, a stop timeout, images removed.
pub async fn down_as_asked(
    engine: &Engine,
    stack: &Stack,
    asked: &berth::engine::resources::DownOptions,
    rmi: Option<Rmi>,
) -> CmdResult {
    // Compose runs each container's pre_stop hooks before stopping it; one that fails stops
    // the `down` before anything is removed.
    let mut hooked = stack.clone();
    if !asked.services.is_empty() {
        hooked.services.retain(|s| asked.services.contains(&s.name));
    }
    engine.run_pre_stop_hooks(&hooked).await?;
    take_down_said(engine, stack, asked).await?;
    if let Some(which) = rmi {
        remove_images(engine, &hooked, which).await?;
    }
    if !asked.services.is_empty() {
        status_line(&format!("{} removed from stack {}", asked.services.join(", "), stack.name));
        return Ok(());
    }
    status_line(&format!("stack {} is down", stack.name));
    let strangers = engine.strangers(stack).await;
    if !strangers.is_empty() {
        status_line(&format!(
            "left alone, not created by berth for this stack: {} (remove them yourself if they are yours to remove)",
            strangers.join(", ")
        ));
    }
    Ok(())
}

/// `down --rmi`: `all` the services' images, or the `local` ones (built by berth, with no
/// `image:` of their own); one still in use elsewhere is left, and said.
async fn remove_images(engine: &Engine, stack: &Stack, which: Rmi) -> CmdResult {
    for image in images_to_remove(stack, which) {
        match engine.remove_image_if_unused(&image).await? {
            None => status_line(&format!("image {image} removed")),
            Some(why) => eprintln!("warning: image {image} left: {why}"),
        }
    }
    Ok(())
}

/// The images `down --rmi` removes: `all` the services' images, or the `local` ones.
pub fn images_to_remove(stack: &Stack, which: Rmi) -> Vec<String> {
    let mut images: Vec<String> = stack
        .services
        .iter()
        .filter(|s| which == Rmi::All || (s.build.is_some() && s.image.is_none()))
        .filter(|s| s.runtime.provider.is_none())
        .map(|s| berth::engine::images::image_ref(stack, s))
        .collect();
    images.sort();
    images.dedup();
    images
}

/// `everything` is the stack with its disabled services: restarting sees their containers too.
pub async fn restart(
    engine: &Engine,
    loaded: &Loaded,
    everything: &Stack,
    services: &[String],
    timeout: Option<u32>,
) -> CmdResult {
    // As compose: none named restarts every service that has a container, in start order.
    let on_swarm = everything.engine == stack::deploy::EngineKind::Swarm;
    let services: Vec<String> = match services.is_empty() {
        true if on_swarm => stack::start_order(everything),
        true => {
            let have: Vec<String> = engine
                .stack_containers(&everything.name)
                .await?
                .iter()
                .filter_map(|c| berth::engine::labels::service_of(c).map(String::from))
                .collect();
            stack::start_order(everything).into_iter().filter(|s| have.contains(s)).collect()
        }
        false => services.to_vec(),
    };
    let masker = output_masker(loaded, None);
    let (tx, printer) = printer(&loaded.stack, masker.clone());
    let result = engine.restart_within(everything, &services, timeout, &tx).await;
    drop(tx);
    let _ = printer.await;
    let mut ok = true;
    for (name, r) in result? {
        if let Err(f) = r {
            eprintln!("error: service '{name}' did not come back: {}", masker.mask(&f.reason));
            ok = false;
        }
    }
    all_ok(ok)
}

/// `berth pull`: the images, as compose's `pull` and its options choose them.
pub async fn pull(engine: &Engine, loaded: &Loaded, services: &[String], options: &PullArgs) -> CmdResult {
    let stack = &loaded.stack;
    super::stack_input::known_services(stack, services)?;
    let mut named = match options.include_deps && !services.is_empty() {
        true => berth::engine::up::selection(stack, services)?,
        false => services.to_vec(),
    };
    if options.ignore_buildable {
        named.retain(|n| stack.service(n).is_some_and(|s| s.build.is_none()));
        if named.is_empty() && !services.is_empty() {
            return Ok(());
        }
    }
    if options.policy == Some(super::args::PullPolicyChoice::Missing) {
        named = pull_missing(engine, stack, named, options.quiet).await;
        if named.is_empty() {
            return Ok(());
        }
    }
    let masker = output_masker(loaded, None);
    let (tx, printer) = progress(stack, &masker, options.quiet);
    let results = engine.pull(stack, &named, &tx).await;
    drop(tx);
    let _ = printer.await;
    let style = Style::detect();
    let mut ok = true;
    for (name, result) in &results {
        match (result, stack.service(name)) {
            (Ok(_), Some(svc)) if !options.quiet => {
                status_line(&format!("{name}: pulled {}", berth::engine::images::image_ref(stack, svc)))
            }
            (Ok(_), _) => {}
            (Err(f), _) if options.ignore_pull_failures => {
                eprintln!("warning: {name}: not pulled: {}", masker.mask(&f.reason));
            }
            (Err(f), _) => {
                print_failure(&style, name, f, &masker);
                ok = false;
            }
        }
    }
    all_ok(ok)
}

/// `pull --policy missing`: of the services `pull` would pull (`named`, or every one with an
/// image and no build), those whose image the engine lacks; the others said to be skipped.
async fn pull_missing(engine: &Engine, stack: &Stack, named: Vec<String>, quiet: bool) -> Vec<String> {
    let candidates: Vec<&stack::Service> = match named.is_empty() {
        true => stack.services.iter().filter(|s| s.image.is_some() && s.build.is_none()).collect(),
        false => stack.services.iter().filter(|s| s.image.is_some() && named.contains(&s.name)).collect(),
    };
    let mut lacking = Vec::new();
    for svc in candidates {
        if !engine.has_image(&berth::engine::images::image_ref(stack, svc)).await {
            lacking.push(svc.name.clone());
        } else if !quiet {
            status_line(&format!("{}: skipped, its image is already present", svc.name));
        }
    }
    lacking
}

/// `start`, or `stop` (each container given `stop_timeout` seconds, else its grace period).
pub async fn stop_or_start(
    engine: &Engine,
    stack: &Stack,
    services: &[String],
    start: bool,
    stop_timeout: Option<u32>,
) -> CmdResult {
    let names: Vec<String> = if services.is_empty() {
        let mut order = stack::start_order(stack);
        if !start {
            order.reverse();
        }
        order
    } else {
        services.to_vec()
    };
    super::stack_input::known_services(stack, &names)?;
    let mut code = exit::OK;
    for name in &names {
        let result = if start {
            engine.start_service(stack, name).await
        } else {
            engine.stop_service(stack, name, stop_timeout).await
        };
        match result {
            Ok(()) => status_line(&format!("{name}: {}", if start { "started" } else { "stopped" })),
            Err(EngineError::UnknownService(_)) if services.is_empty() => {}
            Err(e) => code = report(e.into()),
        }
    }
    match code {
        exit::OK => Ok(()),
        code => Err(CliError::Reported(code)),
    }
}

/// The command fails, its failures already printed, unless all went well.
fn all_ok(ok: bool) -> CmdResult {
    if ok {
        Ok(())
    } else {
        Err(CliError::Reported(exit::FAILED))
    }
}

/// `--remove-orphans`, else compose's `COMPOSE_REMOVE_ORPHANS` / `COMPOSE_IGNORE_ORPHANS`
/// (from the environment or the env files); services left out by profiles are no orphans.
pub fn orphan_policy(loaded: &Loaded, remove: bool) -> berth::engine::up::OrphanPolicy {
    use berth::engine::up::OrphanAction;
    let set = |name: &str| loaded.vars.get(name).is_some_and(stack::load::truthy);
    let action = match (remove || set("COMPOSE_REMOVE_ORPHANS"), set("COMPOSE_IGNORE_ORPHANS")) {
        (true, _) => OrphanAction::Remove,
        (false, true) => OrphanAction::Ignore,
        _ => OrphanAction::Warn,
    };
    berth::engine::up::OrphanPolicy { action, known: loaded.disabled.iter().map(|s| s.name.clone()).collect() }
}

/// The services' containers stopped and removed, each said: `up --scale SERVICE=0`, and the
/// orphans of `kill --remove-orphans`.
pub async fn remove_containers_of(engine: &Engine, stack: &Stack, services: &[String]) -> CmdResult {
    if services.is_empty() {
        return Ok(());
    }
    let asked = berth::engine::resources::DownOptions { services: services.to_vec(), ..Default::default() };
    take_down_said(engine, stack, &asked).await
}

/// The engine's `take_down`, each container, network and volume removed said as it goes.
async fn take_down_said(engine: &Engine, stack: &Stack, asked: &berth::engine::resources::DownOptions) -> CmdResult {
    let (tx, printer_task) = printer(stack, Masker::default());
    let result = engine.take_down(&stack.name, asked, &tx).await;
    drop(tx);
    let _ = printer_task.await;
    Ok(result?)
}

/// `scale`: an `up -d` of the services given a count above 0 (those scaled to 0 are gone
/// already); none when every one was scaled to 0.
pub fn scale_options(scales: &[stack::scale::Scale], no_deps: bool) -> Option<UpOptions> {
    let services: Vec<String> = scales.iter().filter(|s| s.count > 0).map(|s| s.service.clone()).collect();
    if services.is_empty() {
        return None;
    }
    let mut options = up_options(services, 300, false, true, false);
    options.no_deps = no_deps;
    Some(options)
}

/// `--force-recreate` / `--no-recreate` (clap keeps them apart).
pub fn recreate(force: bool, never: bool) -> berth::engine::up::Recreate {
    use berth::engine::up::Recreate;
    match (force, never) {
        (true, _) => Recreate::Always,
        (_, true) => Recreate::Never,
        _ => Recreate::Changed,
    }
}

pub fn up_options(services: Vec<String>, timeout: u64, build: bool, detach: bool, wait: bool) -> UpOptions {
    UpOptions {
        services,
        build,
        no_cache: false,
        timeout: Duration::from_secs(timeout),
        started_only: detach && !wait,
        ..Default::default()
    }
}

/// `kill`, `pause`, `unpause`: one line per container acted on; services whose containers are
/// not in a state the command applies to are passed by, as compose does.
pub async fn container_op(engine: &Engine, stack: &Stack, services: &[String], op: ContainerOp) -> CmdResult {
    super::stack_input::known_services(stack, services)?;
    let targets = engine.targets(stack, services, &op).await?;
    apply_and_say(engine, &targets, &op).await
}

/// `kill`; with `--remove-orphans`, as compose, the containers of services no longer in the
/// file are killed too.
pub async fn kill(engine: &Engine, stack: &Stack, services: &[String], signal: String, orphans: bool) -> CmdResult {
    super::stack_input::known_services(stack, services)?;
    let op = ContainerOp::Kill { signal };
    let mut targets = engine.targets(stack, services, &op).await?;
    if orphans {
        targets.extend(engine.orphan_targets(stack, &op).await?);
    }
    apply_and_say(engine, &targets, &op).await
}

async fn apply_and_say(engine: &Engine, targets: &[Target], op: &ContainerOp) -> CmdResult {
    engine.apply(targets, op).await?;
    for target in targets {
        status_line(&format!("{}: {}", target.name, op.done()));
    }
    Ok(())
}

/// `rm`: the stopped containers of the services (with `stop`, the running ones stopped first),
/// after asking unless `force`.
pub async fn remove_stopped(
    engine: &Engine,
    stack: &Stack,
    services: &[String],
    force: bool,
    stop: bool,
    volumes: bool,
) -> CmdResult {
    super::stack_input::known_services(stack, services)?;
    if stop {
        stop_or_start(engine, stack, services, false, None).await?;
    }
    // The same containers are asked about and removed.
    let op = ContainerOp::Remove { volumes };
    let targets = engine.targets(stack, services, &op).await?;
    if targets.is_empty() {
        status_line("no stopped containers");
        return Ok(());
    }
    let names: Vec<&str> = targets.iter().map(|t| t.name.as_str()).collect();
    super::stack_input::confirm(force, &format!("Going to remove {}. Are you sure?", names.join(", ")))?;
    apply_and_say(engine, &targets, &op).await
}
