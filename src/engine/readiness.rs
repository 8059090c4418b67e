//! Waiting for a started container to be ready: its probe, polled fast at
//! first and backing off to the probe's interval, raced against the
//! container exiting.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use bollard::query_parameters::WaitContainerOptions;
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::events::{Event, Failure, ServiceEvent};
use super::log_tail::{collected_lines, last_lines};
use super::{Engine, EngineError};
use crate::probe::{self, Target};
use crate::stack::{Probe, Protocol};

/// The first retry comes this soon; compose's default is 30 s.
const FIRST_DELAY: Duration = Duration::from_millis(20);

pub enum Readiness {
    Ready,
    /// Swarm moved the task elsewhere (its node was lost, the service changed): why.
    Moved(String),
    /// The container exited 0 before (or without) a probe saying ready.
    Completed,
    Failed(Failure),
}

/// What runs a service: a container on the engine, or a Swarm task on some node.
#[derive(Debug, Clone, PartialEq)]
pub enum Workload {
    Container(String),
    Task(super::swarm::TaskAt),
}

impl Workload {
    /// The container, where the engine berth talks to has it.
    pub fn container_id(&self) -> &str {
        match self {
            Workload::Container(id) => id,
            Workload::Task(t) => &t.container_id,
        }
    }
}

/// A running service as seen from here.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach {
    pub host: String,
    pub port: u16,
}

/// How a workload stopped running.
enum End {
    Exited(Option<i64>),
    Moved(String),
    /// The engine stopped answering for longer than [`ENGINE_OUTAGE_LIMIT`]: why, as it failed.
    EngineAway(String),
}

use super::patience::ENGINE_OUTAGE_LIMIT;

/// The engine's answer that the container is not there, as opposed to no answer at all.
fn not_found(e: &bollard::errors::Error) -> bool {
    matches!(e, bollard::errors::Error::DockerResponseServerError { status_code: 404, .. })
}

/// How a container's wait ended, when it could not be followed to the end.
enum Exit {
    Code(i64),
    Gone,
    EngineAway(String),
}

impl Engine {
    /// How to reach a container: its published ports and its address on its first network.
    pub async fn probe_target(&self, container_id: &str) -> Result<Target, EngineError> {
        let info = self
            .docker
            .inspect_container(container_id, None)
            .await
            .map_err(EngineError::docker("inspect a container"))?;
        let settings = info.network_settings.unwrap_or_default();
        let mut published = HashMap::new();
        for (key, bindings) in settings.ports.unwrap_or_default() {
            let (port, proto) = key.split_once('/').unwrap_or((&key, "tcp"));
            let (Ok(port), Some(bindings)) = (port.parse::<u16>(), bindings) else {
                continue;
            };
            let protocol = if proto == "udp" { Protocol::Udp } else { Protocol::Tcp };
            if let Some(host_port) = bindings.iter().find_map(|b| b.host_port.as_deref().and_then(|p| p.parse().ok())) {
                published.insert((port, protocol), host_port);
            }
        }
        let container_ip =
            settings.networks.unwrap_or_default().into_values().find_map(|n| n.ip_address.filter(|ip| !ip.is_empty()));
        Ok(Target {
            docker: self.docker.clone(),
            container_id: container_id.to_string(),
            host: self.probe_host.clone(),
            published,
            container_ip,
            task_id: None,
        })
    }

    /// Where each wanted service's port (service, port) is reached from here, and its
    /// container when this engine has it (a Swarm task on another node has none here), for
    /// the services that run; one look at the stack serves them all.
    pub async fn reach(
        &self,
        stack: &crate::stack::Stack,
        wanted: &[(&str, u16)],
    ) -> Result<HashMap<String, Reach>, EngineError> {
        let mut found = HashMap::new();
        if stack.engine == crate::stack::deploy::EngineKind::Swarm {
            let names: Vec<&str> = wanted.iter().map(|(service, _)| *service).collect();
            let tasks = self.running_tasks_of(stack, &names).await;
            for (service, port) in wanted {
                let Some(task) = tasks.get(*service) else { continue };
                let (host, port) = self.task_target(task).addr(*port)?;
                found.insert(service.to_string(), Reach { host, port });
            }
            return Ok(found);
        }
        let containers = self.stack_containers(&stack.name).await?;
        for (service, port) in wanted {
            let running = containers.iter().find(|c| {
                super::labels::service_of(c) == Some(*service)
                    && super::ContainerState::of(c) == super::ContainerState::Running
            });
            let Some(id) = running.and_then(|c| c.id.clone()) else { continue };
            let (host, port) = self.service_address(&id, *port).await?;
            found.insert(service.to_string(), Reach { host, port });
        }
        Ok(found)
    }

