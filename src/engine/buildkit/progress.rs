//! BuildKit's progress (`moby.buildkit.trace` status messages) folded into the
//! Dockerfile's steps: each step's state, duration and last output lines, and
//! how many came from cache. Pure: fed decoded messages, it returns changes.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use bollard_buildkit_proto::google::protobuf::Timestamp;
use bollard_buildkit_proto::moby::buildkit::v1::StatusResponse;

use crate::engine::events::{BuildStep, StepStatus};

/// Output lines kept per step, for the message when it fails.
const KEPT_LINES: usize = 20;

#[derive(Debug, Default)]
pub struct Progress {
    steps: Vec<Tracked>,
    by_digest: HashMap<String, usize>,
}

#[derive(Debug)]
struct Tracked {
    name: String,
    status: Option<StepStatus>,
    took: Option<Duration>,
    error: String,
    /// Text of a line still being written (output arrives in arbitrary chunks).
    partial: String,
    lines: VecDeque<String>,
}

/// A failed step: its name (`[builder 3/5] RUN yarn build`), BuildKit's error, its last output.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedStep {
    pub name: String,
    pub error: String,
    pub last_lines: Vec<String>,
}

impl Progress {
    /// Folds one status message in; returns the steps whose state changed, in order.
    pub fn apply(&mut self, status: &StatusResponse) -> Vec<BuildStep> {
        let mut changed = Vec::new();
        for v in &status.vertexes {
            let index = self.index(&v.digest, &v.name);
            let step = &mut self.steps[index];
            if !v.name.is_empty() {
                step.name.clone_from(&v.name);
            }
            let state = if !v.error.is_empty() {
                step.error.clone_from(&v.error);
                StepStatus::Error
            } else if v.cached {
                StepStatus::Cached
            } else if v.completed.is_some() {
                StepStatus::Done
            } else if v.started.is_some() {
                StepStatus::Running
            } else {
                continue;
            };
            if let (Some(s), Some(c)) = (&v.started, &v.completed) {
                step.took = elapsed(s, c);
            }
            if step.status != Some(state) {
                step.status = Some(state);
                if is_dockerfile_step(&step.name) {
                    changed.push(BuildStep { name: step.name.clone(), status: state, took: step.took });
                }
            }
        }
        for log in &status.logs {
            let index = self.index(&log.vertex, "");
            let step = &mut self.steps[index];
            step.partial.push_str(&String::from_utf8_lossy(&log.msg));
            while let Some(end) = step.partial.find('\n') {
                let line: String = step.partial.drain(..=end).collect();
                let line = line.trim_end();
                if !line.is_empty() {
                    if step.lines.len() == KEPT_LINES {
                        step.lines.pop_front();
                    }
                    step.lines.push_back(line.to_string());
                }
            }
        }
        changed
    }

    fn index(&mut self, digest: &str, name: &str) -> usize {
        if let Some(&i) = self.by_digest.get(digest) {
            return i;
        }
        self.steps.push(Tracked {
            name: name.to_string(),
            status: None,
            took: None,
            error: String::new(),
            partial: String::new(),
            lines: VecDeque::new(),
        });
        self.by_digest.insert(digest.to_string(), self.steps.len() - 1);
        self.steps.len() - 1
    }

    /// (steps, of which from cache): the Dockerfile's instructions after `FROM`, the ones a
    /// cache can save; `FROM` itself is a lookup, never reported as cached.
    pub fn cache_count(&self) -> (usize, usize) {
        let counted = self.steps.iter().filter(|s| is_dockerfile_step(&s.name) && !is_from(&s.name));
        counted.fold((0, 0), |(n, cached), s| (n + 1, cached + usize::from(s.status == Some(StepStatus::Cached))))
    }

    /// The Dockerfile step that failed, if one did (not BuildKit's own lookups).
    pub fn failed(&self) -> Option<FailedStep> {
        let step = self.steps.iter().find(|s| s.status == Some(StepStatus::Error) && is_dockerfile_step(&s.name))?;
        let mut last_lines: Vec<String> = step.lines.iter().cloned().collect();
        if !step.partial.trim().is_empty() {
            last_lines.push(step.partial.trim_end().to_string());
        }
        Some(FailedStep { name: step.name.clone(), error: step.error.clone(), last_lines })
    }
}

