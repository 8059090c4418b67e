//! The seed folder as data: buckets and objects, secrets, queues, SQL files
//! and Redis keys. Pure: reads files, talks to nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

use super::aws_names;
use crate::stack::interpolate::Vars;
use crate::stack::reader::NodeReader;
use crate::stack::yaml::{self, Node};
use crate::stack::{Diagnostic, Diagnostics, Pos};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeedSpec {
    pub folder: PathBuf,
    pub buckets: Vec<Bucket>,
    pub secrets: Vec<Secret>,
    pub queues: Vec<Queue>,
    pub sql: Vec<SqlFile>,
    pub redis: Vec<RedisKey>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bucket {
    pub name: String,
    pub objects: Vec<Object>,
    pub versioning: bool,
    pub tags: BTreeMap<String, String>,
    /// CORS rules as `s3.yaml` gives them: allowed_origins, allowed_methods, allowed_headers, max_age_seconds.
    pub cors: Vec<CorsRule>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CorsRule {
    pub allowed_origins: Vec<String>,
    pub allowed_methods: Vec<String>,
    pub allowed_headers: Vec<String>,
    pub max_age_seconds: Option<i32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub key: String,
    pub path: PathBuf,
    pub size: u64,
    /// Hex MD5 of the content: S3's ETag for a single-part upload.
    pub md5: String,
    pub content_type: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SecretValue {
    Text(String),
    Binary(Vec<u8>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    pub name: String,
    pub value: SecretValue,
    pub description: Option<String>,
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Queue {
    pub name: String,
    pub fifo: bool,
    /// SQS attribute names (`VisibilityTimeout`, …) to values, without the redrive policy.
    pub attributes: BTreeMap<String, String>,
    pub dead_letter: Option<(String, u32)>,
    pub messages: Vec<Message>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub body: String,
    pub group_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SqlFile {
    pub name: String,
    pub text: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedisKey {
    pub db: u32,
    pub key: String,
    pub value: RedisValue,
    pub ttl: Option<u64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RedisValue {
    String(String),
    Hash(BTreeMap<String, String>),
    List(Vec<String>),
    Set(BTreeSet<String>),
    ZSet(Vec<(String, f64)>),
}

impl RedisValue {
    pub fn type_name(&self) -> &'static str {
        match self {
            RedisValue::String(_) => "string",
            RedisValue::Hash(_) => "hash",
            RedisValue::List(_) => "list",
            RedisValue::Set(_) => "set",
            RedisValue::ZSet(_) => "zset",
        }
    }
}

/// Values of generated secrets, kept between runs so that seeds and resets reproduce them.
pub trait GeneratedValues {
    fn get_or_create(&mut self, name: &str, kind: &str, length: usize) -> String;
}

/// The seed folder's reader: the shared [`NodeReader`], naming whichever file is being read.
struct Reader<'a> {
    folder: &'a Path,
    nodes: NodeReader<'a>,
}

impl<'a> std::ops::Deref for Reader<'a> {
    type Target = NodeReader<'a>;
    fn deref(&self) -> &NodeReader<'a> {
        &self.nodes
    }
}

impl<'a> std::ops::DerefMut for Reader<'a> {
    fn deref_mut(&mut self) -> &mut NodeReader<'a> {
        &mut self.nodes
    }
}

impl Reader<'_> {
    /// An error in a file other than the one being read (an object, a SQL file, a folder).
    fn error_in(&mut self, file: &Path, pos: Pos, msg: impl Into<String>) {
        self.nodes.errors.push(Diagnostic::new(file, pos, msg));
    }

    /// Reads `name` from the seed folder, if there, and makes it the file errors name.
    fn yaml(&mut self, name: &str) -> Option<(PathBuf, Node)> {
        let file = self.folder.join(name);
        let text = match read_inside(self.folder, &file) {
            Ok(Some(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
            Ok(None) => return None,
            Err(e) => {
                self.error_in(&file, Pos::new(1, 1), e.to_string());
                return None;
            }
        };
        self.nodes.file = file.clone();
        match yaml::parse(&text) {
            Ok(node) if node.is_null() => None,
            Ok(node) => Some((file, node)),
            Err(e) => {
                self.error_in(&file, e.pos, e.message);
                None
            }
        }
    }

    /// Only the keys in `known`; anything else is an error with the nearest known key.
    fn check_keys(&mut self, node: &Node, what: &str, known: &[&str]) {
        let _ = self.nodes.entries(node, what, known, &[]);
    }

    /// A number within the range AWS accepts for `key` (sqs.yaml's attributes).
    fn ranged(&mut self, node: &Node, key: &str) -> Option<u64> {
        let (min, max) = aws_names::queue_attribute_range(key)?;
        let text = node.scalar().unwrap_or_default();
        match text.trim().parse::<u64>() {
            Ok(value) if (min..=max).contains(&value) => Some(value),
            _ => {
                self.error(node.pos, format!("{key} must be a whole number from {min} to {max} (got '{text}')"));
                None
            }
        }
    }
}

/// Why a seed or snapshot file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{} is not a regular file; refusing to read it", .0.display())]
    NotRegular(PathBuf),
    #[error("{} points outside the seed folder ({}); refusing to read it", .path.display(), .real.display())]
    Outside { path: PathBuf, real: PathBuf },
    #[error("cannot read seed folder {}: {source}", .path.display())]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> ReadError + '_ {
    move |source| ReadError::Io { path: path.to_path_buf(), source }
}

/// Reads `path` if it exists, refusing a file that resolves outside `folder` (a symlink out of the seed folder).
pub fn read_inside(folder: &Path, path: &Path) -> Result<Option<Vec<u8>>, ReadError> {
    if !path.exists() {
        return Ok(None);
    }
    check_inside(folder, path)?;
    regular_file(path)?;
    std::fs::read(path).map(Some).map_err(io_error(path))
}

/// A seed file must be a plain file: a device or a pipe would never end.
fn regular_file(path: &Path) -> Result<(), ReadError> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() || m.is_dir() => Ok(()),
        Ok(_) => Err(ReadError::NotRegular(path.to_path_buf())),
        Err(e) => Err(io_error(path)(e)),
    }
}

fn check_inside(folder: &Path, path: &Path) -> Result<(), ReadError> {
    let root = folder.canonicalize().map_err(|source| ReadError::Folder { path: folder.to_path_buf(), source })?;
    let real = path.canonicalize().map_err(io_error(path))?;
    if real.starts_with(&root) {
        Ok(())
    } else {
        Err(ReadError::Outside { path: path.to_path_buf(), real })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// MD5 of a file, streamed so that large objects are never held in memory.
pub fn file_md5(path: &Path) -> std::io::Result<(String, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Md5::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((hex(&hasher.finalize()), size))
}

/// Loads the seed folder. `vars` resolves `${…}` in secret values and Redis values.
pub fn load(folder: &Path, vars: &Vars, generated: &mut dyn GeneratedValues) -> Result<SeedSpec, Diagnostics> {
    let mut r = Reader { folder, nodes: NodeReader::expanding(folder.to_path_buf(), vars) };
    if !folder.is_dir() {
        return Err(Diagnostics(vec![Diagnostic::new(folder, Pos::new(1, 1), "the seed folder does not exist")
            .with_hint("create it, or fix 'seed:' in the stack file")]));
    }
    let mut spec = SeedSpec { folder: folder.to_path_buf(), ..SeedSpec::default() };
    spec.buckets = buckets(&mut r);
    spec.secrets = secrets(&mut r, generated);
    spec.queues = queues(&mut r);
    spec.sql = sql_files(&mut r);
    spec.redis = redis_keys(&mut r);
    if r.nodes.errors.is_empty() {
        Ok(spec)
    } else {
        Err(Diagnostics::capped(std::mem::take(&mut r.nodes.errors)))
    }
}

fn buckets(r: &mut Reader<'_>) -> Vec<Bucket> {
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

fn collect_objects(r: &mut Reader<'_>, root: &Path, dir: &Path, out: &mut Vec<Object>) {
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
        let key = rel.to_string_lossy().replace('\\', "/");
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

const SECRET_KEYS: &[&str] = &["value", "file", "binary_file", "generate", "length", "description", "tags"];

fn secrets(r: &mut Reader<'_>, generated: &mut dyn GeneratedValues) -> Vec<Secret> {
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
                    Ok(Some(bytes)) if key == "file" => {
                        Some(SecretValue::Text(String::from_utf8_lossy(&bytes).trim_end_matches('\n').to_string()))
                    }
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

fn queues(r: &mut Reader<'_>) -> Vec<Queue> {
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

fn sql_files(r: &mut Reader<'_>) -> Vec<SqlFile> {
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
                out.push(SqlFile {
                    name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                    sha256,
                });
            }
            Ok(None) => {}
            Err(e) => r.error_in(&path, Pos::new(1, 1), e.to_string()),
        }
    }
    out
}

fn redis_keys(r: &mut Reader<'_>) -> Vec<RedisKey> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated values for a parse: the parser's input, not a stand-in for a service.
    struct Fixed;

    impl GeneratedValues for Fixed {
        fn get_or_create(&mut self, _: &str, _: &str, length: usize) -> String {
            "g".repeat(length)
        }
    }

    fn load_folder(folder: &Path) -> Result<SeedSpec, Diagnostics> {
        load(folder, &Vars::default(), &mut Fixed)
    }

    fn write(folder: &Path, relative: &str, text: &str) {
        let path = folder.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn errors_point_at_the_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "secrets.yaml", "/app/a:\n  value: x\n/app/b:\n  vaule: y\n");
        write(dir.path(), "sqs.yaml", "orders:\n  delay_seconds: soon\n");
        let e = load_folder(dir.path()).unwrap_err().to_string();
        assert!(e.contains("secrets.yaml:4:3"), "{e}");
        assert!(e.contains("sqs.yaml:2:18: delay_seconds must be a whole number from 0 to 900 (got 'soon')"), "{e}");
    }

    /// Each error as "file:line:col: message", file relative to the seed folder.
    fn located(folder: &Path) -> Vec<String> {
        let e = load_folder(folder).expect_err("errors expected");
        e.0.iter()
            .map(|d| {
                let file = d.file.strip_prefix(folder).unwrap_or(&d.file).display().to_string();
                format!("{file}:{}:{}: {}", d.pos.line, d.pos.col, d.message)
            })
            .collect()
    }

    #[test]
    fn names_and_queue_attributes_follow_aws_rules_before_any_request() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s3.yaml", "192.168.1.1: {}\n");
        write(
            dir.path(),
            "sqs.yaml",
            "my orders: {}\nslow:\n  delay_seconds: 9999\nplain:\n  content_based_deduplication: true\nretry:\n  visibility_timeout: -1\n  dead_letter: {queue: slow, max_receive_count: 0}\n",
        );
        write(dir.path(), "secrets.yaml", "'my secret': {value: x}\n");
        assert_eq!(
            located(dir.path()),
            [
                "s3.yaml:1:14: '192.168.1.1' is not a valid S3 bucket name: it must not look like an IP address",
                "secrets.yaml:1:1: 'my secret' is not a valid secret name: only letters, digits and / _ + = . @ - are allowed",
                "sqs.yaml:1:1: 'my orders' is not a valid SQS queue name: only letters, digits, '-' and '_' are allowed (and a '.fifo' suffix)",
                "sqs.yaml:3:18: delay_seconds must be a whole number from 0 to 900 (got '9999')",
                "sqs.yaml:5:3: content_based_deduplication is for FIFO queues only; 'plain' is a standard queue (name it 'plain.fifo' or remove the key)",
                "sqs.yaml:7:23: visibility_timeout must be a whole number from 0 to 43200 (got '-1')",
                "sqs.yaml:8:49: max_receive_count must be a whole number from 1 to 1000 (got '0')",
            ]
        );
    }

    #[test]
    fn an_unknown_fact_is_an_error_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "secrets.yaml", "/app/db:\n  value: postgres://${ghost.host}:5432/db\n");
        let errors = located(dir.path());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("secrets.yaml:2:21: unknown fact 'ghost.host'"), "{errors:?}");
    }

    #[test]
    fn a_bad_bucket_name_in_s3_yaml_points_at_s3_yaml() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s3.yaml", "ok-bucket:\n  versioning: true\n/etc/passwd:\n  versioning: true\n");
        let e = load_folder(dir.path()).unwrap_err();
        assert_eq!(e.0.len(), 1, "{e}");
        assert_eq!((e.0[0].file.clone(), e.0[0].pos), (dir.path().join("s3.yaml"), Pos::new(4, 3)), "{e}");
        assert!(e.0[0].message.contains("'/etc/passwd' is not a valid S3 bucket name"), "{e}");
    }

    #[test]
    fn files_that_lead_out_of_the_seed_folder_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("private-key"), "not for the sandbox").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let link = |name: &str| {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink(outside.path().join("private-key"), path).unwrap();
        };
        // A seed file, a secret's file and an S3 object, each a symlink out of the folder.
        link("redis.yaml");
        link("files/key.pem");
        write(dir.path(), "secrets.yaml", "/app/key:\n  file: files/key.pem\n");
        link("s3/uploads/escape.txt");
        let e = load_folder(dir.path()).unwrap_err();
        let text = e.to_string();
        for what in ["redis.yaml", "key.pem", "escape.txt"] {
            assert!(
                e.0.iter().any(|d| d.message.contains(what) && d.message.contains("points outside the seed folder")),
                "{what} not refused: {text}"
            );
        }
        assert!(!text.contains("not for the sandbox"), "{text}");
        // A symlink that stays inside the folder is fine.
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "files/real.pem", "inside");
        std::os::unix::fs::symlink(dir.path().join("files/real.pem"), dir.path().join("files/alias.pem")).unwrap();
        write(dir.path(), "secrets.yaml", "/app/key:\n  file: files/alias.pem\n");
        let spec = load_folder(dir.path()).unwrap();
        assert!(matches!(&spec.secrets[0].value, SecretValue::Text(t) if t == "inside"));
    }

    #[test]
    fn a_pipe_in_the_seed_folder_is_refused_not_read_forever() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("s3/uploads")).unwrap();
        let fifo = dir.path().join("s3/uploads/stream");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = load_folder(dir.path()).unwrap_err().to_string();
        assert!(e.contains("stream is not a regular file"), "{e}");
    }

    #[test]
    fn ten_thousand_objects_load_with_their_keys_and_sizes() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..10_000 {
            write(dir.path(), &format!("s3/bulk/part-{}/object-{i:05}.json", i % 50), &format!("{{\"n\":{i}}}"));
        }
        let spec = load_folder(dir.path()).unwrap();
        let objects = &spec.buckets[0].objects;
        assert_eq!(objects.len(), 10_000);
        let o = objects.iter().find(|o| o.key == "part-7/object-00007.json").expect("key from the path");
        assert_eq!((o.size, o.content_type.as_str()), (7, "application/json"));
    }
}
