//! SQL fixtures: files applied in name order, each in one transaction, and
//! remembered (name and SHA-256) in the table `berth_fixtures`.

use tokio_postgres::{Client, NoTls};

use super::plan::{Action, Change, Kind, Op};
use super::spec::SeedSpec;
use super::{table_drift, Mode, SeedError};

#[derive(Debug, Clone)]
pub struct PgEndpoint {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Option<String>,
    pub database: String,
}

const LEDGER: &str = "CREATE TABLE IF NOT EXISTS public.berth_fixtures (file text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";

fn pg_error(action: &str, source: tokio_postgres::Error) -> SeedError {
    SeedError::Postgres { action: action.to_string(), source }
}

/// A connection to `database`. A server just called ready may still be restarting (the
/// Postgres entrypoint stops the temporary server it initialises a new database with, then
/// starts the real one; a healthcheck can pass in between), so a refused or dropped
/// connection, or "starting up", is tried again for a few seconds before it counts.
async fn connect(pg: &PgEndpoint, database: &str) -> Result<Client, tokio_postgres::Error> {
    let mut config = tokio_postgres::Config::new();
    config.host(&pg.host).port(pg.port).user(&pg.user).dbname(database);
    if let Some(pw) = &pg.password {
        config.password(pw);
    }
    let deadline = std::time::Instant::now() + RESTART_PATIENCE;
    loop {
        match config.connect(NoTls).await {
            Ok((client, connection)) => {
                tokio::spawn(connection);
                return Ok(client);
            }
            Err(e) if restarting(&e) && std::time::Instant::now() < deadline => {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// How long a server that refuses connections may take to come back.
const RESTART_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// A connection error that a restarting server gives: refused, reset or cut off, or the
/// server saying it is starting up or shutting down.
fn restarting(e: &tokio_postgres::Error) -> bool {
    use tokio_postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        return [SqlState::CANNOT_CONNECT_NOW, SqlState::ADMIN_SHUTDOWN].contains(db.code());
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            return matches!(
                io.kind(),
                ConnectionRefused | ConnectionReset | ConnectionAborted | UnexpectedEof | BrokenPipe
            );
        }
        source = cause.source();
    }
    // A connection the server closed before answering carries no io error.
    e.is_closed() || e.to_string().contains("connection closed")
}

pub async fn plan(pg: &PgEndpoint, spec: &SeedSpec, mode: Mode) -> Result<Vec<Change>, SeedError> {
    if spec.sql.is_empty() {
        return Ok(Vec::new());
    }
    if mode == Mode::Reset {
        let mut changes = vec![Change::new(
            Kind::Postgres,
            Action::Update,
            format!("database {}", pg.database),
            Op::RecreateDatabase,
        )
        .detail("rebuilt beside it, then swapped in")];
        for (i, f) in spec.sql.iter().enumerate() {
            changes.push(Change::new(Kind::Postgres, Action::Create, f.name.clone(), Op::ApplySql(i)));
        }
        return Ok(changes);
    }
    let (applied, tables): (Vec<(String, String)>, Vec<Change>) = match connect(pg, &pg.database).await {
        Ok(client) => {
            let exists: Option<String> = client
                .query_one("SELECT to_regclass('public.berth_fixtures')::text", &[])
                .await
                .map_err(|e| pg_error("read the fixture ledger", e))?
                .get(0);
            let applied = match exists {
                Some(_) => client
                    .query("SELECT file, sha256 FROM public.berth_fixtures", &[])
                    .await
                    .map_err(|e| pg_error("read the fixture ledger", e))?
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect(),
                None => Vec::new(),
            };
            let read = |e| pg_error("compare the tables with the fixtures' state", e);
            let tables = match table_drift::recorded(&client).await.map_err(read)? {
                Some(fixtures) => table_drift::drift(&fixtures, &table_drift::live(&client).await.map_err(read)?),
                None => Vec::new(),
            };
            (applied, tables)
        }
        // The database itself is missing: everything is to create.
        Err(e) if e.as_db_error().is_some_and(|d| d.code().code() == "3D000") => (Vec::new(), Vec::new()),
        Err(e) => return Err(pg_error(&format!("connect to {}:{} as {}", pg.host, pg.port, pg.user), e)),
    };
    let files = spec.sql.iter().enumerate().map(|(i, f)| match applied.iter().find(|(name, _)| name == &f.name) {
        None => Change::new(Kind::Postgres, Action::Create, f.name.clone(), Op::ApplySql(i)),
        Some((_, sha)) if *sha == f.sha256 => Change::new(Kind::Postgres, Action::Unchanged, f.name.clone(), Op::None),
        Some(_) => Change::new(Kind::Postgres, Action::Update, f.name.clone(), Op::Report)
            .detail("changed since it was applied: `berth reset --only postgres` applies it"),
    });
    Ok(files.chain(tables).collect())
}

async fn admin(pg: &PgEndpoint) -> Result<Client, SeedError> {
    connect(pg, "postgres")
        .await
        .map_err(|e| pg_error(&format!("connect to {}:{} as {}", pg.host, pg.port, pg.user), e))
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

async fn database_exists(admin: &Client, name: &str) -> Result<bool, SeedError> {
    Ok(admin
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .await
        .map_err(|e| pg_error("look up the database", e))?
        .is_some())
}

async fn ensure_database(pg: &PgEndpoint) -> Result<(), SeedError> {
    let admin = admin(pg).await?;
    if !database_exists(&admin, &pg.database).await? {
        admin
            .batch_execute(&format!("CREATE DATABASE {}", quoted(&pg.database)))
            .await
            .map_err(|e| pg_error(&format!("create database {}", pg.database), e))?;
    }
    Ok(())
}

/// Applies the files, each in its own transaction and recorded in the ledger.
async fn apply_files(
    pg: &PgEndpoint,
    database: &str,
    spec: &SeedSpec,
    files: &[usize],
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    let mut client =
        connect(pg, database).await.map_err(|e| pg_error(&format!("connect to database {database}"), e))?;
    let recorded_before = table_drift::recorded(&client).await.map_err(|e| pg_error("read the tables' state", e))?;
    for &i in files {
        let f = &spec.sql[i];
        let tx = client.transaction().await.map_err(|e| pg_error("begin a transaction", e))?;
        tx.batch_execute(&f.text).await.map_err(|e| pg_error(&format!("apply {}", f.name), e))?;
        // After the file, not before: a snapshot's dump brings its own ledger.
        tx.batch_execute(LEDGER).await.map_err(|e| pg_error("create the fixture ledger", e))?;
        tx.execute(
            "INSERT INTO public.berth_fixtures (file, sha256) VALUES ($1, $2) ON CONFLICT (file) DO UPDATE SET sha256 = EXCLUDED.sha256, applied_at = now()",
            &[&f.name, &f.sha256],
        )
        .await
        .map_err(|e| pg_error("record the applied file", e))?;
        tx.commit().await.map_err(|e| pg_error(&format!("commit {}", f.name), e))?;
        progress();
    }
    // The tables as the fixtures leave them, for `seed --plan` to compare with later — unless
    // the files brought that state themselves (a snapshot's dump): it still describes the
    // fixtures, while the dump's rows are what the app had made of them.
    let brought = recorded_before.is_none()
        && table_drift::recorded(&client).await.map_err(|e| pg_error("read the tables' state", e))?.is_some();
    if !brought {
        let tx = client.transaction().await.map_err(|e| pg_error("begin a transaction", e))?;
        table_drift::record(&tx).await.map_err(|e| pg_error("record the tables' state", e))?;
        tx.commit().await.map_err(|e| pg_error("commit the tables' state", e))?;
    }
    Ok(())
}

/// Seed mode: the files not yet applied, into the live database (created when missing).
/// A file that fails rolls back alone; nothing else in the database is touched.
pub async fn apply(
    pg: &PgEndpoint,
    spec: &SeedSpec,
    ops: Vec<Op>,
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    let files = files_of(&ops);
    if files.is_empty() {
        return Ok(());
    }
    ensure_database(pg).await?;
    apply_files(pg, &pg.database, spec, &files, progress).await
}

fn files_of(ops: &[Op]) -> Vec<usize> {
    ops.iter().filter_map(|op| if let Op::ApplySql(i) = op { Some(*i) } else { None }).collect()
}

/// Whether the ops rebuild the database (reset and snapshot restore) rather than add to it.
pub fn rebuilds(ops: &[Op]) -> bool {
    ops.contains(&Op::RecreateDatabase)
}

/// A database rebuilt beside the live one from the fixtures (or a snapshot's dump), not yet
/// in its place. Until [`StagedDatabase::swap_in`] the live database is untouched, so a dump
/// or fixture that fails half-way costs nothing: the staging database is dropped instead.
pub struct StagedDatabase {
    pg: PgEndpoint,
    staging: String,
    retired: String,
}

/// Names berth owns beside the live database: a 63-byte identifier limit leaves no room to
/// append to a long name, so they carry a short hash of it instead.
fn side_names(database: &str) -> (String, String) {
    use sha2::Digest as _;
    let hash: String = sha2::Sha256::digest(database.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect();
    (format!("berth_staging_{hash}"), format!("berth_retired_{hash}"))
}

/// Builds the database the ops describe under a staging name. A staging or retired database
/// left by an interrupted run is berth's own and dropped first.
pub async fn stage(
    pg: &PgEndpoint,
    spec: &SeedSpec,
    ops: &[Op],
    progress: &(dyn Fn() + Sync),
) -> Result<StagedDatabase, SeedError> {
    let (staging, retired) = side_names(&pg.database);
    let admin = admin(pg).await?;
    for leftover in [&staging, &retired] {
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", quoted(leftover)))
            .await
            .map_err(|e| pg_error(&format!("drop the leftover database {leftover}"), e))?;
    }
    admin
        .batch_execute(&format!("CREATE DATABASE {}", quoted(&staging)))
        .await
        .map_err(|e| pg_error(&format!("create the staging database {staging}"), e))?;
    let staged = StagedDatabase { pg: pg.clone(), staging, retired };
    progress();
    match apply_files(pg, &staged.staging, spec, &files_of(ops), progress).await {
        Ok(()) => Ok(staged),
        Err(e) => {
            staged.discard().await;
            Err(e)
        }
    }
}

impl StagedDatabase {
    /// Drops the staging database; the live one was never touched.
    pub async fn discard(self) {
        if let Ok(admin) = admin(&self.pg).await {
            let _ =
                admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", quoted(&self.staging))).await;
        }
    }

    /// Puts the staged database in the live one's place: new connections to the live one are
    /// refused, its sessions ended, it is renamed aside, the staged one takes its name, and the
    /// old one is dropped. Each failing step undoes the ones before it.
    pub async fn swap_in(self) -> Result<(), SeedError> {
        let admin = admin(&self.pg).await?;
        let live = self.pg.database.clone();
        if database_exists(&admin, &live).await? {
            if let Err(e) = self.retire_live(&admin, &live).await {
                let _ = admin.batch_execute(&format!("ALTER DATABASE {} ALLOW_CONNECTIONS true", quoted(&live))).await;
                self.discard().await;
                return Err(e);
            }
        }
        if let Err(e) = rename(&admin, &self.staging, &live).await {
            // The live data goes back under its name; nothing is lost.
            let _ = rename(&admin, &self.retired, &live).await;
            let _ = admin.batch_execute(&format!("ALTER DATABASE {} ALLOW_CONNECTIONS true", quoted(&live))).await;
            self.discard().await;
            return Err(e);
        }
        // The retired copy is only garbage now; one left behind is dropped by the next rebuild.
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", quoted(&self.retired))).await;
        Ok(())
    }

    async fn retire_live(&self, admin: &Client, live: &str) -> Result<(), SeedError> {
        admin
            .batch_execute(&format!("ALTER DATABASE {} ALLOW_CONNECTIONS false", quoted(live)))
            .await
            .map_err(|e| pg_error(&format!("close database {live} to new connections"), e))?;
        rename(admin, live, &self.retired).await
    }
}

/// Renames a database once its sessions are gone: they are ended first, and a session still
/// leaving (termination is asynchronous) gets a few moments.
async fn rename(admin: &Client, from: &str, to: &str) -> Result<(), SeedError> {
    let statement = format!("ALTER DATABASE {} RENAME TO {}", quoted(from), quoted(to));
    let mut attempt = 0;
    loop {
        admin
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                &[&from],
            )
            .await
            .map_err(|e| pg_error(&format!("end the sessions on database {from}"), e))?;
        match admin.batch_execute(&statement).await {
            Ok(()) => return Ok(()),
            // 55006: object_in_use, a session not gone yet.
            Err(e) if attempt < 50 && e.code().is_some_and(|c| c.code() == "55006") => {
                attempt += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(e) => return Err(pg_error(&format!("rename database {from} to {to}"), e)),
        }
    }
}
