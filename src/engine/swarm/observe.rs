//! The stack on a Swarm as `status`, `logs` and `restart` see it: per service its tasks (node,
//! state, restarts), logs through the manager from whichever node, restarts as Swarm's forced
//! update followed by berth's probe.

use std::collections::BTreeMap;

use bollard::models::TaskState;
use bollard::query_parameters::UpdateServiceOptions;
use tokio::sync::mpsc;

use super::tasks::{is_running, state, task_error};
use super::Engine;
use crate::engine::events::{Event, Failure, ServiceEvent};
use crate::engine::readiness::{Readiness, Workload};
use crate::engine::status::{log_lines, LogStream, LogsRequest, ServiceStatus, StackStatus, TaskView};
use crate::engine::{ContainerState, EngineError, Health};
use crate::stack::Stack;

impl Engine {
    pub(crate) async fn swarm_status(&self, stack: &Stack) -> Result<StackStatus, EngineError> {
        let cluster = self.swarm().await?;
        let services = self.swarm_services(&stack.name).await?;
        let mut out = Vec::new();
        for svc in &stack.services {
            let Some(service) = services.get(&svc.name) else {
                out.push(ServiceStatus::missing(&svc.name));
                continue;
            };
            let id = service.id.clone().unwrap_or_default();
            let tasks = self.tasks_of(&id).await.map_err(|f| EngineError::SwarmUnsupported(f.reason))?;
            let mut slots: BTreeMap<String, Vec<&bollard::models::Task>> = BTreeMap::new();
            for t in &tasks {
                // A global service's tasks have no slot: one per node.
                let key = t.slot.map_or_else(|| t.node_id.clone().unwrap_or_default(), |s| s.to_string());
                slots.entry(key).or_default().push(t);
            }
            let mut views = Vec::new();
            let mut ports = Vec::new();
            let mut container_id = None;
            for history in slots.values() {
                // Newest first (tasks_of sorts them).
                let Some(current) = history.first() else { continue };
                let node_id = current.node_id.clone().unwrap_or_default();
                let node = cluster.node(&node_id);
                let failed_before = history.iter().skip(1).find(|t| state(t) == Some(TaskState::FAILED));
                views.push(TaskView {
                    slot: current.slot.unwrap_or(0),
                    node: node.map(|n| n.hostname.clone()).unwrap_or(node_id.clone()),
                    state: state(current).map(|s| s.to_string()).unwrap_or_default(),
                    restarts: history.len() as i64 - 1,
                    last_error: failed_before.map(|t| task_error(t)),
                });
                if is_running(current) {
                    let status = current.status.clone().unwrap_or_default();
                    // The task's container names the task for followers (the UI's log pane
                    // follows it through the service's logs), whichever node runs it.
                    if container_id.is_none() {
                        container_id = status.container_status.clone().and_then(|c| c.container_id);
                    }
                    let reach = node.map(|n| n.reach.clone()).unwrap_or_default();
                    for p in status.port_status.and_then(|p| p.ports).unwrap_or_default() {
                        let protocol = p.protocol.map(|p| p.to_string()).unwrap_or_else(|| "tcp".into());
                        ports.push(format!(
                            "{reach}:{}->{}/{protocol}",
                            p.published_port.unwrap_or(0),
                            p.target_port.unwrap_or(0)
                        ));
                    }
                }
            }
            ports.sort();
            let running = views.iter().filter(|v| v.state == "running").count();
            let state = if !views.is_empty() && running == views.len() {
                ContainerState::Running
            } else if views.iter().all(|v| v.state == "complete") && !views.is_empty() {
                ContainerState::Exited
            } else if views.is_empty() {
                ContainerState::Missing
            } else {
                ContainerState::Restarting
            };
            out.push(ServiceStatus {
                name: svc.name.clone(),
                state,
                // Swarm reports a task running only once its HEALTHCHECK passed.
                health: if svc.healthcheck.is_some() && state == ContainerState::Running {
                    Health::Healthy
                } else {
                    Health::None
                },
                container_id,
                ports,
                started_at: None,
                restart_count: views.iter().map(|v| v.restarts).sum(),
                exit_code: None,
                usage: None,
                tasks: views,
            });
        }
        Ok(StackStatus { stack: stack.name.clone(), services: out })
    }

