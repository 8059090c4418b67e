//! Fixtures: the seed folder made real in the sandbox, as a plan/apply diff.
//! `seed` creates and updates; `reset` also removes what the fixtures do not hold.

pub mod aws;
mod aws_diff;
mod aws_names;
pub mod generated;
mod keys;
pub mod mask;
pub mod plan;
pub mod private;
pub mod sandbox;
pub mod snapshot;
pub mod spec;
mod sql;
mod table_drift;

use crate::stack::SEED_STEP;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use plan::{Action, Change, Kind, Op, SeedPlan};
pub use sandbox::Sandbox;
pub use spec::SeedSpec;
pub use sql::PgEndpoint;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Create what is missing, update what differs; remove nothing.
    Seed,
    /// Make the live state equal to the fixtures.
    Reset,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type HttpResponse = aws_sdk_s3::config::http::HttpResponse;

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// An AWS call failed; `message` is what the service said (or the transport's chain).
    #[error("failed to {action}: {message}")]
    Aws {
        action: String,
        message: String,
        #[source]
        source: BoxError,
    },
    #[error("postgres: {action}: {}", postgres_detail(.source))]
    Postgres {
        action: String,
        #[source]
        source: tokio_postgres::Error,
    },
    #[error("postgres: pg_dump failed: {0}")]
    PgDump(String),
    #[error("redis: {action}: {source}")]
    Redis {
        action: String,
        #[source]
        source: redis::RedisError,
    },
    #[error("{context}: {source}")]
    File {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Read(#[from] spec::ReadError),
    /// A snapshot save that failed: its partial folder was removed.
    #[error(
        "snapshot save failed after writing {} to {}: {source}; the partial snapshot was removed{}",
        bytes(*.written), .folder.display(), .free.map(|f| format!(" ({} free on that disk: a snapshot needs about as much as the sandbox's objects and database)", bytes(f))).unwrap_or_default()
    )]
    SnapshotSave {
        folder: std::path::PathBuf,
        written: u64,
        free: Option<u64>,
        #[source]
        source: Box<SeedError>,
    },
    /// A snapshot that cannot be restored as it is.
    #[error("{0}")]
    BadSnapshot(String),
    /// Data that could not be read, decoded or encoded (a stream, JSON, base64, a request).
    #[error("{0}")]
    Data(#[source] BoxError),
    #[error(transparent)]
    Engine(#[from] crate::engine::EngineError),
    #[error(transparent)]
    Exec(#[from] crate::exec::ExecError),
    #[error("the emulator's reset call {url} answered {status}")]
    EmulatorReset { url: String, status: u16 },
    #[error("the stack has no {0} to seed; start it with `berth up`")]
    Missing(&'static str),
    #[error("refusing to write: {0}")]
    NotSandbox(String),
}

fn bytes(n: u64) -> String {
    match n {
        n if n >= 1 << 30 => format!("{:.1} GiB", n as f64 / f64::from(1u32 << 30)),
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / f64::from(1u32 << 20)),
        n if n >= 1 << 10 => format!("{:.1} KiB", n as f64 / 1024.0),
        n => format!("{n} bytes"),
    }
}

/// The server's severity and words when it answered; otherwise the error and its cause.
fn postgres_detail(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => match std::error::Error::source(e) {
            Some(s) => format!("{e}: {s}"),
            None => e.to_string(),
        },
    }
}

impl SeedError {
    pub fn aws<E>(action: impl Into<String>, e: aws_sdk_s3::error::SdkError<E, HttpResponse>) -> SeedError
    where
        E: std::error::Error + aws_sdk_s3::error::ProvideErrorMetadata + Send + Sync + 'static,
    {
        let message = match &e {
            // An answer the SDK could not read: what the endpoint actually said.
            aws_sdk_s3::error::SdkError::ServiceError(s) if s.err().code().is_none() => {
                let raw = s.raw();
                let body = raw.body().bytes().map(String::from_utf8_lossy).unwrap_or_default();
                let excerpt: String = body.chars().take(200).collect();
                format!("{} (HTTP {}: {excerpt})", s.err(), raw.status().as_u16())
            }
            aws_sdk_s3::error::SdkError::ServiceError(s) => s.err().to_string(),
            other => {
                let mut msg = other.to_string();
                let mut src = std::error::Error::source(other);
                while let Some(s) = src {
                    msg = format!("{msg}: {s}");
                    src = s.source();
                }
                msg
            }
        };
        SeedError::Aws { action: action.into(), message, source: Box::new(e) }
    }

    /// A file that could not be read or written, with what berth was doing.
    pub fn file(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> SeedError {
        let context = context.into();
        move |source| SeedError::File { context, source }
    }

    pub fn data(e: impl std::error::Error + Send + Sync + 'static) -> SeedError {
        SeedError::Data(Box::new(e))
    }
}

/// What a seed run applies, and where.
pub struct SeedRun<'a> {
    pub spec: &'a SeedSpec,
    pub mode: Mode,
    pub kinds: &'a [Kind],
    /// Another endpoint than the stack's own sandbox, when the user says so.
    pub target: &'a sandbox::EndpointOverride,
}

impl<'a> SeedRun<'a> {
    /// Every kind of fixture, into the stack's own sandbox.
    pub fn everything(spec: &'a SeedSpec, mode: Mode) -> SeedRun<'a> {
        static OWN: sandbox::EndpointOverride = sandbox::EndpointOverride::OWN;
        SeedRun { spec, mode, kinds: &Kind::ALL, target: &OWN }
    }
}

/// Discover the sandbox → plan → apply: the one way fixtures reach a sandbox. `planned` sees the
/// plan before anything changes and says whether to apply it; `progress(kind, done, total)`
/// follows the apply. Returns the plan.
pub async fn run(
    engine: &crate::engine::Engine,
    stack: &crate::stack::Stack,
    vars: &crate::stack::interpolate::Vars,
    request: SeedRun<'_>,
    planned: impl FnOnce(&SeedPlan) -> bool,
    progress: &(dyn Fn(Kind, usize, usize) + Sync),
) -> Result<SeedPlan, SeedError> {
    let sandbox = Sandbox::discover_for(engine, stack, vars, request.target, request.kinds).await?;
    let plan = plan(request.spec, &sandbox, request.mode, request.kinds).await?;
    if planned(&plan) && plan.pending() > 0 {
        match emulator_reset(&request, &sandbox, &plan) {
            Some(path) => {
                // Everything AWS is forgotten at once; the fixtures are then created afresh.
                sandbox::reset_emulator(&sandbox, path).await?;
                let fresh = self::plan(request.spec, &sandbox, request.mode, request.kinds).await?;
                apply(request.spec, &sandbox, &fresh, progress).await?;
            }
            None => apply(request.spec, &sandbox, &plan, progress).await?,
        }
    }
    Ok(plan)
}

/// The emulator's own reset path, when a reset through it is the cheaper way to the fixtures.
/// Measured on moto 5.2.5 with the default fixtures (16 AWS fixtures, medians of 5 and 3 runs):
/// after light drift (2 deletes) the diff took 0.285 s and reset + recreate 0.31 s; after heavy
/// drift (220 deletes) the diff took 0.97 s and reset + recreate 0.25 s. So: through the
/// emulator when the plan deletes more AWS things than there are AWS fixtures to recreate.
fn emulator_reset(request: &SeedRun<'_>, sandbox: &Sandbox, plan: &SeedPlan) -> Option<&'static str> {
    const AWS: [Kind; 3] = [Kind::S3, Kind::Secrets, Kind::Sqs];
    let whole_sandbox = request.mode == Mode::Reset && request.target.endpoint.is_none();
    if !whole_sandbox || !AWS.iter().all(|k| request.kinds.contains(k)) {
        return None;
    }
    let path = sandbox.aws_emulator?.reset_path()?;
    let deletes = plan.changes.iter().filter(|c| AWS.contains(&c.kind) && c.action == Action::Delete).count();
    let spec = request.spec;
    let fixtures = spec.buckets.iter().map(|b| 1 + b.objects.len()).sum::<usize>()
        + spec.secrets.len()
        + spec.queues.iter().map(|q| 1 + q.messages.len()).sum::<usize>();
    (deletes > fixtures).then_some(path)
}

/// Compares the fixtures with the live sandbox.
pub async fn plan(spec: &SeedSpec, sandbox: &Sandbox, mode: Mode, only: &[Kind]) -> Result<SeedPlan, SeedError> {
    let wants = |k: Kind| only.contains(&k);
    // A reset empties what the stack has; a stack without an emulator has no AWS to empty.
    let reset_aws = mode == Mode::Reset && sandbox.aws.is_some();
    let needs_aws = (wants(Kind::S3) && (!spec.buckets.is_empty() || reset_aws))
        || (wants(Kind::Secrets) && (!spec.secrets.is_empty() || reset_aws))
        || (wants(Kind::Sqs) && (!spec.queues.is_empty() || reset_aws));
    let mut changes = Vec::new();
    if needs_aws {
        let clients = sandbox.aws.as_ref().ok_or(SeedError::Missing("AWS emulator"))?;
        changes.extend(aws::plan(clients, spec, mode, only).await?);
    }
    if wants(Kind::Postgres) && !spec.sql.is_empty() {
        let pg = sandbox.postgres.as_ref().ok_or(SeedError::Missing("Postgres"))?;
        changes.extend(sql::plan(pg, spec, mode).await?);
    }
    if wants(Kind::Redis) && (!spec.redis.is_empty() || (mode == Mode::Reset && sandbox.redis.is_some())) {
        let url = sandbox.redis.as_ref().ok_or(SeedError::Missing("Redis"))?;
        changes.extend(keys::plan(url, spec, mode).await?);
    }
    Ok(SeedPlan { changes })
}

/// Carries out a plan; `progress(kind, done, total)` after each step. Kinds run concurrently.
pub async fn apply(
    spec: &SeedSpec,
    sandbox: &Sandbox,
    plan: &SeedPlan,
    progress: &(dyn Fn(Kind, usize, usize) + Sync),
) -> Result<(), SeedError> {
    let ops_of = |kind: Kind| -> Vec<Op> {
        plan.changes
            .iter()
            .filter(|c| c.kind == kind && !matches!(c.op, Op::None | Op::Report))
            .map(|c| c.op.clone())
            .collect()
    };
    let counter = |kind: Kind, total: usize| {
        let done = AtomicUsize::new(0);
        move || {
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(kind, n, total);
        }
    };
    // A rebuilt database is staged before anything else is touched: a dump or fixture that
    // fails leaves the whole sandbox as it was. It takes the live one's place only after every
    // other kind has been applied.
    let pg_ops = ops_of(Kind::Postgres);
    let staged = match &sandbox.postgres {
        Some(pg) if sql::rebuilds(&pg_ops) => {
            let tick = counter(Kind::Postgres, pg_ops.len());
            Some(sql::stage(pg, spec, &pg_ops, &tick).await?)
        }
        _ => None,
    };
    let run = |kind: Kind| {
        let ops = ops_of(kind);
        let total = ops.len();
        let tick = counter(kind, total);
        let staged_already = kind == Kind::Postgres && staged.is_some();
        async move {
            if ops.is_empty() || staged_already {
                return Ok(());
            }
            let tick: &(dyn Fn() + Sync) = &tick;
            match kind {
                Kind::S3 | Kind::Secrets | Kind::Sqs => {
                    let c = sandbox.aws.as_ref().ok_or(SeedError::Missing("AWS emulator"))?;
                    match kind {
                        Kind::S3 => aws::apply_s3(c, spec, ops, tick).await,
                        Kind::Secrets => aws::apply_secrets(c, spec, ops, tick).await,
                        _ => aws::apply_sqs(c, spec, ops, tick).await,
                    }
                }
                Kind::Postgres => {
                    sql::apply(sandbox.postgres.as_ref().ok_or(SeedError::Missing("Postgres"))?, spec, ops, tick).await
                }
                Kind::Redis => {
                    keys::apply(sandbox.redis.as_ref().ok_or(SeedError::Missing("Redis"))?, spec, ops, tick).await
                }
            }
        }
    };
    let (s3, secrets, sqs, pg, redis) =
        tokio::join!(run(Kind::S3), run(Kind::Secrets), run(Kind::Sqs), run(Kind::Postgres), run(Kind::Redis));
    let others = s3.and(secrets).and(sqs).and(pg).and(redis);
    match (staged, others) {
        (Some(staged), Ok(())) => staged.swap_in().await,
        (Some(staged), Err(e)) => {
            staged.discard().await;
            Err(e)
        }
        (None, result) => result,
    }
}

/// What the fixtures were last applied to: the fixtures' content and the containers
/// (id and start time) that hold them. Equal means a fresh apply would change nothing.
async fn fingerprint(
    engine: &crate::engine::Engine,
    stack: &crate::stack::Stack,
    spec: &SeedSpec,
    services: &[String],
) -> Option<String> {
    use sha2::Digest as _;
    let status = engine.status(stack).await.ok()?;
    let mut hasher = sha2::Sha256::new();
    hasher.update(format!("{spec:?}"));
    for s in status.services.iter().filter(|s| services.contains(&s.name)) {
        hasher.update(format!("{}|{:?}|{:?}", s.name, s.container_id, s.started_at));
    }
    Some(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Seeding as a step of `up`: after the services the fixtures need are ready, before `before`.
/// Skipped when the same fixtures were already applied to the same, still running containers
/// (`.berth/<stack>/seeded`), which keeps a warm `up` fast; `berth seed` and `reset` always diff.
pub fn up_step(
    engine: crate::engine::Engine,
    stack: crate::stack::Stack,
    vars: crate::stack::interpolate::Vars,
    spec: SeedSpec,
    before: Vec<String>,
    state_dir: std::path::PathBuf,
) -> crate::engine::up::Step {
    use crate::engine::{Event, Failure, ServiceEvent};
    let after = sandbox::needed_services(&stack, &spec);
    let needed = after.clone();
    let run: crate::engine::up::StepRun = Box::new(move |events, gates| {
        Box::pin(async move {
            let marker = state_dir.join("seeded");
            let print = fingerprint(&engine, &stack, &spec, &needed).await;
            if print.is_some() && std::fs::read_to_string(&marker).ok() == print {
                return Ok(());
            }
            let progress = |kind: Kind, done: usize, total: usize| {
                // Ticks may be dropped when the front end lags; the totals are sent below.
                let event = ServiceEvent::Progress { what: kind.name().to_string(), done, total };
                let _ = events.try_send(Event::Service { service: SEED_STEP.into(), event });
            };
            // Each kind as soon as the service holding it is ready: the SQL fixtures load while
            // the emulator is still booting, and only what needs the slowest service is left
            // for after it.
            let groups = sandbox::kinds_by_service(&stack, &spec);
            let (engine, stack, vars, spec, gates, progress) = (&engine, &stack, &vars, &spec, &gates, &progress);
            let applied = futures_util::future::join_all(groups.iter().map(|(service, kinds)| async move {
                if let Some(service) = service {
                    gates.ready(service).await?;
                }
                let request = SeedRun { kinds, ..SeedRun::everything(spec, Mode::Seed) };
                run(engine, stack, vars, request, |_| true, progress)
                    .await
                    .map_err(|e| Failure::new(format!("seeding failed: {e}")))
            }))
            .await;
            let mut changes = Vec::new();
            for plan in applied {
                changes.extend(plan?.changes);
            }
            for kind in Kind::ALL {
                let total = changes.iter().filter(|c| c.kind == kind && c.action != Action::Unchanged).count();
                let event = ServiceEvent::Progress { what: format!("{} changes", kind.name()), done: total, total };
                if total > 0 {
                    let _ = events.send(Event::Service { service: SEED_STEP.into(), event }).await;
                }
            }
            // Taken again now that every container the fixtures went into has started.
            let print = fingerprint(engine, stack, spec, &needed).await;
            if let Some(print) = print {
                // Only a cache: failing to write it costs the next `up` a diff, nothing more.
                let _ = std::fs::create_dir_all(&state_dir).and_then(|()| std::fs::write(&marker, print));
            }
            Ok(())
        })
    });
    crate::engine::up::Step { name: SEED_STEP.into(), after, before, run }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::Emulator;

    fn sandbox(emulator: Option<Emulator>) -> Sandbox {
        Sandbox {
            aws: None,
            aws_endpoint: Some("http://127.0.0.1:4566".into()),
            aws_emulator: emulator,
            postgres: None,
            postgres_service: None,
            redis: None,
        }
    }

    fn plan_deleting(n: usize) -> SeedPlan {
        let changes = (0..n)
            .map(|i| {
                Change::new(Kind::S3, Action::Delete, format!("bucket qa-{i}"), Op::DeleteBucket(format!("qa-{i}")))
            })
            .collect();
        SeedPlan { changes }
    }

    #[test]
    fn the_emulators_reset_is_used_only_where_it_was_measured_cheaper() {
        let spec = SeedSpec {
            buckets: vec![spec::Bucket { name: "b".into(), ..spec::Bucket::default() }],
            secrets: Vec::new(),
            ..SeedSpec::default()
        };
        let reset = SeedRun::everything(&spec, Mode::Reset);
        // One AWS fixture: two deletes make recreating everything the cheaper way.
        assert_eq!(emulator_reset(&reset, &sandbox(Some(Emulator::Moto)), &plan_deleting(2)), Some("/moto-api/reset"));
        assert_eq!(
            emulator_reset(&reset, &sandbox(Some(Emulator::MiniStack)), &plan_deleting(2)),
            Some("/_ministack/reset")
        );
        assert_eq!(
            emulator_reset(&reset, &sandbox(Some(Emulator::Moto)), &plan_deleting(1)),
            None,
            "light drift: the diff"
        );
        assert_eq!(
            emulator_reset(&reset, &sandbox(Some(Emulator::LocalStack)), &plan_deleting(9)),
            None,
            "no reset call"
        );
        assert_eq!(emulator_reset(&reset, &sandbox(None), &plan_deleting(9)), None, "a foreign endpoint");
        let seed = SeedRun::everything(&spec, Mode::Seed);
        assert_eq!(
            emulator_reset(&seed, &sandbox(Some(Emulator::Moto)), &plan_deleting(9)),
            None,
            "seeding deletes nothing"
        );
        let only_s3 = SeedRun { kinds: &[Kind::S3], ..SeedRun::everything(&spec, Mode::Reset) };
        assert_eq!(
            emulator_reset(&only_s3, &sandbox(Some(Emulator::Moto)), &plan_deleting(9)),
            None,
            "--only keeps the rest"
        );
    }
}
