//! The command line: parses arguments, loads the stack, drives the engine.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use berth::engine::status::LogsRequest;
use berth::engine::up::UpOptions;
use berth::engine::{Engine, EngineError, Event};
use berth::seed::mask::Masker;
use berth::stack::{self, LoadOptions, Loaded};

use crate::headless::{summarize, EventPrinter, Style};

/// Exit codes shared by every command.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const TIMEOUT: u8 = 3;
    pub const INTERRUPTED: u8 = 130;
}

const DEFAULT_STACK: &str = "stacks/ysh-b2b.yaml";

#[derive(Parser)]
#[command(name = "berth", version, about = "Boot an AWS-shaped development stack from one stack file")]
struct Cli {
    #[command(flatten)]
    stack: StackArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct StackArgs {
    /// Stack file: berth's format or a compose file; repeat to merge files over it
    /// [default: COMPOSE_FILE, else compose.yaml … here or in a parent (with its override file), else stacks/ysh-b2b.yaml]
    #[arg(short = 'f', long = "file")]
    file: Vec<PathBuf>,
    /// Enable a profile's services (repeatable; `*` for all; default: COMPOSE_PROFILES)
    #[arg(long = "profile", global = true)]
    profile: Vec<String>,
    /// Env file for ${VAR} interpolation, instead of the stack folder's .env (repeatable; later files win; the environment wins over all)
    #[arg(long = "env-file", global = true)]
    env_file: Vec<PathBuf>,
    /// Stack name, overriding the file's `name:` (also COMPOSE_PROJECT_NAME)
    #[arg(short = 'p', long = "project-name", global = true)]
    project_name: Option<String>,
}

#[derive(Args, Clone)]
struct LogsArgs {
    services: Vec<String>,
    /// Keep printing new lines
    #[arg(short = 'f', long)]
    follow: bool,
    /// Only the last N lines of each service (`all` for every line)
    #[arg(short = 'n', long, value_parser = parse_tail)]
    tail: Option<Tail>,
    /// Only lines newer than this (e.g. 10m, 1h30m)
    #[arg(long)]
    since: Option<String>,
    /// Only lines matching this regular expression
    #[arg(long)]
    grep: Option<String>,
    /// Prefix each line with its timestamp
    #[arg(short = 't', long)]
    timestamps: bool,
    /// Print seeded secret values instead of ••••
    #[arg(long)]
    show_secrets: bool,
}

#[derive(Args, Clone)]
struct SeedTarget {
    /// Only these kinds: s3, secrets, sqs, postgres, redis (comma-separated)
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// An AWS endpoint other than the stack's own LocalStack (needs --i-know-this-is-not-a-sandbox)
    #[arg(long)]
    endpoint: Option<String>,
    /// Allow writing to an endpoint that is not this stack's sandbox
    #[arg(long = "i-know-this-is-not-a-sandbox")]
    not_a_sandbox: bool,
}

#[derive(Subcommand, Clone)]
enum SnapshotAction {
    /// Capture S3, secrets, queues, a Postgres dump and Redis keys
    Save {
        name: String,
        /// Also capture the messages waiting in queues
        #[arg(long)]
        messages: bool,
    },
    /// Make the sandbox equal to a snapshot (a reset toward it)
    Restore {
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// List the snapshots
    List,
    /// Remove a snapshot
    Rm { name: String },
}

#[derive(Subcommand)]
enum Command {
    /// Create, start and wait for the stack's services (all, or the named ones and their dependencies)
    #[command(
        after_help = "Examples:\n  berth up --wait\n  berth up -f docker-compose.localstack.yml --wait --timeout 120\n  berth up backend --build"
    )]
    Up {
        /// Services to bring up (with what they depend on); all when none are named
        services: Vec<String>,
        /// Run headless and exit once every service is ready (0), failed (1) or timed out (3)
        #[arg(long)]
        wait: bool,
        /// No UI: return once every container is created and started (what compose's `up -d` does)
        #[arg(short = 'd', long)]
        detach: bool,
        /// Seconds to wait for readiness
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Rebuild the images of services that have `build:`
        #[arg(long)]
        build: bool,
        /// Plain progress lines even on a terminal
        #[arg(long)]
        no_tui: bool,
        /// Lines kept per service in the UI's log panes
        #[arg(long, default_value_t = 10_000)]
        log_lines: usize,
    },
    /// Build the images of services that have `build:` (all, or the named ones) without starting them
    #[command(after_help = "Examples:\n  berth build\n  berth build backend --no-cache")]
    Build {
        /// Services to build; every service with `build:` when none are named
        services: Vec<String>,
        /// Build every step again instead of reusing the build cache
        #[arg(long)]
        no_cache: bool,
    },
    /// Open the terminal UI on a stack that is already running
    #[command(after_help = "Examples:\n  berth ui\n  berth ui -f docker-compose.localstack.yml")]
    Ui {
        /// Lines kept per service in the log panes
        #[arg(long, default_value_t = 10_000)]
        log_lines: usize,
    },
    /// Remove the stack's containers and networks (and with -v its volumes); only what berth created
    #[command(
        after_help = "Examples:\n  berth down\n  berth down -v    # also the volumes: the database starts empty next time"
    )]
    Down {
        /// Also remove the stack's named volumes
        #[arg(short = 'v', long = "volumes")]
        volumes: bool,
    },
    /// Show each service's state, health, ports, uptime and restarts
    #[command(
        visible_alias = "ps",
        after_help = "Examples:\n  berth status\n  berth ps --format json | jq '.services[] | select(.state != \"running\")'"
    )]
    Status {
        /// Print one JSON object instead of a table
        #[arg(long)]
        json: bool,
        /// `table` (default) or `json`
        #[arg(long, value_parser = ["table", "json"])]
        format: Option<String>,
    },
    /// Stop the services' containers (all when none are named), keeping them for `start`
    #[command(after_help = "Examples:\n  berth stop\n  berth stop backend")]
    Stop { services: Vec<String> },
    /// Start the services' stopped containers again (all when none are named)
    #[command(after_help = "Examples:\n  berth start backend")]
    Start { services: Vec<String> },
    /// Pull the services' images (those with `image:` and no `build:` when none are named)
    #[command(after_help = "Examples:\n  berth pull\n  berth pull postgres")]
    Pull { services: Vec<String> },
    /// Print the host address a service's container port is published on
    #[command(after_help = "Examples:\n  berth port postgres 5432\n  berth port localstack 4566 --protocol tcp")]
    Port {
        service: String,
        private_port: u16,
        /// tcp, udp or sctp
        #[arg(long, default_value = "tcp")]
        protocol: String,
    },
    /// Print the services' logs, prefixed with the service name
    #[command(after_help = "Examples:\n  berth logs backend --tail 50\n  berth logs -f --grep 'ERROR|WARN'")]
    Logs {
        #[command(flatten)]
        options: LogsArgs,
    },
    /// Apply the seed folder's fixtures: create what is missing, update what differs
    #[command(
        after_help = "Examples:\n  berth seed --plan\n  berth seed --only s3,secrets\n  berth seed --rotate /ysh-b2b/jwt-secret"
    )]
    Seed {
        /// Only print the plan (create, update, delete, unchanged)
        #[arg(long)]
        plan: bool,
        #[command(flatten)]
        target: SeedTarget,
        /// Generate a new value for this generated secret (repeatable)
        #[arg(long)]
        rotate: Vec<String>,
    },
    /// Make the sandbox equal to the fixtures again: extra objects, buckets, secrets, queues, rows and keys go
    #[command(after_help = "Examples:\n  berth reset --yes\n  berth reset --only postgres,redis")]
    Reset {
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
        #[command(flatten)]
        target: SeedTarget,
    },
    /// Save, restore, list and remove snapshots of the sandbox (.berth/snapshots/NAME/)
    #[command(
        after_help = "Examples:\n  berth snapshot save before-demo\n  berth snapshot restore before-demo --yes\n  berth snapshot list"
    )]
    Snapshot {
        #[command(subcommand)]
        action: SnapshotAction,
    },
    /// Check the machine and the stack: Docker, disk, ports, images, auth token, seed folder
    #[command(after_help = "Examples:\n  berth doctor\n  berth doctor --json")]
    Doctor {
        /// Print the findings as JSON
        #[arg(long)]
        json: bool,
    },
    /// A guided tour of the platform that checks each step live (resumes where it stopped)
    #[command(after_help = "Examples:\n  berth walkthrough\n  berth walkthrough --yes   # unattended")]
    Walkthrough {
        /// Run every step without asking
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Restart services and wait for their probes again
    #[command(after_help = "Examples:\n  berth restart backend")]
    Restart {
        #[arg(required = true)]
        services: Vec<String>,
    },
    /// Check the stack file(s) and print the resolved stack, as compose's `config` does
    #[command(
        alias = "validate",
        after_help = "Examples:\n  berth config\n  berth config --format json | jq .services\n  berth -f compose.yaml -f compose.dev.yaml config --services"
    )]
    Config {
        /// `yaml` (default) or `json`, shaped like `docker compose config`
        #[arg(long, value_parser = ["yaml", "json"])]
        format: Option<String>,
        /// Only the names of the enabled services, one per line
        #[arg(long)]
        services: bool,
        /// Only the profiles the file declares, one per line
        #[arg(long)]
        profiles: bool,
        /// Only check: print nothing, exit 0 when the stack is valid
        #[arg(short = 'q', long)]
        quiet: bool,
        /// berth's own summary of the resolved stack (probes, seed, start order)
        #[arg(long)]
        summary: bool,
    },
}

