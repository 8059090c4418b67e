//! Snapshots of the sandbox under `.berth/snapshots/NAME/`: S3 objects with
//! their metadata, secrets, queues (and messages when asked), a Postgres dump
//! and Redis keys with TTLs. Restoring is a reset toward the snapshot.
//!
//! Object keys never become file names: objects are stored as numbered files
//! and a snapshot is only ever read through paths checked to stay inside it,
//! so a snapshot written by someone else cannot make berth write or read
//! anywhere else.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::aws::AwsClients;
use super::spec::{self, Bucket, Message, Object, Queue, RedisKey, RedisValue, Secret, SecretValue, SeedSpec, SqlFile};
use super::{Sandbox, SeedError};
use crate::engine::Engine;
use crate::stack::Stack;

#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub stack: String,
    pub created_at: String,
    pub buckets: Vec<BucketEntry>,
    pub secrets: Vec<SecretEntry>,
    pub queues: Vec<QueueEntry>,
    /// File name of the Postgres dump in the snapshot folder, when there was a database.
    pub postgres_dump: Option<String>,
    pub redis: Vec<RedisEntry>,
    /// SHA-256 of every file the manifest names (objects and the dump), by relative path:
    /// a restore checks them all before it touches anything. Empty in snapshots older than
    /// the checksums, which still restore (their dump must end as pg_dump ends a dump).
    #[serde(default)]
    pub checksums: BTreeMap<String, String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BucketEntry {
    pub name: String,
    pub versioning: bool,
    pub objects: Vec<ObjectEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ObjectEntry {
    pub key: String,
    /// Relative to the snapshot folder, e.g. `objects/17`.
    pub file: String,
    pub content_type: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SecretEntry {
    pub name: String,
    pub string: Option<String>,
    pub binary_base64: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct QueueEntry {
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub dead_letter: Option<(String, u32)>,
    pub messages: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct RedisEntry {
    pub db: u32,
    pub key: String,
    pub kind: String,
    pub value: serde_json::Value,
    pub ttl: Option<u64>,
}

/// Names are plain words: no separators, no `..`, nothing hidden.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

pub fn snapshots_dir(project: &Path) -> PathBuf {
    project.join(".berth").join("snapshots")
}

/// The snapshots in `root`, sorted by name, each with its manifest or why it cannot be read.
pub fn list(root: &Path) -> Vec<(String, Result<Manifest, SeedError>)> {
    let mut names: Vec<String> = std::fs::read_dir(root)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().join("manifest.json").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let manifest = to_spec(&root.join(&name)).map(|(m, _)| m);
            (name, manifest)
        })
        .collect()
}

fn err(e: impl std::error::Error + Send + Sync + 'static) -> SeedError {
    SeedError::data(e)
}

/// Attributes SQS lets a client set; the rest (ARN, counts, timestamps) describe state.
const SETTABLE: &[&str] = &[
    "DelaySeconds",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "ReceiveMessageWaitTimeSeconds",
    "VisibilityTimeout",
    "FifoQueue",
    "ContentBasedDeduplication",
];

pub async fn save(
    engine: &Engine,
    stack: &Stack,
    sandbox: &Sandbox,
    dir: &Path,
    with_messages: bool,
) -> Result<Manifest, SeedError> {
    if dir.exists() {
        return Err(SeedError::BadSnapshot(format!(
            "snapshot {} already exists; remove it first (berth snapshot rm)",
            dir.display()
        )));
    }
    let tmp = dir.with_extension("partial");
    // A folder of this name is only ever a save of berth's that did not finish.
    let _ = std::fs::remove_dir_all(&tmp);
    match save_into(engine, stack, sandbox, &tmp, with_messages).await {
        Ok(manifest) => {
            // Renamed into place only when complete: an interrupted save leaves no half snapshot.
            std::fs::rename(&tmp, dir).map_err(SeedError::file(format!(
                "rename {} to {}",
                tmp.display(),
                dir.display()
            )))?;
            Ok(manifest)
        }
        Err(e) => {
            let written = folder_size(&tmp);
            let _ = std::fs::remove_dir_all(&tmp);
            Err(SeedError::SnapshotSave { folder: tmp, written, free: free_space(dir), source: Box::new(e) })
        }
    }
}

async fn save_into(
    engine: &Engine,
    stack: &Stack,
    sandbox: &Sandbox,
    tmp: &Path,
    with_messages: bool,
) -> Result<Manifest, SeedError> {
    // Snapshots hold secret values and data: owner-only, like everything secret under .berth/.
    super::private::create_dir(&tmp.join("objects")).map_err(SeedError::file(format!("create {}", tmp.display())))?;
    super::private::create_dir(tmp).map_err(SeedError::file(format!("create {}", tmp.display())))?;
    let mut manifest = Manifest {
        stack: stack.name.clone(),
        created_at: chrono::Utc::now().to_rfc3339(),
        buckets: Vec::new(),
        secrets: Vec::new(),
        queues: Vec::new(),
        postgres_dump: None,
        redis: Vec::new(),
        checksums: BTreeMap::new(),
    };
    if let Some(c) = &sandbox.aws {
        manifest.buckets = save_s3(c, tmp).await?;
        manifest.secrets = save_secrets(c).await?;
        manifest.queues = save_queues(c, with_messages).await?;
    }
    if let (Some(pg), Some(service)) = (&sandbox.postgres, &sandbox.postgres_service) {
        // pg_dump runs in the Postgres container, found as `exec` finds it: on a Swarm node
        // that names its engine too, or an error that says what to do.
        let container = engine.running_container(stack, service).await?;
        let mut cmd = vec![
            "pg_dump",
            "--inserts",
            "--no-owner",
            "--no-privileges",
            "-U",
            pg.user.as_str(),
            "-d",
            pg.database.as_str(),
        ];
        cmd.push("--quote-all-identifiers");
        let cmd: Vec<String> = cmd.into_iter().map(str::to_string).collect();
        let env: Vec<String> = pg.password.iter().map(|p| format!("PGPASSWORD={p}")).collect();
        let out = crate::exec::capture(&container.engine.docker, &container.id, &cmd, &env).await.map_err(err)?;
        if out.exit_code != Some(0) {
            return Err(SeedError::PgDump(out.tail(5)));
        }
        let dump = tmp.join(DUMP_FILE);
        super::private::write(&dump, &out.stdout).map_err(SeedError::file(format!("write {}", dump.display())))?;
        manifest.postgres_dump = Some(DUMP_FILE.into());
    }
    if let Some(url) = &sandbox.redis {
        manifest.redis = save_redis(url).await?;
    }
    // Read back from the disk, so the checksum is of what a restore will read.
    let files = manifest.buckets.iter().flat_map(|b| b.objects.iter().map(|o| o.file.clone()));
    for file in files.chain(manifest.postgres_dump.clone()) {
        let path = tmp.join(&file);
        let sum = spec::file_sha256(&path).map_err(SeedError::file(format!("read back {}", path.display())))?;
        manifest.checksums.insert(file, sum);
    }
    let text = serde_json::to_string_pretty(&manifest).map_err(err)?;
    let path = tmp.join("manifest.json");
    super::private::write(&path, text).map_err(SeedError::file(format!("write {}", path.display())))?;
    Ok(manifest)
}

const DUMP_FILE: &str = "postgres.sql";

/// The last line pg_dump writes: a dump without it was cut short.
const DUMP_END: &str = "-- PostgreSQL database dump complete";

/// Whether a dump ends as pg_dump ends one: its last statement-free line is [`DUMP_END`]
/// (newer pg_dumps add a `\unrestrict` meta-command and comment lines after it).
fn dump_is_whole(dump: &[u8]) -> bool {
    let tail = &dump[dump.len().saturating_sub(4096)..];
    String::from_utf8_lossy(tail)
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && *l != "--" && !l.starts_with('\\'))
        .is_some_and(|l| l == DUMP_END)
}

/// Bytes under `folder` (what a failed save had written), 0 when it cannot be read.
fn folder_size(folder: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(folder) else { return 0 };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => folder_size(&e.path()),
            Ok(_) => e.metadata().map(|m| m.len()).unwrap_or(0),
            Err(_) => 0,
        })
        .sum()
}

