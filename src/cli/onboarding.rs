//! Commands for a first day: doctor and the walkthrough.

use std::io::IsTerminal;

use berth::engine::Engine;
use berth::onboarding::doctor::{self, Status};
use berth::stack::Loaded;

use super::args::StackArgs;
use super::error::{CliError, CmdResult};
use super::exit;
use super::headless::Style;
use super::stack_input::{load_stack, project_dir, stack_seed};

/// Runs without a valid stack too: what is wrong with the file is one of its findings.
pub async fn doctor(args: &StackArgs, json: bool) -> CmdResult {
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
        Ok(())
    } else {
        Err(CliError::Reported(exit::FAILED))
    }
}

pub async fn walkthrough(engine: &Engine, loaded: &Loaded, yes: bool) -> CmdResult {
    let spec = stack_seed(loaded)?;
    let tour = berth::onboarding::walkthrough::Tour {
        engine,
        loaded,
        spec: spec.as_ref(),
        project: project_dir(),
        yes: yes || !std::io::stdin().is_terminal(),
    };
    if tour.run(&mut std::io::stdout()).await {
        Ok(())
    } else {
        Err(CliError::Reported(exit::FAILED))
    }
}
