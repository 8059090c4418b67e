//! The terminal UI in a real terminal (tmux) against a real stack: keys in,
//! screens out, and the terminal restored afterwards — also after a panic.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{free_port, TestStack};

struct Tmux {
    session: String,
}

impl Tmux {
    fn start(tag: &str) -> Tmux {
        let session = format!("berth-it-{tag}-{}", std::process::id());
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", "120", "-y", "40", "bash", "--norc", "--noprofile"])
            .status()
            .expect("tmux is installed (scripts/harness installs it)");
        assert!(ok.success(), "tmux new-session failed");
        Tmux { session }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.session.as_str()];
        args.extend(keys);
        assert!(Command::new("tmux").args(&args).status().unwrap().success());
    }

    fn line(&self, text: &str) {
        self.keys(&["-l", text]);
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.session]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    fn wait_for(&self, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(start.elapsed() < limit, "waited {limit:?} for {what}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn alternate_screen(&self) -> bool {
        let out =
            Command::new("tmux").args(["display", "-p", "-t", &self.session, "#{alternate_on}"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.session]).status();
    }
}

fn command_line(stack: &TestStack, args: &str, extra_env: &str, stty_file: &str) -> String {
    let env: Vec<String> = stack.env.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
    format!(
        "cd {} && env NO_COLOR=1 RUST_BACKTRACE=0 {} {extra_env} {} {args} -f {}; echo EXIT\"\"=$?; stty -a > {stty_file}",
        common::root().display(),
        env.join(" "),
        env!("CARGO_BIN_EXE_berth"),
        stack.file
    )
}

fn assert_terminal_restored(tmux: &Tmux, stty_file: &std::path::Path) {
    assert!(!tmux.alternate_screen(), "still on the alternate screen");
    let start = Instant::now();
    while !stty_file.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let stty = std::fs::read_to_string(stty_file).expect("stty output");
    let words: Vec<&str> = stty.split_whitespace().collect();
    assert!(words.contains(&"echo") && words.contains(&"icanon"), "terminal left in raw mode: {stty}");
}

#[test]
fn up_in_a_real_terminal_keys_and_a_clean_exit() {
    let stack = TestStack::default_stack("tui");
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
    tmux.keys(&["q"]);
    tmux.wait_for("quit dialog", Duration::from_secs(5), |s| s.contains("leave the stack running"));
    tmux.keys(&["Enter"]);
    let after = tmux.wait_for("exit", Duration::from_secs(20), |s| s.contains("EXIT="));
    assert!(after.contains("left running") && after.contains("EXIT=0"), "{after}");
    assert_terminal_restored(&tmux, &stty);
    assert_eq!(stack.containers().len(), 5, "the stack is left running");
}

#[test]
fn a_panic_in_a_background_task_restores_the_terminal() {
    let port = free_port();
    let stack = TestStack::from_yaml(
        "tuipanic",
        &format!("services:\n  cache:\n    image: ${{REDIS_IMAGE}}\n    ports: ['127.0.0.1:{port}:6379']\n"),
    );
    let out = stack.berth(&["up", "--wait", "--timeout", "60"]);
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
