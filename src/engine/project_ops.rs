//! What compose's `ls`, `images`, `top` and `cp` ask of the engine, on berth's stacks: the
//! stacks berth made on this engine, the images of a stack's containers, their processes,
//! and files copied out of or into a service's container (as tar archives, the engine's
//! own format for it).

use std::collections::BTreeMap;

use bollard::models::ContainerSummary;
use bollard::query_parameters::{
    ContainerArchiveInfoOptionsBuilder, DownloadFromContainerOptionsBuilder, ListContainersOptions, TopOptionsBuilder,
    UploadToContainerOptionsBuilder,
};
use futures_util::StreamExt;

use super::{labels, ContainerState, Engine, EngineError};
use crate::stack::Stack;

/// One stack berth made on this engine, as `ls` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackSummary {
    pub name: String,
    /// Containers per state (`running`, `exited` …), as compose counts them.
    pub states: BTreeMap<String, usize>,
    /// The stack files it was brought up from, comma-separated (compose's label).
    pub config_files: String,
}

impl StackSummary {
    /// `running(2)`, `exited(1), running(1)`: compose's STATUS column.
    pub fn status(&self) -> String {
        self.states.iter().map(|(state, n)| format!("{state}({n})")).collect::<Vec<_>>().join(", ")
    }
}

/// The image a service's container runs, as `images` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerImage {
    pub container: String,
    pub repository: String,
    pub tag: String,
    pub platform: String,
    pub id: String,
    pub size: i64,
    /// When the image was last tagged (RFC 3339), which compose shows as CREATED.
    pub last_tag_time: String,
}

/// A container's processes, as `top` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processes {
    pub service: String,
    pub titles: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What a path in a container is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    Missing,
    File,
    Folder,
}

/// A path in a container as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathStat {
    pub kind: PathKind,
    /// Where a symbolic link points, as an absolute path in the container.
    pub link_target: Option<String>,
}

/// Go's `os.ModeDir`, as the engine reports a folder's mode.
const GO_MODE_DIR: u32 = 1 << 31;

impl Engine {
    /// Every stack berth made on this engine (by its labels), with its containers' states;
    /// `all`: also stacks with no running container.
    pub async fn stacks_here(&self, all: bool) -> Result<Vec<StackSummary>, EngineError> {
        let filters = [("label".to_string(), vec![format!("{}=true", labels::MANAGED)])].into();
        let options = ListContainersOptions { all: true, filters: Some(filters), ..Default::default() };
        let containers =
            self.docker.list_containers(Some(options)).await.map_err(EngineError::docker("list containers"))?;
        let mut stacks: BTreeMap<String, StackSummary> = BTreeMap::new();
        for c in &containers {
            let Some(name) = c.labels.as_ref().and_then(|l| l.get(labels::STACK)) else { continue };
            let summary = stacks.entry(name.clone()).or_insert_with(|| StackSummary {
                name: name.clone(),
                states: BTreeMap::new(),
                config_files: String::new(),
            });
            *summary.states.entry(ContainerState::of(c).to_string()).or_default() += 1;
            if summary.config_files.is_empty() {
                let files = c.labels.as_ref().and_then(|l| l.get("com.docker.compose.project.config_files"));
                summary.config_files = files.cloned().unwrap_or_default();
            }
        }
        Ok(stacks.into_values().filter(|s| all || s.states.contains_key("running")).collect())
    }

    /// The service containers of `stack` (all services when `services` is empty), by service
    /// name, as compose lists them.
    async fn service_containers(
        &self,
        stack: &Stack,
        services: &[String],
    ) -> Result<Vec<ContainerSummary>, EngineError> {
        let mut found = self.stack_containers(&stack.name).await?;
        found.retain(|c| labels::service_of(c).is_some_and(|s| services.is_empty() || services.iter().any(|n| n == s)));
        found.sort_by(|a, b| labels::service_of(a).cmp(&labels::service_of(b)));
        Ok(found)
    }

