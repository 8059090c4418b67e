//! From a stack file (berth's format or compose, with `x-berth`) to a [`Stack`].
//!
//! Every error carries file:line:column; loading goes on after an error so
//! that one run reports everything wrong with a file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::diagnostic::{nearest, Diagnostic, Diagnostics, Pos};
use super::envfile;
use super::extends;
use super::fields;
use super::interpolate::{interpolate_noting_unset, Vars};
use super::merge;
use super::model::*;
use super::probe_spec;
use super::runtime;
use super::runtime_files;
use super::scalar;
use super::validate;
use super::yaml::{self, Node, Value};

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
}

#[derive(Debug)]
pub struct Loaded {
    pub stack: Stack,
    pub warnings: Vec<Diagnostic>,
    /// The variables the stack was interpolated with (seed files use them too).
    pub vars: Vars,
    /// Every profile the file declares, enabled or not, sorted.
    pub profiles: Vec<String>,
    /// The services left out because none of their profiles is enabled.
    pub disabled: Vec<Service>,
}

impl Loaded {
    /// The stack with its disabled services too: what commands that look at containers
    /// already there (`ps`, `logs`, `stop` …) work on, as compose's do.
    pub fn with_disabled(&self) -> Stack {
        let mut stack = self.stack.clone();
        stack.services.extend(self.disabled.iter().cloned());
        stack
    }
}

/// Real stacks have tens of services, the largest public compose files a few hundred;
/// each service's model takes under 2 KB, so this keeps a hostile file within berth's
/// memory bar (100 MB for any file up to the 16 MiB cap).
pub const MAX_SERVICES: usize = 10_000;

/// `version` is informational (compose 1.x needs it); berth reads every version the same way.
const TOP_KEYS: &[&str] =
    &["name", "version", "services", "networks", "volumes", "secrets", "configs", "seed", "x-berth"];
const TOP_UNSUPPORTED: &[&str] = &["models"];
const SERVICE_KEYS: &[&str] = &[
    "image",
    "build",
    "container_name",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "volumes",
    "tmpfs",
    "depends_on",
    "healthcheck",
    "restart",
    "labels",
    "working_dir",
    "user",
    "networks",
    "profiles",
    "tty",
    "secrets",
    "configs",
    "probe",
    "x-berth",
];
/// Compose keys berth accepts but does not act on: each is named in a warning.
const SERVICE_UNSUPPORTED: &[&str] = &[
    "annotations",
    "attach",
    "blkio_config",
    "cgroup",
    "cgroup_parent",
    "cpu_count",
    "cpu_percent",
    "cpu_period",
    "cpu_quota",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "cpuset",
    "credential_spec",
    "device_cgroup_rules",
    "external_links",
    "gpus",
    "isolation",
    "label_file",
    "mem_swappiness",
    "memswap_limit",
    "oom_kill_disable",
    "post_start",
    "pre_stop",
    "scale",
    "uts",
];
const BUILD_KEYS: &[&str] = &["context", "dockerfile", "args", "target", "secrets", "cache_from", "labels"];
const BUILD_UNSUPPORTED: &[&str] = &[
    "additional_contexts",
    "cache_to",
    "dockerfile_inline",
    "entitlements",
    "extra_hosts",
    "isolation",
    "network",
    "no_cache",
    "platforms",
    "privileged",
    "pull",
    "shm_size",
    "ssh",
    "tags",
    "ulimits",
];
const HEALTHCHECK_KEYS: &[&str] =
    &["test", "interval", "timeout", "retries", "start_period", "start_interval", "disable"];
const PORT_KEYS: &[&str] = &["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"];
const VOLUME_KEYS: &[&str] = &["type", "source", "target", "read_only", "bind", "volume", "tmpfs", "consistency"];
const DEPENDS_KEYS: &[&str] = &["condition", "required", "restart"];
const NETWORK_DEF_KEYS: &[&str] =
    &["name", "driver", "external", "driver_opts", "attachable", "internal", "labels", "ipam", "enable_ipv6"];
const VOLUME_DEF_KEYS: &[&str] = &["name", "driver", "external", "driver_opts", "labels"];
/// Keys of network and volume definitions berth does not act on yet: named in a warning.
const DEFINITION_UNSUPPORTED: &[&str] = &[];

const SERVICE_NETWORK_KEYS: &[&str] = &["aliases", "ipv4_address", "ipv6_address", "priority"];
const SERVICE_NETWORK_UNSUPPORTED: &[&str] = &["link_local_ips", "mac_address", "driver_opts", "gw_priority"];
const X_BERTH_TOP_KEYS: &[&str] = &["seed", "name"];
const X_BERTH_SERVICE_KEYS: &[&str] = &["probe"];

/// Reads, interpolates, merges and validates the stack's files.
pub fn load(opts: &LoadOptions) -> Result<Loaded, Diagnostics> {
    let Some(first) = opts.files.first() else {
        return Err(Diagnostics(vec![Diagnostic::new(Path::new("."), Pos::new(1, 1), "no stack file given")]));
    };
    let dir =
        first.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }).unwrap_or(Path::new("."));
    // Bind mounts and build contexts must be absolute for the engine.
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let vars = project_vars(opts, &dir)?;
    let mut sources = Vec::with_capacity(opts.files.len());
    for file in &opts.files {
        let text = read_text(file).map_err(|e| {
            Diagnostics(vec![Diagnostic::new(file, read_error_pos(&e), format!("cannot read stack file: {e}"))])
        })?;
        sources.push((file.clone(), text));
    }
    let enabled = match opts.profiles.is_empty() {
        true => vars
            .get("COMPOSE_PROFILES")
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
        false => opts.profiles.clone(),
    };
    load_sources(&sources, &dir, &vars, Some((&enabled, &opts.services)))
}

