//! The commands compose users type, on a real engine: `-f` after the command refused, `up -d`,
//! `ps --format json`, `logs -f` (follows), `logs -n`, `stop`/`start`, `port`, `pull`
//! with `pull_policy`-free local images, the stack found in the current folder with its
//! override file, and profiles enabled by naming a service.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{free_port, text, TestStack};

const STACK: &str = r#"
services:
  web:
    image: ${BASE}
    command: ["sh", "-c", "echo web-started; i=0; while true; do i=$$((i+1)); echo tick-$$i; sleep 1; done"]
    ports: ["127.0.0.1:${WEB_PORT}:8080"]
    stop_grace_period: 1s
  worker:
    image: ${BASE}
    command: ["sleep", "infinity"]
    stop_grace_period: 1s
  tools:
    image: ${BASE}
    command: ["sleep", "infinity"]
    profiles: [tools]
"#;

struct Down<'a>(&'a TestStack);

impl Drop for Down<'_> {
    fn drop(&mut self) {
        let _ = self.0.berth(&["down", "-v"]);
    }
}

fn state(stack: &TestStack, service: &str) -> String {
    let out = stack.berth(&["ps", "-a", "--format", "json"]);
    assert!(out.status.success(), "ps: {}", text(&out));
    ps_json(&out.stdout)
        .into_iter()
        .find(|c| c["Service"] == service)
        .map(|c| c["State"].as_str().unwrap_or_default().to_string())
        .unwrap_or_else(|| "absent".into())
}

/// compose's `ps --format json`: one object per container and line.
fn ps_json(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

/// The stack's file brought up by compose v2 under a project of its own and by berth,
/// side by side on one engine, to compare what each leaves; compose's is taken down at the end.
struct ComposePeer<'a> {
    stack: &'a TestStack,
    project: String,
}

impl<'a> ComposePeer<'a> {
    fn up(stack: &'a TestStack) -> ComposePeer<'a> {
        let peer = ComposePeer { stack, project: format!("{}-compose", stack.name) };
        peer.run(&["up", "-d"]);
        let out = stack.berth(&["up", "-d"]);
        assert!(out.status.success(), "{}", text(&out));
        peer
    }

    /// `docker compose -p PROJECT -f FILE ARGS…`; its stdout.
    fn run(&self, args: &[&str]) -> String {
        let mut full = vec!["-p", self.project.as_str(), "-f", self.stack.file.as_str()];
        full.extend_from_slice(args);
        let dir = std::path::Path::new(&self.stack.file).parent().unwrap();
        common::compose(&full, &self.stack.env, dir)
    }
}

impl ComposePeer<'_> {
    /// `docker compose -p PROJECT -f FILE ARGS…` with the stack's variables, in its folder,
    /// its output captured; not started.
    fn command(&self, args: &[&str]) -> Command {
        let dir = std::path::Path::new(&self.stack.file).parent().unwrap();
        let mut command = Command::new(common::compose_v2());
        command
            .args(["-p", self.project.as_str(), "-f", self.stack.file.as_str()])
            .args(args)
            .envs(self.stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// As [`ComposePeer::run`], whatever compose's exit status: the whole outcome.
    fn outcome(&self, args: &[&str]) -> std::process::Output {
        self.command(args).output().expect("run docker compose v2")
    }
}

/// berth's stdout for a command that must succeed.
fn stdout_of(stack: &TestStack, args: &[&str]) -> String {
    let out = stack.berth(args);
    assert!(out.status.success(), "berth {}: {}", args.join(" "), text(&out));
    String::from_utf8_lossy(&out.stdout).to_string()
}

impl Drop for ComposePeer<'_> {
    fn drop(&mut self) {
        let down = || self.run(&["down", "-v", "-t", "1"]);
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(down));
    }
}

#[test]
fn ps_prints_what_compose_ps_prints() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    ports: ['127.0.0.1::80']\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sh, -c, 'exit 3']\n";
    let stack = TestStack::from_yaml("ps-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let compose = |args: &[&str]| peer.run(args);
    std::thread::sleep(Duration::from_secs(2));
    let berth = |args: &[&str]| stdout_of(&stack, args);

    // The JSON objects: the same keys, and the same values once the project's name is set aside.
    let normal = |project: &str, c: &serde_json::Value| {
        let mut c = c.clone();
        for key in ["ID", "Labels", "CreatedAt", "RunningFor", "Networks"] {
            c[key] = serde_json::Value::Null;
        }
        for p in c["Publishers"].as_array_mut().into_iter().flatten() {
            p["PublishedPort"] = serde_json::Value::Null;
        }
        // "Up 2 seconds" / "Exited (3) 2 seconds ago": the state's words, not the clock's.
        let status = c["Status"].as_str().unwrap_or_default().to_string();
        let words = if status.starts_with("Up") { 1 } else { 2 };
        c["Status"] = status.split(' ').take(words).collect::<Vec<_>>().join(" ").into();
        // berth names a single container <project>-<service>, compose adds -1.
        for key in ["Name", "Names"] {
            let name = c[key].as_str().unwrap_or_default().trim_end_matches("-1").to_string();
            c[key] = name.into();
        }
        let ports = c["Ports"]
            .as_str()
            .unwrap_or_default()
            .split_once(':')
            .map(|(ip, rest)| format!("{ip}:<port>{}", &rest[rest.find('-').unwrap_or(0)..]));
        c["Ports"] = ports.unwrap_or_default().into();
        serde_json::from_str::<serde_json::Value>(&c.to_string().replace(project, "<project>")).unwrap()
    };
    let ours: Vec<serde_json::Value> =
        ps_json(berth(&["ps", "-a", "--format", "json"]).as_bytes()).iter().map(|c| normal(&stack.name, c)).collect();
    let theirs: Vec<serde_json::Value> = ps_json(compose(&["ps", "-a", "--format", "json"]).as_bytes())
        .iter()
        .map(|c| normal(&peer.project, c))
        .collect();
    assert_eq!(ours, theirs);
    assert_eq!(ours.len(), 2);
    assert_eq!((ours[1]["State"].as_str(), ours[1]["ExitCode"].as_i64()), (Some("exited"), Some(3)));

    // The short forms scripts use, line for line.
    for args in [
        &["ps", "--services"][..],
        &["ps", "-a", "--services"],
        &["ps", "--status", "exited", "--services"],
        &["ps", "-a", "--format", "{{.Service}} {{.State}} {{.ExitCode}}"],
    ] {
        assert_eq!(berth(args), compose(args), "{}", args.join(" "));
    }
    let ids = berth(&["ps", "-q"]);
    assert_eq!(ids.lines().map(str::len).collect::<Vec<_>>(), [64], "{ids}");
    let table = berth(&["ps", "-a"]);
    assert!(table.starts_with("NAME ") && table.contains("Exited (3)"), "{table}");
}

#[test]
fn compose_habits_work_on_a_running_stack() {
    let mut stack = TestStack::from_yaml("habits", STACK);
    let port = free_port();
    stack.env.push(("WEB_PORT".into(), port.to_string()));
    let _down = Down(&stack);

    // `-f` after the command is refused, as compose refuses it, saying where it goes; nothing starts.
    let out = common::berth(&["up", "-f", &stack.file, "-d"], &stack.env);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("goes before the command"), "{}", text(&out));
    assert_eq!(state(&stack, "web"), "absent");

    // `up -d` returns once the containers run.
    let out = stack.berth(&["up", "-d"]);
    assert!(out.status.success(), "up -d: {}", text(&out));
    assert!(text(&out).contains("started without waiting"), "{}", text(&out));
    assert_eq!(state(&stack, "web"), "running");
    assert_eq!(state(&stack, "tools"), "absent", "a service in a disabled profile is not started");

    // `port` prints where the container port is published.
    let out = stack.berth(&["port", "web", "8080"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("127.0.0.1:{port}"), "{}", text(&out));

    // `logs -n 1` prints one line; `logs -f` keeps following (new ticks arrive) until killed.
    let out = stack.berth(&["logs", "-n", "1", "web"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1, "{}", text(&out));
    let mut follow = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", &stack.file, "logs", "-f", "web"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .current_dir(common::root())
        .stdout(Stdio::piped())
        .spawn()
        .expect("logs -f");
    std::thread::sleep(Duration::from_secs(3));
    assert!(follow.try_wait().expect("wait").is_none(), "logs -f ended instead of following");
    let _ = follow.kill();
    let mut seen = String::new();
    follow.stdout.take().expect("stdout").read_to_string(&mut seen).expect("read");
    let _ = follow.wait();
    let ticks: Vec<u32> =
        seen.lines().filter_map(|l| l.split("tick-").nth(1)).filter_map(|n| n.trim().parse().ok()).collect();
    assert!(ticks.len() >= 3, "logs -f showed {ticks:?}:\n{seen}");

    // `stop` keeps the container; `start` brings it back.
    let started = Instant::now();
    let out = stack.berth(&["stop", "worker"]);
    assert!(out.status.success(), "stop: {}", text(&out));
    assert!(started.elapsed() < Duration::from_secs(8), "stop took {:?} with a 1 s grace period", started.elapsed());
    assert_eq!(state(&stack, "worker"), "exited");
    let out = stack.berth(&["start", "worker"]);
    assert!(out.status.success(), "start: {}", text(&out));
    assert_eq!(state(&stack, "worker"), "running");

    // `restart` with no service restarts every service that has a container, as compose's.
    let started_at =
        |service: &str| common::docker(&["inspect", "--format", "{{.State.StartedAt}}", &stack.container(service)]);
    let before = (started_at("web"), started_at("worker"));
    let out = stack.berth(&["restart"]);
    assert!(out.status.success(), "restart: {}", text(&out));
    assert!(before.0 != started_at("web") && before.1 != started_at("worker"), "{}", text(&out));
    assert_eq!(state(&stack, "tools"), "absent", "a service without a container stays so");

    // Naming a service of a profile enables it, as compose does.
    let out = stack.berth(&["up", "tools", "--wait"]);
    assert!(out.status.success(), "up tools: {}", text(&out));
    assert_eq!(state(&stack, "tools"), "running");

    // `pull` of an image that only exists locally fails with the image named, and pulls nothing.
    let out = stack.berth(&["pull", "web"]);
    assert!(!out.status.success(), "pull of a local-only image succeeded: {}", text(&out));
    assert!(text(&out).contains("web"), "{}", text(&out));
    // --ignore-pull-failures says so and exits 0, as compose's; -q prints only the failure.
    let out = stack.berth(&["pull", "--ignore-pull-failures", "web"]);
    assert!(out.status.success() && text(&out).contains("web: not pulled"), "{}", text(&out));
    let out = stack.berth(&["pull", "-q", "web"]);
    assert!(!out.status.success() && out.stdout.is_empty(), "{}", text(&out));
}

#[test]
fn the_stack_is_found_in_the_current_folder_with_its_override() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("compose.yaml"),
        "services:\n  app:\n    image: busybox\n    environment: {A: base}\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("compose.override.yaml"), "services:\n  app:\n    environment: {A: override}\n")
        .expect("write");
    let deeper = dir.path().join("src/deeper");
    std::fs::create_dir_all(&deeper).expect("mkdir");
    let out = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["config", "--format", "json"])
        .current_dir(&deeper)
        .env_remove("COMPOSE_FILE")
        .output()
        .expect("berth config");
    assert!(out.status.success(), "{}", text(&out));
    let config: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(config["services"]["app"]["environment"]["A"], "override");
    let folder = dir.path().file_name().unwrap().to_str().unwrap().to_lowercase();
    let expected: String = folder.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    assert_eq!(config["name"], expected.as_str(), "a compose file's stack is named after its folder");
}