    /// Where a container port is reached from here: its published port, or the container's address.
    pub async fn service_address(&self, container_id: &str, port: u16) -> Result<(String, u16), EngineError> {
        Ok(self.probe_target(container_id).await?.addr(port)?)
    }

    /// The last `n` lines the container printed.
    pub async fn last_log_lines(&self, container_id: &str, n: usize) -> Vec<String> {
        collected_lines(self.docker.logs(container_id, Some(last_lines(n)))).await
    }

    /// Resolves when the container stops running, with its exit code.
    /// Waits for the container to stop and returns how. When the engine stops answering (the
    /// wait breaks off), it is asked again with backoff for up to [`ENGINE_OUTAGE_LIMIT`]; a
    /// container found running again is waited on again, so an outage is not taken for an exit.
    async fn exited(&self, container_id: &str) -> Exit {
        loop {
            let options = WaitContainerOptions { condition: "not-running".to_string() };
            let mut stream = self.docker.wait_container(container_id, Some(options));
            match stream.next().await {
                Some(Ok(resp)) => return Exit::Code(resp.status_code),
                Some(Err(bollard::errors::Error::DockerContainerWaitError { code, .. })) => return Exit::Code(code),
                Some(Err(_)) | None => {}
            }
            drop(stream);
            let mut delay = Duration::from_millis(100);
            let away_since = Instant::now();
            let state = loop {
                match self.docker.inspect_container(container_id, None).await {
                    Ok(info) => break info.state,
                    Err(e) if not_found(&e) => return Exit::Gone,
                    Err(e) if away_since.elapsed() >= ENGINE_OUTAGE_LIMIT => {
                        return Exit::EngineAway(super::images::docker_message(&e));
                    }
                    Err(_) => {
                        tokio::time::sleep(delay).await;
                        delay = (delay * 2).min(Duration::from_secs(2));
                    }
                }
            };
            match state {
                Some(state) if state.running == Some(true) => continue,
                Some(state) => return state.exit_code.map_or(Exit::Gone, Exit::Code),
                None => return Exit::Gone,
            }
        }
    }

    pub(super) async fn exit_failure(&self, workload: &Workload, code: i64) -> Failure {
        Failure {
            reason: format!("the container exited with code {code}"),
            hint: Some("see its last log lines below; `berth logs SERVICE` shows more".into()),
            exit_code: Some(code),
            last_logs: self.workload_logs(workload, 20).await,
        }
    }

    async fn workload_logs(&self, workload: &Workload, n: usize) -> Vec<String> {
        match workload {
            Workload::Container(id) => self.last_log_lines(id, n).await,
            Workload::Task(t) => self.task_log_lines(&t.task_id, n).await,
        }
    }

    async fn ended(&self, workload: &Workload) -> End {
        match workload {
            Workload::Container(id) => match self.exited(id).await {
                Exit::Code(code) => End::Exited(Some(code)),
                Exit::Gone => End::Exited(None),
                Exit::EngineAway(why) => End::EngineAway(why),
            },
            Workload::Task(t) => match self.task_ended(t).await {
                super::swarm::tasks::TaskEnd::Exited(code) => End::Exited(Some(code)),
                super::swarm::tasks::TaskEnd::Moved(why) => End::Moved(why),
                super::swarm::tasks::TaskEnd::Gone => End::Exited(None),
            },
        }
    }

