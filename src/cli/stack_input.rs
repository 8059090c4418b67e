//! What every command starts from: the stack files found and loaded, the seed folder read,
//! the project folder where `.berth/` lives, and the confirmation asked before removing data.

use std::io::IsTerminal;
use std::path::PathBuf;

use berth::seed::mask::Masker;
use berth::seed::SeedSpec;
use berth::stack::{self, LoadOptions, Loaded};

use super::args::{StackArgs, DEFAULT_STACK};
use super::error::{report, CliError};

/// The stack as the files and the command line give it; warnings are left to the caller.
pub fn load_stack(args: &StackArgs, named: &[String]) -> Result<Loaded, stack::Diagnostics> {
    let files = args.files();
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
    if let Some(engine) = &args.engine {
        process_env.insert(0, (stack::deploy::EngineKind::VARIABLE.to_string(), engine.name().to_string()));
    }
    stack::load(&LoadOptions {
        files,
        env_files: args.env_file.clone(),
        process_env,
        profiles: args.profile.clone(),
        services: named.to_vec(),
        project_dir: args.project_directory.clone(),
    })
}

/// compose's `--parallel`, else `COMPOSE_PARALLEL_LIMIT` (the environment or the env files):
/// how many engine operations run at once; `None` (and -1, or 0) for no limit.
pub fn parallel_limit(args: &StackArgs, loaded: &Loaded) -> Result<Option<usize>, CliError> {
    let (given, from) = match args.parallel {
        Some(n) => (n.to_string(), "--parallel"),
        None => match loaded.vars.get("COMPOSE_PARALLEL_LIMIT").filter(|v| !v.is_empty()) {
            Some(v) => (v.to_string(), "COMPOSE_PARALLEL_LIMIT"),
            None => return Ok(None),
        },
    };
    match given.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
        Ok(_) => Ok(None),
        Err(_) => Err(CliError::Usage(format!("{from} '{given}': expected a whole number (-1 for no limit)"))),
    }
}

/// The stack, its warnings printed.
pub fn load(args: &StackArgs, named: &[String]) -> Result<Loaded, CliError> {
    let loaded = load_stack(args, named).map_err(CliError::Stack)?;
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    Ok(loaded)
}

/// The folder berth runs from, where its `.berth/` state lives.
/// Every name is a service of the stack; the first that is not is a usage error that lists
/// the services it has.
pub fn known_services<'a>(stack: &stack::Stack, names: impl IntoIterator<Item = &'a String>) -> Result<(), CliError> {
    let Some(unknown) = names.into_iter().find(|n| stack.service(n).is_none()) else {
        return Ok(());
    };
    let have: Vec<&str> = stack.services.iter().map(|s| s.name.as_str()).collect();
    Err(CliError::Usage(format!("unknown service '{unknown}' in stack {} (it has: {})", stack.name, have.join(", "))))
}

pub fn project_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// The stack's seed folder as a spec. Generated values are kept in `.berth/`.
pub fn load_seed(loaded: &Loaded, rotate: &[String]) -> Result<SeedSpec, CliError> {
    let Some(config) = &loaded.stack.seed else {
        return Err(CliError::Usage(format!(
            "stack {} has no seed folder ('seed:' in the stack file)",
            loaded.stack.name
        )));
    };
    let mut store = berth::seed::generated::GeneratedStore::open(&project_dir(), &loaded.stack.name)
        .map_err(|e| CliError::Usage(format!("cannot read generated secret values: {e}")))?;
    for name in rotate {
        if !store.rotate(name) {
            eprintln!("warning: '{name}' has no generated value to rotate");
        }
    }
    let vars = berth::seed::sandbox::seed_vars(&loaded.stack, &loaded.vars);
    let spec = berth::seed::spec::load(&config.folder, &vars, &mut store).map_err(CliError::SeedFolder)?;
    store.save().map_err(|e| CliError::Usage(format!("cannot save generated secret values: {e}")))?;
    Ok(spec)
}

/// The seed folder's spec when the stack has one.
pub fn stack_seed(loaded: &Loaded) -> Result<Option<SeedSpec>, CliError> {
    loaded.stack.seed.as_ref().map(|_| load_seed(loaded, &[])).transpose()
}

/// What berth's own output must not show: the stack's secret values. Without a seed folder that
/// loads (its errors are printed), only the build secrets are known.
pub fn output_masker(loaded: &Loaded, spec: Option<&SeedSpec>) -> Masker {
    if spec.is_some() || loaded.stack.seed.is_none() {
        return Masker::for_stack(&loaded.stack, spec);
    }
    let spec = load_seed(loaded, &[]).map_err(report).ok();
    Masker::for_stack(&loaded.stack, spec.as_ref())
}

/// Asks before a destructive action; an error when the user (or a missing terminal) says no.
pub fn confirm(yes: bool, question: &str) -> Result<(), CliError> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage("this removes data; pass --yes to confirm when not on a terminal".into()));
    }
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        eprintln!("nothing was changed");
        Err(CliError::Reported(super::exit::FAILED))
    }
}