/// Free bytes on the disk that holds `path` (or its nearest existing parent).
fn free_space(path: &Path) -> Option<u64> {
    let existing = path.ancestors().find(|p| p.exists())?;
    let stat = rustix::fs::statvfs(existing).ok()?;
    Some(stat.f_bavail.saturating_mul(stat.f_frsize))
}

/// moto 5.2.5 answers GetBucketVersioning under a root element the SDK refuses
/// (`GetBucketVersioningResponse`); its 200 answer still says whether versioning is on.
fn answered_enabled<E>(e: &aws_sdk_s3::error::SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> Option<bool> {
    let aws_sdk_s3::error::SdkError::ServiceError(s) = e else { return None };
    let raw = s.raw();
    let body = std::str::from_utf8(raw.body().bytes()?).ok()?;
    (raw.status().as_u16() == 200 && body.contains("BucketVersioning"))
        .then(|| body.contains("<Status>Enabled</Status>"))
}

async fn save_s3(c: &AwsClients, dir: &Path) -> Result<Vec<BucketEntry>, SeedError> {
    let buckets = c.s3.list_buckets().send().await.map_err(|e| SeedError::aws("list buckets", e))?;
    let mut out = Vec::new();
    let mut n = 0usize;
    for name in buckets.buckets.unwrap_or_default().into_iter().filter_map(|b| b.name) {
        let versioning = match c.s3.get_bucket_versioning().bucket(&name).send().await {
            Ok(answer) => answer.status.is_some_and(|s| s.as_str() == "Enabled"),
            Err(e) => answered_enabled(&e).ok_or_else(|| SeedError::aws(format!("read versioning of {name}"), e))?,
        };
        let mut objects = Vec::new();
        let mut pages = c.s3.list_objects_v2().bucket(&name).into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| SeedError::aws(format!("list objects of {name}"), e))?;
            for o in page.contents.unwrap_or_default() {
                let Some(key) = o.key else { continue };
                let got =
                    c.s3.get_object()
                        .bucket(&name)
                        .key(&key)
                        .send()
                        .await
                        .map_err(|e| SeedError::aws(format!("download {name}/{key}"), e))?;
                let content_type = got.content_type.clone().unwrap_or_else(|| "application/octet-stream".into());
                let file = format!("objects/{n}");
                n += 1;
                // Streamed to disk chunk by chunk: a large object is never held in memory.
                let mut body = got.body;
                let mut f = super::private::async_options().open(dir.join(&file)).await.map_err(err)?;
                while let Some(chunk) = body.try_next().await.map_err(err)? {
                    tokio::io::AsyncWriteExt::write_all(&mut f, &chunk).await.map_err(err)?;
                }
                objects.push(ObjectEntry { key, file, content_type });
            }
        }
        out.push(BucketEntry { name, versioning, objects });
    }
    Ok(out)
}

