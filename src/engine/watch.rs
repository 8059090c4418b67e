//! `develop.watch`, as compose does it: file events from the watched paths (through
//! `notify`), gathered until the tree is quiet for a moment, matched against each
//! service's rules in order (their `ignore` patterns, the build context's
//! `.dockerignore` and editors' scratch files left out), then per service the strongest
//! action: files synced into the container (and the container restarted, or a command
//! run), or the image rebuilt and the container recreated — each followed by its probe.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use notify::Watcher as _;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::dockerignore::IgnoreRules;
use super::events::{Event, ServiceEvent};
use super::up::{Outcome, UpOptions};
use super::{Engine, EngineError, Failure};
use crate::stack::runtime::{WatchAction, WatchRule};
use crate::stack::{Service, Stack};

/// How long the tree must be quiet before a batch of changes is acted on: an editor's save
/// or a `git checkout` is one batch, not one per file.
pub const QUIET: Duration = Duration::from_millis(300);

/// Scratch files of editors and tools that never trigger anything, as compose ignores them.
const ALWAYS_IGNORED: &str =
    ".git\n**/.git\n**/*~\n**/.*.swp\n**/.*.swx\n**/4913\n**/.DS_Store\n**/*___jb_tmp___\n**/*___jb_old___\n";

/// What one batch of changes asks of one service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServicePlan {
    /// The strongest action any matched rule asks for.
    pub action: WatchAction,
    /// Changed host paths and where they go in the container (sync rules only).
    pub syncs: Vec<(PathBuf, String)>,
    /// The commands of matched `sync+exec` rules.
    pub exec: Vec<Vec<String>>,
    /// Changed paths, relative to their rule's path, for what is reported.
    pub changed: Vec<String>,
}

/// A rule with its patterns compiled: what it ignores, and (when it says) what it includes.
struct CompiledRule {
    rule: WatchRule,
    ignore: IgnoreRules,
    include: Option<IgnoreRules>,
}

impl CompiledRule {
    /// Whether the path (relative to the rule's path; empty for the watched file itself,
    /// then matched by `name`) counts for this rule.
    fn takes(&self, rel: &str, name: &str) -> bool {
        let subject = if rel.is_empty() { name } else { rel };
        !self.ignore.ignores(subject) && self.include.as_ref().is_none_or(|include| include.ignores(subject))
    }
}

/// A service's rules with their patterns compiled.
pub struct ServiceRules {
    pub service: String,
    rules: Vec<CompiledRule>,
    /// The build context's `.dockerignore`, for paths inside the context.
    context: Option<(PathBuf, IgnoreRules)>,
}

impl ServiceRules {
    pub fn new(svc: &Service) -> ServiceRules {
        let rules = svc
            .runtime
            .watch
            .iter()
            .map(|r| CompiledRule {
                rule: r.clone(),
                ignore: IgnoreRules::parse(&format!("{ALWAYS_IGNORED}{}", r.ignore.join("\n"))),
                // The matcher of ignore patterns, asked the other way round: "does it match?".
                include: (!r.include.is_empty()).then(|| IgnoreRules::parse(&r.include.join("\n"))),
            })
            .collect();
        let context = svc.build.as_ref().map(|b| {
            let text = std::fs::read_to_string(b.context.join(".dockerignore")).unwrap_or_default();
            (b.context.clone(), IgnoreRules::parse(&text))
        });
        ServiceRules { service: svc.name.clone(), rules, context }
    }

    /// The first rule (in the file's order) that takes `path`, and the path relative to it.
    fn rule_for(&self, path: &Path) -> Option<(&WatchRule, String)> {
        if let Some((context, ignore)) = &self.context {
            if let Ok(rel) = path.strip_prefix(context) {
                if ignore.ignores(&slash(rel)) {
                    return None;
                }
            }
        }
        self.rules.iter().find_map(|compiled| {
            let rel = slash(path.strip_prefix(&compiled.rule.path).ok()?);
            // A watched file's own name is matched too, so `ignore: ['*.tmp']` works on it.
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            compiled.takes(&rel, &name).then_some((&compiled.rule, rel))
        })
    }