    /// The services' logs through the manager: every task's, whichever node it runs on.
    pub(crate) async fn swarm_logs(&self, stack: &Stack, request: &LogsRequest) -> Result<LogStream, EngineError> {
        let services = self.swarm_services(&stack.name).await?;
        let mut streams: Vec<LogStream> = Vec::new();
        for svc in &stack.services {
            if !request.services.is_empty() && !request.services.contains(&svc.name) {
                continue;
            }
            let Some(id) = services.get(&svc.name).and_then(|s| s.id.clone()) else { continue };
            streams.push(log_lines(&svc.name, self.docker.service_logs(&id, Some(request.options()))));
        }
        Ok(Box::pin(futures_util::stream::select_all(streams)))
    }

    /// Swarm replaces the service's tasks (a forced update); berth waits for the new ones and
    /// their probes.
    pub(crate) async fn swarm_restart(
        &self,
        stack: &Stack,
        services: &[String],
        events: &mpsc::Sender<Event>,
    ) -> Result<Vec<(String, Result<(), Failure>)>, EngineError> {
        let cluster = self.swarm().await?;
        let existing = self.swarm_services(&stack.name).await?;
        let mut results = Vec::new();
        for name in services {
            let svc = stack.service(name).ok_or_else(|| EngineError::UnknownService(name.clone()))?;
            let Some(service) = existing.get(name) else {
                results.push((name.clone(), Err(Failure::new("it has no Swarm service: run `berth up` first"))));
                continue;
            };
            let id = service.id.clone().unwrap_or_default();
            let old: Vec<String> =
                self.tasks_of(&id).await.unwrap_or_default().into_iter().filter_map(|t| t.id).collect();
            let mut spec = service.spec.clone().unwrap_or_default();
            if let Some(task) = spec.task_template.as_mut() {
                task.force_update = Some(task.force_update.unwrap_or(0) + 1);
            }
            let version = service.version.as_ref().and_then(|v| v.index).unwrap_or(0);
            let options = UpdateServiceOptions { version: version as i32, ..Default::default() };
            self.docker
                .update_service(&id, spec, options, None)
                .await
                .map_err(EngineError::docker(format!("restart '{name}'")))?;
            let started = std::time::Instant::now();
            let result = self.swarm_restarted(&cluster, svc, &id, &old, events).await;
            if result.is_ok() {
                let event = ServiceEvent::Ready { took: started.elapsed() };
                let _ = events.send(Event::Service { service: name.clone(), event }).await;
            }
            results.push((name.clone(), result));
        }
        Ok(results)
    }

    async fn swarm_restarted(
        &self,
        cluster: &super::Cluster,
        svc: &crate::stack::Service,
        service_id: &str,
        old: &[String],
        events: &mpsc::Sender<Event>,
    ) -> Result<(), Failure> {
        // The update replaces tasks one by one: wait until only new ones run.
        let want = svc.runtime.deploy.replicas.unwrap_or(1) as usize;
        let tasks = loop {
            let tasks =
                match self.running_tasks(cluster, &svc.name, service_id, want, &Default::default(), events).await? {
                    super::tasks::Tasks::Running(t) => t,
                    super::tasks::Tasks::Completed => return Ok(()),
                };
            if tasks.iter().all(|t| !old.contains(&t.task_id)) {
                break tasks;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        };
        for task in tasks {
            let event = ServiceEvent::Started { container_id: task.container_id.clone() };
            let _ = events.send(Event::Service { service: svc.name.clone(), event }).await;
            match self.wait_ready(&svc.name, &Workload::Task(task), svc.probe.as_ref(), events).await {
                Readiness::Failed(f) => return Err(f),
                Readiness::Moved(why) => return Err(Failure::swarm(format!("its new task did not stay: {why}"))),
                _ => {}
            }
        }
        Ok(())
    }
}
