//! The command line: parses arguments, loads the stack, drives the engine.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use berth::engine::status::LogsRequest;
use berth::engine::up::UpOptions;
use berth::engine::{Engine, EngineError, Event};
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
#[command(
    name = "berth",
    version,
    about = "Boot an AWS-shaped development stack from one stack file"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct StackArgs {
    /// Stack file: berth's format (stacks/*.yaml) or a compose file [default: stacks/ysh-b2b.yaml]
    #[arg(short = 'f', long = "file")]
    file: Option<PathBuf>,
    /// Extra env file for ${VAR} interpolation (lower precedence than the environment and .env)
    #[arg(long = "env-file")]
    env_file: Vec<PathBuf>,
    /// Stack name, overriding the file's `name:` (also COMPOSE_PROJECT_NAME)
    #[arg(short = 'p', long = "project-name")]
    project_name: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Create, start and wait for the stack's services (all, or the named ones and their dependencies)
    #[command(
        after_help = "Examples:\n  berth up --wait\n  berth up -f docker-compose.localstack.yml --wait --timeout 120\n  berth up backend --build"
    )]
    Up {
        #[command(flatten)]
        stack: StackArgs,
        /// Services to bring up (with what they depend on); all when none are named
        services: Vec<String>,
        /// Run headless and exit once every service is ready (0), failed (1) or timed out (3)
        #[arg(long)]
        wait: bool,
        /// Seconds to wait for readiness
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Rebuild the images of services that have `build:`
        #[arg(long)]
        build: bool,
    },
    /// Remove the stack's containers and networks (and with -v its volumes); only what berth created
    #[command(
        after_help = "Examples:\n  berth down\n  berth down -v    # also the volumes: the database starts empty next time"
    )]
    Down {
        #[command(flatten)]
        stack: StackArgs,
        /// Also remove the stack's named volumes
        #[arg(short = 'v', long = "volumes")]
        volumes: bool,
    },
    /// Show each service's state, health, ports, uptime and restarts
    #[command(
        after_help = "Examples:\n  berth status\n  berth status --json | jq '.services[] | select(.state != \"running\")'"
    )]
    Status {
        #[command(flatten)]
        stack: StackArgs,
        /// Print one JSON object instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Print the services' logs, prefixed with the service name
    #[command(
        after_help = "Examples:\n  berth logs backend --tail 50\n  berth logs -f --grep 'ERROR|WARN'"
    )]
    Logs {
        #[command(flatten)]
        stack: StackArgs,
        services: Vec<String>,
        /// Keep printing new lines
        #[arg(long)]
        follow: bool,
        /// Only the last N lines of each service
        #[arg(long)]
        tail: Option<usize>,
        /// Only lines newer than this (e.g. 10m, 1h30m)
        #[arg(long)]
        since: Option<String>,
        /// Only lines matching this regular expression
        #[arg(long)]
        grep: Option<String>,
        /// Prefix each line with its timestamp
        #[arg(long)]
        timestamps: bool,
    },
    /// Restart services and wait for their probes again
    #[command(after_help = "Examples:\n  berth restart backend")]
    Restart {
        #[command(flatten)]
        stack: StackArgs,
        #[arg(required = true)]
        services: Vec<String>,
    },
    /// Check a stack file and print the resolved stack
    #[command(
        after_help = "Examples:\n  berth validate\n  berth validate -f docker-compose.localstack.yml --env-file .env.local"
    )]
    Validate {
        #[command(flatten)]
        stack: StackArgs,
    },
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    if let Command::Validate { stack } = &cli.command {
        return ExitCode::from(validate(stack));
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    ExitCode::from(runtime.block_on(run_async(cli.command)))
}

