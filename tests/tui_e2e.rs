//! The terminal UI in a real terminal (tmux) against a real stack: keys in,
//! screens out, and the terminal restored afterwards — also after a panic.

mod common;

use std::time::Duration;

use common::tmux::{assert_terminal_restored, command_line, quit_leaving_the_stack, Tmux};
use common::{free_port, TestStack};

#[test]
fn up_in_a_real_terminal_keys_and_a_clean_exit() {
    let stack = TestStack::light_stack("tui");
    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("tui");
    tmux.line(&command_line(&stack, "up", "", &stty.display().to_string()));

    let ready = tmux.wait_for("every service ready", Duration::from_secs(240), |s| {
        s.contains("● ready") && s.matches("ready in").count() >= 6
    });
    assert!(tmux.alternate_screen());
    for name in ["localstack", "postgres", "redis", "backend", "storefront", "seed"] {
        assert!(ready.contains(name), "{name} missing:\n{ready}");
    }

    // Select the backend, search its log.
    tmux.keys(&["j", "j", "j"]);
    tmux.wait_for("backend selected", Duration::from_secs(5), |s| {
        s.contains("▶ backend") && s.contains(" backend · running")
    });
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "GET"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the search in the pane title", Duration::from_secs(5), |s| s.contains("· /GET"));

    // Restart it: the UI says so, then says it is back.
    tmux.keys(&["r"]);
    tmux.wait_for("restart reported", Duration::from_secs(60), |s| s.contains("restart backend: ready again"));

    // Help overlay, then close it.
    tmux.keys(&["?"]);
    tmux.wait_for("help", Duration::from_secs(5), |s| {
        s.contains("keys · any key closes") && s.contains("reset the sandbox")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", Duration::from_secs(5), |s| !s.contains("keys · any key closes"));

    // Quit, leaving the stack running.
    let after = quit_leaving_the_stack(&tmux, &stty);
    assert!(after.contains("left running"), "{after}");
    assert_eq!(stack.containers().len(), 5, "the stack is left running");
}

#[test]
fn a_panic_in_a_background_task_restores_the_terminal() {
    let port = free_port();
    let stack = TestStack::from_yaml(
        "tuipanic",
        &format!("services:\n  cache:\n    image: ${{REDIS_IMAGE}}\n    ports: ['127.0.0.1:{port}:6379']\n"),
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("tuipanic");
    tmux.line(&command_line(&stack, "ui", "BERTH_TEST_PANIC=background", &stty.display().to_string()));
    tmux.wait_for("the UI", Duration::from_secs(20), |s| s.contains(" services "));
    let after = tmux.wait_for("the panic to end it", Duration::from_secs(20), |s| s.contains("EXIT="));
    assert!(after.contains("EXIT=101"), "{after}");
    assert!(after.contains("injected by BERTH_TEST_PANIC"), "the panic message is shown: {after}");
    assert_terminal_restored(&tmux, &stty);
}