/// `--tail N` or `--tail all`.
#[derive(Clone, Copy)]
enum Tail {
    All,
    Lines(usize),
}

fn parse_tail(text: &str) -> Result<Tail, String> {
    match text {
        "all" => Ok(Tail::All),
        n => n.parse().map(Tail::Lines).map_err(|_| format!("'{n}' is not a number of lines (or `all`)")),
    }
}

/// Words after the command name that are the stack file (`berth up -f x.yaml`): moved before
/// it, where `-f` belongs to berth. After `logs`, `-f` follows, as in compose; `--file` works anywhere.
fn hoist_stack_file(args: Vec<String>) -> Vec<String> {
    const TAKES_VALUE: &[&str] = &["-f", "--file", "--env-file", "-p", "--project-name", "--profile"];
    let mut i = 1;
    while i < args.len() && args[i].starts_with('-') && args[i] != "--" {
        i += if TAKES_VALUE.contains(&args[i].as_str()) { 2 } else { 1 };
    }
    let Some(command) = args.get(i).cloned() else { return args };
    let (mut head, rest) = (args[..=i].to_vec(), &args[i + 1..]);
    head.pop();
    let mut tail = Vec::new();
    let mut j = 0;
    while j < rest.len() {
        let word = &rest[j];
        if word == "--" {
            tail.extend_from_slice(&rest[j..]);
            break;
        }
        let short_file = word == "-f" && command != "logs";
        if (short_file || word == "--file") && j + 1 < rest.len() {
            head.extend([word.clone(), rest[j + 1].clone()]);
            j += 2;
        } else if word.starts_with("--file=") {
            head.push(word.clone());
            j += 1;
        } else {
            tail.push(word.clone());
            j += 1;
        }
    }
    head.push(command);
    head.extend(tail);
    head
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse_from(hoist_stack_file(std::env::args().collect())) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    if let Command::Config { format, services, profiles, quiet, summary } = &cli.command {
        let view = ConfigView {
            json: format.as_deref() == Some("json"),
            services: *services,
            profiles: *profiles,
            quiet: *quiet,
            summary: *summary,
        };
        return ExitCode::from(config(&cli.stack, view));
    }
    if let Command::Doctor { json } = &cli.command {
        let (stack, json) = (cli.stack.clone(), *json);
        return match tokio::runtime::Runtime::new() {
            Ok(rt) => ExitCode::from(rt.block_on(doctor(&stack, json))),
            Err(e) => {
                eprintln!("error: cannot start the async runtime: {e}");
                ExitCode::from(exit::FAILED)
            }
        };
    }
    // One worker: berth's work is waiting on sockets, and with more workers a log flood spends
    // most of its CPU waking threads for each other (measured: 39% → 30% of a core at 50k
    // lines/s). Blocking work (build contexts, file reads) goes to the blocking pool.
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    ExitCode::from(runtime.block_on(run_async(cli.stack, cli.command)))
}

