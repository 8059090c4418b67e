//! `berth config --format json` against `docker compose config --format json` (v2, from
//! the harness) on the corpus in tests/conformance/: every file resolves to the same
//! stack, field by field; broken files are refused by both, berth with file:line:column.
//! Override merges, env files and profiles are compared the same way.
//!
//! The few places where berth prints an equivalent form are normalised below, each
//! one listed in docs/COMPOSE.md.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn corpus() -> PathBuf {
    common::root().join("tests/conformance")
}

/// The environment both tools run with: nothing from the machine's but PATH and HOME.
fn environment(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut env = vec![
        ("PATH".to_string(), std::env::var("PATH").unwrap_or_default()),
        ("HOME".to_string(), std::env::var("HOME").unwrap_or_default()),
        ("CONFORMANCE_SET".to_string(), "yes".to_string()),
        ("CONFORMANCE_API_KEY".to_string(), "key-value".to_string()),
        ("FROM_HOST".to_string(), "host-value".to_string()),
    ];
    env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    env
}

fn run(program: &Path, args: &[&str], env: &[(String, String)], dir: &Path) -> std::process::Output {
    Command::new(program)
        .args(args)
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()))
}

struct Both {
    compose: std::process::Output,
    berth: std::process::Output,
}

fn both(args: &[&str], env: &[(String, String)], dir: &Path) -> Both {
    Both {
        compose: run(&common::compose_v2(), args, env, dir),
        berth: run(Path::new(env!("CARGO_BIN_EXE_berth")), args, env, dir),
    }
}

/// Compose's output mapped onto the equivalent form berth prints (docs/COMPOSE.md).
fn normalise(mut v: Value) -> Value {
    if let Some(top) = v.as_object_mut() {
        // Extension fields are for anchors and tools; berth reads `x-berth` and prints neither.
        top.retain(|k, _| !k.starts_with("x-"));
    }
    let services = v.get_mut("services").and_then(Value::as_object_mut);
    for (_, svc) in services.into_iter().flatten() {
        let Some(svc) = svc.as_object_mut() else { continue };
        svc.retain(|k, _| !k.starts_with("x-"));
        // `missing` is compose's default: berth prints pull_policy only when it is another.
        if svc.get("pull_policy").and_then(Value::as_str) == Some("missing") {
            svc.remove("pull_policy");
        }
        // `disable: true` and `test: [NONE]` are the same healthcheck; berth prints the second.
        if let Some(h) = svc.get_mut("healthcheck").and_then(Value::as_object_mut) {
            if h.remove("disable") == Some(Value::Bool(true)) {
                h.insert("test".into(), serde_json::json!(["NONE"]));
            }
        }
        // A relative secret target is mounted under /run/secrets/; berth prints where.
        for grant in svc.get_mut("secrets").and_then(Value::as_array_mut).into_iter().flatten() {
            if let Some(t) = grant.get("target").and_then(Value::as_str).filter(|t| !t.starts_with('/')) {
                grant["target"] = Value::String(format!("/run/secrets/{t}"));
            }
        }
    }
    v
}

fn flatten(v: &Value, path: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| flatten(x, format!("{path}.{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| flatten(x, format!("{path}[{i}]"), out)),
        other => out.push((path, other.to_string())),
    }
}

/// The fields where the two differ, one line each; empty when they agree.
fn differences(compose: &Value, berth: &Value) -> Vec<String> {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    flatten(compose, String::new(), &mut a);
    flatten(berth, String::new(), &mut b);
    let a: std::collections::BTreeMap<_, _> = a.into_iter().collect();
    let b: std::collections::BTreeMap<_, _> = b.into_iter().collect();
    let keys: std::collections::BTreeSet<_> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| {
            let show = |m: &std::collections::BTreeMap<String, String>| m.get(k).cloned().unwrap_or("(absent)".into());
            format!("{k}: compose {} / berth {}", show(&a), show(&b))
        })
        .collect()
}

