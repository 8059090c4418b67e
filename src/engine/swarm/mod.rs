//! The stack on a Docker Swarm: each service a Swarm service, its tasks found on the nodes
//! they run on, reached for probes and seeding at the node's address and the port the task
//! publishes. `up`'s orchestration (order, probes, steps) is the same as on one engine
//! (`engine::up`); this module is where a service's workload is placed and watched.

pub mod node_engine;
pub mod node_volumes;
pub mod observe;
pub mod spec;
pub mod tasks;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use bollard::models::{LocalNodeState, Node};
use bollard::query_parameters::{ListNodesOptions, ListServicesOptions};

use super::events::{Event, StackEvent};
use super::{labels, Engine, EngineError, Failure};
use crate::stack::Stack;

pub use spec::Publishing;
pub use tasks::TaskAt;

/// The node label that says where a node's published ports are reached from where berth runs,
/// when that is not the address the node advertises to the cluster (NAT, a tunnel, nodes on a
/// private network).
pub const ADDRESS_LABEL: &str = "io.berth.address";

/// The cluster the engine berth talks to is a manager of.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// The node berth talks to: its tasks' containers can be inspected and exec'd into.
    pub node_id: String,
    pub nodes: Vec<NodeInfo>,
    pub publishing: Publishing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeInfo {
    pub id: String,
    pub hostname: String,
    /// Where its published ports are reached from here.
    pub reach: String,
    pub ready: bool,
    /// Where its own engine answers from here, when its label `io.berth.engine` says.
    pub engine: Option<String>,
}

impl Cluster {
    pub fn node(&self, id: &str) -> Option<&NodeInfo> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn multi_node(&self) -> bool {
        self.nodes.len() > 1
    }

    /// The ports the routing mesh publishes for `svc` on every node (none without the mesh:
    /// host-mode ports are read from each task).
    pub fn ingress_ports(&self, svc: &crate::stack::Service) -> HashMap<(u16, crate::stack::Protocol), u16> {
        match self.publishing {
            Publishing::Ingress => {
                svc.ports.iter().filter_map(|p| Some(((p.container_port, p.protocol), p.host_port?))).collect()
            }
            Publishing::Host => HashMap::new(),
        }
    }
}

impl Engine {
    /// The Swarm this engine manages; a clear error when it is in none or only a worker.
    pub async fn swarm(&self) -> Result<Cluster, EngineError> {
        let node_id = self.manager_node().await?;
        let listed = self
            .docker
            .list_nodes(None::<ListNodesOptions>)
            .await
            .map_err(EngineError::docker("list the swarm's nodes"))?;
        let nodes = listed.into_iter().map(|n| self.node_info(&node_id, n)).collect();
        Ok(Cluster { node_id, nodes, publishing: ingress_support(self.is_local) })
    }

    /// The id of the node berth talks to, when that node manages an active swarm.
    async fn manager_node(&self) -> Result<String, EngineError> {
        let info = self.docker.info().await.map_err(EngineError::docker("ask the engine about its swarm"))?;
        let swarm = info.swarm.unwrap_or_default();
        let state = swarm.local_node_state.unwrap_or(LocalNodeState::EMPTY);
        if state != LocalNodeState::ACTIVE {
            return Err(EngineError::NotSwarm { endpoint: self.endpoint.clone(), state: state.to_string() });
        }
        if swarm.control_available != Some(true) {
            return Err(EngineError::NotManager { endpoint: self.endpoint.clone() });
        }
        Ok(swarm.node_id.unwrap_or_default())
    }

    fn node_info(&self, own: &str, node: Node) -> NodeInfo {
        let id = node.id.unwrap_or_default();
        let spec = node.spec.unwrap_or_default();
        let status = node.status.unwrap_or_default();
        let label = spec.labels.as_ref().and_then(|l| l.get(ADDRESS_LABEL)).cloned();
        // The node berth talks to is reached the way berth reaches its engine.
        let reach = label.unwrap_or_else(|| {
            if id == own {
                self.probe_host.clone()
            } else {
                status.addr.clone().unwrap_or_default()
            }
        });
        let ready = status.state.map(|s| s.to_string()) == Some("ready".into());
        let engine = spec.labels.as_ref().and_then(|l| l.get(node_engine::ENGINE_LABEL)).cloned();
        let hostname = node.description.and_then(|d| d.hostname).unwrap_or_default();
        NodeInfo { id, hostname, reach, ready, engine }
    }