/// The services a command names: their profiles are enabled, as compose does.
fn named_services(command: &Command) -> &[String] {
    match command {
        Command::Up { services, .. }
        | Command::Build { services, .. }
        | Command::Restart { services }
        | Command::Stop { services }
        | Command::Start { services }
        | Command::Pull { services } => services,
        Command::Logs { options } => &options.services,
        Command::Port { service, .. } => std::slice::from_ref(service),
        _ => &[],
    }
}

async fn run_async(args: StackArgs, command: Command) -> u8 {
    let Some(loaded) = load_or_report(&args, named_services(&command)) else {
        return exit::USAGE;
    };
    let engine = match Engine::connect().await {
        Ok(e) => e,
        Err(e) => return report_engine_error(&e),
    };
    let stack = &loaded.stack;
    // Commands on containers already there see the services of disabled profiles too.
    let everything = loaded.with_disabled();
    match command {
        Command::Up { services, wait, detach, timeout, build, no_tui, log_lines } => {
            let options = UpOptions {
                services,
                build,
                no_cache: false,
                timeout: Duration::from_secs(timeout),
                started_only: detach && !wait,
            };
            let mut steps = Vec::new();
            let mut spec = None;
            if let Some(config) = &stack.seed {
                let Some(s) = load_seed(&loaded, &[]) else { return exit::USAGE };
                let (e, st, v) = (engine.clone(), stack.clone(), loaded.vars.clone());
                let state = project_dir().join(".berth").join(&stack.name);
                steps.push(berth::seed::up_step(e, st, v, s.clone(), config.before.clone(), state));
                spec = Some(s);
            }
            let lock = take_up_lock(&stack.name).await;
            let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
            if wait || detach || no_tui || !interactive {
                let masker = output_masker(&loaded, spec.as_ref());
                let code = up(&engine, stack, options, steps, masker).await;
                drop(lock);
                return code;
            }
            ui(engine, &loaded, spec, log_lines, Some((options, steps)), lock).await
        }
        Command::Build { services, no_cache } => {
            build(&engine, stack, &services, no_cache, Masker::for_stack(stack, None)).await
        }
        Command::Ui { log_lines, .. } => {
            let spec = match &stack.seed {
                Some(_) => match load_seed(&loaded, &[]) {
                    Some(s) => Some(s),
                    None => return exit::USAGE,
                },
                None => None,
            };
            ui(engine, &loaded, spec, log_lines, None, None).await
        }
        Command::Down { volumes, .. } => {
            let (tx, printer) = printer(stack, Masker::default());
            let result = engine.down(&stack.name, volumes, &tx).await;
            drop(tx);
            let _ = printer.await;
            match result {
                Ok(()) => {
                    println!("stack {} is down", stack.name);
                    let strangers = engine.strangers(stack).await;
                    if !strangers.is_empty() {
                        println!(
                            "left alone, not created by berth for this stack: {} (remove them yourself if they are yours to remove)",
                            strangers.join(", ")
                        );
                    }
                    exit::OK
                }
                Err(e) => report_engine_error(&e),
            }
        }
        Command::Status { json, format } => match engine.status(&everything).await.map(|mut status| {
            let disabled: Vec<&str> = loaded.disabled.iter().map(|s| s.name.as_str()).collect();
            status.services.retain(|s| {
                !(disabled.contains(&s.name.as_str()) && s.state == berth::engine::ContainerState::Missing)
            });
            status
        }) {
            Ok(status) if json || format.as_deref() == Some("json") => match serde_json::to_string_pretty(&status) {
                Ok(text) => {
                    println!("{text}");
                    exit::OK
                }
                Err(e) => {
                    eprintln!("error: cannot encode status: {e}");
                    exit::FAILED
                }
            },
            Ok(status) => {
                print!("{}", crate::cli_render::status_table(&status));
                exit::OK
            }
            Err(e) => report_engine_error(&e),
        },
        Command::Logs { options, .. } => logs(&engine, &loaded, options).await,
        Command::Restart { services, .. } => {
            let masker = output_masker(&loaded, None);
            let (tx, printer) = printer(stack, masker.clone());
            let result = engine.restart(&everything, &services, &tx).await;
            drop(tx);
            let _ = printer.await;
            match result {
                Ok(results) => {
                    let mut code = exit::OK;
                    for (name, r) in results {
                        if let Err(f) = r {
                            eprintln!("error: service '{name}' did not come back: {}", masker.mask(&f.reason));
                            code = exit::FAILED;
                        }
                    }
                    code
                }
                Err(e) => report_engine_error(&e),
            }
        }
        Command::Seed { plan, target, rotate, .. } => {
            let mode = if plan { SeedRun::PlanOnly } else { SeedRun::Apply(berth::seed::Mode::Seed) };
            seed_command(&engine, &loaded, mode, &target, &rotate).await
        }
        Command::Snapshot { action, .. } => snapshot_command(&engine, &loaded, action).await,
        Command::Reset { yes, target, .. } => {
            if let Some(code) =
                confirm(yes, &format!("reset stack {} to its fixtures? extra data is deleted", stack.name))
            {
                return code;
            }
            seed_command(&engine, &loaded, SeedRun::Apply(berth::seed::Mode::Reset), &target, &[]).await
        }
        Command::Walkthrough { yes, .. } => {
            let spec = match &stack.seed {
                Some(_) => match load_seed(&loaded, &[]) {
                    Some(s) => Some(s),
                    None => return exit::USAGE,
                },
                None => None,
            };
            let tour = berth::onboarding::walkthrough::Tour {
                engine: &engine,
                loaded: &loaded,
                spec: spec.as_ref(),
                project: project_dir(),
                yes: yes || !std::io::stdin().is_terminal(),
            };
            if tour.run(&mut std::io::stdout()).await {
                exit::OK
            } else {
                exit::FAILED
            }
        }
        Command::Stop { services } => stop_or_start(&engine, &everything, &services, false).await,
        Command::Start { services } => stop_or_start(&engine, &everything, &services, true).await,
        Command::Pull { services } => {
            let masker = output_masker(&loaded, None);
            let (tx, printer) = printer(stack, masker.clone());
            let results = engine.pull(stack, &services, &tx).await;
            drop(tx);
            let _ = printer.await;
            let style = Style::detect();
            let mut code = exit::OK;
            for (name, result) in &results {
                match result {
                    Ok(_) => println!(
                        "{name}: pulled {}",
                        berth::engine::images::image_ref(stack, stack.service(name).expect("pulled services exist"))
                    ),
                    Err(f) => {
                        crate::headless::print_failure(&style, name, f, &masker);
                        code = exit::FAILED;
                    }
                }
            }
            code
        }
        Command::Port { service, private_port, protocol } => {
            port(&engine, stack, &service, private_port, &protocol).await
        }
        Command::Config { .. } | Command::Doctor { .. } => exit::OK,
    }
}

