//! `berth build`, with compose's options: build arguments and pulls set on the stack's
//! builds, `--print` of the build definition (compose's bake file) instead of building,
//! `--push` of the built images, and clear refusals for what the engine's own BuildKit
//! cannot do here (attestations, SSH agents, other builders, lint-only checks).

use std::collections::BTreeMap;

use serde::Serialize;

use berth::engine::Engine;
use berth::seed::mask::Masker;
use berth::stack::Stack;

use super::args::BuildArgs;
use super::error::{CliError, CmdResult};
use super::lifecycle::{failures, progress};
use super::output_mode::status_line;

pub async fn build(engine: &Engine, stack: &Stack, services: &[String], asked: &BuildArgs) -> CmdResult {
    refuse_unsupported(asked)?;
    let mut stack = with_build_args(stack, &asked.build_arg)?;
    let memory = asked.memory.as_deref().map(berth::stack::fields::bytes).transpose();
    let memory = memory.map_err(|e| CliError::Usage(format!("--memory: {e}")))?;
    for build in stack.services.iter_mut().filter_map(|s| s.build.as_mut()) {
        build.pull |= asked.pull;
        build.memory = memory.or(build.memory);
    }
    let buildable: Vec<&str> = stack.services.iter().filter(|s| s.build.is_some()).map(|s| s.name.as_str()).collect();
    if let Some(unknown) = services.iter().find(|s| !buildable.contains(&s.as_str())) {
        let known = if buildable.is_empty() { "none".to_string() } else { buildable.join(", ") };
        return Err(CliError::Usage(format!(
            "'{unknown}' is not a service with `build:` in {}; services that build: {known}",
            stack.file.display()
        )));
    }
    // --with-dependencies: what the named services depend on, of it what builds.
    let chosen: Vec<String> = match asked.with_dependencies && !services.is_empty() {
        true => berth::engine::up::selection(&stack, services)?
            .into_iter()
            .filter(|s| buildable.contains(&s.as_str()))
            .collect(),
        false => services.to_vec(),
    };
    if asked.print {
        println!("{}", definition(&stack, &chosen));
        return Ok(());
    }
    if buildable.is_empty() {
        status_line(&format!("no service in {} has `build:`; nothing to build", stack.file.display()));
        return Ok(());
    }
    let masker = Masker::for_stack(&stack, None);
    let (tx, printer) = progress(&stack, &masker, asked.quiet);
    let results = engine.build(&stack, &chosen, asked.no_cache, &tx).await;
    drop(tx);
    let _ = printer.await;
    failures(&results, &masker)?;
    if asked.push {
        push(engine, &stack, &chosen, asked.quiet).await?;
    }
    Ok(())
}

/// What compose refuses on this engine too, or what berth's builds do not do: said before
/// anything is built.
fn refuse_unsupported(asked: &BuildArgs) -> Result<(), CliError> {
    let attestation = [("--provenance", &asked.provenance), ("--sbom", &asked.sbom)]
        .into_iter()
        .find(|(_, value)| value.as_deref().is_some_and(|v| v != "false" && v != "0"));
    if let Some((flag, _)) = attestation {
        return Err(CliError::Failed(format!(
            "{flag}: attestations are not supported by the engine's own builder (compose says the same of the docker driver); build without it"
        )));
    }
    if !asked.ssh.is_empty() {
        return Err(CliError::Failed(
            "--ssh: berth does not forward an SSH agent into builds; give the build what it needs as a build secret (`build.secrets`)".into(),
        ));
    }
    if let Some(builder) = asked.builder.as_deref().filter(|b| *b != "default") {
        return Err(CliError::Failed(format!(
            "no builder \"{builder}\" found: berth builds with the engine's own BuildKit (`default`)"
        )));
    }
    if asked.check {
        return Err(CliError::Failed(
            "--check: berth does not run BuildKit's Dockerfile checks without building; `docker buildx build --check` runs them".into(),
        ));
    }
    Ok(())
}

