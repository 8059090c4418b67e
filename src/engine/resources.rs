//! The stack's shared resources: its networks and volumes, and finding its containers.

use bollard::models::{ContainerSummary, Network, NetworkCreateRequest, VolumeCreateRequest};
use bollard::query_parameters::{ListContainersOptions, ListNetworksOptions, ListVolumesOptions};
use tokio::sync::mpsc;

use super::events::{Event, StackEvent};
use super::patience::patiently;
use super::{labels, Engine, EngineError};
use crate::stack::Stack;

/// What `down` takes down.
#[derive(Debug, Clone, Default)]
pub struct DownOptions {
    /// Also the stack's named volumes (only when no service is named).
    pub volumes: bool,
    /// Only these services' containers; the whole stack when empty.
    pub services: Vec<String>,
    /// Seconds each container gets to stop, instead of its own grace period.
    pub timeout: Option<u32>,
}

impl Engine {
    /// Every container carrying the stack's labels, running or not.
    pub async fn stack_containers(&self, stack: &str) -> Result<Vec<ContainerSummary>, EngineError> {
        self.stack_containers_once(stack).await.map_err(EngineError::docker("list the stack's containers"))
    }

    /// [`Engine::stack_containers`], asked again while the engine is away (engine::patience).
    pub(super) async fn stack_containers_patiently(
        &self,
        stack: &str,
        events: &mpsc::Sender<Event>,
    ) -> Result<Vec<ContainerSummary>, EngineError> {
        patiently("list the stack's containers", Some(events), || self.stack_containers_once(stack))
            .await
            .map_err(EngineError::docker("list the stack's containers"))
    }

    async fn stack_containers_once(&self, stack: &str) -> Result<Vec<ContainerSummary>, bollard::errors::Error> {
        let options =
            ListContainersOptions { all: true, filters: Some(labels::stack_filter(stack)), ..Default::default() };
        self.docker.list_containers(Some(options)).await
    }

    /// The networks named exactly `name`: more than one when an engine that does not refuse
    /// duplicate names (before API 1.44) took two creates at once.
    async fn networks_named(&self, name: &str, events: &mpsc::Sender<Event>) -> Result<Vec<Network>, EngineError> {
        let filters: Option<std::collections::HashMap<String, Vec<String>>> =
            Some([("name".to_string(), vec![name.to_string()])].into());
        let action = format!("look up network '{name}'");
        let found = patiently(&action, Some(events), || {
            self.docker.list_networks(Some(ListNetworksOptions { filters: filters.clone() }))
        })
        .await
        .map_err(EngineError::docker(action))?;
        // The engine's name filter matches part of a name.
        Ok(found.into_iter().filter(|n| n.name.as_deref() == Some(name)).collect())
    }

    /// Heals networks of one name the stack owns several of: the oldest stays, the others go
    /// with the stack's containers on them (up makes those again, on the one kept). A twin
    /// holding a container that is not the stack's is left, and the up refused.
    /// Returns whether a container was removed.
    async fn remove_twins(
        &self,
        stack: &Stack,
        name: &str,
        mut twins: Vec<Network>,
        events: &mpsc::Sender<Event>,
    ) -> Result<bool, EngineError> {
        twins.sort_by(|a, b| a.created.cmp(&b.created));
        let mut removed_containers = false;
        for twin in twins.into_iter().skip(1) {
            let Some(id) = twin.id else { continue };
            let inspected = self
                .docker
                .inspect_network(&id, None::<bollard::query_parameters::InspectNetworkOptions>)
                .await
                .map_err(EngineError::docker(format!("inspect network '{name}' ({id})")))?;
            for container in inspected.containers.unwrap_or_default().into_keys() {
                let labels = self.docker.inspect_container(&container, None).await.ok().and_then(|c| c.config?.labels);
                if !labels::owned_by(labels.as_ref(), &stack.name) {
                    return Err(EngineError::NotOurs { kind: "network twin's container", name: container });
                }
                let options =
                    bollard::query_parameters::RemoveContainerOptions { force: true, v: false, ..Default::default() };
                self.docker
                    .remove_container(&container, Some(options))
                    .await
                    .map_err(EngineError::docker(format!("remove container {container} from a duplicate network")))?;
                removed_containers = true;
            }
            self.docker
                .remove_network(&id)
                .await
                .map_err(EngineError::docker(format!("remove duplicate network '{name}' ({id})")))?;
            let _ = events.send(Event::Stack(StackEvent::DuplicateNetworkRemoved { name: name.to_string(), id })).await;
        }
        Ok(removed_containers)
    }