async fn doctor(args: &StackArgs, json: bool) -> u8 {
    use berth::onboarding::doctor::{self, Status};
    let loaded = load_stack(args, &[]);
    let report = doctor::run(loaded.as_ref().map_err(|e| e.to_string())).await;
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => eprintln!("error: {e}"),
        }
    } else {
        let style = Style::detect();
        for f in &report.findings {
            let mark = match f.status {
                Status::Pass => "✓ pass",
                Status::Warn => "! warn",
                Status::Fail => "✗ FAIL",
            };
            println!("{mark}  {:<22} {}", f.check, f.detail);
            if let Some(hint) = &f.hint {
                println!("        {:<22} → {hint}", "");
            }
        }
        let verdict = if report.ok {
            "everything berth needs is in place"
        } else {
            "fix the failures above, then run berth doctor again"
        };
        println!("{}", style.bold(verdict));
    }
    if report.ok {
        exit::OK
    } else {
        exit::FAILED
    }
}

async fn ui(
    engine: Engine,
    loaded: &Loaded,
    spec: Option<berth::seed::SeedSpec>,
    log_lines: usize,
    up: Option<(UpOptions, Vec<berth::engine::up::Step>)>,
    up_lock: Option<berth::up_lock::UpLock>,
) -> u8 {
    let masker = Masker::for_stack(&loaded.stack, spec.as_ref());
    let config = berth::tui::run::UiConfig {
        engine,
        stack: loaded.stack.clone(),
        vars: loaded.vars.clone(),
        seed: spec,
        masker,
        log_lines,
        up,
        up_lock,
    };
    let exit = berth::tui::run::run(config).await;
    if exit.code == 0 {
        println!("{}", exit.message);
    } else {
        eprintln!("error: {}", exit.message);
    }
    exit.code
}

