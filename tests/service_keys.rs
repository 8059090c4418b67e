//! Service keys that change what a container does, checked by what it does on the engine
//! (tests/conformance.rs checks the same keys field by field against compose v2).

mod common;

use std::time::{Duration, Instant};

use common::{docker, text, TestStack};

fn up(stack: &TestStack) {
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

fn exec(stack: &TestStack, service: &str, script: &str) -> String {
    docker(&["exec", &stack.container(service), "python3", "-c", script])
}

#[test]
fn extra_hosts_host_gateway_reaches_the_host() {
    let stack = TestStack::from_yaml(
        "hostgw",
        "services:\n  app:\n    image: ${BASE}\n    command: [sleep, '600']\n    extra_hosts: ['host.docker.internal:host-gateway']\n",
    );
    up(&stack);
    // The engine wrote the host's address on its bridge into the container; listen there only.
    let gateway = exec(&stack, "app", "import socket; print(socket.gethostbyname('host.docker.internal'))");
    assert!(gateway.starts_with("172.") || gateway.starts_with("10.") || gateway.starts_with("192.168."), "{gateway}");
    let listener = std::net::TcpListener::bind((gateway.trim(), 0)).expect("listen on the bridge gateway");
    let port = listener.local_addr().expect("addr").port();
    let server = std::thread::spawn(move || {
        use std::io::Write;
        let (mut conn, _) = listener.accept().expect("accept");
        conn.write_all(b"hello from the host\n").expect("write");
    });
    let said = exec(
        &stack,
        "app",
        &format!(
            "import socket; print(socket.create_connection(('host.docker.internal', {port}), 5).recv(64).decode())"
        ),
    );
    assert_eq!(said.trim(), "hello from the host");
    server.join().expect("server");
}

#[test]
fn init_true_runs_an_init_that_reaps_orphans() {
    // PID 1 starts a child that leaves an orphan behind and never waits for anything itself.
    let orphan_maker = "import os, time; os.system('sleep 0.2 &'); time.sleep(600)";
    let stack = TestStack::from_yaml(
        "init",
        &format!(
            "services:\n  with_init:\n    image: ${{BASE}}\n    init: true\n    command: [python3, -c, \"{orphan_maker}\"]\n  without:\n    image: ${{BASE}}\n    command: [python3, -c, \"{orphan_maker}\"]\n"
        ),
    );
    up(&stack);
    std::thread::sleep(Duration::from_secs(1));
    let zombies = "import os\nn = 0\nfor p in os.listdir('/proc'):\n    if p.isdigit():\n        try:\n            n += open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()[0] == 'Z'\n        except OSError:\n            pass\nprint(open('/proc/1/comm').read().strip(), n)";
    assert_eq!(exec(&stack, "with_init", zombies), "docker-init 0");
    // The control: without an init the orphan stays a zombie, so the check above can fail.
    assert_eq!(exec(&stack, "without", zombies), "python3 1");
}

#[test]
fn down_gives_each_container_its_stop_grace_period() {
    // PID 1 ignores SIGTERM (python as PID 1 has no handler), so only the grace period ends it.
    let stack = TestStack::from_yaml(
        "grace",
        "services:\n  slow:\n    image: ${BASE}\n    command: [python3, -c, 'import time; time.sleep(600)']\n    stop_grace_period: 3s\n",
    );
    up(&stack);
    let started = Instant::now();
    let out = stack.berth(&["down"]);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    eprintln!("down with stop_grace_period 3s took {took:?}");
    assert!(took >= Duration::from_millis(2_900), "down killed the container before its grace period: {took:?}");
    assert!(took < Duration::from_secs(9), "down waited longer than the grace period (the engine's 10 s?): {took:?}");
    assert!(stack.containers().is_empty(), "{:?}", stack.containers());
}

#[test]
fn pull_policy_never_with_a_missing_image_fails_and_pulls_nothing() {
    let stack = TestStack::from_yaml(
        "never",
        "services:\n  ghost:\n    image: 127.0.0.1:9/none:latest\n    pull_policy: never\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "30"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(
        output.contains("image '127.0.0.1:9/none:latest' is not present and the service's pull_policy is never"),
        "{output}"
    );
    assert!(!output.contains("failed to pull"), "it tried to pull: {output}");
    assert!(!output.to_lowercase().contains("pulling"), "it tried to pull: {output}");
    assert!(stack.containers().is_empty(), "{:?}", stack.containers());
}