    pub async fn container_images(
        &self,
        stack: &Stack,
        services: &[String],
    ) -> Result<Vec<ContainerImage>, EngineError> {
        let mut out = Vec::new();
        for c in self.service_containers(stack, services).await? {
            let image_id = c.image_id.clone().unwrap_or_default();
            let image = self.docker.inspect_image(&image_id).await.map_err(EngineError::docker("inspect an image"))?;
            let reference = c.image.clone().unwrap_or_default();
            let (repository, tag) = match image.repo_tags.as_ref().and_then(|t| t.first()) {
                Some(first) => super::images::split_reference(first),
                None => super::images::split_reference(&reference),
            };
            out.push(ContainerImage {
                container: c
                    .names
                    .as_ref()
                    .and_then(|n| n.first())
                    .map(|n| n.trim_start_matches('/').to_string())
                    .unwrap_or_default(),
                repository,
                tag,
                platform: format!("{}/{}", image.os.unwrap_or_default(), image.architecture.unwrap_or_default()),
                id: image.id.unwrap_or(image_id),
                size: image.size.unwrap_or(0),
                last_tag_time: image.metadata.and_then(|m| m.last_tag_time).or(image.created).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    pub async fn processes(&self, stack: &Stack, services: &[String]) -> Result<Vec<Processes>, EngineError> {
        let mut out = Vec::new();
        for c in self.service_containers(stack, services).await? {
            if ContainerState::of(&c) != ContainerState::Running {
                continue;
            }
            let service = labels::service_of(&c).unwrap_or_default().to_string();
            let id = c.id.clone().unwrap_or_default();
            let options = TopOptionsBuilder::new().ps_args("-ef").build();
            let top = self
                .docker
                .top_processes(&id, Some(options))
                .await
                .map_err(EngineError::docker(format!("list the processes of '{service}'")))?;
            out.push(Processes {
                service,
                titles: top.titles.unwrap_or_default(),
                rows: top.processes.unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// Whether `path` in the container is a file, a folder, or nothing.
    pub async fn path_kind(&self, container: &str, path: &str) -> Result<PathKind, EngineError> {
        Ok(self.path_stat(container, path).await?.kind)
    }

    /// What `path` in the container is, and where it points when it is a symbolic link
    /// (a relative target resolved against its folder, for `cp -L`).
    pub async fn path_stat(&self, container: &str, path: &str) -> Result<PathStat, EngineError> {
        let options = ContainerArchiveInfoOptionsBuilder::new().path(path).build();
        let stat = match self.docker.get_container_archive_info(container, Some(options)).await {
            Ok(stat) => stat,
            Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => {
                return Ok(PathStat { kind: PathKind::Missing, link_target: None })
            }
            Err(e) => {
                return Err(EngineError::Docker { action: format!("look at {path} in the container"), source: e })
            }
        };
        let kind = if stat.file_mode & GO_MODE_DIR != 0 { PathKind::Folder } else { PathKind::File };
        let folder = std::path::Path::new(path).parent().unwrap_or(std::path::Path::new("/"));
        let link_target = (!stat.link_target.is_empty())
            .then(|| folder.join(std::path::Path::new(&stat.link_target)).display().to_string());
        Ok(PathStat { kind, link_target })
    }

    /// `path` in the container as a tar archive (a folder with everything under it).
    pub async fn copy_out(&self, container: &str, path: &str) -> Result<Vec<u8>, EngineError> {
        let options = DownloadFromContainerOptionsBuilder::new().path(path).build();
        let mut stream = self.docker.download_from_container(container, Some(options));
        let mut archive = Vec::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk
                .map_err(|e| EngineError::Docker { action: format!("copy {path} out of the container"), source: e })?;
            archive.extend_from_slice(&chunk);
        }
        Ok(archive)
    }

    /// Unpacks `archive` into the folder `dir` of the container.
    /// With `keep_owners` (`cp -a`) the engine gives the files the owners the archive names.
    pub async fn copy_in(
        &self,
        container: &str,
        dir: &str,
        archive: Vec<u8>,
        keep_owners: bool,
    ) -> Result<(), EngineError> {
        let mut options = UploadToContainerOptionsBuilder::new().path(dir);
        if keep_owners {
            options = options.copy_uidgid("true");
        }
        let options = options.build();
        self.docker
            .upload_to_container(container, Some(options), bollard::body_full(archive.into()))
            .await
            .map_err(EngineError::docker(format!("copy into {dir} in the container")))
    }
}

/// A container event of the stack, as compose's `events` reports one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackEventLine {
    /// `create`, `start`, `die`, `health_status: healthy` …, as the engine names it.
    pub action: String,
    pub id: String,
    pub service: String,
    pub image: String,
    pub name: String,
    /// Nanoseconds since the epoch.
    pub time_nanos: i64,
}

impl Engine {
    /// The stack's container events (its one-offs' too), as they happen: from now on, or
    /// from `since` (Unix seconds), ending at `until` when one is given.
    pub fn stack_events(
        &self,
        stack: &str,
        since: Option<i64>,
        until: Option<i64>,
    ) -> impl futures_util::Stream<Item = Result<StackEventLine, EngineError>> + Send + 'static {
        let filters = [
            ("type".to_string(), vec!["container".to_string()]),
            ("label".to_string(), vec![format!("{}={stack}", labels::STACK), format!("{}=true", labels::MANAGED)]),
        ]
        .into();
        let options = bollard::query_parameters::EventsOptions {
            filters: Some(filters),
            since: since.map(|s| s.to_string()),
            until: until.map(|u| u.to_string()),
        };
        self.docker.events(Some(options)).map(|message| {
            let message = message.map_err(EngineError::docker("follow the engine's events"))?;
            let actor = message.actor.unwrap_or_default();
            let attributes = actor.attributes.unwrap_or_default();
            let get = |key: &str| attributes.get(key).cloned().unwrap_or_default();
            let service = attributes.get(labels::SERVICE).or_else(|| attributes.get(labels::ONE_OFF)).cloned();
            Ok(StackEventLine {
                action: message.action.unwrap_or_default(),
                id: actor.id.unwrap_or_default(),
                service: service.unwrap_or_default(),
                image: get("image"),
                name: get("name"),
                time_nanos: message.time_nano.unwrap_or_else(|| message.time.unwrap_or(0) * 1_000_000_000),
            })
        })
    }
}
