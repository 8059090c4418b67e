//! compose's `--ansi` and `--progress` (also `COMPOSE_ANSI`, `COMPOSE_PROGRESS`): how berth's
//! own output looks, decided once at the start and read wherever output is styled.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ansi {
    /// Colour on a terminal (and not with NO_COLOR).
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Progress {
    /// Live bars on a terminal, plain lines elsewhere.
    #[default]
    Auto,
    Tty,
    /// Plain lines only (compose's `json` is taken as this).
    Plain,
    /// No progress at all: results and errors only.
    Quiet,
}

static MODE: OnceLock<(Ansi, Progress)> = OnceLock::new();

/// The flags, else the settings from the environment; a value neither knows is an error
/// naming what it may be.
pub fn set(ansi: Option<&str>, progress: Option<&str>) -> Result<(), String> {
    let setting = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let ansi = match ansi.map(str::to_string).or_else(|| setting("COMPOSE_ANSI")).as_deref() {
        None | Some("auto") => Ansi::Auto,
        Some("always") => Ansi::Always,
        Some("never") => Ansi::Never,
        Some(other) => return Err(format!("--ansi / COMPOSE_ANSI '{other}': expected never, always or auto")),
    };
    let progress = match progress.map(str::to_string).or_else(|| setting("COMPOSE_PROGRESS")).as_deref() {
        None | Some("auto") => Progress::Auto,
        Some("tty") => Progress::Tty,
        Some("plain" | "json") => Progress::Plain,
        Some("quiet") => Progress::Quiet,
        Some(other) => {
            return Err(format!("--progress / COMPOSE_PROGRESS '{other}': expected auto, tty, plain, json or quiet"))
        }
    };
    let _ = MODE.set((ansi, progress));
    Ok(())
}

fn mode() -> (Ansi, Progress) {
    MODE.get().copied().unwrap_or_default()
}

/// Whether to colour, given whether the output is a terminal.
pub fn colour(terminal: bool) -> bool {
    match mode().0 {
        Ansi::Always => true,
        Ansi::Never => false,
        Ansi::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Whether to draw live bars, given whether stdout is a terminal.
pub fn bars(terminal: bool) -> bool {
    match mode().1 {
        Progress::Tty => true,
        Progress::Auto => terminal,
        Progress::Plain | Progress::Quiet => false,
    }
}

/// Whether progress lines are left out.
pub fn quiet() -> bool {
    mode().1 == Progress::Quiet
}