    /// The files, as they are now, that rules with `initial_sync` take.
    pub fn initial_files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for compiled in self.rules.iter().filter(|c| c.rule.initial_sync) {
            let mut pending = vec![compiled.rule.path.clone()];
            while let Some(path) = pending.pop() {
                // Not followed: a link is copied as a link, and a loop of links is never walked.
                let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
                if !meta.is_dir() {
                    files.push(path);
                    continue;
                }
                let rel = slash(path.strip_prefix(&compiled.rule.path).unwrap_or(&path));
                if !rel.is_empty() && compiled.ignore.ignores(&rel) {
                    continue;
                }
                if let Ok(entries) = std::fs::read_dir(&path) {
                    pending.extend(entries.flatten().map(|e| e.path()));
                }
            }
        }
        files.sort();
        files.dedup();
        // The first rule that takes a file decides, as for changes.
        files.retain(|f| self.rule_for(f).is_some_and(|(rule, _)| rule.initial_sync));
        files
    }
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Pure: the changed paths of one batch, per service with a rule that takes them.
pub fn plan(services: &[ServiceRules], changed: &[PathBuf]) -> BTreeMap<String, ServicePlan> {
    let mut out: BTreeMap<String, ServicePlan> = BTreeMap::new();
    for rules in services {
        for path in changed {
            let Some((rule, rel)) = rules.rule_for(path) else { continue };
            let plan = out.entry(rules.service.clone()).or_insert_with(|| ServicePlan {
                action: rule.action,
                syncs: Vec::new(),
                exec: Vec::new(),
                changed: Vec::new(),
            });
            plan.action = plan.action.max(rule.action);
            let name = || path.file_name().map_or_else(|| slash(path), |n| n.to_string_lossy().into_owned());
            plan.changed.push(if rel.is_empty() { name() } else { rel.clone() });
            if rule.action.syncs() {
                let target = rule.target.clone().unwrap_or_default();
                let inside = if rel.is_empty() { target } else { format!("{}/{rel}", target.trim_end_matches('/')) };
                plan.syncs.push((path.clone(), inside));
            }
            if rule.action == WatchAction::SyncExec && !plan.exec.contains(&rule.exec) {
                plan.exec.push(rule.exec.clone());
            }
        }
    }
    out
}

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("no service {0} has develop.watch rules: add them to the stack file (see docs/STACK-FILES.md, 'Host-side variables and watch')")]
    NoRules(String),
    #[error("cannot watch {path}: {source}")]
    Notify {
        path: PathBuf,
        #[source]
        source: notify::Error,
    },
    #[error("{service}'s rebuild rule needs 'build:' in the service")]
    RebuildWithoutBuild { service: String },
    #[error(transparent)]
    Engine(#[from] EngineError),
}

