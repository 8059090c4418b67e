//! Short versions of the reliability trials, run in CI; `scripts/reliability`
//! runs the long ones (BERTH_TRIALS sets the count here too).

mod common;

use std::process::Command;

use common::{root, text, TestStack};

fn trials(default: usize) -> usize {
    std::env::var("BERTH_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// Runs a trial script (`tests/reliability/…`) with `interpreter`, the berth binary first among
/// its arguments and the stack's environment; its output and whether it passed.
fn run_trials(interpreter: &str, script: &str, stack: &TestStack, args: &[&str]) -> (bool, String) {
    let out = Command::new(interpreter)
        .arg(root().join("tests/reliability").join(script))
        .arg(env!("CARGO_BIN_EXE_berth"))
        .args(args)
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("run {script}: {e}"));
    (out.status.success(), text(&out))
}

/// `terminal.py` on the stack: `runs` runs of each fault, all of which must pass.
fn terminal_trials(stack: &TestStack, runs: usize, faults: &[&str]) -> String {
    let runs = runs.to_string();
    let mut args = vec![stack.file.as_str(), runs.as_str()];
    args.extend(faults);
    let (passed, output) = run_trials("python3", "terminal.py", stack, &args);
    assert!(passed, "{output}");
    output
}

#[test]
fn the_terminal_is_restored_after_panics_and_sigterm_under_a_pty() {
    let stack = TestStack::from_yaml("pty", "services:\n  redis:\n    image: ${REDIS_IMAGE}\n");
    let runs = trials(3);
    let faults = ["render", "background", "sigterm"];
    let output = terminal_trials(&stack, runs, &faults);
    for fault in faults {
        assert!(output.contains(&format!("{fault}: {runs}/{runs} restored")), "{output}");
    }
}

#[test]
fn ctrl_c_once_or_twice_during_up_exits_130_and_restores_the_terminal() {
    // The service never answers its probe: every Ctrl-C lands while `up` is waiting.
    let stack = TestStack::from_yaml(
        "ctrlc",
        "services:\n  slow:\n    image: ${BASE}\n    command: [sleep, '600']\n    probe: {tcp: 9}\n",
    );
    let runs = trials(2);
    let faults = ["ctrl-c", "ctrl-c-twice", "sigint", "sigint-twice"];
    let output = terminal_trials(&stack, runs, &faults);
    for fault in faults {
        assert!(output.contains(&format!("{fault}: {runs}/{runs} restored (exit codes [130])")), "{output}");
    }
    assert!(stack.containers().is_empty(), "each run's stack was taken down");
}

#[test]
fn kill_9_during_up_then_up_converges_seeded_and_down_leaves_nothing() {
    let stack = TestStack::light_stack("kill9");
    let runs = trials(2);
    let (passed, output) = run_trials("bash", "kill9.sh", &stack, &[&stack.file, &stack.name, &runs.to_string(), "8"]);
    assert!(passed, "{output}");
    let expected = format!("converged {runs}/{runs}, fixtures in place {runs}/{runs}, clean after down {runs}/{runs}");
    assert!(output.contains(&expected), "{output}");
}
