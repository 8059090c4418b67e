//! The stack on a real Docker Swarm: two dockerd nodes in containers (`scripts/harness
//! swarm-up 2`), a registry from Debian's package, never the engine the other tests share.
//! Checked from outside berth: the Docker CLI on the manager and on each node, and the
//! stack's own clients (aws, psql, redis-cli) inside the task containers wherever they run.

mod common;

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::fixtures::{assert_default_fixtures, Clients};
use common::{http_get, image, root, text, TestStack};

/// The tests share one cluster and its 20 reachable ports: one at a time.
static CLUSTER: Mutex<()> = Mutex::new(());

fn swarm_env() -> BTreeMap<String, String> {
    // Where scripts/harness wrote it: its state folder, BERTH_TEST_DIR (scripts/first-run
    // gives each new engine its own).
    let state = std::env::var_os("BERTH_TEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("target/berth-test"));
    let path =
        std::env::var_os("BERTH_TEST_SWARM_ENV").map(std::path::PathBuf::from).unwrap_or(state.join("swarm.env"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: the Swarm tests need `scripts/harness swarm-up 2` (scripts/test runs it)",
            path.display()
        )
    });
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn manager() -> String {
    swarm_env()["SWARM_MANAGER"].clone()
}

fn port(n: u16) -> u16 {
    swarm_env()["SWARM_PORTS_FROM"].parse::<u16>().expect("port") + n
}

/// Where node `n`'s engine answers from here (1 is the manager).
fn node_api(n: u32) -> String {
    let api: u32 = swarm_env()["SWARM_API_PORT"].parse().expect("api port");
    format!("tcp://127.0.0.1:{}", api + n)
}

/// The Docker CLI against node `n`'s engine.
fn node_docker(n: u32, args: &[&str]) -> std::process::Output {
    Command::new("docker").arg("-H").arg(node_api(n)).args(args).output().expect("docker")
}

fn on_node(n: u32, args: &[&str]) -> String {
    let out = node_docker(n, args);
    assert!(out.status.success(), "docker {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A stack deployed to the test Swarm; `down -v` there when dropped, pass or fail.
struct SwarmStack {
    stack: TestStack,
}

impl SwarmStack {
    fn new(stack: TestStack) -> SwarmStack {
        let mut stack = stack;
        stack.env.push(("DOCKER_HOST".into(), manager()));
        stack.env.push(("BERTH_ENGINE".into(), "swarm".into()));
        stack.env.push(("BERTH_REGISTRY".into(), swarm_env()["SWARM_REGISTRY"].clone()));
        SwarmStack { stack }
    }

    fn berth(&self, args: &[&str]) -> std::process::Output {
        self.stack.berth(args)
    }

    /// The node (1-based) and container of the service's running task.
    fn task(&self, service: &str) -> (u32, String) {
        let name = format!("{}-{service}", self.stack.name);
        let node = on_node(1, &["service", "ps", &name, "--filter", "desired-state=running", "--format", "{{.Node}}"]);
        let n: u32 = node
            .lines()
            .next()
            .and_then(|l| l.rsplit('-').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no running task of {name}: {node}"));
        let filter = format!("label=com.docker.swarm.service.name={name}");
        let id = on_node(n, &["ps", "-q", "--filter", &filter]);
        (n, id.lines().next().unwrap_or_else(|| panic!("no container of {name} on node {n}")).to_string())
    }

    fn exec(&self, service: &str, argv: &[&str]) -> String {
        let (n, id) = self.task(service);
        let mut args = vec!["exec", id.as_str()];
        args.extend(argv);
        on_node(n, &args)
    }

    fn aws(&self, args: &str) -> String {
        let script = format!("AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url http://localhost:4566 {args}");
        self.exec("localstack", &["sh", "-c", &script])
    }

    fn psql(&self, sql: &str) -> String {
        self.exec("postgres", &["psql", "-U", "medusa_user", "-d", "medusa_db", "-tAc", sql])
    }

    fn redis(&self, args: &[&str]) -> String {
        let mut argv = vec!["redis-cli"];
        argv.extend(args);
        self.exec("redis", &argv)
    }

    fn status(&self) -> serde_json::Value {
        let out = self.berth(&["status", "--json"]);
        assert!(out.status.success(), "{}", text(&out));
        serde_json::from_slice(&out.stdout).expect("status json")
    }

    /// Everything on the cluster carrying the stack's labels: services, and networks and
    /// volumes on every node.
    fn leftovers(&self) -> Vec<String> {
        let filter = format!("label=dev.berth.stack={}", self.stack.name);
        let mut out: Vec<String> =
            on_node(1, &["service", "ls", "-q", "--filter", &filter]).lines().map(|l| format!("service {l}")).collect();
        let nodes: u32 = swarm_env()["SWARM_NODES"].parse().expect("nodes");
        for n in 1..=nodes {
            out.extend(
                on_node(n, &["network", "ls", "-q", "--filter", &filter])
                    .lines()
                    .map(|l| format!("network {l} on {n}")),
            );
            out.extend(
                on_node(n, &["volume", "ls", "-q", "--filter", &filter]).lines().map(|l| format!("volume {l} on {n}")),
            );
        }
        out
    }
}

impl Drop for SwarmStack {
    fn drop(&mut self) {
        let _ = self.stack.berth(&["down", "-v"]);
    }
}

fn lock() -> std::sync::MutexGuard<'static, ()> {
    CLUSTER.lock().unwrap_or_else(|e| e.into_inner())
}

#[test]
fn the_default_stack_on_two_nodes_is_ready_seeded_reset_snapshotted_and_removed() {
    let _cluster = lock();
    let mut stack = TestStack::light_stack("swarm-default");
    for (i, var) in
        ["LOCALSTACK_PORT", "POSTGRES_PORT", "REDIS_PORT", "BACKEND_PORT", "STOREFRONT_PORT"].iter().enumerate()
    {
        stack.env.retain(|(k, _)| k != var);
        stack.env.push((var.to_string(), port(i as u16).to_string()));
    }
    // pg_dump (snapshots) runs in the Postgres container: pinned to node 2, it is reached
    // through node 2's own engine, which the node names in its label.
    let dir = tempfile::tempdir().expect("tempdir");
    let pin = dir.path().join("pin-postgres.yaml").display().to_string();
    std::fs::write(
        &pin,
        "services:\n  postgres:\n    deploy:\n      placement:\n        constraints: [node.hostname == berth-swarm-2]\n",
    )
    .expect("write override");
    let _label = NodeLabel::add("io.berth.engine", &node_api(2));
    let file = stack.file.clone();
    let swarm = SwarmStack::new(stack);
    let up = |extra: &[&str]| {
        let mut args = vec!["-f", &file, "-f", &pin, "up", "--wait", "--wait-timeout", "240"];
        args.extend(extra);
        common::berth(&args, &swarm.stack.env)
    };
    let started = Instant::now();
    let out = up(&[]);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let log = text(&out);
    assert!(log.contains("seed       | ready"), "{log}");
    assert!(log.contains("running on node berth-swarm-"), "{log}");
    eprintln!("default stack ready on the swarm in {took:?}");

    // Every service is a Swarm service with a running task; the scheduler used both nodes.
    let status = swarm.status();
    let mut nodes = std::collections::BTreeSet::new();
    for s in status["services"].as_array().expect("services") {
        assert_eq!(s["state"], "running", "{s}");
        let tasks = s["tasks"].as_array().expect("tasks");
        assert_eq!(tasks.len(), 1, "{s}");
        assert_eq!(tasks[0]["restarts"], 0, "{s}");
        nodes.insert(tasks[0]["node"].as_str().expect("node").to_string());
    }
    assert_eq!(nodes.len(), 2, "tasks on both nodes: {nodes:?}");
    // The backend was built-or-tagged here and pushed: the registry has it.
    let catalog = http_get("127.0.0.1", 23700, "/v2/_catalog").expect("registry");
    assert!(catalog.contains("backend"), "{catalog}");
    // The storefront answers from the host, on the node its task runs on.
    let (n, _) = swarm.task("storefront");
    let page = http_get(&format!("127.0.0.{n}"), port(4), "/").expect("storefront");
    assert!(page.contains("YSH B2B storefront"), "{page}");

    // The fixtures, through the stack's own clients in the task containers.
    assert_default_fixtures(&Clients {
        aws: &|args: &str| swarm.aws(args),
        psql: &|sql: &str| swarm.psql(sql),
        redis: &|args: &[&str]| swarm.redis(args),
    });

    // Reset puts drift back.
    swarm.redis(&["SET", "cache:catalog:version", "drifted"]);
    swarm.psql("DELETE FROM products WHERE id > 10");
    let out = common::berth(&["-f", &file, "-f", &pin, "reset", "--yes"], &swarm.stack.env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(swarm.redis(&["GET", "cache:catalog:version"]), "2026.11");
    assert_eq!(swarm.psql("SELECT count(*) FROM products"), "600");

    // A snapshot taken (pg_dump on node 2), the state changed, the snapshot restored.
    assert_eq!(swarm.task("postgres").0, 2, "Postgres is pinned to node 2");
    let out = common::berth(&["-f", &file, "-f", &pin, "snapshot", "save", "swarm-it"], &swarm.stack.env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    swarm.redis(&["SET", "cache:catalog:version", "after-snapshot"]);
    swarm.psql("DELETE FROM customers WHERE id > 10");
    let out = common::berth(&["-f", &file, "-f", &pin, "snapshot", "restore", "swarm-it", "--yes"], &swarm.stack.env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(swarm.redis(&["GET", "cache:catalog:version"]), "2026.11");
    assert_eq!(swarm.psql("SELECT count(*) FROM customers"), "400");
    let _ = common::berth(&["-f", &file, "snapshot", "rm", "swarm-it"], &swarm.stack.env);

    // A second up changes nothing: every service is left alone.
    let out = up(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(text(&out).matches("unchanged").count(), 5, "{}", text(&out));

    // Logs through the manager, whichever node the task is on.
    let out = swarm.berth(&["logs", "--tail", "50", "backend"]);
    assert!(text(&out).contains("GET /health"), "{}", text(&out));

    let out = swarm.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Swarm service"), "{}", text(&out));
    assert_eq!(swarm.leftovers(), Vec::<String>::new());
}

/// A dependant that gives up when its dependency does not answer yet: berth starts it only
/// once the dependency's probe passes, so it never fails (Swarm alone would restart it).
#[test]
fn a_dependant_starts_only_after_its_slow_dependency_is_ready() {
    let _cluster = lock();
    let yaml = format!(
        "services:\n  slow:\n    image: {redis}\n    command: [sh, -c, 'sleep 6; exec redis-server --protected-mode no']\n    healthcheck:\n      test: [CMD, redis-cli, ping]\n      interval: 1s\n      start_period: 30s\n  app:\n    image: {redis}\n    command: [sh, -c, 'redis-cli -h slow ping | grep -q PONG || {{ echo slow is not up; exit 1; }}; echo connected; exec sleep 100000']\n    depends_on:\n      slow: {{condition: service_healthy}}\n",
        redis = image("REDIS_IMAGE")
    );
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-slow", &yaml));
    let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    // The dependant waited for the probe, then ran once.
    let ready = log.find("slow | ready").expect("slow ready");
    let created = log.find("app  | created").expect("app created");
    assert!(created > ready, "{log}");
    let status = swarm.status();
    let app = status["services"].as_array().unwrap().iter().find(|s| s["name"] == "app").unwrap().clone();
    assert_eq!(app["restart_count"], 0, "{app}");
    let logs = text(&swarm.berth(&["logs", "app"]));
    assert!(logs.contains("connected") && !logs.contains("slow is not up"), "{logs}");
}

#[test]
fn an_engine_in_no_swarm_is_a_clear_error_and_nothing_is_made() {
    let stack =
        TestStack::from_yaml("swarm-none", "services:\n  a:\n    image: ${BASE}\n    command: [sleep, '1000']\n");
    // The engine the other tests share is in no swarm (and must stay so).
    let out = stack.berth(&["--engine", "swarm", "up", "--wait"]);
    assert_ne!(out.status.code(), Some(0));
    let log = text(&out);
    assert!(log.contains("is not part of a swarm"), "{log}");
    assert!(log.contains("docker swarm init"), "{log}");
    assert!(stack.containers().is_empty() && stack.other_resources().is_empty());
}

#[test]
fn one_engine_only_choices_are_refused_on_a_swarm_before_anything_is_made() {
    let stack =
        TestStack::from_yaml("swarm-refuses", "services:\n  a:\n    image: ${BASE}\n    command: [sleep, '1000']\n");
    for (args, said) in [
        (&["--engine", "swarm", "run", "--rm", "a", "true"][..], "makes a container on one engine"),
        (&["--engine", "swarm", "create"][..], "apply to one engine's containers"),
        (&["--engine", "swarm", "up", "-d", "--force-recreate"][..], "apply to one engine's containers"),
        (&["--engine", "swarm", "up", "--abort-on-container-exit"][..], "follow containers on one engine"),
    ] {
        let out = stack.berth(args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        assert!(text(&out).contains(said), "{args:?}: {}", text(&out));
        assert!(stack.containers().is_empty() && stack.other_resources().is_empty(), "{args:?} made something");
    }
}

#[test]
fn a_service_swarm_cannot_schedule_fails_with_swarms_reason() {
    let _cluster = lock();
    let yaml = "services:\n  nowhere:\n    image: ${BASE}\n    command: [sleep, '1000']\n    deploy:\n      placement:\n        constraints: [node.labels.zone == mars]\n";
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-nowhere", yaml));
    let started = Instant::now();
    let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
    let log = text(&out);
    assert_ne!(out.status.code(), Some(0), "{log}");
    assert!(log.contains("Swarm cannot schedule it") && log.contains("no suitable node"), "{log}");
    assert!(log.contains("deploy.placement"), "{log}");
    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
}

#[test]
fn sandboxes_run_side_by_side_and_a_port_another_holds_is_named_before_deploy() {
    let _cluster = lock();
    let yaml = |p: u16| {
        format!(
            "services:\n  web:\n    image: {}\n    command: [python3, -m, http.server, '8080']\n    ports: ['{p}:8080']\n    x-berth:\n      probe: {{http: {{port: 8080, path: /}}}}\n",
            image("LIGHT_BACKEND_IMAGE")
        )
    };
    let a = SwarmStack::new(TestStack::from_yaml("swarm-branch-a", &yaml(port(10))));
    let b = SwarmStack::new(TestStack::from_yaml("swarm-branch-b", &yaml(port(11))));
    for s in [&a, &b] {
        let out = s.berth(&["up", "--wait", "--wait-timeout", "120"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    }
    let names = on_node(1, &["service", "ls", "--format", "{{.Name}}"]);
    assert!(names.contains(&format!("{}-web", a.stack.name)) && names.contains(&format!("{}-web", b.stack.name)));
    // Each has its own network.
    let nets = on_node(1, &["network", "ls", "--format", "{{.Name}}"]);
    assert!(nets.contains(&format!("{}_default", a.stack.name)) && nets.contains(&format!("{}_default", b.stack.name)));

    let c = SwarmStack::new(TestStack::from_yaml("swarm-branch-c", &yaml(port(11))));
    let out = c.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let log = text(&out);
    assert_ne!(out.status.code(), Some(0), "{log}");
    assert!(
        log.contains(&format!("held by Swarm service '{}-web' of berth stack '{}'", b.stack.name, b.stack.name)),
        "{log}"
    );
    assert!(log.contains("nothing was created"), "{log}");
    assert_eq!(c.leftovers(), Vec::<String>::new());
}

/// Node 2 stops while the service's only task on it is still starting: Swarm starts a new
/// task on node 1 and `up` follows it there instead of failing or hanging.
#[test]
fn a_node_lost_mid_up_moves_the_task_and_up_ends_ready() {
    let _cluster = lock();
    let yaml = format!(
        "services:\n  late:\n    image: {redis}\n    command: [sh, -c, 'sleep 12; exec redis-server --protected-mode no']\n    ports: ['{p}:6379']\n    x-berth:\n      probe: {{redis: {{}}}}\n",
        redis = image("REDIS_IMAGE"),
        p = port(12)
    );
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-lost", &yaml));
    let _restore = RestoreNode2;
    // The task can only land on node 2 while node 1 takes no new tasks.
    on_node(1, &["node", "update", "--availability", "pause", "berth-swarm-1"]);
    let env = swarm.stack.env.clone();
    let file = swarm.stack.file.clone();
    let up = std::thread::spawn(move || common::berth(&["-f", &file, "up", "--wait", "--wait-timeout", "180"], &env));
    let name = format!("{}-late", swarm.stack.name);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        // Until berth has created the service, the CLI finds none.
        let out = node_docker(
            1,
            &["service", "ps", &name, "--filter", "desired-state=running", "--format", "{{.Node}} {{.CurrentState}}"],
        );
        let nodes = String::from_utf8_lossy(&out.stdout).to_string();
        if nodes.contains("berth-swarm-2") && nodes.contains("Running") {
            break;
        }
        assert!(Instant::now() < deadline, "the task never ran on node 2: {nodes}");
        std::thread::sleep(Duration::from_millis(200));
    }
    on_node(1, &["node", "update", "--availability", "active", "berth-swarm-1"]);
    common::docker(&["stop", "-t", "0", "berth-swarm-2"]);
    let out = up.join().expect("up thread");
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(log.contains("berth-swarm-2"), "{log}");
    assert!(log.contains("task") && log.contains("running on node berth-swarm-1"), "{log}");
    assert_eq!(swarm.task("late").0, 1);
}

/// Brings node 2 back into the swarm, however the test ended.
struct RestoreNode2;

impl Drop for RestoreNode2 {
    fn drop(&mut self) {
        let _ = node_docker(1, &["node", "update", "--availability", "active", "berth-swarm-1"]);
        let _ = Command::new("docker").args(["start", "berth-swarm-2"]).output();
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            let out = node_docker(1, &["node", "inspect", "berth-swarm-2", "--format", "{{.Status.State}}"]);
            if String::from_utf8_lossy(&out.stdout).trim() == "ready" {
                return;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }
}

/// The UI on a Swarm stack in a real terminal: rows for services whose tasks run on both
/// nodes (node 2's ready by a log probe, read through the manager), the log pane following
/// that task, a restart as Swarm's update, and a clean exit leaving the stack running.
#[test]
fn the_ui_follows_a_swarm_stack_across_nodes() {
    use common::tmux::{command_line, quit_leaving_the_stack, Tmux};
    let _cluster = lock();
    let yaml = "services:\n  here:\n    image: ${BASE}\n    command: [sleep, '100000']\n    deploy:\n      placement:\n        constraints: [node.hostname == berth-swarm-1]\n  there:\n    image: ${BASE}\n    command: [sh, -c, 'while true; do echo swarm-marker-$$(hostname); sleep 1; done']\n    deploy:\n      placement:\n        constraints: [node.hostname == berth-swarm-2]\n    x-berth:\n      probe: {log: 'swarm-marker-'}\n";
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-ui", yaml));
    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("swarmui");
    tmux.line(&command_line(&swarm.stack, "up", "", &stty.display().to_string()));
    let ready = tmux.wait_for("both services ready", Duration::from_secs(120), |s| s.matches("ready in").count() >= 2);
    assert!(ready.contains("here") && ready.contains("there"), "{ready}");
    tmux.keys(&["j"]);
    tmux.wait_for("the log of the task on node 2", Duration::from_secs(30), |s| {
        s.contains("▶ there") && s.contains("swarm-marker-")
    });
    tmux.keys(&["r"]);
    tmux.wait_for("restart reported", Duration::from_secs(60), |s| s.contains("restart there: ready again"));
    quit_leaving_the_stack(&tmux, &stty);
    let (node, _) = swarm.task("there");
    assert_eq!(node, 2, "still running on node 2 after the UI left");
}

/// Takes a node label off node 2 when the test ends, pass or fail.
struct NodeLabel(&'static str);

impl NodeLabel {
    fn add(key: &'static str, value: &str) -> NodeLabel {
        on_node(1, &["node", "update", "--label-add", &format!("{key}={value}"), "berth-swarm-2"]);
        NodeLabel(key)
    }
}

impl Drop for NodeLabel {
    fn drop(&mut self) {
        let _ = node_docker(1, &["node", "update", "--label-rm", self.0, "berth-swarm-2"]);
    }
}

/// A manager's API cannot exec into a task's container on another node nor remove that
/// node's volumes: without more, `exec` says what to do and `down -v` names, per node, the
/// volumes left, so nothing is left unsaid. A node that names its engine (`io.berth.engine`)
/// is reached there: `exec` runs in the task's container, `down -v` removes the volumes —
/// only those berth made for the stack.
#[test]
fn a_task_on_another_node_is_reached_through_its_engine_for_exec_and_down_v() {
    let _cluster = lock();
    let yaml = "services:\n  keeper:\n    image: ${BASE}\n    command: [sleep, '100000']\n    volumes: [data:/data]\n    deploy:\n      placement:\n        constraints: [node.hostname == berth-swarm-2]\nvolumes:\n  data: {}\n";
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-vol", yaml));
    let up = || {
        let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    };
    let volume = format!("{}_data", swarm.stack.name);
    let on_node_2 = || on_node(2, &["volume", "ls", "-q", "--filter", &format!("name={volume}")]);
    up();
    assert_eq!(on_node_2(), volume);
    let out = swarm.berth(&["exec", "-T", "keeper", "true"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("runs on Swarm node berth-swarm-2"), "{}", text(&out));
    assert!(text(&out).contains("io.berth.engine=tcp://HOST:PORT"), "{}", text(&out));
    let out = swarm.berth(&["down", "-v"]);
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(log.contains(&format!("volume(s) {volume} left on Swarm node berth-swarm-2")), "{log}");
    assert!(log.contains("io.berth.engine=tcp://HOST:PORT"), "{log}");
    // Berth said where it is; the test removes it through node 2's own engine.
    let remove_on_node_2 = || {
        // Its task's container on node 2 may still be stopping.
        let deadline = Instant::now() + Duration::from_secs(30);
        while !node_docker(2, &["volume", "rm", &volume]).status.success() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(300));
        }
        assert_eq!(on_node_2(), "");
    };
    remove_on_node_2();
    assert_eq!(swarm.leftovers(), Vec::<String>::new());

    // Node 2 names its engine, as reached from here: berth removes the volume there.
    let _label = NodeLabel::add("io.berth.engine", &node_api(2));
    up();
    assert_eq!(on_node_2(), volume);
    let out = swarm.berth(&["exec", "-T", "keeper", "sh", "-c", "echo written-by-exec > /data/mark; exit 3"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let task_container = on_node(2, &["ps", "-q", "--filter", &format!("label=dev.berth.stack={}", swarm.stack.name)]);
    assert_eq!(on_node(2, &["exec", &task_container, "cat", "/data/mark"]), "written-by-exec");
    let out = swarm.berth(&["down", "-v"]);
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(log.contains(&format!("volume {volume} removed on Swarm node berth-swarm-2")), "{log}");
    assert_eq!(on_node_2(), "", "{log}");
    assert_eq!(swarm.leftovers(), Vec::<String>::new());

    // A volume of that name berth did not make (no labels) is used by the task and left alone.
    on_node(2, &["volume", "create", &volume]);
    up();
    let out = swarm.berth(&["down", "-v"]);
    let log = text(&out);
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert!(log.contains(&format!("volume(s) {volume} left on Swarm node berth-swarm-2")), "{log}");
    assert!(log.contains("berth did not make it for this stack, so it is left alone"), "{log}");
    assert_eq!(on_node_2(), volume);
    remove_on_node_2();
}

/// A job (`restart: "no"`) that fails is reported with its exit code. Fixed in the file, the
/// next `up` runs the new version and counts only its task (the failed one is history); a
/// further `up` with the file unchanged runs the finished job again, as on one engine. A
/// service scaled to zero beside it is ready with no task rather than waited on.
#[test]
fn a_failed_job_is_reported_the_fixed_one_completes_and_runs_again() {
    let _cluster = lock();
    let job = |code: u8| {
        format!("services:\n  job:\n    image: ${{BASE}}\n    command: [sh, -c, 'echo job ran; exit {code}']\n    restart: 'no'\n  idle:\n    image: ${{BASE}}\n    command: [sleep, '100000']\n    deploy: {{replicas: 0}}\n")
    };
    let swarm = SwarmStack::new(TestStack::from_yaml("swarm-job", &job(3)));
    let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
    let log = text(&out);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(log.contains("code 3"), "{log}");

    std::fs::write(&swarm.stack.file, job(0)).expect("fix the job");
    let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).lines().any(|l| l.starts_with("idle") && l.contains("ready")), "{}", text(&out));
    let runs = |swarm: &SwarmStack| {
        let name = format!("{}-job", swarm.stack.name);
        on_node(1, &["service", "ps", &name, "--format", "{{.CurrentState}}"]).lines().count()
    };
    assert_eq!(runs(&swarm), 2, "one failed task, one completed");

    let out = swarm.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(runs(&swarm), 3, "the unchanged job ran again");
}