/// Asks before a destructive action; Some(exit code) when the user (or a missing terminal) says no.
fn confirm(yes: bool, question: &str) -> Option<u8> {
    if yes {
        return None;
    }
    if !std::io::stdin().is_terminal() {
        eprintln!("error: this removes data; pass --yes to confirm when not on a terminal");
        return Some(exit::USAGE);
    }
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        None
    } else {
        eprintln!("nothing was changed");
        Some(exit::FAILED)
    }
}

/// The stack's own sandbox, or None after saying why it cannot be reached.
async fn own_sandbox(engine: &Engine, loaded: &Loaded) -> Option<berth::seed::Sandbox> {
    match berth::seed::Sandbox::discover(engine, &loaded.stack, &loaded.vars, &Default::default()).await {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("error: {e}");
            None
        }
    }
}

async fn snapshot_command(engine: &Engine, loaded: &Loaded, action: SnapshotAction) -> u8 {
    use berth::seed::{self as seed, snapshot};
    let project = project_dir();
    let root = snapshot::snapshots_dir(&project);
    let named = |name: &str| -> Result<PathBuf, u8> {
        if snapshot::valid_name(name) {
            Ok(root.join(name))
        } else {
            eprintln!("error: '{name}' is not a snapshot name (letters, digits, '-', '_', '.')");
            Err(exit::USAGE)
        }
    };
    match action {
        SnapshotAction::List => {
            let mut names: Vec<String> = std::fs::read_dir(&root)
                .map(|d| {
                    d.flatten()
                        .filter(|e| e.path().join("manifest.json").is_file())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            names.sort();
            if names.is_empty() {
                println!("no snapshots in {}", root.display());
            }
            for name in names {
                let info = snapshot::to_spec(&root.join(&name))
                    .map(|(m, _)| format!("{} (stack {})", m.created_at, m.stack))
                    .unwrap_or_else(|e| format!("unreadable: {e}"));
                println!("{name:<24} {info}");
            }
            exit::OK
        }
        SnapshotAction::Rm { name } => {
            let dir = match named(&name) {
                Ok(d) => d,
                Err(code) => return code,
            };
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => {
                    println!("snapshot {name} removed");
                    exit::OK
                }
                Err(e) => {
                    eprintln!("error: cannot remove {}: {e}", dir.display());
                    exit::FAILED
                }
            }
        }
        SnapshotAction::Save { name, messages } => {
            let dir = match named(&name) {
                Ok(d) => d,
                Err(code) => return code,
            };
            let Some(sandbox) = own_sandbox(engine, loaded).await else { return exit::FAILED };
            let started = Instant::now();
            match snapshot::save(engine, &sandbox, &loaded.stack.name, &dir, messages).await {
                Ok(m) => {
                    let objects: usize = m.buckets.iter().map(|b| b.objects.len()).sum();
                    println!(
                        "snapshot {name} saved in {}: {} buckets ({objects} objects), {} secrets, {} queues, {}, {} Redis keys",
                        crate::headless::secs(started.elapsed()),
                        m.buckets.len(),
                        m.secrets.len(),
                        m.queues.len(),
                        if m.postgres_dump.is_some() { "a Postgres dump" } else { "no database" },
                        m.redis.len()
                    );
                    exit::OK
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    exit::FAILED
                }
            }
        }
        SnapshotAction::Restore { name, yes } => {
            let dir = match named(&name) {
                Ok(d) => d,
                Err(code) => return code,
            };
            let (manifest, spec) = match snapshot::to_spec(&dir) {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("error: snapshot {name}: {e}");
                    return exit::FAILED;
                }
            };
            if manifest.stack != loaded.stack.name {
                eprintln!(
                    "warning: snapshot {name} was taken of stack {}, restoring into {}",
                    manifest.stack, loaded.stack.name
                );
            }
            if let Some(code) = confirm(
                yes,
                &format!("restore snapshot {name} into stack {}? current data is replaced", loaded.stack.name),
            ) {
                return code;
            }
            let Some(sandbox) = own_sandbox(engine, loaded).await else { return exit::FAILED };
            let started = Instant::now();
            let result = async {
                let plan = seed::plan(&spec, &sandbox, seed::Mode::Reset, &seed::Kind::ALL).await?;
                seed::apply(&spec, &sandbox, &plan, &|_, _, _| {}).await?;
                Ok::<_, seed::SeedError>(plan)
            }
            .await;
            match result {
                Ok(plan) => {
                    println!(
                        "snapshot {name} restored in {} ({} changes)",
                        crate::headless::secs(started.elapsed()),
                        plan.pending()
                    );
                    exit::OK
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    exit::FAILED
                }
            }
        }
    }
}

