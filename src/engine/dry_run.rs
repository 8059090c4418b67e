//! `--dry-run`: what `up` and `down` would do, found by looking only — images, containers,
//! networks and volumes inspected and compared with what the stack file asks, nothing made,
//! started, stopped or removed.

use super::container_spec::{container_spec, service_networks};
use super::images::image_ref;
use super::up::{selection_with, Recreate, UpOptions};
use super::{labels, ContainerState, Engine, EngineError};
use crate::stack::Stack;

/// One thing the command would do, as a line to print.
pub type PlanLine = String;

impl Engine {
    /// What `up` with `options` would do to the stack, in start order.
    pub async fn up_plan(&self, stack: &Stack, options: &UpOptions) -> Result<Vec<PlanLine>, EngineError> {
        let selected = selection_with(stack, &options.services, !options.no_deps)?;
        let existing = self.stack_containers(&stack.name).await?;
        let mut plan = Vec::new();
        let mut networks: Vec<String> = Vec::new();
        let mut volumes: Vec<String> = Vec::new();
        for svc in stack.services.iter().filter(|s| selected.contains(&s.name)) {
            networks.extend(service_networks(stack, svc).into_iter().map(|n| n.network));
            for mount in &svc.volumes {
                if let crate::stack::MountSource::Volume(v) = &mount.source {
                    volumes.push(stack.volume_name(v));
                }
            }
        }
        networks.sort();
        networks.dedup();
        volumes.sort();
        volumes.dedup();
        for network in networks {
            if self.docker.inspect_network(&network, None).await.is_err() {
                plan.push(format!("network {network} would be created"));
            }
        }
        for volume in volumes {
            if self.docker.inspect_volume(&volume).await.is_err() {
                plan.push(format!("volume {volume} would be created"));
            }
        }
        for svc in stack.services.iter().filter(|s| selected.contains(&s.name)) {
            let name = &svc.name;
            if let Some(kind) = &svc.runtime.provider {
                plan.push(format!("{name}: provided by '{kind}': berth would refuse to start it"));
                continue;
            }
            let image = image_ref(stack, svc);
            let image_id = self.docker.inspect_image(&image).await.ok().and_then(|i| i.id);
            let found = existing.iter().find(|c| labels::service_of(c) == Some(name.as_str()));
            let fetch = match (&image_id, svc.build.is_some(), options.build && svc.build.is_some()) {
                (_, _, true) | (None, true, _) => Some(format!("image {image} would be built")),
                (None, false, _) => Some(format!("image {image} would be pulled")),
                _ => None,
            };
            let named = options.covers(name);
            let changed = match (&image_id, found) {
                (Some(id), Some(c)) => {
                    let (_, hash) = container_spec(stack, svc, &image, id);
                    c.labels.as_ref().and_then(|l| l.get(labels::CONFIG_HASH)) != Some(&hash)
                }
                _ => true,
            };
            let start = if options.no_start { "" } else { " and started" };
            let action = match found {
                None => format!("container would be created{start}"),
                Some(_) if options.recreate == Recreate::Always && named => {
                    format!("container would be recreated (--force-recreate){start}")
                }
                Some(c) if !changed || options.recreate == Recreate::Never => match ContainerState::of(c) {
                    ContainerState::Running => "container unchanged, left running".to_string(),
                    _ if options.no_start => "container unchanged, left as it is".to_string(),
                    _ => "container unchanged, would be started".to_string(),
                },
                Some(_) => format!("container would be recreated (its configuration changed){start}"),
            };
            let mut line = format!("{name}: ");
            if let Some(fetch) = fetch {
                line.push_str(&fetch);
                line.push_str(", ");
            }
            line.push_str(&action);
            plan.push(line);
        }
        Ok(plan)
    }

    /// What `down` would remove: the stack's containers (of `services` only, when named), and
    /// without services its networks and, with `volumes`, its volumes — found by label.
    pub async fn down_plan(
        &self,
        stack: &str,
        asked: &super::resources::DownOptions,
    ) -> Result<Vec<PlanLine>, EngineError> {
        let mut plan = Vec::new();
        for c in self.stack_containers(stack).await? {
            let service = labels::service_of(&c).map(str::to_string);
            let one_off = c.labels.as_ref().and_then(|l| l.get(labels::ONE_OFF)).cloned();
            let of = service.or(one_off).unwrap_or_default();
            if asked.services.is_empty() || asked.services.contains(&of) {
                plan.push(format!("container {} would be stopped and removed", labels::container_name(&c)));
            }
        }
        if !asked.services.is_empty() {
            return Ok(plan);
        }
        let filter = Some(labels::stack_filter(stack));
        let networks = self
            .docker
            .list_networks(Some(bollard::query_parameters::ListNetworksOptions { filters: filter.clone() }))
            .await
            .map_err(EngineError::docker("list the stack's networks"))?;
        plan.extend(networks.into_iter().filter_map(|n| n.name).map(|n| format!("network {n} would be removed")));
        if asked.volumes {
            let options = bollard::query_parameters::ListVolumesOptions { filters: filter };
            let list = self
                .docker
                .list_volumes(Some(options))
                .await
                .map_err(EngineError::docker("list the stack's volumes"))?;
            plan.extend(
                list.volumes.unwrap_or_default().into_iter().map(|v| format!("volume {} would be removed", v.name)),
            );
        }
        Ok(plan)
    }
}
