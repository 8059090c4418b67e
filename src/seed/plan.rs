//! A seed plan: what applying the fixtures would change in the live sandbox.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    S3,
    Secrets,
    Sqs,
    Postgres,
    Redis,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::S3, Kind::Secrets, Kind::Sqs, Kind::Postgres, Kind::Redis];

    pub fn name(self) -> &'static str {
        match self {
            Kind::S3 => "s3",
            Kind::Secrets => "secrets",
            Kind::Sqs => "sqs",
            Kind::Postgres => "postgres",
            Kind::Redis => "redis",
        }
    }

    pub fn parse(text: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == text || (text == "secretsmanager" && *k == Kind::Secrets))
            .ok_or_else(|| UnknownKind(text.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown kind '{0}' (expected s3, secrets, sqs, postgres, redis)")]
pub struct UnknownKind(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
    Unchanged,
}

impl Action {
    pub fn verb(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Unchanged => "unchanged",
        }
    }
}

/// What to do for one change; the index points into the seed spec's lists.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    CreateBucket(usize),
    PutObject {
        bucket: usize,
        object: usize,
    },
    DeleteObject {
        bucket: String,
        key: String,
    },
    DeleteBucket(String),
    CreateSecret(usize),
    PutSecret(usize),
    DeleteSecret(String),
    CreateQueue(usize),
    SetQueueAttributes {
        queue: usize,
        url: String,
    },
    /// Empty the queue and load its fixture messages again.
    RefillQueue {
        queue: usize,
        url: String,
    },
    DeleteQueue(String),
    ApplySql(usize),
    RecreateDatabase,
    SetRedisKey(usize),
    FlushRedis,
    /// Nothing to do, but counted and shown.
    None,
    /// Only shown: seed cannot do it; the detail says what will.
    Report,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: Kind,
    pub action: Action,
    /// What it is about, e.g. `ysh-uploads/products/panel.png`.
    pub target: String,
    pub detail: Option<String>,
    pub op: Op,
}

impl Change {
    pub fn new(kind: Kind, action: Action, target: impl Into<String>, op: Op) -> Change {
        Change { kind, action, target: target.into(), detail: None, op }
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Change {
        self.detail = Some(detail.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeedPlan {
    pub changes: Vec<Change>,
}

impl SeedPlan {
    /// Changes of this action that applying the plan carries out.
    pub fn count(&self, action: Action) -> usize {
        self.changes.iter().filter(|c| c.action == action && c.op != Op::Report).count()
    }

    /// Differences only shown: applying the plan leaves them (a reset does not).
    pub fn reported(&self) -> usize {
        self.changes.iter().filter(|c| c.op == Op::Report).count()
    }

    /// Changes that do something when applied.
    pub fn pending(&self) -> usize {
        self.changes.iter().filter(|c| c.action != Action::Unchanged && c.op != Op::Report).count()
    }
}

impl fmt::Display for SeedPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.changes.iter().filter(|c| c.action != Action::Unchanged) {
            write!(f, "  {:<9} {:<9} {}", c.kind.name(), c.action.verb(), c.target)?;
            if let Some(d) = &c.detail {
                write!(f, " ({d})")?;
            }
            writeln!(f)?;
        }
        write!(
            f,
            "{} to create, {} to update, {} to delete, {} unchanged",
            self.count(Action::Create),
            self.count(Action::Update),
            self.count(Action::Delete),
            self.count(Action::Unchanged)
        )?;
        match self.reported() {
            0 => writeln!(f),
            n => writeln!(f, ", {n} only a reset changes"),
        }
    }
}
