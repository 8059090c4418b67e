//! `up`: every selected service created, started and ready, in dependency
//! order, independent services in parallel, unchanged containers left alone.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bollard::models::ContainerSummary;
use bollard::query_parameters::{CreateContainerOptions, RemoveContainerOptions};
use tokio::sync::{mpsc, watch, Mutex};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::container_spec::{container_spec, service_networks};
use super::events::{Event, Failure, ServiceEvent};
use super::images::{docker_message, image_ref, ImageRequest};
use super::patience::patiently;
use super::readiness::{Readiness, Workload};
use super::swarm::{self, Cluster};
use super::timings::ServiceTiming;
use super::{labels, ContainerState, Engine, EngineError};
use crate::stack::{Condition, Stack};

/// Work that is not a container but takes its place in the dependency graph (seeding).
pub struct Step {
    pub name: String,
    /// Services that must be ready first.
    pub after: Vec<String>,
    /// Services that start only once the step is done.
    pub before: Vec<String>,
    pub run: StepRun,
}

/// A step's work. It begins with the up, so a part that needs only one of the step's
/// services can run as soon as that one is ready ([`Gates::ready`]); the step counts as
/// ready once the work is done and every service it waits for is ready.
pub type StepRun =
    Box<dyn FnOnce(mpsc::Sender<Event>, Gates) -> Pin<Box<dyn Future<Output = Result<(), Failure>> + Send>> + Send>;

/// The readiness of the services a step waits for, for the step's work to wait on one of them.
#[derive(Clone)]
pub struct Gates {
    phases: HashMap<String, watch::Receiver<Phase>>,
}

