//! Builds through BuildKit over the engine API: a session (for build secrets)
//! plus a `/build?version=2` tied to it, with BuildKit's progress turned into
//! step events. bollard's own BuildKit build has no way to hand secrets to the
//! session, hence the two raw requests in [`wire`].

mod progress;
mod session;
pub(crate) mod wire;

use std::collections::HashMap;
use std::path::Path;

use base64::Engine as _;
use futures_util::TryStreamExt;
use http_body_util::{BodyExt, StreamBody};
use prost::Message as _;
use tokio::sync::mpsc;

use super::events::{Event, ServiceEvent};
use crate::stack::{Build, SecretSource};
pub use progress::{FailedStep, Progress};

pub struct BuildRequest<'a> {
    pub endpoint: wire::Target<'a>,
    pub service: &'a str,
    pub image: &'a str,
    pub build: &'a Build,
    pub dockerfile: &'a str,
    pub no_cache: bool,
    /// The context folder, streamed to the engine once the session is open.
    pub context: &'a Path,
    pub events: &'a mpsc::Sender<Event>,
}

pub enum Outcome {
    Built {
        steps: usize,
        cached: usize,
    },
    /// The engine cannot do BuildKit (or berth cannot reach it that way): why.
    Unsupported(session::SessionError),
}

#[derive(Debug)]
pub struct BuildFailed {
    pub reason: String,
    pub step: Option<FailedStep>,
}

impl BuildRequest<'_> {
    pub async fn run(&self) -> Result<Outcome, BuildFailed> {
        let secrets = self.secret_values()?;
        let session = match session::open(self.endpoint, secrets).await {
            Ok(s) => s,
            Err(reason) => return Ok(Outcome::Unsupported(reason)),
        };
        let request = hyper::Request::post(format!("/build?{}", self.query(&session.id)))
            .header("Host", "docker")
            .header("Content-Type", "application/x-tar")
            .body(StreamBody::new(
                super::build_context::stream_context(self.context.to_path_buf(), self.dockerfile.to_string())
                    .map_ok(hyper::body::Frame::data),
            ))
            .map_err(|e| failed(e.to_string()))?;
        let response = wire::send(self.endpoint, request).await.map_err(|e| failed(e.to_string()))?;
        let status = response.status();
        let mut body = response.into_body();
        if !status.is_success() {
            let bytes = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
            let message = serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_string))
                .unwrap_or_else(|| String::from_utf8_lossy(&bytes).trim().to_string());
            return Err(failed(format!("the engine refused the build ({status}): {message}")));
        }
        let mut progress = Progress::default();
        let mut pending: Vec<u8> = Vec::new();
        let mut error: Option<String> = None;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| failed(format!("the build's progress stream broke: {e}")))?;
            let Some(data) = frame.data_ref() else { continue };
            pending.extend_from_slice(data);
            while let Some(end) = pending.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = pending.drain(..=end).collect();
                if let Some(message) = self.handle(&line, &mut progress).await {
                    error.get_or_insert(message);
                }
            }
        }
        if let Some(message) = self.handle(&pending, &mut progress).await {
            error.get_or_insert(message);
        }
        drop(session);
        match error {
            Some(reason) => Err(BuildFailed { reason, step: progress.failed() }),
            None => {
                let (steps, cached) = progress.cache_count();
                Ok(Outcome::Built { steps, cached })
            }
        }
    }

    /// One JSON message of the build stream; returns the build's error, if it is one.
    async fn handle(&self, line: &[u8], progress: &mut Progress) -> Option<String> {
        let message: serde_json::Value = serde_json::from_slice(line).ok()?;
        if let Some(error) = message.get("errorDetail").and_then(|d| d.get("message")).or_else(|| message.get("error"))
        {
            return Some(error.as_str().unwrap_or_default().to_string());
        }
        if message.get("id").and_then(|i| i.as_str()) == Some("moby.buildkit.trace") {
            let encoded = message.get("aux").and_then(|a| a.as_str())?;
            let bytes = base64::engine::general_purpose::STANDARD.decode(encoded).ok()?;
            let status = bollard_buildkit_proto::moby::buildkit::v1::StatusResponse::decode(bytes.as_slice()).ok()?;
            for step in progress.apply(&status) {
                let event = Event::Service { service: self.service.to_string(), event: ServiceEvent::BuildStep(step) };
                let _ = self.events.send(event).await;
            }
        }
        None
    }

    fn query(&self, session: &str) -> String {
        let json = |v: serde_json::Value| v.to_string();
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("version", "2")
            .append_pair("session", session)
            .append_pair("t", self.image)
            .append_pair("dockerfile", self.dockerfile)
            .append_pair("buildargs", &json(serde_json::json!(self.build.args)))
            .append_pair("labels", &json(serde_json::json!(self.build.labels)))
            .append_pair("cachefrom", &json(serde_json::json!(self.build.cache_from)))
            .append_pair("rm", "1")
            .append_pair("forcerm", "1");
        if let Some(target) = &self.build.target {
            q.append_pair("target", target);
        }
        if self.no_cache || self.build.no_cache {
            q.append_pair("nocache", "1");
        }
        if self.build.pull {
            q.append_pair("pull", "1");
        }
        if let Some(bytes) = self.build.memory {
            q.append_pair("memory", &bytes.to_string());
        }
        q.finish()
    }

    fn secret_values(&self) -> Result<HashMap<String, Vec<u8>>, BuildFailed> {
        let mut values = HashMap::new();
        for secret in &self.build.secrets {
            let value = match &secret.source {
                SecretSource::File(path) => std::fs::read(path).map_err(|e| {
                    failed(format!("cannot read the file of build secret '{}' ({}): {e}", secret.id, path.display()))
                })?,
                SecretSource::Env { value, .. } | SecretSource::Content(value) => value.0.as_bytes().to_vec(),
                other @ (SecretSource::EnvUnset { .. } | SecretSource::External { .. }) => {
                    let why = other.unavailable("build secret", &secret.id).unwrap_or_default();
                    return Err(failed(why));
                }
            };
            values.insert(secret.id.clone(), value);
        }
        Ok(values)
    }
}

fn failed(reason: impl Into<String>) -> BuildFailed {
    BuildFailed { reason: reason.into(), step: None }
}

/// The frontend image a Dockerfile's `# syntax=` directive asks for, if it has one.
/// Directives are only read before the first instruction or ordinary comment.
pub fn syntax_directive(dockerfile: &str) -> Option<String> {
    for line in dockerfile.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let directive = line.strip_prefix('#')?.trim();
        let (key, value) = directive.split_once('=')?;
        if key.trim().eq_ignore_ascii_case("syntax") {
            return Some(value.trim().to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_syntax_directive_only_at_the_top() {
        assert_eq!(syntax_directive("# syntax=docker/dockerfile:1\nFROM x"), Some("docker/dockerfile:1".into()));
        assert_eq!(syntax_directive("\n#escape=`\n# Syntax = a/b:2\nFROM x"), Some("a/b:2".into()));
        assert_eq!(syntax_directive("FROM x\n# syntax=docker/dockerfile:1"), None);
        assert_eq!(syntax_directive("# a comment\n# syntax=docker/dockerfile:1\nFROM x"), None);
    }
}