enum SeedRun {
    PlanOnly,
    Apply(berth::seed::Mode),
}

/// The stack's seed folder as a spec; errors are printed. Generated values are kept in `.berth/`.
fn load_seed(loaded: &Loaded, rotate: &[String]) -> Option<berth::seed::SeedSpec> {
    let Some(config) = &loaded.stack.seed else {
        eprintln!("error: stack {} has no seed folder ('seed:' in the stack file)", loaded.stack.name);
        return None;
    };
    let project = project_dir();
    let mut store = match berth::seed::generated::GeneratedStore::open(&project, &loaded.stack.name) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read generated secret values: {e}");
            return None;
        }
    };
    for name in rotate {
        if !store.rotate(name) {
            eprintln!("warning: '{name}' has no generated value to rotate");
        }
    }
    let vars = berth::seed::sandbox::seed_vars(&loaded.stack, &loaded.vars);
    let spec = match berth::seed::spec::load(&config.folder, &vars, &mut store) {
        Ok(spec) => spec,
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("error: {e}");
            }
            return None;
        }
    };
    if let Err(e) = store.save() {
        eprintln!("error: cannot save generated secret values: {e}");
        return None;
    }
    Some(spec)
}

fn parse_kinds(only: &[String]) -> Result<Vec<berth::seed::Kind>, String> {
    if only.is_empty() {
        return Ok(berth::seed::Kind::ALL.to_vec());
    }
    only.iter().map(|k| berth::seed::Kind::parse(k.trim())).collect()
}

async fn seed_command(engine: &Engine, loaded: &Loaded, run: SeedRun, target: &SeedTarget, rotate: &[String]) -> u8 {
    use berth::seed::{self as seed, sandbox::EndpointOverride};
    let kinds = match parse_kinds(&target.only) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: --only: {e}");
            return exit::USAGE;
        }
    };
    let Some(spec) = load_seed(loaded, rotate) else { return exit::USAGE };
    let over =
        EndpointOverride { endpoint: target.endpoint.clone(), i_know_this_is_not_a_sandbox: target.not_a_sandbox };
    let sandbox = match seed::Sandbox::discover(engine, &loaded.stack, &loaded.vars, &over).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return if matches!(e, seed::SeedError::NotSandbox(_)) { exit::USAGE } else { exit::FAILED };
        }
    };
    let mode = match run {
        SeedRun::PlanOnly => seed::Mode::Seed,
        SeedRun::Apply(m) => m,
    };
    let started = Instant::now();
    let plan = match seed::plan(&spec, &sandbox, mode, &kinds).await {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::FAILED;
        }
    };
    let verb = if mode == seed::Mode::Reset { "reset" } else { "seed" };
    println!("{verb} plan for stack {}:", loaded.stack.name);
    print!("{plan}");
    if matches!(run, SeedRun::PlanOnly) || plan.pending() == 0 {
        if plan.pending() == 0 {
            println!("nothing to do");
        }
        return exit::OK;
    }
    let progress = |_: seed::Kind, _: usize, _: usize| {};
    match seed::apply(&spec, &sandbox, &plan, &progress).await {
        Ok(()) => {
            println!("{verb}: {} changes applied in {}", plan.pending(), crate::headless::secs(started.elapsed()));
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::FAILED
        }
    }
}

/// An event channel and the task that prints what arrives on it.
/// What berth's own output must not show: the stack's secret values. Without a seed folder that
/// loads, only the build secrets are known.
fn output_masker(loaded: &Loaded, spec: Option<&berth::seed::SeedSpec>) -> Masker {
    if spec.is_some() || loaded.stack.seed.is_none() {
        return Masker::for_stack(&loaded.stack, spec);
    }
    Masker::for_stack(&loaded.stack, load_seed(loaded, &[]).as_ref())
}

fn printer(stack: &stack::Stack, masker: Masker) -> (mpsc::Sender<Event>, tokio::task::JoinHandle<()>) {
    let mut names: Vec<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    if stack.seed.is_some() {
        names.push(stack::SEED_STEP.into());
    }
    let (tx, mut rx) = mpsc::channel::<Event>(256);
    let handle = tokio::spawn(async move {
        let mut p = EventPrinter::new(Style::detect(), &names, masker);
        while let Some(event) = rx.recv().await {
            p.print(&event);
        }
    });
    (tx, handle)
}

