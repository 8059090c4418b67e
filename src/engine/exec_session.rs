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
}

pub type ExecOutput = Pin<Box<dyn Stream<Item = Result<LogOutput, bollard::errors::Error>> + Send>>;

/// A started command: its output, its stdin, and its id for resizing and the exit code.
pub struct ExecSession {
    pub id: String,
    pub output: ExecOutput,
    pub input: Pin<Box<dyn AsyncWrite + Send>>,
}

impl Engine {
    /// The running container of `service`.
    pub async fn running_container(&self, stack: &Stack, service: &str) -> Result<String, EngineError> {
        let containers = self.stack_containers(&stack.name).await?;
        let found = containers
            .iter()
            .find(|c| c.labels.as_ref().and_then(|l| l.get(labels::SERVICE)).map(String::as_str) == Some(service));
        match found {
            Some(c) if ContainerState::of(c) == ContainerState::Running => Ok(c.id.clone().unwrap_or_default()),
            Some(c) => Err(EngineError::NotRunning { service: service.to_string(), state: ContainerState::of(c) }),
            None if stack.engine == crate::stack::deploy::EngineKind::Swarm => {
                match self.running_tasks_of(stack, &[service]).await.remove(service) {
                    Some(task) => Err(EngineError::SwarmUnsupported(format!(
                        "'{service}' runs on Swarm node {}, and the engine berth talks to can only reach containers on its own node: point DOCKER_HOST at {} (or pin the service there with deploy.placement.constraints)",
                        task.node, task.node
                    ))),
                    None => Err(EngineError::NotRunning { service: service.to_string(), state: ContainerState::Missing }),
                }
            }
            None => Err(EngineError::NotRunning { service: service.to_string(), state: ContainerState::Missing }),
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
            cmd: Some(request.command.clone()),
            env: (!request.env.is_empty()).then(|| request.env.clone()),
            user: request.user.clone(),
            working_dir: request.workdir.clone(),
            attach_stdin: Some(true),
            attach_stdout: Some(true),
            attach_stderr: Some(true),
            tty: Some(request.tty),
            console_size,
            ..ExecConfig::default()
        };
        let created =
            self.docker.create_exec(container, config).await.map_err(EngineError::docker("create the exec"))?;
        let start = StartExecOptions { detach: false, tty: request.tty, output_capacity: None };
        match self.docker.start_exec(&created.id, Some(start)).await.map_err(EngineError::docker("start the exec"))? {
            StartExecResults::Attached { output, input } => Ok(ExecSession { id: created.id, output, input }),
            StartExecResults::Detached => Err(EngineError::NotAttached),
        }
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
