//! A Swarm service created or updated, and its tasks followed: scheduled, running (where, on
//! which port), failed (with Swarm's reason), moved off a lost node.

use std::collections::HashMap;
use std::time::Duration;

use bollard::models::{ServiceSpec, Task, TaskSpec, TaskState};
use bollard::query_parameters::{InspectServiceOptions, ListTasksOptions, UpdateServiceOptions};
use tokio::sync::mpsc;

use super::{Cluster, Engine};
use crate::engine::events::{Event, Failure, ServiceEvent};
use crate::engine::images::docker_message;
use crate::engine::labels;
use crate::engine::log_tail::{collected_lines, last_lines};
use crate::probe::Target;
use crate::stack::Protocol;

const POLL: Duration = Duration::from_millis(200);
/// How long Swarm may keep saying "no suitable node" before berth calls it unschedulable:
/// long enough for a node that is just joining, short enough not to look hung.
const UNSCHEDULABLE_AFTER: Duration = Duration::from_secs(5);

/// A running task: where it is and how it is reached.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskAt {
    pub service_id: String,
    pub task_id: String,
    pub node_id: String,
    pub node: String,
    /// The task's container; only on the node berth talks to, or through the engine of a node
    /// that names it (`engine`), can it be inspected or exec'd into.
    pub container_id: String,
    /// Where the engine of the task's node answers, when the node's label says.
    pub engine: Option<String>,
    /// Where its published ports are reached from here.
    pub host: String,
    pub published: HashMap<(u16, Protocol), u16>,
}

/// What came of a service's tasks.
pub enum Tasks {
    Running(Vec<TaskAt>),
    /// A one-shot task finished with exit code 0.
    Completed,
}

impl Engine {
    /// Creates the service, or updates it when its spec changed; the flag says whether it
    /// changed. An unchanged service none of whose tasks runs or is starting (a job that
    /// finished, or failed and is not restarted) is run again by a forced update, as `up`
    /// starts an exited container again on one engine.
    pub(crate) async fn deploy_service(
        &self,
        existing: Option<&bollard::models::Service>,
        mut spec: ServiceSpec,
        hash: &str,
    ) -> Result<(String, bool), Failure> {
        let name = spec.name.clone().unwrap_or_default();
        if let Some(service) = existing {
            let id = service.id.clone().unwrap_or_default();
            let same = service.spec.as_ref().and_then(|s| s.labels.as_ref()).and_then(|l| l.get(labels::CONFIG_HASH))
                == Some(&hash.to_string());
            if same {
                let version = Version::of_service(service);
                let tasks = self.tasks_of(&id).await?;
                if tasks.iter().any(|t| Version::of_task(t) == version && is_current(t)) {
                    return Ok((id, false));
                }
                if let Some(task) = spec.task_template.as_mut() {
                    task.force_update = Some(version.forced.unwrap_or(0) + 1);
                }
                self.update_service(service, spec).await?;
                return Ok((id, false));
            }
            self.update_service(service, spec).await?;
            return Ok((id, true));
        }
        let created = self.docker.create_service(spec, None).await.map_err(|e| {
            Failure::new(format!("failed to create Swarm service '{name}': {}", docker_message(&e)))
                .with_hint("check the service's deploy keys and that its image exists on the nodes (or in the registry they pull from)")
        })?;
        Ok((created.id.unwrap_or_default(), true))
    }

    async fn update_service(&self, service: &bollard::models::Service, spec: ServiceSpec) -> Result<(), Failure> {
        let name = spec.name.clone().unwrap_or_default();
        let id = service.id.clone().unwrap_or_default();
        let version = service.version.as_ref().and_then(|v| v.index).unwrap_or(0);
        let options = UpdateServiceOptions { version: version as i32, ..Default::default() };
        self.docker
            .update_service(&id, spec, options, None)
            .await
            .map_err(|e| Failure::new(format!("failed to update Swarm service '{name}': {}", docker_message(&e))))?;
        Ok(())
    }

