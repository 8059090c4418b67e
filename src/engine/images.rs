//! Making sure a service's image exists: used if present, pulled if not, built when the service builds.

use std::time::Instant;

use bollard::query_parameters::{BuildImageOptions, CreateImageOptions};
use bollard::Docker;
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::build_context::stream_context;
use super::buildkit::{syntax_directive, BuildFailed, BuildRequest, Outcome};
use super::events::{Event, Failure, ServiceEvent};
use crate::stack::runtime::PullPolicy;
use crate::stack::{Service, Stack};

/// The image a service runs: its `image:`, or for a build without one, `<stack>-<service>:latest`.
pub fn image_ref(stack: &Stack, svc: &Service) -> String {
    svc.image.clone().unwrap_or_else(|| format!("{}-{}:latest", stack.name, svc.name))
}

/// `registry:5000/repo:tag` → (`registry:5000/repo`, `tag`); a digest stays with the repository.
pub fn split_reference(reference: &str) -> (String, String) {
    if reference.contains('@') {
        return (reference.to_string(), String::new());
    }
    match reference.rsplit_once(':') {
        Some((repo, tag)) if !tag.contains('/') => (repo.to_string(), tag.to_string()),
        _ => (reference.to_string(), "latest".to_string()),
    }
}

pub struct ImageRequest<'a> {
    pub docker: &'a Docker,
    /// The engine's address, for the BuildKit session bollard cannot open for us.
    pub endpoint: super::buildkit::wire::Target<'a>,
    pub stack: &'a Stack,
    pub svc: &'a Service,
    pub force_build: bool,
    pub no_cache: bool,
    /// `up --pull`: this policy for every service instead of its own.
    pub pull: Option<PullPolicy>,
    /// `up --no-build`: a missing image is an error rather than built.
    pub no_build: bool,
    pub events: &'a mpsc::Sender<Event>,
}