/// `[2/4] RUN …` or `[builder 2/4] RUN …`; not `[internal] …` or `exporting to image`.
fn is_dockerfile_step(name: &str) -> bool {
    name.starts_with('[') && !name.starts_with("[internal]") && !name.starts_with("[auth]")
}

fn is_from(name: &str) -> bool {
    name.split_once("] ").is_some_and(|(_, instruction)| instruction.starts_with("FROM "))
}

fn elapsed(start: &Timestamp, end: &Timestamp) -> Option<Duration> {
    let nanos = |t: &Timestamp| i128::from(t.seconds) * 1_000_000_000 + i128::from(t.nanos);
    u64::try_from(nanos(end) - nanos(start)).ok().map(Duration::from_nanos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bollard_buildkit_proto::moby::buildkit::v1::{Vertex, VertexLog};

    fn at(seconds: i64, nanos: i32) -> Option<Timestamp> {
        Some(Timestamp { seconds, nanos })
    }

    fn vertex(digest: &str, name: &str) -> Vertex {
        Vertex { digest: digest.into(), name: name.into(), ..Vertex::default() }
    }

    #[test]
    fn steps_move_from_running_to_done_with_their_duration() {
        let mut p = Progress::default();
        let mut v = vertex("a", "[builder 2/3] RUN make");
        v.started = at(10, 0);
        let changed = p.apply(&StatusResponse { vertexes: vec![v.clone()], ..StatusResponse::default() });
        assert_eq!(
            changed,
            vec![BuildStep { name: "[builder 2/3] RUN make".into(), status: StepStatus::Running, took: None }]
        );
        v.completed = at(11, 500_000_000);
        let changed = p.apply(&StatusResponse { vertexes: vec![v], ..StatusResponse::default() });
        assert_eq!(changed[0].status, StepStatus::Done);
        assert_eq!(changed[0].took, Some(Duration::from_millis(1500)));
    }

    #[test]
    fn counts_cached_steps_but_not_from_or_internal_vertices() {
        let mut p = Progress::default();
        let mut from = vertex("f", "[1/3] FROM docker.io/library/debian:bookworm");
        from.completed = at(1, 0);
        let mut copy = vertex("c", "[2/3] COPY . /app");
        copy.cached = true;
        let mut run = vertex("r", "[3/3] RUN make");
        run.completed = at(2, 0);
        let mut internal = vertex("i", "[internal] load build context");
        internal.cached = true;
        let changed =
            p.apply(&StatusResponse { vertexes: vec![from, copy, run, internal], ..StatusResponse::default() });
        assert_eq!(changed.len(), 3, "internal vertices are not steps: {changed:?}");
        assert_eq!(p.cache_count(), (2, 1));
    }

    #[test]
    fn a_failed_step_keeps_its_error_and_last_output_lines() {
        let mut p = Progress::default();
        let mut v = vertex("r", "[2/2] RUN ./build.sh");
        v.started = at(1, 0);
        let log = |text: &str| VertexLog { vertex: "r".into(), msg: text.as_bytes().to_vec(), ..VertexLog::default() };
        let lines: String = (1..=25).map(|i| format!("line {i}\n")).collect();
        p.apply(&StatusResponse {
            vertexes: vec![v.clone()],
            logs: vec![log(&lines[..7]), log(&lines[7..]), log("no newline")],
            ..StatusResponse::default()
        });
        assert_eq!(p.failed(), None);
        v.error = "process \"/bin/sh -c ./build.sh\" did not complete successfully: exit code: 2".into();
        p.apply(&StatusResponse { vertexes: vec![v], ..StatusResponse::default() });
        let failed = p.failed().expect("a failed step");
        assert_eq!(failed.name, "[2/2] RUN ./build.sh");
        assert!(failed.error.ends_with("exit code: 2"));
        assert_eq!(failed.last_lines.first().map(String::as_str), Some("line 6"));
        assert_eq!(failed.last_lines.last().map(String::as_str), Some("no newline"));
        assert_eq!(failed.last_lines.len(), 21);
    }
}