async fn save_secrets(c: &AwsClients) -> Result<Vec<SecretEntry>, SeedError> {
    let mut out = Vec::new();
    let mut pages = c.secrets.list_secrets().into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| SeedError::aws("list secrets", e))?;
        for s in page.secret_list.unwrap_or_default() {
            let Some(name) = s.name else { continue };
            let v = c
                .secrets
                .get_secret_value()
                .secret_id(&name)
                .send()
                .await
                .map_err(|e| SeedError::aws(format!("read secret {name}"), e))?;
            out.push(SecretEntry {
                name,
                string: v.secret_string,
                binary_base64: v
                    .secret_binary
                    .map(|b| base64::engine::general_purpose::STANDARD.encode(b.into_inner())),
                description: s.description,
            });
        }
    }
    Ok(out)
}

async fn save_queues(c: &AwsClients, with_messages: bool) -> Result<Vec<QueueEntry>, SeedError> {
    let urls =
        c.sqs.list_queues().send().await.map_err(|e| SeedError::aws("list queues", e))?.queue_urls.unwrap_or_default();
    let mut out = Vec::new();
    for url in urls {
        let name = url.rsplit('/').next().unwrap_or(&url).to_string();
        let attrs = super::aws::queue_attributes(c, Some(url.clone()), &name).await?.unwrap_or_default();
        let mut attributes = BTreeMap::new();
        let mut dead_letter = None;
        for (k, v) in attrs {
            if k == "RedrivePolicy" {
                let policy: serde_json::Value = serde_json::from_str(&v).unwrap_or_default();
                let target =
                    policy["deadLetterTargetArn"].as_str().and_then(|a| a.rsplit(':').next()).map(str::to_string);
                let count = policy["maxReceiveCount"]
                    .as_u64()
                    .or_else(|| policy["maxReceiveCount"].as_str().and_then(|s| s.parse().ok()));
                if let (Some(t), Some(n)) = (target, count) {
                    dead_letter = Some((t, u32::try_from(n).unwrap_or(u32::MAX)));
                }
            } else if SETTABLE.contains(&k.as_str()) {
                attributes.insert(k, v);
            }
        }
        let mut messages = Vec::new();
        if with_messages {
            // A visibility timeout of 0 leaves every message where it was.
            let mut seen = BTreeSet::new();
            for _ in 0..100 {
                let got = c
                    .sqs
                    .receive_message()
                    .queue_url(&url)
                    .max_number_of_messages(10)
                    .visibility_timeout(0)
                    .send()
                    .await
                    .map_err(|e| SeedError::aws(format!("read messages of {name}"), e))?;
                let batch = got.messages.unwrap_or_default();
                let before = seen.len();
                for m in batch {
                    if let (Some(id), Some(body)) = (m.message_id, m.body) {
                        if seen.insert(id) {
                            messages.push(body);
                        }
                    }
                }
                if seen.len() == before {
                    break;
                }
            }
        }
        out.push(QueueEntry { name, attributes, dead_letter, messages });
    }
    Ok(out)
}

