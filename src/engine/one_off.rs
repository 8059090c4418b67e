//! `run`: a one-off container of a service, as compose makes it — the service's settings
//! with the command, entrypoint, variables, user and folder the command line gives, no
//! published ports unless asked, no restart policy, on the service's networks with its
//! files. It carries the stack's labels (so `down` removes it, and nothing else is
//! touched) and `ONE_OFF` instead of the service label, so nothing takes it for the
//! service's own container.

use bollard::models::{HostConfig, PortBinding, RestartPolicy, RestartPolicyNameEnum};
use bollard::query_parameters::CreateContainerOptions;

use super::container_spec::{container_spec, service_networks};
use super::images::{docker_message, image_ref, ImageRequest};
use super::{labels, Engine, EngineError};
use crate::stack::{Service, Stack};

/// What the command line asks of the one-off container.
#[derive(Debug, Clone, Default)]
pub struct OneOff {
    pub service: String,
    /// The command and its arguments; the service's own when empty.
    pub command: Vec<String>,
    pub entrypoint: Option<Vec<String>>,
    /// `KEY=VALUE` (or `KEY`, taken from berth's environment) added to the service's.
    pub env: Vec<String>,
    pub labels: Vec<(String, String)>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub tty: bool,
    /// Keep stdin open and attached (compose's `-i`, on by default).
    pub interactive: bool,
    /// Publish the service's own ports (`--service-ports`).
    pub service_ports: bool,
    /// `[IP:][HOST:]CONTAINER[/PROTO]`, as `-p` gives them.
    pub publish: Vec<String>,
    /// The container's name; `<stack>-<service>-run-<12 hex>` by default, as compose names it.
    pub name: Option<String>,
    /// `SOURCE:TARGET[:MODE]` bind mounts or volumes (`-v`), relative sources from the project.
    pub volumes: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    /// Known by the service's name and aliases too (`--use-aliases`).
    pub use_aliases: bool,
    /// Build the image first (`--build`).
    pub build: bool,
    pub pull: Option<crate::stack::runtime::PullPolicy>,
}

/// A one-off container made and not yet started.
#[derive(Debug, Clone)]
pub struct OneOffContainer {
    pub id: String,
    pub name: String,
}