/// Both outputs as JSON, compared; a description of what went wrong otherwise.
fn compare(label: &str, r: &Both) -> Result<(), String> {
    let parse = |who: &str, out: &std::process::Output| -> Result<Value, String> {
        if !out.status.success() {
            return Err(format!("{label}: {who} refused it: {}", common::text(out)));
        }
        serde_json::from_slice(&out.stdout).map_err(|e| format!("{label}: {who} printed no JSON ({e})"))
    };
    let compose = normalise(parse("compose", &r.compose)?);
    let berth = parse("berth", &r.berth)?;
    let diffs = differences(&compose, &berth);
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(format!("{label}:\n    {}", diffs.join("\n    ")))
    }
}

/// Whether berth's message says `NAME:LINE:COLUMN:`.
fn names_a_place(name: &str, said: &str) -> bool {
    regex::Regex::new(&format!(r"{}:\d+:\d+: ", regex::escape(name))).unwrap().is_match(said)
}

fn check_all(results: Vec<Result<(), String>>, what: &str) {
    let total = results.len();
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(
        failures.is_empty(),
        "{} of {total} {what} differ from compose v2:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_corpus_file_resolves_as_compose_resolves_it() {
    let dir = corpus().join("config");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files, fewer than 40", files.len());
    let env = environment(&[]);
    let results = files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_str().unwrap();
            let r = both(&["-p", "corpus", "-f", name, "--profile", "*", "config", "--format", "json"], &env, &dir);
            compare(name, &r)
        })
        .collect();
    check_all(results, "corpus files");
}

