//! One reader per fixture: `s3/` and `s3.yaml`, `secrets.yaml`, `sqs.yaml`, `sql/`, `redis.yaml`.

use std::path::{Path, PathBuf};

use super::super::aws_names;
use super::files::{check_inside, file_md5, hex, read_inside, regular_file};
use super::model::*;
use super::reader::Reader;
use crate::stack::load::utf8_text;
use crate::stack::yaml::Node;
use crate::stack::Pos;

pub(super) fn buckets(r: &mut Reader<'_>) -> Vec<Bucket> {
    let s3 = r.folder.join("s3");
    let mut out: Vec<Bucket> = Vec::new();
    // Where each bucket is declared: its folder, or its key in s3.yaml.
    let mut declared: Vec<(PathBuf, Pos)> = Vec::new();
    if s3.is_dir() {
        let mut dirs: Vec<PathBuf> = match std::fs::read_dir(&s3) {
            Ok(entries) => entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect(),
            Err(e) => {
                r.error_in(&s3, Pos::new(1, 1), format!("cannot read: {e}"));
                Vec::new()
            }
        };
        dirs.sort();
        for dir in dirs {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut objects = Vec::new();
            collect_objects(r, &dir, &dir, &mut objects);
            objects.sort_by(|a: &Object, b: &Object| a.key.cmp(&b.key));
            out.push(Bucket { name, objects, ..Bucket::default() });
            declared.push((dir, Pos::new(1, 1)));
        }
    }
    if let Some((file, node)) = r.yaml("s3.yaml") {
        for (name, settings) in r.map(&node, "s3.yaml") {
            r.check_keys(settings, &format!("bucket '{name}'"), &["versioning", "tags", "cors"]);
            let idx = match out.iter().position(|b| b.name == name) {
                Some(i) => i,
                None => {
                    out.push(Bucket { name: name.to_string(), ..Bucket::default() });
                    declared.push((file.clone(), settings.pos));
                    out.len() - 1
                }
            };
            if let Some(v) = settings.get("versioning") {
                out[idx].versioning = v.scalar() == Some("true") || v.scalar() == Some("enabled");
            }
            if let Some(t) = settings.get("tags") {
                out[idx].tags = r.string_map(t, "tags");
            }
            if let Some(rules) = settings.get("cors").and_then(Node::as_seq) {
                let mut cors = Vec::new();
                for rule in rules {
                    r.check_keys(
                        rule,
                        "a CORS rule",
                        &["allowed_origins", "allowed_methods", "allowed_headers", "max_age_seconds"],
                    );
                    cors.push(CorsRule {
                        allowed_origins: rule
                            .get("allowed_origins")
                            .map(|n| r.strings(n, "allowed_origins"))
                            .unwrap_or_default(),
                        allowed_methods: rule
                            .get("allowed_methods")
                            .map(|n| r.strings(n, "allowed_methods"))
                            .unwrap_or_default(),
                        allowed_headers: rule
                            .get("allowed_headers")
                            .map(|n| r.strings(n, "allowed_headers"))
                            .unwrap_or_default(),
                        max_age_seconds: rule.get("max_age_seconds").and_then(|n| r.number(n, "max_age_seconds")),
                    });
                }
                out[idx].cors = cors;
            }
        }
    }
    for (b, (file, pos)) in out.iter().zip(declared) {
        if let Some(problem) = aws_names::bucket_name_problem(&b.name) {
            r.error_in(&file, pos, problem);
        }
    }
    out
}

