//! berth's UI in a real terminal: a tmux session driven with send-keys and read with capture-pane.

use std::process::Command;
use std::time::{Duration, Instant};

use super::TestStack;

pub struct Tmux {
    session: String,
}

impl Tmux {
    pub fn start(tag: &str) -> Tmux {
        let session = format!("berth-it-{tag}-{}", std::process::id());
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", "120", "-y", "40", "bash", "--norc", "--noprofile"])
            .status()
            .expect("tmux is installed (scripts/harness installs it)");
        assert!(ok.success(), "tmux new-session failed");
        Tmux { session }
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.session.as_str()];
        args.extend(keys);
        assert!(Command::new("tmux").args(&args).status().unwrap().success());
    }

    pub fn line(&self, text: &str) {
        self.keys(&["-l", text]);
        self.keys(&["Enter"]);
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.session]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    pub fn wait_for(&self, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
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

    pub fn alternate_screen(&self) -> bool {
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

pub fn command_line(stack: &TestStack, args: &str, extra_env: &str, stty_file: &str) -> String {
    let env: Vec<String> = stack.env.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
    format!(
        "cd {} && env NO_COLOR=1 RUST_BACKTRACE=0 {} {extra_env} {} -f {} {args}; echo EXIT\"\"=$?; stty -a > {stty_file}",
        super::root().display(),
        env.join(" "),
        env!("CARGO_BIN_EXE_berth"),
        stack.file
    )
}

/// `q`, then Enter in the quit dialog: berth exits 0, the stack left running, the terminal
/// as it was. Returns the last screen.
pub fn quit_leaving_the_stack(tmux: &Tmux, stty_file: &std::path::Path) -> String {
    tmux.keys(&["q"]);
    tmux.wait_for("quit dialog", Duration::from_secs(5), |s| s.contains("leave the stack running"));
    tmux.keys(&["Enter"]);
    let after = tmux.wait_for("exit", Duration::from_secs(20), |s| s.contains("EXIT="));
    assert!(after.contains("EXIT=0"), "{after}");
    assert_terminal_restored(tmux, stty_file);
    after
}

pub fn assert_terminal_restored(tmux: &Tmux, stty_file: &std::path::Path) {
    assert!(!tmux.alternate_screen(), "still on the alternate screen");
    // The shell creates the file before stty has written to it.
    let start = Instant::now();
    let mut stty = String::new();
    while !stty.contains("icanon") && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
        stty = std::fs::read_to_string(stty_file).unwrap_or_default();
    }
    let words: Vec<&str> = stty.split_whitespace().collect();
    assert!(words.contains(&"echo") && words.contains(&"icanon"), "terminal left in raw mode: {stty}");
}

impl Tmux {
    /// The process the pane's shell runs in the foreground (berth, once started).
    pub fn foreground_pid(&self) -> Option<u32> {
        let out = Command::new("tmux").args(["display", "-p", "-t", &self.session, "#{pane_pid}"]).output().ok()?;
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let children = Command::new("pgrep").args(["-P", &shell]).output().ok()?;
        String::from_utf8_lossy(&children.stdout).lines().next()?.trim().parse().ok()
    }
}

/// CPU time a process has used, from /proc (user + system, in clock ticks of 10 ms).
pub fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the process is alive");
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')').expect("stat format") + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}
