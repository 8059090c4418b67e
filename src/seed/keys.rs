//! Redis fixtures: keys of every type, with TTL and database index.

use std::collections::{BTreeMap, BTreeSet};

use futures_util::future::{BoxFuture, FutureExt};
use futures_util::{stream, StreamExt, TryStreamExt};
use redis::aio::MultiplexedConnection;

use super::plan::{Action, Change, Kind, Op};
use super::spec::{RedisValue, SeedSpec};
use super::{Mode, SeedError};

fn redis_error(action: &str, source: redis::RedisError) -> SeedError {
    SeedError::Redis { action: action.to_string(), source }
}

async fn connect(url: &str, db: u32) -> Result<MultiplexedConnection, SeedError> {
    let client =
        redis::Client::open(format!("{}/{db}", url.trim_end_matches('/'))).map_err(|e| redis_error("open", e))?;
    client.get_multiplexed_async_connection().await.map_err(|e| redis_error(&format!("connect to {url}"), e))
}

async fn live_value(
    conn: &mut MultiplexedConnection,
    key: &str,
) -> Result<Option<(RedisValue, i64)>, redis::RedisError> {
    let kind: String = redis::cmd("TYPE").arg(key).query_async(conn).await?;
    let value = match kind.as_str() {
        "none" => return Ok(None),
        "string" => RedisValue::String(redis::cmd("GET").arg(key).query_async(conn).await?),
        "hash" => RedisValue::Hash(redis::cmd("HGETALL").arg(key).query_async::<BTreeMap<String, String>>(conn).await?),
        "list" => RedisValue::List(redis::cmd("LRANGE").arg(key).arg(0).arg(-1).query_async(conn).await?),
        "set" => RedisValue::Set(redis::cmd("SMEMBERS").arg(key).query_async::<BTreeSet<String>>(conn).await?),
        "zset" => {
            RedisValue::ZSet(redis::cmd("ZRANGE").arg(key).arg(0).arg(-1).arg("WITHSCORES").query_async(conn).await?)
        }
        other => RedisValue::String(format!("<{other}>")),
    };
    let ttl: i64 = redis::cmd("TTL").arg(key).query_async(conn).await?;
    Ok(Some((value, ttl)))
}

/// A key's value and TTL as the server holds them; None when it does not exist.
type LiveValue = Option<(RedisValue, i64)>;

async fn read_key(mut conn: MultiplexedConnection, key: String) -> Result<LiveValue, SeedError> {
    live_value(&mut conn, &key).await.map_err(|e| redis_error(&format!("read key {key}"), e))
}

fn same(want: &RedisValue, got: &RedisValue) -> bool {
    match (want, got) {
        (RedisValue::ZSet(a), RedisValue::ZSet(b)) => {
            let mut a = a.clone();
            a.sort_by(|x, y| x.1.total_cmp(&y.1).then_with(|| x.0.cmp(&y.0)));
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.0 == y.0 && (x.1 - y.1).abs() < 1e-9)
        }
        _ => want == got,
    }
}

pub async fn plan(url: &str, spec: &SeedSpec, mode: Mode) -> Result<Vec<Change>, SeedError> {
    if spec.redis.is_empty() && mode == Mode::Seed {
        return Ok(Vec::new());
    }
    let mut changes = Vec::new();
    if mode == Mode::Reset {
        let mut conn = connect(url, 0).await?;
        let info: String = redis::cmd("INFO")
            .arg("keyspace")
            .query_async(&mut conn)
            .await
            .map_err(|e| redis_error("read the keyspace", e))?;
        let total: u64 = info
            .lines()
            .filter_map(|l| {
                l.split_once(":keys=").and_then(|(_, rest)| rest.split(',').next()).and_then(|n| n.parse::<u64>().ok())
            })
            .sum();
        changes.push(
            Change::new(Kind::Redis, Action::Update, "all databases", Op::FlushRedis)
                .detail(format!("flush {total} keys")),
        );
        for (i, k) in spec.redis.iter().enumerate() {
            changes.push(Change::new(Kind::Redis, Action::Create, format!("db{} {}", k.db, k.key), Op::SetRedisKey(i)));
        }
        return Ok(changes);
    }
    // The multiplexed connection pipelines concurrent reads: 10,000 keys cost a few round trips, not 30,000.
    let mut conns: BTreeMap<u32, MultiplexedConnection> = BTreeMap::new();
    for k in &spec.redis {
        if let std::collections::btree_map::Entry::Vacant(slot) = conns.entry(k.db) {
            slot.insert(connect(url, k.db).await?);
        }
    }
    let reads: Vec<BoxFuture<'static, Result<LiveValue, SeedError>>> = spec
        .redis
        .iter()
        .filter_map(|k| conns.get(&k.db).map(|c| read_key(c.clone(), k.key.clone()).boxed()))
        .collect();
    let live: Vec<LiveValue> = stream::iter(reads).buffered(256).try_collect().await?;
    for (i, (k, live)) in spec.redis.iter().zip(live).enumerate() {
        let target = format!("db{} {}", k.db, k.key);
        let change = match live {
            None => Change::new(Kind::Redis, Action::Create, target, Op::SetRedisKey(i)),
            Some((value, ttl)) if !same(&k.value, &value) || (k.ttl.is_some() != (ttl >= 0)) => {
                Change::new(Kind::Redis, Action::Update, target, Op::SetRedisKey(i))
            }
            Some(_) => Change::new(Kind::Redis, Action::Unchanged, target, Op::None),
        };
        changes.push(change);
    }
    Ok(changes)
}

pub async fn apply(url: &str, spec: &SeedSpec, ops: Vec<Op>, progress: &(dyn Fn() + Sync)) -> Result<(), SeedError> {
    if ops.contains(&Op::FlushRedis) {
        let mut conn = connect(url, 0).await?;
        redis::cmd("FLUSHALL").query_async::<()>(&mut conn).await.map_err(|e| redis_error("flush", e))?;
        progress();
    }
    let mut by_db: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for op in &ops {
        if let Op::SetRedisKey(i) = op {
            by_db.entry(spec.redis[*i].db).or_default().push(*i);
        }
    }
    for (db, keys) in by_db {
        let mut conn = connect(url, db).await?;
        // One atomic pipeline per database: a key is never seen half-written.
        let mut pipe = redis::pipe();
        pipe.atomic();
        for &i in &keys {
            let k = &spec.redis[i];
            pipe.cmd("DEL").arg(&k.key).ignore();
            match &k.value {
                RedisValue::String(s) => pipe.cmd("SET").arg(&k.key).arg(s).ignore(),
                RedisValue::Hash(h) if !h.is_empty() => pipe.cmd("HSET").arg(&k.key).arg(h).ignore(),
                RedisValue::List(l) if !l.is_empty() => pipe.cmd("RPUSH").arg(&k.key).arg(l).ignore(),
                RedisValue::Set(s) if !s.is_empty() => pipe.cmd("SADD").arg(&k.key).arg(s).ignore(),
                RedisValue::ZSet(z) if !z.is_empty() => {
                    let pairs: Vec<(f64, &String)> = z.iter().map(|(m, s)| (*s, m)).collect();
                    pipe.cmd("ZADD").arg(&k.key).arg(pairs).ignore()
                }
                _ => &mut pipe,
            };
            if let Some(ttl) = k.ttl {
                pipe.cmd("EXPIRE").arg(&k.key).arg(ttl).ignore();
            }
        }
        pipe.query_async::<()>(&mut conn).await.map_err(|e| redis_error(&format!("write keys in db {db}"), e))?;
        for _ in &keys {
            progress();
        }
    }
    Ok(())
}
