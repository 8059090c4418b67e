//! The loading context: a stack file's trees read, merged and interpolated, the reader every
//! section parser uses (with compose's own value forms: commands, `KEY=value` lists, paths),
//! and what sections share (declared secrets and configs).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::input::{normalize, read_text};
use crate::diagnostic::{Diagnostic, Pos};
use crate::fields;
use crate::interpolate::{interpolate_noting_unset, Vars};
use crate::merge;
use crate::model::*;
use crate::reader::NodeReader;
use crate::scalar;
use crate::yaml::{self, Node, Value};

/// Files must be fewer than this: a position names its file in 16 bits.
pub(super) const MAX_FILES: usize = 1000;

pub(crate) struct Cx<'a> {
    /// Reads values out of nodes and collects the diagnostics; names the first stack file.
    pub reader: NodeReader<'a>,
    pub dir: &'a Path,
    pub vars: &'a Vars,
    /// Top-level `secrets:`, read before the services so their builds can refer to them.
    pub secrets: BTreeMap<String, SecretSource>,
    /// Declared secrets whose definition already has an error: a build naming
    /// one gets no second, contradictory "not declared".
    pub secrets_in_error: std::collections::BTreeSet<String>,
    /// Top-level `configs:`.
    pub configs: BTreeMap<String, SecretSource>,
    /// Unset variables already warned about: once each, as compose does.
    pub unset_warned: std::collections::BTreeSet<String>,
    /// The files read so far (`-f` files, then those named by `extends` and `include`);
    /// a position's `src` indexes this.
    pub sources: Vec<PathBuf>,
    /// The engine the stack runs on: `deploy:`'s Swarm keys are warned about only on one engine.
    pub engine: crate::deploy::EngineKind,
    /// What the services' `env_file`s have held so far, all services together.
    pub env_files: crate::envfile::EnvBudget,
    /// What went wrong reading each service's `env_file`s, kept aside until the profiles say
    /// whether the service runs: compose never reads the env_file of a service left out.
    pub env_file_errors: Vec<(String, Diagnostic)>,
    /// Bytes of the values whose variables were filled in, against [`MAX_INTERPOLATED_BYTES`].
    pub interpolated_bytes: usize,
}

/// The most the values of one stack may hold once their variables are filled in: each value
/// is also held to `interpolate::MAX_VALUE_BYTES`, and a thousand values each near that
/// would still be gigabytes.
pub(crate) const MAX_INTERPOLATED_BYTES: usize = 64 << 20;

/// The generic readers (`string`, `entries`, `error` …) are the shared [`NodeReader`]'s.
impl<'a> std::ops::Deref for Cx<'a> {
    type Target = NodeReader<'a>;
    fn deref(&self) -> &NodeReader<'a> {
        &self.reader
    }
}

impl<'a> std::ops::DerefMut for Cx<'a> {
    fn deref_mut(&mut self) -> &mut NodeReader<'a> {
        &mut self.reader
    }
}

impl<'a> Cx<'a> {
    /// A top-level secret (`kind` "secret") or config by name, if declared without error.
    pub(crate) fn declared(&self, kind: &str, name: &str) -> Option<&SecretSource> {
        if kind == "secret" {
            self.secrets.get(name)
        } else {
            self.configs.get(name)
        }
    }

    pub(crate) fn declared_in_error(&self, name: &str) -> bool {
        self.secrets_in_error.contains(name)
    }

    /// A file's text as one tree: its documents merged (as compose merges them), each
    /// node stamped with `src`, variables interpolated. None after reporting a YAML error.
    pub(crate) fn read_tree(&mut self, path: &Path, text: &str, src: u16) -> Option<Node> {
        let vars = self.vars;
        self.read_tree_with(path, text, src, vars)
    }

    /// As [`Cx::read_tree`], interpolating with `vars`.
    pub(crate) fn read_tree_with(&mut self, path: &Path, text: &str, src: u16, vars: &Vars) -> Option<Node> {
        let docs = match yaml::parse_documents_noting_tags(text) {
            Ok((docs, tags)) => {
                for (mut pos, tag) in tags {
                    pos.src = src;
                    let message = format!("compose's {tag} tag is not applied by berth: the value is merged as usual");
                    self.reader.warnings.push(Diagnostic::new(&self.reader.file, pos, message));
                }
                docs
            }
            Err(e) => {
                self.reader.errors.push(Diagnostic::new(path, e.pos, e.message));
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
    pub(crate) fn read_other(&mut self, path: &Path, named_at: Pos, vars: Option<&Vars>) -> Option<Node> {
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

    pub(crate) fn vars(&self) -> &'a Vars {
        self.vars
    }

    /// Compose refuses a map key that YAML reads as a number or a boolean (`123:`).
    pub(crate) fn check_keys(&mut self, node: &Node) {
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
                            self.reader.errors.push(
                                Diagnostic::new(&self.reader.file, k.pos, message)
                                    .with_hint(format!("quote it: \"{text}\"")),
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

    pub(crate) fn project_dir(&self) -> &Path {
        self.dir
    }

    pub(crate) fn interpolate_tree(&mut self, node: &mut Node, vars: &Vars) {
        match &mut node.value {
            Value::Scalar(text, quoted) if text.contains('$') => match interpolate_noting_unset(text, vars) {
                Ok((value, unset)) => {
                    self.interpolated_bytes += value.len();
                    if self.interpolated_bytes > MAX_INTERPOLATED_BYTES {
                        let message = format!(
                            "filled in, the stack's values pass {} MiB, berth's limit (is a large variable used many times?)",
                            MAX_INTERPOLATED_BYTES >> 20
                        );
                        // Once: every value after this one would say the same.
                        if self.interpolated_bytes - value.len() <= MAX_INTERPOLATED_BYTES {
                            self.error(node.pos, message);
                        }
                        return;
                    }
                    for name in unset {
                        if self.unset_warned.insert(name.clone()) {
                            let message =
                                format!("variable {name} is not set: it becomes an empty string (as compose does)");
                            self.reader.warnings.push(Diagnostic::new(&self.reader.file, node.pos, message));
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

    /// A command as compose accepts it: a list, or a string split like a shell would.
    pub(crate) fn command(&mut self, node: &Node, what: &str) -> Option<Vec<String>> {
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
    pub(crate) fn key_entries(&mut self, node: &Node, what: &str) -> BTreeMap<String, Option<String>> {
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
                    // compose takes only strings here: `- 1` is refused, as a number.
                    let Some(entry) = self.text(item, &format!("an entry of {what}")) else {
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
    pub(crate) fn key_values(&mut self, node: &Node, what: &str, from_vars: bool) -> BTreeMap<String, String> {
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
    pub(crate) fn environment(&mut self, node: &Node, svc: &mut Service) {
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

    pub(crate) fn path(&self, text: &str) -> PathBuf {
        let expanded = match text.strip_prefix("~/") {
            Some(rest) => self.vars.get("HOME").map_or_else(|| PathBuf::from(text), |h| Path::new(h).join(rest)),
            None => PathBuf::from(text),
        };
        let joined = if expanded.is_absolute() { expanded } else { self.dir.join(expanded) };
        normalize(&joined)
    }
}