#[test]
fn broken_files_are_refused_by_both_and_berth_says_where() {
    let dir = corpus().join("broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 15);
    let env = environment(&[]);
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let r = both(&["-p", "broken", "-f", name, "config", "--format", "json"], &env, &dir);
        let said = common::text(&r.berth);
        if r.compose.status.success() {
            failures.push(format!("{name}: compose accepts it (the corpus is wrong)"));
        } else if r.berth.status.success() {
            failures.push(format!("{name}: compose refuses it ({}), berth accepts it", common::text(&r.compose)));
        } else {
            if !names_a_place(name, &said) {
                failures.push(format!("{name}: berth's message has no file:line:column: {said}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn override_files_merge_as_compose_merges_them() {
    let dir = corpus().join("override");
    let env = environment(&[]);
    let results = vec![
        // Found in the folder, with compose.override.yaml; the project is named after the folder.
        compare("discovered", &both(&["config", "--format", "json"], &env, &dir)),
        compare(
            "three -f",
            &both(
                &[
                    "-f",
                    "compose.yaml",
                    "-f",
                    "compose.override.yaml",
                    "-f",
                    "compose.prod.yaml",
                    "--profile",
                    "backend",
                    "config",
                    "--format",
                    "json",
                ],
                &env,
                &dir,
            ),
        ),
        compare(
            "COMPOSE_FILE",
            &both(
                &["config", "--format", "json"],
                &environment(&[("COMPOSE_FILE", "compose.yaml:compose.prod.yaml"), ("COMPOSE_PROFILES", "backend")]),
                &dir,
            ),
        ),
    ];
    check_all(results, "merges");
}

#[test]
fn env_files_and_dotenv_interpolate_as_compose_does() {
    let dir = corpus().join("envfiles");
    let results = vec![
        compare("with .env", &both(&["config", "--format", "json"], &environment(&[]), &dir)),
        compare(
            "two --env-file",
            &both(
                &["--env-file", "one.env", "--env-file", "two.env", "config", "--format", "json"],
                &environment(&[]),
                &dir,
            ),
        ),
        compare(
            "the environment wins",
            &both(
                &["--env-file", "one.env", "config", "--format", "json"],
                &environment(&[("A", "proc"), ("TAG", "8")]),
                &dir,
            ),
        ),
    ];
    check_all(results, "env file cases");
}

#[test]
fn profiles_services_and_profile_lists_match_compose() {
    let dir = corpus().join("config");
    let env = environment(&[]);
    let lines = |out: &std::process::Output| {
        let mut l: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect();
        l.sort();
        l
    };
    let file = "21-profiles.yaml";
    let mut results = Vec::new();
    for profiles in [&[][..], &["--profile", "debug"][..], &["--profile", "tools"][..]] {
        let mut args = vec!["-p", "corpus", "-f", file];
        args.extend(profiles);
        args.extend(["config", "--format", "json"]);
        results.push(compare(&format!("{file} {profiles:?}"), &both(&args, &env, &dir)));
        args.truncate(args.len() - 3);
        args.extend(["config", "--services"]);
        let r = both(&args, &env, &dir);
        assert_eq!(lines(&r.berth), lines(&r.compose), "--services with {profiles:?}: {}", common::text(&r.berth));
    }
    let r = both(&["-p", "corpus", "-f", file, "config", "--profiles"], &env, &dir);
    assert_eq!(lines(&r.berth), lines(&r.compose));
    // COMPOSE_PROFILES does what --profile does.
    let r = both(
        &["-p", "corpus", "-f", file, "config", "--services"],
        &environment(&[("COMPOSE_PROFILES", "debug")]),
        &dir,
    );
    assert_eq!(lines(&r.berth), lines(&r.compose));
    assert_eq!(lines(&r.berth), ["app", "debug", "tools"]);
    check_all(results, "profile selections");
}

#[test]
fn yaml_differential_suite_reads_as_compose_reads_it() {
    // Flow and block styles, comments, multi-line scalars, escapes, anchors and merges,
    // tags, YAML 1.1/1.2 scalars, odd keys, tabs, BOM, CRLF, documents: compose v2 is
    // the oracle for acceptance and for the values.
    let dir = corpus().join("yaml/files");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 150, "the YAML suite has {} files, fewer than 150", files.len());
    let env = environment(&[]);
    let mut results = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let r = both(&["-p", "yaml", "-f", name, "config", "--format", "json"], &env, &dir);
        let verdict = match (r.compose.status.success(), r.berth.status.success()) {
            (false, false) => {
                if names_a_place(name, &common::text(&r.berth)) {
                    Ok(())
                } else {
                    Err(format!("{name}: refused without file:line:column: {}", common::text(&r.berth)))
                }
            }
            (true, true) => compare(name, &r),
            (true, false) => Err(format!("{name}: compose reads it, berth refuses it: {}", common::text(&r.berth))),
            (false, true) => Err(format!("{name}: compose refuses it ({}), berth reads it", common::text(&r.compose))),
        };
        results.push(verdict);
    }
    check_all(results, "YAML snippets");
}

#[test]
fn a_left_out_services_env_file_is_not_read_as_compose_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("compose.yaml"),
        "services:\n  app:\n    image: nginx:1.27\n  tools:\n    image: nginx:1.27\n    profiles: [tools]\n    env_file: tools-only.env\n",
    )
    .unwrap();
    let env = environment(&[]);
    // The profile off: compose never opens the file, so neither refuses.
    let off = both(&["-p", "corpus", "config", "--format", "json"], &env, dir.path());
    check_all(vec![compare("profile off, env_file missing", &off)], "profile selections");
    // The profile on: both refuse the missing file, berth where it is named.
    let on = both(&["-p", "corpus", "--profile", "tools", "config", "--format", "json"], &env, dir.path());
    assert!(!on.compose.status.success(), "compose accepted: {}", common::text(&on.compose));
    assert!(!on.berth.status.success(), "berth accepted: {}", common::text(&on.berth));
    let said = common::text(&on.berth);
    assert!(names_a_place("compose.yaml", &said) && said.contains("tools-only.env"), "{said}");
}

#[test]
fn the_project_name_is_a_variable_of_the_files_wherever_it_comes_from() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("Shop_Dir");
    std::fs::create_dir(&project).unwrap();
    let body =
        "services:\n  app:\n    image: nginx:1.27\n    environment:\n      PROJECT: ${COMPOSE_PROJECT_NAME:-none}\n";
    let mut results = Vec::new();
    for (label, top, args, extra) in [
        ("the folder's name", "", &[][..], &[][..]),
        ("-p", "", &["-p", "given"][..], &[][..]),
        ("COMPOSE_PROJECT_NAME", "", &[][..], &[("COMPOSE_PROJECT_NAME", "fromenv")][..]),
        ("name: with a variable", "name: ${CONFORMANCE_SET}-shop\n", &[][..], &[][..]),
        ("-p over name:", "name: named\n", &["-p", "given"][..], &[][..]),
    ] {
        std::fs::write(project.join("compose.yaml"), format!("{top}{body}")).unwrap();
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["config", "--format", "json"]);
        let r = both(&all, &environment(extra), &project);
        let said = String::from_utf8_lossy(&r.berth.stdout).to_string();
        results.push(compare(label, &r).and_then(|()| match said.contains("\"PROJECT\": \"none\"") {
            true => Err(format!("{label}: the variable was not set: {said}")),
            false => Ok(()),
        }));
    }
    check_all(results, "project names");
}

