//! Running a command inside a container and collecting what it printed. A leaf: the engine,
//! probes and snapshots all use it, and it imports nothing of berth.

use bollard::container::LogOutput;
use bollard::exec::{CreateExecOptions, StartExecResults};
use bollard::Docker;
use futures_util::StreamExt;

pub struct ExecOutput {
    pub exit_code: Option<i64>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl ExecOutput {
    /// The last lines of stderr and stdout, for an error message.
    pub fn tail(&self, lines: usize) -> String {
        let text = format!("{}{}", String::from_utf8_lossy(&self.stderr), String::from_utf8_lossy(&self.stdout));
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join(" | ")
    }
}

/// The engine refused or broke off the exec.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct ExecError(#[from] pub bollard::errors::Error);

/// Who runs an exec and where: the container's own user and folder when unset.
#[derive(Debug, Clone, Default)]
pub struct ExecAs {
    pub user: Option<String>,
    pub privileged: bool,
    pub working_dir: Option<String>,
}

pub async fn capture(
    docker: &Docker,
    container: &str,
    cmd: &[String],
    env: &[String],
) -> Result<ExecOutput, ExecError> {
    capture_as(docker, container, cmd, env, &ExecAs::default()).await
}

/// As [`capture`], as the user, privilege and folder `who` names.
pub async fn capture_as(
    docker: &Docker,
    container: &str,
    cmd: &[String],
    env: &[String],
    who: &ExecAs,
) -> Result<ExecOutput, ExecError> {
    let options = CreateExecOptions {
        cmd: Some(cmd.to_vec()),
        env: (!env.is_empty()).then(|| env.to_vec()),
        attach_stdout: Some(true),
        attach_stderr: Some(true),
        user: who.user.clone(),
        privileged: who.privileged.then_some(true),
        working_dir: who.working_dir.clone(),
        ..CreateExecOptions::default()
    };
    let created = docker.create_exec(container, options).await?;
    let mut out = ExecOutput { exit_code: None, stdout: Vec::new(), stderr: Vec::new() };
    if let StartExecResults::Attached { output: mut stream, .. } = docker.start_exec(&created.id, None).await? {
        while let Some(chunk) = stream.next().await {
            match chunk? {
                LogOutput::StdErr { message } => out.stderr.extend_from_slice(&message),
                other => out.stdout.extend_from_slice(&other.into_bytes()),
            }
        }
    }
    out.exit_code = docker.inspect_exec(&created.id).await?.exit_code;
    Ok(out)
}