    /// Creates the networks the stack needs that do not exist yet; refuses a same-named network
    /// that is not ours, and heals duplicates of ours. Returns whether healing removed containers.
    /// On a Swarm the stack's networks are overlays (attachable, so `exec`'d tools and seed
    /// helpers can join them) unless the file names a driver.
    pub(super) async fn ensure_networks(
        &self,
        stack: &Stack,
        events: &mpsc::Sender<Event>,
    ) -> Result<bool, EngineError> {
        let mut removed_containers = false;
        let on_swarm = stack.engine == crate::stack::deploy::EngineKind::Swarm;
        let mut wanted: Vec<String> = Vec::new();
        for svc in &stack.services {
            for joined in super::container_spec::service_networks(stack, svc) {
                if !wanted.contains(&joined.network) {
                    wanted.push(joined.network);
                }
            }
        }
        for name in wanted {
            let external = stack.networks.iter().any(|n| n.external && stack.network_name(&n.name) == name);
            // A network the file names itself (`name:`) is meant to be shared: one that exists is
            // joined, as compose does, and left to its owner (down removes only what carries our labels).
            let shared = stack.networks.iter().any(|n| n.docker_name.as_deref() == Some(name.as_str()));
            let found = self.networks_named(&name, events).await?;
            if !found.is_empty() && (external || shared) {
                continue;
            }
            if found.iter().any(|n| !labels::owned_by(n.labels.as_ref(), &stack.name)) {
                return Err(EngineError::NotOurs { kind: "network", name });
            }
            match found.len() {
                0 if external => {
                    return Err(EngineError::Docker {
                        action: format!("find external network '{name}'"),
                        source: bollard::errors::Error::DockerResponseServerError {
                            status_code: 404,
                            message: "create it first (docker network create)".into(),
                        },
                    })
                }
                0 => {}
                1 => continue,
                _ => {
                    removed_containers |= self.remove_twins(stack, &name, found, events).await?;
                    continue;
                }
            }
            let def = stack.networks.iter().find(|n| stack.network_name(&n.name) == name);
            let mut all_labels: std::collections::HashMap<String, String> =
                def.map(|d| d.labels.clone().into_iter().collect()).unwrap_or_default();
            all_labels.extend(labels::for_stack(&stack.name));
            // compose's, so `docker compose -p STACK down` knows the network as the project's.
            let key = def.map_or("default", |d| d.name.as_str());
            all_labels.insert("com.docker.compose.project".into(), stack.name.clone());
            all_labels.insert("com.docker.compose.network".into(), key.to_string());
            let request = NetworkCreateRequest {
                name: name.clone(),
                driver: def.and_then(|d| d.driver.clone()).or_else(|| on_swarm.then(|| "overlay".to_string())),
                labels: Some(all_labels),
                options: def.map(|d| d.driver_opts.clone().into_iter().collect()),
                internal: def.map(|d| d.internal),
                attachable: if on_swarm { Some(true) } else { def.map(|d| d.attachable) },
                enable_ipv6: def.map(|d| d.enable_ipv6),
                ipam: def.and_then(|d| d.ipam.as_ref()).map(|ipam| bollard::models::Ipam {
                    driver: ipam.driver.clone(),
                    config: Some(
                        ipam.pools
                            .iter()
                            .map(|p| bollard::models::IpamConfig {
                                subnet: p.subnet.clone(),
                                ip_range: p.ip_range.clone(),
                                gateway: p.gateway.clone(),
                                ..Default::default()
                            })
                            .collect(),
                    ),
                    ..Default::default()
                }),
                ..Default::default()
            };
            let action = format!("create network '{name}'");
            patiently(&action, Some(events), || self.docker.create_network(request.clone()))
                .await
                .map_err(EngineError::docker(action))?;
            let _ = events.send(Event::Stack(StackEvent::NetworkCreated(name))).await;
        }
        Ok(removed_containers)
    }