/// The folder berth runs from, where its `.berth/` state lives.
fn project_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// One `up` per stack at a time (`.berth/<stack>/up.lock`): a second one waits for the first
/// and says so. Without a writable `.berth/` berth warns and goes on unprotected.
async fn take_up_lock(stack: &str) -> Option<berth::up_lock::UpLock> {
    let path = berth::up_lock::path(&project_dir().join(".berth"), stack);
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

async fn build(engine: &Engine, stack: &stack::Stack, services: &[String], no_cache: bool, masker: Masker) -> u8 {
    let buildable: Vec<&str> = stack.services.iter().filter(|s| s.build.is_some()).map(|s| s.name.as_str()).collect();
    if let Some(unknown) = services.iter().find(|s| !buildable.contains(&s.as_str())) {
        let known = if buildable.is_empty() { "none".to_string() } else { buildable.join(", ") };
        eprintln!(
            "error: '{unknown}' is not a service with `build:` in {}; services that build: {known}",
            stack.file.display()
        );
        return exit::USAGE;
    }
    if buildable.is_empty() {
        println!("no service in {} has `build:`; nothing to build", stack.file.display());
        return exit::OK;
    }
    let (tx, printer) = printer(stack, masker.clone());
    let results = engine.build(stack, services, no_cache, &tx).await;
    drop(tx);
    let _ = printer.await;
    let style = Style::detect();
    let mut code = exit::OK;
    for (name, result) in &results {
        if let Err(f) = result {
            crate::headless::print_failure(&style, name, f, &masker);
            code = exit::FAILED;
        }
    }
    code
}

async fn up(
    engine: &Engine,
    stack: &stack::Stack,
    options: UpOptions,
    steps: Vec<berth::engine::up::Step>,
    masker: Masker,
) -> u8 {
    let started = Instant::now();
    let cancel = CancellationToken::new();
    let signal_cancel = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\ninterrupted: stopping (Ctrl-C again to quit at once)");
            signal_cancel.cancel();
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(i32::from(exit::INTERRUPTED));
            }
        }
    });
    let (tx, printer_task) = printer(stack, masker.clone());
    let result = engine.up(stack, &options, steps, tx, cancel).await;
    let _ = printer_task.await;
    match result {
        Ok(report) => summarize(&Style::detect(), &report, started.elapsed(), &masker),
        Err(e) => report_engine_error(&e),
    }
}

async fn logs(engine: &Engine, loaded: &Loaded, options: LogsArgs) -> u8 {
    let everything = loaded.with_disabled();
    let stack = &everything;
    let LogsArgs { services, follow, tail, since, grep, timestamps, show_secrets } = options;
    for s in &services {
        if stack.service(s).is_none() {
            eprintln!("error: unknown service '{s}' in stack {}", stack.name);
            return exit::USAGE;
        }
    }
    // Fail closed: if the seeded values cannot be known, nothing is printed unmasked.
    let masker = if show_secrets || stack.seed.is_none() {
        berth::seed::mask::Masker::default()
    } else {
        match load_seed(loaded, &[]) {
            Some(spec) => berth::seed::mask::Masker::for_spec(&spec),
            None => {
                eprintln!(
                    "hint: secrets cannot be masked without the seed folder; --show-secrets prints logs unmasked"
                );
                return exit::USAGE;
            }
        }
    };
    let since = match since.as_deref().map(stack::fields::duration) {
        None => None,
        Some(Ok(d)) => Some(chrono::Utc::now().timestamp() - i64::try_from(d.as_secs()).unwrap_or(0)),
        Some(Err(e)) => {
            eprintln!("error: --since: {e}");
            return exit::USAGE;
        }
    };
    let grep = match grep.as_deref().map(regex::Regex::new) {
        None => None,
        Some(Ok(re)) => Some(re),
        Some(Err(e)) => {
            eprintln!("error: --grep: invalid regular expression: {e}");
            return exit::USAGE;
        }
    };
    let tail = match tail {
        Some(Tail::Lines(n)) => Some(n),
        _ => None,
    };
    let request = LogsRequest { services, follow, tail, since, timestamps };
    let mut stream = match engine.logs(stack, &request).await {
        Ok(s) => s,
        Err(e) => return report_engine_error(&e),
    };
    let style = Style::detect();
    let width = stack.services.iter().map(|s| s.name.len()).max().unwrap_or(8);
    while let Some(item) = stream.next().await {
        match item {
            Ok(line) => {
                if grep.as_ref().is_some_and(|re| !re.is_match(&line.text)) {
                    continue;
                }
                println!("{} | {}", style.service(&line.service, width), masker.mask(&line.text));
            }
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    exit::OK
}

/// The stack's files: `-f`, else `COMPOSE_FILE`, else the compose file here (with its
/// override), else berth's default stack here, else a compose file in a parent folder.
fn stack_files(args: &StackArgs) -> Vec<PathBuf> {
    if !args.file.is_empty() {
        return args.file.clone();
    }
    if let Some(value) = std::env::var("COMPOSE_FILE").ok().filter(|v| !v.is_empty()) {
        return stack::discover::from_compose_file(&value, std::env::var("COMPOSE_PATH_SEPARATOR").ok().as_deref());
    }
    let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    if let Some(files) = stack::discover::in_folder(&here) {
        return files;
    }
    if Path::new(DEFAULT_STACK).is_file() {
        return vec![PathBuf::from(DEFAULT_STACK)];
    }
    stack::discover::upward(&here).unwrap_or_else(|| vec![PathBuf::from(DEFAULT_STACK)])
}

fn load_stack(args: &StackArgs, named: &[String]) -> Result<Loaded, stack::Diagnostics> {
    let files = stack_files(args);
    if files.len() == 1 && !files[0].exists() && args.file.is_empty() {
        let message = format!(
            "no stack file: none of {} here or in a parent folder, and no {DEFAULT_STACK}",
            stack::discover::COMPOSE_NAMES.join(", ")
        );
        let d = stack::Diagnostic::new(&files[0], stack::Pos::new(1, 1), message).with_hint("give one with -f FILE");
        return Err(stack::Diagnostics(vec![d]));
    }
    let mut process_env: Vec<(String, String)> = std::env::vars().collect();
    if let Some(name) = &args.project_name {
        process_env.insert(0, ("COMPOSE_PROJECT_NAME".to_string(), name.clone()));
    }
    stack::load(&LoadOptions {
        files,
        env_files: args.env_file.clone(),
        process_env,
        profiles: args.profile.clone(),
        services: named.to_vec(),
    })
}

fn load_or_report(args: &StackArgs, named: &[String]) -> Option<Loaded> {
    match load_stack(args, named) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                eprintln!("warning: {w}");
            }
            Some(loaded)
        }
        Err(errors) => {
            for d in &errors.0 {
                eprintln!("{}: {d}", if d.warning { "warning" } else { "error" });
            }
            eprintln!("{} error(s); the stack is not valid", errors.errors().count());
            None
        }
    }
}

