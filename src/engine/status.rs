//! The stack as the engine sees it now (`status`), its logs, and restarts.

use std::pin::Pin;

use bollard::container::LogOutput;
use bollard::query_parameters::{LogsOptions, RestartContainerOptions};
use futures_util::{Stream, StreamExt};
use serde::Serialize;
use tokio::sync::mpsc;

use super::events::{Event, ServiceEvent};
use super::hooks::HookKind;
use super::readiness::Readiness;
use super::{labels, ContainerState, Engine, EngineError, Failure, Health};
use crate::stack::deploy::EngineKind;
use crate::stack::Stack;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceStatus {
    pub name: String,
    pub state: ContainerState,
    pub health: Health,
    pub container_id: Option<String>,
    /// Published ports as `HOST_IP:HOST_PORT->CONTAINER_PORT/PROTO`.
    pub ports: Vec<String>,
    pub started_at: Option<String>,
    pub restart_count: i64,
    pub exit_code: Option<i64>,
    /// CPU and memory, when asked for (`status` samples them; the UI follows a stream).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<super::stats::Usage>,
    /// On a Swarm: each task slot's node, state and restarts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskView>,
}

impl ServiceStatus {
    /// A service with nothing running for it.
    pub fn missing(name: &str) -> ServiceStatus {
        ServiceStatus {
            name: name.to_string(),
            state: ContainerState::Missing,
            health: Health::None,
            container_id: None,
            ports: Vec::new(),
            started_at: None,
            restart_count: 0,
            exit_code: None,
            usage: None,
            tasks: Vec::new(),
        }
    }
}

/// One task slot of a Swarm service as `status` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskView {
    pub slot: i64,
    pub node: String,
    pub state: String,
    /// Tasks of this slot that ended before the current one (Swarm's restarts).
    pub restarts: i64,
    /// Why the last one before it stopped, when it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StackStatus {
    pub stack: String,
    pub services: Vec<ServiceStatus>,
}

/// One line a container printed.
#[derive(Debug, Clone, PartialEq)]
pub struct LogLine {
    pub service: String,
    pub text: String,
    pub stderr: bool,
}

#[derive(Debug, Clone, Default)]
pub struct LogsRequest {
    pub services: Vec<String>,
    pub follow: bool,
    pub tail: Option<usize>,
    /// Unix seconds.
    pub since: Option<i64>,
    /// Unix seconds: no line after this.
    pub until: Option<i64>,
    pub timestamps: bool,
}

/// A service's log stream broke off.
#[derive(Debug, thiserror::Error)]
#[error("{service}: {source}")]
pub struct LogError {
    pub service: String,
    #[source]
    pub source: bollard::errors::Error,
}

pub type LogStream = Pin<Box<dyn Stream<Item = Result<LogLine, LogError>> + Send>>;

impl LogsRequest {
    /// The engine's options for a container's (or a Swarm service's) logs.
    pub fn options(&self) -> LogsOptions {
        LogsOptions {
            follow: self.follow,
            stdout: true,
            stderr: true,
            timestamps: self.timestamps,
            tail: self.tail.map_or_else(|| "all".to_string(), |n| n.to_string()),
            since: self.since.and_then(|s| i32::try_from(s).ok()).unwrap_or(0),
            until: self.until.and_then(|u| i32::try_from(u).ok()).unwrap_or(0),
        }
    }
}

/// The engine's log chunks of one service as lines.
pub(crate) fn log_lines(
    service: &str,
    chunks: impl Stream<Item = Result<LogOutput, bollard::errors::Error>> + Send + 'static,
) -> LogStream {
    let service = service.to_string();
    Box::pin(chunks.flat_map(move |chunk| {
        let lines: Vec<Result<LogLine, LogError>> = match chunk {
            Ok(output) => {
                let stderr = matches!(output, LogOutput::StdErr { .. });
                // tty containers send one unframed stream; bollard hands it over as Console.
                String::from_utf8_lossy(&output.into_bytes())
                    .lines()
                    .map(|l| Ok(LogLine { service: service.clone(), text: l.to_string(), stderr }))
                    .collect()
            }
            Err(source) => vec![Err(LogError { service: service.clone(), source })],
        };
        futures_util::stream::iter(lines)
    }))
}

