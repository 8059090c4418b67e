//! Commands on the sandbox's data: seed, reset and snapshots.

use std::path::PathBuf;
use std::time::Instant;

use berth::engine::Engine;
use berth::seed::sandbox::EndpointOverride;
use berth::seed::{self, snapshot, Kind, Mode, SeedRun};
use berth::stack::Loaded;

use super::args::{SeedTarget, SnapshotAction};
use super::error::{CliError, CmdResult};
use super::headless::secs;
use super::stack_input::{confirm, load_seed, project_dir};

fn parse_kinds(only: &[String]) -> Result<Vec<Kind>, CliError> {
    if only.is_empty() {
        return Ok(Kind::ALL.to_vec());
    }
    only.iter()
        .map(|k| Kind::parse(k.trim()))
        .collect::<Result<_, _>>()
        .map_err(|e| CliError::Usage(format!("--only: {e}")))
}

/// `seed` (with `plan_only`, `--plan`) and `reset`: the plan printed, then applied.
pub async fn seed(
    engine: &Engine,
    loaded: &Loaded,
    mode: Mode,
    plan_only: bool,
    target: &SeedTarget,
    rotate: &[String],
) -> CmdResult {
    let kinds = parse_kinds(&target.only)?;
    let spec = load_seed(loaded, rotate)?;
    let over =
        EndpointOverride { endpoint: target.endpoint.clone(), i_know_this_is_not_a_sandbox: target.not_a_sandbox };
    let verb = if mode == Mode::Reset { "reset" } else { "seed" };
    let started = Instant::now();
    let show = |plan: &seed::SeedPlan| {
        println!("{verb} plan for stack {}:", loaded.stack.name);
        print!("{plan}");
        match (plan.pending(), plan.reported()) {
            (0, 0) => println!("nothing to do"),
            (0, _) => println!("nothing for {verb} to do: what differs above is left to `berth reset`"),
            _ => {}
        }
        !plan_only
    };
    let request = SeedRun { spec: &spec, mode, kinds: &kinds, target: &over };
    let plan = seed::run(engine, &loaded.stack, &loaded.vars, request, show, &|_, _, _| {}).await?;
    if !plan_only && plan.pending() > 0 {
        println!("{verb}: {} changes applied in {}", plan.pending(), secs(started.elapsed()));
    }
    Ok(())
}

pub async fn reset(engine: &Engine, loaded: &Loaded, yes: bool, target: &SeedTarget) -> CmdResult {
    confirm(yes, &format!("reset stack {} to its fixtures? extra data is deleted", loaded.stack.name))?;
    seed(engine, loaded, Mode::Reset, false, target, &[]).await
}

/// `snapshot restore NAME --dry-run`: what restoring would change, changing nothing.
pub async fn restore_plan(engine: &Engine, loaded: &Loaded, name: &str) -> CmdResult {
    if !snapshot::valid_name(name) {
        return Err(CliError::Usage(format!("'{name}' is not a snapshot name (letters, digits, '-', '_', '.')")));
    }
    let dir = snapshot::snapshots_dir(&project_dir()).join(name);
    let (_, spec) = snapshot::to_spec(&dir).map_err(|e| CliError::Failed(format!("snapshot {name}: {e}")))?;
    let request = SeedRun::everything(&spec, Mode::Reset);
    let show = |plan: &seed::SeedPlan| {
        println!("restore plan of snapshot {name} into stack {} (dry run: nothing is changed):", loaded.stack.name);
        print!("{plan}");
        false
    };
    seed::run(engine, &loaded.stack, &loaded.vars, request, show, &|_, _, _| {}).await?;
    Ok(())
}

pub async fn snapshot(engine: &Engine, loaded: &Loaded, action: SnapshotAction) -> CmdResult {
    let root = snapshot::snapshots_dir(&project_dir());
    let named = |name: &str| -> Result<PathBuf, CliError> {
        if snapshot::valid_name(name) {
            Ok(root.join(name))
        } else {
            Err(CliError::Usage(format!("'{name}' is not a snapshot name (letters, digits, '-', '_', '.')")))
        }
    };
    match action {
        SnapshotAction::List => {
            let snapshots = snapshot::list(&root);
            if snapshots.is_empty() {
                println!("no snapshots in {}", root.display());
            }
            for (name, manifest) in snapshots {
                let info = manifest
                    .map(|m| format!("{} (stack {})", m.created_at, m.stack))
                    .unwrap_or_else(|e| format!("unreadable: {e}"));
                println!("{name:<24} {info}");
            }
            Ok(())
        }
        SnapshotAction::Rm { name } => {
            let dir = named(&name)?;
            std::fs::remove_dir_all(&dir)
                .map_err(|e| CliError::Failed(format!("cannot remove {}: {e}", dir.display())))?;
            println!("snapshot {name} removed");
            Ok(())
        }
        SnapshotAction::Save { name, messages } => {
            let dir = named(&name)?;
            let sandbox = seed::Sandbox::discover(engine, &loaded.stack, &loaded.vars, &EndpointOverride::OWN).await?;
            let started = Instant::now();
            let m = snapshot::save(engine, &loaded.stack, &sandbox, &dir, messages).await?;
            let objects: usize = m.buckets.iter().map(|b| b.objects.len()).sum();
            println!(
                "snapshot {name} saved in {}: {} buckets ({objects} objects), {} secrets, {} queues, {}, {} Redis keys",
                secs(started.elapsed()),
                m.buckets.len(),
                m.secrets.len(),
                m.queues.len(),
                if m.postgres_dump.is_some() { "a Postgres dump" } else { "no database" },
                m.redis.len()
            );
            Ok(())
        }
        SnapshotAction::Restore { name, yes } => {
            let dir = named(&name)?;
            let (manifest, spec) =
                snapshot::to_spec(&dir).map_err(|e| CliError::Failed(format!("snapshot {name}: {e}")))?;
            if manifest.stack != loaded.stack.name {
                eprintln!(
                    "warning: snapshot {name} was taken of stack {}, restoring into {}",
                    manifest.stack, loaded.stack.name
                );
            }
            confirm(
                yes,
                &format!("restore snapshot {name} into stack {}? current data is replaced", loaded.stack.name),
            )?;
            let started = Instant::now();
            let request = SeedRun::everything(&spec, Mode::Reset);
            let plan = seed::run(engine, &loaded.stack, &loaded.vars, request, |_| true, &|_, _, _| {}).await?;
            println!("snapshot {name} restored in {} ({} changes)", secs(started.elapsed()), plan.pending());
            Ok(())
        }
    }
}