    pub(super) async fn ensure_volumes(&self, stack: &Stack, events: &mpsc::Sender<Event>) -> Result<(), EngineError> {
        for def in stack.volumes.iter().filter(|v| !v.external) {
            let name = stack.volume_name(&def.name);
            let look_up = format!("look up volume '{name}'");
            match patiently(&look_up, Some(events), || self.docker.inspect_volume(&name)).await {
                Ok(v) if def.docker_name.is_some() || labels::owned_by(Some(&v.labels), &stack.name) => continue,
                Ok(_) => return Err(EngineError::NotOurs { kind: "volume", name }),
                Err(_) => {}
            }
            let mut all_labels: std::collections::HashMap<String, String> = def.labels.clone().into_iter().collect();
            all_labels.extend(labels::for_stack(&stack.name));
            all_labels.insert("com.docker.compose.project".into(), stack.name.clone());
            all_labels.insert("com.docker.compose.volume".into(), def.name.clone());
            let request = VolumeCreateRequest {
                name: Some(name.clone()),
                driver: def.driver.clone(),
                labels: Some(all_labels),
                driver_opts: (!def.driver_opts.is_empty()).then(|| def.driver_opts.clone().into_iter().collect()),
                ..Default::default()
            };
            let action = format!("create volume '{name}'");
            patiently(&action, Some(events), || self.docker.create_volume(request.clone()))
                .await
                .map_err(EngineError::docker(action))?;
            let _ = events.send(Event::Stack(StackEvent::VolumeCreated(name))).await;
        }
        Ok(())
    }

    /// Removes the stack's containers and networks, and with `volumes` its volumes — found by label only.
    pub async fn down(&self, stack: &str, volumes: bool, events: &mpsc::Sender<Event>) -> Result<(), EngineError> {
        self.take_down(stack, &DownOptions { volumes, ..DownOptions::default() }, events).await
    }

    /// `down` as asked: with services named, only their containers go (networks and volumes
    /// stay, as compose leaves them); `timeout` replaces each container's grace period.
    pub async fn take_down(
        &self,
        stack: &str,
        asked: &DownOptions,
        events: &mpsc::Sender<Event>,
    ) -> Result<(), EngineError> {
        let volumes = asked.volumes && asked.services.is_empty();
        // Labels are the truth, not the file: a stack once deployed to this engine's swarm goes too.
        if asked.services.is_empty() {
            self.remove_swarm_services(stack, volumes, events).await?;
        }
        // Every request below is sent again while the engine is away (see engine::patience), so
        // an engine restarting during `down` delays it instead of leaving half the stack.
        let docker = &self.docker;
        let mut containers = self.stack_containers_patiently(stack, events).await?;
        if !asked.services.is_empty() {
            containers.retain(|c| {
                let one_off = c.labels.as_ref().and_then(|l| l.get(labels::ONE_OFF));
                labels::service_of(c)
                    .or(one_off.map(String::as_str))
                    .is_some_and(|s| asked.services.iter().any(|n| n == s))
            });
        }
        let stop_options = bollard::query_parameters::StopContainerOptions {
            t: asked.timeout.map(|t| i32::try_from(t).unwrap_or(i32::MAX)),
            ..Default::default()
        };
        // As compose does: each container first gets its stop signal and its grace period
        // (`stop_signal`, `stop_grace_period`, the engine's 10 s otherwise), all at once; then
        // it is removed. A stop that fails (already stopped, gone, the engine away) leaves the
        // removal to decide.
        let stops = containers
            .iter()
            .filter_map(|c| c.id.as_deref())
            .map(|id| docker.stop_container(id, Some(stop_options.clone())));
        futures_util::future::join_all(stops).await;
        for c in containers {
            let Some(id) = c.id else { continue };
            let name = c.names.and_then(|n| n.first().cloned()).unwrap_or_else(|| id.clone());
            let options =
                bollard::query_parameters::RemoveContainerOptions { force: true, v: true, ..Default::default() };
            let action = format!("remove container {name}");
            match patiently(&action, Some(events), || docker.remove_container(&id, Some(options.clone()))).await {
                Ok(()) => {}
                Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => {}
                Err(e) => return Err(EngineError::Docker { action, source: e }),
            }
            let _ =
                events.send(Event::Stack(StackEvent::ContainerRemoved(name.trim_start_matches('/').to_string()))).await;
        }
        if !asked.services.is_empty() {
            return Ok(());
        }
        let filter = Some(labels::stack_filter(stack));
        let networks = patiently("list the stack's networks", Some(events), || {
            docker.list_networks(Some(ListNetworksOptions { filters: filter.clone() }))
        })
        .await
        .map_err(EngineError::docker("list the stack's networks"))?;
        for net in networks {
            let (Some(name), Some(id)) = (net.name, net.id) else { continue };
            // By id: a name two networks share is ambiguous to the engine.
            let action = format!("remove network {name}");
            patiently(&action, Some(events), || docker.remove_network(&id))
                .await
                .map_err(EngineError::docker(action))?;
            let _ = events.send(Event::Stack(StackEvent::NetworkRemoved(name))).await;
        }
        if volumes {
            let list = patiently("list the stack's volumes", Some(events), || {
                docker.list_volumes(Some(ListVolumesOptions { filters: filter.clone() }))
            })
            .await
            .map_err(EngineError::docker("list the stack's volumes"))?;
            for vol in list.volumes.unwrap_or_default() {
                let action = format!("remove volume {}", vol.name);
                patiently(&action, Some(events), || {
                    docker.remove_volume(&vol.name, None::<bollard::query_parameters::RemoveVolumeOptions>)
                })
                .await
                .map_err(EngineError::docker(action))?;
                let _ = events.send(Event::Stack(StackEvent::VolumeRemoved(vol.name))).await;
            }
        }
        Ok(())
    }