    /// Waits until the service's tasks run (or a one-shot one completed). Fails with Swarm's
    /// own reason when it cannot place a task or a task fails and will not be restarted.
    pub(crate) async fn running_tasks(
        &self,
        cluster: &Cluster,
        service: &str,
        service_id: &str,
        want: usize,
        ingress: &HashMap<(u16, Protocol), u16>,
        events: &mpsc::Sender<Event>,
    ) -> Result<Tasks, Failure> {
        let mut unschedulable_since: Option<std::time::Instant> = None;
        let mut reported_failures: Vec<String> = Vec::new();
        let mut tries = 0u32;
        let deployed = self
            .docker
            .inspect_service(service_id, None::<InspectServiceOptions>)
            .await
            .map_err(|e| Failure::new(format!("cannot inspect the Swarm service: {}", docker_message(&e))))?;
        let version = Version::of_service(&deployed);
        loop {
            tries += 1;
            // Tasks of an earlier version are history: a job that failed before its fix is
            // not this run's failure, a completed one before a re-run not its success.
            let all: Vec<Task> =
                self.tasks_of(service_id).await?.into_iter().filter(|t| Version::of_task(t) == version).collect();
            let current: Vec<&Task> = all.iter().filter(|t| is_current(t)).collect();
            // Scaled to zero (or global on a cluster with no ready node): nothing to wait for.
            if want == 0 && current.is_empty() {
                return Ok(Tasks::Running(Vec::new()));
            }
            let completed = all.iter().any(|t| state(t) == Some(TaskState::COMPLETE));
            if completed && current.is_empty() {
                return Ok(Tasks::Completed);
            }
            for t in all.iter().filter(|t| matches!(state(t), Some(TaskState::FAILED | TaskState::REJECTED))) {
                let id = t.id.clone().unwrap_or_default();
                if reported_failures.contains(&id) {
                    continue;
                }
                reported_failures.push(id);
                let why = task_error(t);
                let restarts = restart_condition(t) != Some("none");
                if !restarts {
                    let mut failure = Failure::swarm(format!("its task failed: {why}"));
                    failure.exit_code = exit_code(t);
                    failure.last_logs = self.task_log_lines(&t.id.clone().unwrap_or_default(), 20).await;
                    return Err(failure);
                }
                let event = ServiceEvent::Probing {
                    check: "task".into(),
                    tries,
                    last_error: Some(format!("a task failed ({why}); Swarm starts another")),
                };
                let _ = events.send(Event::Service { service: service.to_string(), event }).await;
            }
            let running: Vec<&Task> = current.iter().copied().filter(|t| is_running(t)).collect();
            if running.len() >= want && running.len() == current.len() {
                return Ok(Tasks::Running(running.iter().map(|t| self.task_at(cluster, t, ingress)).collect()));
            }
            let stuck = current.iter().find_map(|t| {
                let err = t.status.as_ref()?.err.clone().filter(|e| !e.is_empty())?;
                (state(t) == Some(TaskState::PENDING)).then_some(err)
            });
            match (stuck, unschedulable_since) {
                (Some(err), Some(since)) if since.elapsed() >= UNSCHEDULABLE_AFTER => {
                    return Err(Failure::new(format!("Swarm cannot schedule it: {err}")).with_hint(
                        "check its deploy.placement constraints and resource reservations against `docker node ls` and the nodes' labels",
                    ));
                }
                (Some(err), None) => {
                    unschedulable_since = Some(std::time::Instant::now());
                    let event = ServiceEvent::Probing {
                        check: "task".into(),
                        tries,
                        last_error: Some(format!("pending: {err}")),
                    };
                    let _ = events.send(Event::Service { service: service.to_string(), event }).await;
                }
                (None, _) => unschedulable_since = None,
                _ => {}
            }
            tokio::time::sleep(POLL).await;
        }
    }

    pub(crate) async fn tasks_of(&self, service_id: &str) -> Result<Vec<Task>, Failure> {
        let filters: HashMap<String, Vec<String>> = [("service".to_string(), vec![service_id.to_string()])].into();
        let mut tasks = self
            .docker
            .list_tasks(Some(ListTasksOptions { filters: Some(filters) }))
            .await
            .map_err(|e| Failure::new(format!("cannot list the service's tasks: {}", docker_message(&e))))?;
        // Newest first: a slot's history is in its older tasks.
        tasks.sort_by(|a, b| b.created_at.cmp(&a.created_at));
        Ok(tasks)
    }