impl ImageRequest<'_> {
    async fn emit(&self, event: ServiceEvent) {
        let _ = self.events.send(Event::Service { service: self.svc.name.clone(), event }).await;
    }

    /// The image's id once it is present.
    pub async fn ensure(&self) -> Result<String, Failure> {
        let image = image_ref(self.stack, self.svc);
        let look_up = format!("look up image {image}");
        let inspected =
            super::patience::patiently(&look_up, Some(self.events), || self.docker.inspect_image(&image)).await.ok();
        let present = inspected.as_ref().and_then(|i| i.id.clone());
        let policy = self.pull.unwrap_or(self.svc.runtime.pull_policy);
        let stale = match (policy, &inspected) {
            (PullPolicy::Always | PullPolicy::Refresh, _) => true,
            (PullPolicy::Every(every), Some(found)) => image_age(found).is_none_or(|age| age >= every),
            _ => false,
        };
        match (present, &self.svc.build) {
            (_, Some(_)) if policy == PullPolicy::Build || self.force_build => self.build(&image).await,
            (Some(id), _) if !stale => Ok(id),
            (None, _) if policy == PullPolicy::Never => {
                Err(Failure::new(format!("image '{image}' is not present and the service's pull_policy is never"))
                    .with_hint("build or load the image (docker load), or change pull_policy"))
            }
            (Some(id), _) if policy == PullPolicy::Never => Ok(id),
            // A missing image of a service that builds is built, as compose does; one the
            // policy calls stale is pulled, then built when the pull fails.
            (None, Some(_)) => self.build(&image).await,
            (Some(_), Some(_)) => match self.pull(&image).await {
                Ok(id) => Ok(id),
                Err(_) => self.build(&image).await,
            },
            (_, None) => self.pull(&image).await,
        }
    }

    async fn image_id(&self, image: &str) -> Result<String, Failure> {
        self.docker
            .inspect_image(image)
            .await
            .ok()
            .and_then(|i| i.id)
            .ok_or_else(|| Failure::new(format!("image '{image}' is missing after it was made")))
    }

    async fn pull(&self, image: &str) -> Result<String, Failure> {
        self.emit(ServiceEvent::Pulling { image: image.to_string() }).await;
        let (repo, tag) = split_reference(image);
        let options = CreateImageOptions {
            from_image: Some(repo),
            tag: Some(tag),
            platform: self.svc.runtime.platform.clone().unwrap_or_default(),
            ..CreateImageOptions::default()
        };
        let mut stream = self.docker.create_image(Some(options), None, None);
        while let Some(item) = stream.next().await {
            match item {
                Ok(info) => {
                    if let Some(err) = info.error_detail.and_then(|d| d.message) {
                        return Err(pull_failure(image, &err));
                    }
                    let detail = info.progress_detail.unwrap_or_default();
                    self.emit(ServiceEvent::PullProgress {
                        image: image.to_string(),
                        layer: info.id.unwrap_or_default(),
                        status: info.status.unwrap_or_default(),
                        current: detail.current.and_then(|c| u64::try_from(c).ok()),
                        total: detail.total.and_then(|t| u64::try_from(t).ok()),
                    })
                    .await;
                }
                Err(e) => return Err(pull_failure(image, &docker_message(&e))),
            }
        }
        self.emit(ServiceEvent::Pulled { image: image.to_string() }).await;
        self.image_id(image).await
    }

    async fn build(&self, image: &str) -> Result<String, Failure> {
        let Some(build) = &self.svc.build else {
            return self.pull(image).await;
        };
        if self.no_build {
            return Err(Failure::new(format!("image '{image}' would have to be built, and --no-build forbids it"))
                .with_hint("build it first (`berth build`), or leave out --no-build"));
        }
        self.emit(ServiceEvent::Building { image: image.to_string() }).await;
        let started = Instant::now();
        let dockerfile = build.dockerfile.clone().unwrap_or_else(|| "Dockerfile".into());
        if let Err(e) = std::fs::read_dir(&build.context) {
            let failure = Failure::new(format!("cannot read build context {}: {e}", build.context.display()));
            return Err(failure.with_hint("check 'build.context' in the stack file"));
        }
        let request = BuildRequest {
            endpoint: self.endpoint,
            service: &self.svc.name,
            image,
            build,
            dockerfile: &dockerfile,
            no_cache: self.no_cache,
            context: &build.context,
            events: self.events,
        };
        match request.run().await {
            Ok(Outcome::Built { steps, cached }) => {
                self.emit(ServiceEvent::Built { image: image.to_string(), took: started.elapsed(), steps, cached })
                    .await;
                return self.image_id(image).await;
            }
            Ok(Outcome::Unsupported(reason)) => {
                self.emit(ServiceEvent::ClassicBuilder { reason: reason.to_string() }).await
            }
            Err(failed) => {
                let text = std::fs::read_to_string(build.context.join(&dockerfile)).unwrap_or_default();
                return Err(buildkit_failure(image, failed, syntax_directive(&text)));
            }
        }
        let dockerfile_name = dockerfile.clone();
        let options = BuildImageOptions {
            dockerfile,
            t: Some(image.to_string()),
            buildargs: Some(build.args.clone().into_iter().collect()),
            target: build.target.clone().unwrap_or_default(),
            nocache: self.no_cache || build.no_cache,
            pull: build.pull.then(|| "1".to_string()),
            memory: build.memory.map(|m| i32::try_from(m).unwrap_or(i32::MAX)),
            labels: Some(build.labels.clone().into_iter().collect()),
            cachefrom: Some(build.cache_from.clone()),
            rm: true,
            forcerm: true,
            ..BuildImageOptions::default()
        };
        let mut stream = self.docker.build_image(
            options,
            None,
            Some(bollard::body_try_stream(stream_context(build.context.clone(), dockerfile_name))),
        );
        let mut last_lines: Vec<String> = Vec::new();
        while let Some(item) = stream.next().await {
            let info = match item {
                Ok(info) => info,
                Err(e) => return Err(build_failure(image, &docker_message(&e), last_lines)),
            };
            if let Some(err) = info.error_detail.and_then(|d| d.message) {
                return Err(build_failure(image, &err, last_lines));
            }
            if let Some(text) = info.stream {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    last_lines.push(line.to_string());
                    if last_lines.len() > 20 {
                        last_lines.remove(0);
                    }
                    self.emit(ServiceEvent::BuildOutput { line: line.to_string() }).await;
                }
            }
        }
        let built = ServiceEvent::Built { image: image.to_string(), took: started.elapsed(), steps: 0, cached: 0 };
        self.emit(built).await;
        self.image_id(image).await
    }
}

