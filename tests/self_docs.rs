//! berth describing itself: completion scripts for bash, zsh and fish, service names completed
//! from the stack at hand, and man pages.

use std::process::Command;

fn berth(args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .env_remove("COMPOSE_FILE")
        .output()
        .expect("berth runs")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn completion_scripts_register_and_complete_the_stacks_service_names() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --keep-order")] {
        let out = berth(&["completions", shell], dir.path(), &[]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = stdout(&out);
        assert!(script.contains("COMPLETE") && script.contains(marker), "{shell}:\n{script}");
    }
    std::fs::write(
        dir.path().join("compose.yaml"),
        "services:\n  alpha:\n    image: busybox\n  beta:\n    image: busybox\n  web:\n    image: busybox\n",
    )
    .unwrap();
    let names = stdout(&berth(&["--", "berth", "exec", ""], dir.path(), &[("COMPLETE", "fish")]));
    assert_eq!(names.lines().filter(|l| !l.starts_with('-')).collect::<Vec<_>>(), ["alpha", "beta", "web"], "{names}");
    let logs = stdout(&berth(&["--", "berth", "logs", "b"], dir.path(), &[("COMPLETE", "fish")]));
    assert_eq!(logs.trim(), "beta");
    let commands = stdout(&berth(&["--", "berth", "sh"], dir.path(), &[("COMPLETE", "fish")]));
    assert!(commands.starts_with("shell\t"), "{commands}");
}

#[test]
fn man_pages_cover_berth_and_each_command() {
    let dir = tempfile::tempdir().unwrap();
    let page = stdout(&berth(&["man"], dir.path(), &[]));
    assert!(page.contains(".TH berth 1") && page.contains("Boot an AWS"), "{page}");
    assert!(page.contains("exec") && page.contains("env"), "subcommands listed:\n{page}");
    let out = berth(&["man", "--out", "pages"], dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let exec = std::fs::read_to_string(dir.path().join("pages/berth-exec.1")).unwrap();
    assert!(exec.contains(".TH berth-exec 1") && exec.contains("\\-\\-workdir"), "{exec}");
    assert!(dir.path().join("pages/berth.1").is_file());
}

#[test]
fn a_reader_that_goes_away_ends_berth_quietly_not_with_a_panic() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", "stacks/ysh-b2b.yaml", "config"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("berth runs");
    // The read end closes before berth prints, as `| head -0` would close it.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("berth ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(141), "{stderr}");
}