    /// The stack's Swarm services by their berth service name.
    pub(super) async fn swarm_services(
        &self,
        stack: &str,
    ) -> Result<HashMap<String, bollard::models::Service>, EngineError> {
        let options = ListServicesOptions { filters: Some(labels::stack_filter(stack)), ..Default::default() };
        let services =
            self.docker.list_services(Some(options)).await.map_err(EngineError::docker("list the stack's services"))?;
        Ok(services
            .into_iter()
            .filter_map(|s| {
                let name = s.spec.as_ref()?.labels.as_ref()?.get(labels::SERVICE)?.clone();
                Some((name, s))
            })
            .collect())
    }

    /// Host ports the stack publishes that another Swarm service of the cluster already does.
    pub async fn swarm_port_owners(
        &self,
        stack: &Stack,
        selected: &[String],
    ) -> Result<Vec<super::BusyPort>, EngineError> {
        let all = self
            .docker
            .list_services(None::<ListServicesOptions>)
            .await
            .map_err(EngineError::docker("list services"))?;
        let mut busy = Vec::new();
        for svc in stack.services.iter().filter(|s| selected.contains(&s.name)) {
            for port in svc.ports.iter().filter_map(|p| p.host_port) {
                let owner = all.iter().find(|s| {
                    let spec = s.spec.clone().unwrap_or_default();
                    let ours = labels::owned_by(spec.labels.as_ref(), &stack.name);
                    let ports = spec.endpoint_spec.and_then(|e| e.ports).unwrap_or_default();
                    !ours && ports.iter().any(|p| p.published_port == Some(i64::from(port)))
                });
                if let Some(owner) = owner {
                    let spec = owner.spec.clone().unwrap_or_default();
                    let name = spec.name.unwrap_or_default();
                    let holder = match spec.labels.as_ref().and_then(|l| l.get(labels::STACK)) {
                        Some(other) => format!("Swarm service '{name}' of berth stack '{other}'"),
                        None => format!("Swarm service '{name}'"),
                    };
                    busy.push(super::BusyPort { service: svc.name.clone(), port, holder: Some(holder) });
                }
            }
        }
        Ok(busy)
    }