pub(super) fn collect_objects(r: &mut Reader<'_>, root: &Path, dir: &Path, out: &mut Vec<Object>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            r.error_in(dir, Pos::new(1, 1), format!("cannot read: {e}"));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if let Err(e) = check_inside(r.folder, &path).and_then(|()| regular_file(&path)) {
            r.error_in(&path, Pos::new(1, 1), e.to_string());
            continue;
        }
        if path.is_dir() {
            collect_objects(r, root, &path, out);
            continue;
        }
        if path.file_name().is_some_and(|n| n == ".keep" || n == ".gitkeep") {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else { continue };
        let key = match object_key(rel) {
            Ok(key) => key,
            Err(problem) => {
                r.error_in(&path, Pos::new(1, 1), problem);
                continue;
            }
        };
        match file_md5(&path) {
            Ok((md5, size)) => out.push(Object {
                content_type: mime_guess::from_path(&path).first_or_octet_stream().essence_str().to_string(),
                key,
                path,
                size,
                md5,
            }),
            Err(e) => r.error_in(&path, Pos::new(1, 1), format!("cannot read: {e}")),
        }
    }
}

/// The S3 key a file's path under its bucket folder becomes: its segments joined by `/`, as
/// they are. A name that is not UTF-8 (two such names could become one key), a backslash
/// (another system's separator), a `.` or `..` segment, or a key past S3's 1,024 bytes is
/// refused rather than changed into another key.
fn object_key(rel: &Path) -> Result<String, String> {
    let mut segments = Vec::new();
    for part in rel.components() {
        let std::path::Component::Normal(name) = part else {
            return Err("a '.' or '..' in the path cannot be part of an S3 key".into());
        };
        let Some(name) = name.to_str() else {
            return Err("the file name is not UTF-8, which an S3 key must be: rename the file".into());
        };
        if name.contains('\\') {
            return Err(
                "the file name holds a backslash, which berth does not turn into an S3 key: rename the file".into()
            );
        }
        segments.push(name);
    }
    let key = segments.join("/");
    if key.len() > 1024 {
        return Err(format!("the S3 key would be {} bytes long; S3 allows 1024", key.len()));
    }
    Ok(key)
}

const SECRET_KEYS: &[&str] = &["value", "file", "binary_file", "generate", "length", "description", "tags"];

pub(super) fn secrets(r: &mut Reader<'_>, generated: &mut dyn GeneratedValues) -> Vec<Secret> {
    let Some((file, node)) = r.yaml("secrets.yaml") else { return Vec::new() };
    let mut out = Vec::new();
    for (name, spec) in r.map(&node, "secrets.yaml") {
        r.check_keys(spec, &format!("secret '{name}'"), SECRET_KEYS);
        if let Some(problem) = aws_names::secret_name_problem(name) {
            r.error_in(&file, node.key_pos(name), problem);
        }
        let sources: Vec<&str> =
            ["value", "file", "binary_file", "generate"].into_iter().filter(|k| spec.get(k).is_some()).collect();
        if sources.len() != 1 {
            r.error_in(
                &file,
                spec.pos,
                format!(
                    "secret '{name}' needs exactly one of value, file, binary_file, generate (found {})",
                    if sources.is_empty() { "none".to_string() } else { sources.join(", ") }
                ),
            );
            continue;
        }
        let value = match sources[0] {
            "value" => spec.get("value").and_then(|v| r.string(v, "value")).map(SecretValue::Text),
            "file" | "binary_file" => {
                let key = sources[0];
                let Some(rel) = spec.get(key).and_then(|v| r.string(v, key)) else { continue };
                let path = r.folder.join(&rel);
                match read_inside(r.folder, &path) {
                    Ok(Some(bytes)) if key == "file" => match utf8_text(bytes) {
                        Ok(text) => Some(SecretValue::Text(text.trim_end_matches('\n').to_string())),
                        Err(bad) => {
                            let hint = "or use binary_file for bytes that are not text";
                            r.error_in(&path, bad.0, format!("{bad}; {hint}"));
                            None
                        }
                    },
                    Ok(Some(bytes)) => Some(SecretValue::Binary(bytes)),
                    Ok(None) => {
                        r.error_in(&file, spec.pos, format!("secret '{name}': {} does not exist", path.display()));
                        None
                    }
                    Err(e) => {
                        r.error_in(&file, spec.pos, format!("secret '{name}': {e}"));
                        None
                    }
                }
            }
            _ => {
                let Some(g) = spec.get("generate") else { continue };
                let kind = g
                    .scalar()
                    .map(str::to_string)
                    .or_else(|| g.get("kind").and_then(|k| k.scalar()).map(str::to_string))
                    .unwrap_or_default();
                let length_node = g.get("length").or_else(|| spec.get("length"));
                let length = length_node.and_then(|n| r.number::<usize>(n, "length")).unwrap_or(32);
                if !matches!(kind.as_str(), "hex" | "base64" | "password") {
                    r.error_in(
                        &file,
                        g.pos,
                        format!("secret '{name}': generate must be hex, base64 or password (found '{kind}')"),
                    );
                    continue;
                }
                if !(8..=4096).contains(&length) {
                    r.error_in(&file, g.pos, format!("secret '{name}': length must be between 8 and 4096"));
                    continue;
                }
                Some(SecretValue::Text(generated.get_or_create(name, &kind, length)))
            }
        };
        let Some(value) = value else { continue };
        out.push(Secret {
            name: name.to_string(),
            value,
            description: spec.get("description").and_then(|d| r.string(d, "description")),
            tags: spec.get("tags").map(|t| r.string_map(t, "tags")).unwrap_or_default(),
        });
    }
    out
}