impl Gates {
    /// Resolves once `service` is ready (or a one-shot completed); an error when it failed or
    /// was skipped. A service the step does not wait for is taken as ready.
    pub async fn ready(&self, service: &str) -> Result<(), Failure> {
        let Some(rx) = self.phases.get(service) else { return Ok(()) };
        let mut rx = rx.clone();
        loop {
            match *rx.borrow_and_update() {
                Phase::Ready | Phase::Completed => return Ok(()),
                Phase::Failed => return Err(Failure::new(format!("dependency '{service}' failed"))),
                _ => {}
            }
            if rx.changed().await.is_err() {
                return Err(Failure::new(format!("the up ended before '{service}' was ready")));
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct UpOptions {
    /// Services to bring up (with what they depend on); empty means all.
    pub services: Vec<String>,
    pub build: bool,
    pub no_cache: bool,
    pub timeout: Duration,
    /// Return once containers are started (compose's `up -d`): a service's readiness is
    /// awaited only when a dependant's condition or a step needs it.
    pub started_only: bool,
    /// What becomes of containers of services no longer in the stack file.
    pub orphans: OrphanPolicy,
    /// When a service's existing container is made again.
    pub recreate: Recreate,
    /// Only the named services, not what they depend on (`--no-deps`).
    pub no_deps: bool,
    /// Make the containers and start none (`create`, `up --no-start`).
    pub no_start: bool,
    /// `--pull`: one pull policy for every service instead of each one's own.
    pub pull: Option<crate::stack::runtime::PullPolicy>,
    /// `--no-build`: a missing image that would be built is an error instead.
    pub no_build: bool,
    /// `-V`: anonymous volumes made anew instead of taken from the old container.
    pub renew_anon_volumes: bool,
    /// `--always-recreate-deps`: `recreate` holds for the dependencies too, not only the
    /// services named.
    pub recreate_deps: bool,
}

impl UpOptions {
    /// Whether `recreate` holds for this service: one named (all when none are), or any with
    /// `--always-recreate-deps`.
    pub fn covers(&self, service: &str) -> bool {
        self.services.is_empty() || self.recreate_deps || self.services.iter().any(|s| s == service)
    }
}

/// When `up` makes a service's container again (compose's `--force-recreate`, `--no-recreate`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Recreate {
    /// When its configuration changed (the config hash differs).
    #[default]
    Changed,
    /// Always, for the services named (all when none are); their dependencies when changed.
    Always,
    /// Never: an existing container is kept whatever changed.
    Never,
}

/// Containers of services the stack file no longer has: said (the default), let be
/// (`COMPOSE_IGNORE_ORPHANS`), or removed (`--remove-orphans`, `COMPOSE_REMOVE_ORPHANS`).
#[derive(Debug, Clone, Default)]
pub struct OrphanPolicy {
    pub action: OrphanAction,
    /// Services the file has but left out (their profile is off): never orphans.
    pub known: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OrphanAction {
    #[default]
    Warn,
    Ignore,
    Remove,
}

/// What running a service's workload came to.
enum Placed {
    Running(Vec<Workload>),
    /// A one-shot Swarm task had already finished by the time it was looked at.
    Completed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Ready,
    /// Created and started; readiness not awaited (`up -d`, nothing needed it ready).
    Started,
    /// Created and not started (`create`, `up --no-start`).
    Created,
    Completed,
    Failed(Failure),
    /// Not started because a dependency failed.
    Skipped(String),
    /// Still not ready when `up` stopped waiting: the last thing known about it.
    Pending(String),
}

impl Outcome {
    /// Whether the service came to what the up asked of it.
    pub fn went_well(&self) -> bool {
        matches!(self, Outcome::Ready | Outcome::Started | Outcome::Created | Outcome::Completed)
    }
}

#[derive(Debug, Default)]
pub struct UpReport {
    pub outcomes: BTreeMap<String, Outcome>,
    pub timed_out: bool,
    pub interrupted: bool,
    /// When each service's gate opened, it ran and it was ready, from the start of the up.
    pub timings: BTreeMap<String, ServiceTiming>,
}

impl UpReport {
    pub fn all_ready(&self) -> bool {
        !self.timed_out && !self.interrupted && self.outcomes.values().all(Outcome::went_well)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Pending,
    Started,
    Ready,
    Completed,
    Failed,
}

fn satisfies(phase: Phase, condition: Condition) -> bool {
    match condition {
        Condition::Started => matches!(phase, Phase::Started | Phase::Ready | Phase::Completed),
        Condition::Healthy => matches!(phase, Phase::Ready | Phase::Completed),
        Condition::Completed => phase == Phase::Completed,
    }
}

/// The services to start: the selection and everything it depends on, in file order.
pub fn selection(stack: &Stack, wanted: &[String]) -> Result<Vec<String>, EngineError> {
    selection_with(stack, wanted, true)
}

/// As [`selection`]; without `dependencies`, the named services alone (`--no-deps`).
pub fn selection_with(stack: &Stack, wanted: &[String], dependencies: bool) -> Result<Vec<String>, EngineError> {
    if wanted.is_empty() {
        return Ok(stack.services.iter().map(|s| s.name.clone()).collect());
    }
    let mut chosen: Vec<String> = Vec::new();
    let mut todo: Vec<String> = wanted.to_vec();
    while let Some(name) = todo.pop() {
        let svc = stack.service(&name).ok_or_else(|| EngineError::UnknownService(name.clone()))?;
        if !chosen.contains(&name) {
            chosen.push(name);
            if dependencies {
                todo.extend(svc.depends_on.iter().map(|d| d.service.clone()));
            }
        }
    }
    Ok(stack.services.iter().filter(|s| chosen.contains(&s.name)).map(|s| s.name.clone()).collect())
}

/// Gives `body` the anonymous volumes of the container it replaces, at the same places: where
/// the new container asks for an anonymous volume too, or mounts nothing of its own.
fn inherit_anonymous_volumes(
    body: &mut bollard::models::ContainerCreateBody,
    old: &Option<bollard::models::ContainerInspectResponse>,
) {
    let Some(old) = old else { return };
    let host = body.host_config.get_or_insert_with(Default::default);
    let mut taken: Vec<String> = host.mounts.iter().flatten().filter_map(|m| m.target.clone()).collect();
    taken.extend(host.binds.iter().flatten().filter_map(|b| b.split(':').nth(1).map(str::to_string)));
    taken.extend(host.tmpfs.iter().flat_map(|t| t.keys().cloned()));
    for point in old.mounts.iter().flatten() {
        let anonymous =
            point.name.as_deref().is_some_and(|n| n.len() == 64 && n.chars().all(|c| c.is_ascii_hexdigit()));
        let is_volume = point.typ.as_deref() == Some("volume");
        let Some(target) = point.destination.clone().filter(|_| is_volume && anonymous) else { continue };
        // The file's own anonymous volume at that place: the old one is it.
        let asked = host.mounts.iter_mut().flatten().find(|m| {
            m.target.as_deref() == Some(target.as_str())
                && m.source.is_none()
                && m.typ == Some(bollard::models::MountType::VOLUME)
        });
        if let Some(mount) = asked {
            mount.source = point.name.clone();
            continue;
        }
        if taken.contains(&target) {
            continue;
        }
        taken.push(target.clone());
        host.mounts.get_or_insert_with(Vec::new).push(bollard::models::Mount {
            target: Some(target),
            source: point.name.clone(),
            typ: Some(bollard::models::MountType::VOLUME),
            read_only: point.rw.map(|rw| !rw),
            ..Default::default()
        });
    }
}

/// A service's container before its gate opens.
enum Prepared {
    /// Running already with this configuration: nothing to start.
    Running(String),
    /// Made (or left stopped) with this configuration: started when the gate opens.
    ToStart(String),
}

struct Run {
    engine: Engine,
    stack: Stack,
    options: UpOptions,
    events: mpsc::Sender<Event>,
    phases: HashMap<String, (watch::Sender<Phase>, watch::Receiver<Phase>)>,
    existing: HashMap<String, ContainerSummary>,
    /// On a Swarm: the cluster, and the stack's services already there.
    swarm: Option<(Cluster, HashMap<String, bollard::models::Service>)>,
    /// Services some dependant needs `completed`, so their exit is awaited after ready.
    awaited_exit: Vec<String>,
    /// Steps a service waits for besides its own depends_on.
    step_deps: HashMap<String, Vec<String>>,
    /// Services a step needs ready.
    steps_after: std::collections::HashSet<String>,
    last_news: Mutex<HashMap<String, String>>,
    began: Instant,
    timings: std::sync::Mutex<BTreeMap<String, ServiceTiming>>,
}

impl Run {
    async fn emit(&self, service: &str, event: ServiceEvent) {
        if let ServiceEvent::Probing { last_error: Some(e), tries, .. } = &event {
            self.last_news.lock().await.insert(service.to_string(), format!("{e} ({tries} tries)"));
        }
        let _ = self.events.send(Event::Service { service: service.to_string(), event }).await;
    }

    fn set_phase(&self, service: &str, phase: Phase) {
        if let Some((tx, _)) = self.phases.get(service) {
            let _ = tx.send(phase);
        }
    }

    async fn fail(&self, service: &str, failure: Failure) -> Outcome {
        self.set_phase(service, Phase::Failed);
        self.emit(service, ServiceEvent::Failed(failure.clone())).await;
        Outcome::Failed(failure)
    }

    /// Waits until every dependency meets its condition; Some(outcome) when one never will.
    async fn wait_for(&self, name: &str, deps: &[crate::stack::Dependency]) -> Option<Outcome> {
        for dep in deps.iter().filter(|d| self.phases.contains_key(&d.service)) {
            let Some((_, rx)) = self.phases.get(&dep.service) else {
                continue;
            };
            let mut rx = rx.clone();
            let mut announced = false;
            loop {
                let phase = *rx.borrow_and_update();
                if satisfies(phase, dep.condition) {
                    break;
                }
                let unreachable = phase == Phase::Failed
                    || (dep.condition == Condition::Completed
                        && phase == Phase::Ready
                        && !self.awaited_exit.contains(&dep.service));
                if unreachable {
                    let reason = format!("dependency '{}' failed", dep.service);
                    self.set_phase(name, Phase::Failed);
                    self.emit(name, ServiceEvent::Skipped { reason: reason.clone() }).await;
                    return Some(Outcome::Skipped(reason));
                }
                if !announced {
                    announced = true;
                    self.last_news.lock().await.insert(
                        name.to_string(),
                        format!("waiting for {} to be {}", dep.service, dep.condition.as_str()),
                    );
                    self.emit(
                        name,
                        ServiceEvent::WaitingFor { dependency: dep.service.clone(), condition: dep.condition.as_str() },
                    )
                    .await;
                }
                if rx.changed().await.is_err() {
                    break;
                }
            }
        }

        None
    }

    /// Notes a moment of a service's up, as time since the up began.
    fn mark(&self, name: &str, set: impl FnOnce(&mut ServiceTiming, Duration)) {
        let at = self.began.elapsed();
        if let Ok(mut timings) = self.timings.lock() {
            set(timings.entry(name.to_string()).or_default(), at);
        }
    }

    async fn run_step(self: Arc<Self>, name: String, after: Vec<String>, run: StepRun) -> Outcome {
        let waited_for = after.clone();
        self.mark(&name, |t, _| t.waited_for = waited_for);
        let deps: Vec<crate::stack::Dependency> = after
            .into_iter()
            .map(|service| crate::stack::Dependency {
                service,
                condition: Condition::Healthy,
                ..crate::stack::Dependency::started(crate::stack::Pos::default())
            })
            .collect();
        let gates = Gates {
            phases: deps
                .iter()
                .filter_map(|d| Some((d.service.clone(), self.phases.get(&d.service)?.1.clone())))
                .collect(),
        };
        // The work starts now; the gate (everything the step needs ready) is what the timings
        // measure from, so the step's own share is only what is left of its work after that.
        let work = run(self.events.clone(), gates);
        let gate = async {
            let outcome = self.wait_for(&name, &deps).await;
            if outcome.is_none() {
                self.mark(&name, |t, at| (t.gate_open, t.started) = (Some(at), Some(at)));
            }
            (outcome, Instant::now())
        };
        let ((gate, opened), result) = tokio::join!(gate, work);
        if let Some(outcome) = gate {
            return outcome;
        }
        match result {
            Ok(()) => {
                self.mark(&name, |t, at| t.ready = Some(at));
                self.set_phase(&name, Phase::Ready);
                self.emit(&name, ServiceEvent::Ready { took: opened.elapsed() }).await;
                Outcome::Ready
            }
            Err(f) => self.fail(&name, f).await,
        }
    }

    async fn run_service(self: Arc<Self>, name: String) -> Outcome {
        let Some(svc) = self.stack.service(&name).cloned() else {
            return Outcome::Skipped("not in the stack".into());
        };
        let mut deps: Vec<crate::stack::Dependency> = svc.depends_on.clone();
        for step in self.step_deps.get(&name).into_iter().flatten() {
            deps.push(crate::stack::Dependency {
                service: step.clone(),
                condition: Condition::Healthy,
                ..crate::stack::Dependency::started(svc.pos)
            });
        }
        let waited_for = deps.iter().map(|d| d.service.clone()).collect();
        self.mark(&name, |t, _| t.waited_for = waited_for);
        // `create`: every container made, none started, nothing waited for.
        if self.options.no_start && self.swarm.is_none() {
            return match self.prepare_service(&svc).await {
                Ok(_) => Outcome::Created,
                Err(f) => self.fail(&name, f).await,
            };
        }
        // On one engine the container is made before its gate opens, as compose makes every
        // container first: an open gate then costs only a start. One that joins another
        // service's namespace, volumes or links needs that container, so it is made at its gate.
        let ahead = match self.swarm.is_none() && svc.runtime.services_needed().is_empty() {
            true => match self.prepare_service(&svc).await {
                Ok(prepared) => Some(prepared),
                Err(f) => return self.fail(&name, f).await,
            },
            false => None,
        };
        // A container already running with this configuration has nothing to start: it is
        // only probed, beside its dependencies rather than after them, so a warm up costs one
        // round of probes instead of a chain of them.
        let running_already = matches!(ahead, Some(Prepared::Running(_)));
        if !running_already {
            if let Some(outcome) = self.wait_for(&name, &deps).await {
                return outcome;
            }
        }
        self.mark(&name, |t, at| t.gate_open = Some(at));

        let placed = match (ahead, &self.swarm) {
            (Some(prepared), _) => self.start_prepared(&svc, prepared).await,
            (None, None) => match self.prepare_service(&svc).await {
                Ok(prepared) => self.start_prepared(&svc, prepared).await,
                Err(f) => Err(f),
            },
            (None, Some((cluster, services))) => {
                let image_id = match self.image(&svc).await {
                    Ok(id) => id,
                    Err(f) => return self.fail(&name, f).await,
                };
                self.place_on_swarm(cluster, services.get(&name), &svc, &image_id).await
            }
        };
        let mut workloads = match placed {
            Ok(Placed::Running(w)) => w,
            Ok(Placed::Completed) => return self.completed(&name).await,
            Err(f) => return self.fail(&name, f).await,
        };
        self.mark(&name, |t, at| t.started = Some(at));
        self.set_phase(&name, Phase::Started);
        if self.options.started_only && !self.readiness_needed(&name) {
            return Outcome::Started;
        }

        let started = Instant::now();
        let mut index = 0;
        while let Some(workload) = workloads.get(index) {
            match self.engine.wait_ready(&name, workload, svc.probe.as_ref(), &self.events).await {
                Readiness::Failed(f) => return self.fail(&name, f).await,
                Readiness::Completed => return self.completed(&name).await,
                Readiness::Ready => index += 1,
                Readiness::Moved(why) => {
                    // A lost node's task is started elsewhere by Swarm: that one is waited for.
                    let event = ServiceEvent::Probing { check: "task".into(), tries: 0, last_error: Some(why) };
                    self.emit(&name, event).await;
                    let Some((cluster, _)) = &self.swarm else { return Outcome::Pending("moved".into()) };
                    workloads = match self.swarm_tasks(cluster, &svc, &workload.clone()).await {
                        Ok(Placed::Running(w)) => w,
                        Ok(Placed::Completed) => return self.completed(&name).await,
                        Err(f) => return self.fail(&name, f).await,
                    };
                    index = 0;
                }
            }
        }
        self.mark(&name, |t, at| t.ready = Some(at));
        self.set_phase(&name, Phase::Ready);
        self.emit(&name, ServiceEvent::Ready { took: started.elapsed() }).await;
        if let Some(first) = workloads.first().filter(|_| self.awaited_exit.contains(&name)) {
            return match self.engine.wait_completed(first).await {
                Readiness::Failed(f) => self.fail(&name, f).await,
                _ => self.completed(&name).await,
            };
        }
        Outcome::Ready
    }

    async fn completed(&self, name: &str) -> Outcome {
        // A one-shot's own part ends with its exit, not with its probe.
        self.mark(name, |t, at| t.ready = Some(at));
        self.set_phase(name, Phase::Completed);
        self.emit(name, ServiceEvent::Completed).await;
        Outcome::Completed
    }

    /// The service's image, present (pulled or built when it must be).
    async fn image(&self, svc: &crate::stack::Service) -> Result<String, Failure> {
        let request = ImageRequest {
            docker: &self.engine.docker,
            endpoint: self.engine.wire_target(),
            stack: &self.stack,
            svc,
            force_build: self.options.build,
            no_cache: self.options.no_cache,
            pull: self.options.pull,
            no_build: self.options.no_build,
            events: &self.events,
        };
        let _turn = self.engine.turn().await;
        request.ensure().await
    }

    /// The service's image and its container, made and configured but not started.
    async fn prepare_service(&self, svc: &crate::stack::Service) -> Result<Prepared, Failure> {
        let image_id = self.image(svc).await?;
        let prepared = self.prepare_container(svc, &image_id).await?;
        self.mark(&svc.name, |t, at| t.created = Some(at));
        Ok(prepared)
    }

    /// Starts what [`Run::prepare_service`] made: the container's workload, running.
    async fn start_prepared(&self, svc: &crate::stack::Service, prepared: Prepared) -> Result<Placed, Failure> {
        let id = match prepared {
            Prepared::Running(id) => id,
            Prepared::ToStart(id) => {
                self.start(svc, &id).await?;
                id
            }
        };
        Ok(Placed::Running(vec![Workload::Container(id)]))
    }

    /// The service's container, reused when its configuration is unchanged, else (re)created;
    /// configured (networks, files) and ready to start.
    async fn prepare_container(&self, svc: &crate::stack::Service, image_id: &str) -> Result<Prepared, Failure> {
        let _turn = self.engine.turn().await;
        let name = &svc.name;
        let image = image_ref(&self.stack, svc);
        let (body, hash) = container_spec(&self.stack, svc, &image, image_id);
        // As compose: --force-recreate is for the services named (all when none are), their
        // dependencies are made again only if changed; --no-recreate holds for all.
        let named = self.options.covers(name);
        let keep = |c: &ContainerSummary| match (self.options.recreate, named) {
            (Recreate::Always, true) => false,
            (Recreate::Never, _) => true,
            _ => c.labels.as_ref().and_then(|l| l.get(labels::CONFIG_HASH)) == Some(&hash),
        };
        match self.existing.get(name) {
            Some(c) if keep(c) => {
                let id = c.id.clone().unwrap_or_default();
                match ContainerState::of(c) {
                    ContainerState::Running => {
                        self.emit(name, ServiceEvent::Unchanged { container_id: id.clone() }).await;
                        Ok(Prepared::Running(id))
                    }
                    // Left by an interrupted run: it may lack its extra networks or files, and
                    // its start may still be under way in the engine. It is finished, never
                    // removed: removing a Postgres mid-initdb would leave its volume unusable.
                    ContainerState::Created => {
                        let joined = self.joined_networks(&id).await;
                        self.configure(svc, &id, &joined).await?;
                        Ok(Prepared::ToStart(id))
                    }
                    _ => Ok(Prepared::ToStart(id)),
                }
            }
            existing => {
                let mut body = body;
                if let Some(old) = existing.and_then(|c| c.id.clone()) {
                    // As compose: the old container's anonymous volumes (an image's VOLUME the
                    // file maps nowhere, a database's data) go to the new one, unless -V.
                    if !self.options.renew_anon_volumes {
                        inherit_anonymous_volumes(
                            &mut body,
                            &self.engine.docker.inspect_container(&old, None).await.ok(),
                        );
                    }
                    let reason = match self.options.recreate {
                        Recreate::Always => "--force-recreate",
                        _ => "its configuration changed",
                    };
                    self.emit(name, ServiceEvent::Recreating { reason: reason.into() }).await;
                    // Stopped first, with its own stop signal and grace period, as `down` does:
                    // a database is not killed in the middle of a write.
                    let docker = &self.engine.docker;
                    let _ = docker.stop_container(&old, None::<bollard::query_parameters::StopContainerOptions>).await;
                    // With -V the old anonymous volumes go with it; otherwise the new one has them.
                    let v = self.options.renew_anon_volumes;
                    let options = RemoveContainerOptions { force: true, v, ..Default::default() };
                    if let Err(e) = docker.remove_container(&old, Some(options)).await {
                        return Err(Failure::new(format!(
                            "failed to remove the old container: {}",
                            docker_message(&e)
                        )));
                    }
                }
                self.create_configured(svc, body).await.map(Prepared::ToStart)
            }
        }
    }

    /// The service as a Swarm service (created, updated, or left alone when unchanged), and
    /// its tasks once they run.
    async fn place_on_swarm(
        &self,
        cluster: &Cluster,
        existing: Option<&bollard::models::Service>,
        svc: &crate::stack::Service,
        image_id: &str,
    ) -> Result<Placed, Failure> {
        let image = self.engine.image_for_cluster(cluster, &self.stack, svc, &self.events).await?;
        let one_shot = self.awaited_exit.contains(&svc.name);
        let (spec, hash) = swarm::spec::service_spec(&self.stack, svc, &image, image_id, cluster.publishing, one_shot);
        let (service_id, changed) = self.engine.deploy_service(existing, spec, &hash).await?;
        let event = match (existing.is_some(), changed) {
            (true, false) => ServiceEvent::Unchanged { container_id: service_id.clone() },
            (true, true) => ServiceEvent::Recreating { reason: "its configuration changed (Swarm updates it)".into() },
            (false, _) => ServiceEvent::Created { container_id: service_id.clone() },
        };
        self.emit(&svc.name, event).await;
        self.wait_tasks(cluster, svc, &service_id).await
    }

    /// The service's tasks again, after one of them was moved.
    async fn swarm_tasks(
        &self,
        cluster: &Cluster,
        svc: &crate::stack::Service,
        moved: &Workload,
    ) -> Result<Placed, Failure> {
        let Workload::Task(task) = moved else { return Err(Failure::new("not a Swarm task")) };
        // The cluster as it is now: the node the task was on may be gone.
        let cluster = self.engine.swarm().await.unwrap_or_else(|_| cluster.clone());
        self.wait_tasks(&cluster, svc, &task.service_id).await
    }

    async fn wait_tasks(
        &self,
        cluster: &Cluster,
        svc: &crate::stack::Service,
        service_id: &str,
    ) -> Result<Placed, Failure> {
        let want = if svc.runtime.deploy.global {
            cluster.nodes.iter().filter(|n| n.ready).count()
        } else {
            svc.runtime.deploy.replicas.unwrap_or(1) as usize
        };
        let ingress = cluster.ingress_ports(svc);
        match self.engine.running_tasks(cluster, &svc.name, service_id, want, &ingress, &self.events).await? {
            swarm::tasks::Tasks::Completed => Ok(Placed::Completed),
            swarm::tasks::Tasks::Running(tasks) => {
                for t in &tasks {
                    let event = ServiceEvent::Scheduled { node: t.node.clone(), task: t.task_id.clone() };
                    self.emit(&svc.name, event).await;
                }
                Ok(Placed::Running(tasks.into_iter().map(Workload::Task).collect()))
            }
        }
    }

    /// Whether a dependant (by its condition) or a step waits for this service to be ready.
    fn readiness_needed(&self, name: &str) -> bool {
        self.awaited_exit.iter().any(|a| a == name)
            || self.steps_after.contains(name)
            || self
                .stack
                .services
                .iter()
                .filter(|s| self.phases.contains_key(&s.name))
                .any(|s| s.depends_on.iter().any(|d| d.service == name && d.condition != Condition::Started))
    }

    /// Creates the service's container and configures it ([`Run::configure`]); not started.
    async fn create_configured(
        &self,
        svc: &crate::stack::Service,
        body: bollard::models::ContainerCreateBody,
    ) -> Result<String, Failure> {
        let docker = &self.engine.docker;
        let name = self.stack.container_name(svc);
        let options = CreateContainerOptions {
            name: Some(name.clone()),
            platform: svc.runtime.platform.clone().unwrap_or_default(),
        };
        // Said before the engine makes them, while "missing" can still be seen (on a local engine).
        for mount in &svc.volumes {
            if let crate::stack::MountSource::Bind(path) = &mount.source {
                if mount.create_host_path && self.engine.is_local && !path.exists() {
                    self.emit(&svc.name, ServiceEvent::HostFolderCreated { path: path.clone() }).await;
                }
            }
        }
        let create = |options: CreateContainerOptions, body: bollard::models::ContainerCreateBody| async move {
            match &svc.runtime.mac_address {
                Some(mac) => {
                    let platform = options.platform.clone();
                    super::raw_create::create_with_mac(
                        self.engine.wire_target(),
                        &options.name.clone().unwrap_or_default(),
                        &platform,
                        &body,
                        mac,
                    )
                    .await
                    .map(|id| bollard::models::ContainerCreateResponse { id, warnings: Vec::new() })
                }
                None => docker.create_container(Some(options), body).await,
            }
        };
        let action = format!("create container {name}");
        let patient_create = |options: CreateContainerOptions, body: bollard::models::ContainerCreateBody| {
            patiently(&action, Some(&self.events), move || create(options.clone(), body.clone()))
        };
        let mut created = patient_create(options.clone(), body.clone()).await;
        if let Err(bollard::errors::Error::DockerResponseServerError { status_code: 409, .. }) = &created {
            // A berth killed while creating leaves a container the engine finished without it; it
            // carries this stack's labels and is replaced. Anything else with the name is not ours.
            if !self.remove_interrupted(&name, &svc.name).await {
                return Err(Failure::new(format!("a container named '{name}' already exists and berth did not create it"))
                    .with_hint("remove or rename that container, or set another container_name; berth never touches containers it does not own"));
            }
            created = patient_create(options, body).await;
        }
        let created = created
            .map_err(|e| Failure::new(format!("failed to create container '{name}': {}", docker_message(&e))))?;
        self.emit(&svc.name, ServiceEvent::Created { container_id: created.id.clone() }).await;
        self.configure(svc, &created.id, &BTreeSet::new()).await?;
        Ok(created.id)
    }

    /// The networks a container is on now.
    async fn joined_networks(&self, id: &str) -> BTreeSet<String> {
        let inspected = self.engine.docker.inspect_container(id, None).await.ok();
        let networks = inspected.and_then(|c| c.network_settings).and_then(|n| n.networks).unwrap_or_default();
        networks.into_keys().collect()
    }

    /// The steps between creating a container and starting it — joining the networks beyond
    /// the first, copying the service's files in — each safe to repeat on a container an
    /// interrupted run left part of the way (`joined`: networks it is on).
    async fn configure(&self, svc: &crate::stack::Service, id: &str, joined: &BTreeSet<String>) -> Result<(), Failure> {
        let docker = &self.engine.docker;
        let name = self.stack.container_name(svc);
        for wanted in service_networks(&self.stack, svc).into_iter().skip(1) {
            let network = wanted.network;
            if joined.contains(&network) {
                continue;
            }
            let request = bollard::models::NetworkConnectRequest {
                container: id.to_string(),
                endpoint_config: Some(wanted.endpoint),
            };
            let action = format!("connect {name} to network {network}");
            let connected =
                patiently(&action, Some(&self.events), || docker.connect_network(&network, request.clone())).await;
            if let Err(e) = connected {
                // An interrupted run's own connect may have landed in the meantime.
                if !self.joined_networks(id).await.contains(&network) {
                    return Err(Failure::new(format!(
                        "failed to connect to network '{network}': {}",
                        docker_message(&e)
                    )));
                }
            }
        }
        super::container_files::copy_in(docker, id, svc).await
    }

    /// Starts the service's container (made by this run or left stopped by an earlier one).
    async fn start(&self, svc: &crate::stack::Service, id: &str) -> Result<(), Failure> {
        let docker = &self.engine.docker;
        let name = self.stack.container_name(svc);
        let _turn = self.engine.turn().await;
        // An engine that is already starting it answers 304, which counts as started.
        let action = format!("start container {name}");
        patiently(&action, Some(&self.events), || docker.start_container(id, None)).await.map_err(|e| {
            let msg = docker_message(&e);
            let hint = if msg.contains("address already in use") || msg.contains("port is already allocated") {
                "a host port of this service was taken after berth checked it: free it and run up again"
            } else {
                "check the service's command, entrypoint and volumes"
            };
            Failure::new(format!("failed to start container '{name}': {msg}")).with_hint(hint)
        })?;
        self.emit(&svc.name, ServiceEvent::Started { container_id: id.to_string() }).await;
        self.engine.run_hooks(svc, id, super::hooks::HookKind::PostStart).await.map_err(|e| {
            let hint = e.hint().unwrap_or_default();
            Failure::new(e.to_string()).with_hint(hint)
        })
    }

    /// Removes the container named `name` if it is this stack's container of `service` (left by
    /// an interrupted run); false, touching nothing, if it is anyone else's.
    async fn remove_interrupted(&self, name: &str, service: &str) -> bool {
        let docker = &self.engine.docker;
        // While the engine is still creating it, the name is taken but the container not yet
        // visible: give it a moment.
        let mut found = docker.inspect_container(name, None).await;
        for _ in 0..20 {
            if found.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            found = docker.inspect_container(name, None).await;
        }
        let Ok(found) = found else { return false };
        let carried = found.config.and_then(|c| c.labels);
        let ours = labels::owned_by(carried.as_ref(), &self.stack.name)
            && carried.as_ref().and_then(|l| l.get(labels::SERVICE)).map(String::as_str) == Some(service);
        if !ours {
            return false;
        }
        let options = bollard::query_parameters::RemoveContainerOptions { force: true, ..Default::default() };
        docker.remove_container(name, Some(options)).await.is_ok()
    }
}

impl Engine {
    /// A service without a probe counts as ready once running; if it has died since, say so.
    async fn sweep_exited(&self, stack: &str, report: &mut UpReport) {
        let Ok(containers) = self.stack_containers(stack).await else {
            return;
        };
        for c in containers {
            let Some(service) = labels::service_of(&c).map(String::from) else {
                continue;
            };
            let exited = ContainerState::of(&c) == ContainerState::Exited;
            if !exited || report.outcomes.get(&service) != Some(&Outcome::Ready) {
                continue;
            }
            let id = c.id.unwrap_or_default();
            let code =
                self.docker.inspect_container(&id, None).await.ok().and_then(|i| i.state).and_then(|s| s.exit_code);
            if let Some(code) = code.filter(|c| *c != 0) {
                report
                    .outcomes
                    .insert(service, Outcome::Failed(self.exit_failure(&Workload::Container(id), code).await));
            }
        }
    }

    /// Brings the stack up and waits until every selected service is ready, failed, or the timeout passes.
    /// Fails before creating anything when a host port is busy or a resource with the stack's name is not ours.
    pub async fn up(
        &self,
        stack: &Stack,
        options: &UpOptions,
        steps: Vec<Step>,
        events: mpsc::Sender<Event>,
        cancel: CancellationToken,
    ) -> Result<UpReport, EngineError> {
        let began = Instant::now();
        let selected = selection_with(stack, &options.services, !options.no_deps)?;
        // A step runs only when everything it needs is part of this up.
        let steps: Vec<Step> = steps.into_iter().filter(|s| s.after.iter().all(|a| selected.contains(a))).collect();
        // As compose without the plugin each needs, or compose when it makes the container:
        // refused, but before anything is created.
        let cannot: Vec<String> =
            stack.services.iter().filter(|s| selected.contains(&s.name)).filter_map(cannot_run).collect();
        if !cannot.is_empty() {
            return Err(EngineError::CannotRun(format!(
                "{}; nothing was created (leave those services out: name the others, or move them into a profile)",
                cannot.join("; ")
            )));
        }
        let on_swarm = stack.engine == crate::stack::deploy::EngineKind::Swarm;
        // Swarm starts what it schedules and updates a service as it sees fit: these choices are
        // one engine's, and a Swarm up that ignored them would do what was not asked.
        if on_swarm && (options.no_start || options.recreate != Recreate::Changed) {
            return Err(EngineError::SwarmUnsupported(
                "create / --no-start, --force-recreate and --no-recreate apply to one engine's containers; a Swarm service is updated when its spec changes (nothing was deployed)".into(),
            ));
        }
        if on_swarm {
            let refused: Vec<String> = stack
                .services
                .iter()
                .filter(|s| selected.contains(&s.name))
                .filter_map(|s| {
                    let keys = swarm::spec::unsupported(s);
                    (!keys.is_empty()).then(|| format!("'{}' ({})", s.name, keys.join(", ")))
                })
                .collect();
            if !refused.is_empty() {
                return Err(EngineError::SwarmUnsupported(format!(
                    "Swarm services cannot have what these ask for: {}; nothing was deployed (remove those keys for the Swarm, e.g. in an override file, or run on one engine)",
                    refused.join("; ")
                )));
            }
        }
        let swarm = match on_swarm {
            true => Some((self.swarm().await?, self.swarm_services(&stack.name).await?)),
            false => None,
        };
        // On a Swarm the tasks' containers are Swarm's: only its services are ours to compare.
        let existing = match on_swarm {
            true => Vec::new(),
            false => self.stack_containers_patiently(&stack.name, &events).await?,
        };
        let busy = match on_swarm {
            true => self.swarm_port_owners(stack, &selected).await?,
            false => self.busy_ports(stack, &selected, &existing).await?,
        };
        if !busy.is_empty() {
            return Err(EngineError::PortsBusy(busy));
        }
        // Healing a duplicate network removes the stack's containers on it: they are made again.
        let existing = match self.ensure_networks(stack, &events).await? {
            true => self.stack_containers(&stack.name).await?,
            false => existing,
        };
        // Each node makes a Swarm task's volumes as it needs them, labelled (engine::swarm::spec).
        if !on_swarm {
            self.ensure_volumes(stack, &events).await?;
        }

        let by_service: HashMap<String, ContainerSummary> = existing
            .into_iter()
            .filter_map(|c| {
                let service = labels::service_of(&c)?.to_string();
                Some((service, c))
            })
            .collect();
        let present: Vec<&String> = match &swarm {
            Some((_, services)) => services.keys().collect(),
            None => by_service.keys().collect(),
        };
        let orphans: Vec<String> = present
            .into_iter()
            .filter(|s| stack.service(s).is_none() && !options.orphans.known.contains(s))
            .cloned()
            .collect();
        match options.orphans.action {
            _ if orphans.is_empty() => {}
            OrphanAction::Ignore => {}
            OrphanAction::Remove if !on_swarm => {
                for service in &orphans {
                    let Some(c) = by_service.get(service) else { continue };
                    let (Some(id), name) = (c.id.as_deref(), labels::container_name(c)) else { continue };
                    let options = RemoveContainerOptions { force: true, ..Default::default() };
                    self.docker
                        .remove_container(id, Some(options))
                        .await
                        .map_err(EngineError::docker(format!("remove orphan container {name}")))?;
                    let _ = events.send(Event::Stack(super::events::StackEvent::ContainerRemoved(name))).await;
                }
            }
            _ => {
                let _ = events.send(Event::Stack(super::events::StackEvent::Orphans(orphans))).await;
            }
        }
        let awaited_exit = stack
            .services
            .iter()
            .filter(|s| selected.contains(&s.name))
            .flat_map(|s| s.depends_on.iter())
            .filter(|d| d.condition == Condition::Completed)
            .map(|d| d.service.clone())
            .collect();
        let mut step_deps: HashMap<String, Vec<String>> = HashMap::new();
        for step in &steps {
            for service in &step.before {
                step_deps.entry(service.clone()).or_default().push(step.name.clone());
            }
        }
        let step_names: Vec<String> = steps.iter().map(|s| s.name.clone()).collect();
        let steps_after = steps.iter().flat_map(|s| s.after.iter().cloned()).collect();
        let run = Arc::new(Run {
            engine: self.clone(),
            stack: stack.clone(),
            options: options.clone(),
            events,
            phases: selected.iter().chain(&step_names).map(|s| (s.clone(), watch::channel(Phase::Pending))).collect(),
            existing: by_service,
            swarm,
            awaited_exit,
            step_deps,
            steps_after,
            last_news: Mutex::new(HashMap::new()),
            began,
            timings: std::sync::Mutex::new(BTreeMap::new()),
        });
        let mut tasks = JoinSet::new();
        for name in &selected {
            let run = run.clone();
            let name = name.clone();
            tasks.spawn(async move {
                let outcome = run.clone().run_service(name.clone()).await;
                (name, outcome)
            });
        }
        for step in steps {
            let run = run.clone();
            tasks.spawn(async move {
                let name = step.name.clone();
                let outcome = run.run_step(step.name, step.after, step.run).await;
                (name, outcome)
            });
        }
        let mut report = UpReport::default();
        let deadline = tokio::time::sleep(options.timeout);
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                joined = tasks.join_next() => match joined {
                    Some(Ok((name, outcome))) => { report.outcomes.insert(name, outcome); }
                    Some(Err(e)) => return Err(EngineError::Task(e)),
                    None => break,
                },
                _ = &mut deadline => { report.timed_out = true; break; }
                _ = cancel.cancelled() => { report.interrupted = true; break; }
            }
        }
        // Aborting only stops waiting: containers already created carry labels, so `down` finds them.
        tasks.abort_all();
        if !report.interrupted && !on_swarm {
            self.sweep_exited(&stack.name, &mut report).await;
        }
        let news = run.last_news.lock().await;
        for name in selected.iter().chain(&step_names) {
            report
                .outcomes
                .entry(name.clone())
                .or_insert_with(|| Outcome::Pending(news.get(name).cloned().unwrap_or_else(|| "not ready yet".into())));
        }
        report.timings = run.timings.lock().map(|t| t.clone()).unwrap_or_default();
        Ok(report)
    }
}

/// Why a service cannot run on this engine though its file is valid, if it cannot: it is
/// provided by a plugin, binds models, or needs a secret or config no container can be given.
pub fn cannot_run(svc: &crate::stack::Service) -> Option<String> {
    if let Some(kind) = &svc.runtime.provider {
        return Some(format!("'{}' is provided by '{kind}', an external plugin berth does not run", svc.name));
    }
    if !svc.runtime.models.is_empty() {
        let models = svc.runtime.models.join(", ");
        return Some(format!("'{}' binds models ({models}), which need Docker Model Runner", svc.name));
    }
    let why = svc.files.iter().find_map(|f| f.unavailable()).or_else(|| svc.volumes.iter().find_map(|m| m.unusable()));
    why.map(|why| format!("'{}': {why}", svc.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::interpolate::Vars;
    use std::path::Path;

    #[test]
    fn selection_pulls_in_dependencies_in_file_order() {
        let s = crate::stack::load_str(
            "services:\n  db: {image: x}\n  cache: {image: x}\n  api: {image: x, depends_on: [db]}\n  web: {image: x, depends_on: [api]}\n",
            Path::new("s.yaml"),
            Path::new("/"),
            &Vars::default(),
        )
        .unwrap()
        .stack;
        assert_eq!(selection(&s, &["web".into()]).unwrap(), ["db", "api", "web"]);
        assert_eq!(selection(&s, &[]).unwrap().len(), 4);
        assert!(matches!(selection(&s, &["nope".into()]), Err(EngineError::UnknownService(_))));
    }

    #[test]
    fn conditions() {
        assert!(satisfies(Phase::Started, Condition::Started));
        assert!(!satisfies(Phase::Started, Condition::Healthy));
        assert!(satisfies(Phase::Ready, Condition::Healthy));
        assert!(!satisfies(Phase::Ready, Condition::Completed));
        assert!(satisfies(Phase::Completed, Condition::Completed));
        assert!(!satisfies(Phase::Failed, Condition::Started));
    }
}