impl Engine {
    /// Watches the services' rules until `cancel`, acting on each quiet batch of changes.
    /// Progress and results leave as events; a failed action is reported and watching goes on.
    pub async fn watch(
        &self,
        stack: &Stack,
        services: &[String],
        events: &mpsc::Sender<Event>,
        cancel: CancellationToken,
    ) -> Result<(), WatchError> {
        let chosen: Vec<&Service> = stack
            .services
            .iter()
            .filter(|s| services.is_empty() || services.contains(&s.name))
            .filter(|s| !s.runtime.watch.is_empty())
            .collect();
        if chosen.is_empty() {
            let which = if services.is_empty() { "of this stack".to_string() } else { services.join(", ") };
            return Err(WatchError::NoRules(which));
        }
        for svc in &chosen {
            if svc.build.is_none() && svc.runtime.watch.iter().any(|r| r.action == WatchAction::Rebuild) {
                return Err(WatchError::RebuildWithoutBuild { service: svc.name.clone() });
            }
        }
        let rules: Vec<ServiceRules> = chosen.iter().map(|s| ServiceRules::new(s)).collect();
        let (tx, mut rx) = mpsc::unbounded_channel::<PathBuf>();
        let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
            if let Ok(event) = result {
                if !matches!(event.kind, notify::EventKind::Access(_)) {
                    for path in event.paths {
                        let _ = tx.send(path);
                    }
                }
            }
        })
        .map_err(|source| WatchError::Notify { path: PathBuf::new(), source })?;
        for svc in &chosen {
            for rule in &svc.runtime.watch {
                // A file is watched through its folder: editors replace files rather than write them.
                let (path, mode) = if rule.path.is_dir() {
                    (rule.path.clone(), notify::RecursiveMode::Recursive)
                } else {
                    (rule.path.parent().unwrap_or(&rule.path).to_path_buf(), notify::RecursiveMode::NonRecursive)
                };
                watcher.watch(&path, mode).map_err(|source| WatchError::Notify { path: path.clone(), source })?;
            }
        }
        for service_rules in &rules {
            self.initial_sync(stack, service_rules, events).await;
        }
        let names: Vec<String> = chosen.iter().map(|s| s.name.clone()).collect();
        let _ = events.send(Event::Stack(super::StackEvent::Watching { services: names })).await;
        loop {
            let first = tokio::select! {
                _ = cancel.cancelled() => return Ok(()),
                path = rx.recv() => match path { Some(p) => p, None => return Ok(()) },
            };
            let mut changed = vec![first];
            loop {
                tokio::select! {
                    _ = cancel.cancelled() => return Ok(()),
                    _ = tokio::time::sleep(QUIET) => break,
                    path = rx.recv() => match path { Some(p) => changed.push(p), None => break },
                }
            }
            changed.sort();
            changed.dedup();
            for (service, plan) in plan(&rules, &changed) {
                self.carry_out(stack, &service, plan, events).await;
            }
        }
    }

    /// Copies what `initial_sync` rules take into the container, before watching for
    /// changes: the container then starts from the files as they are, not as built.
    async fn initial_sync(&self, stack: &Stack, rules: &ServiceRules, events: &mpsc::Sender<Event>) {
        let files = rules.initial_files();
        let Some(plan) = plan(std::slice::from_ref(rules), &files).remove(&rules.service) else { return };
        let service = rules.service.clone();
        let started = Instant::now();
        let event = ServiceEvent::WatchInitialSync { files: plan.syncs.len() };
        let _ = events.send(Event::Service { service: service.clone(), event }).await;
        let result = match self.running_container(stack, &service).await {
            Ok(at) => at.engine.sync(&at.id, &plan.syncs).await,
            Err(e) => Err(Failure::new(e.to_string())),
        };
        let event = match result {
            Ok(()) => ServiceEvent::WatchDone { action: WatchAction::Sync, took: started.elapsed() },
            Err(failure) => ServiceEvent::WatchFailed(failure),
        };
        let _ = events.send(Event::Service { service, event }).await;
    }

    async fn carry_out(&self, stack: &Stack, service: &str, plan: ServicePlan, events: &mpsc::Sender<Event>) {
        let started = Instant::now();
        let emit = |event: ServiceEvent| {
            let events = events.clone();
            let service = service.to_string();
            async move {
                let _ = events.send(Event::Service { service, event }).await;
            }
        };
        emit(ServiceEvent::WatchChanged { action: plan.action, changed: plan.changed.clone() }).await;
        let result = match plan.action {
            WatchAction::Rebuild => self.rebuild(stack, service, events).await,
            action => self.sync_and_follow(stack, service, action, &plan, events).await,
        };
        match result {
            Ok(()) => emit(ServiceEvent::WatchDone { action: plan.action, took: started.elapsed() }).await,
            Err(failure) => emit(ServiceEvent::WatchFailed(failure)).await,
        }
    }

    /// The image a rebuild replaced, removed when it has no name left and no container uses
    /// it (the engine refuses then, and it stays): compose's `watch --prune`.
    async fn remove_if_dangling(&self, id: &str) {
        let Ok(image) = self.docker.inspect_image(id).await else { return };
        let named = image.repo_tags.unwrap_or_default().iter().any(|t| t != "<none>:<none>");
        if !named {
            let options =
                bollard::query_parameters::RemoveImageOptions { force: false, noprune: false, ..Default::default() };
            let _ = self.docker.remove_image(id, Some(options), None).await;
        }
    }

    async fn rebuild(&self, stack: &Stack, service: &str, events: &mpsc::Sender<Event>) -> Result<(), Failure> {
        let options = UpOptions {
            services: vec![service.to_string()],
            build: true,
            no_cache: false,
            timeout: Duration::from_secs(300),
            started_only: false,
            // A rebuild of one service is no moment to speak of others.
            orphans: super::up::OrphanPolicy { action: super::up::OrphanAction::Ignore, known: Vec::new() },
            ..Default::default()
        };
        let image = stack.service(service).map(|svc| super::images::image_ref(stack, svc)).unwrap_or_default();
        let replaced = self.docker.inspect_image(&image).await.ok().and_then(|i| i.id);
        let report = self
            .up(stack, &options, Vec::new(), events.clone(), CancellationToken::new())
            .await
            .map_err(|e| Failure::new(format!("rebuild failed: {e}")))?;
        if let Some(old) = replaced.filter(|_| self.prune_rebuilt) {
            self.remove_if_dangling(&old).await;
        }
        match report.outcomes.get(service) {
            Some(o) if o.went_well() => Ok(()),
            Some(Outcome::Failed(f)) => Err(f.clone()),
            Some(other) => Err(Failure::new(format!("not ready after the rebuild: {other:?}"))),
            None => Err(Failure::new("the rebuild did not bring the service up")),
        }
    }

    async fn sync_and_follow(
        &self,
        stack: &Stack,
        service: &str,
        action: WatchAction,
        plan: &ServicePlan,
        events: &mpsc::Sender<Event>,
    ) -> Result<(), Failure> {
        let at = self.running_container(stack, service).await.map_err(|e| Failure::new(e.to_string()))?;
        if !plan.syncs.is_empty() {
            at.engine.sync(&at.id, &plan.syncs).await?;
        }
        match action {
            WatchAction::Restart | WatchAction::SyncRestart => {
                let results = self
                    .restart(stack, &[service.to_string()], events)
                    .await
                    .map_err(|e| Failure::new(e.to_string()))?;
                results.into_iter().next().map_or(Ok(()), |(_, r)| r)
            }
            WatchAction::SyncExec => {
                for command in &plan.exec {
                    let out = crate::exec::capture(&at.engine.docker, &at.id, command, &[])
                        .await
                        .map_err(|e| Failure::new(format!("`{}` failed: {e}", command.join(" "))))?;
                    if out.exit_code != Some(0) {
                        let code = out.exit_code.map_or("?".into(), |c| c.to_string());
                        return Err(Failure::new(format!("`{}` exited {code}", command.join(" "))));
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Copies changed paths into the container (one archive, unpacked at `/`) and removes
    /// the ones that are gone.
    async fn sync(&self, container: &str, syncs: &[(PathBuf, String)]) -> Result<(), Failure> {
        let (present, gone): (Vec<_>, Vec<_>) = syncs.iter().partition(|(host, _)| host.exists());
        if !present.is_empty() {
            let entries: Vec<(PathBuf, String)> = present.into_iter().cloned().collect();
            let archive = tokio::task::spawn_blocking(move || {
                let mut builder = tar::Builder::new(Vec::new());
                builder.follow_symlinks(false);
                for (host, inside) in &entries {
                    let name = inside.trim_start_matches('/');
                    if host.is_dir() {
                        builder.append_dir_all(name, host)?;
                    } else {
                        builder.append_path_with_name(host, name)?;
                    }
                }
                builder.into_inner()
            })
            .await
            .map_err(|e| Failure::new(e.to_string()))?
            .map_err(|e| Failure::new(format!("cannot read the changed files: {e}")))?;
            let options =
                bollard::query_parameters::UploadToContainerOptions { path: "/".into(), ..Default::default() };
            self.docker
                .upload_to_container(container, Some(options), bollard::body_full(archive.into()))
                .await
                .map_err(|e| Failure::new(format!("cannot copy the changed files into the container: {e}")))?;
        }
        if !gone.is_empty() {
            let mut command = vec!["rm".to_string(), "-rf".to_string(), "--".to_string()];
            command.extend(gone.iter().map(|(_, inside)| inside.clone()));
            crate::exec::capture(&self.docker, container, &command, &[])
                .await
                .map_err(|e| Failure::new(format!("cannot remove deleted files in the container: {e}")))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::interpolate::Vars;

    fn rules(yaml: &str) -> Vec<ServiceRules> {
        let stack =
            crate::stack::load_str(yaml, Path::new("/p/s.yaml"), Path::new("/p"), &Vars::default()).unwrap().stack;
        stack.services.iter().filter(|s| !s.runtime.watch.is_empty()).map(ServiceRules::new).collect()
    }

    const STACK: &str = "services:\n  web:\n    build: ./web\n    develop:\n      watch:\n        - {action: sync, path: ./web/src, target: /app/src, ignore: ['*.tmp', 'cache/']}\n        - {action: rebuild, path: ./web/package.json}\n        - {action: sync+restart, path: ./web/conf, target: /etc/web}\n  worker:\n    image: w\n    develop:\n      watch:\n        - {action: sync+exec, path: ./web/src, target: /work, exec: {command: reload}}\n";

    #[test]
    fn each_change_goes_to_the_first_rule_that_takes_it_and_the_strongest_action_wins() {
        let rules = rules(STACK);
        let changed = [PathBuf::from("/p/web/src/a/b.js"), PathBuf::from("/p/web/conf/site.conf")];
        let plans = plan(&rules, &changed);
        let web = &plans["web"];
        assert_eq!(web.action, WatchAction::SyncRestart);
        assert_eq!(
            web.syncs,
            vec![
                (PathBuf::from("/p/web/src/a/b.js"), "/app/src/a/b.js".to_string()),
                (PathBuf::from("/p/web/conf/site.conf"), "/etc/web/site.conf".to_string())
            ]
        );
        let worker = &plans["worker"];
        assert_eq!(
            (worker.action, worker.exec.clone()),
            (WatchAction::SyncExec, vec![vec!["sh".to_string(), "-c".into(), "reload".into()]])
        );

        let rebuild = plan(&rules, &[PathBuf::from("/p/web/package.json"), PathBuf::from("/p/web/src/x.js")]);
        assert_eq!(rebuild["web"].action, WatchAction::Rebuild);
        assert_eq!(rebuild["web"].changed, vec!["package.json".to_string(), "x.js".to_string()]);
    }

    #[test]
    fn ignored_files_editor_scratch_and_unwatched_paths_change_nothing() {
        let rules = rules(STACK);
        let quiet = [
            PathBuf::from("/p/web/src/notes.tmp"),
            PathBuf::from("/p/web/src/cache/x.js"),
            PathBuf::from("/p/web/src/.main.js.swp"),
            PathBuf::from("/p/web/src/main.js~"),
            PathBuf::from("/p/web/src/4913"),
            PathBuf::from("/p/web/README.md"),
            PathBuf::from("/elsewhere/src/a.js"),
        ];
        let plans = plan(&rules[..1], &quiet);
        assert!(plans.is_empty(), "{plans:?}");
    }

    #[test]
    fn the_build_contexts_dockerignore_applies_to_paths_inside_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("web")).unwrap();
        std::fs::write(dir.path().join("web/.dockerignore"), "src/generated\n").unwrap();
        let yaml = STACK.replace("./web", &dir.path().join("web").display().to_string());
        let stack =
            crate::stack::load_str(&yaml, &dir.path().join("s.yaml"), dir.path(), &Vars::default()).unwrap().stack;
        let rules = vec![ServiceRules::new(stack.service("web").unwrap())];
        let generated = dir.path().join("web/src/generated/api.js");
        assert!(plan(&rules, &[generated]).is_empty());
        assert!(!plan(&rules, &[dir.path().join("web/src/api.js")]).is_empty());
    }

    #[test]
    fn develop_watch_rules_are_checked_where_they_are_written() {
        let bad = "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - {action: sync, path: ./src}\n        - {action: teleport, path: ./src}\n";
        let err = crate::stack::load_str(bad, Path::new("s.yaml"), Path::new("/p"), &Vars::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("s.yaml:6:") && err.contains("needs 'target'"), "{err}");
        assert!(err.contains("s.yaml:7:") && err.contains("action 'teleport'"), "{err}");
    }

    #[test]
    fn include_keeps_only_matching_files_and_ignore_still_wins() {
        let yaml = "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - {action: sync, path: ./src, target: /app, include: ['*.js', 'lib/'], ignore: [skip.js]}\n        - {action: sync, path: ./one, target: /one, include: '*.css'}\n";
        let rules = rules(yaml);
        let taken = |p: &str| !plan(&rules, &[PathBuf::from(p)]).is_empty();
        assert!(taken("/p/src/app.js") && taken("/p/src/lib/deep/x.py"));
        assert!(!taken("/p/src/readme.md"), "not included");
        assert!(!taken("/p/src/skip.js"), "included, but ignored");
        assert!(taken("/p/one/site.css") && !taken("/p/one/site.html"), "one pattern as a string");
    }

    #[test]
    fn initial_sync_takes_the_files_its_rules_take_as_they_are_now() {
        let dir = tempfile::tempdir().unwrap();
        for (file, text) in
            [("src/a.js", "a"), ("src/deep/b.js", "b"), ("src/cache/c.js", "c"), ("src/n.md", "n"), ("conf/x", "x")]
        {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let yaml = "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - {action: sync, path: ./src, target: /app, include: ['*.js', 'deep/'], ignore: [cache/], initial_sync: true}\n        - {action: sync, path: ./conf, target: /conf}\n";
        let stack =
            crate::stack::load_str(yaml, &dir.path().join("s.yaml"), dir.path(), &Vars::default()).unwrap().stack;
        let rules = ServiceRules::new(stack.service("web").unwrap());
        let files: Vec<String> =
            rules.initial_files().iter().map(|f| slash(f.strip_prefix(dir.path()).unwrap())).collect();
        assert_eq!(files, vec!["src/a.js".to_string(), "src/deep/b.js".to_string()], "conf/ has no initial_sync");
    }

    #[test]
    fn initial_sync_on_a_rule_that_does_not_sync_is_a_warning() {
        let yaml = "services:\n  web:\n    build: .\n    develop:\n      watch:\n        - {action: rebuild, path: ./src, initial_sync: true}\n";
        let loaded = crate::stack::load_str(yaml, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap();
        let lines: Vec<(usize, &str)> = loaded.warnings.iter().map(|w| (w.pos.line, w.message.as_str())).collect();
        assert!(lines.iter().any(|(line, m)| *line == 6 && m.contains("initial_sync")), "{lines:?}");
    }
}
