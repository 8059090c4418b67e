//! Why one try of a probe failed, typed, with the underlying error kept as its source.
//! The message is what a waiting service shows as its last error.

use std::time::Duration;

use super::localstack::NotReady;

#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// Refused, reset by the port proxy, closed before an answer: all read the same to a
    /// user waiting for a service.
    #[error("connection refused (not listening yet)")]
    NotListening(#[source] Box<ProbeError>),
    #[error("timed out after {0:?}")]
    TimedOut(Duration),
    #[error("port {port} is neither published nor reachable on the container's network")]
    Unreachable { port: u16 },
    #[error("{0}")]
    Connect(#[source] std::io::Error),
    #[error("{}", innermost(.0))]
    Http(#[source] reqwest::Error),
    #[error("{url}: the server's certificate is not trusted ({reason}); if it is the sandbox's own self-signed certificate, set `insecure: true` on the http probe")]
    Untrusted { url: String, reason: String },
    #[error("{url} answered {got}, expected {expected}: {excerpt}")]
    HttpStatus { url: String, got: u16, expected: u16, excerpt: String },
    #[error("{url} body does not contain {needle:?}")]
    BodyMissing { url: String, needle: String },
    #[error("{url} did not answer JSON: {source}")]
    NotJson {
        url: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("{url}: {pointer} is {found}, expected {expected}")]
    JsonMismatch { url: String, pointer: String, found: String, expected: serde_json::Value },
    #[error("{}", postgres_message(.0))]
    Postgres(#[source] tokio_postgres::Error),
    #[error("{0}")]
    Redis(#[source] redis::RedisError),
    #[error("PING answered {0:?}")]
    RedisAnswer(String),
    #[error(transparent)]
    LocalStack(#[from] NotReady),
    #[error("{emulator} is not ready yet ({path} answered {status})")]
    EmulatorNotReady { emulator: &'static str, path: &'static str, status: u16 },
    #[error("{service} answered its read call with {status}: {excerpt}")]
    AwsCall { service: &'static str, status: u16, excerpt: String },
    #[error("berth has no read call for the AWS service '{0}'")]
    NoReadCall(String),
    #[error("{0}")]
    Docker(#[source] bollard::errors::Error),
    #[error("the container has no HEALTHCHECK")]
    NoHealthcheck,
    #[error("HEALTHCHECK is {status}{}", .last_output.as_ref().map(|o| format!(": {o}")).unwrap_or_default())]
    Unhealthy { status: String, last_output: Option<String> },
    #[error("{0}")]
    BadPattern(#[source] regex::Error),
    #[error("no log line matches /{0}/ yet")]
    NoLogMatch(String),
    #[error("{0}")]
    Exec(#[source] crate::exec::ExecError),
    #[error("`{command}` exited {}: {tail}", .code.map_or("?".into(), |c| c.to_string()))]
    ExecFailed { command: String, code: Option<i64>, tail: String },
}

impl ProbeError {
    /// The many ways "nothing listens there yet" surfaces become one plain message.
    pub(super) fn plain(self) -> ProbeError {
        let lower = self.to_string().to_lowercase();
        let not_listening =
            ["connection refused", "reset by peer", "connection closed", "broken pipe", "unexpected eof"];
        if not_listening.iter().any(|p| lower.contains(p)) {
            ProbeError::NotListening(Box::new(self))
        } else {
            self
        }
    }
}

impl ProbeError {
    /// A request that failed: a certificate the probe may not accept is told apart, with
    /// what to do about it.
    pub fn from_request(url: &str, e: reqwest::Error, insecure: bool) -> ProbeError {
        let reason = innermost(&e);
        if !insecure && reason.to_lowercase().contains("certificate") {
            return ProbeError::Untrusted { url: url.to_string(), reason };
        }
        ProbeError::Http(e)
    }
}

/// reqwest's own message is generic ("error sending request"); the innermost cause says what happened.
fn innermost(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg = s.to_string();
        src = s.source();
    }
    msg
}

/// The server's own words when it answered; otherwise the error and its cause.
fn postgres_message(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let text = e.to_string();
            match std::error::Error::source(e) {
                Some(src) => format!("{text}: {src}"),
                None => text,
            }
        }
    }
}
