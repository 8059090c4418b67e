//! What loading reads: the options, the project's variables (environment and env files),
//! and text files read with a size cap and a deadline for pipes.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::envfile;
use crate::interpolate::Vars;

#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The stack file, then the files merged over it (`-f a -f b`, `compose.override.yaml`).
    /// Relative paths in every one of them resolve against the first one's folder, as in compose.
    pub files: Vec<PathBuf>,
    /// `--env-file` files: when given, the first file's folder's `.env` is not read.
    pub env_files: Vec<PathBuf>,
    /// Usually `std::env::vars()`; highest precedence.
    pub process_env: Vec<(String, String)>,
    /// `--profile` names (else `COMPOSE_PROFILES`); `*` enables every profile.
    pub profiles: Vec<String>,
    /// Services named on the command line: their profiles are enabled, as compose does.
    pub services: Vec<String>,
    /// `--project-directory`: where relative paths resolve and `.env` is read, instead of the
    /// first file's folder.
    pub project_dir: Option<PathBuf>,
}

/// The variables a stack is interpolated with, as compose layers them: the environment
/// over the env files; `--env-file` files (later ones win) replace the folder's `.env`;
/// each file's values may use the environment's and the earlier files' variables.
pub fn project_vars(opts: &LoadOptions, dir: &Path) -> Result<Vars, Diagnostics> {
    let environment = Vars::layered([opts.process_env.clone()]);
    let files = env_files(&opts.env_files, &opts.process_env, dir);
    let mut from_files = Vars::default();
    for path in &files {
        let mut scope = envfile::Scope::new(environment.clone(), &from_files);
        for (k, v) in read_env_file(path, &mut scope)? {
            from_files.set(&k, &v);
        }
    }
    let from_files: Vec<(String, String)> = from_files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Ok(Vars::layered([opts.process_env.clone(), from_files]))
}

/// The env files compose reads variables and its `COMPOSE_*` settings from: `--env-file`'s,
/// else `COMPOSE_ENV_FILES`'s (comma-separated), else the folder's `.env` unless
/// `COMPOSE_DISABLE_ENV_FILE` is true.
pub fn env_files(given: &[PathBuf], process_env: &[(String, String)], dir: &Path) -> Vec<PathBuf> {
    let setting = |name: &str| process_env.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    if !given.is_empty() {
        return given.to_vec();
    }
    if let Some(list) = setting("COMPOSE_ENV_FILES").filter(|l| !l.is_empty()) {
        return list.split(',').map(str::trim).filter(|p| !p.is_empty()).map(PathBuf::from).collect();
    }
    if setting("COMPOSE_DISABLE_ENV_FILE").is_some_and(truthy) {
        return Vec::new();
    }
    let dotenv = dir.join(".env");
    if dotenv.is_file() {
        vec![dotenv]
    } else {
        Vec::new()
    }
}

/// A boolean setting as compose reads it (Go's `strconv.ParseBool`).
pub fn truthy(value: &str) -> bool {
    matches!(value, "1" | "t" | "T" | "true" | "TRUE" | "True")
}

/// A `COMPOSE_*` setting: the environment's, else the env files' (see [`env_files`]); an env
/// file that cannot be read or parsed gives nothing here (loading the stack says why).
pub fn compose_setting(name: &str, given: &[PathBuf], process_env: &[(String, String)], dir: &Path) -> Option<String> {
    if let Some((_, v)) = process_env.iter().find(|(k, _)| k == name) {
        return Some(v.clone());
    }
    env_files(given, process_env, dir).iter().rev().find_map(|path| {
        let text = read_text(path).ok()?;
        let pairs = envfile::parse(&text).ok()?;
        pairs.into_iter().rev().find(|(k, _)| k == name).map(|(_, v)| v)
    })
}

/// Stack and env files are small; a path naming a device (`/dev/zero`) or something huge
/// is refused rather than read until memory runs out. Pipes (`-f <(…)`) are read, with a deadline.
const MAX_TEXT_FILE: u64 = 16 << 20;

/// How long a pipe may take to deliver its text: a named pipe nobody writes to
/// would otherwise block berth for ever (opening it waits for a writer).
pub const PIPE_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

pub fn read_text(path: &Path) -> std::io::Result<String> {
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata(path)?.file_type();
    if kind.is_dir() || kind.is_char_device() || kind.is_block_device() || kind.is_socket() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if !kind.is_fifo() {
        return read_capped(path);
    }
    // The blocking open and read run on a thread of their own; if the writer never
    // comes, that thread is left behind and berth reports the pipe and exits.
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(read_capped(&owned));
    });
    rx.recv_timeout(PIPE_DEADLINE).unwrap_or_else(|_| {
        Err(std::io::Error::other(format!(
            "it is a pipe and nothing finished writing to it within {} s",
            PIPE_DEADLINE.as_secs()
        )))
    })
}

fn read_capped(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_TEXT_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_TEXT_FILE {
        return Err(std::io::Error::other(format!("larger than {} MiB", MAX_TEXT_FILE >> 20)));
    }
    utf8_text(bytes).map_err(std::io::Error::other)
}

/// A file's bytes as text, or where its UTF-8 breaks: never replacement characters, which
/// would make berth act on text the file does not hold.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, InvalidUtf8> {
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        InvalidUtf8(Pos::new(line, col))
    })
}

/// Where a file stops being UTF-8, so the error points there and not at 1:1.
#[derive(Debug)]
pub struct InvalidUtf8(pub Pos);

impl std::fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid UTF-8 at line {}, column {} (save the file as UTF-8)", self.0.line, self.0.col)
    }
}

impl std::error::Error for InvalidUtf8 {}

/// The position a read error belongs to: where the UTF-8 breaks, or the file's start.
pub fn read_error_pos(e: &std::io::Error) -> Pos {
    e.get_ref().and_then(|inner| inner.downcast_ref::<InvalidUtf8>()).map_or(Pos::new(1, 1), |bad| bad.0)
}

fn read_env_file(path: &Path, scope: &mut envfile::Scope) -> Result<Vec<(String, String)>, Diagnostics> {
    let text = read_text(path).map_err(|e| {
        Diagnostics(vec![Diagnostic::new(path, read_error_pos(&e), format!("cannot read env file: {e}"))])
    })?;
    envfile::parse_in(&text, scope).map_err(|e| Diagnostics(vec![Diagnostic::new(path, e.pos, e.message)]))
}

/// `a/./b/../c` → `a/c`, without touching the file system.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}