/// The variables a stack is interpolated with, as compose layers them: the environment
/// over the env files; `--env-file` files (later ones win) replace the folder's `.env`;
/// each file's values may use the environment's and the earlier files' variables.
pub fn project_vars(opts: &LoadOptions, dir: &Path) -> Result<Vars, Diagnostics> {
    let environment = Vars::layered([opts.process_env.clone()]);
    let dotenv = dir.join(".env");
    let files = if !opts.env_files.is_empty() {
        opts.env_files.clone()
    } else if dotenv.is_file() {
        vec![dotenv]
    } else {
        Vec::new()
    };
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
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        std::io::Error::other(InvalidUtf8(Pos::new(line, col)))
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

/// Loads stack text as if read from `file`; relative paths resolve against `dir`. Every service
/// is kept, whatever its profiles.
pub fn load_str(text: &str, file: &Path, dir: &Path, vars: &Vars) -> Result<Loaded, Diagnostics> {
    load_sources(&[(file.to_path_buf(), text.to_string())], dir, vars, None)
}

/// Files must be fewer than this: a position names its file in 16 bits.
const MAX_FILES: usize = 1000;

/// The files' texts merged in order; `selection` is the enabled profiles and the services
/// named on the command line (None keeps every service).
fn load_sources(
    sources: &[(PathBuf, String)],
    dir: &Path,
    vars: &Vars,
    selection: Option<(&[String], &[String])>,
) -> Result<Loaded, Diagnostics> {
    let file = &sources[0].0;
    if sources.len() > MAX_FILES {
        return Err(Diagnostics(vec![Diagnostic::new(
            file,
            Pos::new(1, 1),
            format!("more than {MAX_FILES} stack files"),
        )]));
    }
    let mut cx = Cx {
        file,
        dir,
        vars,
        errors: Vec::new(),
        warnings: Vec::new(),
        secrets: BTreeMap::new(),
        secrets_in_error: Default::default(),
        configs: BTreeMap::new(),
        unset_warned: Default::default(),
        sources: sources.iter().map(|(p, _)| p.clone()).collect(),
    };
    let mut root: Option<Node> = None;
    for (src, (path, text)) in sources.iter().enumerate() {
        let Some(tree) = cx.read_tree(path, text, src as u16) else { continue };
        let tree = extends::include(&mut cx, tree, dir, 0);
        match &mut root {
            None => root = Some(tree),
            Some(base) => merge::merge_files(base, tree),
        }
    }
    let mut root = root.unwrap_or(Node { value: Value::Null, pos: Pos::new(1, 1) });
    if cx.errors.is_empty() {
        extends::resolve(&mut cx, &mut root);
    }
    let all_sources = cx.sources.clone();
    let in_source = |mut list: Vec<Diagnostic>| {
        for d in &mut list {
            if d.file == *file {
                if let Some(path) = all_sources.get(usize::from(d.pos.src)) {
                    d.file = path.clone();
                }
            }
        }
        list
    };
    if !cx.errors.is_empty() {
        return Err(Diagnostics::capped(in_source(cx.errors)));
    }
    let stack = cx.stack(&root);
    let mut profiles = Vec::new();
    let mut disabled = Vec::new();
    let stack = stack.map(|mut stack| {
        stack.sources = cx.sources.clone();
        profiles = super::profiles::declared(&stack);
        if let Some((enabled, named)) = selection {
            let (errors, left_out) = super::profiles::select(&mut stack, enabled, named);
            cx.errors.extend(errors);
            disabled = left_out;
        }
        super::profiles::drop_optional_missing(&mut stack);
        cx.errors.extend(validate::validate(&stack));
        stack
    });
    let warnings = in_source(std::mem::take(&mut cx.warnings));
    match stack {
        Some(stack) if cx.errors.is_empty() => Ok(Loaded { stack, warnings, vars: vars.clone(), profiles, disabled }),
        _ => {
            let mut errors = in_source(cx.errors);
            errors.sort_by_key(|d| d.pos);
            Err(Diagnostics::with_warnings(errors, warnings))
        }
    }
}

pub(super) struct Cx<'a> {
    pub file: &'a Path,
    dir: &'a Path,
    vars: &'a Vars,
    pub errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Top-level `secrets:`, read before the services so their builds can refer to them.
    secrets: BTreeMap<String, SecretSource>,
    /// Declared secrets whose definition already has an error: a build naming
    /// one gets no second, contradictory "not declared".
    secrets_in_error: std::collections::BTreeSet<String>,
    /// Top-level `configs:`.
    configs: BTreeMap<String, SecretSource>,
    /// Unset variables already warned about: once each, as compose does.
    unset_warned: std::collections::BTreeSet<String>,
    /// The files read so far (`-f` files, then those named by `extends` and `include`);
    /// a position's `src` indexes this.
    pub sources: Vec<PathBuf>,
}

impl<'a> Cx<'a> {
    /// A top-level secret (`kind` "secret") or config by name, if declared without error.
    pub(super) fn declared(&self, kind: &str, name: &str) -> Option<&SecretSource> {
        if kind == "secret" {
            self.secrets.get(name)
        } else {
            self.configs.get(name)
        }
    }