    /// Waits until the service is ready by its probe (or, without one, simply running).
    pub(super) async fn wait_ready(
        &self,
        service: &str,
        workload: &Workload,
        probe: Option<&Probe>,
        events: &mpsc::Sender<Event>,
    ) -> Readiness {
        let exited = self.ended(workload);
        tokio::pin!(exited);
        let Some(probe) = probe else {
            // Give a crashing process a moment to show itself before calling it running; a
            // task's end is seen by polling the manager, so a task gets several polls.
            let grace = match workload {
                Workload::Container(_) => Duration::from_millis(100),
                Workload::Task(_) => Duration::from_millis(1500),
            };
            return tokio::select! {
                end = &mut exited => self.after_exit(workload, end).await,
                _ = tokio::time::sleep(grace) => Readiness::Ready,
            };
        };
        // Swarm reports a task with a HEALTHCHECK running only once the check passed.
        if matches!((workload, &probe.check), (Workload::Task(_), crate::stack::Check::Healthcheck)) {
            return Readiness::Ready;
        }
        let started = Instant::now();
        let target = match workload {
            Workload::Container(id) => match self.probe_target(id).await {
                Ok(t) => t,
                Err(e) => return Readiness::Failed(Failure::new(format!("cannot inspect the container: {e}"))),
            },
            Workload::Task(t) => self.task_target(t),
        };
        // A task's overlay address is the cluster's own: from here only published ports answer.
        if let (Workload::Task(t), Some(port)) = (workload, probe.check.port()) {
            if target.addr(port).is_err() && probe.inferred {
                return Readiness::Ready;
            }
            if target.addr(port).is_err() {
                return Readiness::Failed(Failure::new(format!(
                    "probe {} needs port {port} of the task on node {}, and a Swarm task is reached from here only through a published port",
                    probe.check.describe(),
                    t.node
                ))
                .with_hint(format!("publish it (`ports: [\"{port}\"]` lets Swarm pick the host port), or give the service a healthcheck: Swarm reports a task running only once it passes")));
            }
        }
        let check_name = probe.check.describe();
        let timing = probe.timing;
        let mut delay = FIRST_DELAY;
        let mut tries = 0u32;
        let mut failures_after_start = 0u32;
        loop {
            tries += 1;
            let attempt = async {
                probe::try_once(&probe.check, &target, timing.timeout).await?;
                // Only a HEALTHCHECK carries an image check, and a Swarm task's HEALTHCHECK
                // was settled above: this is a container. A port the check cannot reach from
                // here (host networking) leaves the healthcheck's word standing.
                match &probe.image_check {
                    Some(check) => match probe::try_once(check, &target, timing.timeout).await {
                        Err(probe::ProbeError::Unreachable { .. }) => Ok(()),
                        other => other,
                    },
                    None => Ok(()),
                }
            };
            let result = tokio::select! {
                end = &mut exited => return self.after_exit(workload, end).await,
                r = attempt => r,
            };
            match result {
                Ok(()) => return Readiness::Ready,
                Err(e) => {
                    if started.elapsed() >= timing.start_period {
                        failures_after_start += 1;
                    }
                    if timing.retries > 0 && failures_after_start > timing.retries {
                        return Readiness::Failed(Failure {
                            reason: format!("probe {check_name} failed {tries} times: {e}"),
                            hint: Some(format!("`berth logs {service}` shows what the service printed")),
                            exit_code: None,
                            last_logs: self.workload_logs(workload, 20).await,
                        });
                    }
                    let event =
                        ServiceEvent::Probing { check: check_name.clone(), tries, last_error: Some(e.to_string()) };
                    let _ = events.send(Event::Service { service: service.to_string(), event }).await;
                }
            }
            tokio::select! {
                end = &mut exited => return self.after_exit(workload, end).await,
                _ = tokio::time::sleep(delay) => {}
            }
            delay = (delay * 3 / 2).min(timing.interval);
        }
    }

    async fn after_exit(&self, workload: &Workload, end: End) -> Readiness {
        match end {
            End::Exited(Some(0)) => Readiness::Completed,
            End::Exited(Some(code)) => Readiness::Failed(self.exit_failure(workload, code).await),
            End::Exited(None) => Readiness::Failed(Failure::new("the container disappeared")),
            End::EngineAway(why) => Readiness::Failed(
                Failure::new(format!(
                    "the Docker engine stopped answering while berth waited for this service, and did not come back within {} s: {why}",
                    ENGINE_OUTAGE_LIMIT.as_secs()
                ))
                .with_hint("the service itself may be fine: make the engine answer again (`docker version`), then run `berth up`"),
            ),
            End::Moved(why) => Readiness::Moved(why),
        }
    }

    /// After a service is ready: waits for its exit, for dependants that need it `completed`.
    pub(super) async fn wait_completed(&self, workload: &Workload) -> Readiness {
        let end = self.ended(workload).await;
        self.after_exit(workload, end).await
    }
}
