//! compose's `--ansi` and `--progress` (also `COMPOSE_ANSI`, `COMPOSE_PROGRESS`): how berth's
//! own output looks, decided once at the start and read wherever output is styled; and where
//! status lines go (`COMPOSE_STATUS_STDOUT`).

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Ansi {
    /// Colour on a terminal (and not with NO_COLOR)
    #[default]
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Progress {
    /// Live bars on a terminal, plain lines elsewhere
    #[default]
    Auto,
    /// Live bars
    Tty,
    /// Plain lines only (compose's `json` is taken as this)
    #[value(alias = "json")]
    Plain,
    /// No progress at all: results and errors only
    Quiet,
}

static MODE: OnceLock<(Ansi, Progress)> = OnceLock::new();

/// The flags, else the settings from the environment; a setting neither knows is an error
/// naming what it may be (the flags are typed: clap refused theirs already).
pub fn set(ansi: Option<Ansi>, progress: Option<Progress>) -> Result<(), String> {
    let ansi = match ansi {
        Some(flag) => flag,
        None => from_setting("COMPOSE_ANSI")?,
    };
    let progress = match progress {
        Some(flag) => flag,
        None => from_setting("COMPOSE_PROGRESS")?,
    };
    let _ = MODE.set((ansi, progress));
    Ok(())
}

/// A setting from the environment read as its flag's value; unset or empty is the default.
fn from_setting<T: clap::ValueEnum + Default>(name: &str) -> Result<T, String> {
    let Some(text) = std::env::var(name).ok().filter(|v| !v.is_empty()) else { return Ok(T::default()) };
    T::from_str(&text, true).map_err(|_| {
        let known: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        format!("{name} '{text}': expected one of {}", known.join(", "))
    })
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

/// `--quiet-pull`, `--quiet-build`: the pulls' layer progress, the builds' output.
static QUIET_FETCH: OnceLock<(bool, bool)> = OnceLock::new();

pub fn set_quiet_fetch(pull: bool, build: bool) {
    let _ = QUIET_FETCH.set((pull, build));
}

/// Whether a pull's layer progress is left out (its start and end are still said).
pub fn quiet_pull() -> bool {
    quiet() || QUIET_FETCH.get().is_some_and(|q| q.0)
}

/// Whether a build's output and steps are left out (its start and end are still said).
pub fn quiet_build() -> bool {
    quiet() || QUIET_FETCH.get().is_some_and(|q| q.1)
}

/// Whether status lines — progress, summaries, "stack … is down" — go to stdout: compose's
/// `COMPOSE_STATUS_STDOUT`. Otherwise they go to stderr, as compose's do, and stdout holds
/// only what a program reads (ps, config, env, ids, `--timings json`) and the services' output.
pub fn status_on_stdout() -> bool {
    std::env::var("COMPOSE_STATUS_STDOUT").is_ok_and(|v| berth::stack::load::truthy(&v))
}

/// Whether the stream status lines go to is a terminal.
pub fn status_is_terminal() -> bool {
    use std::io::IsTerminal;
    match status_on_stdout() {
        true => std::io::stdout().is_terminal(),
        false => std::io::stderr().is_terminal(),
    }
}

/// One status line, on the status stream.
pub fn status_line(line: &str) {
    use std::io::Write;
    let _ = match status_on_stdout() {
        true => writeln!(std::io::stdout().lock(), "{line}"),
        false => writeln!(std::io::stderr().lock(), "{line}"),
    };
}