async fn run_async(command: Command) -> u8 {
    let args = match &command {
        Command::Up { stack, .. }
        | Command::Down { stack, .. }
        | Command::Status { stack, .. }
        | Command::Logs { stack, .. }
        | Command::Restart { stack, .. }
        | Command::Validate { stack } => stack.clone(),
    };
    let Some(loaded) = load_or_report(&args) else {
        return exit::USAGE;
    };
    let engine = match Engine::connect().await {
        Ok(e) => e,
        Err(e) => return report_engine_error(&e),
    };
    let stack = &loaded.stack;
    match command {
        Command::Up {
            services,
            wait,
            timeout,
            build,
            ..
        } => {
            if !wait && std::io::stdout().is_terminal() {
                eprintln!(
                    "note: the terminal UI is not built yet; running headless (as with --wait)"
                );
            }
            let options = UpOptions {
                services,
                build,
                no_cache: false,
                timeout: Duration::from_secs(timeout),
            };
            up(&engine, stack, options).await
        }
        Command::Down { volumes, .. } => {
            let (tx, printer) = printer(stack);
            let result = engine.down(&stack.name, volumes, &tx).await;
            drop(tx);
            let _ = printer.await;
            match result {
                Ok(()) => {
                    println!("stack {} is down", stack.name);
                    exit::OK
                }
                Err(e) => report_engine_error(&e),
            }
        }
        Command::Status { json, .. } => match engine.status(stack).await {
            Ok(status) if json => match serde_json::to_string_pretty(&status) {
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
        Command::Logs {
            services,
            follow,
            tail,
            since,
            grep,
            timestamps,
            ..
        } => {
            logs(
                &engine, stack, services, follow, tail, since, grep, timestamps,
            )
            .await
        }
        Command::Restart { services, .. } => {
            let (tx, printer) = printer(stack);
            let result = engine.restart(stack, &services, &tx).await;
            drop(tx);
            let _ = printer.await;
            match result {
                Ok(results) => {
                    let mut code = exit::OK;
                    for (name, r) in results {
                        if let Err(f) = r {
                            eprintln!("error: service '{name}' did not come back: {}", f.reason);
                            code = exit::FAILED;
                        }
                    }
                    code
                }
                Err(e) => report_engine_error(&e),
            }
        }
        Command::Validate { .. } => exit::OK,
    }
}

/// An event channel and the task that prints what arrives on it.
fn printer(stack: &stack::Stack) -> (mpsc::Sender<Event>, tokio::task::JoinHandle<()>) {
    let names: Vec<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    let (tx, mut rx) = mpsc::channel::<Event>(256);
    let handle = tokio::spawn(async move {
        let mut p = EventPrinter::new(Style::detect(), &names);
        while let Some(event) = rx.recv().await {
            p.print(&event);
        }
    });
    (tx, handle)
}

async fn up(engine: &Engine, stack: &stack::Stack, options: UpOptions) -> u8 {
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
    let (tx, printer_task) = printer(stack);
    let result = engine.up(stack, &options, tx, cancel).await;
    let _ = printer_task.await;
    match result {
        Ok(report) => summarize(&Style::detect(), &report, started.elapsed()),
        Err(e) => report_engine_error(&e),
    }
}

#[allow(clippy::too_many_arguments)]
async fn logs(
    engine: &Engine,
    stack: &stack::Stack,
    services: Vec<String>,
    follow: bool,
    tail: Option<usize>,
    since: Option<String>,
    grep: Option<String>,
    timestamps: bool,
) -> u8 {
    for s in &services {
        if stack.service(s).is_none() {
            eprintln!("error: unknown service '{s}' in stack {}", stack.name);
            return exit::USAGE;
        }
    }
    let since = match since.as_deref().map(stack::fields::duration) {
        None => None,
        Some(Ok(d)) => {
            Some(chrono::Utc::now().timestamp() - i64::try_from(d.as_secs()).unwrap_or(0))
        }
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
    let request = LogsRequest {
        services,
        follow,
        tail,
        since,
        timestamps,
    };
    let mut stream = match engine.logs(stack, &request).await {
        Ok(s) => s,
        Err(e) => return report_engine_error(&e),
    };
    let style = Style::detect();
    let width = stack
        .services
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(8);
    while let Some(item) = stream.next().await {
        match item {
            Ok(line) => {
                if grep.as_ref().is_some_and(|re| !re.is_match(&line.text)) {
                    continue;
                }
                println!("{} | {}", style.service(&line.service, width), line.text);
            }
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    exit::OK
}

fn load_stack(args: &StackArgs) -> Result<Loaded, stack::Diagnostics> {
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_STACK));
    let mut process_env: Vec<(String, String)> = std::env::vars().collect();
    if let Some(name) = &args.project_name {
        process_env.insert(0, ("COMPOSE_PROJECT_NAME".to_string(), name.clone()));
    }
    stack::load(&LoadOptions {
        file,
        env_files: args.env_file.clone(),
        process_env,
    })
}

fn load_or_report(args: &StackArgs) -> Option<Loaded> {
    match load_stack(args) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                eprintln!("warning: {w}");
            }
            Some(loaded)
        }
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("error: {e}");
            }
            eprintln!("{} error(s); the stack is not valid", errors.0.len());
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

fn validate(args: &StackArgs) -> u8 {
    let Some(loaded) = load_or_report(args) else {
        return exit::USAGE;
    };
    print!("{}", crate::cli_render::resolved_stack(&loaded.stack));
    exit::OK
}