fn report_engine_error(e: &EngineError) -> u8 {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
        source = s.source();
    }
    eprintln!("error: {msg}");
    if let Some(hint) = e.hint() {
        eprintln!("  hint: {hint}");
    }
    match e {
        EngineError::UnknownService(_) => exit::USAGE,
        _ => exit::FAILED,
    }
}

struct ConfigView {
    json: bool,
    services: bool,
    profiles: bool,
    quiet: bool,
    summary: bool,
}

fn config(args: &StackArgs, view: ConfigView) -> u8 {
    let Some(loaded) = load_or_report(args, &[]) else {
        return exit::USAGE;
    };
    let stack = &loaded.stack;
    if view.quiet {
        return exit::OK;
    }
    if view.services {
        for name in stack::start_order(stack) {
            println!("{name}");
        }
    } else if view.profiles {
        for p in &loaded.profiles {
            println!("{p}");
        }
    } else if view.summary {
        print!("{}", crate::cli_render::resolved_stack(stack));
    } else {
        let value = stack::compose_json::to_json(stack);
        let text =
            if view.json { serde_json::to_string_pretty(&value) } else { Ok(stack::compose_json::to_yaml(&value)) };
        match text {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("error: cannot encode the stack: {e}");
                return exit::FAILED;
            }
        }
    }
    exit::OK
}

async fn stop_or_start(engine: &Engine, stack: &stack::Stack, services: &[String], start: bool) -> u8 {
    let names: Vec<String> = if services.is_empty() {
        let mut order = stack::start_order(stack);
        if !start {
            order.reverse();
        }
        order
    } else {
        services.to_vec()
    };
    if let Some(unknown) = names.iter().find(|n| stack.service(n).is_none()) {
        eprintln!("error: unknown service '{unknown}' in stack {}", stack.name);
        return exit::USAGE;
    }
    let mut code = exit::OK;
    for name in &names {
        let result =
            if start { engine.start_service(stack, name).await } else { engine.stop_service(stack, name).await };
        match result {
            Ok(()) => println!("{name}: {}", if start { "started" } else { "stopped" }),
            Err(EngineError::UnknownService(_)) if services.is_empty() => {}
            Err(e) => code = report_engine_error(&e),
        }
    }
    code
}

async fn port(engine: &Engine, stack: &stack::Stack, service: &str, private: u16, protocol: &str) -> u8 {
    if stack.service(service).is_none() {
        eprintln!("error: unknown service '{service}' in stack {}", stack.name);
        return exit::USAGE;
    }
    let status = match engine.status(stack).await {
        Ok(s) => s,
        Err(e) => return report_engine_error(&e),
    };
    let suffix = format!("->{private}/{protocol}");
    let found = status
        .services
        .iter()
        .filter(|s| s.name == service)
        .flat_map(|s| &s.ports)
        .find_map(|p| p.strip_suffix(&suffix));
    match found {
        Some(host) => {
            println!("{host}");
            exit::OK
        }
        None => {
            eprintln!(
                "error: service '{service}' publishes no port {private}/{protocol} (is it running? see `berth ps`)"
            );
            exit::FAILED
        }
    }
}