    fn task_at(&self, cluster: &Cluster, task: &Task, ingress: &HashMap<(u16, Protocol), u16>) -> TaskAt {
        let node_id = task.node_id.clone().unwrap_or_default();
        let node = cluster.node(&node_id);
        let status = task.status.clone().unwrap_or_default();
        let published: HashMap<(u16, Protocol), u16> = status
            .port_status
            .and_then(|p| p.ports)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| {
                let protocol = match p.protocol.map(|p| p.to_string()).as_deref() {
                    Some("udp") => Protocol::Udp,
                    _ => Protocol::Tcp,
                };
                Some(((u16::try_from(p.target_port?).ok()?, protocol), u16::try_from(p.published_port?).ok()?))
            })
            .collect();
        // Ingress ports are not in a task's status: every node answers on the service's port.
        let mut published = published;
        if published.is_empty() {
            published = ingress.clone();
        }
        TaskAt {
            service_id: task.service_id.clone().unwrap_or_default(),
            task_id: task.id.clone().unwrap_or_default(),
            node: node.map(|n| n.hostname.clone()).unwrap_or_else(|| node_id.clone()),
            engine: node.and_then(|n| n.engine.clone()),
            host: node.map(|n| n.reach.clone()).unwrap_or_else(|| self.probe_host.clone()),
            node_id,
            container_id: status.container_status.and_then(|c| c.container_id).unwrap_or_default(),
            published,
        }
    }

    /// How probes reach the task.
    pub(crate) fn task_target(&self, task: &TaskAt) -> Target {
        Target {
            docker: self.docker.clone(),
            container_id: task.container_id.clone(),
            host: task.host.clone(),
            published: task.published.clone(),
            // Its overlay address is not reachable from outside the cluster.
            container_ip: None,
            task_id: Some(task.task_id.clone()),
        }
    }

    /// Resolves when the task stops running: Some(code) when it ended, None when Swarm moved it
    /// elsewhere (its node left, the service was updated).
    pub(crate) async fn task_ended(&self, task: &TaskAt) -> TaskEnd {
        loop {
            tokio::time::sleep(POLL).await;
            let Ok(t) = self.docker.inspect_task(&task.task_id).await else {
                return TaskEnd::Gone;
            };
            match state(&t) {
                Some(TaskState::COMPLETE) => return TaskEnd::Exited(0),
                Some(TaskState::FAILED | TaskState::REJECTED) => return TaskEnd::Exited(exit_code(&t).unwrap_or(1)),
                Some(TaskState::RUNNING) if desired(&t) == Some(TaskState::RUNNING) => continue,
                Some(TaskState::RUNNING) => {
                    return TaskEnd::Moved(format!("Swarm is moving it off node {}", task.node))
                }
                Some(TaskState::ORPHANED) => return TaskEnd::Moved(format!("node {} was lost", task.node)),
                Some(other) => return TaskEnd::Moved(format!("its task is {other}")),
                None => continue,
            }
        }
    }

    /// The last lines a task printed (through the manager: any node's task).
    pub(crate) async fn task_log_lines(&self, task_id: &str, n: usize) -> Vec<String> {
        collected_lines(self.docker.task_logs(task_id, Some(last_lines(n)))).await
    }
}

pub enum TaskEnd {
    Exited(i64),
    Moved(String),
    Gone,
}

pub(crate) fn state(t: &Task) -> Option<TaskState> {
    t.status.as_ref().and_then(|s| s.state)
}

fn desired(t: &Task) -> Option<TaskState> {
    t.desired_state
}

/// A task Swarm wants running that has not ended (a finished one-shot task keeps its
/// desired state "running").
pub(crate) fn is_current(t: &Task) -> bool {
    desired(t) == Some(TaskState::RUNNING)
        && !matches!(
            state(t),
            Some(
                TaskState::COMPLETE
                    | TaskState::FAILED
                    | TaskState::REJECTED
                    | TaskState::SHUTDOWN
                    | TaskState::ORPHANED
            )
        )
}

/// A task running, and meant to.
pub(crate) fn is_running(t: &Task) -> bool {
    state(t) == Some(TaskState::RUNNING) && desired(t) == Some(TaskState::RUNNING)
}

/// Which version of its service a task was made from: berth's config hash in the container
/// spec, and Swarm's forced-update counter (`restart`, a re-run job).
#[derive(Debug, PartialEq)]
struct Version<'a> {
    hash: Option<&'a str>,
    forced: Option<u64>,
}

impl<'a> Version<'a> {
    fn of_template(template: Option<&'a TaskSpec>) -> Self {
        let labels = template.and_then(|t| t.container_spec.as_ref()).and_then(|c| c.labels.as_ref());
        Version {
            hash: labels.and_then(|l| l.get(labels::CONFIG_HASH)).map(String::as_str),
            forced: template.and_then(|t| t.force_update).filter(|n| *n > 0),
        }
    }

