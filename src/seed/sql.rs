//! SQL fixtures: files applied in name order, each in one transaction, and
//! remembered (name and SHA-256) in the table `berth_fixtures`.

use tokio_postgres::{Client, NoTls};

use super::plan::{Action, Change, Kind, Op};
use super::spec::SeedSpec;
use super::{Mode, SeedError};

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

async fn connect(pg: &PgEndpoint, database: &str) -> Result<Client, tokio_postgres::Error> {
    let mut config = tokio_postgres::Config::new();
    config.host(&pg.host).port(pg.port).user(&pg.user).dbname(database);
    if let Some(pw) = &pg.password {
        config.password(pw);
    }
    let (client, connection) = config.connect(NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
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
        .detail("drop and create")];
        for (i, f) in spec.sql.iter().enumerate() {
            changes.push(Change::new(Kind::Postgres, Action::Create, f.name.clone(), Op::ApplySql(i)));
        }
        return Ok(changes);
    }
    let applied: Vec<(String, String)> = match connect(pg, &pg.database).await {
        Ok(client) => {
            let exists: Option<String> = client
                .query_one("SELECT to_regclass('public.berth_fixtures')::text", &[])
                .await
                .map_err(|e| pg_error("read the fixture ledger", e))?
                .get(0);
            if exists.is_some() {
                client
                    .query("SELECT file, sha256 FROM public.berth_fixtures", &[])
                    .await
                    .map_err(|e| pg_error("read the fixture ledger", e))?
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect()
            } else {
                Vec::new()
            }
        }
        // The database itself is missing: everything is to create.
        Err(e) if e.as_db_error().is_some_and(|d| d.code().code() == "3D000") => Vec::new(),
        Err(e) => return Err(pg_error(&format!("connect to {}:{} as {}", pg.host, pg.port, pg.user), e)),
    };
    Ok(spec
        .sql
        .iter()
        .enumerate()
        .map(|(i, f)| match applied.iter().find(|(name, _)| name == &f.name) {
            None => Change::new(Kind::Postgres, Action::Create, f.name.clone(), Op::ApplySql(i)),
            Some((_, sha)) if *sha == f.sha256 => {
                Change::new(Kind::Postgres, Action::Unchanged, f.name.clone(), Op::None)
            }
            Some(_) => Change::new(Kind::Postgres, Action::Update, f.name.clone(), Op::Report)
                .detail("changed since it was applied: `berth reset --only postgres` applies it"),
        })
        .collect())
}

async fn ensure_database(pg: &PgEndpoint, recreate: bool) -> Result<(), SeedError> {
    let admin = connect(pg, "postgres")
        .await
        .map_err(|e| pg_error(&format!("connect to {}:{} as {}", pg.host, pg.port, pg.user), e))?;
    let quoted = format!("\"{}\"", pg.database.replace('"', "\"\""));
    if recreate {
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
            .await
            .map_err(|e| pg_error(&format!("drop database {}", pg.database), e))?;
    }
    let exists = admin
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&pg.database])
        .await
        .map_err(|e| pg_error("look up the database", e))?
        .is_some();
    if !exists {
        admin
            .batch_execute(&format!("CREATE DATABASE {quoted}"))
            .await
            .map_err(|e| pg_error(&format!("create database {}", pg.database), e))?;
    }
    Ok(())
}

pub async fn apply(
    pg: &PgEndpoint,
    spec: &SeedSpec,
    ops: Vec<Op>,
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    let recreate = ops.contains(&Op::RecreateDatabase);
    let files: Vec<usize> =
        ops.iter().filter_map(|op| if let Op::ApplySql(i) = op { Some(*i) } else { None }).collect();
    if !recreate && files.is_empty() {
        return Ok(());
    }
    ensure_database(pg, recreate).await?;
    if recreate {
        progress();
    }
    let mut client =
        connect(pg, &pg.database).await.map_err(|e| pg_error(&format!("connect to database {}", pg.database), e))?;
    for i in files {
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
    Ok(())
}
