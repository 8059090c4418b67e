//! `down -v` on a Swarm: the named volumes the stack's tasks made on nodes other than the one
//! berth talks to. A manager's API cannot remove another node's volumes; a node that names
//! its own engine (`node_engine::ENGINE_LABEL`) has them removed there, and every other node
//! gets them named, with the command to run on it.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use bollard::Docker;

use super::super::events::{Event, StackEvent};
use super::super::{labels, Engine};
use super::node_engine::ENGINE_LABEL;
use super::Cluster;

/// How long a volume still held by a task's container that is being removed is retried.
const IN_USE_PATIENCE: Duration = Duration::from_secs(10);

/// The stack's volumes on one other node.
#[derive(Debug)]
pub struct NodeVolumes {
    pub hostname: String,
    /// The node's `io.berth.engine` label.
    pub engine: Option<String>,
    pub volumes: BTreeSet<String>,
}

impl Engine {
    /// Adds the named volumes `service`'s tasks mounted on nodes other than the one berth talks
    /// to to `found`, by node id.
    pub(super) async fn volumes_elsewhere(
        &self,
        service: &bollard::models::Service,
        cluster: &Cluster,
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
            tasks.into_iter().filter_map(|t| t.node_id).filter(|n| !n.is_empty() && *n != cluster.node_id).collect();
        for node in nodes {
            let entry = found.entry(node.clone()).or_insert_with(|| {
                let info = cluster.node(&node);
                NodeVolumes {
                    hostname: info.map_or(node.clone(), |n| n.hostname.clone()),
                    engine: info.and_then(|n| n.engine.clone()),
                    volumes: BTreeSet::new(),
                }
            });
            entry.volumes.extend(mounts.iter().cloned());
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
        let Some(url) = engine else {
            let why = format!(
                "a manager cannot remove another node's volumes (the node label {ENGINE_LABEL}=tcp://HOST:PORT lets berth reach {hostname}'s engine)"
            );
            return volumes_left(events, hostname, volumes.into_iter().collect(), why).await;
        };
        let node_engine = match self.node_engine(&hostname, &url).await {
            Ok(node_engine) => node_engine,
            Err(e) => {
                let why = format!("cannot reach its engine at {url} ({ENGINE_LABEL}): {e}");
                return volumes_left(events, hostname, volumes.into_iter().collect(), why).await;
            }
        };
        let (mut left, mut errors) = (Vec::new(), Vec::new());
        for volume in volumes {
            match remove_owned_volume(&node_engine.docker, stack, &volume).await {
                Ok(true) => {
                    let removed = StackEvent::VolumeRemovedOnNode { node: hostname.clone(), volume };
                    let _ = events.send(Event::Stack(removed)).await;
                }
                Ok(false) => {}
                Err(e) => {
                    errors.push(format!("{volume}: {e}"));
                    left.push(volume);
                }
            }
        }
        if !left.is_empty() {
            let why = format!("its engine at {url} did not remove them ({})", errors.join("; "));
            volumes_left(events, hostname, left, why).await;
        }
    }
}

async fn volumes_left(events: &tokio::sync::mpsc::Sender<Event>, node: String, volumes: Vec<String>, why: String) {
    let _ = events.send(Event::Stack(StackEvent::VolumesLeftOnNode { node, volumes, why })).await;
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