    /// Removes the stack's Swarm services (when the engine manages a swarm) and waits for
    /// their tasks to go on every node, so the networks can follow. With `volumes`, also the
    /// volumes tasks made on other nodes, through a node's own engine where it names one
    /// (`node_volumes`); the rest are named.
    pub(super) async fn remove_swarm_services(
        &self,
        stack: &str,
        volumes: bool,
        events: &tokio::sync::mpsc::Sender<Event>,
    ) -> Result<(), EngineError> {
        // No swarm, or none this node manages: no Swarm service of the stack to remove.
        let cluster = match self.swarm().await {
            Ok(cluster) => cluster,
            Err(EngineError::NotSwarm { .. } | EngineError::NotManager { .. }) => return Ok(()),
            Err(e) => return Err(e),
        };
        let services = self.swarm_services(stack).await?;
        if services.is_empty() {
            return Ok(());
        }
        let mut elsewhere = BTreeMap::new();
        for service in services.values() {
            let id = service.id.clone().unwrap_or_default();
            let name = service.spec.as_ref().and_then(|s| s.name.clone()).unwrap_or_else(|| id.clone());
            if volumes {
                self.volumes_elsewhere(service, &cluster, &mut elsewhere).await;
            }
            match self.docker.delete_service(&id).await {
                Ok(()) | Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => {}
                Err(e) => {
                    return Err(EngineError::Docker { action: format!("remove Swarm service {name}"), source: e })
                }
            }
            let _ = events.send(Event::Stack(StackEvent::SwarmServiceRemoved(name))).await;
        }
        // Swarm stops the tasks on its own time, node by node; the stack's networks cannot go
        // before them (here), and a worker drops its copy of a network after its last task.
        let ids: BTreeSet<String> = services.values().filter_map(|s| s.id.clone()).collect();
        for _ in 0..300 {
            // Not filtered by service: the engine resolves a `service` filter to a service,
            // and these are removed already, though their tasks are still listed.
            let tasks = self
                .docker
                .list_tasks(None::<bollard::query_parameters::ListTasksOptions>)
                .await
                .map_err(EngineError::docker("list the stack's Swarm tasks"))?;
            let tasks_left = tasks.iter().any(|t| t.service_id.as_ref().is_some_and(|s| ids.contains(s)));
            if !tasks_left && self.stack_containers(stack).await?.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        for node in elsewhere.into_values() {
            self.remove_node_volumes(stack, node, events).await;
        }
        Ok(())
    }
}

impl Engine {
    /// The image the service's tasks run. An image berth built lives on the node berth talks
    /// to; on a cluster of several nodes it is pushed to the stack's registry for the others.
    pub(crate) async fn image_for_cluster(
        &self,
        cluster: &Cluster,
        stack: &Stack,
        svc: &crate::stack::Service,
        events: &tokio::sync::mpsc::Sender<Event>,
    ) -> Result<String, Failure> {
        let image = super::images::image_ref(stack, svc);
        if svc.build.is_none() || !cluster.multi_node() {
            return Ok(image);
        }
        let Some(registry) = &stack.registry else {
            return Err(Failure::new(format!(
                "'{}' is built here, and the other {} node(s) of the swarm cannot get it without a registry",
                svc.name,
                cluster.nodes.len() - 1
            ))
            .with_hint("name one the nodes can pull from: `x-berth: {registry: HOST:PORT}` in the stack file"));
        };
        let (repo, tag) = super::images::split_reference(&image);
        let pushed_repo = format!("{}/{}", registry.trim_end_matches('/'), repo);
        let options =
            bollard::query_parameters::TagImageOptions { repo: Some(pushed_repo.clone()), tag: Some(tag.clone()) };
        self.docker.tag_image(&image, Some(options)).await.map_err(|e| {
            Failure::new(format!("cannot tag {image} for {registry}: {}", super::images::docker_message(&e)))
        })?;
        let pushed = format!("{pushed_repo}:{tag}");
        let _ = events
            .send(Event::Service {
                service: svc.name.clone(),
                event: super::ServiceEvent::Pushing { image: pushed.clone() },
            })
            .await;
        self.push_image(&pushed).await.map_err(|message| {
            Failure::new(format!("cannot push {pushed}: {message}"))
                .with_hint("check that the registry answers and that every node trusts it (an http registry must be in each engine's insecure-registries)")
        })?;
        Ok(pushed)
    }
}

/// The routing mesh balances through IPVS; without it in the kernel, ingress ports and virtual
/// IPs accept connections that go nowhere. Only a local engine's kernel can be looked at:
/// elsewhere berth publishes in host mode, which works on every cluster.
fn ingress_support(local: bool) -> Publishing {
    if local && std::path::Path::new("/proc/net/ip_vs").exists() {
        Publishing::Ingress
    } else {
        Publishing::Host
    }
}

/// What `doctor` says of the engine's swarm.
pub async fn describe(engine: &Engine) -> String {
    match engine.swarm().await {
        Ok(c) => {
            let ready = c.nodes.iter().filter(|n| n.ready).count();
            let ports = match c.publishing {
                Publishing::Ingress => "ingress routing mesh available (IPVS): ports published through it",
                Publishing::Host => {
                    "no ingress routing mesh (no IPVS in a local kernel, or a remote cluster): ports published in host mode on the node a task runs on"
                }
            };
            format!("manager of a swarm of {} node(s), {ready} ready; {ports}", c.nodes.len())
        }
        Err(e) => e.to_string(),
    }
}

impl Failure {
    /// A task Swarm could not place or run, with what it said.
    pub(crate) fn swarm(reason: impl Into<String>) -> Failure {
        Failure::new(reason)
            .with_hint("`docker service ps --no-trunc SERVICE` shows every task Swarm tried and why it stopped")
    }
}