const QUEUE_KEYS: &[&str] = &[
    "fifo",
    "visibility_timeout",
    "message_retention_period",
    "delay_seconds",
    "receive_wait_time_seconds",
    "maximum_message_size",
    "content_based_deduplication",
    "dead_letter",
    "messages",
];

pub(super) fn queues(r: &mut Reader<'_>) -> Vec<Queue> {
    let Some((file, node)) = r.yaml("sqs.yaml") else { return Vec::new() };
    let mut out = Vec::new();
    for (name, spec) in r.map(&node, "sqs.yaml") {
        r.check_keys(spec, &format!("queue '{name}'"), QUEUE_KEYS);
        if let Some(problem) = aws_names::queue_name_problem(name) {
            r.error_in(&file, node.key_pos(name), problem);
        }
        let fifo = name.ends_with(".fifo") || spec.get("fifo").and_then(|f| f.scalar()) == Some("true");
        if fifo && !name.ends_with(".fifo") {
            r.error_in(&file, spec.pos, format!("FIFO queue '{name}' must be named with a .fifo suffix"));
        }
        let mut q = Queue { name: name.to_string(), fifo, ..Queue::default() };
        if fifo {
            q.attributes.insert("FifoQueue".into(), "true".into());
        }
        for (key, attr) in [
            ("visibility_timeout", "VisibilityTimeout"),
            ("message_retention_period", "MessageRetentionPeriod"),
            ("delay_seconds", "DelaySeconds"),
            ("receive_wait_time_seconds", "ReceiveMessageWaitTimeSeconds"),
            ("maximum_message_size", "MaximumMessageSize"),
        ] {
            if let Some(n) = spec.get(key) {
                if let Some(v) = r.ranged(n, key) {
                    q.attributes.insert(attr.into(), v.to_string());
                }
            }
        }
        if let Some(c) = spec.get("content_based_deduplication") {
            if !fifo {
                r.error_in(
                    &file,
                    spec.key_pos("content_based_deduplication"),
                    format!("content_based_deduplication is for FIFO queues only; '{name}' is a standard queue (name it '{name}.fifo' or remove the key)"),
                );
            }
            q.attributes.insert("ContentBasedDeduplication".into(), (c.scalar() == Some("true")).to_string());
        }
        if let Some(dl) = spec.get("dead_letter") {
            r.check_keys(dl, "dead_letter", &["queue", "max_receive_count"]);
            let target = dl.get("queue").and_then(|n| r.string(n, "dead_letter.queue"));
            // The range (1 to 1,000) is checked, so the count fits.
            let count = dl
                .get("max_receive_count")
                .and_then(|n| r.ranged(n, "max_receive_count"))
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(5);
            match target {
                Some(t) => q.dead_letter = Some((t, count)),
                None => r.error_in(&file, dl.pos, "dead_letter needs 'queue'"),
            }
        }
        if let Some(msgs) = spec.get("messages").and_then(Node::as_seq) {
            for m in msgs {
                let (body, group) = if m.as_map().is_some() {
                    (
                        m.get("body").and_then(|b| r.string(b, "body")),
                        m.get("group_id").and_then(|g| r.string(g, "group_id")),
                    )
                } else {
                    (r.string(m, "message"), None)
                };
                if let Some(body) = body {
                    let group_id = group.or_else(|| fifo.then(|| "berth".to_string()));
                    q.messages.push(Message { body, group_id });
                }
            }
        }
        out.push(q);
    }
    let names: Vec<String> = out.iter().map(|q| q.name.clone()).collect();
    for q in &out {
        if let Some((dlq, _)) = &q.dead_letter {
            if !names.contains(dlq) {
                r.error_in(
                    &file,
                    node.pos,
                    format!("queue '{}' names dead-letter queue '{dlq}', which sqs.yaml does not define", q.name),
                );
            }
        }
    }
    // Dead-letter queues first: a redrive policy needs its target to exist.
    let targets: Vec<String> = out.iter().filter_map(|q| q.dead_letter.as_ref().map(|(t, _)| t.clone())).collect();
    out.sort_by_key(|q| !targets.contains(&q.name));
    out
}