impl OneOff {
    /// The create request: the service's own, changed as the command line asks.
    fn body(
        &self,
        stack: &Stack,
        svc: &Service,
        image: &str,
        image_id: &str,
        name: &str,
    ) -> bollard::models::ContainerCreateBody {
        let (mut body, _) = container_spec(stack, svc, image, image_id);
        // Known on the networks by its own name only, as compose's one-offs: never as the
        // service, unless --use-aliases asks for the service's names too.
        let endpoints = body.networking_config.iter_mut().flat_map(|n| n.endpoints_config.iter_mut().flatten());
        for (_, endpoint) in endpoints {
            let mut aliases = vec![name.to_string()];
            if self.use_aliases {
                aliases.extend(endpoint.aliases.take().unwrap_or_default());
            }
            endpoint.aliases = Some(aliases);
        }
        let mut carried = body.labels.take().unwrap_or_default();
        carried.remove(labels::SERVICE);
        carried.remove(labels::CONFIG_HASH);
        carried.insert(labels::ONE_OFF.into(), svc.name.clone());
        carried.insert(labels::COMPOSE_ONE_OFF.into(), "True".into());
        carried.extend(self.labels.iter().cloned());
        body.labels = Some(carried);
        if !self.command.is_empty() {
            body.cmd = Some(self.command.clone());
        }
        if let Some(entrypoint) = &self.entrypoint {
            body.entrypoint = Some(entrypoint.clone());
            // As with `docker run --entrypoint`: the image's command goes with its entrypoint.
            if self.command.is_empty() && svc.command.is_none() {
                body.cmd = Some(Vec::new());
            }
        }
        if !self.env.is_empty() {
            let mut env = body.env.take().unwrap_or_default();
            for given in &self.env {
                let entry = match given.split_once('=') {
                    Some(_) => Some(given.clone()),
                    None => std::env::var(given).ok().map(|v| format!("{given}={v}")),
                };
                let Some(entry) = entry else { continue };
                let key = entry.split('=').next().unwrap_or_default().to_string();
                env.retain(|e| e.split('=').next() != Some(key.as_str()));
                env.push(entry);
            }
            body.env = Some(env);
        }
        if self.user.is_some() {
            body.user = self.user.clone();
        }
        if self.workdir.is_some() {
            body.working_dir = self.workdir.clone();
        }
        body.tty = Some(self.tty);
        body.open_stdin = Some(self.interactive);
        body.stdin_once = Some(self.interactive);
        body.attach_stdin = Some(self.interactive);
        body.attach_stdout = Some(true);
        body.attach_stderr = Some(true);
        let host = body.host_config.get_or_insert_with(HostConfig::default);
        host.restart_policy = Some(RestartPolicy { name: Some(RestartPolicyNameEnum::NO), maximum_retry_count: None });
        for given in &self.volumes {
            let Ok((source, rest)) = split_volume(given) else { continue };
            let source = match source.starts_with('.') || source.starts_with('~') {
                true => stack.dir.join(source).display().to_string(),
                false if source.starts_with('/') => source.to_string(),
                false => stack.volume_name(source),
            };
            host.binds.get_or_insert_with(Vec::new).push(format!("{source}:{rest}"));
        }
        host.cap_add.get_or_insert_with(Vec::new).extend(self.cap_add.iter().cloned());
        host.cap_drop.get_or_insert_with(Vec::new).extend(self.cap_drop.iter().cloned());
        if !self.service_ports {
            host.port_bindings = None;
        }
        let mut bindings = host.port_bindings.take().unwrap_or_default();
        let mut exposed = body.exposed_ports.take().unwrap_or_default();
        for given in &self.publish {
            let Ok(spec) = crate::stack::fields::port_short(given) else { continue };
            for (host_port, container_port) in spec.expand() {
                let key = format!("{container_port}/{}", spec.protocol.as_str());
                if !exposed.contains(&key) {
                    exposed.push(key.clone());
                }
                bindings.entry(key).or_insert_with(|| Some(Vec::new())).get_or_insert_with(Vec::new).push(
                    PortBinding {
                        host_ip: spec.host_ip.clone(),
                        host_port: Some(host_port.map(|p| p.to_string()).unwrap_or_default()),
                    },
                );
            }
        }
        host.port_bindings = (!bindings.is_empty()).then_some(bindings);
        body.exposed_ports = (!exposed.is_empty()).then_some(exposed);
        body
    }

    /// `-p` values that are no port, `-v` values that are no mount: said before anything is made.
    pub fn check(&self) -> Result<(), EngineError> {
        for given in &self.publish {
            crate::stack::fields::port_short(given).map_err(|e| EngineError::CannotRun(format!("-p {given}: {e}")))?;
        }
        for given in &self.volumes {
            split_volume(given).map_err(|e| EngineError::CannotRun(format!("-v {given}: {e}")))?;
        }
        Ok(())
    }
}

/// `SOURCE:TARGET[:MODE]` → (SOURCE, `TARGET[:MODE]`), the target absolute and the mode one
/// the engine takes.
fn split_volume(given: &str) -> Result<(&str, &str), String> {
    let Some((source, rest)) = given.split_once(':') else {
        return Err("expected SOURCE:TARGET[:MODE] (an anonymous volume needs no -v)".into());
    };
    let (target, mode) = rest.split_once(':').unwrap_or((rest, ""));
    if source.is_empty() || !target.starts_with('/') {
        return Err("expected SOURCE:TARGET[:MODE], the target an absolute path in the container".into());
    }
    let known = ["", "ro", "rw", "z", "Z", "nocopy"];
    match mode.split(',').all(|m| known.contains(&m)) {
        true => Ok((source, rest)),
        false => Err(format!("mode '{mode}': expected ro, rw, z, Z or nocopy")),
    }
}