impl Engine {
    pub async fn status(&self, stack: &Stack) -> Result<StackStatus, EngineError> {
        if stack.engine == EngineKind::Swarm {
            return self.swarm_status(stack).await;
        }
        let containers = self.stack_containers(&stack.name).await?;
        let mut services = Vec::new();
        for svc in &stack.services {
            let found = containers.iter().find(|c| labels::service_of(c) == Some(svc.name.as_str()));
            let Some(id) = found.and_then(|c| c.id.clone()) else {
                services.push(ServiceStatus::missing(&svc.name));
                continue;
            };
            let info = self
                .docker
                .inspect_container(&id, None)
                .await
                .map_err(EngineError::docker(format!("inspect the container of '{}'", svc.name)))?;
            let state = info.state.clone().unwrap_or_default();
            let status = state.status.map_or(ContainerState::Unknown, |s| ContainerState::from(s.to_string().as_str()));
            let health =
                state.health.and_then(|h| h.status).map_or(Health::None, |s| Health::from(s.to_string().as_str()));
            let mut ports: Vec<String> = info
                .network_settings
                .and_then(|n| n.ports)
                .unwrap_or_default()
                .into_iter()
                .flat_map(|(key, bindings)| {
                    bindings.unwrap_or_default().into_iter().map(move |b| {
                        format!("{}:{}->{key}", b.host_ip.unwrap_or_default(), b.host_port.unwrap_or_default())
                    })
                })
                .collect();
            ports.sort();
            let running = status == ContainerState::Running;
            services.push(ServiceStatus {
                name: svc.name.clone(),
                state: status,
                health,
                container_id: Some(id),
                ports,
                started_at: state.started_at.filter(|s| !s.starts_with("0001-")),
                restart_count: info.restart_count.unwrap_or(0),
                exit_code: if running { None } else { state.exit_code },
                usage: None,
                tasks: Vec::new(),
            });
        }
        Ok(StackStatus { stack: stack.name.clone(), services })
    }

    /// Log lines of the stack's containers, merged as they arrive.
    pub async fn logs(&self, stack: &Stack, request: &LogsRequest) -> Result<LogStream, EngineError> {
        if stack.engine == EngineKind::Swarm {
            return self.swarm_logs(stack, request).await;
        }
        let containers = self.stack_containers(&stack.name).await?;
        let mut streams: Vec<LogStream> = Vec::new();
        for svc in &stack.services {
            if !request.services.is_empty() && !request.services.contains(&svc.name) {
                continue;
            }
            let Some(id) =
                containers.iter().find(|c| labels::service_of(c) == Some(svc.name.as_str())).and_then(|c| c.id.clone())
            else {
                continue;
            };
            let stream = self.docker.logs(&id, Some(request.options()));
            streams.push(log_lines(&svc.name, stream));
            continue;
        }
        Ok(Box::pin(futures_util::stream::select_all(streams)))
    }

    /// Restarts the services' containers and waits for their probes again.
    pub async fn restart(
        &self,
        stack: &Stack,
        services: &[String],
        events: &mpsc::Sender<Event>,
    ) -> Result<Vec<(String, Result<(), Failure>)>, EngineError> {
        self.restart_within(stack, services, None, events).await
    }