    pub(super) fn declared_in_error(&self, name: &str) -> bool {
        self.secrets_in_error.contains(name)
    }

    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(self.file, pos, message));
    }

    pub fn warn(&mut self, pos: Pos, message: impl Into<String>) {
        self.warnings.push(Diagnostic::new(self.file, pos, message));
    }

    /// A file's text as one tree: its documents merged (as compose merges them), each
    /// node stamped with `src`, variables interpolated. None after reporting a YAML error.
    pub(super) fn read_tree(&mut self, path: &Path, text: &str, src: u16) -> Option<Node> {
        let vars = self.vars;
        self.read_tree_with(path, text, src, vars)
    }

    /// As [`Cx::read_tree`], interpolating with `vars`.
    pub(super) fn read_tree_with(&mut self, path: &Path, text: &str, src: u16, vars: &Vars) -> Option<Node> {
        let docs = match yaml::parse_documents_noting_tags(text) {
            Ok((docs, tags)) => {
                for (mut pos, tag) in tags {
                    pos.src = src;
                    let message = format!("compose's {tag} tag is not applied by berth: the value is merged as usual");
                    self.warnings.push(Diagnostic::new(self.file, pos, message));
                }
                docs
            }
            Err(e) => {
                self.errors.push(Diagnostic::new(path, e.pos, e.message));
                return None;
            }
        };
        let several = docs.len() > 1;
        let mut root: Option<Node> = None;
        for mut tree in docs {
            merge::set_source(&mut tree, src);
            if several && tree.as_map().is_none() {
                self.error(
                    tree.pos,
                    "every YAML document of a stack file must be a map (this one is not), as compose requires",
                );
                continue;
            }
            self.check_keys(&tree);
            self.interpolate_tree(&mut tree, vars);
            match &mut root {
                None => root = Some(tree),
                Some(base) => merge::merge_files(base, tree),
            }
        }
        root
    }

    /// Reads another file a stack file names (`extends.file`, `include`): its tree, stamped
    /// with a new source index so errors in it name it. None after reporting why not.
    pub(super) fn read_other(&mut self, path: &Path, named_at: Pos, vars: Option<&Vars>) -> Option<Node> {
        if self.sources.len() >= MAX_FILES {
            self.error(named_at, format!("more than {MAX_FILES} files through extends and include"));
            return None;
        }
        let text = match read_text(path) {
            Ok(t) => t,
            Err(e) => {
                self.error(named_at, format!("cannot read '{}': {e}", path.display()));
                return None;
            }
        };
        self.sources.push(path.to_path_buf());
        let src = (self.sources.len() - 1) as u16;
        let vars = vars.unwrap_or(self.vars);
        self.read_tree_with(path, &text, src, vars)
    }

    pub(super) fn vars(&self) -> &'a Vars {
        self.vars
    }

    /// Compose refuses a map key that YAML reads as a number or a boolean (`123:`).
    fn check_keys(&mut self, node: &Node) {
        match &node.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    if let Value::Scalar(text, false) = &k.value {
                        let plain = scalar::resolve(text);
                        if matches!(plain, scalar::Plain::Int(_) | scalar::Plain::Float(_) | scalar::Plain::Bool(_)) {
                            let message = format!(
                                "the key {text} is {} to YAML; compose refuses a key that is not a string",
                                plain.kind()
                            );
                            self.errors.push(
                                Diagnostic::new(self.file, k.pos, message).with_hint(format!("quote it: \"{text}\"")),
                            );
                        }
                    }
                    self.check_keys(v);
                }
            }
            Value::Seq(items) => items.iter().for_each(|n| self.check_keys(n)),
            _ => {}
        }
    }

    pub(super) fn project_dir(&self) -> &Path {
        self.dir
    }

    fn interpolate_tree(&mut self, node: &mut Node, vars: &Vars) {
        match &mut node.value {
            Value::Scalar(text, quoted) if text.contains('$') => match interpolate_noting_unset(text, vars) {
                Ok((value, unset)) => {
                    for name in unset {
                        if self.unset_warned.insert(name.clone()) {
                            let message =
                                format!("variable {name} is not set: it becomes an empty string (as compose does)");
                            self.warnings.push(Diagnostic::new(self.file, node.pos, message));
                        }
                    }
                    *text = value;
                    // Compose types a scalar before it interpolates: what a variable gives is text.
                    *quoted = true;
                }
                Err(e) => {
                    let col = node.pos.col + e.offset + usize::from(*quoted);
                    self.error(Pos::new(node.pos.line, col), e.message);
                }
            },
            Value::Seq(items) => items.iter_mut().for_each(|n| self.interpolate_tree(n, vars)),
            Value::Map(entries) => entries.iter_mut().for_each(|(_, v)| self.interpolate_tree(v, vars)),
            _ => {}
        }
    }

    /// The entries of a map node, each key checked against `known`.
    /// Keys in `unsupported` only warn; `x-` extension keys pass silently; anything else is an error.
    pub fn entries<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        known: &[&str],
        unsupported: &[&str],
    ) -> Vec<(&'n str, &'n Node)> {
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(node.pos, format!("{what} must be a map, found {}", node.kind()));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in map {
            let Some(key) = k.scalar() else {
                self.error(k.pos, format!("keys in {what} must be strings"));
                continue;
            };
            if known.contains(&key) {
                out.push((key, v));
            } else if unsupported.contains(&key) {
                self.warnings.push(Diagnostic::new(
                    self.file,
                    k.pos,
                    format!("'{key}' in {what} is not supported by berth and is ignored"),
                ));
            } else if key.starts_with("x-") {
                continue;
            } else {
                let mut d = Diagnostic::new(self.file, k.pos, format!("unknown key '{key}' in {what}"));
                let candidates = known.iter().chain(unsupported).copied();
                if let Some(best) = nearest(key, candidates) {
                    d = d.with_hint(format!("did you mean '{best}'?"));
                }
                self.errors.push(d);
            }
        }
        out
    }

    pub fn string(&mut self, node: &Node, what: &str) -> Option<String> {
        match &node.value {
            Value::Scalar(s, _) => Some(s.clone()),
            _ => {
                self.error(node.pos, format!("{what} must be a string, found {}", node.kind()));
                None
            }
        }
    }

    /// A string where compose takes nothing else: an unquoted number, boolean or date is refused.
    pub fn text(&mut self, node: &Node, what: &str) -> Option<String> {
        if let Value::Scalar(s, false) = &node.value {
            let plain = scalar::resolve(s);
            if plain != scalar::Plain::Str {
                let message =
                    format!("{what} must be a string: YAML reads {s} as {}, which compose refuses", plain.kind());
                self.errors.push(Diagnostic::new(self.file, node.pos, message).with_hint(format!("quote it: \"{s}\"")));
                return None;
            }
        }
        self.string(node, what)
    }

    /// YAML 1.2's `true`/`false`, and YAML 1.1's words, which compose takes with a warning.
    pub fn bool(&mut self, node: &Node, what: &str) -> Option<bool> {
        let text = node.scalar().unwrap_or_default();
        let (value, exact) = match text {
            "true" | "True" | "TRUE" => (true, true),
            "false" | "False" | "FALSE" => (false, true),
            "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => (true, false),
            "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => (false, false),
            _ => {
                self.error(node.pos, format!("{what} must be true or false"));
                return None;
            }
        };
        if !exact {
            let word = if value { "true" } else { "false" };
            self.warn(
                node.pos,
                format!(
                    "\"{text}\" for {what} is YAML 1.1; compose reads it as {word} and so does berth (write {word})"
                ),
            );
        }
        Some(value)
    }

    pub fn number<T: fields::Number>(&mut self, node: &Node, what: &str) -> Option<T> {
        fields::number(node.scalar().unwrap_or_default()).map_err(|e| self.error(node.pos, format!("{what} {e}"))).ok()
    }

    pub fn duration(&mut self, node: &Node, what: &str) -> Option<std::time::Duration> {
        let text = self.string(node, what)?;
        fields::duration(&text).map_err(|e| self.error(node.pos, format!("{what}: {e}"))).ok()
    }

    /// A list of strings, or a single string when `single` is allowed.
    pub fn strings(&mut self, node: &Node, what: &str) -> Vec<String> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| self.string(n, what)).collect(),
            Value::Scalar(s, _) => vec![s.clone()],
            Value::Null => Vec::new(),
            Value::Map(_) => {
                self.error(node.pos, format!("{what} must be a string or a list of strings"));
                Vec::new()
            }
        }
    }

    /// A command as compose accepts it: a list, or a string split like a shell would.
    fn command(&mut self, node: &Node, what: &str) -> Option<Vec<String>> {
        match &node.value {
            Value::Null => None,
            Value::Scalar(s, _) => {
                fields::shell_words(s).map_err(|e| self.error(node.pos, format!("{what}: {e}"))).ok()
            }
            Value::Seq(items) => Some(items.iter().filter_map(|n| self.text(n, what)).collect()),
            Value::Map(_) => {
                self.error(node.pos, format!("{what} must be a string or a list"));
                None
            }
        }
    }

    /// A map of strings, or a list of `KEY=value` (and bare `KEY`, taken from the variables).
    /// A map or `KEY=VALUE` list; `None` is a key given without a value.
    fn key_entries(&mut self, node: &Node, what: &str) -> BTreeMap<String, Option<String>> {
        let mut out = BTreeMap::new();
        match &node.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    let Some(key) = self.string(k, what) else {
                        continue;
                    };
                    match &v.value {
                        Value::Null => {
                            out.insert(key, None);
                        }
                        Value::Scalar(s, true) => {
                            out.insert(key, Some(s.clone()));
                        }
                        Value::Scalar(s, false) => match scalar::as_text(s) {
                            Ok(text) => {
                                out.insert(key, text);
                            }
                            Err(e) => self.error(v.pos, format!("{what}: {e}")),
                        },
                        _ => self.error(v.pos, format!("values in {what} must be strings")),
                    }
                }
            }
            Value::Seq(items) => {
                for item in items {
                    let Some(entry) = self.string(item, what) else {
                        continue;
                    };
                    match entry.split_once('=') {
                        Some((k, v)) => out.insert(k.to_string(), Some(v.to_string())),
                        None => out.insert(entry, None),
                    };
                }
            }
            Value::Null => {}
            Value::Scalar(..) => self.error(node.pos, format!("{what} must be a map or a list")),
        }
        out
    }

    /// Keys without a value take the variable of that name; with `from_vars` an
    /// unset one is left out (build args), without it the value is empty (labels).
    pub fn key_values(&mut self, node: &Node, what: &str, from_vars: bool) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (key, value) in self.key_entries(node, what) {
            match value {
                Some(value) => {
                    out.insert(key, value);
                }
                None if from_vars => {
                    if let Some(value) = self.vars.get(&key) {
                        out.insert(key, value.to_string());
                    }
                }
                None => {
                    out.insert(key, String::new());
                }
            }
        }
        out
    }

    /// `environment`: as compose does, a name without a value takes the variable
    /// of that name, and when that is unset the bare name goes to the engine.
    fn environment(&mut self, node: &Node, svc: &mut Service) {
        for (key, value) in self.key_entries(node, "environment") {
            match value.or_else(|| self.vars.get(&key).map(str::to_string)) {
                Some(value) => {
                    svc.environment.insert(key, value);
                }
                None => {
                    svc.environment_unset.insert(key);
                }
            }
        }
    }

    fn path(&self, text: &str) -> PathBuf {
        let expanded = match text.strip_prefix("~/") {
            Some(rest) => self.vars.get("HOME").map_or_else(|| PathBuf::from(text), |h| Path::new(h).join(rest)),
            None => PathBuf::from(text),
        };
        let joined = if expanded.is_absolute() { expanded } else { self.dir.join(expanded) };
        normalize(&joined)
    }

    fn stack(&mut self, root: &Node) -> Option<Stack> {
        if root.as_map().is_none() {
            self.error(root.pos, "a stack file must be a map with a 'services' key");
            return None;
        }
        let mut name = None;
        let mut seed = None;
        let mut services = Vec::new();
        let mut networks = Vec::new();
        let mut volumes = Vec::new();
        let mut saw_services = false;
        if let Some((_, defs)) = root.as_map().and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("secrets"))) {
            self.secrets = self.secret_definitions(defs, "secret");
        }
        if let Some((_, defs)) = root.as_map().and_then(|m| m.iter().find(|(k, _)| k.scalar() == Some("configs"))) {
            self.configs = self.secret_definitions(defs, "config");
        }
        for (key, value) in self.entries(root, "the stack file", TOP_KEYS, TOP_UNSUPPORTED) {
            match key {
                "name" => name = self.string(value, "name"),
                "version" | "secrets" | "configs" => {}
                "seed" => seed = self.seed(value),
                "x-berth" => {
                    for (k, v) in self.entries(value, "x-berth", X_BERTH_TOP_KEYS, &[]) {
                        match k {
                            "seed" => seed = self.seed(v),
                            _ => name = self.string(v, "x-berth.name"),
                        }
                    }
                }
                "services" => {
                    saw_services = true;
                    let Some(map) = value.as_map() else {
                        self.error(value.pos, "services must be a map of service names to definitions");
                        continue;
                    };
                    if map.len() > MAX_SERVICES {
                        self.error(
                            value.pos,
                            format!("{} services: berth runs at most {MAX_SERVICES} in one stack", map.len()),
                        );
                        continue;
                    }
                    services.reserve_exact(map.len());
                    for (k, v) in map {
                        if let Some(service_name) = self.string(k, "a service name") {
                            if !valid_service_name(&service_name) {
                                self.error(
                                    k.pos,
                                    format!("invalid service name '{service_name}': use letters, digits, '.', '_' and '-', starting with a letter or digit (as compose requires)"),
                                );
                                continue;
                            }
                            services.push(self.service(&service_name, k.pos, v));
                        }
                    }
                }
                "networks" => networks = self.definitions(value, "networks", NETWORK_DEF_KEYS),
                _ => {
                    volumes = self
                        .definitions(value, "volumes", VOLUME_DEF_KEYS)
                        .into_iter()
                        .map(|d| VolumeDef {
                            name: d.name,
                            docker_name: d.docker_name,
                            driver: d.driver,
                            external: d.external,
                            pos: d.pos,
                            labels: d.labels,
                            driver_opts: d.driver_opts,
                        })
                        .collect()
                }
            }
        }
        if !saw_services {
            self.error(root.pos, "the stack file has no 'services'");
        }
        // As in compose, the environment's project name wins over the file's.
        let name = match self.vars.get("COMPOSE_PROJECT_NAME").filter(|n| !n.is_empty()) {
            Some(n) => n.to_string(),
            None => name.unwrap_or_else(|| default_name(self.file, self.dir)),
        };
        let name = normalize_name(&name);
        if name.is_empty() {
            self.error(root.pos, "the stack name is empty: set 'name:' to letters, digits, '-' or '_'");
        }
        Some(Stack {
            name,
            file: self.file.to_path_buf(),
            sources: vec![self.file.to_path_buf()],
            dir: self.dir.to_path_buf(),
            services,
            networks,
            volumes,
            seed,
        })
    }

    /// `seed: FOLDER` or `seed: {folder: FOLDER, before: [SERVICE…]}`.
    fn seed(&mut self, node: &Node) -> Option<SeedConfig> {
        if let Some(folder) = node.scalar() {
            return Some(SeedConfig { folder: self.path(folder), before: Vec::new(), pos: node.pos });
        }
        let mut config = SeedConfig { folder: self.path("seed"), before: Vec::new(), pos: node.pos };
        for (key, value) in self.entries(node, "seed", &["folder", "before"], &[]) {
            match key {
                "folder" => {
                    if let Some(f) = self.string(value, "seed.folder") {
                        config.folder = self.path(&f);
                    }
                }
                _ => config.before = self.strings(value, "seed.before"),
            }
        }
        Some(config)
    }

    /// `ipam: {driver, config: [{subnet, ip_range, gateway}]}`.
    fn ipam(&mut self, node: &Node, what: &str) -> NetworkIpam {
        let mut ipam = NetworkIpam::default();
        for (key, value) in self.entries(node, what, &["driver", "config"], &["options"]) {
            if key == "driver" {
                ipam.driver = self.string(value, &format!("{what}.driver"));
                continue;
            }
            let Some(items) = value.as_seq() else {
                self.error(value.pos, format!("{what}.config must be a list of {{subnet, ip_range, gateway}}"));
                continue;
            };
            for item in items {
                let mut pool = IpamPool::default();
                for (k, v) in self.entries(
                    item,
                    &format!("{what}.config"),
                    &["subnet", "ip_range", "gateway"],
                    &["aux_addresses"],
                ) {
                    let text = self.string(v, k);
                    match k {
                        "subnet" => pool.subnet = text,
                        "ip_range" => pool.ip_range = text,
                        _ => pool.gateway = text,
                    }
                }
                ipam.pools.push(pool);
            }
        }
        ipam
    }

    /// Top-level networks or volumes as written (a volume reads only the keys it has).
    fn definitions(&mut self, node: &Node, what: &str, keys: &[&str]) -> Vec<NetworkDef> {
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(node.pos, format!("{what} must be a map"));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in map {
            let Some(name) = self.string(k, what) else {
                continue;
            };
            let mut def = NetworkDef { name, pos: k.pos, ..NetworkDef::default() };
            let context = format!("{what}.{}", def.name);
            for (key, value) in self.entries(v, &context, keys, DEFINITION_UNSUPPORTED) {
                let field = format!("{context}.{key}");
                match key {
                    "name" => def.docker_name = self.string(value, &field),
                    "driver" => def.driver = self.string(value, &field),
                    "external" => def.external = self.bool(value, &field).unwrap_or(false),
                    "labels" => def.labels = self.key_values(value, &field, false),
                    "driver_opts" => def.driver_opts = self.key_values(value, &field, false),
                    "internal" => def.internal = self.bool(value, &field).unwrap_or(false),
                    "attachable" => def.attachable = self.bool(value, &field).unwrap_or(false),
                    "enable_ipv6" => def.enable_ipv6 = self.bool(value, &field).unwrap_or(false),
                    "ipam" => def.ipam = Some(self.ipam(value, &field)),
                    _ => {}
                }
            }
            out.push(def);
        }
        out
    }

    fn service(&mut self, name: &str, pos: Pos, node: &Node) -> Service {
        let mut svc = Service { name: name.to_string(), pos, ..Service::default() };
        let what = format!("service '{name}'");
        let mut env_from_files = BTreeMap::new();
        let mut probe_node = None;
        let known: Vec<&str> = SERVICE_KEYS.iter().chain(runtime::KEYS).copied().collect();
        for (key, value) in self.entries(node, &what, &known, SERVICE_UNSUPPORTED) {
            // Compose's schema has no empty value for these; only command and entrypoint may be null.
            if value.is_null() && !matches!(key, "command" | "entrypoint") {
                let message = format!("'{key}' of service '{name}' has no value, which compose refuses");
                self.errors.push(
                    Diagnostic::new(self.file, value.pos, message)
                        .with_hint(format!("give it a value or remove the '{key}:' line")),
                );
                continue;
            }
            if runtime::read(self, key, value, &mut svc.runtime) {
                continue;
            }
            match key {
                "image" => svc.image = self.text(value, "image"),
                "build" => svc.build = self.build(value),
                "container_name" => svc.container_name = self.text(value, "container_name"),
                "command" => svc.command = self.command(value, "command"),
                "entrypoint" => svc.entrypoint = self.command(value, "entrypoint"),
                "environment" => self.environment(value, &mut svc),
                "env_file" => env_from_files = self.env_files(value),
                "ports" => svc.ports = self.ports(value),
                "volumes" => svc.volumes = self.mounts(value),
                "tmpfs" => svc.tmpfs = self.strings(value, "tmpfs"),
                "depends_on" => svc.depends_on = self.depends_on(value),
                "healthcheck" => svc.healthcheck = self.healthcheck(value),
                "restart" => svc.restart = self.restart(value),
                "labels" => svc.labels = self.key_values(value, "labels", false),
                "working_dir" => svc.working_dir = self.text(value, "working_dir"),
                "user" => svc.user = self.text(value, "user"),
                "networks" => svc.networks = self.service_networks(value),
                "profiles" => svc.profiles = self.strings(value, "profiles"),
                "tty" => svc.tty = self.bool(value, "tty").unwrap_or(false),
                "secrets" => svc.files.extend(runtime_files::grants(self, value, "secret")),
                "configs" => svc.files.extend(runtime_files::grants(self, value, "config")),
                "probe" => probe_node = Some(value),
                _ => {
                    for (k, v) in self.entries(value, "x-berth", X_BERTH_SERVICE_KEYS, &[]) {
                        if k == "probe" {
                            probe_node = Some(v);
                        }
                    }
                }
            }
        }
        for (k, v) in env_from_files {
            if !svc.environment.contains_key(&k) {
                svc.environment_unset.remove(&k);
                svc.environment.insert(k, v);
            }
        }
        if svc.restart.is_none() {
            svc.restart = svc.runtime.deploy_restart.clone();
        }
        // As compose does: sharing a service's network or volumes, or linking to it, starts it first.
        // Compose marks those `restart: true`, except for volumes_from.
        let volumes_only: Vec<String> = svc
            .runtime
            .volumes_from
            .iter()
            .filter_map(|v| match &v.source {
                runtime::VolumesSource::Service(name) => Some(name.clone()),
                runtime::VolumesSource::Container(_) => None,
            })
            .collect();
        for needed in svc.runtime.services_needed() {
            if !svc.depends_on.iter().any(|d| d.service == needed) {
                let (pos, restart) = (svc.pos, !volumes_only.contains(&needed));
                svc.depends_on.push(Dependency { service: needed, restart, ..Dependency::started(pos) });
            }
        }
        svc.probe = match probe_node {
            Some(node) => probe_spec::parse(self, node, &svc),
            None => probe_spec::default_for(&svc),
        };
        svc
    }

    fn build(&mut self, node: &Node) -> Option<Build> {
        if let Some(context) = node.scalar() {
            return Some(Build { context: self.path(context), ..Build::default() });
        }
        let mut build = Build { context: self.path("."), ..Build::default() };
        for (key, value) in self.entries(node, "build", BUILD_KEYS, BUILD_UNSUPPORTED) {
            match key {
                "context" => {
                    if let Some(c) = self.string(value, "build.context") {
                        build.context = self.path(&c);
                    }
                }
                "dockerfile" => build.dockerfile = self.string(value, "build.dockerfile"),
                "args" => build.args = self.key_values(value, "build.args", true),
                "target" => build.target = self.string(value, "build.target"),
                "secrets" => build.secrets = self.build_secrets(value),
                "cache_from" => build.cache_from = self.strings(value, "build.cache_from"),
                _ => build.labels = self.key_values(value, "build.labels", false),
            }
        }
        Some(build)
    }

    /// `secrets: [NAME]` or `[{source: NAME, target: ID}]`, each NAME a top-level secret.
    fn build_secrets(&mut self, node: &Node) -> Vec<BuildSecret> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "build.secrets must be a list of secret names");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            let (mut source, mut id) = (None, None);
            if item.as_map().is_some() {
                for (k, v) in self.entries(item, "build.secrets", &["source", "target", "uid", "gid", "mode"], &[]) {
                    match k {
                        "source" => source = self.string(v, "build.secrets.source"),
                        "target" => id = self.string(v, "build.secrets.target"),
                        _ => {}
                    }
                }
            } else {
                source = self.string(item, "build.secrets");
            }
            let Some(source) = source else {
                self.error(item.pos, "a build secret needs 'source', the name of a top-level secret");
                continue;
            };
            match self.secrets.get(&source) {
                Some(found) => {
                    out.push(BuildSecret { id: id.unwrap_or_else(|| source.clone()), source: found.clone() })
                }
                None if self.secrets_in_error.contains(&source) => {}
                None => {
                    let known: Vec<&str> = self.secrets.keys().map(String::as_str).collect();
                    let hint = match known.as_slice() {
                        [] => "declare it under a top-level 'secrets:' key (file: PATH or environment: VARIABLE)"
                            .to_string(),
                        _ => format!("declared secrets: {}", known.join(", ")),
                    };
                    self.error(
                        item.pos,
                        format!("build secret '{source}' is not declared under the top-level 'secrets:'; {hint}"),
                    );
                }
            }
        }
        out
    }

    /// Top-level `secrets: {NAME: {file: PATH} | {environment: VARIABLE}}`.
    /// Top-level `secrets:` or (`kind` "config") `configs:`, which may also give `content:`.
    pub(super) fn secret_definitions(&mut self, node: &Node, kind: &str) -> BTreeMap<String, SecretSource> {
        let mut out = BTreeMap::new();
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(
                    node.pos,
                    format!("{kind}s must be a map of names to {{file: PATH}} or {{environment: VARIABLE}}"),
                );
            }
            return out;
        };
        let keys: &[&str] = if kind == "config" {
            &["file", "environment", "content", "name", "external"]
        } else {
            &["file", "environment", "name", "external"]
        };
        for (k, v) in map {
            let Some(name) = self.string(k, &format!("a {kind} name")) else { continue };
            let context = format!("{kind}s.{name}");
            let (mut source, mut reported) = (None, false);
            for (key, value) in self.entries(v, &context, keys, &[]) {
                match key {
                    "file" => source = self.string(value, "file").map(|f| SecretSource::File(self.path(&f))),
                    "content" => source = self.string(value, "content").map(|c| SecretSource::Content(Redacted(c))),
                    "environment" => {
                        let Some(variable) = self.string(value, "environment") else { continue };
                        match self.vars.get(&variable) {
                            Some(v) => {
                                let value = Redacted(v.to_string());
                                source = Some(SecretSource::Env { variable, value });
                            }
                            None => {
                                reported = true;
                                let message = format!(
                                    "{kind} '{name}' reads the environment variable {variable}, which is not set"
                                );
                                self.error(value.pos, message);
                            }
                        }
                    }
                    _ => {}
                }
            }
            match source {
                Some(source) => {
                    out.insert(name, source);
                }
                None if !reported => {
                    self.error(v.pos, format!("{kind} '{name}' needs 'file: PATH' or 'environment: VARIABLE'"));
                    self.secrets_in_error.insert(name);
                }
                None => {
                    self.secrets_in_error.insert(name);
                }
            }
        }
        out
    }

    fn env_files(&mut self, node: &Node) -> BTreeMap<String, String> {
        let mut entries: Vec<(String, bool, Pos)> = Vec::new();
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        for item in items {
            if item.as_map().is_some() {
                let (mut path, mut required) = (None, true);
                for (k, v) in self.entries(item, "env_file", &["path", "required", "format"], &[]) {
                    match k {
                        "path" => path = self.string(v, "env_file.path"),
                        "required" => required = self.bool(v, "env_file.required").unwrap_or(true),
                        _ => {}
                    }
                }
                if let Some(p) = path {
                    entries.push((p, required, item.pos));
                }
            } else if let Some(p) = self.string(item, "env_file") {
                entries.push((p, true, item.pos));
            }
        }
        let mut out = BTreeMap::new();
        for (path, required, pos) in entries {
            let full = self.path(&path);
            match read_text(&full) {
                Ok(text) => {
                    match envfile::parse_in(&text, &mut envfile::Scope::new(self.vars.clone(), &Vars::default())) {
                        Ok(vars) => out.extend(vars),
                        Err(e) => self.errors.push(Diagnostic::new(&full, e.pos, e.message)),
                    }
                }
                Err(_) if !required => {}
                Err(e) => self.error(pos, format!("cannot read env_file '{}': {e}", full.display())),
            }
        }
        out
    }

    fn ports(&mut self, node: &Node) -> Vec<PortMapping> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "ports must be a list");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            let spec = if item.as_map().is_some() {
                self.port_long(item)
            } else {
                let Some(text) = self.string(item, "a port") else {
                    continue;
                };
                fields::port_short(&text).map_err(|e| self.error(item.pos, e)).ok()
            };
            if let Some(spec) = spec {
                for (host_port, container_port) in spec.expand() {
                    out.push(PortMapping {
                        host_ip: spec.host_ip.clone(),
                        host_port,
                        container_port,
                        protocol: spec.protocol,
                        pos: item.pos,
                    });
                }
            }
        }
        out
    }

    fn port_long(&mut self, node: &Node) -> Option<fields::PortSpec> {
        let (mut target, mut published, mut host_ip, mut protocol) = (None, None, None, super::model::Protocol::Tcp);
        for (key, value) in self.entries(node, "a port", PORT_KEYS, &[]) {
            let text = self.string(value, key)?;
            let parsed = match key {
                "target" => fields::port_range_text(&text).map(|r| target = Some(r)),
                "published" => fields::port_range_text(&text).map(|r| published = Some(r)),
                "host_ip" => fields::host_ip(&text, &text).map(|()| host_ip = Some(text)),
                "protocol" => fields::protocol(&text).map(|p| protocol = p),
                _ => Ok(()),
            };
            if let Err(e) = parsed {
                self.error(value.pos, e);
                return None;
            }
        }
        let Some(container) = target else {
            self.error(node.pos, "a port in long form needs 'target'");
            return None;
        };
        if let Some((h0, h1)) = published {
            if h1 - h0 != container.1 - container.0 && h0 != h1 {
                self.error(node.pos, "the published range and the target range differ in size");
                return None;
            }
        }
        let host = published.map(|(h0, _)| (h0, h0 + (container.1 - container.0)));
        Some(fields::PortSpec { host_ip, host, container, protocol })
    }

    fn mounts(&mut self, node: &Node) -> Vec<Mount> {
        let Some(items) = node.as_seq() else {
            self.error(node.pos, "volumes must be a list");
            return Vec::new();
        };
        items.iter().filter_map(|item| self.mount(item)).collect()
    }

    fn mount(&mut self, item: &Node) -> Option<Mount> {
        if item.as_map().is_some() {
            let (mut kind, mut source, mut target, mut read_only) = (None, None, None, false);
            let mut create_host_path = false;
            for (key, value) in self.entries(item, "a volume", VOLUME_KEYS, &[]) {
                match key {
                    "type" => kind = self.string(value, "volume type"),
                    "source" => source = self.string(value, "volume source"),
                    "target" => target = self.string(value, "volume target"),
                    "read_only" => read_only = self.bool(value, "read_only").unwrap_or(false),
                    "bind" => {
                        for (k, v) in self.entries(value, "bind", &["create_host_path"], &["propagation", "selinux"]) {
                            if k == "create_host_path" {
                                create_host_path = self.bool(v, "bind.create_host_path").unwrap_or(false);
                            }
                        }
                    }
                    _ => {}
                }
            }
            let Some(target) = target else {
                self.error(item.pos, "a volume in long form needs 'target'");
                return None;
            };
            let source = match (kind.as_deref().unwrap_or("volume"), source) {
                ("bind", Some(s)) => MountSource::Bind(self.path(&s)),
                ("bind", None) => {
                    self.error(item.pos, "a bind mount needs 'source'");
                    return None;
                }
                ("volume", Some(s)) => MountSource::Volume(s),
                ("volume", None) => MountSource::Anonymous,
                ("tmpfs", _) => MountSource::Tmpfs,
                (other, _) => {
                    self.error(item.pos, format!("unknown volume type '{other}' (expected volume, bind or tmpfs)"));
                    return None;
                }
            };
            return Some(Mount { source, target, read_only, create_host_path });
        }
        let text = self.string(item, "a volume")?;
        let parts: Vec<&str> = text.split(':').collect();
        let (source, target, mode) = match parts.as_slice() {
            [t] => (None, *t, None),
            [s, t] => (Some(*s), *t, None),
            [s, t, m] => (Some(*s), *t, Some(*m)),
            _ => {
                self.error(item.pos, format!("malformed volume '{text}': expected [SOURCE:]TARGET[:MODE]"));
                return None;
            }
        };
        if !target.starts_with('/') {
            self.error(item.pos, format!("volume target '{target}' must be an absolute path in the container"));
            return None;
        }
        let read_only = match mode {
            None => false,
            Some(m) => {
                let opts: Vec<&str> = m.split(',').collect();
                if let Some(bad) = opts.iter().find(|o| {
                    !matches!(**o, "ro" | "rw" | "z" | "Z" | "cached" | "delegated" | "consistent" | "nocopy")
                }) {
                    self.error(item.pos, format!("unknown volume mode '{bad}' in '{text}' (expected ro or rw)"));
                    return None;
                }
                opts.contains(&"ro")
            }
        };
        let source = match source {
            None => MountSource::Anonymous,
            Some(s) if s.starts_with('.') || s.starts_with('/') || s.starts_with('~') => {
                MountSource::Bind(self.path(s))
            }
            Some(s) => MountSource::Volume(s.to_string()),
        };
        Some(Mount { source, target: target.to_string(), read_only, create_host_path: true })
    }

    fn depends_on(&mut self, node: &Node) -> Vec<Dependency> {
        match &node.value {
            Value::Seq(items) => items
                .iter()
                .filter_map(|n| {
                    self.string(n, "a dependency").map(|service| Dependency { service, ..Dependency::started(n.pos) })
                })
                .collect(),
            Value::Map(entries) => {
                let mut out = Vec::new();
                for (k, v) in entries {
                    let Some(service) = self.string(k, "a dependency") else {
                        continue;
                    };
                    let mut dep = Dependency { service, ..Dependency::started(k.pos) };
                    let mut condition_node = None;
                    if v.as_map().is_some() {
                        for (key, value) in self.entries(v, "depends_on", DEPENDS_KEYS, &[]) {
                            match key {
                                "condition" => condition_node = Some(value),
                                "restart" => dep.restart = self.bool(value, "depends_on.restart").unwrap_or(false),
                                _ => dep.required = self.bool(value, "depends_on.required").unwrap_or(true),
                            }
                        }
                    } else if !v.is_null() {
                        condition_node = Some(v);
                    }
                    let mut condition = Condition::Started;
                    if let Some(n) = condition_node {
                        match n.scalar() {
                            Some("service_started" | "started") => condition = Condition::Started,
                            Some("service_healthy" | "healthy") => condition = Condition::Healthy,
                            Some("service_completed_successfully" | "completed") => condition = Condition::Completed,
                            other => self.errors.push(
                                Diagnostic::new(self.file, n.pos, format!("unknown depends_on condition '{}'", other.unwrap_or("")))
                                    .with_hint("use service_started, service_healthy or service_completed_successfully (or started, healthy, completed)"),
                            ),
                        }
                    }
                    out.push(Dependency { condition, ..dep });
                }
                out
            }
            _ => {
                self.error(node.pos, "depends_on must be a list or a map");
                Vec::new()
            }
        }
    }

    fn healthcheck(&mut self, node: &Node) -> Option<Healthcheck> {
        let mut hc = Healthcheck {
            test: None,
            interval: None,
            timeout: None,
            retries: None,
            start_period: None,
            start_interval: None,
        };
        for (key, value) in self.entries(node, "healthcheck", HEALTHCHECK_KEYS, &[]) {
            match key {
                "test" => hc.test = self.health_test(value),
                "interval" => hc.interval = self.duration(value, "healthcheck.interval"),
                "timeout" => hc.timeout = self.duration(value, "healthcheck.timeout"),
                "retries" => hc.retries = self.number(value, "healthcheck.retries"),
                "start_period" => hc.start_period = self.duration(value, "healthcheck.start_period"),
                "start_interval" => hc.start_interval = self.duration(value, "healthcheck.start_interval"),
                _ => {
                    if self.bool(value, "healthcheck.disable") == Some(true) {
                        hc.test = Some(HealthTest::None);
                    }
                }
            }
        }
        Some(hc)
    }

    fn health_test(&mut self, node: &Node) -> Option<HealthTest> {
        if let Some(text) = node.scalar() {
            return Some(HealthTest::Shell(text.to_string()));
        }
        let words = self.strings(node, "healthcheck.test");
        match words.split_first() {
            Some((first, rest)) if first == "CMD" && !rest.is_empty() => Some(HealthTest::Cmd(rest.to_vec())),
            Some((first, rest)) if first == "CMD-SHELL" && !rest.is_empty() => Some(HealthTest::Shell(rest.join(" "))),
            Some((first, [])) if first == "NONE" => Some(HealthTest::None),
            _ => {
                self.errors.push(Diagnostic::new(
                    self.file,
                    node.pos,
                    "healthcheck.test must be a string, [\"CMD\", …], [\"CMD-SHELL\", \"…\"] or [\"NONE\"]",
                ));
                None
            }
        }
    }

    fn restart(&mut self, node: &Node) -> Option<RestartPolicy> {
        let text = self.string(node, "restart")?;
        match text.as_str() {
            "no" | "false" => Some(RestartPolicy::No),
            "always" => Some(RestartPolicy::Always),
            "unless-stopped" => Some(RestartPolicy::UnlessStopped),
            "on-failure" => Some(RestartPolicy::OnFailure(None)),
            other => match other.strip_prefix("on-failure:").map(str::parse::<u32>) {
                Some(Ok(n)) => Some(RestartPolicy::OnFailure(Some(n))),
                _ => {
                    self.errors.push(
                        Diagnostic::new(self.file, node.pos, format!("unknown restart policy '{other}'"))
                            .with_hint("use no, always, on-failure[:N] or unless-stopped"),
                    );
                    None
                }
            },
        }
    }

    fn service_networks(&mut self, node: &Node) -> Vec<ServiceNetwork> {
        match &node.value {
            Value::Seq(_) => self
                .strings(node, "networks")
                .into_iter()
                .map(|name| ServiceNetwork { name, ..ServiceNetwork::default() })
                .collect(),
            Value::Map(entries) => {
                let mut out = Vec::new();
                for (k, v) in entries {
                    let Some(name) = self.string(k, "a network") else {
                        continue;
                    };
                    let mut net = ServiceNetwork { name, detailed: v.as_map().is_some(), ..ServiceNetwork::default() };
                    for (key, value) in
                        self.entries(v, "a service network", SERVICE_NETWORK_KEYS, SERVICE_NETWORK_UNSUPPORTED)
                    {
                        match key {
                            "aliases" => net.aliases = self.strings(value, "aliases"),
                            "ipv4_address" => net.ipv4_address = self.string(value, "ipv4_address"),
                            "ipv6_address" => net.ipv6_address = self.string(value, "ipv6_address"),
                            _ => net.priority = self.number(value, "priority").unwrap_or(0),
                        }
                    }
                    out.push(net);
                }
                out
            }
            _ => {
                self.error(node.pos, "networks must be a list or a map");
                Vec::new()
            }
        }
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system.
pub(super) fn normalize(path: &Path) -> PathBuf {
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

fn default_name(file: &Path, dir: &Path) -> String {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let is_compose = stem.contains("compose");
    if is_compose {
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        abs.file_name().and_then(|s| s.to_str()).unwrap_or("stack").to_string()
    } else {
        stem.to_string()
    }
}

/// Names as Docker accepts them for containers and networks: lowercase letters, digits, `-`, `_`.
/// Compose's rule for service names: `[a-zA-Z0-9][a-zA-Z0-9._-]*`.
fn valid_service_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn normalize_name(name: &str) -> String {
    name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}
