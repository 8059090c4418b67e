//! Test and benchmark hooks of the UI, set by environment variables and kept out of the loop:
//! injected panics for the terminal-restoration trials, keypress-to-frame latencies and
//! per-service line counts for the benchmarks, written when the UI closes.

use std::collections::HashMap;
use std::ffi::OsString;
use std::time::{Duration, Instant};

use super::app::Msg;

#[derive(Default)]
pub struct Instruments {
    /// `BERTH_TEST_PANIC=render`: panic inside the third draw, with the terminal mid-frame.
    panic_in_render: bool,
    frames_drawn: u32,
    latency_log: Option<OsString>,
    lines_log: Option<OsString>,
    key_at: Option<Instant>,
    latencies: Vec<f64>,
    /// Per service: lines received, the first and the last, so a numbered flood shows any gap.
    received: HashMap<String, (u64, String, String)>,
}

impl Instruments {
    pub fn from_env() -> Instruments {
        let injected = std::env::var("BERTH_TEST_PANIC").ok();
        if injected.as_deref() == Some("background") {
            tokio::spawn(async {
                tokio::time::sleep(Duration::from_millis(1500)).await;
                panic!("injected by BERTH_TEST_PANIC=background");
            });
        }
        Instruments {
            panic_in_render: injected.as_deref() == Some("render"),
            latency_log: std::env::var_os("BERTH_LATENCY_LOG"),
            lines_log: std::env::var_os("BERTH_LINES_LOG"),
            ..Instruments::default()
        }
    }

    /// Sees each message before `update` does.
    pub fn saw(&mut self, msg: &Msg) {
        if matches!(msg, Msg::Key(_)) && self.key_at.is_none() && self.latency_log.is_some() {
            self.key_at = Some(Instant::now());
        }
        if let (Msg::Logs { service, lines }, Some(_)) = (msg, &self.lines_log) {
            if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
                let seen =
                    self.received.entry(service.clone()).or_insert_with(|| (0, first.text.clone(), String::new()));
                seen.0 += lines.len() as u64;
                seen.2.clone_from(&last.text);
            }
        }
    }

    /// Inside a draw, after the view.
    pub fn in_draw(&mut self) {
        self.frames_drawn += 1;
        if self.panic_in_render && self.frames_drawn >= 3 {
            panic!("injected by BERTH_TEST_PANIC=render");
        }
    }

    /// After a frame reached the terminal.
    pub fn drawn(&mut self) {
        if let Some(at) = self.key_at.take() {
            self.latencies.push(at.elapsed().as_secs_f64() * 1000.0);
        }
    }

    /// Writes the logs asked for; the UI is closing.
    pub fn finish(self) {
        if let Some(path) = self.latency_log {
            let text: String = self.latencies.iter().map(|ms| format!("{ms:.3}\n")).collect();
            let _ = std::fs::write(path, text);
        }
        if let Some(path) = self.lines_log {
            let text: String = self
                .received
                .iter()
                .map(|(service, (n, first, last))| format!("{service}\t{n}\t{first}\t{last}\n"))
                .collect();
            let _ = std::fs::write(path, text);
        }
    }
}