pub(super) fn sql_files(r: &mut Reader<'_>) -> Vec<SqlFile> {
    let dir = r.folder.join("postgres");
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|e| e.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "sql")).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        match read_inside(r.folder, &path) {
            Ok(Some(bytes)) => {
                use sha2::Digest as _;
                let sha256 = hex(&sha2::Sha256::digest(&bytes));
                match utf8_text(bytes) {
                    Ok(text) => out.push(SqlFile {
                        name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                        text,
                        sha256,
                    }),
                    Err(bad) => r.error_in(&path, bad.0, bad.to_string()),
                }
            }
            Ok(None) => {}
            Err(e) => r.error_in(&path, Pos::new(1, 1), e.to_string()),
        }
    }
    out
}

pub(super) fn redis_keys(r: &mut Reader<'_>) -> Vec<RedisKey> {
    let Some((file, node)) = r.yaml("redis.yaml") else { return Vec::new() };
    let mut out = Vec::new();
    const KINDS: [&str; 5] = ["string", "hash", "list", "set", "zset"];
    for (key, spec) in r.map(&node, "redis.yaml") {
        r.check_keys(spec, &format!("redis key '{key}'"), &["string", "hash", "list", "set", "zset", "ttl", "db"]);
        let kinds: Vec<&str> = KINDS.into_iter().filter(|k| spec.get(k).is_some()).collect();
        if kinds.len() != 1 {
            r.error_in(
                &file,
                spec.pos,
                format!("redis key '{key}' needs exactly one of string, hash, list, set, zset"),
            );
            continue;
        }
        let Some(v) = spec.get(kinds[0]) else { continue };
        let value = match kinds[0] {
            "string" => r.string(v, "string").map(RedisValue::String),
            "hash" => Some(RedisValue::Hash(r.string_map(v, "hash"))),
            "list" => Some(RedisValue::List(r.strings(v, "list"))),
            "set" => Some(RedisValue::Set(r.strings(v, "set").into_iter().collect())),
            _ => {
                let mut members = Vec::new();
                for (m, score) in r.map(v, "zset") {
                    if let Some(s) = r.number::<f64>(score, "score") {
                        members.push((m.to_string(), s));
                    }
                }
                Some(RedisValue::ZSet(members))
            }
        };
        let Some(value) = value else { continue };
        out.push(RedisKey {
            db: spec.get("db").and_then(|n| r.number(n, "db")).unwrap_or(0),
            key: key.to_string(),
            value,
            ttl: spec.get("ttl").and_then(|n| r.number(n, "ttl")),
        });
    }
    out
}