    /// Removes an image `down --rmi` names; one still used by a container is left, and said.
    pub async fn remove_image_if_unused(&self, image: &str) -> Result<Option<String>, EngineError> {
        match self.docker.remove_image(image, None::<bollard::query_parameters::RemoveImageOptions>, None).await {
            Ok(_) => Ok(None),
            Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => Ok(None),
            Err(bollard::errors::Error::DockerResponseServerError { status_code: 409, message }) => Ok(Some(message)),
            Err(e) => Err(EngineError::Docker { action: format!("remove image {image}"), source: e }),
        }
    }

    /// The name berth gives `svc`'s container, when a container berth did not make for this
    /// stack holds it.
    pub async fn stranger_container(&self, stack: &Stack, svc: &crate::stack::Service) -> Option<String> {
        let name = stack.container_name(svc);
        let found = self.docker.inspect_container(&name, None).await.ok()?;
        let labels = found.config.and_then(|c| c.labels);
        (!labels::owned_by(labels.as_ref(), &stack.name)).then_some(name)
    }

    /// Containers, networks and volumes under the names this stack would use that berth did not
    /// create for it: what `down` leaves alone, named so the user knows why it is still there.
    pub async fn strangers(&self, stack: &Stack) -> Vec<String> {
        let owned = |l: Option<&std::collections::HashMap<String, String>>| labels::owned_by(l, &stack.name);
        let mut out = Vec::new();
        for svc in &stack.services {
            if let Some(name) = self.stranger_container(stack, svc).await {
                out.push(format!("container {name}"));
            }
        }
        let mut networks = vec![stack.network_name("default")];
        networks.extend(stack.networks.iter().filter(|n| !n.external).map(|n| stack.network_name(&n.name)));
        for name in networks {
            if let Ok(n) = self.docker.inspect_network(&name, None).await {
                if !owned(n.labels.as_ref()) {
                    out.push(format!("network {name}"));
                }
            }
        }
        for v in stack.volumes.iter().filter(|v| !v.external) {
            let name = stack.volume_name(&v.name);
            if let Ok(vol) = self.docker.inspect_volume(&name).await {
                if !owned(Some(&vol.labels)) {
                    out.push(format!("volume {name}"));
                }
            }
        }
        out
    }
}
