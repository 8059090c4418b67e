//! Engine faults while the UI runs, in a real terminal: the engine going away and coming
//! back, the stack taken down from another terminal, a container that keeps crashing.

mod common;

use std::time::Duration;

use common::tmux::{command_line, cpu_ticks, quit_leaving_the_stack, Tmux};
use common::{text, EngineFront, TestStack};

/// The tick numbers visible in the log pane, in screen order.
fn ticks(screen: &str) -> Vec<u64> {
    screen
        .lines()
        .filter_map(|l| l.split("tick ").nth(1))
        .filter_map(|rest| rest.split_whitespace().next()?.trim_end_matches('│').parse().ok())
        .collect()
}

#[test]
fn the_ui_rides_out_the_engine_going_away_and_shows_berth_down_from_elsewhere() {
    let front = EngineFront::start(false);
    let mut stack = TestStack::from_yaml(
        "engineaway",
        "services:\n  ticker:\n    image: ${BASE}\n    command: [sh, -c, 'i=0; while true; do i=$$((i+1)); echo tick $$i; sleep 0.3; done']\n",
    );
    stack.env.push(("DOCKER_HOST".into(), front.docker_host()));
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("engineaway");
    tmux.line(&command_line(&stack, "ui", "", &stty.display().to_string()));
    tmux.wait_for("ticks in the pane", Duration::from_secs(20), |s| s.contains("● ready") && ticks(s).len() > 3);

    front.cut();
    let away =
        tmux.wait_for("the engine reported unreachable", Duration::from_secs(10), |s| s.contains("engine unreachable"));
    let last_before = *ticks(&away).last().expect("ticks before the cut");
    // The container goes on printing while berth cannot see it.
    std::thread::sleep(Duration::from_secs(3));
    assert!(!tmux.screen().contains("EXIT="), "the UI stays up while the engine is away");
    front.restore();
    let back = tmux.wait_for("the engine back and the missed lines shown", Duration::from_secs(15), |s| {
        !s.contains("engine unreachable") && ticks(s).last().is_some_and(|t| *t > last_before + 10)
    });
    // Every line the container printed while the engine was away is there, once, in order.
    let seen = ticks(&back);
    let window: Vec<u64> = seen.iter().copied().filter(|t| *t + 12 >= last_before).collect();
    assert!(window.contains(&last_before), "{back}");
    assert!(window.windows(2).all(|w| w[1] == w[0] + 1), "a gap or a repeat around the outage: {seen:?}\n{back}");
    println!("engine away from tick {last_before}; after it came back the pane shows {window:?}, no gap, no repeat");

    // Another terminal takes the stack down: the UI shows it going away.
    let out = stack.berth(&["down"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let down = tmux.wait_for("the stack shown as down", Duration::from_secs(10), |s| s.contains("● down"));
    assert!(down.contains("container is gone") && down.contains("is down: its containers were removed"), "{down}");

    quit_leaving_the_stack(&tmux, &stty);
}

#[test]
fn a_crash_looping_container_shows_exit_code_and_restarts_without_a_busy_loop() {
    let stack = TestStack::from_yaml(
        "crashloop",
        "services:\n  flaky:\n    image: ${BASE}\n    command: [sh, -c, 'echo starting; sleep 0.2; echo giving up; exit 3']\n    restart: always\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "30"]);
    let up = text(&out);
    assert!(up.contains("flaky"), "{up}");

    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("crashloop");
    tmux.line(&command_line(&stack, "ui", "", &stty.display().to_string()));
    let looping = tmux.wait_for("the crash loop", Duration::from_secs(30), |s| {
        // The container's own output reaches its pane too.
        s.contains("crash-looping: exit code 3, restarted") && s.contains("● failed") && s.contains("giving up")
    });
    assert!(looping.contains("flaky · restarting") || looping.contains("flaky · running"), "{looping}");

    // Five seconds of a crash loop: berth polls once a second and reattaches the log when the
    // container comes back, so it stays far from a busy loop (a spinning core would use 500 ticks).
    let pid = tmux.foreground_pid().expect("berth's pid in the pane");
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(5));
    let used = cpu_ticks(pid) - before;
    assert!(used < 50, "berth used {used} ticks of CPU in 5 s of a crash loop (a busy loop?)");
    println!("berth used {used} ticks (10 ms each) of CPU in 5 s of a crash loop");

    let status = text(&stack.berth(&["status", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&status).unwrap_or_else(|e| panic!("{e}: {status}"));
    let restarts = json["services"][0]["restart_count"].as_i64().unwrap();
    assert!(restarts >= 2, "{status}");
    let shown = tmux.screen();
    assert!(shown.contains("crash-looping: exit code 3"), "{shown}");

    quit_leaving_the_stack(&tmux, &stty);
}

#[test]
fn up_wait_rides_out_the_engine_going_away_for_a_few_seconds() {
    let front = EngineFront::start(false);
    let port = common::free_port();
    // Redis answers only after 3 s, so its wait is under way when the engine goes away; its
    // probe goes to the published port, which the outage of the engine's API does not touch.
    // Its readiness opens web's gate during the outage: web's create waits for the engine.
    let mut stack = TestStack::from_yaml(
        "outage",
        &format!(
            "services:\n  cache:\n    image: ${{REDIS_IMAGE}}\n    command: [sh, -c, 'sleep 3; exec redis-server --protected-mode no']\n    ports: ['127.0.0.1:{port}:6379']\n    probe: {{redis: {{}}}}\n  web:\n    image: ${{BASE}}\n    command: [sleep, infinity]\n    depends_on: {{cache: healthy}}\n"
        ),
    );
    stack.env.push(("DOCKER_HOST".into(), front.docker_host()));
    let up = stack.spawn(&["up", "--wait", "--wait-timeout", "90"]);
    // Away from 1 s to 6 s after cache's container appears: cache is being waited on, and
    // is ready (opening web's gate) while the engine is away.
    let created = std::time::Instant::now();
    while stack.containers().is_empty() {
        assert!(created.elapsed() < Duration::from_secs(30), "the container never appeared");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(1));
    front.cut();
    std::thread::sleep(Duration::from_secs(5));
    front.restore();
    let out = up.wait_with_output().expect("berth ends");
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "the outage is not the service's failure: {said}");
    assert!(!said.contains("disappeared"), "{said}");
    assert!(said.contains("the Docker engine stopped answering ("), "{said}");
    assert!(said.contains("the Docker engine answers again after"), "{said}");
    assert_eq!(stack.containers().len(), 2, "{said}");
}

#[test]
fn down_rides_out_the_engine_going_away_for_a_few_seconds() {
    let front = EngineFront::start(false);
    // `sleep` as a container's first process ignores SIGTERM: each stop takes its 3 s grace
    // period, so the engine goes away while down is stopping them.
    let mut stack = TestStack::from_yaml(
        "outage-down",
        "services:\n  a:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 3s\n  b:\n    image: ${BASE}\n    command: [sleep, infinity]\n    stop_grace_period: 3s\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    stack.env.push(("DOCKER_HOST".into(), front.docker_host()));
    let down = stack.spawn(&["down", "-v"]);
    std::thread::sleep(Duration::from_secs(1));
    front.cut();
    std::thread::sleep(Duration::from_secs(5));
    front.restore();
    let out = down.wait_with_output().expect("berth ends");
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("the Docker engine stopped answering (remove container"), "{said}");
    assert!(said.contains("the Docker engine answers again after"), "{said}");
    assert!(stack.containers().is_empty(), "{said}");
    assert!(stack.other_resources().is_empty(), "down leaves nothing: {:?}", stack.other_resources());
}