/// 12 hex digits, as compose's one-off names end.
fn run_suffix() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let mixed = (nanos ^ (u128::from(std::process::id()) << 64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    format!("{:012x}", (mixed >> 32) as u64 & 0xFFFF_FFFF_FFFF)
}

impl Engine {
    /// Makes the one-off container (its image built or pulled as `up` would), on the
    /// service's networks with its files; not started.
    pub async fn create_one_off(
        &self,
        stack: &Stack,
        run: &OneOff,
        events: &tokio::sync::mpsc::Sender<super::Event>,
    ) -> Result<OneOffContainer, EngineError> {
        run.check()?;
        let svc = stack.service(&run.service).ok_or_else(|| EngineError::UnknownService(run.service.clone()))?;
        let fail = |reason: String| EngineError::CannotRun(reason);
        let request = ImageRequest {
            docker: &self.docker,
            endpoint: self.wire_target(),
            stack,
            svc,
            force_build: run.build,
            no_cache: false,
            pull: run.pull,
            no_build: false,
            events,
        };
        let image_id = request.ensure().await.map_err(|f| fail(f.reason))?;
        // With --no-deps on a stack not yet up, its networks and volumes are made here.
        self.ensure_networks(stack, events).await?;
        self.ensure_volumes(stack, events).await?;
        let name = run.name.clone().unwrap_or_else(|| format!("{}-{}-run-{}", stack.name, svc.name, run_suffix()));
        let body = run.body(stack, svc, &image_ref(stack, svc), &image_id, &name);
        let options = CreateContainerOptions {
            name: Some(name.clone()),
            platform: svc.runtime.platform.clone().unwrap_or_default(),
        };
        let created = self
            .docker
            .create_container(Some(options), body)
            .await
            .map_err(|e| fail(format!("failed to create container '{name}': {}", docker_message(&e))))?;
        let configured = self.join_and_copy(stack, svc, &created.id, &name).await;
        if let Err(reason) = configured {
            let _ = self.remove_one_off(&created.id).await;
            return Err(fail(reason));
        }
        Ok(OneOffContainer { id: created.id, name })
    }

    /// The networks beyond the first, and the service's files, as `up` gives its container.
    async fn join_and_copy(&self, stack: &Stack, svc: &Service, id: &str, name: &str) -> Result<(), String> {
        for mut wanted in service_networks(stack, svc).into_iter().skip(1) {
            wanted.endpoint.aliases = Some(vec![name.to_string()]);
            let request = bollard::models::NetworkConnectRequest {
                container: id.to_string(),
                endpoint_config: Some(wanted.endpoint),
            };
            self.docker
                .connect_network(&wanted.network, request)
                .await
                .map_err(|e| format!("failed to connect to network '{}': {}", wanted.network, docker_message(&e)))?;
        }
        super::container_files::copy_in(&self.docker, id, svc).await.map_err(|f| f.reason)
    }

    /// Attaches to the one-off's streams (before it starts, so no output is missed).
    pub async fn attach_one_off(
        &self,
        id: &str,
        interactive: bool,
    ) -> Result<bollard::container::AttachContainerResults, EngineError> {
        self.attach_running(id, interactive, None).await
    }

    pub async fn start_one_off(&self, id: &str) -> Result<(), EngineError> {
        self.docker.start_container(id, None).await.map_err(EngineError::docker("start the container"))
    }

    /// A container's exit code once it has ended (at once when it already has).
    pub async fn wait_for_exit(&self, id: &str) -> Result<i64, EngineError> {
        use futures_util::StreamExt;
        let mut waited = self.docker.wait_container(id, None);
        match waited.next().await {
            Some(Ok(r)) => return Ok(r.status_code),
            // bollard reports a non-zero exit as an error carrying the code.
            Some(Err(bollard::errors::Error::DockerContainerWaitError { code, .. })) => return Ok(code),
            Some(Err(e)) => return Err(EngineError::Docker { action: "wait for the container".into(), source: e }),
            None => {}
        }
        let inspected =
            self.docker.inspect_container(id, None).await.map_err(EngineError::docker("inspect the container"))?;
        Ok(inspected.state.and_then(|s| s.exit_code).unwrap_or(0))
    }

    pub async fn resize_one_off(&self, id: &str, width: u16, height: u16) -> Result<(), EngineError> {
        let options = bollard::query_parameters::ResizeContainerTTYOptionsBuilder::new()
            .w(i32::from(width))
            .h(i32::from(height))
            .build();
        self.docker.resize_container_tty(id, options).await.map_err(EngineError::docker("size the terminal"))
    }

    pub async fn remove_one_off(&self, id: &str) -> Result<(), EngineError> {
        let options = bollard::query_parameters::RemoveContainerOptions { force: true, v: true, ..Default::default() };
        self.docker.remove_container(id, Some(options)).await.map_err(EngineError::docker("remove the container"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stack() -> Stack {
        let text = "services:\n  app:\n    image: alpine\n    command: [serve]\n    ports: ['8080:80']\n    restart: always\n    environment: {A: one, B: two}\n";
        let vars = crate::stack::interpolate::Vars::default();
        crate::stack::load_str(text, std::path::Path::new("s.yaml"), std::path::Path::new("/p"), &vars).unwrap().stack
    }

    #[test]
    fn the_one_off_is_the_service_changed_as_the_command_line_asks() {
        let stack = stack();
        let svc = &stack.services[0];
        let run = OneOff {
            service: "app".into(),
            command: vec!["migrate".into(), "--all".into()],
            env: vec!["B=changed".into(), "C=new".into()],
            user: Some("1000".into()),
            publish: vec!["127.0.0.1:9000:90".into()],
            ..OneOff::default()
        };
        let body = run.body(&stack, svc, "alpine", "sha256:x", "s-app-run-1");
        let labels = body.labels.clone().unwrap();
        assert_eq!(labels.get(labels::ONE_OFF).map(String::as_str), Some("app"));
        assert!(!labels.contains_key(labels::SERVICE) && !labels.contains_key(labels::CONFIG_HASH));
        assert_eq!(body.cmd, Some(vec!["migrate".to_string(), "--all".to_string()]));
        let mut env = body.env.clone().unwrap();
        env.sort();
        assert_eq!(env, ["A=one", "B=changed", "C=new"]);
        assert_eq!(body.user.as_deref(), Some("1000"));
        let endpoints = body.networking_config.clone().and_then(|n| n.endpoints_config).unwrap();
        assert!(endpoints.values().all(|e| e.aliases == Some(vec!["s-app-run-1".to_string()])), "{endpoints:?}");
        let host = body.host_config.unwrap();
        assert_eq!(host.restart_policy.and_then(|r| r.name), Some(RestartPolicyNameEnum::NO));
        // The service's own 8080 is not published; -p's 9000 is.
        let bindings = host.port_bindings.unwrap();
        assert_eq!(bindings.keys().collect::<Vec<_>>(), ["90/tcp"]);
        let with_ports =
            OneOff { service_ports: true, ..OneOff::default() }.body(&stack, svc, "alpine", "sha256:x", "s-app-run-1");
        assert!(with_ports.host_config.unwrap().port_bindings.unwrap().contains_key("80/tcp"));
    }

    #[test]
    fn one_off_names_end_in_twelve_hex_digits() {
        let suffix = run_suffix();
        assert_eq!(suffix.len(), 12, "{suffix}");
        assert!(suffix.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