    fn of_service(service: &'a bollard::models::Service) -> Self {
        Self::of_template(service.spec.as_ref().and_then(|s| s.task_template.as_ref()))
    }

    fn of_task(task: &'a Task) -> Self {
        Self::of_template(task.spec.as_ref())
    }
}

fn exit_code(t: &Task) -> Option<i64> {
    t.status.as_ref()?.container_status.as_ref()?.exit_code
}

fn restart_condition(t: &Task) -> Option<&'static str> {
    let condition = t.spec.as_ref()?.restart_policy.as_ref()?.condition?;
    Some(match condition.to_string().as_str() {
        "none" => "none",
        "on-failure" => "on-failure",
        _ => "any",
    })
}

/// Swarm's words for why a task stopped: its error, else its message, with the exit code.
pub(crate) fn task_error(t: &Task) -> String {
    let status = t.status.clone().unwrap_or_default();
    let text = status.err.filter(|e| !e.is_empty()).or(status.message).unwrap_or_else(|| "no reason given".into());
    match exit_code(t).filter(|c| *c != 0) {
        Some(code) if !text.contains("exit code") => format!("{text} (exit code {code})"),
        _ => text,
    }
}

impl Engine {
    /// The running task of each named service of the stack that has one (the first, for a
    /// replicated service).
    pub(crate) async fn running_tasks_of(
        &self,
        stack: &crate::stack::Stack,
        names: &[&str],
    ) -> HashMap<String, TaskAt> {
        let mut found = HashMap::new();
        let (Ok(cluster), Ok(services)) = (self.swarm().await, self.swarm_services(&stack.name).await) else {
            return found;
        };
        for name in names {
            let (Some(id), Some(svc)) = (services.get(*name).and_then(|s| s.id.as_deref()), stack.service(name)) else {
                continue;
            };
            let Ok(tasks) = self.tasks_of(id).await else { continue };
            if let Some(running) = tasks.iter().find(|t| is_running(t)) {
                found.insert(name.to_string(), self.task_at(&cluster, running, &cluster.ingress_ports(svc)));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use bollard::models::{Service, TaskSpecContainerSpec, TaskStatus};

    use super::*;

    fn template(hash: &str, forced: u64) -> TaskSpec {
        let labels = HashMap::from([(labels::CONFIG_HASH.to_string(), hash.to_string())]);
        TaskSpec {
            container_spec: Some(TaskSpecContainerSpec { labels: Some(labels), ..Default::default() }),
            force_update: Some(forced),
            ..Default::default()
        }
    }

    fn task(hash: &str, forced: u64, state: TaskState) -> Task {
        Task {
            spec: Some(template(hash, forced)),
            desired_state: Some(TaskState::RUNNING),
            status: Some(TaskStatus { state: Some(state), ..Default::default() }),
            ..Default::default()
        }
    }

    #[test]
    fn a_task_belongs_to_the_version_of_the_template_it_was_made_from() {
        let service = Service {
            spec: Some(ServiceSpec { task_template: Some(template("new", 1)), ..Default::default() }),
            ..Default::default()
        };
        let now = Version::of_service(&service);
        assert_eq!(Version::of_task(&task("new", 1, TaskState::RUNNING)), now);
        assert_ne!(Version::of_task(&task("old", 1, TaskState::RUNNING)), now, "an earlier spec");
        assert_ne!(Version::of_task(&task("new", 0, TaskState::COMPLETE)), now, "before a forced re-run");
        // A counter of 0 is Swarm's default: the same as none.
        assert_eq!(
            Version::of_task(&task("x", 0, TaskState::RUNNING)),
            Version::of_template(Some(&TaskSpec { force_update: None, ..template("x", 0) }))
        );
    }

    #[test]
    fn a_finished_task_is_not_current_though_swarm_still_wants_it_running() {
        assert!(is_current(&task("h", 0, TaskState::PENDING)));
        assert!(is_current(&task("h", 0, TaskState::RUNNING)) && is_running(&task("h", 0, TaskState::RUNNING)));
        for ended in [TaskState::COMPLETE, TaskState::FAILED, TaskState::REJECTED, TaskState::SHUTDOWN] {
            assert!(!is_current(&task("h", 0, ended)), "{ended}");
        }
        let leaving = Task { desired_state: Some(TaskState::SHUTDOWN), ..task("h", 0, TaskState::RUNNING) };
        assert!(!is_current(&leaving) && !is_running(&leaving));
    }
}
