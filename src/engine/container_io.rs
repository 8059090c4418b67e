//! What compose's `attach`, `commit` and `export` do with a service's container: its streams
//! joined while it runs, its changes made an image, its filesystem as a tar archive.

use bollard::query_parameters::{AttachContainerOptionsBuilder, CommitContainerOptions};
use futures_util::{Stream, StreamExt};

use super::{Engine, EngineError};

/// `commit`'s options, as compose's.
#[derive(Debug, Clone, Default)]
pub struct CommitRequest {
    /// REPOSITORY[:TAG] of the new image; none leaves it nameless, as the engine does.
    pub reference: Option<String>,
    pub author: Option<String>,
    pub message: Option<String>,
    /// Dockerfile instructions applied to the image (`CMD …`, `ENV …`).
    pub changes: Vec<String>,
    /// Pause the container while its filesystem is read (compose's default).
    pub pause: bool,
}

impl Engine {
    /// Joins a container's output (and its input, with `stdin`), as `docker attach`: a running
    /// service's, or a one-off's before it starts; `detach_keys` (the engine's default
    /// ctrl-p,ctrl-q otherwise) leave it running.
    pub async fn attach_running(
        &self,
        id: &str,
        stdin: bool,
        detach_keys: Option<&str>,
    ) -> Result<bollard::container::AttachContainerResults, EngineError> {
        let mut options = AttachContainerOptionsBuilder::new().stream(true).stdin(stdin).stdout(true).stderr(true);
        if let Some(keys) = detach_keys {
            options = options.detach_keys(keys);
        }
        self.docker
            .attach_container(id, Some(options.build()))
            .await
            .map_err(EngineError::docker("attach to the container"))
    }

    /// Whether the container was made with a terminal (`tty: true`).
    pub async fn has_tty(&self, id: &str) -> Result<bool, EngineError> {
        let inspected =
            self.docker.inspect_container(id, None).await.map_err(EngineError::docker("inspect the container"))?;
        Ok(inspected.config.and_then(|c| c.tty).unwrap_or(false))
    }

    /// The container's exit code when it has ended; `None` while it runs (a detached attach).
    pub async fn exit_code_if_ended(&self, id: &str) -> Result<Option<i64>, EngineError> {
        let inspected =
            self.docker.inspect_container(id, None).await.map_err(EngineError::docker("inspect the container"))?;
        let state = inspected.state.unwrap_or_default();
        match state.running.unwrap_or(false) {
            true => Ok(None),
            false => Ok(Some(state.exit_code.unwrap_or(0))),
        }
    }

    /// A new image from the container's changes; its id.
    pub async fn commit(&self, id: &str, request: &CommitRequest) -> Result<String, EngineError> {
        let (repo, tag) = match &request.reference {
            Some(reference) => {
                let (repo, tag) = super::images::split_reference(reference);
                (Some(repo), Some(tag))
            }
            None => (None, None),
        };
        let options = CommitContainerOptions {
            container: Some(id.to_string()),
            repo,
            tag,
            comment: request.message.clone(),
            author: request.author.clone(),
            pause: request.pause,
            changes: (!request.changes.is_empty()).then(|| request.changes.join("\n")),
        };
        let made = self
            .docker
            .commit_container(options, bollard::models::ContainerConfig::default())
            .await
            .map_err(EngineError::docker("commit the container"))?;
        Ok(made.id)
    }

    /// The stack's volumes (those carrying its labels), sorted by name.
    pub async fn stack_volumes(&self, stack: &str) -> Result<Vec<bollard::models::Volume>, EngineError> {
        let options =
            bollard::query_parameters::ListVolumesOptions { filters: Some(super::labels::stack_filter(stack)) };
        let listed =
            self.docker.list_volumes(Some(options)).await.map_err(EngineError::docker("list the stack's volumes"))?;
        let mut volumes = listed.volumes.unwrap_or_default();
        volumes.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(volumes)
    }

    /// The container's filesystem as a tar stream.
    pub fn export(&self, id: &str) -> impl Stream<Item = Result<bytes::Bytes, EngineError>> + '_ {
        self.docker.export_container(id).map(|chunk| chunk.map_err(EngineError::docker("export the container")))
    }
}
