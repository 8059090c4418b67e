//! The plain-text front end: one line per engine event, condensed, and the
//! final summary of an `up`. Colour only on a terminal and without NO_COLOR.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use berth::engine::events::StepStatus;
use berth::engine::timings::critical_path;
use berth::engine::up::{Outcome, UpReport};
use berth::engine::{Event, Failure, ServiceEvent, StackEvent};
use berth::seed::mask::Masker;

use super::exit;

pub struct Style {
    pub color: bool,
}

const PALETTE: [u8; 6] = [36, 33, 35, 32, 34, 31];

impl Style {
    /// For what goes to stdout.
    pub fn detect() -> Style {
        Style { color: super::output_mode::colour(std::io::stdout().is_terminal()) }
    }

    /// For a service's output on stdout: without colour when `no_color` asks (`--no-color`).
    pub fn for_logs(no_color: bool) -> Style {
        if no_color {
            Style { color: false }
        } else {
            Style::detect()
        }
    }

    /// One line of a service's output as `logs` and an attached `up` print it: prefixed with
    /// the service, unless `--no-log-prefix`.
    pub fn log_line(&self, service: &str, width: usize, text: &str, prefix: bool) -> String {
        match prefix {
            true => format!("{} | {text}", self.service(service, width)),
            false => text.to_string(),
        }
    }

    /// For status lines, on whichever stream they go to.
    pub fn for_status() -> Style {
        Style { color: super::output_mode::colour(super::output_mode::status_is_terminal()) }
    }

    /// `name` coloured by a stable hash of itself, so a service keeps its colour across runs.
    pub fn service(&self, name: &str, width: usize) -> String {
        let padded = format!("{name:<width$}");
        if !self.color {
            return padded;
        }
        let idx = name.bytes().fold(0usize, |a, b| a.wrapping_mul(31).wrapping_add(b as usize)) % PALETTE.len();
        format!("\x1b[{}m{padded}\x1b[0m", PALETTE[idx])
    }