async fn save_redis(url: &str) -> Result<Vec<RedisEntry>, SeedError> {
    let rerr = |source: redis::RedisError| SeedError::Redis { action: "read the keys".into(), source };
    let client = redis::Client::open(format!("{url}/0")).map_err(rerr)?;
    let mut conn = client.get_multiplexed_async_connection().await.map_err(rerr)?;
    let info: String = redis::cmd("INFO").arg("keyspace").query_async(&mut conn).await.map_err(rerr)?;
    let dbs: Vec<u32> = info.lines().filter_map(|l| l.strip_prefix("db")?.split(':').next()?.parse().ok()).collect();
    let mut out = Vec::new();
    for db in dbs {
        let client = redis::Client::open(format!("{url}/{db}")).map_err(rerr)?;
        let mut conn = client.get_multiplexed_async_connection().await.map_err(rerr)?;
        let mut keys: Vec<String> = Vec::new();
        let mut cursor: u64 = 0;
        loop {
            let (next, batch): (u64, Vec<String>) =
                redis::cmd("SCAN").arg(cursor).arg("COUNT").arg(1000).query_async(&mut conn).await.map_err(rerr)?;
            keys.extend(batch);
            if next == 0 {
                break;
            }
            cursor = next;
        }
        keys.sort();
        for key in keys {
            let kind: String = redis::cmd("TYPE").arg(&key).query_async(&mut conn).await.map_err(rerr)?;
            let value = match kind.as_str() {
                "string" => serde_json::json!(redis::cmd("GET")
                    .arg(&key)
                    .query_async::<String>(&mut conn)
                    .await
                    .map_err(rerr)?),
                "hash" => serde_json::json!(redis::cmd("HGETALL")
                    .arg(&key)
                    .query_async::<BTreeMap<String, String>>(&mut conn)
                    .await
                    .map_err(rerr)?),
                "list" => serde_json::json!(redis::cmd("LRANGE")
                    .arg(&key)
                    .arg(0)
                    .arg(-1)
                    .query_async::<Vec<String>>(&mut conn)
                    .await
                    .map_err(rerr)?),
                "set" => serde_json::json!(redis::cmd("SMEMBERS")
                    .arg(&key)
                    .query_async::<BTreeSet<String>>(&mut conn)
                    .await
                    .map_err(rerr)?),
                "zset" => serde_json::json!(redis::cmd("ZRANGE")
                    .arg(&key)
                    .arg(0)
                    .arg(-1)
                    .arg("WITHSCORES")
                    .query_async::<Vec<(String, f64)>>(&mut conn)
                    .await
                    .map_err(rerr)?),
                _ => continue,
            };
            let ttl: i64 = redis::cmd("TTL").arg(&key).query_async(&mut conn).await.map_err(rerr)?;
            out.push(RedisEntry { db, key, kind, value, ttl: u64::try_from(ttl).ok().filter(|t| *t > 0) });
        }
    }
    Ok(out)
}

