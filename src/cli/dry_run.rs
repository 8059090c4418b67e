//! `--dry-run`, compose's global flag: the commands that change something say what they
//! would do and touch nothing. `up`, `create`, `down` and `run` look at the engine; `seed`,
//! `reset` and `snapshot restore` print their plan; any other command that changes
//! something refuses, so a dry run never acts.

use berth::engine::resources::DownOptions;
use berth::engine::up::UpOptions;
use berth::engine::Engine;
use berth::stack::Loaded;

use super::args::Rmi;
use super::error::{CliError, CmdResult};

/// Prints a plan under compose's marker; nothing to do is said too.
fn print(plan: &[String]) {
    if plan.is_empty() {
        super::output_mode::status_line("DRY-RUN MODE - nothing would change");
    }
    for line in plan {
        super::output_mode::status_line(&format!("DRY-RUN MODE - {line}"));
    }
}

pub async fn up(engine: &Engine, loaded: &Loaded, options: &UpOptions) -> CmdResult {
    let mut plan = engine.up_plan(&loaded.stack, options).await?;
    if loaded.stack.seed.is_some() && !options.no_start {
        plan.push("seed: the fixtures would be applied where they differ (`berth seed --plan` lists them)".into());
    }
    print(&plan);
    Ok(())
}

pub async fn down(engine: &Engine, loaded: &Loaded, asked: &DownOptions, rmi: Option<Rmi>) -> CmdResult {
    let mut plan = engine.down_plan(&loaded.stack.name, asked).await?;
    if let Some(which) = rmi {
        let images = super::lifecycle::images_to_remove(&loaded.stack, which);
        plan.extend(images.into_iter().map(|image| format!("image {image} would be removed")));
    }
    print(&plan);
    Ok(())
}

pub async fn run(
    engine: &Engine,
    loaded: &Loaded,
    service: &str,
    command: &[String],
    no_deps: bool,
    rm: bool,
) -> CmdResult {
    let mut plan = Vec::new();
    if !no_deps {
        let mut needed = berth::engine::up::selection(&loaded.stack, &[service.to_string()])?;
        needed.retain(|s| s != service);
        if !needed.is_empty() {
            let options = UpOptions { services: needed, ..Default::default() };
            plan = engine.up_plan(&loaded.stack, &options).await?;
        }
    }
    let what = match command.is_empty() {
        true => "its own command".to_string(),
        false => format!("`{}`", command.join(" ")),
    };
    let then = if rm { ", then be removed" } else { "" };
    plan.push(format!("{service}: a one-off container would be created to run {what}{then}"));
    print(&plan);
    Ok(())
}

/// A command with no dry run of its own: refused before it does anything.
pub fn refuse(command: &str) -> CmdResult {
    Err(CliError::Usage(format!(
        "--dry-run is not supported by `berth {command}`; nothing was done (up, create, down, run, seed, reset and snapshot restore have one)"
    )))
}
