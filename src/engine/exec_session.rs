//! An interactive command in a service's container (`berth exec`, `berth shell`): the engine
//! hands back the attached streams; the front end owns the terminal and pumps them.

use std::pin::Pin;

use bollard::container::LogOutput;
use bollard::exec::{StartExecOptions, StartExecResults};
use bollard::models::ExecConfig;
use futures_util::Stream;
use tokio::io::AsyncWrite;

use super::{labels, ContainerState, Engine, EngineError};
use crate::stack::Stack;

/// What to run, and how: compose's `exec` options.
#[derive(Debug, Clone, Default)]
pub struct ExecRequest {
    pub command: Vec<String>,
    /// Allocate a pseudo-terminal (stdout and stderr then arrive as one stream).
    pub tty: bool,
    pub user: Option<String>,
    pub workdir: Option<String>,
    /// `KEY=value` pairs.
    pub env: Vec<String>,
    /// Extended privileges for the command (compose's `exec --privileged`).
    pub privileged: bool,
}

impl ExecRequest {
    /// The exec's command, environment, user, folder and privileges, attached to nothing.
    fn config(&self) -> ExecConfig {
        ExecConfig {
            cmd: Some(self.command.clone()),
            env: (!self.env.is_empty()).then(|| self.env.clone()),
            user: self.user.clone(),
            working_dir: self.workdir.clone(),
            privileged: Some(self.privileged),
            ..ExecConfig::default()
        }
    }
}

pub type ExecOutput = Pin<Box<dyn Stream<Item = Result<LogOutput, bollard::errors::Error>> + Send>>;

/// A service's running container, with the engine that holds it.
pub struct ContainerAt {
    pub engine: Engine,
    pub id: String,
}

/// A started command: its output, its stdin, and its id for resizing and the exit code.
pub struct ExecSession {
    pub id: String,
    pub output: ExecOutput,
    pub input: Pin<Box<dyn AsyncWrite + Send>>,
}

impl Engine {
    /// The running container of `service`, and the engine that holds it: this one, or on a
    /// Swarm the engine of the node its task runs on, when that node names its engine.
    pub async fn running_container(&self, stack: &Stack, service: &str) -> Result<ContainerAt, EngineError> {
        let containers = self.stack_containers(&stack.name).await?;
        let found = containers.iter().find(|c| labels::service_of(c) == Some(service));
        let not_running = |state| EngineError::NotRunning { service: service.to_string(), state };
        match found {
            Some(c) if ContainerState::of(c) == ContainerState::Running => {
                Ok(ContainerAt { engine: self.clone(), id: c.id.clone().unwrap_or_default() })
            }
            Some(c) => Err(not_running(ContainerState::of(c))),
            None if stack.engine == crate::stack::deploy::EngineKind::Swarm => {
                let Some(task) = self.running_tasks_of(stack, &[service]).await.remove(service) else {
                    return Err(not_running(ContainerState::Missing));
                };
                match &task.engine {
                    Some(url) => {
                        let engine = self.node_engine(&task.node, url).await?;
                        Ok(ContainerAt { engine, id: task.container_id })
                    }
                    None => Err(EngineError::SwarmUnsupported(format!(
                        "'{service}' runs on Swarm node {node}, and the engine berth talks to can only reach containers on its own node: give {node} the label {label}=tcp://HOST:PORT (its engine, as reached from here), point DOCKER_HOST at {node}, or pin the service to this node with deploy.placement.constraints",
                        node = task.node,
                        label = super::swarm::node_engine::ENGINE_LABEL,
                    ))),
                }
            }
            None => Err(not_running(ContainerState::Missing)),
        }
    }

    /// Creates and starts the command. `console` is the terminal's (width, height): engines
    /// from API 1.42 size the command's terminal with it from the first byte; older ones
    /// ignore it and are sized by `resize_exec` once the command runs.
    pub async fn open_exec(
        &self,
        container: &str,
        request: &ExecRequest,
        console: Option<(u16, u16)>,
    ) -> Result<ExecSession, EngineError> {
        let console_size = console.map(|(width, height)| vec![usize::from(height), usize::from(width)]);
        let config = ExecConfig {
            attach_stdin: Some(true),
            attach_stdout: Some(true),
            attach_stderr: Some(true),
            tty: Some(request.tty),
            console_size,
            ..request.config()
        };
        let created =
            self.docker.create_exec(container, config).await.map_err(EngineError::docker("create the exec"))?;
        let start = StartExecOptions { detach: false, tty: request.tty, output_capacity: None };
        match self.docker.start_exec(&created.id, Some(start)).await.map_err(EngineError::docker("start the exec"))? {
            StartExecResults::Attached { output, input } => Ok(ExecSession { id: created.id, output, input }),
            StartExecResults::Detached => Err(EngineError::NotAttached),
        }
    }

    /// Starts the command in the background (compose's `exec -d`): nothing attached, nothing
    /// awaited.
    pub async fn exec_detached(&self, container: &str, request: &ExecRequest) -> Result<(), EngineError> {
        let created = self
            .docker
            .create_exec(container, request.config())
            .await
            .map_err(EngineError::docker("create the exec"))?;
        let start = StartExecOptions { detach: true, tty: false, output_capacity: None };
        self.docker.start_exec(&created.id, Some(start)).await.map_err(EngineError::docker("start the exec"))?;
        Ok(())
    }

    /// Tells the command's terminal its size.
    pub async fn resize_exec(&self, id: &str, width: u16, height: u16) -> Result<(), EngineError> {
        let options =
            bollard::query_parameters::ResizeExecOptionsBuilder::new().w(i32::from(width)).h(i32::from(height)).build();
        self.docker.resize_exec(id, options).await.map_err(EngineError::docker("size the command's terminal"))
    }

    /// The finished command's exit code.
    pub async fn exec_exit_code(&self, id: &str) -> Result<i64, EngineError> {
        let info = self.docker.inspect_exec(id).await.map_err(EngineError::docker("read the exec's exit code"))?;
        Ok(info.exit_code.unwrap_or(0))
    }
}