    /// As [`Engine::restart`]; each container gets `timeout` seconds to stop, else its own
    /// grace period.
    pub async fn restart_within(
        &self,
        stack: &Stack,
        services: &[String],
        timeout: Option<u32>,
        events: &mpsc::Sender<Event>,
    ) -> Result<Vec<(String, Result<(), Failure>)>, EngineError> {
        if stack.engine == EngineKind::Swarm {
            return self.swarm_restart(stack, services, events).await;
        }
        let containers = self.stack_containers(&stack.name).await?;
        let mut results = Vec::new();
        for name in services {
            let svc = stack.service(name).ok_or_else(|| EngineError::UnknownService(name.clone()))?;
            let Some(id) =
                containers.iter().find(|c| labels::service_of(c) == Some(name.as_str())).and_then(|c| c.id.clone())
            else {
                results.push((name.clone(), Err(Failure::new("it has no container: run `berth up` first"))));
                continue;
            };
            self.run_hooks(svc, &id, HookKind::PreStop).await?;
            let t = timeout.map(|t| i32::try_from(t).unwrap_or(i32::MAX));
            let options = RestartContainerOptions { t, ..Default::default() };
            self.docker
                .restart_container(&id, Some(options))
                .await
                .map_err(EngineError::docker(format!("restart '{name}'")))?;
            let _ = events
                .send(Event::Service {
                    service: name.clone(),
                    event: ServiceEvent::Started { container_id: id.clone() },
                })
                .await;
            self.run_hooks(svc, &id, HookKind::PostStart).await?;
            let started = std::time::Instant::now();
            let workload = super::readiness::Workload::Container(id.clone());
            let result = match self.wait_ready(name, &workload, svc.probe.as_ref(), events).await {
                Readiness::Failed(f) => Err(f),
                _ => {
                    let event = ServiceEvent::Ready { took: started.elapsed() };
                    let _ = events.send(Event::Service { service: name.clone(), event }).await;
                    Ok(())
                }
            };
            results.push((name.clone(), result));
        }
        Ok(results)
    }
}

impl Engine {
    async fn service_container(&self, stack: &Stack, service: &str) -> Result<String, EngineError> {
        if stack.engine == EngineKind::Swarm {
            return Err(EngineError::SwarmUnsupported(format!(
                "'{service}' is a Swarm service: stop and start do not apply (Swarm restarts what stops); use `berth restart {service}`, or `berth down`"
            )));
        }
        self.stack_containers(&stack.name)
            .await?
            .into_iter()
            .find(|c| labels::service_of(c) == Some(service))
            .and_then(|c| c.id)
            .ok_or_else(|| EngineError::UnknownService(format!("{service} (it has no container: run `berth up`)")))
    }

    /// Stops the service's container: it gets `timeout` seconds (compose's `stop -t`), else its
    /// own `stop_grace_period` (the engine's 10 s by default).
    pub async fn stop_service(&self, stack: &Stack, service: &str, timeout: Option<u32>) -> Result<(), EngineError> {
        let id = self.service_container(stack, service).await?;
        if let Some(svc) = stack.service(service) {
            self.run_hooks(svc, &id, HookKind::PreStop).await?;
        }
        let options = bollard::query_parameters::StopContainerOptions {
            t: timeout.map(|t| i32::try_from(t).unwrap_or(i32::MAX)),
            ..Default::default()
        };
        self.docker.stop_container(&id, Some(options)).await.map_err(EngineError::docker(format!("stop '{service}'")))
    }

    pub async fn start_service(&self, stack: &Stack, service: &str) -> Result<(), EngineError> {
        let id = self.service_container(stack, service).await?;
        self.docker.start_container(&id, None).await.map_err(EngineError::docker(format!("start '{service}'")))?;
        match stack.service(service) {
            Some(svc) => self.run_hooks(svc, &id, HookKind::PostStart).await,
            None => Ok(()),
        }
    }

    /// Stops every container of the stack, leaving them in place for a later `up`; each gets
    /// `timeout` seconds, else its own grace period.
    pub async fn stop_all(&self, stack: &Stack, timeout: Option<u32>) -> Result<usize, EngineError> {
        let containers = self.stack_containers(&stack.name).await?;
        let mut stopped = 0;
        for c in containers {
            let Some(id) = c.id.clone() else { continue };
            if let Some(svc) = labels::service_of(&c).and_then(|s| stack.service(s)) {
                self.run_hooks(svc, &id, HookKind::PreStop).await?;
            }
            let t = timeout.map(|t| i32::try_from(t).unwrap_or(i32::MAX));
            let options = bollard::query_parameters::StopContainerOptions { t, ..Default::default() };
            self.docker.stop_container(&id, Some(options)).await.map_err(EngineError::docker("stop a container"))?;
            stopped += 1;
        }
        Ok(stopped)
    }
}
