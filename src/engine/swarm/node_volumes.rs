//! `down -v` on a Swarm: the named volumes the stack's tasks made on nodes other than the one
//! berth talks to. A manager's API cannot remove another node's volumes; a node that names
//! its own engine in the label `io.berth.engine` has them removed there, and every other node
//! gets them named, with the command to run on it.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use bollard::Docker;

use super::super::events::{Event, StackEvent};
use super::super::{context, labels, Engine};

/// The node label that says where a node's own engine answers (`tcp://HOST:PORT`,
/// `unix:///…`), for what only that engine can do. A TLS engine is reached with the
/// certificates of the engine berth talks to.
pub const ENGINE_LABEL: &str = "io.berth.engine";

/// How long a volume still held by a task's container that is being removed is retried.
const IN_USE_PATIENCE: Duration = Duration::from_secs(10);

/// The stack's volumes on one other node.
#[derive(Debug, Default)]
pub struct NodeVolumes {
    pub hostname: String,
    /// The node's `io.berth.engine` label.
    pub engine: Option<String>,
    pub volumes: BTreeSet<String>,
}

impl Engine {
    /// Adds the named volumes `service`'s tasks mounted on nodes other than `own` to `found`,
    /// by node id.
    pub(super) async fn volumes_elsewhere(
        &self,
        service: &bollard::models::Service,
        own: &str,
        found: &mut BTreeMap<String, NodeVolumes>,
    ) {
        let mounts: Vec<String> = service
            .spec
            .as_ref()
            .and_then(|s| s.task_template.as_ref())
            .and_then(|t| t.container_spec.as_ref())
            .and_then(|c| c.mounts.clone())
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.typ == Some(bollard::models::MountType::VOLUME))
            .filter_map(|m| m.source)
            .collect();
        if mounts.is_empty() {
            return;
        }
        let Ok(tasks) = self.tasks_of(service.id.as_deref().unwrap_or_default()).await else { return };
        let nodes: BTreeSet<String> =
            tasks.into_iter().filter_map(|t| t.node_id).filter(|n| !n.is_empty() && n != own).collect();
        for node in nodes {
            if !found.contains_key(&node) {
                let inspected = self.docker.inspect_node(&node).await.ok();
                let hostname =
                    inspected.as_ref().and_then(|n| n.description.as_ref()?.hostname.clone()).unwrap_or(node.clone());
                let engine = inspected.and_then(|n| n.spec?.labels?.remove(ENGINE_LABEL));
                found.insert(node.clone(), NodeVolumes { hostname, engine, ..NodeVolumes::default() });
            }
            if let Some(entry) = found.get_mut(&node) {
                entry.volumes.extend(mounts.iter().cloned());
            }
        }
    }

    /// Removes the stack's volumes on a node that names its engine; names those it cannot.
    pub(super) async fn remove_node_volumes(
        &self,
        stack: &str,
        node: NodeVolumes,
        events: &tokio::sync::mpsc::Sender<Event>,
    ) {
        let NodeVolumes { hostname, engine, volumes } = node;
        let why = match &engine {
            None => format!(
                "a manager cannot remove another node's volumes (the node label {ENGINE_LABEL}=tcp://HOST:PORT lets berth reach {hostname}'s engine)"
            ),
            Some(url) => match self.node_client(url) {
                Err(e) => format!("cannot reach its engine at {url} ({ENGINE_LABEL}): {e}"),
                Ok(docker) => {
                    let mut left = Vec::new();
                    let mut errors = Vec::new();
                    for volume in volumes {
                        match remove_owned_volume(&docker, stack, &volume).await {
                            Ok(true) => {
                                let removed =
                                    StackEvent::VolumeRemovedOnNode { node: hostname.clone(), volume: volume.clone() };
                                let _ = events.send(Event::Stack(removed)).await;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                errors.push(format!("{volume}: {e}"));
                                left.push(volume);
                            }
                        }
                    }
                    if left.is_empty() {
                        return;
                    }
                    let why = format!("its engine at {url} did not remove them ({})", errors.join("; "));
                    let _ = events.send(Event::Stack(StackEvent::VolumesLeftOnNode { node: hostname, volumes: left, why })).await;
                    return;
                }
            },
        };
        let volumes = volumes.into_iter().collect();
        let _ = events.send(Event::Stack(StackEvent::VolumesLeftOnNode { node: hostname, volumes, why })).await;
    }

    /// A client for another node's engine, with this engine's TLS certificates if it has any.
    fn node_client(&self, url: &str) -> Result<Docker, String> {
        let endpoint = context::Endpoint {
            host: url.to_string(),
            context: None,
            tls: self.tls.clone(),
            source: context::Source::DockerHost,
        };
        super::super::dial(&endpoint).map_err(|e| e.to_string())
    }
}

/// Removes `volume` when it is the stack's (by its labels: a volume of the same name that
/// berth did not make for this stack stays); true when it was removed.
async fn remove_owned_volume(docker: &Docker, stack: &str, volume: &str) -> Result<bool, String> {
    let found = match docker.inspect_volume(volume).await {
        Ok(found) => found,
        Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => return Ok(false),
        Err(e) => return Err(super::super::images::docker_message(&e)),
    };
    if !labels::owned_by(Some(&found.labels), stack) {
        return Err("berth did not make it for this stack, so it is left alone".into());
    }
    let started = std::time::Instant::now();
    loop {
        match docker.remove_volume(volume, None::<bollard::query_parameters::RemoveVolumeOptions>).await {
            Ok(()) => return Ok(true),
            Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => return Ok(false),
            // The task's container may still be on its way out on that node.
            Err(bollard::errors::Error::DockerResponseServerError { status_code: 409, .. })
                if started.elapsed() < IN_USE_PATIENCE =>
            {
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            Err(e) => return Err(super::super::images::docker_message(&e)),
        }
    }
}