#[test]
fn files_with_providers_models_and_odd_values_are_accepted_as_compose_accepts_them() {
    // compose v2.40.3's `config` accepts each (exit 0); only its `up` needs the plugins.
    let dir = tempfile::tempdir().unwrap();
    let files = [
        "services:\n  db:\n    provider:\n      type: awesomecloud\n      options:\n        type: mysql\n  app:\n    image: nginx:1.27\n    depends_on: [db]\n",
        "services:\n  app:\n    image: nginx:1.27\n    models: [llm]\nmodels:\n  llm:\n    model: ai/smollm2\n",
        "services:\n  app:\n    image: nginx:1.27\n    models:\n      llm:\n        endpoint_var: LLM_URL\nmodels:\n  llm:\n    model: ai/smollm2\n",
        // Values compose's config passes on (its engine may refuse them at up): berth warns.
        "services:\n  app:\n    image: nginx:1.27\n    restart: sometimes\n    network_mode: bogus\n    mac_address: zz\n    cpus: 2000\n",
        "services:\n  app:\n    image: nginx:1.27\n    volumes_from: ['b:z']\n    pull_policy: refresh\n    deploy: {mode: replicated-job, endpoint_mode: foo, restart_policy: {condition: bogus}}\n  b:\n    image: nginx:1.27\n    pull_policy: every_2d\n    devices: [{source: /dev/fuse, target: /dev/fuse, permissions: rwm}]\n",
    ];
    let env = environment(&[]);
    for text in files {
        std::fs::write(dir.path().join("compose.yaml"), text).unwrap();
        let r = both(&["-p", "corpus", "config", "--format", "json"], &env, dir.path());
        assert!(r.compose.status.success(), "compose refused:\n{text}{}", common::text(&r.compose));
        assert!(r.berth.status.success(), "berth refused:\n{text}{}", common::text(&r.berth));
    }
    // A provider without its type is refused by both, berth where it is.
    std::fs::write(dir.path().join("compose.yaml"), "services:\n  db:\n    provider:\n      options: {}\n").unwrap();
    let r = both(&["-p", "corpus", "config"], &env, dir.path());
    assert!(!r.compose.status.success() && !r.berth.status.success(), "{}", common::text(&r.berth));
    assert!(names_a_place("compose.yaml", &common::text(&r.berth)), "{}", common::text(&r.berth));
}

#[test]
fn all_resources_prints_what_the_services_do_not_use_as_compose_does() {
    let dir = corpus().join("config");
    let r = both(
        &["-p", "corpus", "-f", "58-unused-resources.yaml", "--all-resources", "config", "--format", "json"],
        &environment(&[]),
        &dir,
    );
    let said = String::from_utf8_lossy(&r.berth.stdout).to_string();
    check_all(vec![compare("--all-resources", &r)], "all resources");
    assert!(said.contains("corpus_spare"), "{said}");
}

#[test]
fn config_lists_images_volumes_networks_and_writes_a_file_as_compose_does() {
    let dir = tempfile::tempdir().unwrap();
    let file = "services:\n  a:\n    image: nginx:1.27\n    networks: [front]\n    volumes: [data:/d]\n  b:\n    build: .\n  c:\n    image: redis:7\n    profiles: [x]\nvolumes:\n  data: {}\n  spare: {}\nnetworks:\n  front: {}\n  back: {}\n";
    std::fs::write(dir.path().join("compose.yaml"), file).unwrap();
    let env = environment(&[]);
    let sorted = |out: &std::process::Output| {
        let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect();
        lines.sort(); // compose prints networks in no fixed order
        lines
    };
    for (flag, expected) in [
        ("--images", &["demo-b", "nginx:1.27"][..]),
        ("--volumes", &["data"][..]),
        ("--networks", &["default", "front"][..]),
    ] {
        let r = both(&["-p", "demo", "config", flag], &env, dir.path());
        assert_eq!(sorted(&r.berth), sorted(&r.compose), "{flag}: {}", common::text(&r.berth));
        assert_eq!(sorted(&r.berth), expected, "{flag}");
    }
    // -o: the resolved stack in a file, nothing on stdout; the file reads back as the same stack.
    let r = both(&["-p", "demo", "config", "--format", "json", "-o", "out.json"], &env, dir.path());
    assert!(r.berth.status.success() && r.berth.stdout.is_empty(), "{}", common::text(&r.berth));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("out.json")).unwrap()).unwrap();
    assert_eq!(written["services"]["a"]["image"], "nginx:1.27");
}

