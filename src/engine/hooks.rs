//! A service's lifecycle hooks, run in its container as compose v2 runs them: `post_start`
//! after `up` or `start` starts it and after `restart`; `pre_stop` before `stop`, `restart`
//! or `down` stops it. A hook that fails stops the command there: the container stays as it
//! was, and the error carries the hook's exit status and its last lines of output.

use crate::stack::runtime::Hook;

use super::{Engine, EngineError};

/// Which of a service's hooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    PostStart,
    PreStop,
}

impl HookKind {
    /// The key in the stack file.
    pub fn key(self) -> &'static str {
        match self {
            HookKind::PostStart => "post_start",
            HookKind::PreStop => "pre_stop",
        }
    }

    fn of(self, svc: &crate::stack::Service) -> &[Hook] {
        match self {
            HookKind::PostStart => &svc.runtime.post_start,
            HookKind::PreStop => &svc.runtime.pre_stop,
        }
    }
}

impl Engine {
    /// Runs the service's hooks of one kind in its container, in order; the first that fails
    /// ends the run.
    pub async fn run_hooks(
        &self,
        svc: &crate::stack::Service,
        container: &str,
        kind: HookKind,
    ) -> Result<(), EngineError> {
        for hook in kind.of(svc) {
            let env: Vec<String> = hook.environment.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let who = crate::exec::ExecAs {
                user: hook.user.clone(),
                privileged: hook.privileged,
                working_dir: hook.working_dir.clone(),
            };
            let out = match crate::exec::capture_as(&self.docker, container, &hook.command, &env, &who).await {
                Ok(out) => out,
                // Already stopped or gone: there is nothing to run a hook in, as compose lets be.
                Err(crate::exec::ExecError(bollard::errors::Error::DockerResponseServerError {
                    status_code: 404 | 409,
                    ..
                })) => return Ok(()),
                Err(e) => {
                    let message = format!("could not run: {e}");
                    return Err(EngineError::Hook { service: svc.name.clone(), kind: kind.key(), message });
                }
            };
            match out.exit_code {
                Some(0) => {}
                code => {
                    let status = code.map_or("no exit status".to_string(), |c| format!("status {c}"));
                    let tail = out.tail(5);
                    let said = if tail.is_empty() { String::new() } else { format!(": {tail}") };
                    return Err(EngineError::Hook {
                        service: svc.name.clone(),
                        kind: kind.key(),
                        message: format!("exited with {status}{said}"),
                    });
                }
            }
        }
        Ok(())
    }
}

impl Engine {
    /// Runs the `pre_stop` hooks of every running container of the stack, all at once (as
    /// compose stops them), before `down` stops anything: one that fails leaves the stack
    /// as it is.
    pub async fn run_pre_stop_hooks(&self, stack: &crate::stack::Stack) -> Result<(), EngineError> {
        if stack.services.iter().all(|s| s.runtime.pre_stop.is_empty()) {
            return Ok(());
        }
        let containers = self.stack_containers(&stack.name).await?;
        let runs = containers.iter().filter_map(|c| {
            let svc = stack.service(super::labels::service_of(c)?)?;
            let running = super::ContainerState::of(c) == super::ContainerState::Running;
            let id = c.id.as_deref().filter(|_| running && !svc.runtime.pre_stop.is_empty())?;
            Some(self.run_hooks(svc, id, HookKind::PreStop))
        });
        futures_util::future::join_all(runs).await.into_iter().collect()
    }
}