/// `build --build-arg`: the stack with each argument set for every service that builds.
pub fn with_build_args(stack: &Stack, given: &[String]) -> Result<Stack, CliError> {
    let mut stack = stack.clone();
    for arg in given {
        let (key, value) = match arg.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            // As compose: a bare KEY takes berth's own variable, and is left out when unset.
            None => match std::env::var(arg) {
                Ok(v) => (arg.clone(), v),
                Err(_) => continue,
            },
        };
        if key.is_empty() {
            return Err(CliError::Usage(format!("--build-arg '{arg}': expected KEY=VALUE")));
        }
        for build in stack.services.iter_mut().filter_map(|s| s.build.as_mut()) {
            build.args.insert(key.clone(), value.clone());
        }
    }
    Ok(stack)
}

/// `--push`: each built image that names a registry (`image:`) pushed there.
async fn push(engine: &Engine, stack: &Stack, chosen: &[String], quiet: bool) -> CmdResult {
    let pushed = stack.services.iter().filter(|s| s.build.is_some() && (chosen.is_empty() || chosen.contains(&s.name)));
    for svc in pushed {
        let Some(image) = &svc.image else {
            status_line(&format!("{}: not pushed: it has no `image:` naming where to push", svc.name));
            continue;
        };
        engine
            .push_image(image)
            .await
            .map_err(|why| CliError::Failed(format!("{}: cannot push {image}: {why}", svc.name)))?;
        if !quiet {
            status_line(&format!("{}: pushed {image}", svc.name));
        }
    }
    Ok(())
}

/// `berth push`: the images of `services` (every service with `image:` when none are named;
/// with `include_deps`, what they depend on too) pushed to the registries they name.
pub async fn push_services(engine: &Engine, stack: &Stack, services: &[String], asked: PushAsked) -> CmdResult {
    super::stack_input::known_services(stack, services)?;
    let chosen = match asked.include_deps && !services.is_empty() {
        true => berth::engine::up::selection(stack, services)?,
        false => services.to_vec(),
    };
    let mut failed = false;
    for svc in stack.services.iter().filter(|s| chosen.is_empty() || chosen.contains(&s.name)) {
        let Some(image) = &svc.image else {
            if !chosen.is_empty() && !asked.quiet {
                status_line(&format!("{}: skipped: it has no `image:` naming where to push", svc.name));
            }
            continue;
        };
        match engine.push_image(image).await {
            Ok(()) if !asked.quiet => status_line(&format!("{}: pushed {image}", svc.name)),
            Ok(()) => {}
            Err(why) if asked.ignore_failures => eprintln!("warning: {}: not pushed: {why}", svc.name),
            Err(why) => {
                eprintln!("error: {}: cannot push {image}: {why}", svc.name);
                failed = true;
            }
        }
    }
    match failed {
        true => Err(CliError::Reported(super::exit::FAILED)),
        false => Ok(()),
    }
}

/// What `push` was asked for.
pub struct PushAsked {
    pub include_deps: bool,
    pub ignore_failures: bool,
    pub quiet: bool,
}

/// One build as compose's `build --print` shows it (buildx bake's target), fields in its order.
#[derive(Serialize)]
struct Target {
    context: String,
    dockerfile: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    args: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    labels: BTreeMap<String, String>,
    tags: Vec<String>,
    #[serde(rename = "cache-from", skip_serializing_if = "Vec::is_empty")]
    cache_from: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pull: bool,
    #[serde(rename = "no-cache", skip_serializing_if = "std::ops::Not::not")]
    no_cache: bool,
    output: Vec<String>,
}

#[derive(Serialize)]
struct Group {
    targets: Vec<String>,
}

#[derive(Serialize)]
struct Definition {
    group: BTreeMap<String, Group>,
    target: BTreeMap<String, Target>,
}