#[test]
fn compose_settings_come_from_the_environment_and_the_env_files_as_compose_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("one.yaml", "services:\n  a:\n    image: nginx:${TAG:-none}\n");
    write("two.yaml", "services:\n  b:\n    image: redis:7\n");
    write(".env", "COMPOSE_FILE=one.yaml;two.yaml\nCOMPOSE_PATH_SEPARATOR=;\nCOMPOSE_PROFILES=\nTAG=fromdotenv\n");
    write("other.env", "TAG=fromenvfiles\n");
    let mut results = Vec::new();
    // COMPOSE_FILE and its separator from `.env`; then from the environment over `.env`.
    for (label, extra, args) in [
        ("COMPOSE_FILE in .env", &[][..], &["-p", "corpus", "config", "--format", "json"][..]),
        (
            "COMPOSE_FILE in the environment",
            &[("COMPOSE_FILE", "two.yaml")][..],
            &["-p", "corpus", "config", "--format", "json"][..],
        ),
        (
            "COMPOSE_ENV_FILES",
            &[("COMPOSE_ENV_FILES", "other.env")][..],
            &["-p", "corpus", "-f", "one.yaml", "config", "--format", "json"][..],
        ),
        (
            "COMPOSE_DISABLE_ENV_FILE",
            &[("COMPOSE_DISABLE_ENV_FILE", "true")][..],
            &["-p", "corpus", "-f", "one.yaml", "config", "--format", "json"][..],
        ),
    ] {
        results.push(compare(label, &both(args, &environment(extra), dir.path())));
    }
    check_all(results, "settings");
    // Without `.env`'s COMPOSE_FILE (its file disabled) neither finds a stack file here.
    let r = both(&["-p", "corpus", "config"], &environment(&[("COMPOSE_DISABLE_ENV_FILE", "1")]), dir.path());
    assert!(!r.compose.status.success() && !r.berth.status.success(), "{}", common::text(&r.berth));
}

#[test]
fn the_project_directory_moves_paths_dotenv_and_the_name_as_in_compose() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("Elsewhere");
    std::fs::create_dir(&project).unwrap();
    std::fs::write(project.join(".env"), "TAG=from-project-dir\n").unwrap();
    std::fs::write(dir.path().join(".env"), "TAG=from-file-dir\n").unwrap();
    std::fs::write(
        dir.path().join("compose.yaml"),
        "services:\n  app:\n    image: nginx:${TAG:-none}\n    volumes: ['./data:/data']\n    build: ./ctx\n",
    )
    .unwrap();
    let env = environment(&[]);
    let args = ["--project-directory", "Elsewhere", "-f", "compose.yaml", "config", "--format", "json"];
    let r = both(&args, &env, dir.path());
    check_all(vec![compare("--project-directory", &r)], "project directories");
    let said = String::from_utf8_lossy(&r.berth.stdout).to_string();
    assert!(
        said.contains("from-project-dir")
            && said.contains("Elsewhere/data")
            && said.contains("\"name\": \"elsewhere\""),
        "{said}"
    );
    // Without -f, the stack file is looked for from the project directory, as compose does:
    // none there, so upward (the parent's); then the one put there.
    let r = both(&["--project-directory", "Elsewhere", "config", "--format", "json"], &env, dir.path());
    check_all(vec![compare("--project-directory, a file above it", &r)], "project directories");
    std::fs::write(project.join("compose.yaml"), "services:\n  there:\n    image: nginx:1.27\n").unwrap();
    let r = both(&["--project-directory", "Elsewhere", "config", "--format", "json"], &env, dir.path());
    check_all(vec![compare("--project-directory without -f", &r)], "project directories");
    assert!(String::from_utf8_lossy(&r.berth.stdout).contains("\"there\""), "{}", common::text(&r.berth));
}
