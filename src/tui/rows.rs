//! How the engine's word changes the services' rows: polled status (with crash loops and
//! containers gone), progress events, and which containers' logs to follow.

use super::app::{App, Command, LogsFrom, Phase, Progress, ServiceRow};
use crate::engine::events::StepStatus;
use crate::engine::{ContainerState, Event, ServiceEvent, StackEvent};

/// A container running this long after its last restart is taken as recovered.
const STABLE_AFTER: i64 = 10;

pub(super) fn apply_service_status(
    row: &mut ServiceRow,
    s: crate::engine::status::ServiceStatus,
    attached: bool,
    wall: chrono::DateTime<chrono::Utc>,
) {
    let restarted = s.restart_count > row.restarts;
    if let Some(code) = s.exit_code.filter(|c| *c != 0) {
        row.last_failure = Some(code);
    }
    row.state = s.state;
    row.health = s.health;
    row.ports = s.ports;
    row.started_at = s.started_at;
    row.restarts = s.restart_count;
    row.exit_code = s.exit_code;
    let running_for = row
        .started_at
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| wall.signed_duration_since(t).num_seconds());
    let looping = row.state == ContainerState::Restarting || (restarted && row.state == ContainerState::Running);
    if looping {
        // The engine restarts it; berth only reports what the polls show, once a second.
        let code = row.last_failure.map_or_else(|| "unknown".to_string(), |c| c.to_string());
        row.phase = Phase::Failed;
        row.reason = format!("crash-looping: exit code {code}, restarted {} times", row.restarts);
    } else if row.phase == Phase::Failed
        && row.reason.starts_with("crash-looping")
        && row.state == ContainerState::Running
        && running_for.is_some_and(|secs| secs >= STABLE_AFTER)
    {
        row.phase = Phase::Ready;
        row.reason = format!("running again after {} restarts", row.restarts);
    } else if row.state == ContainerState::Missing && matches!(row.phase, Phase::Ready | Phase::Failed) {
        row.phase = Phase::Stopped;
        row.reason = "container is gone".into();
    } else if row.phase == Phase::Ready && row.did_its_job() {
        // A one-shot that did its job keeps saying so: "completed", not "exited".
        row.reason = "completed".into();
    } else if row.state == ContainerState::Exited && row.phase == Phase::Ready {
        row.phase = Phase::Stopped;
        row.reason = format!("exited ({})", row.exit_code.unwrap_or_default());
    } else if row.state == ContainerState::Running && row.phase == Phase::Pending && attached {
        // Attached to a stack someone else started: running is all we know.
        row.phase = Phase::Ready;
        row.reason = "running".into();
    }
}

/// One log follower per container: started for a service's new container, resumed after the
/// last line shown when the stream of the same container broke.
pub(super) fn follow_new_containers(app: &mut App, containers: &[(String, String)]) -> Vec<Command> {
    let mut commands = Vec::new();
    for (service, id) in containers {
        let from = match app.following.get(service) {
            Some((current, true)) if current == id => continue,
            Some((current, false)) if current == id => {
                let buffer = app.logs.get(service);
                let last = buffer.and_then(|b| b.get(b.len().checked_sub(1)?));
                LogsFrom::After(last.and_then(|e| e.timestamp.clone()))
            }
            _ => {
                // A container new to the UI: its costs are followed from now on.
                commands.push(Command::FollowStats { service: service.clone(), container_id: id.clone() });
                LogsFrom::Recent
            }
        };
        app.following.insert(service.clone(), (id.clone(), true));
        commands.push(Command::FollowLogs { service: service.clone(), container_id: id.clone(), from });
    }
    commands
}

pub(super) fn apply_engine_event(app: &mut App, event: Event) {
    let Event::Service { service, event } = event else {
        match event {
            Event::Stack(StackEvent::Orphans(names)) => {
                app.notify(format!("containers of removed services: {}", names.join(", ")), false)
            }
            Event::Stack(StackEvent::Watching { services }) => {
                app.notify(format!("watching {} for changes", services.join(", ")), false)
            }
            _ => {}
        }
        return;
    };
    let Some(i) = app.rows.iter().position(|r| r.name == service) else { return };
    apply_service_event(&mut app.rows[i], event);
    app.rows[i].reason = app.masker.mask(&app.rows[i].reason);
}

