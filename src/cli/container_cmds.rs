//! compose's `attach`, `commit`, `export` and `volumes`: a service's container joined,
//! imaged or archived, and the stack's volumes listed as compose lists them.

use std::io::{IsTerminal, Write};

use futures_util::StreamExt;

use berth::engine::container_io::CommitRequest;
use berth::engine::container_ops::{ContainerOp, Target};
use berth::engine::Engine;
use berth::stack::{MountSource, Stack};

use super::error::{CliError, CmdResult};
use super::exit;
use super::stack_input::known_services;

/// The service's container, running or not, after the `--index` check.
async fn container_of(engine: &Engine, stack: &Stack, service: &str, index: Option<u32>) -> Result<String, CliError> {
    known_services(stack, [&service.to_string()])?;
    super::args::one_container(index, service).map_err(CliError::Failed)?;
    super::project::any_container(engine, stack, service, false).await
}

/// What `attach` was asked for.
pub struct AttachRequest {
    pub detach_keys: Option<String>,
    pub stdin: bool,
    /// Ctrl-C goes to the container's process (compose's `--sig-proxy`); else it leaves.
    pub sig_proxy: bool,
    pub index: Option<u32>,
}

/// `attach`: this terminal joined to the service's running container until it ends (its exit
/// code) or is left with the detach keys (0).
pub async fn attach(engine: &Engine, stack: &Stack, service: &str, request: AttachRequest) -> CmdResult {
    known_services(stack, [&service.to_string()])?;
    super::args::one_container(request.index, service).map_err(CliError::Failed)?;
    let at = engine.running_container(stack, service).await?;
    let joined = berth::handover::attach_running(&at.engine, &at.id, request.stdin, request.detach_keys.as_deref());
    let mut joined = std::pin::pin!(joined);
    loop {
        tokio::select! {
            ended = &mut joined => {
                let code = ended.map_err(|e| CliError::Failed(e.to_string()))?;
                return match code {
                    0 => Ok(()),
                    1..=255 => Err(CliError::Reported(code as u8)),
                    _ => Err(CliError::Reported(exit::FAILED)),
                };
            }
            _ = tokio::signal::ctrl_c() => {
                if !request.sig_proxy {
                    return Ok(());
                }
                let target = Target { id: at.id.clone(), name: service.to_string() };
                at.engine.apply(&[target], &ContainerOp::Kill { signal: "SIGINT".into() }).await?;
            }
        }
    }
}

/// `commit`: a new image of the service's container; its id on stdout, as compose prints it.
pub async fn commit(
    engine: &Engine,
    stack: &Stack,
    service: &str,
    request: CommitRequest,
    index: Option<u32>,
) -> CmdResult {
    let id = container_of(engine, stack, service, index).await?;
    let image = engine.commit(&id, &request).await?;
    println!("{image}");
    Ok(())
}

/// `export`: the container's filesystem as a tar archive, to `output` or stdout (never to a
/// terminal, where it would only be noise).
pub async fn export(
    engine: &Engine,
    stack: &Stack,
    service: &str,
    output: Option<&std::path::Path>,
    index: Option<u32>,
) -> CmdResult {
    if output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::Usage(
            "export writes a tar archive: give -o FILE, or send stdout to a file or a pipe".into(),
        ));
    }
    let id = container_of(engine, stack, service, index).await?;
    match output {
        // Written beside the target and renamed at the end: a failed export leaves no half archive.
        Some(path) => {
            let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let partial = path.with_file_name(format!(".{name}.berth-partial"));
            let failed = |e: std::io::Error| CliError::Failed(format!("cannot write {}: {e}", path.display()));
            let mut file = std::fs::File::create(&partial).map_err(failed)?;
            let copied = copy_archive(engine, &id, &mut file).await;
            match copied.and_then(|()| std::fs::rename(&partial, path).map_err(failed)) {
                Ok(()) => {}
                Err(e) => {
                    let _ = std::fs::remove_file(&partial);
                    return Err(e);
                }
            }
        }
        None => copy_archive(engine, &id, &mut std::io::stdout()).await?,
    }
    Ok(())
}

async fn copy_archive(engine: &Engine, id: &str, sink: &mut impl Write) -> CmdResult {
    let written = |e: std::io::Error| CliError::Failed(format!("cannot write the archive: {e}"));
    let mut archive = std::pin::pin!(engine.export(id));
    while let Some(chunk) = archive.next().await {
        sink.write_all(&chunk?).map_err(written)?;
    }
    sink.flush().map_err(written)
}

/// `volumes`: the stack's named volumes (those the named services mount, when some are), as
/// compose's table, one JSON object per line, or names only.
pub async fn volumes(engine: &Engine, stack: &Stack, services: &[String], quiet: bool, json: bool) -> CmdResult {
    known_services(stack, services)?;
    let used: Vec<String> = stack
        .services
        .iter()
        .filter(|s| services.contains(&s.name))
        .flat_map(|s| s.volumes.iter())
        .filter_map(|m| match &m.source {
            MountSource::Volume(name) => Some(stack.volume_name(name)),
            _ => None,
        })
        .collect();
    let volumes: Vec<_> = engine
        .stack_volumes(&stack.name)
        .await?
        .into_iter()
        .filter(|v| services.is_empty() || used.contains(&v.name))
        .collect();
    if quiet {
        volumes.iter().for_each(|v| println!("{}", v.name));
    } else if json {
        volumes.iter().for_each(|v| println!("{}", volume_json(v)));
    } else {
        let width = volumes.iter().map(|v| v.driver.len() + 3).max().unwrap_or(0).max(10);
        println!("{:<width$}VOLUME NAME", "DRIVER");
        volumes.iter().for_each(|v| println!("{:<width$}{}", v.driver, v.name));
    }
    Ok(())
}

/// One volume as `docker volume ls --format json` prints it.
fn volume_json(v: &bollard::models::Volume) -> String {
    let mut labels: Vec<String> = v.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    labels.sort();
    serde_json::json!({
        "Availability": "N/A",
        "Driver": v.driver,
        "Group": "N/A",
        "Labels": labels.join(","),
        "Links": "N/A",
        "Mountpoint": v.mountpoint,
        "Name": v.name,
        "Scope": v.scope.map(|s| s.to_string()).unwrap_or_else(|| "local".into()),
        "Size": "N/A",
        "Status": "N/A",
    })
    .to_string()
}
