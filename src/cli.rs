//! The command line: parses arguments and drives the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use berth::stack::{self, LoadOptions, Loaded};

/// Exit codes shared by every command.
pub mod exit {
    pub const OK: u8 = 0;
    pub const USAGE: u8 = 2;
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
    #[arg(short = 'f', long = "file", global = true)]
    file: Option<PathBuf>,
    /// Extra env file for ${VAR} interpolation (lower precedence than the environment and .env)
    #[arg(long = "env-file", global = true)]
    env_file: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
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
    match cli.command {
        Command::Validate { stack } => validate(&stack),
    }
}

fn load_stack(args: &StackArgs) -> Result<Loaded, stack::Diagnostics> {
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_STACK));
    stack::load(&LoadOptions {
        file,
        env_files: args.env_file.clone(),
        process_env: std::env::vars().collect(),
    })
}

fn print_warnings(loaded: &Loaded) {
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
}

fn validate(args: &StackArgs) -> ExitCode {
    let loaded = match load_stack(args) {
        Ok(l) => l,
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("error: {e}");
            }
            eprintln!("{} error(s); the stack is not valid", errors.0.len());
            return ExitCode::from(exit::USAGE);
        }
    };
    print_warnings(&loaded);
    print!("{}", crate::cli_render::resolved_stack(&loaded.stack));
    ExitCode::from(exit::OK)
}
