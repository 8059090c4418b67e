//! Live progress under the headless lines when stdout is a terminal: a bar per service
//! for what takes a while — pulls (bytes, all layers together), builds (the running step),
//! seeding (items), probes (the last error while waiting). Bars are cleared as each
//! activity ends; the lines above them stay as the plain output would have them.

use std::collections::HashMap;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use berth::engine::events::StepStatus;
use berth::engine::ServiceEvent;

pub struct Bars {
    multi: MultiProgress,
    bars: HashMap<String, (Kind, ProgressBar)>,
    /// Per service, per layer: (bytes done, bytes in all).
    layers: HashMap<String, HashMap<String, (u64, u64)>>,
    width: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    Items,
    Spinner,
}

impl Bars {
    pub fn new(width: usize) -> Bars {
        let target = match super::output_mode::status_on_stdout() {
            true => ProgressDrawTarget::stdout_with_hz(10),
            false => ProgressDrawTarget::stderr_with_hz(10),
        };
        let multi = MultiProgress::with_draw_target(target);
        Bars { multi, bars: HashMap::new(), layers: HashMap::new(), width }
    }

    /// A line printed above the bars.
    pub fn println(&self, line: &str) {
        let _ = self.multi.println(line);
    }

    fn bar(&mut self, service: &str, kind: Kind) -> &ProgressBar {
        let width = self.width;
        let stale = self.bars.get(service).is_some_and(|(k, _)| *k != kind);
        if stale {
            self.finish(service);
        }
        let multi = &self.multi;
        &self
            .bars
            .entry(service.to_string())
            .or_insert_with(|| {
                let template = match kind {
                    Kind::Bytes => {
                        format!("{{prefix:{width}}} | {{msg}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}}")
                    }
                    Kind::Items => format!("{{prefix:{width}}} | {{msg}} [{{bar:30}}] {{pos}}/{{len}}"),
                    Kind::Spinner => format!("{{prefix:{width}}} | {{spinner}} {{msg}} {{elapsed}}"),
                };
                let style = ProgressStyle::with_template(&template)
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> ");
                let bar = multi.add(ProgressBar::new(0).with_style(style).with_prefix(service.to_string()));
                if kind == Kind::Spinner {
                    bar.enable_steady_tick(Duration::from_millis(100));
                }
                (kind, bar)
            })
            .1
    }

    fn finish(&mut self, service: &str) {
        if let Some((_, bar)) = self.bars.remove(service) {
            bar.finish_and_clear();
            self.multi.remove(&bar);
        }
    }

    /// Moves the service's bar along with the event; events that end an activity clear it.
    pub fn on(&mut self, service: &str, event: &ServiceEvent) {
        match event {
            ServiceEvent::PullProgress { image, layer, current, total, .. } => {
                if let (Some(current), Some(total)) = (current, total) {
                    let layers = self.layers.entry(service.to_string()).or_default();
                    layers.insert(layer.clone(), (*current, *total));
                    let (done, all) = layers.values().fold((0, 0), |(d, a), (c, t)| (d + c, a + t));
                    let complete = layers.values().filter(|(c, t)| c >= t).count();
                    let count = layers.len();
                    let bar = self.bar(service, Kind::Bytes);
                    bar.set_message(format!("pulling {image} ({complete}/{count} layers)"));
                    bar.set_length(all);
                    bar.set_position(done);
                }
            }
            ServiceEvent::Building { image } => {
                self.bar(service, Kind::Spinner).set_message(format!("building {image}"))
            }
            ServiceEvent::BuildStep(step) if step.status == StepStatus::Running => {
                self.bar(service, Kind::Spinner).set_message(step.name.clone())
            }
            ServiceEvent::Progress { what, done, total } => {
                let bar = self.bar(service, Kind::Items);
                bar.set_message(what.clone());
                bar.set_length(*total as u64);
                bar.set_position(*done as u64);
            }
            ServiceEvent::Probing { check, last_error, .. } => {
                let why = last_error.as_deref().unwrap_or("not ready yet");
                self.bar(service, Kind::Spinner).set_message(format!("waiting for {check}: {why}"));
            }
            ServiceEvent::Pulled { .. }
            | ServiceEvent::Built { .. }
            | ServiceEvent::Ready { .. }
            | ServiceEvent::Completed
            | ServiceEvent::Failed(_)
            | ServiceEvent::Skipped { .. }
            | ServiceEvent::WatchDone { .. }
            | ServiceEvent::WatchFailed(_) => {
                self.layers.remove(service);
                self.finish(service);
            }
            _ => {}
        }
    }

    pub fn clear(&mut self) {
        let services: Vec<String> = self.bars.keys().cloned().collect();
        for service in services {
            self.finish(&service);
        }
    }
}
