//! The engine against a real Docker engine with the offline images.

mod common;

use std::time::{Duration, Instant};

use common::{compose, docker, free_port, tcp_forwarder, text, Container, TestStack};

#[tokio::test(flavor = "multi_thread")]
async fn default_stack_up_idempotent_status_and_logs() {
    let mut stack = TestStack::light_stack("default");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "180", "--timings", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("5 services ready"), "{}", text(&out));

    // Where the time went: the run's floor and berth's share of it, from the same numbers.
    let said = text(&out);
    let line = said.lines().find(|l| l.starts_with("critical path ")).unwrap_or_else(|| panic!("{said}"));
    assert!(line.contains(" → storefront), the engine starting its containers "), "{line}");
    assert!(line.contains(" s, berth overhead "), "{line}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let timings: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).expect("JSON last");
    let services = timings["services"].as_array().unwrap();
    assert_eq!(services.len(), 6, "five services and the seed step: {timings}");
    for service in services {
        let (gate, started, ready) =
            (service["gate_open_s"].as_f64(), service["started_s"].as_f64(), service["ready_s"].as_f64());
        let (gate, started, ready) = (gate.unwrap(), started.unwrap(), ready.unwrap());
        assert!(gate <= started && started <= ready, "in order: {service}");
    }
    let chain = timings["critical_path"]["chain"].as_array().unwrap();
    assert_eq!(chain.last().unwrap(), "storefront", "{timings}");
    let (path, took) = (timings["critical_path"]["seconds"].as_f64().unwrap(), timings["took_s"].as_f64().unwrap());
    assert!(path > 0.0 && path <= took, "{timings}");
    // The three parts add up to the run: the chain, the engine starting it, berth's own.
    let engine_starts = timings["engine_starts_s"].as_f64().unwrap();
    assert!(engine_starts > 0.0, "four containers started on the chain: {timings}");
    assert!((timings["overhead_s"].as_f64().unwrap() - (took - path - engine_starts)).abs() < 1e-6, "{timings}");

    // The backend's health proves LocalStack (secret, bucket), Postgres and Redis are wired.
    let url = format!("http://127.0.0.1:{}/health", stack.env_value("BACKEND_PORT"));
    let resp = reqwest::get(&url).await.expect("backend answers");
    assert_eq!(resp.status(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["checks"], serde_json::json!({"postgres": "ok", "redis": "ok", "s3": "ok"}));
    let page = reqwest::get(format!("http://127.0.0.1:{}/", stack.env_value("STOREFRONT_PORT")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("healthy (200)"), "{page}");

    // Again: nothing changes.
    let before = stack.containers();
    assert_eq!(before.len(), 5, "{before:?}");
    let out = stack.berth(&["up", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(stack.containers(), before);
    assert_eq!(text(&out).matches("unchanged, left running").count(), 5, "{}", text(&out));

    // A changed service is recreated, and only that one.
    stack.env.push(("REDIS_PORT".into(), free_port().to_string()));
    let out = stack.berth(&["up", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let after = stack.containers();
    for (service, id) in &before {
        if service == "redis" {
            assert_ne!(&after[service], id, "redis should be recreated");
        } else {
            assert_eq!(&after[service], id, "{service} should be left alone");
        }
    }

    // status --json is the engine's view.
    let out = stack.berth(&["status", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["stack"], stack.name.as_str());
    let services = status["services"].as_array().unwrap();
    assert_eq!(services.len(), 5);
    for s in services {
        let name = s["name"].as_str().unwrap();
        let id = s["container_id"].as_str().unwrap();
        assert!(id.starts_with(&after[name]), "{name}: {id} vs {}", after[name]);
        assert_eq!(s["state"], "running");
        let engine_started = docker(&["inspect", "-f", "{{.State.StartedAt}}", id]);
        assert_eq!(s["started_at"], engine_started.as_str());
        assert_eq!(s["restart_count"], 0);
    }
    let redis = services.iter().find(|s| s["name"] == "redis").unwrap();
    let redis_port = stack.env_value("REDIS_PORT");
    assert_eq!(redis["ports"][0], format!("127.0.0.1:{redis_port}->6379/tcp").as_str());

    // logs --tail: each service's own real lines.
    let out = stack.berth(&["logs", "--tail", "5"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let logs = String::from_utf8_lossy(&out.stdout).to_string();
    for (service, marker) in [
        ("localstack", "Ready."),
        ("postgres", "ready to accept connections"),
        ("backend", "GET /health"),
        ("storefront", "GET /"),
    ] {
        let lines: Vec<&str> = logs.lines().filter(|l| l.starts_with(&format!("{service} "))).collect();
        assert!(!lines.is_empty() && lines.len() <= 5, "{service}: {lines:?}");
        let all = text(&stack.berth(&["logs", service]));
        assert!(all.contains(marker), "{service} logs lack {marker:?}: {all}");
    }
    let out = stack.berth(&["logs", "backend", "--grep", "GET /health"]);
    assert!(text(&out).lines().all(|l| l.contains("GET /health")), "{}", text(&out));

    // down removes exactly what berth made.
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stack.containers().is_empty());
    assert!(stack.other_resources().is_empty(), "{:?}", stack.other_resources());
}

#[test]
fn a_failing_service_fails_up_with_its_logs_and_its_dependants_wait() {
    let stack = TestStack::from_yaml(
        "crash",
        "services:\n  worker:\n    image: ${BASE}\n    command: [sh, -c, 'echo booting worker; echo cannot open config >&2; exit 1']\n    probe: {tcp: 8080}\n  api:\n    image: ${BASE}\n    command: [sleep, '600']\n    depends_on: {worker: started}\n  web:\n    image: ${BASE}\n    command: [sleep, '600']\n    depends_on: {api: healthy, worker: healthy}\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("service 'worker' failed: the container exited with code 1"), "{output}");
    assert!(output.contains("exit code: 1"), "{output}");
    assert!(output.contains("| cannot open config"), "{output}");
    assert!(output.contains("service 'web' was not started: dependency 'worker' failed"), "{output}");
    // As compose leaves it: web's container was made ahead of its gate and never ran.
    let web = stack.container("web");
    assert_eq!(
        docker(&["inspect", "--format", "{{.State.Status}} {{.State.StartedAt}}", &web]),
        "created 0001-01-01T00:00:00Z"
    );
}

#[test]
fn an_image_that_cannot_be_pulled_fails_with_its_name() {
    let stack = TestStack::from_yaml("nopull", "services:\n  ghost:\n    image: 127.0.0.1:9/none:latest\n");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("failed to pull image '127.0.0.1:9/none:latest'"), "{output}");
    assert!(output.contains("hint:"), "{output}");
    assert!(stack.containers().is_empty(), "{:?}", stack.containers());
}

/// Builds an image whose own layer holds `version` and 2 MB of its own (so a pull has a layer
/// to download), pushes it as `reference` and removes it from this engine.
fn push_version(reference: &str, version: &str) {
    let dir = tempfile::tempdir().unwrap();
    let dockerfile =
        format!("ARG BASE\nFROM ${{BASE}}\nRUN head -c 2000000 /dev/urandom > /blob && echo {version} > /version\n");
    std::fs::write(dir.path().join("Dockerfile"), dockerfile).unwrap();
    let base = format!("BASE={}", common::image("BERTH_BASE_IMAGE"));
    docker(&["build", "-q", "--build-arg", &base, "-t", reference, &dir.path().display().to_string()]);
    docker(&["push", reference]);
    docker(&["rmi", reference]);
}

fn wait_for_registry(port: u16) {
    let start = Instant::now();
    loop {
        match common::http_get("127.0.0.1", port, "/v2/") {
            Ok(reply) if reply.starts_with("HTTP/1.0 200") || reply.starts_with("HTTP/1.1 200") => return,
            other => assert!(start.elapsed() < Duration::from_secs(30), "the registry does not answer: {other:?}"),
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// What `/version` says in the running container of `service` of compose project `project`.
fn compose_version(project: &str, service: &str) -> String {
    let id = docker(&[
        "ps",
        "-q",
        "--filter",
        &format!("label=com.docker.compose.project={project}"),
        "--filter",
        &format!("label=com.docker.compose.service={service}"),
    ]);
    docker(&["exec", &id, "cat", "/version"])
}

#[test]
fn images_are_pulled_from_a_registry_and_pull_policy_decides_as_compose_does() {
    let registry = Container::run("registry", &common::image("REGISTRY_IMAGE"), 5000, &[], &[]);
    let port = registry.host_port(5000);
    wait_for_registry(port);
    // `localhost:PORT` is the same registry under another name: what is pushed through it
    // changes the registry, never the tags this engine holds for `127.0.0.1:PORT`.
    let at = |host: &str, repo: &str| format!("{host}:{port}/berth-it/{repo}:1");
    for repo in ["always", "missing"] {
        push_version(&at("127.0.0.1", repo), "one");
    }
    let service = |name: &str| {
        format!(
            "  {name}:\n    image: {}\n    pull_policy: {name}\n    command: [sleep, infinity]\n    init: true\n",
            at("127.0.0.1", name)
        )
    };
    let stack = TestStack::from_yaml("pull", &format!("services:\n{}{}", service("always"), service("missing")));
    let project = format!("{}-compose", stack.name);
    let dir = std::path::Path::new(&stack.file).parent().unwrap().to_path_buf();
    let compose_up = || compose(&["-p", &project, "-f", &stack.file, "up", "-d", "--wait"], &stack.env, &dir);
    let version = |service: &str| docker(&["exec", &stack.container(service), "cat", "/version"]);

    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    for repo in ["always", "missing"] {
        assert!(output.contains(&format!("pulling {}", at("127.0.0.1", repo))), "{output}");
        assert!(output.contains(&format!("pulled {}", at("127.0.0.1", repo))), "{output}");
    }
    // A layer came over the wire: the registry's, not one this engine had.
    assert!(output.contains("Pull complete"), "{output}");
    assert_eq!((version("always"), version("missing")), ("one".to_string(), "one".to_string()));
    compose_up();

    // A newer image under the same tags: `always` takes it, `missing` keeps what it has.
    for repo in ["always", "missing"] {
        push_version(&at("localhost", repo), "two");
    }
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains(&format!("pulling {}", at("127.0.0.1", "always"))), "{output}");
    assert!(!output.contains(&format!("pulling {}", at("127.0.0.1", "missing"))), "{output}");
    let berth_saw = (version("always"), version("missing"));
    assert_eq!(berth_saw, ("two".to_string(), "one".to_string()));
    compose_up();
    assert_eq!((compose_version(&project, "always"), compose_version(&project, "missing")), berth_saw);

    compose(&["-p", &project, "-f", &stack.file, "down"], &stack.env, &dir);
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    for repo in ["always", "missing"] {
        docker(&["rmi", &at("127.0.0.1", repo)]);
    }
}

#[test]
fn a_busy_host_port_fails_before_anything_is_created() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let stack = TestStack::from_yaml(
        "busy",
        &format!("services:\n  web:\n    image: ${{BASE}}\n    command: [sleep, '600']\n    ports: ['127.0.0.1:{port}:80']\n"),
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains(&format!("host port {port} (service 'web') is held by")), "{output}");
    // This test process holds it, and berth says so.
    assert!(output.contains(&format!("pid {}", std::process::id())), "{output}");
    assert!(output.contains("nothing was created"), "{output}");
    assert!(stack.containers().is_empty());
    assert!(stack.other_resources().is_empty(), "{:?}", stack.other_resources());
    drop(listener);
}

#[test]
fn sigint_during_up_exits_130_and_down_leaves_only_what_is_not_ours() {
    let stack = TestStack::from_yaml(
        "sigint",
        "services:\n  slow:\n    image: ${BASE}\n    command: [sleep, '600']\n    probe:\n      log: 'never printed'\nvolumes:\n  data: {}\n",
    );
    // A container with a name in the stack's namespace that berth did not create.
    let stranger = format!("{}-stranger", stack.name);
    docker(&["run", "-d", "--name", &stranger, &common::image("BERTH_BASE_IMAGE"), "sleep", "600"]);
    let _cleanup = common::Container { name: stranger.clone() };

    let child = std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", &stack.file, "up", "--wait", "--wait-timeout", "120"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !stack.containers().contains_key("slow") {
        assert!(start.elapsed() < Duration::from_secs(60), "the container never appeared");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", text(&out));

    // Everything berth created carries labels.
    assert_eq!(stack.containers().len(), 1);
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stack.containers().is_empty());
    assert!(stack.other_resources().is_empty(), "{:?}", stack.other_resources());
    assert_eq!(
        docker(&["inspect", "-f", "{{.State.Running}}", &stranger]),
        "true",
        "down touched a container it does not own"
    );
}

#[test]
fn remote_engine_over_tcp() {
    let port = tcp_forwarder(false);
    let web_port = free_port();
    let mut stack = TestStack::from_yaml(
        "remote",
        &format!("services:\n  redis:\n    image: ${{REDIS_IMAGE}}\n    ports: ['127.0.0.1:{web_port}:6379']\n"),
    );
    stack.env.push(("DOCKER_HOST".into(), format!("tcp://127.0.0.1:{port}")));
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("redis | ready"), "{}", text(&out));
    assert_eq!(stack.containers().len(), 1);
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stack.containers().is_empty());
    assert!(stack.other_resources().is_empty());
}

#[test]
fn unreachable_engine_says_where_and_what_to_do() {
    let mut stack = TestStack::from_yaml("noengine", "services:\n  a:\n    image: x\n");
    stack.env.push(("DOCKER_HOST".into(), format!("tcp://127.0.0.1:{}", free_port())));
    let out = stack.berth(&["status"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("cannot reach the Docker engine at tcp://127.0.0.1:"), "{output}");
    assert!(output.contains("hint: check DOCKER_HOST"), "{output}");
}

#[test]
fn build_honours_dockerignore_args_and_target_and_rebuilds_on_request() {
    let stack = TestStack::from_yaml(
        "build",
        "services:\n  app:\n    build:\n      context: ./app\n      args: {BASE: '${BASE}', GREETING: hello-from-args}\n      target: runner\n    probe:\n      log: 'context: .*keep.txt'\n",
    );
    stack.write(
        "app/Dockerfile",
        "ARG BASE\nFROM ${BASE} AS base\nARG GREETING\nRUN echo \"$GREETING\" > /greeting\n\nFROM base AS runner\nCOPY . /ctx\nCMD [\"sh\", \"-c\", \"cat /greeting; echo context: $(ls /ctx | tr '\\\\n' ' '); sleep 600\"]\n\nFROM base AS unused\nRUN exit 1\n",
    );
    stack.write("app/.dockerignore", "secret.txt\n*.log\n");
    stack.write("app/keep.txt", "kept");
    stack.write("app/secret.txt", "do not send");
    stack.write("app/debug.log", "noise");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains("app | building"), "{output}");
    let logs = text(&stack.berth(&["logs", "app"]));
    assert!(logs.contains("hello-from-args"), "{logs}");
    assert!(logs.contains("keep.txt"), "{logs}");
    assert!(!logs.contains("secret.txt") && !logs.contains("debug.log"), "{logs}");

    // Present now: not built again, unless asked.
    let out = stack.berth(&["up", "--wait"]);
    assert!(!text(&out).contains("building"), "{}", text(&out));
    let out = stack.berth(&["up", "--wait", "--build"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("app | building"), "{}", text(&out));
    let image = format!("{}-app:latest", stack.name);
    let _ = std::process::Command::new("docker").args(["rmi", "-f", &image]).output();
}

#[test]
fn two_ups_at_once_from_two_folders_make_one_set_of_containers_and_the_second_waits() {
    let port = free_port();
    let stack = TestStack::from_yaml(
        "concurrent",
        &format!(
            "services:\n  redis:\n    image: ${{REDIS_IMAGE}}\n    ports: ['127.0.0.1:{port}:6379']\n  web:\n    image: ${{BASE}}\n    command: [sleep, infinity]\n    depends_on: {{redis: healthy}}\n"
        ),
    );
    // The same project from two folders: the lock is the engine's and the stack's, not a
    // folder's (issue 33 saw both run, two networks of one name, and no convergence).
    let elsewhere = tempfile::tempdir().unwrap();
    let spawn = |folder: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
            .args(["-f", &stack.file, "up", "--wait", "--wait-timeout", "60"])
            .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("NO_COLOR", "1")
            .current_dir(folder)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn berth")
    };
    let first = spawn(&common::root());
    std::thread::sleep(std::time::Duration::from_millis(150));
    let second = spawn(elsewhere.path());
    let (first, second) = (first.wait_with_output().expect("first"), second.wait_with_output().expect("second"));
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    assert_eq!(second.status.code(), Some(0), "{}", text(&second));
    let waited = [&first, &second].iter().filter(|o| text(o).contains("waiting for it to finish")).count();
    assert_eq!(waited, 1, "one up waited for the other:\n{}\n---\n{}", text(&first), text(&second));
    let all = docker(&["ps", "-a", "-q", "--filter", &format!("label=dev.berth.stack={}", stack.name)]);
    assert_eq!(all.lines().count(), 2, "one container per service, no duplicates: {all}");
    let networks = docker(&["network", "ls", "-q", "--filter", &format!("label=dev.berth.stack={}", stack.name)]);
    assert_eq!(networks.lines().count(), 1, "one network: {networks}");
    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    assert!(stack.other_resources().is_empty(), "down leaves nothing: {:?}", stack.other_resources());
}

#[tokio::test(flavor = "multi_thread")]
async fn two_networks_of_one_name_the_stack_owns_are_healed_to_one_and_down_removes_it() {
    let stack = TestStack::from_yaml(
        "twins",
        "services:\n  web:\n    image: ${BASE}\n    command: [sleep, infinity]\n  api:\n    image: ${BASE}\n    command: [sleep, infinity]\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // What two creates at once leave on an engine that takes duplicate names (API < 1.44, as
    // here): a second network of the stack's name, with its labels, and a container on it.
    let name = format!("{}_default", stack.name);
    let engine = bollard::Docker::connect_with_defaults().expect("the engine's address");
    let labels: std::collections::HashMap<String, String> =
        [("dev.berth.managed", "true"), ("dev.berth.stack", stack.name.as_str())]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into();
    let request =
        bollard::models::NetworkCreateRequest { name: name.clone(), labels: Some(labels), ..Default::default() };
    let first = docker(&["network", "ls", "-q", "--no-trunc", "--filter", &format!("name=^{name}$")]);
    let twin = engine.create_network(request).await.expect("the engine takes a second network of one name").id;
    let container = |service: &str| {
        let filter = format!("label=dev.berth.service={service}");
        docker(&[
            "ps",
            "--filter",
            &format!("label=dev.berth.stack={}", stack.name),
            "--filter",
            &filter,
            "--format",
            "{{.Names}}",
        ])
    };
    let web = container("web");
    docker(&["network", "disconnect", &first, &web]);
    docker(&["network", "connect", &twin, &web]);
    let ours = || docker(&["network", "ls", "-q", "--filter", &format!("name=^{name}$")]).lines().count();
    assert_eq!(ours(), 2);

    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains(&format!("network {name}: a duplicate ({}) removed", &twin[..12])), "{}", text(&out));
    assert_eq!(ours(), 1, "one network of the name is left");
    let kept = docker(&["network", "inspect", &name, "--format", "{{range .Containers}}{{.Name}} {{end}}"]);
    let mut on_it: Vec<&str> = kept.split_whitespace().collect();
    on_it.sort();
    let mut both = [container("api"), container("web")];
    both.sort();
    assert_eq!(on_it, both, "both services are on the network kept");

    // down finds networks by id, so even two of one name would go.
    let again = bollard::models::NetworkCreateRequest {
        name: name.clone(),
        labels: Some(
            [("dev.berth.managed", "true"), ("dev.berth.stack", stack.name.as_str())]
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .into(),
        ),
        ..Default::default()
    };
    engine.create_network(again).await.expect("a second twin");
    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    assert!(stack.other_resources().is_empty(), "down leaves nothing: {:?}", stack.other_resources());
}

#[test]
fn a_container_made_ahead_of_its_gate_starts_only_when_the_gate_opens() {
    let port = free_port();
    // db accepts connections only after 4 s; app waits for it to be healthy. app's container
    // is made at once (as compose makes every container first) but must not run before then.
    let stack = TestStack::from_yaml(
        "ahead",
        &format!(
            "services:\n  db:\n    image: ${{REDIS_IMAGE}}\n    command: [sh, -c, 'sleep 4; exec redis-server --protected-mode no']\n    ports: ['127.0.0.1:{port}:6379']\n    probe: {{redis: {{}}}}\n  app:\n    image: ${{BASE}}\n    command: [sleep, infinity]\n    depends_on: {{db: healthy}}\n"
        ),
    );
    let up = stack.spawn(&["up", "--wait", "--wait-timeout", "60", "--timings", "json"]);
    // What the engine says about app while db is not ready yet.
    let began = Instant::now();
    let mut states_before_ready = Vec::new();
    while began.elapsed() < Duration::from_secs(3) {
        if let Some(id) = stack.containers().get("app") {
            states_before_ready.push(docker(&["inspect", "--format", "{{.State.Status}}", id]));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = up.wait_with_output().expect("berth ends");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(!states_before_ready.is_empty(), "app's container was made before db was ready");
    assert!(states_before_ready.iter().all(|s| s == "created"), "{states_before_ready:?}");

    // The engine's own clock: app ran only after db's 4 s, and berth's timings agree.
    let started = |service: &str| {
        let id = stack.container(service);
        let at = docker(&["inspect", "--format", "{{.State.StartedAt}}", &id]);
        chrono::DateTime::parse_from_rfc3339(&at).expect("an RFC 3339 time")
    };
    let gap = started("app") - started("db");
    assert!(gap >= chrono::Duration::seconds(4), "app started {gap} after db");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let timings: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).expect("JSON last");
    let service =
        |name: &str| timings["services"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap().clone();
    let (app, db) = (service("app"), service("db"));
    assert!(app["created_s"].as_f64().unwrap() < db["ready_s"].as_f64().unwrap(), "{timings}");
    assert!(app["started_s"].as_f64().unwrap() >= db["ready_s"].as_f64().unwrap(), "{timings}");
}

#[test]
fn a_healthcheck_counts_the_moment_its_test_passes_and_postgres_only_once_it_listens() {
    // pg's healthcheck runs once a minute in the engine; berth runs the same test itself, so
    // app starts long before the engine's first round. pg_isready also passes against the
    // temporary server Postgres's entrypoint runs while it makes the new database (here for
    // 3 s, an init script sleeping): app's one psql (no retries) would fail if its gate
    // opened then.
    let stack = TestStack::from_yaml(
        "healthfast",
        "services:\n  pg:\n    image: ${POSTGRES_IMAGE}\n    environment: {POSTGRES_PASSWORD: pw}\n    volumes: ['./init:/docker-entrypoint-initdb.d:ro']\n    healthcheck:\n      test: [CMD-SHELL, pg_isready -U postgres]\n      interval: 60s\n  app:\n    image: ${POSTGRES_IMAGE}\n    command: [sh, -c, \"PGPASSWORD=pw psql -h pg -U postgres -tAc 'select 40 + 2'\"]\n    depends_on:\n      pg: {condition: service_healthy}\n",
    );
    stack.write("init/slow.sh", "sleep 3\n");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "50"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let app = stack.container("app");
    assert_eq!(docker(&["logs", &app]).trim(), "42", "app reached the real server");
    // The engine has not run its own check yet: berth did not wait for it.
    let pg = stack.container("pg");
    assert_eq!(docker(&["inspect", "--format", "{{.State.Health.Status}}", &pg]), "starting");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fixture_job_the_seed_replaces_runs_under_compose_and_is_left_out_by_berth() {
    // docker-compose.light.yml gives plain compose a `fixtures` job (the bucket and the
    // secret the backend needs); berth's seed does that work, so berth leaves the job out
    // and the storefront, which waits for it under compose, waits for the seed.
    let mut stack = TestStack::light_compose("replaces");
    stack.env.push(("AWS_EMULATOR_IMAGE".into(), common::image("MOTO_IMAGE")));
    let health = |port: String| async move {
        let body: serde_json::Value = reqwest::get(format!("http://127.0.0.1:{port}/health"))
            .await
            .expect("backend answers")
            .json()
            .await
            .unwrap();
        body["checks"].clone()
    };
    let all_ok = serde_json::json!({"postgres": "ok", "redis": "ok", "s3": "ok"});

    let summary = stack.berth(&["config", "--summary"]);
    assert!(text(&summary).contains("left out, the seed does their work: fixtures"), "{}", text(&summary));
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let containers = stack.containers();
    assert!(!containers.contains_key("fixtures"), "{containers:?}");
    assert_eq!(containers.len(), 5, "{containers:?}");
    assert_eq!(health(stack.env_value("BACKEND_PORT")).await, all_ok);
    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));

    // The same file under compose v2: the job runs and does what the seed did.
    let project = format!("{}-compose", stack.name);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = ["-p", project.as_str(), "-f", "docker-compose.light.yml"];
    let _down = common::ComposeDown { project: project.clone(), dir: dir.to_path_buf(), env: stack.env.clone() };
    compose(&[&args[..], &["up", "-d", "--wait"]].concat(), &stack.env, dir);
    let ps = compose(
        &[&args[..], &["ps", "-a", "--format", "{{.Service}} {{.State}} {{.ExitCode}}"]].concat(),
        &stack.env,
        dir,
    );
    assert!(ps.lines().any(|l| l == "fixtures exited 0"), "{ps}");
    assert_eq!(health(stack.env_value("BACKEND_PORT")).await, all_ok);
}
