//! Short versions of the reliability trials, run in CI; `scripts/reliability`
//! runs the long ones (BERTH_TRIALS sets the count here too).

mod common;

use std::process::Command;

use common::{free_port, root, text, TestStack};

fn trials(default: usize) -> usize {
    std::env::var("BERTH_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

#[test]
fn the_terminal_is_restored_after_panics_and_sigterm_under_a_pty() {
    let stack = TestStack::from_yaml("pty", "services:\n  redis:\n    image: ${REDIS_IMAGE}\n");
    let runs = trials(3);
    let out = Command::new("python3")
        .arg(root().join("tests/reliability/terminal.py"))
        .args([env!("CARGO_BIN_EXE_berth"), &stack.file, &runs.to_string()])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .current_dir(root())
        .output()
        .expect("run the terminal trials");
    let output = text(&out);
    assert!(out.status.success(), "{output}");
    for fault in ["render", "background", "sigterm"] {
        assert!(output.contains(&format!("{fault}: {runs}/{runs} restored")), "{output}");
    }
}

#[test]
fn kill_9_during_up_then_up_converges_seeded_and_down_leaves_nothing() {
    let ports = ["LOCALSTACK_PORT", "POSTGRES_PORT", "REDIS_PORT", "BACKEND_PORT", "STOREFRONT_PORT"];
    let env: Vec<(&str, String)> = ports.iter().map(|p| (*p, free_port().to_string())).collect();
    let stack = TestStack::existing("kill9", "stacks/ysh-b2b.yaml", &env);
    let runs = trials(2);
    let out = Command::new("bash")
        .arg(root().join("tests/reliability/kill9.sh"))
        .args([env!("CARGO_BIN_EXE_berth"), &stack.file, &stack.name, &runs.to_string(), "8"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .current_dir(root())
        .output()
        .expect("run the kill -9 trials");
    let output = text(&out);
    assert!(out.status.success(), "{output}");
    let expected = format!("converged {runs}/{runs}, fixtures in place {runs}/{runs}, clean after down {runs}/{runs}");
    assert!(output.contains(&expected), "{output}");
}