pub(super) fn apply_service_event(row: &mut ServiceRow, event: ServiceEvent) {
    match event {
        ServiceEvent::WaitingFor { dependency, condition } => {
            row.phase = Phase::Pending;
            row.reason = format!("waiting for {dependency} to be {condition}");
        }
        ServiceEvent::Pulling { image } => {
            row.phase = Phase::Working;
            row.reason = format!("pulling {image}");
        }
        ServiceEvent::PullProgress { layer, current, total, .. } => {
            if let (Some(c), Some(t)) = (current, total) {
                row.progress = Some(Progress { what: format!("pull {layer}"), done: c, total: t });
            }
        }
        ServiceEvent::Pulled { .. } | ServiceEvent::Built { .. } => row.progress = None,
        ServiceEvent::Building { image } => {
            row.phase = Phase::Working;
            row.reason = format!("building {image}");
        }
        ServiceEvent::ClassicBuilder { .. } => row.reason = "building with the classic builder (no BuildKit)".into(),
        ServiceEvent::HostFolderCreated { path } => row.reason = format!("created host folder {}", path.display()),
        ServiceEvent::BuildStep(step) => {
            // The step's own name carries where it stands ("[builder 3/4] …"): it is the progress.
            row.progress = None;
            row.reason = match step.took {
                Some(took) if step.status != StepStatus::Running => {
                    format!("{} {} {:.1}s", step.name, step.status, took.as_secs_f64())
                }
                _ => format!("{} {}", step.name, step.status),
            };
        }
        ServiceEvent::BuildOutput { line } => {
            if let Some(step) = line.strip_prefix("Step ") {
                let fraction = step.split(' ').next().unwrap_or("");
                if let Some((done, total)) = fraction.split_once('/') {
                    if let (Ok(d), Ok(t)) = (done.parse(), total.parse()) {
                        row.progress = Some(Progress { what: "build step".into(), done: d, total: t });
                    }
                }
                row.reason = line;
            }
        }
        ServiceEvent::Unchanged { .. } => row.reason = "unchanged".into(),
        ServiceEvent::Recreating { reason } => {
            row.phase = Phase::Working;
            row.reason = format!("recreating: {reason}");
        }
        ServiceEvent::Created { .. } => {
            row.phase = Phase::Working;
            row.reason = "created".into();
        }
        ServiceEvent::Started { .. } => {
            row.phase = Phase::Working;
            row.completed = false;
            row.reason = "started".into();
        }
        ServiceEvent::Scheduled { node, .. } => {
            row.phase = Phase::Working;
            row.reason = format!("running on node {node}");
        }
        ServiceEvent::Pushing { image } => {
            row.phase = Phase::Working;
            row.reason = format!("pushing {image}");
        }
        ServiceEvent::Probing { check, tries, last_error } => {
            row.phase = Phase::Working;
            row.reason = format!("waiting for {check}: {} ({tries} tries)", last_error.unwrap_or_default());
        }
        ServiceEvent::Ready { took } => {
            row.phase = Phase::Ready;
            row.progress = None;
            row.reason = format!("ready in {:.1}s", took.as_secs_f64());
        }
        ServiceEvent::Completed => {
            row.phase = Phase::Ready;
            row.completed = true;
            row.reason = "completed".into();
        }
        ServiceEvent::Progress { what, done, total } => {
            if row.phase != Phase::Ready {
                row.phase = Phase::Working;
            }
            row.progress = Some(Progress { what, done: done as u64, total: total as u64 });
        }
        ServiceEvent::WatchChanged { action, changed } => {
            row.phase = Phase::Working;
            let first = changed.first().cloned().unwrap_or_default();
            let more = if changed.len() > 1 { format!(" +{}", changed.len() - 1) } else { String::new() };
            row.reason = format!("watch: {first}{more} changed, {}…", action.describe());
        }
        ServiceEvent::WatchInitialSync { files } => {
            row.phase = Phase::Working;
            row.reason = format!("watch: initial sync of {files} file(s)…");
        }
        ServiceEvent::WatchDone { action, took } => {
            row.phase = Phase::Ready;
            row.progress = None;
            row.reason = format!("watch: {} done in {:.1}s", action.describe(), took.as_secs_f64());
        }
        ServiceEvent::WatchFailed(f) => {
            row.phase = Phase::Failed;
            row.reason = format!("watch: {} (still watching)", f.reason);
        }
        ServiceEvent::Failed(f) => {
            row.phase = Phase::Failed;
            row.progress = None;
            row.reason = f.reason;
            if f.exit_code.is_some() {
                row.exit_code = f.exit_code;
            }
        }
        ServiceEvent::Skipped { reason } => {
            row.phase = Phase::Failed;
            row.reason = format!("not started: {reason}");
        }
    }
}
