//! The fixtures as data: what a seed folder (or a snapshot) says the sandbox should hold.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

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