#[test]
fn kill_pause_unpause_and_rm_leave_the_containers_as_compose_leaves_them() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("ops-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let compose = |args: &[&str]| peer.run(args);
    let berth = |args: &[&str]| {
        let out = stack.berth(args);
        assert!(out.status.success(), "berth {}: {}", args.join(" "), text(&out));
        text(&out)
    };
    let states = ["ps", "-a", "--format", "{{.Service}} {{.State}} {{.ExitCode}}"];
    for step in [
        &["pause", "a"][..],
        &["unpause", "a"],
        &["pause"],
        &["unpause"],
        &["kill", "b"],
        &["rm", "-f", "b"],
        &["kill"],
    ] {
        compose(step);
        let said = berth(step);
        assert_eq!(berth(&states), compose(&states), "after {}: berth said {said}", step.join(" "));
    }
    // What berth says it did; then nothing is left to remove.
    compose(&["rm", "-f"]);
    let out = berth(&["rm", "-f"]);
    assert!(out.contains(": removed"), "{out}");
    assert_eq!(berth(&states), compose(&states));
    assert!(berth(&["rm", "-f"]).contains("no stopped containers"));
}

#[test]
fn post_start_and_pre_stop_hooks_run_when_compose_runs_them() {
    // Each hook appends to a log named after its project, in a folder both tools mount.
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    environment:\n      PROJECT: ${COMPOSE_PROJECT_NAME}\n    volumes: ['./hooks:/hooks']\n    post_start:\n      - command: sh -c 'echo \"start $$(id -u) $$WHERE $$HOOK_VAR\" >> /hooks/$$PROJECT'\n        user: '1234'\n        working_dir: /tmp\n        environment: {HOOK_VAR: set}\n    pre_stop:\n      - command: sh -c 'echo stop >> /hooks/$$PROJECT'\n        environment: [WHERE=x]\n";
    let stack = TestStack::from_yaml("hooks-like", &file.replace("$WHERE", "$(pwd)"));
    std::fs::create_dir_all(stack.path("hooks")).unwrap();
    std::fs::set_permissions(stack.path("hooks"), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let log = |project: &str| std::fs::read_to_string(stack.path("hooks").join(project)).unwrap_or_default();
    assert_eq!(log(&stack.name), "start 1234 /tmp set\n", "compose wrote: {}", log(&peer.project));
    for step in [&["restart"][..], &["stop"], &["start"], &["stop", "a"], &["start", "a"], &["down"]] {
        peer.run(step);
        let out = stack.berth(step);
        assert!(out.status.success(), "berth {}: {}", step.join(" "), text(&out));
        assert_eq!(log(&stack.name), log(&peer.project), "after {}", step.join(" "));
    }
    assert_eq!(log(&stack.name).lines().filter(|l| *l == "stop").count(), 4, "{}", log(&stack.name));
}

#[test]
fn a_failing_hook_fails_the_command_as_in_compose_and_says_which() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    post_start:\n      - command: [sh, -c, 'echo warming up; echo no cache >&2; exit 3']\n    pre_stop:\n      - command: [sh, -c, 'exit ${PRE_STOP_EXIT:-4}']\n";
    let stack = TestStack::from_yaml("hook-fails", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let compose = peer.outcome(&["up", "-d"]);
    let berth = stack.berth(&["up", "-d"]);
    assert_eq!((berth.status.code(), compose.status.code()), (Some(1), Some(1)), "{}", text(&berth));
    let said = text(&berth);
    assert!(said.contains("the post_start hook of service 'a' exited with status 3: no cache | warming up"), "{said}");
    // Both leave the container running, as the engine started it.
    assert_eq!(state(&stack, "a"), "running");
    // A pre_stop hook that fails leaves the container running under both, and says so.
    for step in [&["stop"][..], &["down"]] {
        let compose = peer.outcome(step);
        let berth = stack.berth(step);
        assert_eq!((berth.status.code(), compose.status.code()), (Some(1), Some(1)), "{}", text(&berth));
        assert!(text(&berth).contains("the pre_stop hook of service 'a' exited with status 4"), "{}", text(&berth));
        assert_eq!(state(&stack, "a"), "running", "after {}", step.join(" "));
    }
    // kill runs no hook: the way out the hint names.
    peer.run(&["kill"]);
    let out = stack.berth(&["kill"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn an_up_that_needs_a_plugin_or_one_port_twice_is_refused_before_anything_is_made() {
    let file = "services:\n  db:\n    provider:\n      type: berth-test-absent-plugin\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n    depends_on: [db]\n  web:\n    image: ${BASE}\n    command: [sleep, infinity]\n    ports: ['127.0.0.1:${PORT_A}:80']\n  runner:\n    image: ${BASE}\n    command: [sleep, infinity]\n    ports: ['127.0.0.1:${PORT_A}:80']\n";
    let mut stack = TestStack::from_yaml("cannot-run", file);
    stack.env.push(("PORT_A".into(), free_port().to_string()));
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // The provider: compose fails without the plugin, berth refuses to start what needs it.
    let compose = peer.outcome(&["up", "-d", "app"]);
    let berth = stack.berth(&["up", "-d", "app"]);
    assert_eq!((berth.status.code(), compose.status.code()), (Some(1), Some(1)), "{}", text(&berth));
    assert!(text(&berth).contains("'db' is provided by 'berth-test-absent-plugin'"), "{}", text(&berth));
    // The shared port: compose accepts the file and its engine would refuse the second
    // container once the first runs; berth starts either alone, and refuses both before
    // creating anything.
    let berth = stack.berth(&["up", "-d", "runner"]);
    assert!(berth.status.success(), "{}", text(&berth));
    let out = stack.berth(&["down"]);
    assert!(out.status.success(), "{}", text(&out));
    let berth = stack.berth(&["up", "-d", "web", "runner"]);
    assert_eq!(berth.status.code(), Some(1), "{}", text(&berth));
    let said = text(&berth);
    assert!(said.contains("service 'web' of this stack") || said.contains("service 'runner' of this stack"), "{said}");
    assert_eq!(state(&stack, "web"), "absent");
    // compose's failed up left its network, which its own down cannot remove past the provider.
    let _ = Command::new("docker").args(["network", "rm", &format!("{}_default", peer.project)]).output();
    assert_eq!(state(&stack, "runner"), "absent");
}

#[test]
fn secrets_no_container_can_be_given_fail_at_up_as_in_compose_and_berth_makes_nothing() {
    // compose's `config` accepts both kinds; its `up` fails at the container that needs one.
    let file = "services:\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n    secrets: [vault]\n  keyed:\n    image: ${BASE}\n    command: [sleep, infinity]\n    secrets: [key]\n  plain:\n    image: ${BASE}\n    command: [sleep, infinity]\nsecrets:\n  vault:\n    external: true\n  key:\n    environment: BERTH_TEST_SURELY_UNSET_KEY\n";
    let stack = TestStack::from_yaml("secret-kinds", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    for (service, said) in [("app", "secret 'vault' is external"), ("keyed", "BERTH_TEST_SURELY_UNSET_KEY")] {
        let compose = peer.outcome(&["up", "-d", service]);
        let berth = stack.berth(&["up", "-d", service]);
        assert_eq!((berth.status.code(), compose.status.code()), (Some(1), Some(1)), "{}", text(&berth));
        assert!(text(&berth).contains(said) && text(&berth).contains("nothing was created"), "{}", text(&berth));
        assert_eq!(state(&stack, service), "absent");
        let berth = stack.berth(&["run", "--rm", service, "true"]);
        assert_eq!(berth.status.code(), Some(1), "{}", text(&berth));
        assert!(text(&berth).contains(said), "{}", text(&berth));
        let made = common::docker(&["ps", "-aq", "--filter", &format!("name=^{}-{service}-run-", stack.name)]);
        assert!(made.trim().is_empty(), "run made a container: {made}");
    }
    // A service that needs neither runs, for both.
    assert!(peer.outcome(&["up", "-d", "plain"]).status.success());
    let berth = stack.berth(&["up", "-d", "plain"]);
    assert!(berth.status.success(), "{}", text(&berth));
    assert_eq!(state(&stack, "plain"), "running");
    peer.run(&["down", "-t", "0"]);
}

#[test]
fn mounts_the_engine_cannot_make_fail_at_up_as_in_compose_and_berth_makes_nothing() {
    // compose's `config` prints each as written; its `up` fails on each (engine 20.10 and later).
    for (name, mount) in [
        ("relative", "'./d:relative'"),
        ("npipe", "{type: npipe, source: x, target: /pipe}"),
        ("image", "{type: image, source: '${BASE}', target: /image}"),
    ] {
        let file = format!(
            "services:\n  app:\n    image: ${{BASE}}\n    command: [sleep, infinity]\n    volumes: [{mount}]\n"
        );
        let stack = TestStack::from_yaml(&format!("mount-{name}"), &file);
        let _down = Down(&stack);
        let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
        let compose = peer.outcome(&["up", "-d"]);
        peer.run(&["down", "-t", "0"]);
        let berth = stack.berth(&["up", "-d"]);
        assert_eq!((berth.status.code(), compose.status.code()), (Some(1), Some(1)), "{name}: {}", text(&berth));
        assert!(text(&berth).contains("nothing was created"), "{name}: {}", text(&berth));
        assert_eq!(engine_state(&stack.name), "||", "{name}: berth made something");
    }
}

#[test]
fn stop_t_exec_d_and_the_logs_flags_act_as_compose_does() {
    // A service that exits 0 two seconds after SIGTERM: killed at once (-t 0) it exits 137
    // instead. The two seconds keep a busy engine's gap between TERM and KILL from deciding.
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sh, -c, 'echo line-one; trap \"sleep 2; exit 0\" TERM; while :; do sleep 0.1; done']\n";
    let stack = TestStack::from_yaml("stop-exec-logs", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let exit_code = |container: &str| common::docker(&["inspect", "--format", "{{.State.ExitCode}}", container]);
    let compose_a = format!("{}-a-1", peer.project);
    for (args, code) in [(&["stop", "-t", "0", "a"][..], "137"), (&["start", "a"], "0"), (&["stop", "a"], "0")] {
        peer.run(args);
        let out = stack.berth(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        if args[0] == "stop" {
            assert_eq!(
                (exit_code(&stack.container("a")), exit_code(&compose_a)),
                (code.into(), code.into()),
                "{args:?}"
            );
        }
    }
    assert!(stack.berth(&["start", "a"]).status.success());
    // exec -d returns at once and the command runs on; --privileged gives it every capability.
    let out = stack.berth(&["exec", "-d", "a", "sh", "-c", "sleep 1; echo done > /tmp/detached"]);
    assert!(out.status.success() && out.stdout.is_empty(), "{}", text(&out));
    common::wait_until(
        "the detached command's file",
        Duration::from_secs(10),
        || text(&stack.berth(&["exec", "-T", "a", "cat", "/tmp/detached"])).contains("done"),
        || text(&stack.berth(&["exec", "-T", "a", "ls", "/tmp"])),
    );
    let caps = |extra: &[&str]| {
        let args = [&["exec", "-T"][..], extra, &["a", "grep", "CapEff", "/proc/self/status"]].concat();
        text(&stack.berth(&args))
    };
    let (plain, privileged) = (caps(&[]), caps(&["--privileged"]));
    assert!(plain.contains("CapEff") && plain != privileged, "{plain} / {privileged}");
    // logs: --no-log-prefix prints the bare line, --no-color no escapes, --until an old time nothing.
    let bare = stdout_of(&stack, &["--ansi", "always", "logs", "--no-log-prefix", "a"]);
    assert_eq!(bare.lines().next(), Some("line-one"), "{bare}");
    let plain = stdout_of(&stack, &["--ansi", "always", "logs", "--no-color", "a"]);
    assert!(plain.contains("a | line-one") && !plain.contains("\x1b["), "{plain}");
    assert_eq!(stdout_of(&stack, &["logs", "--until", "2001-01-01T00:00:00Z", "a"]), "");
    peer.run(&["down", "-t", "0"]);
}

#[test]
fn pull_chooses_its_images_as_composes_options_say() {
    let file = "services:\n  app:\n    build: .\n    depends_on: [db]\n  db:\n    image: ${BASE}\n";
    let stack = TestStack::from_yaml("pull-options", file);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // The buildable service left out: nothing to pull, for both.
    let args = ["pull", "--ignore-buildable", "app"];
    let (theirs, ours) = (peer.outcome(&args), stack.berth(&args));
    assert_eq!((ours.status.code(), theirs.status.code()), (Some(0), Some(0)), "{}", text(&ours));
    // With its dependencies: db's image, which exists only here, so the pull fails naming db.
    let args = ["pull", "--ignore-buildable", "--include-deps", "app"];
    let (theirs, ours) = (peer.outcome(&args), stack.berth(&args));
    assert!(!theirs.status.success() && !ours.status.success(), "{}", text(&ours));
    assert!(text(&ours).contains("db"), "{}", text(&ours));
}

/// The one-off containers `run` left of a project, whoever made them.
fn one_offs(project: &str) -> Vec<String> {
    let out = Command::new("docker")
        .args(["ps", "-a", "--format", "{{.Names}}", "--filter", &format!("name=^{project}-app-run-")])
        .output()
        .expect("docker ps");
    String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect()
}

#[test]
fn run_makes_a_one_off_container_as_compose_does() {
    let file = "services:\n  db:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    healthcheck:\n      test: [CMD, 'true']\n      interval: 1s\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    depends_on:\n      db: {condition: service_healthy}\n    environment: {WHO: app}\n    ports: ['127.0.0.1::8080']\n";
    let stack = TestStack::from_yaml("run-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let both = |args: &[&str], stdin: &str| {
        let feed = |mut child: std::process::Child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
            child.wait_with_output().unwrap()
        };
        let compose = peer.command(args).stdin(Stdio::piped()).spawn().unwrap();
        let berth = Command::new(env!("CARGO_BIN_EXE_berth"))
            .args(["-f", stack.file.as_str()])
            .args(args)
            .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        (feed(compose), feed(berth))
    };
    // --no-deps on a fresh stack: the dependency is not started.
    let (compose, berth) = both(&["run", "--rm", "--no-deps", "app", "true"], "");
    assert_eq!((berth.status.code(), compose.status.code()), (Some(0), Some(0)), "{}", text(&berth));
    assert_eq!(state(&stack, "db"), "absent");
    // The command's output, variables and exit code; the dependency up and healthy first.
    let script = ["run", "--rm", "-T", "-e", "X=1", "app", "sh", "-c", "echo \"$WHO $X\"; cat; exit 7"];
    let (compose, berth) = both(&script, "from stdin\n");
    assert_eq!((berth.status.code(), compose.status.code()), (Some(7), Some(7)), "{}", text(&berth));
    assert_eq!(String::from_utf8_lossy(&berth.stdout), String::from_utf8_lossy(&compose.stdout));
    assert_eq!(String::from_utf8_lossy(&berth.stdout), "app 1\nfrom stdin\n");
    assert_eq!(state(&stack, "db"), "running");
    // --rm left nothing behind; the service itself was never started.
    assert_eq!((one_offs(&stack.name), one_offs(&peer.project)), (vec![], vec![]));
    assert_eq!(state(&stack, "app"), "absent");
    // --entrypoint, split as a shell would; -u and -w.
    let (compose, berth) = both(
        &["run", "--rm", "-T", "-u", "1234", "-w", "/tmp", "--entrypoint", "sh -c", "app", "echo $(id -u) $(pwd)"],
        "",
    );
    assert_eq!(String::from_utf8_lossy(&berth.stdout), String::from_utf8_lossy(&compose.stdout));
    assert_eq!(String::from_utf8_lossy(&berth.stdout), "1234 /tmp\n");
    // -d prints the container's id; no ports unless asked, -p publishes; ps leaves it out.
    let port = free_port().to_string();
    let publish = format!("127.0.0.1:{port}:9000");
    let (compose, berth) =
        both(&["run", "-d", "--name", &format!("{}-app-run-bg", stack.name), "-p", &publish, "app", "sleep", "30"], "");
    assert!(compose.status.success() || !text(&compose).is_empty());
    let id = String::from_utf8_lossy(&berth.stdout).trim().to_string();
    assert!(id.len() == 64 && id.chars().all(|c| c.is_ascii_hexdigit()), "{}", text(&berth));
    let ports = common::docker(&["port", &id]);
    assert_eq!(ports.trim(), format!("9000/tcp -> 127.0.0.1:{port}"));
    let ps = stack.berth(&["ps", "-a", "--format", "{{.Name}}"]);
    assert_eq!(String::from_utf8_lossy(&ps.stdout).trim(), format!("{}-db", stack.name));
    // `down` removes the one-off too (it carries the stack's labels).
    let out = stack.berth(&["down"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(one_offs(&stack.name), Vec::<String>::new());
    // compose's down leaves its one-off (it is not a service's): removed here.
    let _ = Command::new("docker").args(["rm", "-f"]).args(one_offs(&peer.project)).output();
}

#[test]
fn runs_volume_capability_env_file_and_alias_flags_do_what_composes_do() {
    let stack =
        TestStack::from_yaml("run-more", "services:\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n");
    let _down = Down(&stack);
    stack.write("shared/f", "hello\n");
    stack.write("vars.env", "A=1\nB=from-file\n");
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let dir = std::path::Path::new(&stack.file).parent().unwrap().to_path_buf();
    let vars = dir.join("vars.env").display().to_string();
    for (args, expected) in [
        (vec!["run", "--rm", "-T", "-v", "./shared:/mnt:ro", "app", "cat", "/mnt/f"], "hello"),
        (vec!["run", "--rm", "-T", "--env-from-file", &vars, "-e", "B=2", "app", "sh", "-c", "echo $A $B"], "1 2"),
        (
            vec!["run", "--rm", "-T", "--cap-drop", "ALL", "app", "grep", "CapEff", "/proc/self/status"],
            "0000000000000000",
        ),
    ] {
        let theirs = peer.outcome(&args);
        let ours = stack.berth(&args);
        let said = |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert!(said(&theirs).ends_with(expected), "compose {args:?}: {}", text(&theirs));
        assert!(said(&ours).ends_with(expected), "berth {args:?}: {}", text(&ours));
    }
    // --use-aliases: the one-off is also known as the service on its network, for both.
    let aliases = |id: &str| common::docker(&["inspect", "--format", "{{json .NetworkSettings.Networks}}", id.trim()]);
    let args = ["run", "-d", "--use-aliases", "app", "sleep", "30"];
    let (theirs, ours) = (peer.run(&args), stdout_of(&stack, &args));
    assert!(aliases(&theirs).contains("\"app\""), "{}", aliases(&theirs));
    assert!(aliases(&ours).contains("\"app\""), "{}", aliases(&ours));
    // A -v that is no mount is refused before anything is made.
    let out = stack.berth(&["run", "--rm", "-v", "relative-target", "app", "true"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("-v relative-target"), "{}", text(&out));
    peer.run(&["down", "-t", "0"]);
    // compose's down leaves its one-offs; berth's Drop removes its own.
    let _ = Command::new("docker").args(["rm", "-f"]).args(one_offs(&peer.project)).output();
}

#[test]
fn run_refuses_what_it_cannot_do_before_anything_is_made() {
    let stack =
        TestStack::from_yaml("run-refuses", "services:\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n");
    let _down = Down(&stack);
    for (args, said) in [
        (&["run", "--rm", "ghost", "true"][..], "ghost"),
        (&["run", "--rm", "-p", "nope", "app", "true"], "-p nope"),
        (&["run", "--rm", "--entrypoint", "sh 'unclosed", "app"], "--entrypoint"),
    ] {
        let out = stack.berth(args);
        assert_eq!(
            out.status.code(),
            Some(2).filter(|_| !said.starts_with("-p")).or(Some(1)),
            "{args:?}: {}",
            text(&out)
        );
        assert!(text(&out).contains(said), "{args:?}: {}", text(&out));
        assert_eq!(state(&stack, "app"), "absent");
        assert_eq!(one_offs(&stack.name), Vec::<String>::new());
    }
}

#[test]
fn up_attached_follows_the_services_and_aborts_as_compose_does() {
    let file = "services:\n  app:\n    image: ${BASE}\n    command: [sh, -c, 'echo app up; sleep 60']\n  tests:\n    image: ${BASE}\n    command: [sh, -c, 'echo testing; sleep 1; echo failed >&2; exit 3']\n    depends_on: [app]\n";
    let stack = TestStack::from_yaml("attached", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let states = ["ps", "-a", "--format", "{{.Service}} {{.State}}"];
    // The CI idiom: both exit with the tests' code and stop the rest (-t 1: at once).
    let args = ["up", "--abort-on-container-exit", "--exit-code-from", "tests", "-t", "1"];
    let compose = peer.outcome(&args);
    let berth = stack.berth(&args);
    assert_eq!((berth.status.code(), compose.status.code()), (Some(3), Some(3)), "{}", text(&berth));
    assert_eq!(peer.run(&states), String::from_utf8_lossy(&stack.berth(&states).stdout));
    assert_eq!(state(&stack, "app"), "exited");
    let out = String::from_utf8_lossy(&berth.stdout).to_string();
    let err = String::from_utf8_lossy(&berth.stderr).to_string();
    assert!(out.contains("Attaching to app, tests"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("tests") && l.ends_with("| testing")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("app") && l.ends_with("| app up")), "{out}");
    assert!(out.contains("tests exited with code 3"), "{out}");
    // A container's stderr stays stderr, as compose keeps it.
    assert!(err.lines().any(|l| l.starts_with("tests") && l.ends_with("| failed")), "{err}");
    assert!(err.contains("Aborting on container exit..."), "{err}");

    // Without --exit-code-from the first exit's code is the answer, under both.
    let compose = peer.outcome(&["up", "--abort-on-container-exit", "-t", "1"]);
    let berth = stack.berth(&["up", "--abort-on-container-exit", "-t", "1"]);
    assert_eq!((berth.status.code(), compose.status.code()), (Some(3), Some(3)), "{}", text(&berth));

    // --abort-on-container-failure: the failing exit stops the rest, its code the answer;
    // --no-log-prefix and --timestamps shape the lines as compose's do.
    let args = ["up", "--abort-on-container-failure", "--no-log-prefix", "--timestamps", "-t", "1"];
    let compose = peer.outcome(&args);
    let berth = stack.berth(&args);
    assert_eq!((berth.status.code(), compose.status.code()), (Some(3), Some(3)), "{}", text(&berth));
    assert_eq!(state(&stack, "app"), "exited");
    let out = String::from_utf8_lossy(&berth.stdout).to_string();
    let line = out.lines().find(|l| l.ends_with(" testing")).unwrap_or_else(|| panic!("{out}"));
    assert!(line.starts_with("20") && line.contains('T') && !line.contains('|'), "{line}");

    // Plain `up` off a terminal is attached too; Ctrl-C stops everything, exit 130 under both.
    let interrupted = |child: std::process::Child| {
        std::thread::sleep(Duration::from_secs(6));
        let pid = child.id().to_string();
        assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
        child.wait_with_output().unwrap()
    };
    let compose = peer.command(&["up", "-t", "1"]).spawn().unwrap();
    let compose = interrupted(compose);
    let berth = interrupted(stack.spawn(&["up", "-t", "1"]));
    assert_eq!((berth.status.code(), compose.status.code()), (Some(130), Some(130)), "{}", text(&berth));
    assert_eq!(state(&stack, "app"), "exited");
    assert!(String::from_utf8_lossy(&berth.stderr).contains("Gracefully stopping..."), "{}", text(&berth));
}

#[test]
fn compose_sees_a_stack_berth_brought_up_as_its_project() {
    let file = "services:\n  web:\n    image: ${BASE}\n    command: [sh, -c, 'echo hello-from-web; sleep infinity']\n    stop_grace_period: 1s\n    volumes: [data:/data]\n  worker:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    depends_on: [web]\nvolumes:\n  data: {}\n";
    let stack = TestStack::from_yaml("seen-by-compose", file);
    let _down = Down(&stack);
    let out = stack.berth(&["up", "-d"]);
    assert!(out.status.success(), "{}", text(&out));
    // compose with only the project's name, from a folder with no compose file.
    let elsewhere = tempfile::tempdir().unwrap();
    let compose = |args: &[&str]| {
        let mut full = vec!["-p", stack.name.as_str()];
        full.extend_from_slice(args);
        common::compose(&full, &[], elsewhere.path())
    };
    let listed: Vec<(String, String)> = ps_json(compose(&["ps", "--format", "json"]).as_bytes())
        .iter()
        .map(|c| (c["Service"].as_str().unwrap().to_string(), c["State"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(listed, [("web".to_string(), "running".to_string()), ("worker".into(), "running".into())]);
    common::wait_until(
        "web's first line",
        Duration::from_secs(10),
        || compose(&["logs", "web"]).contains("hello-from-web"),
        || compose(&["logs", "web"]),
    );
    assert_eq!(compose(&["exec", "-T", "web", "echo", "exec-through-compose"]).trim(), "exec-through-compose");
    // A one-off of berth's is one to compose too: not a service's container.
    let out = stack.berth(&["run", "-d", "worker", "sleep", "30"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(ps_json(compose(&["ps", "--format", "json"]).as_bytes()).len(), 2);
    // compose's labels on the network and the volume, with the keys compose gives them.
    let network =
        common::docker(&["network", "inspect", &format!("{}_default", stack.name), "--format", "{{json .Labels}}"]);
    let labels: serde_json::Value = serde_json::from_str(network.trim()).unwrap();
    assert_eq!(
        (labels["com.docker.compose.project"].as_str(), labels["com.docker.compose.network"].as_str()),
        (Some(stack.name.as_str()), Some("default"))
    );
    let volume =
        common::docker(&["volume", "inspect", &format!("{}_data", stack.name), "--format", "{{json .Labels}}"]);
    let labels: serde_json::Value = serde_json::from_str(volume.trim()).unwrap();
    assert_eq!(labels["com.docker.compose.volume"].as_str(), Some("data"));
}

#[test]
fn version_ls_images_top_wait_and_cp_answer_as_compose_answers() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sh, -c, 'mkdir -p /srv/d && echo one > /srv/d/one && echo file > /srv/f && sleep infinity']\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sh, -c, 'sleep 4; exit 4']\n";
    let stack = TestStack::from_yaml("small-cmds", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let compose = |args: &[&str]| peer.run(args);
    let berth = |args: &[&str]| stdout_of(&stack, args);
    let json = |text: &str| -> serde_json::Value {
        serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("{e}: {text}"))
    };
    // version: the same JSON keys, a `v` before the number, and --short without it.
    let (theirs, ours) =
        (json(&compose(&["version", "--format", "json"])), json(&berth(&["version", "--format", "json"])));
    assert!(theirs["version"].as_str().unwrap().starts_with('v') && ours["version"].as_str().unwrap().starts_with('v'));
    assert!(berth(&["version", "--short"]).trim().chars().next().unwrap().is_ascii_digit());
    // ls: berth's stack as compose lists it (compose sees it through the labels).
    let ours = json(&berth(&["ls", "--format", "json"]));
    let theirs = json(&compose(&["ls", "--format", "json"]));
    let entry =
        |list: &serde_json::Value| list.as_array().unwrap().iter().find(|s| s["Name"] == stack.name.as_str()).cloned();
    assert_eq!(entry(&ours), entry(&theirs), "berth ls {ours} / compose ls {theirs}");
    assert!(entry(&ours).is_some_and(|s| s["Status"] == "running(2)" && s["ConfigFiles"] == stack.file.as_str()));
    assert!(berth(&["ls", "-q"]).lines().any(|l| l == stack.name));
    // --filter name=TEXT: only stacks whose name holds it.
    assert_eq!(berth(&["ls", "-q", "--filter", &format!("name={}", stack.name)]).trim(), stack.name);
    assert_eq!(berth(&["ls", "-q", "--filter", "name=surely-no-stack-has-this"]).trim(), "");
    // images: compose's keys and values, per service.
    let rows = |text: &str| -> Vec<serde_json::Value> {
        let mut list = json(text).as_array().unwrap().clone();
        for row in &mut list {
            let name =
                row["ContainerName"].as_str().unwrap().trim_end_matches("-1").rsplit('-').next().unwrap().to_string();
            row["ContainerName"] = name.into();
        }
        // compose's JSON comes in no fixed order.
        list.sort_by_key(|r| r["ContainerName"].as_str().unwrap_or_default().to_string());
        list
    };
    assert_eq!(rows(&berth(&["images", "--format", "json"])), rows(&compose(&["images", "--format", "json"])));
    // top: the same columns, a line for each running container's process.
    let first = |t: String| t.lines().next().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(first(berth(&["top"])), first(compose(&["top"])));
    assert!(berth(&["top", "a"]).contains("sleep infinity"));
    // wait: b's end and its code under both.
    let theirs = peer.outcome(&["wait", "b"]);
    let ours = stack.berth(&["wait", "b"]);
    assert_eq!((ours.status.code(), theirs.status.code()), (Some(4), Some(4)), "{}", text(&ours));
    assert!(String::from_utf8_lossy(&ours.stdout).contains("exited with status code 4"), "{}", text(&ours));
    // cp, out and in, files and folders: the same files land under both.
    let here = tempfile::tempdir().unwrap();
    for who in ["compose", "berth"] {
        let dir = here.path().join(who);
        std::fs::create_dir_all(dir.join("into")).unwrap();
        let at = |p: &str| dir.join(p).display().to_string();
        let steps: [[String; 3]; 5] = [
            ["cp".into(), "a:/srv/f".into(), at("f.copy")],
            ["cp".into(), "a:/srv/d".into(), at("into")],
            ["cp".into(), "a:/srv/d".into(), at("d.copy")],
            ["cp".into(), at("f.copy"), format!("a:/tmp/{who}-f")],
            ["cp".into(), at("into"), format!("a:/tmp/{who}-dir")],
        ];
        for step in &steps {
            let args: Vec<&str> = step.iter().map(String::as_str).collect();
            if who == "compose" {
                compose(&args);
            } else {
                berth(&args);
            }
        }
        assert_eq!(std::fs::read_to_string(dir.join("f.copy")).unwrap(), "file\n");
        assert_eq!(std::fs::read_to_string(dir.join("into/d/one")).unwrap(), "one\n");
        assert_eq!(std::fs::read_to_string(dir.join("d.copy/one")).unwrap(), "one\n");
        let listed = |project: &str| {
            let container = format!("{project}-a{}", if who == "compose" { "-1" } else { "" });
            common::docker(&["exec", &container, "sh", "-c", &format!("cat /tmp/{who}-f; ls -R /tmp/{who}-dir")])
        };
        let project = if who == "compose" { peer.project.clone() } else { stack.name.clone() };
        assert_eq!(
            listed(&project).lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
            ["file", &format!("/tmp/{who}-dir:"), "d", &format!("/tmp/{who}-dir/d:"), "one"]
        );
    }
    // A container side with no path: a usage error that says what to write, and nothing copied.
    let out = stack.berth(&["cp", "a:", here.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("needs a path after the colon"), "{}", text(&out));
}

#[test]
fn orphans_are_said_let_be_or_removed_as_compose_does() {
    let both_services = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  tools:\n    image: ${BASE}\n    command: [sleep, infinity]\n    profiles: [tools]\n";
    let stack = TestStack::from_yaml("orphans", both_services);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let out = stack.berth(&["--profile", "tools", "up", "-d"]);
    assert!(out.status.success(), "{}", text(&out));
    // b leaves the file; tools is only left out by its profile, which is no orphan.
    std::fs::write(
        &stack.file,
        both_services
            .replace("  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n", ""),
    )
    .unwrap();
    let said = text(&stack.berth(&["up", "-d"]));
    assert!(said.contains("no longer in the stack file: b"), "{said}");
    assert!(!said.contains("tools"), "a service left out by its profile is no orphan: {said}");
    let quiet = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", stack.file.as_str(), "up", "-d"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("COMPOSE_IGNORE_ORPHANS", "true")
        .output()
        .unwrap();
    let quiet = text(&quiet);
    assert!(!quiet.contains("no longer in the stack file"), "{quiet}");
    // --remove-orphans removes b, as compose's does; tools stays.
    peer.run(&["up", "-d", "--remove-orphans"]);
    let out = stack.berth(&["up", "-d", "--remove-orphans"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("container {}-b removed", stack.name)), "{}", text(&out));
    let states = ["ps", "-a", "--format", "{{.Service}} {{.State}}"];
    assert_eq!(String::from_utf8_lossy(&stack.berth(&states).stdout), format!("a running\ntools running\n"));
    assert_eq!(peer.run(&states), "a running\n");
}

#[test]
fn create_and_ups_recreate_and_deps_flags_leave_what_compose_leaves() {
    let file = "services:\n  db:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    environment: {V: one}\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    depends_on: [db]\n";
    let stack = TestStack::from_yaml("recreate-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let states = ["ps", "-a", "--format", "{{.Service}} {{.State}}"];
    let ids = |project: &str| {
        common::docker(&[
            "ps",
            "-a",
            "--no-trunc",
            "--filter",
            &format!("label=com.docker.compose.project={project}"),
            "--format",
            "{{.Label \"com.docker.compose.service\"}}={{.ID}}",
        ])
        .lines()
        .map(String::from)
        .collect::<std::collections::BTreeSet<String>>()
    };
    let step = |args: &[&str]| {
        peer.run(args);
        let out = stack.berth(args);
        assert!(out.status.success(), "berth {}: {}", args.join(" "), text(&out));
        assert_eq!(
            String::from_utf8_lossy(&stack.berth(&states).stdout),
            peer.run(&states),
            "after {}",
            args.join(" ")
        );
    };
    // create: made, none started.
    step(&["create"]);
    assert_eq!(state(&stack, "db"), "created");
    // --no-deps starts the one named only.
    step(&["up", "-d", "--no-deps", "app"]);
    assert_eq!((state(&stack, "app"), state(&stack, "db")), ("running".into(), "created".into()));
    step(&["up", "-d"]);
    // --force-recreate makes the named one again, not its unchanged dependency.
    let (ours, theirs) = (ids(&stack.name), ids(&peer.project));
    step(&["up", "-d", "--force-recreate", "app"]);
    let changed = |before: &std::collections::BTreeSet<String>, after: std::collections::BTreeSet<String>| {
        after.difference(before).map(|s| s.split('=').next().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(changed(&ours, ids(&stack.name)), ["app"]);
    assert_eq!(changed(&theirs, ids(&peer.project)), ["app"]);
    // --no-recreate keeps a changed one as it is.
    std::fs::write(&stack.file, file.replace("V: one", "V: two")).unwrap();
    let (ours, theirs) = (ids(&stack.name), ids(&peer.project));
    step(&["up", "-d", "--no-recreate"]);
    assert_eq!((ids(&stack.name), ids(&peer.project)), (ours, theirs));
    let _ = peer.run(&["down", "-t", "1"]);
}

#[test]
fn down_takes_services_a_timeout_and_images_as_compose_does() {
    let file = "services:\n  web:\n    image: ${BASE}\n    command: [sleep, infinity]\n  job:\n    build:\n      context: ./ctx\n      args: {BASE: '${BASE}'}\n    command: [sleep, infinity]\n";
    let stack = TestStack::from_yaml("down-like", file);
    stack.write("ctx/Dockerfile", "ARG BASE\nFROM ${BASE}\nRUN echo built > /built\n");
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let states = ["ps", "-a", "--format", "{{.Service}} {{.State}}"];
    let images = |project: &str| {
        common::docker(&["images", "--format", "{{.Repository}}"])
            .lines()
            .filter(|r| r.starts_with(project))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(images(&format!("{}-job", stack.name)).len(), 1, "berth built {}-job", stack.name);
    // One service, at once (-t 1; sleep ignores SIGTERM): the rest and the network stay.
    let started = std::time::Instant::now();
    peer.run(&["down", "-t", "1", "web"]);
    let out = stack.berth(&["down", "-t", "1", "web"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(started.elapsed() < Duration::from_secs(9), "-t 1 was not the stop timeout");
    assert_eq!(String::from_utf8_lossy(&stack.berth(&states).stdout), peer.run(&states));
    assert_eq!(state(&stack, "job"), "running");
    common::docker(&["network", "inspect", &format!("{}_default", stack.name)]);
    // The rest, with the images berth built (not the ones named by `image:`).
    peer.run(&["down", "-t", "1", "--rmi", "local"]);
    let out = stack.berth(&["down", "-t", "1", "--rmi", "local"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("image {}-job", stack.name)), "{}", text(&out));
    assert_eq!((images(&format!("{}-job", stack.name)), images(&format!("{}-job", peer.project))), (vec![], vec![]));
    common::docker(&["image", "inspect", &common::image("BERTH_BASE_IMAGE")]);
}

#[test]
fn events_prints_the_stacks_container_events_as_compose_does() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("events-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let compose = peer.command(&["events", "--json"]).spawn().unwrap();
    let berth = stack.spawn(&["events", "--json", "b"]);
    std::thread::sleep(Duration::from_secs(2));
    let began = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() - 1;
    peer.run(&["up", "-d"]);
    peer.run(&["stop", "-t", "1"]);
    for step in [&["up", "-d"][..], &["stop"]] {
        let out = stack.berth(step);
        assert!(out.status.success(), "{}", text(&out));
    }
    std::thread::sleep(Duration::from_secs(2));
    let stop = |child: std::process::Child| {
        let pid = child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        child.wait_with_output().unwrap()
    };
    let (compose, berth) = (stop(compose), stop(berth));
    let events = |out: &std::process::Output| -> Vec<serde_json::Value> { ps_json(&out.stdout) };
    let (theirs, ours) = (events(&compose), events(&berth));
    // The same shape, line by line.
    let keys = |e: &serde_json::Value| e.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert!(!ours.is_empty(), "{}", text(&berth));
    assert_eq!(keys(&ours[0]), keys(&theirs[0]), "berth {} / compose {}", ours[0], theirs[0]);
    // Only b's, as asked; what happened to b is what compose saw happen to its b.
    assert!(ours.iter().all(|e| e["service"] == "b" && e["type"] == "container"), "{ours:?}");
    let actions = |list: &[serde_json::Value], service: &str| {
        let wanted = ["create", "start", "kill", "die", "stop"];
        list.iter()
            .filter(|e| e["service"] == service)
            .filter_map(|e| e["action"].as_str().filter(|a| wanted.contains(a)).map(String::from))
            .collect::<Vec<_>>()
    };
    assert_eq!(actions(&ours, "b"), actions(&theirs, "b"));
    assert_eq!(actions(&ours, "b")[..2], ["create", "start"]);
    assert_eq!(ours[0]["attributes"]["name"], format!("{}-b", stack.name).as_str());
    // --since replays what already happened and --until ends the stream, for both: the same
    // actions again, and neither waits for Ctrl-C.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() + 1;
    let window = [String::from("--json"), format!("--since={began}"), format!("--until={now}")];
    let window: Vec<&str> = window.iter().map(String::as_str).collect();
    let replayed_compose = peer.outcome(&[&["events"][..], &window].concat());
    let replayed = stack.berth(&[&["events"][..], &window, &["b"]].concat());
    // (compose v2.40.3 then exits 1 with "EOF" as the stream ends; berth exits 0.)
    assert!(replayed.status.success(), "{}", text(&replayed));
    assert_eq!(actions(&events(&replayed), "b"), actions(&theirs, "b"), "{}", text(&replayed));
    assert_eq!(actions(&events(&replayed_compose), "b"), actions(&theirs, "b"));
    let out = stack.berth(&["events", "--since", "yesterday"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let _ = peer.run(&["down", "-t", "1"]);
}

#[test]
fn ansi_and_progress_shape_berths_output_as_compose_flags_do() {
    let stack = TestStack::from_yaml("ansi-progress", "services:\n  a:\n    image: ${BASE}\n    command: [sh, -c, 'echo hello; sleep infinity']\n    stop_grace_period: 1s\n");
    let _down = Down(&stack);
    let quiet = stack.berth(&["--progress", "quiet", "up", "-d"]);
    assert!(quiet.status.success(), "{}", text(&quiet));
    let said = String::from_utf8_lossy(&quiet.stdout).to_string();
    assert!(!said.contains("a | created") && !said.contains("network"), "quiet progress printed: {said}");
    let plain = stack.berth(&["--progress", "plain", "up", "-d"]);
    assert!(String::from_utf8_lossy(&plain.stderr).contains("a | unchanged"), "{}", text(&plain));
    common::wait_until(
        "a's line",
        Duration::from_secs(10),
        || text(&stack.berth(&["logs", "a"])).contains("hello"),
        || text(&stack.berth(&["logs", "a"])),
    );
    let coloured = stack.berth(&["--ansi", "always", "logs", "a"]);
    assert!(String::from_utf8_lossy(&coloured.stdout).contains("\x1b["), "{}", text(&coloured));
    let plain = stack.berth(&["logs", "--ansi", "never", "a"]);
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("\x1b["), "{}", text(&plain));
    // Bad values: refused as usage errors, by the parser or from the environment.
    let out = stack.berth(&["--ansi", "sometimes", "ps"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let out = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", stack.file.as_str(), "ps"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("COMPOSE_PROGRESS", "loud")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("COMPOSE_PROGRESS 'loud'"), "{}", text(&out));
}

#[test]
fn a_parallel_limit_of_one_still_brings_a_gated_stack_up_and_bad_limits_are_refused() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    depends_on: [a]\n  c:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("parallel", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // One operation at a time, gates and all: nothing waits on a turn another waiter holds.
    let out = stack.berth(&["--parallel", "1", "up", "--wait", "--wait-timeout", "60"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!([state(&stack, "a"), state(&stack, "b"), state(&stack, "c")], ["running", "running", "running"]);
    // -1 is no limit, as in compose.
    let out = stack.berth(&["up", "-d", "--parallel", "-1"]);
    assert!(out.status.success(), "{}", text(&out));
    // Not a number: refused by both, from the flag, the environment or the project's .env.
    let env_file = std::path::Path::new(&stack.file).with_file_name(".env");
    for (args, variable, dotenv) in [
        (&["--parallel", "x", "up", "-d"][..], None, false),
        (&["up", "-d"][..], Some("x"), false),
        (&["up", "-d"][..], None, true),
    ] {
        if dotenv {
            std::fs::write(&env_file, "COMPOSE_PARALLEL_LIMIT=x\n").unwrap();
        }
        let mut compose = peer.command(args);
        let mut berth = Command::new(env!("CARGO_BIN_EXE_berth"));
        berth
            .args(["-f", stack.file.as_str()])
            .args(args)
            .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if let Some(value) = variable {
            compose.env("COMPOSE_PARALLEL_LIMIT", value);
            berth.env("COMPOSE_PARALLEL_LIMIT", value);
        }
        let (compose, berth) = (compose.output().unwrap(), berth.output().unwrap());
        let _ = std::fs::remove_file(&env_file);
        assert!(!compose.status.success(), "compose accepted {args:?}");
        assert_eq!(berth.status.code(), Some(2), "{args:?}: {}", text(&berth));
        let said = text(&berth);
        let named = if variable.is_some() || dotenv { "COMPOSE_PARALLEL_LIMIT 'x'" } else { "'x' for '--parallel" };
        assert!(said.contains(named), "{said}");
    }
    assert!(peer.outcome(&["ps", "-q"]).stdout.is_empty(), "compose made containers");
}

#[test]
fn status_lines_go_to_stderr_unless_compose_status_stdout_as_in_compose() {
    let stack = TestStack::from_yaml(
        "status-stream",
        "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n",
    );
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // Off a terminal `up -d` prints its progress on stderr and nothing on stdout, for both.
    let (theirs, ours) = (peer.outcome(&["up", "-d"]), stack.berth(&["up", "-d"]));
    assert!(theirs.status.success() && ours.status.success(), "{}", text(&ours));
    assert!(theirs.stdout.is_empty() && ours.stdout.is_empty(), "stdout: {}", String::from_utf8_lossy(&ours.stdout));
    assert!(String::from_utf8_lossy(&ours.stderr).contains("a | "), "{}", text(&ours));
    // COMPOSE_STATUS_STDOUT=1 moves them to stdout, for both.
    let mut compose = peer.command(&["down", "-t", "0"]);
    let theirs = compose.env("COMPOSE_STATUS_STDOUT", "1").output().unwrap();
    let ours = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", stack.file.as_str(), "down"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("COMPOSE_STATUS_STDOUT", "1")
        .output()
        .unwrap();
    assert!(theirs.status.success() && ours.status.success(), "{}", text(&ours));
    assert!(!theirs.stdout.is_empty(), "compose printed nothing on stdout");
    assert!(String::from_utf8_lossy(&ours.stdout).contains("is down"), "{}", text(&ours));
    assert!(ours.stderr.is_empty(), "{}", String::from_utf8_lossy(&ours.stderr));
}

/// What the engine holds of a project: its containers (id and state), networks and volumes.
fn engine_state(project: &str) -> String {
    let label = format!("label=com.docker.compose.project={project}");
    [
        common::docker(&["ps", "-a", "--no-trunc", "--filter", &label, "--format", "{{.ID}} {{.State}}"]),
        common::docker(&["network", "ls", "--filter", &label, "--format", "{{.ID}}"]),
        common::docker(&["volume", "ls", "--filter", &label, "--format", "{{.Name}}"]),
    ]
    .join("|")
}

#[test]
fn dry_run_says_what_would_change_and_changes_nothing_as_compose_does() {
    let file = "services:\n  db:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    volumes: [data:/data]\n  app:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    depends_on: [db]\nvolumes:\n  data: {}\n";
    let stack = TestStack::from_yaml("dry-run", file);
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    let both = |args: &[&str]| {
        let compose = peer.outcome(args);
        let berth = stack.berth(args);
        assert_eq!(
            (berth.status.code(), compose.status.code()),
            (Some(0), Some(0)),
            "{}: {}",
            args.join(" "),
            text(&berth)
        );
        // The plan is status, on stderr as compose's dry run prints it.
        assert!(berth.stdout.is_empty(), "{}", String::from_utf8_lossy(&berth.stdout));
        String::from_utf8_lossy(&berth.stderr).to_string()
    };
    // Nothing there yet: a dry up makes nothing, under both.
    let said = both(&["--dry-run", "up", "-d"]);
    assert!(said.contains(&format!("network {}_default would be created", stack.name)), "{said}");
    assert!(said.contains("db: container would be created and started"), "{said}");
    assert_eq!((engine_state(&stack.name), engine_state(&peer.project)), ("||".to_string(), "||".to_string()));
    // Up for real; then dry runs of changes leave everything as it is.
    peer.run(&["up", "-d"]);
    assert!(stack.berth(&["up", "-d"]).status.success());
    let (ours, theirs) = (engine_state(&stack.name), engine_state(&peer.project));
    let said = both(&["up", "-d", "--force-recreate", "--dry-run", "app"]);
    assert!(
        said.contains("app: container would be recreated (--force-recreate)")
            && said.contains("db: container unchanged"),
        "{said}"
    );
    let said = both(&["down", "-v", "--dry-run"]);
    assert!(said.contains(&format!("volume {}_data would be removed", stack.name)), "{said}");
    // compose dry-runs a detached `run` only ("interactive run is not supported in dry-run mode").
    let said = both(&["run", "--dry-run", "-d", "app", "true"]);
    assert!(said.contains("app: a one-off container would be created to run `true`"), "{said}");
    assert_eq!((engine_state(&stack.name), engine_state(&peer.project)), (ours.clone(), theirs));
    // A command with no dry run of its own refuses rather than acting.
    let out = stack.berth(&["--dry-run", "stop"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("--dry-run is not supported by `berth stop`"), "{}", text(&out));
    assert_eq!(engine_state(&stack.name), ours);
    let _ = peer.run(&["down", "-v", "-t", "1"]);
}

#[test]
fn an_argument_that_is_not_utf8_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(env!("CARGO_BIN_EXE_berth"))
        .arg("ps")
        .arg(std::ffi::OsStr::from_bytes(b"svc-\xff"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is not UTF-8 text"), "{}", text(&out));
    assert!(!text(&out).contains("panicked"), "{}", text(&out));
}

#[test]
fn stats_prints_docker_stats_columns_once_or_live_as_compose_does() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("stats-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let berth = |args: &[&str]| stdout_of(&stack, args);
    let header = |t: &str| {
        t.lines()
            .next()
            .unwrap_or_default()
            .split("  ")
            .filter(|c| !c.trim().is_empty())
            .map(|c| c.trim().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(header(&berth(&["stats", "--no-stream"])), header(&peer.run(&["stats", "--no-stream"])));
    let (ours, theirs) = (
        ps_json(berth(&["stats", "--no-stream", "--format", "json"]).as_bytes()),
        ps_json(peer.run(&["stats", "--no-stream", "--format", "json"]).as_bytes()),
    );
    assert_eq!(ours.len(), 2);
    let keys = |e: &serde_json::Value| e.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&ours[0]), keys(&theirs[0]));
    // --no-trunc: the whole id, as compose's.
    let whole = ps_json(berth(&["stats", "--no-stream", "--no-trunc", "--format", "json"]).as_bytes());
    let theirs_whole = ps_json(peer.run(&["stats", "--no-stream", "--no-trunc", "--format", "json"]).as_bytes());
    assert_eq!(whole[0]["ID"].as_str().map(str::len), theirs_whole[0]["ID"].as_str().map(str::len));
    assert_eq!(whole[0]["ID"].as_str().map(str::len), Some(64), "{whole:?}");
    let shape = regex::Regex::new(r"^\d+(\.\d+)?(B|KiB|MiB|GiB) / \d+(\.\d+)?(B|KiB|MiB|GiB)$").unwrap();
    assert!(
        ours.iter()
            .all(|e| shape.is_match(e["MemUsage"].as_str().unwrap()) && e["CPUPerc"].as_str().unwrap().ends_with('%')),
        "{ours:?}"
    );
    // Live: a sample for each container again and again until stopped.
    let child = stack.spawn(&["stats", "--format", "json", "a"]);
    std::thread::sleep(Duration::from_secs(4));
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let out = child.wait_with_output().unwrap();
    let samples = ps_json(&out.stdout);
    assert!(
        samples.len() >= 2 && samples.iter().all(|s| s["Name"] == format!("{}-a", stack.name).as_str()),
        "{}",
        text(&out)
    );
}

#[test]
fn a_recreated_container_keeps_its_anonymous_volumes_unless_v_as_in_compose() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n    volumes: ['/data']\n    environment: {V: one}\n";
    let stack = TestStack::from_yaml("anon-volumes", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let marker = |container: &str| {
        common::docker(&["exec", container, "sh", "-c", "cat /data/marker 2>/dev/null || echo none"]).trim().to_string()
    };
    let (ours, theirs) = (format!("{}-a", stack.name), format!("{}-a-1", peer.project));
    for c in [&ours, &theirs] {
        common::docker(&["exec", c, "sh", "-c", "echo kept > /data/marker"]);
    }
    // Recreated for a changed variable: the data stays, under both.
    std::fs::write(&stack.file, file.replace("V: one", "V: two")).unwrap();
    peer.run(&["up", "-d"]);
    let out = stack.berth(&["up", "-d"]);
    assert!(text(&out).contains("recreating"), "{}", text(&out));
    assert_eq!((marker(&ours), marker(&theirs)), ("kept".to_string(), "kept".to_string()));
    // -V: new anonymous volumes, under both.
    std::fs::write(&stack.file, file.replace("V: one", "V: three")).unwrap();
    peer.run(&["up", "-d", "-V"]);
    let out = stack.berth(&["up", "-d", "-V"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!((marker(&ours), marker(&theirs)), ("none".to_string(), "none".to_string()));
    let _ = peer.run(&["down", "-v", "-t", "1"]);
}

#[test]
fn pull_never_and_no_build_refuse_what_compose_refuses() {
    let file = "services:\n  gone:\n    image: 127.0.0.1:9/none:latest\n  built:\n    build: ./ctx\n";
    let stack = TestStack::from_yaml("pull-build", file);
    stack.write("ctx/Dockerfile", "FROM scratch\n");
    let _down = Down(&stack);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    for (args, said) in [
        (&["up", "-d", "--pull", "never", "gone"][..], "pull_policy is never"),
        (&["up", "-d", "--no-build", "built"][..], "--no-build forbids it"),
        (&["create", "--pull", "never", "gone"][..], "pull_policy is never"),
        (&["create", "--no-build", "built"][..], "--no-build forbids it"),
    ] {
        let compose = peer.outcome(args);
        let berth = stack.berth(args);
        assert_ne!(compose.status.code(), Some(0), "compose: {}", text(&compose));
        assert_eq!(berth.status.code(), Some(1), "{}", text(&berth));
        assert!(text(&berth).contains(said), "{args:?}: {}", text(&berth));
        assert!(stack.containers().is_empty(), "{args:?} made a container");
    }
    let _ = peer.outcome(&["down"]);
}

/// The compose project's (or berth's) containers as `SERVICE STATE` lines, sorted.
fn service_states(project: &str) -> Vec<String> {
    let mut lines: Vec<String> = common::docker(&[
        "ps",
        "-a",
        "--filter",
        &format!("label=com.docker.compose.project={project}"),
        "--format",
        "{{.Label \"com.docker.compose.service\"}} {{.State}}",
    ])
    .lines()
    .filter(|l| !l.trim().is_empty())
    .map(String::from)
    .collect();
    lines.sort();
    lines
}

#[test]
fn scale_and_attach_dependencies_leave_and_show_what_compose_does() {
    let file = "services:\n  web:\n    image: ${BASE}\n    command: [sh, -c, 'echo web-says-hi; sleep infinity']\n    stop_grace_period: 1s\n  db:\n    image: ${BASE}\n    command: [sh, -c, 'echo db-says-hi; sleep infinity']\n    stop_grace_period: 1s\n    depends_on: [web]\n";
    let stack = TestStack::from_yaml("scale-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let both = |args: &[&str]| {
        let theirs = peer.outcome(args);
        let ours = stack.berth(args);
        assert_eq!(ours.status.code(), theirs.status.code(), "berth {}: {}", args.join(" "), text(&ours));
        assert_eq!(service_states(&stack.name), service_states(&peer.project), "after {}", args.join(" "));
    };
    // 0 removes the service's container; its dependant comes up without it.
    both(&["up", "-d", "--scale", "web=0", "db"]);
    assert_eq!(service_states(&stack.name), ["db running"]);
    both(&["up", "-d", "--scale", "web=1"]);
    assert_eq!(service_states(&stack.name), ["db running", "web running"]);
    both(&["create", "--scale", "web=0"]);
    // More than one on one engine: refused, naming the way; nothing changes.
    let out = stack.berth(&["up", "-d", "--scale", "web=3"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("one container per service") && text(&out).contains("--engine swarm"),
        "{}",
        text(&out)
    );
    for bad in ["web", "web=x", "nope=1"] {
        let theirs = peer.outcome(&["up", "-d", "--scale", bad]);
        let ours = stack.berth(&["up", "-d", "--scale", bad]);
        assert!(!theirs.status.success() && !ours.status.success(), "{bad}: {}", text(&ours));
        let said = text(&ours);
        assert!(
            said.contains("SERVICE=NUM") || said.contains("whole number") || said.contains("no such service: nope"),
            "{said}"
        );
    }
    assert_eq!(service_states(&stack.name), ["db running"]);
    // --dry-run says what --scale would remove, and removes nothing.
    both(&["up", "-d"]);
    let out = stack.berth(&["--dry-run", "up", "-d", "--scale", "db=0"]);
    assert!(text(&out).contains("db: container would be removed (--scale db=0)"), "{}", text(&out));
    assert_eq!(service_states(&stack.name), ["db running", "web running"]);

    // Attached `up db`: only db's output, unless --attach-dependencies (both stop at Ctrl-C;
    // here the run is cut by its --abort-on-container-exit partner: a 'stop' of db).
    // The run ends when every container it follows has stopped: here, stopped from outside.
    let attached = |args: &[&str], who: &str, followed: &[&str]| -> String {
        let child = match who {
            "compose" => peer.command(args).spawn().unwrap(),
            _ => {
                let mut c = Command::new(env!("CARGO_BIN_EXE_berth"));
                c.arg("-f").arg(&stack.file).args(args).envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                c.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
            }
        };
        let project = if who == "compose" { peer.project.clone() } else { stack.name.clone() };
        std::thread::sleep(Duration::from_secs(5));
        for service in followed {
            common::docker(&[
                "stop",
                "-t",
                "1",
                &format!("{project}-{service}{}", if who == "compose" { "-1" } else { "" }),
            ]);
        }
        let out = child.wait_with_output().unwrap();
        text(&out)
    };
    for who in ["compose", "berth"] {
        let only = attached(&["up", "--force-recreate", "db"], who, &["db"]);
        assert!(only.contains("Attaching to db") && only.contains("db-says-hi"), "{who}: {only}");
        assert!(!only.contains("web-says-hi") && !only.contains(", web"), "{who}: {only}");
        // --always-recreate-deps makes web again too, so its first line is new output.
        let args = ["up", "--force-recreate", "--always-recreate-deps", "--attach-dependencies", "db"];
        let with = attached(&args, who, &["db", "web"]);
        assert!(with.contains("web-says-hi") && with.contains("db-says-hi"), "{who}: {with}");
    }
}

#[test]
fn index_orphans_and_kill_remove_orphans_act_as_compose_does() {
    let file = "services:\n  web:\n    image: ${BASE}\n    command: [sh, -c, 'echo web-log; sleep infinity']\n    ports: ['127.0.0.1::80']\n    stop_grace_period: 1s\n  old:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("index-like", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let codes = |args: &[&str]| {
        let theirs = peer.outcome(args);
        let ours = stack.berth(args);
        (ours, theirs)
    };
    // --index 1 (and compose's default 0) is the service's container; another is an error.
    for args in [&["exec", "-T", "--index", "1", "web", "echo", "one"][..], &["port", "--index", "1", "web", "80"]] {
        let (ours, theirs) = codes(args);
        assert_eq!((ours.status.code(), theirs.status.code()), (Some(0), Some(0)), "{}", text(&ours));
    }
    assert_eq!(stdout_of(&stack, &["exec", "-T", "--index", "1", "web", "echo", "one"]).trim(), "one");
    for args in [
        &["exec", "-T", "--index", "2", "web", "true"][..],
        &["logs", "--index", "2", "web"],
        &["port", "--index", "2", "web", "80"],
        &["cp", "--index", "2", "web:/etc/hostname", "/tmp"],
    ] {
        let (ours, theirs) = codes(args);
        assert_eq!((ours.status.code(), theirs.status.code()), (Some(1), Some(1)), "{}", text(&ours));
        let want = "service \"web\" is not running container #2";
        assert!(text(&ours).contains(want) && text(&theirs).contains(want), "{} / {}", text(&ours), text(&theirs));
    }
    let (ours, theirs) = codes(&["logs", "--index", "1"]);
    assert!(!ours.status.success() && !theirs.status.success());
    assert!(text(&ours).contains("--index requires one service to be selected"), "{}", text(&ours));
    assert!(stdout_of(&stack, &["logs", "--index", "1", "web"]).contains("web-log"));

    // `old` leaves the file: ps lists its container (compose's default), --orphans=false not.
    std::fs::write(&stack.file, file.split("  old:").next().unwrap()).unwrap();
    let listed = |args: &[&str]| stdout_of(&stack, args).lines().map(String::from).collect::<Vec<_>>();
    assert_eq!(listed(&["ps", "--services"]), ["old", "web"]);
    assert_eq!(peer.run(&["ps", "--services"]).lines().collect::<Vec<_>>(), ["old", "web"]);
    assert_eq!(listed(&["ps", "--services", "--orphans=false"]), ["web"]);
    // kill --remove-orphans: as compose, the orphan's container is killed too (and kept).
    let (ours, theirs) = codes(&["kill", "--remove-orphans"]);
    assert_eq!((ours.status.code(), theirs.status.code()), (Some(0), Some(0)), "{}", text(&ours));
    assert_eq!(service_states(&stack.name), ["old exited", "web exited"]);
    assert_eq!(service_states(&stack.name), service_states(&peer.project));
    // compose's `down` leaves an orphan unless asked.
    peer.run(&["down", "--remove-orphans", "-t", "1"]);
}

#[test]
fn cp_archive_follow_link_and_all_copy_what_compose_copies() {
    let file = "services:\n  a:\n    image: ${BASE}\n    command: [sh, -c, 'echo target > /srv/f && ln -s f /srv/link && ln -s /srv/f /srv/abs && sleep infinity']\n    stop_grace_period: 1s\n";
    let stack = TestStack::from_yaml("cp-flags", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    std::thread::sleep(Duration::from_secs(1));
    let here = tempfile::tempdir().unwrap();
    let owned = here.path().join("owned");
    std::fs::write(&owned, "mine\n").unwrap();
    std::os::unix::fs::chown(&owned, Some(4321), Some(4321)).unwrap();
    for who in ["compose", "berth"] {
        let dir = here.path().join(who);
        std::fs::create_dir_all(&dir).unwrap();
        let at = |p: &str| dir.join(p).display().to_string();
        let run = |args: &[&str]| match who {
            "compose" => {
                peer.run(args);
            }
            _ => {
                stdout_of(&stack, args);
            }
        };
        run(&["cp", "a:/srv/link", &at("plain")]);
        run(&["cp", "-L", "a:/srv/link", &at("followed")]);
        run(&["cp", "--follow-link", "a:/srv/abs", &at("absolute")]);
        run(&["cp", "-L", "a:/srv/link", &dir.display().to_string()]);
        run(&["cp", "-a", &owned.display().to_string(), "a:/tmp/kept"]);
        run(&["cp", &owned.display().to_string(), "a:/tmp/given"]);
        assert!(std::fs::symlink_metadata(at("plain")).unwrap().file_type().is_symlink(), "{who}");
        for copy in ["followed", "absolute", "link"] {
            let meta = std::fs::symlink_metadata(at(copy)).unwrap_or_else(|e| panic!("{who} {copy}: {e}"));
            assert!(meta.is_file(), "{who}: {copy} is no file");
            assert_eq!(std::fs::read_to_string(at(copy)).unwrap(), "target\n", "{who} {copy}");
        }
    }
    let owners = |container: &str| common::docker(&["exec", container, "stat", "-c", "%u", "/tmp/kept", "/tmp/given"]);
    let theirs = owners(&format!("{}-a-1", peer.project));
    assert_eq!(owners(&stack.container("a")), theirs);
    assert!(theirs.starts_with("4321"), "{theirs}");
    // --all: a `run` container is copied from when the service has none of its own.
    let _ = stack.berth(&["down"]);
    let out = stack.berth(&["run", "-d", "--name", &format!("{}-one-off", stack.name), "a"]);
    assert!(out.status.success(), "{}", text(&out));
    std::thread::sleep(Duration::from_secs(1));
    let target = here.path().join("from-run").display().to_string();
    let refused = stack.berth(&["cp", "a:/srv/f", &target]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
    stdout_of(&stack, &["cp", "--all", "a:/srv/f", &target]);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "target\n");
    common::docker(&["rm", "-f", &format!("{}-one-off", stack.name)]);
}

#[test]
fn config_variables_environment_hash_and_models_answer_as_compose_answers() {
    let file = "services:\n  web:\n    image: ${IMG:-${BASE}}\n    environment:\n      A: $UNSET_A\n      B: ${B_VAR-dflt}\n      C: ${C_VAR:?needs c}\n      D: ${D_VAR:+on}\n      E: $$NOT_ONE\n  db:\n    image: ${BASE}\nmodels:\n  llm:\n    model: ai/smollm2\n";
    let stack = TestStack::from_yaml("config-vars", file);
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // --variables reads the file as written: C_VAR is unset and listed, not an error.
    let rows = |text: String| {
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines.sort();
        lines
    };
    assert_eq!(rows(stdout_of(&stack, &["config", "--variables"])), rows(peer.run(&["config", "--variables"])));
    let json =
        |text: String| -> serde_json::Value { serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")) };
    let ours = stdout_of(&stack, &["config", "--variables", "--format", "json"]);
    assert_eq!(json(ours.clone()), json(peer.run(&["config", "--variables", "--format", "json"])));
    assert_eq!(ours, peer.run(&["config", "--variables", "--format", "json"]), "the same text, field order and all");
    assert_eq!(json(ours)["C_VAR"]["Required"], true);
    // compose reads --models from the loaded project: it needs C_VAR; berth reads the files.
    let compose_models = |args: &[&str]| {
        let out = peer.command(args).env("C_VAR", "c").output().unwrap();
        assert!(out.status.success(), "{}", text(&out));
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    assert_eq!(stdout_of(&stack, &["config", "--models"]), compose_models(&["config", "--models"]));
    let all = ["--all-resources", "config", "--models"];
    assert_eq!(stdout_of(&stack, &all), compose_models(&all));
    assert_eq!(stdout_of(&stack, &all).trim(), "ai/smollm2");

    let mut set = stack.env.clone();
    set.push(("C_VAR".into(), "c".into()));
    let berth_with = |args: &[&str]| {
        let mut full = vec!["-f", stack.file.as_str()];
        full.extend_from_slice(args);
        common::berth(&full, &set)
    };
    // --environment: the variables interpolation reads, with the project's name.
    let out = berth_with(&["-p", "envproj", "config", "--environment"]);
    let lines = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        lines.lines().any(|l| l == "C_VAR=c") && lines.lines().any(|l| l == "COMPOSE_PROJECT_NAME=envproj"),
        "{lines}"
    );
    let mut sorted: Vec<&str> = lines.lines().collect();
    sorted.sort();
    assert_eq!(sorted, lines.lines().collect::<Vec<_>>(), "sorted by name, as compose's");
    // --hash: a line per service named (or `*`), a hash that follows the configuration.
    let hashes = |args: &[&str]| String::from_utf8_lossy(&berth_with(args).stdout).to_string();
    let all = hashes(&["config", "--hash", "*"]);
    let services: Vec<&str> = all.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(services, ["web", "db"], "{all}");
    assert_eq!(hashes(&["config", "--hash", "db"]).trim(), all.lines().nth(1).unwrap());
    let before = all.lines().next().unwrap().to_string();
    std::fs::write(&stack.file, file.replace("D: ${D_VAR:+on}", "D: changed")).unwrap();
    assert_ne!(hashes(&["config", "--hash", "web"]).trim(), before);
    let out = berth_with(&["config", "--hash", "nope"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("no such service: nope"));
    // The forms berth does not print are refused, naming compose.
    for flag in ["--no-interpolate", "--no-normalize", "--no-path-resolution", "--resolve-image-digests"] {
        let out = berth_with(&["config", flag]);
        assert_eq!(out.status.code(), Some(1), "{flag}: {}", text(&out));
        assert!(text(&out).contains(&format!("docker compose config {flag}")), "{}", text(&out));
    }
}

#[test]
fn build_print_push_quiet_and_pull_policy_act_as_compose_does() {
    let registry = common::Container::run("registry", &common::image("REGISTRY_IMAGE"), 5000, &[], &[]);
    let port = registry.host_port(5000);
    let start = Instant::now();
    while common::http_get("127.0.0.1", port, "/v2/").map_or(true, |r| !r.contains(" 200")) {
        assert!(start.elapsed() < Duration::from_secs(30), "the registry does not answer");
        std::thread::sleep(Duration::from_millis(200));
    }
    let image = format!("127.0.0.1:{port}/berth-it/built:1");
    let file = format!(
        "services:\n  app:\n    build:\n      context: ./app\n      args: {{BASE: '${{BASE}}'}}\n      target: final\n      cache_from: [\"{image}\"]\n    image: {image}\n    depends_on: [lib]\n  lib:\n    build: ./lib\n    command: [sleep, infinity]\n  plain:\n    image: ${{BASE}}\n"
    );
    let stack = TestStack::from_yaml("build-flags", &file);
    let _down = Down(&stack);
    for dir in ["app", "lib"] {
        stack.write(&format!("{dir}/Dockerfile"), "ARG BASE=scratch\nFROM ${BASE} AS final\nRUN echo built > /built\n");
    }
    stack.write("lib/Dockerfile", &format!("FROM {}\nRUN echo lib > /lib-built\n", common::image("BERTH_BASE_IMAGE")));
    let peer = ComposePeer { stack: &stack, project: format!("{}-compose", stack.name) };
    // --print: compose's bake definition, the same targets and fields (compose adds its labels).
    let json =
        |text: String| -> serde_json::Value { serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")) };
    let ours = json(stdout_of(&stack, &["build", "--print", "app"]));
    let mut theirs = json(peer.run(&["build", "--print", "app"]));
    theirs["target"]["app"].as_object_mut().unwrap().remove("labels");
    assert_eq!(ours["target"]["app"], theirs["target"]["app"]);
    assert_eq!(ours["group"], theirs["group"]);
    let ours = json(stdout_of(&stack, &["build", "--print", "--with-dependencies", "app"]));
    assert_eq!(ours["group"]["default"]["targets"], serde_json::json!(["app", "lib"]));
    // --quiet-build: the steps are not printed; the build happens.
    let out = stack.berth(&["up", "-d", "--build", "--quiet-build", "lib"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("RUN echo lib") && text(&out).contains("built "), "{}", text(&out));
    assert_eq!(common::docker(&["exec", &stack.container("lib"), "cat", "/lib-built"]).trim(), "lib");
    // --push: the image lands in the registry, as compose's push does.
    let out = stack.berth(&["build", "--push", "app"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("app: pushed {image}")), "{}", text(&out));
    let tags = common::http_get("127.0.0.1", port, "/v2/berth-it/built/tags/list").unwrap();
    assert!(tags.contains("\"1\""), "{tags}");
    // push: the same, for a service named; one without `image:` is passed by and said.
    let out = stack.berth(&["push", "app", "lib"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("app: pushed {image}")) && text(&out).contains("lib: skipped"),
        "{}",
        text(&out)
    );
    // pull --policy missing leaves what is there; gone, it is pulled back from the registry.
    let pull = |policy: &str| {
        // berth first: compose's pull must not put the image back before berth looks.
        let ours = stack.berth(&["pull", "--policy", policy, "app"]);
        let theirs = peer.outcome(&["pull", "--policy", policy, "app"]);
        assert_eq!(ours.status.code(), theirs.status.code(), "{}", text(&ours));
        text(&ours)
    };
    let said = pull("missing");
    assert!(said.contains("already present") && !said.contains("pulling"), "{said}");
    common::docker(&["rmi", &image]);
    let said = pull("missing");
    assert!(said.contains(&format!("pulled {image}")), "{said}");
    assert!(pull("always").contains(&format!("pulled {image}")));
    let out = stack.berth(&["pull", "--policy", "sometimes"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    // What the engine's builder cannot do is refused before anything is built.
    for args in
        [&["build", "--provenance", "true"][..], &["build", "--ssh", "default"], &["build", "--builder", "other"]]
    {
        let out = stack.berth(args);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    }
    let _ = common::docker(&["rmi", &image]);
}

#[test]
fn volumes_scale_commit_export_and_attach_act_as_compose_does() {
    let file = "services:\n  web:\n    image: ${BASE}\n    command: [sh, -c, 'echo web-up; while true; do echo tick; sleep 1; done']\n    volumes: [data:/data]\n    stop_grace_period: 1s\n  worker:\n    image: ${BASE}\n    command: [sh, -c, 'echo made > /made; sleep infinity']\n    depends_on: [web]\n    stop_grace_period: 1s\nvolumes:\n  data: {}\n";
    let stack = TestStack::from_yaml("more-cmds", file);
    let _down = Down(&stack);
    let peer = ComposePeer::up(&stack);
    let berth = |args: &[&str]| stdout_of(&stack, args);
    // volumes: compose's table and names, for the stack and for one service.
    let names = |text: String, project: &str| text.replace(project, "P");
    assert_eq!(names(berth(&["volumes"]), &stack.name), names(peer.run(&["volumes"]), &peer.project));
    assert_eq!(berth(&["volumes", "-q"]).trim(), format!("{}_data", stack.name));
    assert_eq!(
        names(berth(&["volumes", "worker"]), &stack.name),
        names(peer.run(&["volumes", "worker"]), &peer.project)
    );
    let json: serde_json::Value = serde_json::from_str(berth(&["volumes", "--format", "json"]).trim()).unwrap();
    assert_eq!(
        (json["Driver"].as_str(), json["Name"].as_str()),
        (Some("local"), Some(format!("{}_data", stack.name).as_str()))
    );
    // scale: 0 removes the container, 1 brings it back, as compose's.
    for args in [&["scale", "worker=0"][..], &["scale", "worker=1"]] {
        let theirs = peer.outcome(args);
        let ours = stack.berth(args);
        assert_eq!(ours.status.code(), theirs.status.code(), "{}", text(&ours));
        assert_eq!(service_states(&stack.name), service_states(&peer.project), "after {}", args.join(" "));
    }
    assert_eq!(service_states(&stack.name), ["web running", "worker running"]);
    let out = stack.berth(&["scale"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    // commit: an image of the container's changes, its id on stdout.
    std::thread::sleep(Duration::from_secs(1));
    let image = format!("{}-snap:1", stack.name);
    let id = berth(&["commit", "-m", "made by a test", "-c", "ENV SNAP=yes", "worker", &image]);
    assert!(id.trim().starts_with("sha256:"), "{id}");
    let inspected = common::docker(&["image", "inspect", "-f", "{{.Comment}} {{.Config.Env}}", &image]);
    assert!(inspected.starts_with("made by a test") && inspected.contains("SNAP=yes"), "{inspected}");
    assert_eq!(common::docker(&["run", "--rm", &image, "cat", "/made"]), "made");
    common::docker(&["rmi", &image]);
    // export: the filesystem as a tar archive, to a file or a pipe, as compose's.
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("worker.tar");
    berth(&["export", "worker", "-o", archive.to_str().unwrap()]);
    let listed = Command::new("tar").arg("tf").arg(&archive).output().unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).lines().any(|l| l == "made"));
    let theirs = dir.path().join("compose.tar");
    peer.run(&["export", "worker", "-o", theirs.to_str().unwrap()]);
    let entries = |path: &std::path::Path| Command::new("tar").arg("tf").arg(path).output().unwrap().stdout.len();
    assert!(entries(&archive) > 0 && entries(&theirs) > 0);
    // attach: the output from now on, until the container ends; its code is the answer.
    let attached = |who: &str| {
        let mut command = match who {
            "compose" => peer.command(&["attach", "--no-stdin", "web"]),
            _ => {
                let mut c = Command::new(env!("CARGO_BIN_EXE_berth"));
                c.args(["-f", &stack.file, "attach", "--no-stdin", "web"]);
                c.envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                c
            }
        };
        let child = command.stdin(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_secs(3));
        let project = if who == "compose" { peer.project.clone() } else { stack.name.clone() };
        common::docker(&["kill", &format!("{project}-web{}", if who == "compose" { "-1" } else { "" })]);
        child.wait_with_output().unwrap()
    };
    let (theirs, ours) = (attached("compose"), attached("berth"));
    assert_eq!(ours.status.code(), theirs.status.code(), "{}", text(&ours));
    assert_eq!(ours.status.code(), Some(137));
    let seen = String::from_utf8_lossy(&ours.stdout).to_string();
    assert!(seen.contains("tick") && !seen.contains("web-up"), "only output from now on: {seen}");
}

#[test]
fn compose_v1_compatibility_mode_is_refused_saying_what_berth_names_instead() {
    let out = Command::new(env!("CARGO_BIN_EXE_berth")).args(["--compatibility", "ps"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("STACK_SERVICE_1") && text(&out).contains("STACK-SERVICE"), "{}", text(&out));
}