/// The result, its failure told to whoever follows the events.
async fn reported(
    result: Result<String, Failure>,
    service: &str,
    events: &mpsc::Sender<Event>,
) -> Result<String, Failure> {
    if let Err(f) = &result {
        let event = Event::Service { service: service.to_string(), event: ServiceEvent::Failed(f.clone()) };
        let _ = events.send(event).await;
    }
    result
}

impl super::Engine {
    fn image_request<'a>(
        &'a self,
        stack: &'a Stack,
        svc: &'a Service,
        force_build: bool,
        no_cache: bool,
        events: &'a mpsc::Sender<Event>,
    ) -> ImageRequest<'a> {
        ImageRequest {
            docker: &self.docker,
            endpoint: self.wire_target(),
            stack,
            svc,
            force_build,
            no_cache,
            pull: None,
            no_build: false,
            events,
        }
    }

    /// Builds the images of `services` (every service with `build:` when empty), all at once
    /// as compose does (the engine's BuildKit runs their steps side by side), without
    /// starting anything: each service's image id or why it failed, in the stack's order.
    pub async fn build(
        &self,
        stack: &Stack,
        services: &[String],
        no_cache: bool,
        events: &mpsc::Sender<Event>,
    ) -> Vec<(String, Result<String, Failure>)> {
        let chosen =
            stack.services.iter().filter(|s| s.build.is_some() && (services.is_empty() || services.contains(&s.name)));
        let builds = chosen.map(|svc| async move {
            let _turn = self.turn().await;
            let result = self.image_request(stack, svc, true, no_cache, events).ensure().await;
            (svc.name.clone(), reported(result, &svc.name, events).await)
        });
        futures_util::future::join_all(builds).await
    }

    /// Pushes `image` (REPO[:TAG]) to its registry; the registry's words when it fails.
    pub async fn push_image(&self, image: &str) -> Result<(), String> {
        let (repo, tag) = split_reference(image);
        let options = bollard::query_parameters::PushImageOptions { tag: Some(tag), ..Default::default() };
        // The engine wants an auth header even for a registry without auth.
        let credentials = Some(bollard::auth::DockerCredentials::default());
        let mut stream = self.docker.push_image(&repo, Some(options), credentials);
        while let Some(item) = stream.next().await {
            let failed = match item {
                Ok(info) => info.error_detail.and_then(|d| d.message),
                Err(e) => Some(docker_message(&e)),
            };
            if let Some(message) = failed {
                return Err(message);
            }
        }
        Ok(())
    }

    /// Whether the engine has this image (by reference or id).
    pub async fn has_image(&self, image: &str) -> bool {
        self.docker.inspect_image(image).await.is_ok()
    }

    /// Pulls the images of `services` (every service with `image:` and no `build:` when
    /// empty), as `compose pull` does: each service's image id or why it failed.
    pub async fn pull(
        &self,
        stack: &Stack,
        services: &[String],
        events: &mpsc::Sender<Event>,
    ) -> Vec<(String, Result<String, Failure>)> {
        let mut results = Vec::new();
        for svc in stack.services.iter().filter(|s| s.image.is_some()) {
            let named = services.contains(&svc.name);
            if (!services.is_empty() && !named) || (services.is_empty() && svc.build.is_some()) {
                continue;
            }
            let request = self.image_request(stack, svc, false, false, events);
            let result = request.pull(&image_ref(stack, svc)).await;
            results.push((svc.name.clone(), reported(result, &svc.name, events).await));
        }
        results
    }
}

