//! What the app did to the database since the SQL fixtures: each table's row count and a
//! digest of its rows, recorded in `berth_fixture_tables` when the fixtures are applied and
//! compared with the live tables by `seed --plan`. The file ledger alone cannot see this: the
//! files are unchanged while the rows they put there are edited, deleted or joined by others.

use tokio_postgres::GenericClient;

use super::plan::{Action, Change, Kind, Op};

pub(super) const TABLES_LEDGER: &str =
    "CREATE TABLE IF NOT EXISTS public.berth_fixture_tables (name text PRIMARY KEY, row_count bigint NOT NULL, digest text)";

/// Tables estimated above this many rows are compared by count only: a digest reads every row,
/// and a plan must stay quick on a table the app has grown large.
const DIGEST_ROWS: f64 = 200_000.0;

/// Tables summed in one statement: one round trip for a schema like Medusa's (about 130 tables)
/// without building one statement of unbounded size.
const TABLES_PER_QUERY: usize = 200;

/// One table in brief. `digest` is absent for a table too large to digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableState {
    /// Schema-qualified and quoted as SQL writes it, e.g. `public.product`.
    pub name: String,
    pub rows: i64,
    pub digest: Option<String>,
}

/// Every table of the database's own schemas except berth's ledgers, in name order.
pub(super) async fn live(client: &impl GenericClient) -> Result<Vec<TableState>, tokio_postgres::Error> {
    let tables: Vec<(String, f64)> = client
        .query(
            "SELECT format('%I.%I', n.nspname, c.relname), c.reltuples::float8
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                AND NOT (n.nspname = 'public' AND c.relname IN ('berth_fixtures', 'berth_fixture_tables'))
              ORDER BY 1",
            &[],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut states = Vec::with_capacity(tables.len());
    for chunk in tables.chunks(TABLES_PER_QUERY) {
        // Rows are digested in the order of their own digests, so the order they are stored in
        // (which an UPDATE changes) does not count as a change.
        let parts: Vec<String> = chunk
            .iter()
            .enumerate()
            .map(|(i, (name, estimate))| match *estimate > DIGEST_ROWS {
                true => format!("SELECT {i}, count(*)::bigint, NULL::text FROM {name}"),
                false => format!(
                    "SELECT {i}, count(*)::bigint, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM {name} t"
                ),
            })
            .collect();
        let rows = client.query(&parts.join(" UNION ALL "), &[]).await?;
        let mut found: Vec<(i32, i64, Option<String>)> = rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect();
        found.sort_by_key(|f| f.0);
        for (i, rows, digest) in found {
            let name = chunk[i as usize].0.clone();
            states.push(TableState { name, rows, digest });
        }
    }
    Ok(states)
}

/// Writes the tables as they are now as the fixtures' state.
pub(super) async fn record(client: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
    let states = live(client).await?;
    client.batch_execute(TABLES_LEDGER).await?;
    client.execute("DELETE FROM public.berth_fixture_tables", &[]).await?;
    for s in &states {
        client
            .execute(
                "INSERT INTO public.berth_fixture_tables (name, row_count, digest) VALUES ($1, $2, $3)",
                &[&s.name, &s.rows, &s.digest],
            )
            .await?;
    }
    Ok(())
}

/// The tables as the fixtures left them, or none when no state was recorded (a database seeded
/// by an older berth, or restored from a snapshot saved before it recorded one).
pub(super) async fn recorded(client: &impl GenericClient) -> Result<Option<Vec<TableState>>, tokio_postgres::Error> {
    let exists: Option<String> =
        client.query_one("SELECT to_regclass('public.berth_fixture_tables')::text", &[]).await?.get(0);
    if exists.is_none() {
        return Ok(None);
    }
    let rows =
        client.query("SELECT name, row_count, digest FROM public.berth_fixture_tables ORDER BY name", &[]).await?;
    Ok(Some(rows.iter().map(|r| TableState { name: r.get(0), rows: r.get(1), digest: r.get(2) }).collect()))
}

/// How the live tables differ from the fixtures' state, as changes that only a reset carries
/// out: seed adds what is missing and never takes the app's rows away.
pub fn drift(fixtures: &[TableState], now: &[TableState]) -> Vec<Change> {
    const HOW: &str = "`berth reset --only postgres` puts it back";
    let mut changes = Vec::new();
    for table in now {
        let change = match fixtures.iter().find(|f| f.name == table.name) {
            None => Change::new(Kind::Postgres, Action::Delete, format!("table {}", table.name), Op::Report)
                .detail(format!("created since the fixtures, {}: {HOW}", rows(table.rows))),
            Some(f) if f.rows != table.rows => {
                Change::new(Kind::Postgres, Action::Update, format!("table {}", table.name), Op::Report)
                    .detail(format!("{}, {} after the fixtures: {HOW}", rows(table.rows), f.rows))
            }
            Some(f) if f.digest.is_some() && table.digest.is_some() && f.digest != table.digest => {
                Change::new(Kind::Postgres, Action::Update, format!("table {}", table.name), Op::Report)
                    .detail(format!("rows edited since the fixtures: {HOW}"))
            }
            Some(_) => continue,
        };
        changes.push(change);
    }
    for f in fixtures.iter().filter(|f| !now.iter().any(|t| t.name == f.name)) {
        changes.push(
            Change::new(Kind::Postgres, Action::Create, format!("table {}", f.name), Op::Report)
                .detail(format!("dropped since the fixtures, which left {}: {HOW}", rows(f.rows))),
        );
    }
    changes
}

fn rows(n: i64) -> String {
    match n {
        1 => "1 row".into(),
        n => format!("{n} rows"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, rows: i64, digest: Option<&str>) -> TableState {
        TableState { name: name.into(), rows, digest: digest.map(String::from) }
    }

    fn lines(changes: &[Change]) -> Vec<String> {
        changes
            .iter()
            .map(|c| format!("{} {} ({})", c.action.verb(), c.target, c.detail.as_deref().unwrap_or("")))
            .collect()
    }

    #[test]
    fn equal_tables_are_no_change_and_every_difference_is_named_with_the_way_back() {
        let fixtures = [
            table("public.product", 12, Some("a")),
            table("public.region", 1, Some("b")),
            table("public.big", 300_000, None),
            table("public.note", 1, Some("c")),
        ];
        let now = [
            table("public.product", 13, Some("x")),
            table("public.region", 1, Some("b2")),
            table("public.big", 300_000, None),
            table("public.audit", 4, Some("d")),
        ];
        assert_eq!(
            lines(&drift(&fixtures, &now)),
            [
                "update table public.product (13 rows, 12 after the fixtures: `berth reset --only postgres` puts it back)",
                "update table public.region (rows edited since the fixtures: `berth reset --only postgres` puts it back)",
                "delete table public.audit (created since the fixtures, 4 rows: `berth reset --only postgres` puts it back)",
                "create table public.note (dropped since the fixtures, which left 1 row: `berth reset --only postgres` puts it back)",
            ]
        );
        assert!(drift(&fixtures, &fixtures).is_empty());
        // Only reported: applying the plan never touches the app's rows.
        assert!(drift(&fixtures, &now).iter().all(|c| c.op == Op::Report));
    }
}