/// A snapshot as a seed spec, so that restoring is a reset toward it. Every file is read
/// through a path checked to stay inside the snapshot folder.
pub fn to_spec(dir: &Path) -> Result<(Manifest, SeedSpec), SeedError> {
    let manifest_bytes = spec::read_inside(dir, &dir.join("manifest.json"))?
        .ok_or_else(|| SeedError::BadSnapshot(format!("{} is not a snapshot (no manifest.json)", dir.display())))?;
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| SeedError::BadSnapshot(format!("manifest.json: {e}")))?;
    let inside = |rel: &str| -> Result<PathBuf, SeedError> {
        let rel_path = Path::new(rel);
        let clean = rel_path.components().next().is_some()
            && rel_path.components().all(|c| matches!(c, std::path::Component::Normal(_)))
            && !rel.contains('\0');
        if !clean {
            return Err(SeedError::BadSnapshot(format!("snapshot names a file outside itself: {rel:?}")));
        }
        let path = dir.join(rel_path);
        spec::read_inside(dir, &path)?;
        Ok(path)
    };
    let mut seed = SeedSpec { folder: dir.to_path_buf(), ..SeedSpec::default() };
    for b in &manifest.buckets {
        let mut objects = Vec::new();
        for o in &b.objects {
            if o.key.contains('\0') {
                return Err(SeedError::BadSnapshot(format!("object key with a NUL byte in bucket {}", b.name)));
            }
            let path = inside(&o.file)?;
            let sha256 = spec::file_sha256(&path).map_err(SeedError::file(format!("read {}", path.display())))?;
            verify(&manifest, dir, &o.file, &path, &sha256)?;
            let (md5, size) = spec::file_md5(&path).map_err(err)?;
            objects.push(Object { key: o.key.clone(), path, size, md5, content_type: o.content_type.clone() });
        }
        seed.buckets.push(Bucket { name: b.name.clone(), objects, versioning: b.versioning, ..Bucket::default() });
    }
    for s in &manifest.secrets {
        let value = match (&s.string, &s.binary_base64) {
            (Some(t), _) => SecretValue::Text(t.clone()),
            (None, Some(b)) => SecretValue::Binary(base64::engine::general_purpose::STANDARD.decode(b).map_err(err)?),
            (None, None) => SecretValue::Text(String::new()),
        };
        seed.secrets.push(Secret {
            name: s.name.clone(),
            value,
            description: s.description.clone(),
            tags: BTreeMap::new(),
        });
    }
    let targets: Vec<&str> =
        manifest.queues.iter().filter_map(|q| q.dead_letter.as_ref().map(|d| d.0.as_str())).collect();
    let mut queues: Vec<Queue> = manifest
        .queues
        .iter()
        .map(|q| {
            let fifo = q.name.ends_with(".fifo");
            Queue {
                name: q.name.clone(),
                fifo,
                attributes: q.attributes.clone(),
                dead_letter: q.dead_letter.clone(),
                messages: q
                    .messages
                    .iter()
                    .map(|b| Message { body: b.clone(), group_id: fifo.then(|| "berth".into()) })
                    .collect(),
            }
        })
        .collect();
    queues.sort_by_key(|q| !targets.contains(&q.name.as_str()));
    seed.queues = queues;
    if let Some(dump) = &manifest.postgres_dump {
        let path = inside(dump)?;
        let bytes = std::fs::read(&path).map_err(err)?;
        // One digest of the bytes read: checked against the manifest, kept for the ledger.
        use sha2::Digest as _;
        let sha256: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        verify(&manifest, dir, dump, &path, &sha256)?;
        if !dump_is_whole(&bytes) {
            return Err(SeedError::BadSnapshot(format!(
                "{} was cut short (pg_dump's last line is missing); nothing was restored",
                path.display()
            )));
        }
        // pg_dump may emit psql meta-commands (`\\restrict …`); the server only takes SQL.
        let text: String = String::from_utf8_lossy(&bytes)
            .lines()
            .filter(|l| !l.starts_with('\\'))
            .map(|l| format!("{l}\n"))
            .collect();
        seed.sql.push(SqlFile { name: "snapshot.sql".into(), text, sha256 });
    }
    for r in &manifest.redis {
        let value = match r.kind.as_str() {
            "string" => RedisValue::String(serde_json::from_value(r.value.clone()).map_err(err)?),
            "hash" => RedisValue::Hash(serde_json::from_value(r.value.clone()).map_err(err)?),
            "list" => RedisValue::List(serde_json::from_value(r.value.clone()).map_err(err)?),
            "set" => RedisValue::Set(serde_json::from_value(r.value.clone()).map_err(err)?),
            "zset" => RedisValue::ZSet(serde_json::from_value(r.value.clone()).map_err(err)?),
            other => return Err(SeedError::BadSnapshot(format!("unknown Redis type '{other}' in snapshot"))),
        };
        seed.redis.push(RedisKey { db: r.db, key: r.key.clone(), value, ttl: r.ttl });
    }
    Ok((manifest, seed))
}

