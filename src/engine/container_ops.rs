//! What compose's container commands (`kill`, `pause`, `unpause`, `rm`) do to the stack's
//! containers: each acts on the containers in the state it applies to and passes the others
//! by, as compose does, and touches only containers carrying the stack's labels.

use bollard::models::ContainerSummary;
use bollard::models::ContainerSummaryStateEnum as State;

use super::{labels, Engine, EngineError};
use crate::stack::deploy::EngineKind;
use crate::stack::Stack;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContainerOp {
    /// Send a signal (SIGKILL unless named) to running containers.
    Kill {
        signal: String,
    },
    Pause,
    Unpause,
    /// Remove stopped containers, with their anonymous volumes when asked.
    Remove {
        volumes: bool,
    },
}

impl ContainerOp {
    /// The command's own word.
    pub fn verb(&self) -> &'static str {
        match self {
            ContainerOp::Kill { .. } => "kill",
            ContainerOp::Pause => "pause",
            ContainerOp::Unpause => "unpause",
            ContainerOp::Remove { .. } => "remove",
        }
    }

    /// The past tense berth prints for a container it acted on.
    pub fn done(&self) -> &'static str {
        match self {
            ContainerOp::Kill { .. } => "killed",
            ContainerOp::Pause => "paused",
            ContainerOp::Unpause => "unpaused",
            ContainerOp::Remove { .. } => "removed",
        }
    }

    fn applies_to(&self, state: Option<State>) -> bool {
        match self {
            ContainerOp::Kill { .. } | ContainerOp::Pause => state == Some(State::RUNNING),
            ContainerOp::Unpause => state == Some(State::PAUSED),
            ContainerOp::Remove { .. } => matches!(state, Some(State::EXITED | State::CREATED | State::DEAD)),
        }
    }
}

/// A container an op applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: String,
    pub name: String,
}

impl Engine {
    /// The containers of `services` (every service when none are named) in a state `op`
    /// applies to, in the file's order.
    pub async fn targets(
        &self,
        stack: &Stack,
        services: &[String],
        op: &ContainerOp,
    ) -> Result<Vec<Target>, EngineError> {
        if stack.engine == EngineKind::Swarm {
            return Err(EngineError::SwarmUnsupported(format!(
                "a Swarm's tasks are Swarm's to {}: use `berth restart` or `berth down`",
                op.verb()
            )));
        }
        let containers = self.stack_containers(&stack.name).await?;
        let mut targets = Vec::new();
        for svc in stack.services.iter().filter(|s| services.is_empty() || services.contains(&s.name)) {
            let of_service = containers.iter().filter(|c| labels::service_of(c) == Some(svc.name.as_str()));
            targets.extend(of_service.filter(|c| op.applies_to(c.state)).filter_map(target));
        }
        Ok(targets)
    }

    /// The containers `op` applies to of services `stack` does not have (orphans: services
    /// taken out of the file), as compose's `kill --remove-orphans` acts on them too.
    pub async fn orphan_targets(&self, stack: &Stack, op: &ContainerOp) -> Result<Vec<Target>, EngineError> {
        let containers = self.stack_containers(&stack.name).await?;
        let orphan = |c: &&ContainerSummary| labels::service_of(c).is_some_and(|s| stack.service(s).is_none());
        Ok(containers.iter().filter(orphan).filter(|c| op.applies_to(c.state)).filter_map(target).collect())
    }

    /// Applies `op` to each of `targets` (from [`Engine::targets`]), in order.
    pub async fn apply(&self, targets: &[Target], op: &ContainerOp) -> Result<(), EngineError> {
        let docker = &self.docker;
        for Target { id, name } in targets {
            let result = match op {
                ContainerOp::Kill { signal } => {
                    let options = bollard::query_parameters::KillContainerOptions { signal: signal.clone() };
                    docker.kill_container(id, Some(options)).await
                }
                ContainerOp::Pause => docker.pause_container(id).await,
                ContainerOp::Unpause => docker.unpause_container(id).await,
                ContainerOp::Remove { volumes } => {
                    let options =
                        bollard::query_parameters::RemoveContainerOptions { v: *volumes, ..Default::default() };
                    docker.remove_container(id, Some(options)).await
                }
            };
            result.map_err(EngineError::docker(format!("{} {name}", op.verb())))?;
        }
        Ok(())
    }
}

/// A container as a target: its id and the name the engine shows.
fn target(c: &ContainerSummary) -> Option<Target> {
    let id = c.id.clone()?;
    let name = c.names.iter().flatten().next().map_or(id.as_str(), |n| n.trim_start_matches('/')).to_string();
    Some(Target { id, name })
}