/// The message Docker sent, without bollard's wrapping.
pub fn docker_message(e: &bollard::errors::Error) -> String {
    match e {
        bollard::errors::Error::DockerResponseServerError { message, .. } => message.clone(),
        bollard::errors::Error::DockerStreamError { error } => error.clone(),
        other => other.to_string(),
    }
}

/// How long ago the image was last tagged (pulled or built) here, by the engine's clock.
fn image_age(image: &bollard::models::ImageInspect) -> Option<std::time::Duration> {
    let stamp = image.metadata.as_ref().and_then(|m| m.last_tag_time.as_deref()).or(image.created.as_deref())?;
    let then = chrono::DateTime::parse_from_rfc3339(stamp).ok()?;
    let age = chrono::Utc::now().signed_duration_since(then);
    age.to_std().ok()
}

fn pull_failure(image: &str, reason: &str) -> Failure {
    let lower = reason.to_lowercase();
    let hint = if lower.contains("unauthorized") || lower.contains("authentication") || lower.contains("denied") {
        "log in to the registry (docker login), or check that the image name is right"
    } else if lower.contains("toomanyrequests") || lower.contains("rate limit") {
        "the registry's pull rate limit was hit: log in (docker login) or wait, or pre-load the image"
    } else if lower.contains("not found") || lower.contains("manifest unknown") {
        "check the image name and tag; for the default stack, see LOCALSTACK_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE"
    } else {
        "no registry is reachable from the engine: pre-load the image (docker load / docker build), or point the stack's image variable at a local image (e.g. --env-file target/berth-test/images.env)"
    };
    Failure::new(format!("failed to pull image '{image}': {reason}")).with_hint(hint)
}

/// A failed BuildKit build, told as the step that failed, or as the frontend image a
/// `# syntax=` line asked for when that is what could not be had.
fn buildkit_failure(image: &str, failed: BuildFailed, syntax: Option<String>) -> Failure {
    match (failed.step, syntax) {
        (Some(step), _) => Failure {
            // "executor failed running [the command again]: exit code: 3": the step names the command.
            reason: format!(
                "failed to build image '{image}': step {} failed: {}",
                step.name,
                step.error.rfind("exit code:").map_or(step.error.as_str(), |at| &step.error[at..])
            ),
            hint: Some("the step's last output is below; fix it, then `berth build` or `berth up --build`".into()),
            exit_code: None,
            last_logs: step.last_lines,
        },
        (None, Some(frontend)) => Failure::new(format!(
            "failed to build image '{image}': the Dockerfile's `# syntax={frontend}` line needs the BuildKit frontend image {frontend}, which could not be had: {}",
            failed.reason
        ))
        .with_hint(
            "remove the `# syntax=` line (the engine's built-in Dockerfile frontend supports RUN --mount), or pre-load that image into the engine (docker load)",
        ),
        (None, None) => Failure::new(format!("failed to build image '{image}': {}", failed.reason))
            .with_hint("`berth build` shows each step; `berth up --build` rebuilds"),
    }
}

fn build_failure(image: &str, reason: &str, last_lines: Vec<String>) -> Failure {
    Failure {
        reason: format!("failed to build image '{image}': {reason}"),
        hint: Some("fix the Dockerfile step above; `berth up --build` rebuilds".into()),
        exit_code: None,
        last_logs: last_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_references() {
        assert_eq!(split_reference("redis:7-alpine"), ("redis".into(), "7-alpine".into()));
        assert_eq!(split_reference("redis"), ("redis".into(), "latest".into()));
        assert_eq!(split_reference("127.0.0.1:9/none:latest"), ("127.0.0.1:9/none".into(), "latest".into()));
        assert_eq!(split_reference("127.0.0.1:9/none"), ("127.0.0.1:9/none".into(), "latest".into()));
        assert_eq!(split_reference("x@sha256:abc"), ("x@sha256:abc".into(), String::new()));
    }
}
