//! One reader for berth's YAML files — stack files and the seed folder's files alike: typed
//! values out of spanned nodes, each mistake a located diagnostic, an unknown key answered
//! with the nearest known one. Reading goes on after an error, so one run reports them all.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::diagnostic::{nearest, Diagnostic, Pos};
use super::fields;
use super::interpolate::{interpolate, Vars};
use super::scalar;
use super::yaml::{Node, Value};

pub struct NodeReader<'a> {
    /// The file the diagnostics name.
    pub file: PathBuf,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// Set for files read as they are (seed files): each string is expanded as it is read.
    /// Stack files are interpolated as a whole tree first, as compose does.
    expand: Option<&'a Vars>,
    /// Compose's `x-` extension keys pass silently; seed files have none.
    extensions: bool,
}

impl<'a> NodeReader<'a> {
    /// A reader for a stack file: its tree already interpolated, `x-` keys allowed.
    pub fn for_stack(file: PathBuf) -> NodeReader<'a> {
        NodeReader { file, errors: Vec::new(), warnings: Vec::new(), expand: None, extensions: true }
    }

    /// A reader for files whose strings are expanded with `vars` as they are read.
    pub fn expanding(file: PathBuf, vars: &'a Vars) -> NodeReader<'a> {
        NodeReader { file, errors: Vec::new(), warnings: Vec::new(), expand: Some(vars), extensions: false }
    }

    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(&self.file, pos, message));
    }

    pub fn warn(&mut self, pos: Pos, message: impl Into<String>) {
        self.warnings.push(Diagnostic::new(&self.file, pos, message));
    }

    pub fn warn_with_hint(&mut self, pos: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.warnings.push(Diagnostic::new(&self.file, pos, message).with_hint(hint));
    }

    /// The entries of a map node, with string keys; anything else is an error (null is empty).
    pub fn map<'n>(&mut self, node: &'n Node, what: &str) -> Vec<(&'n str, &'n Node)> {
        self.keyed(node, what).into_iter().map(|(key, _, v)| (key, v)).collect()
    }

    /// As [`NodeReader::map`], with where each key stands.
    fn keyed<'n>(&mut self, node: &'n Node, what: &str) -> Vec<(&'n str, Pos, &'n Node)> {
        let Some(map) = node.as_map() else {
            if !node.is_null() {
                self.error(node.pos, format!("{what} must be a map, found {}", node.kind()));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in map {
            match k.scalar() {
                Some(key) => out.push((key, k.pos, v)),
                None => self.error(k.pos, format!("keys in {what} must be strings")),
            }
        }
        out
    }

    /// The entries of a map node, each key checked against `known`. Keys in `unsupported`
    /// only warn; `x-` extension keys pass silently where allowed; anything else is an error.
    pub fn entries<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        known: &[&str],
        unsupported: &[&str],
    ) -> Vec<(&'n str, &'n Node)> {
        let mut out = Vec::new();
        for (key, pos, v) in self.keyed(node, what) {
            if known.contains(&key) {
                out.push((key, v));
            } else if unsupported.contains(&key) {
                self.warn(pos, format!("'{key}' in {what} is not supported by berth and is ignored"));
            } else if self.extensions && key.starts_with("x-") {
                continue;
            } else {
                let mut d = Diagnostic::new(&self.file, pos, format!("unknown key '{key}' in {what}"));
                if let Some(best) = nearest(key, known.iter().chain(unsupported).copied()) {
                    d = d.with_hint(format!("did you mean '{best}'?"));
                }
                self.errors.push(d);
            }
        }
        out
    }

    pub fn string(&mut self, node: &Node, what: &str) -> Option<String> {
        let Value::Scalar(s, _) = &node.value else {
            self.error(node.pos, format!("{what} must be a string, found {}", node.kind()));
            return None;
        };
        let Some(vars) = self.expand else { return Some(s.clone()) };
        match interpolate(s, vars) {
            Ok(s) => Some(s),
            Err(e) => {
                self.error(Pos::new(node.pos.line, node.pos.col + e.offset), e.message);
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
                self.errors
                    .push(Diagnostic::new(&self.file, node.pos, message).with_hint(format!("quote it: \"{s}\"")));
                return None;
            }
        }
        self.string(node, what)
    }

    /// A list of strings, or a single string.
    pub fn strings(&mut self, node: &Node, what: &str) -> Vec<String> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| self.string(n, what)).collect(),
            Value::Scalar(..) => self.string(node, what).into_iter().collect(),
            Value::Null => Vec::new(),
            Value::Map(_) => {
                self.error(node.pos, format!("{what} must be a string or a list of strings"));
                Vec::new()
            }
        }
    }

    /// A map of strings to strings.
    pub fn string_map(&mut self, node: &Node, what: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (k, v) in self.map(node, what) {
            if let Some(value) = self.string(v, what) {
                out.insert(k.to_string(), value);
            }
        }
        out
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
}