/// The builds of `chosen` (every service that builds when empty) as compose's `--print`
/// prints them: a bake file whose `default` group is those services.
fn definition(stack: &Stack, chosen: &[String]) -> String {
    let mut target = BTreeMap::new();
    for svc in stack.services.iter().filter(|s| chosen.is_empty() || chosen.contains(&s.name)) {
        let Some(build) = &svc.build else { continue };
        let dockerfile = build.dockerfile.as_deref().unwrap_or("Dockerfile");
        target.insert(
            svc.name.clone(),
            Target {
                context: build.context.display().to_string(),
                dockerfile: build.context.join(dockerfile).display().to_string(),
                args: build.args.clone(),
                labels: build.labels.clone(),
                tags: vec![berth::engine::images::image_ref(stack, svc)],
                cache_from: build.cache_from.clone(),
                target: build.target.clone(),
                pull: build.pull,
                no_cache: build.no_cache,
                output: vec!["type=docker".into()],
            },
        );
    }
    let group = BTreeMap::from([("default".to_string(), Group { targets: target.keys().cloned().collect() })]);
    serde_json::to_string_pretty(&Definition { group, target }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stack(text: &str) -> Stack {
        let vars = berth::stack::interpolate::Vars::default();
        let dir = std::path::Path::new("/p");
        berth::stack::load_str(text, &dir.join("compose.yaml"), dir, &vars).unwrap_or_else(|e| panic!("{e}")).stack
    }

    #[test]
    fn print_shows_each_build_as_a_bake_target_in_compose_order() {
        let s = stack(
            "name: sc\nservices:\n  a:\n    build:\n      context: ./ctx\n      args: {X: '1'}\n      target: t\n      cache_from: [foo]\n      pull: true\n      no_cache: true\n  b:\n    build: ./ctx\n    image: reg:5000/b:1\n  c:\n    image: redis\n",
        );
        let printed: serde_json::Value = serde_json::from_str(&definition(&s, &[])).unwrap();
        assert_eq!(printed["group"]["default"]["targets"], serde_json::json!(["a", "b"]));
        let a = &printed["target"]["a"];
        assert_eq!(a["context"], "/p/ctx");
        assert_eq!(a["dockerfile"], "/p/ctx/Dockerfile");
        assert_eq!(a["args"], serde_json::json!({"X": "1"}));
        assert_eq!((a["cache-from"][0].as_str(), a["target"].as_str()), (Some("foo"), Some("t")));
        assert_eq!((a["pull"].as_bool(), a["no-cache"].as_bool()), (Some(true), Some(true)));
        assert_eq!(printed["target"]["b"]["tags"], serde_json::json!(["reg:5000/b:1"]));
        assert!(printed["target"]["b"].get("pull").is_none());
        let text = definition(&s, &["b".to_string()]);
        let keys: Vec<&str> = ["context", "dockerfile", "tags", "output"].into_iter().collect();
        let at: Vec<usize> = keys.iter().map(|k| text.find(&format!("\"{k}\"")).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "fields in compose's order: {text}");
        assert!(!text.contains("\"a\""), "only the chosen services: {text}");
    }

    #[test]
    fn attestations_ssh_other_builders_and_checks_are_refused_before_building() {
        let refused = |asked: BuildArgs| refuse_unsupported(&asked).unwrap_err().to_string();
        assert!(refused(BuildArgs { provenance: Some("true".into()), ..Default::default() }).contains("--provenance"));
        assert!(refused(BuildArgs { sbom: Some("1".into()), ..Default::default() }).contains("--sbom"));
        assert!(refused(BuildArgs { ssh: vec!["default".into()], ..Default::default() }).contains("SSH agent"));
        assert!(refused(BuildArgs { builder: Some("foo".into()), ..Default::default() }).contains("no builder \"foo\""));
        assert!(refused(BuildArgs { check: true, ..Default::default() }).contains("--check"));
        let fine =
            BuildArgs { provenance: Some("false".into()), builder: Some("default".into()), ..Default::default() };
        assert!(refuse_unsupported(&fine).is_ok());
    }
}