    pub fn bold(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Prints engine events as they come, skipping the noise (every byte of a pull, every probe try).
pub struct EventPrinter {
    style: Style,
    masker: Masker,
    width: usize,
    last_probe: HashMap<String, (Instant, Option<String>)>,
    /// Live bars under the lines, on a terminal only.
    bars: Option<super::progress::Bars>,
}

impl Drop for EventPrinter {
    fn drop(&mut self) {
        if let Some(bars) = self.bars.as_mut() {
            bars.clear();
        }
    }
}

fn short_id(id: &str) -> &str {
    &id[..id.len().min(12)]
}

impl EventPrinter {
    pub fn new(style: Style, services: &[String], masker: Masker) -> Self {
        let width = services.iter().map(String::len).max().unwrap_or(8);
        let bars = super::output_mode::bars(super::output_mode::status_is_terminal())
            .then(|| super::progress::Bars::new(width));
        EventPrinter { style, masker, width, last_probe: HashMap::new(), bars }
    }

    pub fn print(&mut self, event: &Event) {
        // `--progress quiet`: the summary and the errors say what matters.
        if super::output_mode::quiet() {
            return;
        }
        let line = match event {
            Event::Stack(e) => match e {
                StackEvent::NetworkCreated(n) => format!("network {n} created"),
                StackEvent::VolumeCreated(v) => format!("volume {v} created"),
                StackEvent::Orphans(names) => format!(
                    "warning: containers of services no longer in the stack file: {} (`berth down` removes them)",
                    names.join(", ")
                ),
                StackEvent::ContainerRemoved(c) => format!("container {c} removed"),
                StackEvent::SwarmServiceRemoved(s) => format!("Swarm service {s} removed"),
                StackEvent::VolumesLeftOnNode { node, volumes, why } => format!(
                    "volume(s) {} left on Swarm node {node}: {why}; run `docker volume rm {}` against {node}'s engine",
                    volumes.join(", "),
                    volumes.join(" ")
                ),
                StackEvent::VolumeRemovedOnNode { node, volume } => {
                    format!("volume {volume} removed on Swarm node {node}")
                }
                StackEvent::NetworkRemoved(n) => format!("network {n} removed"),
                StackEvent::EngineAway { action } => format!(
                    "the Docker engine stopped answering ({action}); asking again for up to {} s",
                    berth::engine::patience::ENGINE_OUTAGE_LIMIT.as_secs()
                ),
                StackEvent::EngineBack { after } => {
                    format!("the Docker engine answers again after {:.1} s; carrying on", after.as_secs_f64())
                }
                StackEvent::DuplicateNetworkRemoved { name, id } => {
                    format!("network {name}: a duplicate ({}) removed, the oldest kept", &id[..id.len().min(12)])
                }
                StackEvent::VolumeRemoved(v) => format!("volume {v} removed"),
                StackEvent::Watching { services } => {
                    format!("watching {} for changes (Ctrl-C stops)", services.join(", "))
                }
            },
            Event::Service { service, event } => {
                let fetch_detail = match event {
                    ServiceEvent::PullProgress { .. } => super::output_mode::quiet_pull(),
                    ServiceEvent::BuildOutput { .. } | ServiceEvent::BuildStep(_) => super::output_mode::quiet_build(),
                    _ => false,
                };
                if fetch_detail {
                    return;
                }
                if let Some(bars) = self.bars.as_mut() {
                    // A probe's error can quote a seeded secret; the bar shows it masked.
                    match event {
                        ServiceEvent::Probing { check, tries, last_error } => {
                            let last_error = last_error.as_ref().map(|e| self.masker.mask(e));
                            bars.on(service, &ServiceEvent::Probing { check: check.clone(), tries: *tries, last_error })
                        }
                        other => bars.on(service, other),
                    }
                }
                let Some(text) = self.service_line(service, event) else { return };
                format!("{} | {text}", self.style.service(service, self.width))
            }
        };
        let line = self.masker.mask(&line);
        match &self.bars {
            Some(bars) => bars.println(&line),
            None => super::output_mode::status_line(&line),
        }
    }

    fn service_line(&mut self, service: &str, event: &ServiceEvent) -> Option<String> {
        Some(match event {
            ServiceEvent::WaitingFor { dependency, condition } => format!("waiting for {dependency} to be {condition}"),
            ServiceEvent::Pulling { image } => format!("pulling {image}"),
            ServiceEvent::PullProgress { layer, status, .. } => {
                // Only a layer finishing is worth a line; byte counts are for the TUI.
                if status.contains("complete") || status.starts_with("Digest") || status.starts_with("Status") {
                    format!("{layer} {status}").trim().to_string()
                } else {
                    return None;
                }
            }
            ServiceEvent::Pulled { image } => format!("pulled {image}"),
            ServiceEvent::Building { image } => format!("building {image}"),
            ServiceEvent::BuildOutput { line } => {
                if line.starts_with("Step ") || line.starts_with("#") {
                    line.clone()
                } else {
                    return None;
                }
            }
            ServiceEvent::BuildStep(step) => match (step.status, step.took) {
                // Condensed: a step is one line when it ends, never while it runs.
                (StepStatus::Running, _) => return None,
                (StepStatus::Done, Some(took)) => format!("{} {}", step.name, secs(took)),
                (status, _) => format!("{} {status}", step.name),
            },
            ServiceEvent::ClassicBuilder { reason } => {
                format!("BuildKit is not available ({reason}): building with the classic builder (no RUN --mount, no build secrets)")
            }
            ServiceEvent::Built { image, took, steps: 0, .. } => format!("built {image} in {}", secs(*took)),
            ServiceEvent::Built { image, took, steps, cached } => {
                format!("built {image} in {}, {cached} of {steps} steps from cache", secs(*took))
            }
            ServiceEvent::Unchanged { container_id } => {
                format!("unchanged, left running ({})", short_id(container_id))
            }
            ServiceEvent::Recreating { reason } => format!("recreating: {reason}"),
            ServiceEvent::HostFolderCreated { path } => format!("created the missing host folder {}", path.display()),
            ServiceEvent::Created { container_id } => format!("created {}", short_id(container_id)),
            ServiceEvent::Started { .. } => "started".to_string(),
            ServiceEvent::Scheduled { node, task } => format!("task {} running on node {node}", short_id(task)),
            ServiceEvent::Pushing { image } => format!("pushing {image} for the swarm's other nodes"),
            ServiceEvent::Probing { check, tries, last_error } => {
                let now = Instant::now();
                let prev = self.last_probe.get(service);
                let changed = prev.is_none_or(|(_, e)| e != last_error);
                let stale = prev.is_none_or(|(t, _)| now.duration_since(*t) >= Duration::from_secs(5));
                if !changed && !stale {
                    return None;
                }
                self.last_probe.insert(service.to_string(), (now, last_error.clone()));
                format!("waiting for {check}: {} ({tries} tries)", last_error.as_deref().unwrap_or("not ready"))
            }
            ServiceEvent::Ready { took } => format!("ready in {}", secs(*took)),
            ServiceEvent::Completed => "completed (exit 0)".to_string(),
            ServiceEvent::Progress { what, done, total } => {
                // One line per kind when it finishes; the TUI shows the bar.
                if done != total {
                    return None;
                }
                format!("{what}: {done}/{total}")
            }
            ServiceEvent::Failed(f) => format!("failed: {}", f.reason),
            ServiceEvent::Skipped { reason } => format!("not started: {reason}"),
            ServiceEvent::WatchChanged { action, changed } => {
                let shown: Vec<&str> = changed.iter().take(3).map(String::as_str).collect();
                let more = changed.len().saturating_sub(shown.len());
                let more = if more > 0 { format!(" and {more} more") } else { String::new() };
                format!("changed {}{more}: {}", shown.join(", "), action.describe())
            }
            ServiceEvent::WatchInitialSync { files } => format!("initial sync: {files} file(s) into the container"),
            ServiceEvent::WatchDone { action, took } => {
                format!("{} done, ready again in {}", action.describe(), secs(*took))
            }
            ServiceEvent::WatchFailed(f) => format!("watch action failed: {} (still watching)", f.reason),
        })
    }
}

pub fn secs(d: Duration) -> String {
    format!("{:.2}s", d.as_secs_f64())
}

pub fn print_failure(style: &Style, name: &str, failure: &Failure, masker: &Masker) {
    eprintln!("{} service '{name}' failed: {}", style.bold("error:"), masker.mask(&failure.reason));
    if let Some(code) = failure.exit_code {
        eprintln!("  exit code: {code}");
    }
    if let Some(hint) = &failure.hint {
        eprintln!("  hint: {hint}");
    }
    if !failure.last_logs.is_empty() {
        eprintln!("  last {} log lines of {name}:", failure.last_logs.len());
        for line in &failure.last_logs {
            eprintln!("    | {}", masker.mask(line));
        }
    }
}

/// The closing summary of an `up`; returns the exit code it implies.
pub fn summarize(style: &Style, report: &UpReport, took: Duration, masker: &Masker) -> u8 {
    for (name, outcome) in &report.outcomes {
        match outcome {
            Outcome::Failed(f) => print_failure(style, name, f, masker),
            Outcome::Skipped(reason) => {
                eprintln!("{} service '{name}' was not started: {reason}", style.bold("error:"))
            }
            Outcome::Pending(news) if report.timed_out => {
                eprintln!("{} service '{name}' is not ready: {}", style.bold("timeout:"), masker.mask(news))
            }
            _ => {}
        }
    }
    if report.interrupted {
        eprintln!("interrupted: containers created so far are left as they are; `berth up` continues, `berth down` removes them");
        return exit::INTERRUPTED;
    }
    let failed = report.outcomes.values().any(|o| matches!(o, Outcome::Failed(_) | Outcome::Skipped(_)));
    if failed {
        return exit::FAILED;
    }
    if report.timed_out {
        eprintln!("hint: raise --wait-timeout, or see why with `berth logs`");
        return exit::TIMEOUT;
    }
    let created = report.outcomes.values().filter(|o| matches!(o, Outcome::Created)).count();
    if created > 0 {
        super::output_mode::status_line(&format!(
            "{} {created} services created, none started (`berth start` or `berth up` starts them)",
            style.bold("created:")
        ));
        return exit::OK;
    }
    let started = report.outcomes.values().filter(|o| matches!(o, Outcome::Started)).count();
    if started > 0 {
        super::output_mode::status_line(&format!(
            "{} {} services, {started} of them started without waiting for readiness (`berth up --wait` waits)",
            style.bold("up:"),
            report.outcomes.len()
        ));
        return exit::OK;
    }
    let seeded = report.outcomes.contains_key(berth::stack::SEED_STEP);
    let services = report.outcomes.len() - usize::from(seeded);
    let fixtures = if seeded { ", fixtures seeded," } else { "" };
    super::output_mode::status_line(&format!(
        "{} {services} services ready{fixtures} in {}",
        style.bold("ready:"),
        secs(took)
    ));
    super::output_mode::status_line(&overhead_line(report, took));
    exit::OK
}

/// `--timings`: each service's moments, as a table for people or one line of JSON for programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimingsFormat {
    Text,
    Json,
}

/// The run in three parts that add up to its time: the slowest chain of the services' own
/// readiness, the engine starting that chain's containers (a floor compose pays as well:
/// a container cannot start before its gate opens), and what is left, berth's own overhead
/// (reading the file, creating, gating, probing late).
pub fn overhead_line(report: &UpReport, took: Duration) -> String {
    let path = critical_path(&report.timings);
    format!(
        "critical path {:.2} s ({}), the engine starting its containers {:.2} s, berth overhead {:.2} s",
        path.length.as_secs_f64(),
        path.chain.join(" → "),
        path.engine_starts.as_secs_f64(),
        path.overhead(took).as_secs_f64(),
    )
}

pub fn print_timings(report: &UpReport, took: Duration, format: TimingsFormat) {
    let at = |d: Option<Duration>| d.map_or_else(|| "-".to_string(), |d| format!("{:.2}", d.as_secs_f64()));
    let path = critical_path(&report.timings);
    match format {
        TimingsFormat::Text => {
            println!(
                "{:<16} {:>7} {:>7} {:>7} {:>7} {:>7}  WAITED FOR",
                "SERVICE", "CREATED", "GATE", "RUNNING", "READY", "OWN"
            );
            let mut rows: Vec<_> = report.timings.iter().collect();
            rows.sort_by_key(|(_, t)| (t.ready.is_none(), t.ready, t.started));
            for (name, t) in rows {
                let waited = if t.waited_for.is_empty() { "-".to_string() } else { t.waited_for.join(", ") };
                let mark = if path.chain.contains(name) { "*" } else { " " };
                println!(
                    "{:<16} {:>7} {:>7} {:>7} {:>7} {:>7}  {waited}",
                    format!("{mark}{name}"),
                    at(t.created),
                    at(t.gate_open),
                    at(t.started),
                    at(t.ready),
                    at(t.own())
                );
            }
            println!("seconds since the up began; * on the critical path; OWN = running to ready");
        }
        TimingsFormat::Json => {
            let seconds = |d: Option<Duration>| d.map(|d| d.as_secs_f64());
            let services: Vec<serde_json::Value> = report
                .timings
                .iter()
                .map(|(name, t)| {
                    serde_json::json!({
                        "name": name,
                        "waited_for": t.waited_for,
                        "created_s": seconds(t.created),
                        "gate_open_s": seconds(t.gate_open),
                        "started_s": seconds(t.started),
                        "ready_s": seconds(t.ready),
                        "own_s": seconds(t.own()),
                    })
                })
                .collect();
            let document = serde_json::json!({
                "took_s": took.as_secs_f64(),
                "critical_path": {"chain": path.chain, "seconds": path.length.as_secs_f64()},
                "overhead_s": path.overhead(took).as_secs_f64(),
                "engine_starts_s": path.engine_starts.as_secs_f64(),
                "services": services,
            });
            println!("{document}");
        }
    }
}

/// A channel for an engine call's progress, read and let go: where nobody is to see it (`run`'s
/// output is the command's; `pull -q`, `build -q`).
pub fn drained_events() -> (tokio::sync::mpsc::Sender<Event>, tokio::task::JoinHandle<()>) {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Event>(256);
    (tx, tokio::spawn(async move { while rx.recv().await.is_some() {} }))
}
