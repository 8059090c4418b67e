//! What a command can fail with, and the one place that prints it and picks the exit code.

use berth::engine::EngineError;
use berth::seed::SeedError;
use berth::stack::Diagnostics;

use super::exit;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line or the files it names are wrong: the user fixes the invocation.
    #[error("{0}")]
    Usage(String),
    /// The work itself failed.
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    Seed(#[from] SeedError),
    /// The stack file (or files) did not load.
    #[error("the stack is not valid")]
    Stack(Diagnostics),
    /// The seed folder did not load.
    #[error("the seed folder is not valid")]
    SeedFolder(Diagnostics),
    /// The command printed its own outcome (each failed service, an up's summary): leave with this code.
    #[error("exit {0}")]
    Reported(u8),
}

/// A command's result: Ok is exit 0.
pub type CmdResult = Result<(), CliError>;

/// The command's outcome as an exit code, after saying what went wrong on stderr.
pub fn exit_code(result: CmdResult) -> u8 {
    let Err(e) = result else { return exit::OK };
    match &e {
        CliError::Reported(code) => return *code,
        CliError::Stack(d) => {
            print_diagnostics(d);
            eprintln!("{} error(s); the stack is not valid", d.errors().count());
        }
        CliError::SeedFolder(d) => print_diagnostics(d),
        CliError::Engine(engine) => {
            eprintln!("error: {}", chain(engine));
            if let Some(hint) = engine.hint() {
                eprintln!("  hint: {hint}");
            }
        }
        // A seed error's message already carries what the service or the file said.
        CliError::Seed(seed) => eprintln!("error: {seed}"),
        _ => eprintln!("error: {}", chain(&e)),
    }
    match e {
        CliError::Usage(_) | CliError::Stack(_) | CliError::SeedFolder(_) => exit::USAGE,
        CliError::Engine(EngineError::UnknownService(_)) | CliError::Seed(SeedError::NotSandbox(_)) => exit::USAGE,
        _ => exit::FAILED,
    }
}

fn print_diagnostics(d: &Diagnostics) {
    for d in &d.0 {
        eprintln!("{}: {d}", if d.warning { "warning" } else { "error" });
    }
}

/// The error and each of its sources not already part of its message.
fn chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
        source = s.source();
    }
    msg
}

/// Says what went wrong now, for a command that goes on after it; the code it would exit with.
pub fn report(e: CliError) -> u8 {
    exit_code(Err(e))
}
