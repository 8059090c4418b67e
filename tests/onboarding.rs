//! `berth doctor` and `berth walkthrough` against the real engine and the default stack.

mod common;

use std::io::BufRead;

use common::{free_port, text, TestStack};

#[test]
fn doctor_passes_on_a_ready_machine() {
    let stack = TestStack::light_stack("doctor");
    let out = stack.berth(&["doctor"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    for check in [
        "docker engine",
        "disk",
        "stack file",
        "image of localstack",
        "image of backend",
        "localstack auth token",
        "seed folder",
    ] {
        assert!(output.lines().any(|l| l.starts_with("✓ pass") && l.contains(check)), "{check}: {output}");
    }
    assert!(!output.contains("FAIL"), "{output}");
    let json = stack.berth(&["doctor", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["ok"], true);
    assert!(report["findings"].as_array().unwrap().len() >= 10);
}

#[test]
fn doctor_lists_the_emulator_lint_with_place_and_fix() {
    let stack = TestStack::from_yaml(
        "doctor-lint",
        "services:\n  localstack:\n    image: localstack/localstack:4.9\n    environment: [LAMBDA_EXECUTOR=docker]\n    volumes: ['./ls:/tmp/localstack']\n",
    );
    let out = stack.berth(&["doctor", "--json"]);
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out)));
    let lint: Vec<&serde_json::Value> =
        report["findings"].as_array().unwrap().iter().filter(|f| f["check"] == "emulator settings").collect();
    assert_eq!(lint.len(), 2, "{report:#}");
    assert!(lint.iter().all(|f| f["status"] == "warn"), "{report:#}");
    let details: Vec<&str> = lint.iter().map(|f| f["detail"].as_str().unwrap_or_default()).collect();
    assert!(
        details
            .iter()
            .any(|d| d.ends_with("stack.yaml:4:19: LocalStack: LAMBDA_EXECUTOR is deprecated since LocalStack 2.0.0")),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.contains("stack.yaml:5:15: LocalStack: a volume at /tmp/localstack")),
        "{details:?}"
    );
    assert!(lint.iter().any(|f| f["hint"].as_str().is_some_and(|h| h.contains("/var/lib/localstack"))), "{report:#}");
}

#[test]
fn doctor_with_an_unreachable_engine_fails_with_the_hint() {
    let mut stack = TestStack::light_stack("doctor-noengine");
    stack.env.push(("DOCKER_HOST".into(), format!("tcp://127.0.0.1:{}", free_port())));
    let out = stack.berth(&["doctor"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(
        output.contains("✗ FAIL  docker engine")
            && output.contains("cannot reach the Docker engine at tcp://127.0.0.1:"),
        "{output}"
    );
    assert!(output.contains("→ check DOCKER_HOST"), "{output}");
}

#[test]
fn doctor_names_a_port_held_by_another_process() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut stack = TestStack::light_stack("doctor-port");
    stack.env.push(("POSTGRES_PORT".into(), port.to_string()));
    let out = stack.berth(&["doctor"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    let line = output.lines().find(|l| l.contains(&format!("port {port}"))).unwrap_or_else(|| panic!("{output}"));
    assert!(line.contains("FAIL") && line.contains(&format!("pid {}", std::process::id())), "{line}");
    drop(listener);
}

#[test]
fn doctor_reports_a_broken_stack_file_with_its_location() {
    let stack = TestStack::from_yaml("doctor-broken", "services:\n  web:\n    imgae: nginx\n");
    let out = stack.berth(&["doctor"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(
        output.contains("✗ FAIL  stack file") && output.contains("stack.yaml:3:5: unknown key 'imgae'"),
        "{output}"
    );
}

#[test]
fn walkthrough_runs_every_step_and_resumes_after_an_interruption() {
    let stack = TestStack::light_stack("walk");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", &stack.file, "walkthrough", "--yes"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        // Held after step 3, so the interruption lands there however loaded the machine is.
        .env("BERTH_TEST_WALK_PAUSE_AFTER", "3")
        .current_dir(common::root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line.unwrap();
        let done3 = line.contains("✓ done: 3 buckets");
        seen.push(line);
        if done3 {
            // Interrupted like a user pressing Ctrl-C in the middle of the tour.
            let pid = child.id().to_string();
            std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap();
            break;
        }
    }
    let status = child.wait().unwrap();
    let first = seen.join("\n");
    assert!(!status.success(), "{first}");
    assert!(first.contains("✓ done: ") && first.contains("services ready"), "{first}");

    let out = stack.berth(&["walkthrough", "--yes"]);
    let second = text(&out);
    assert_eq!(out.status.code(), Some(0), "first run:\n{first}\nsecond run:\n{second}");
    assert!(second.contains("resuming the walkthrough: steps 1, 2, 3 already done"), "{second}");
    for n in 1..=3 {
        assert!(
            second.contains(&format!("[{n}/9]"))
                && second.lines().any(|l| l.starts_with(&format!("[{n}/9]")) && l.ends_with("already done")),
            "{second}"
        );
    }
    for verified in [
        "matches the fixture",
        "the message went through the orders queue",
        "600 products in medusa_db",
        "backend and storefront answer 200",
        "is gone again",
        "walkthrough complete",
    ] {
        assert!(second.contains(verified), "missing {verified:?}:\n{second}");
    }
    assert_eq!(second.matches("✓ done").count(), 6, "{second}");
}