/// A file of the snapshot (its SHA-256 `actual`) equals what was saved. Snapshots from before
/// checksums carry none.
fn verify(manifest: &Manifest, dir: &Path, rel: &str, path: &Path, actual: &str) -> Result<(), SeedError> {
    if manifest.checksums.is_empty() {
        return Ok(());
    }
    let expected = manifest.checksums.get(rel).ok_or_else(|| {
        SeedError::BadSnapshot(format!(
            "{} names {rel} but holds no checksum for it; nothing was restored",
            dir.join("manifest.json").display()
        ))
    })?;
    if actual != expected {
        return Err(SeedError::BadSnapshot(format!(
            "{} does not match its checksum in the manifest (truncated or changed since it was saved); nothing was restored",
            path.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_is_whole_only_when_it_ends_as_pg_dump_ends_one() {
        let whole = "SET x = 1;\n--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict abc\n\n";
        assert!(dump_is_whole(whole.as_bytes()));
        assert!(dump_is_whole(b"INSERT 1;\n-- PostgreSQL database dump complete\n"));
        assert!(!dump_is_whole(&whole.as_bytes()[..12]));
        assert!(!dump_is_whole(b"INSERT INTO t VALUES (1);\n--\n"));
        assert!(!dump_is_whole(b""));
    }

    #[test]
    fn snapshot_names() {
        assert!(valid_name("before-demo_2"));
        assert!(!valid_name("../x"));
        assert!(!valid_name(".hidden"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(""));
    }

    #[test]
    fn a_snapshot_cannot_point_outside_itself() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "x").unwrap();
        for file in ["../secret", "/etc/passwd", "objects/../../secret", "objects/0\u{0}/../../../secret", ""] {
            let manifest = serde_json::json!({
                "stack": "s", "created_at": "now", "secrets": [], "queues": [], "postgres_dump": null, "redis": [],
                "buckets": [{"name": "b", "versioning": false, "objects": [{"key": "k", "file": file, "content_type": "x"}]}]
            });
            std::fs::write(dir.path().join("manifest.json"), manifest.to_string()).unwrap();
            let e = to_spec(dir.path()).unwrap_err().to_string();
            assert!(e.contains("outside"), "{file}: {e}");
        }
        // A symlink inside the snapshot that leads out is refused too.
        std::fs::create_dir_all(dir.path().join("objects")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("objects/0")).unwrap();
        let manifest = serde_json::json!({
            "stack": "s", "created_at": "now", "secrets": [], "queues": [], "postgres_dump": null, "redis": [],
            "buckets": [{"name": "b", "versioning": false, "objects": [{"key": "../../etc/x", "file": "objects/0", "content_type": "x"}]}]
        });
        std::fs::write(dir.path().join("manifest.json"), manifest.to_string()).unwrap();
        assert!(to_spec(dir.path()).unwrap_err().to_string().contains("outside"));
    }
}
