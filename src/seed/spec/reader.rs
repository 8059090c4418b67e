//! The seed folder's reader: the shared stack reader, naming the seed file being read.

use std::path::{Path, PathBuf};

use super::super::aws_names;
use super::files::read_inside;
use crate::stack::load::utf8_text;
use crate::stack::reader::NodeReader;
use crate::stack::yaml::{self, Node};
use crate::stack::{Diagnostic, Pos};

/// The seed folder's reader: the shared [`NodeReader`], naming whichever file is being read.
pub(super) struct Reader<'a> {
    pub folder: &'a Path,
    pub nodes: NodeReader<'a>,
}

impl<'a> std::ops::Deref for Reader<'a> {
    type Target = NodeReader<'a>;
    fn deref(&self) -> &NodeReader<'a> {
        &self.nodes
    }
}

impl<'a> std::ops::DerefMut for Reader<'a> {
    fn deref_mut(&mut self) -> &mut NodeReader<'a> {
        &mut self.nodes
    }
}

impl Reader<'_> {
    /// An error in a file other than the one being read (an object, a SQL file, a folder).
    pub(super) fn error_in(&mut self, file: &Path, pos: Pos, msg: impl Into<String>) {
        self.nodes.errors.push(Diagnostic::new(file, pos, msg));
    }

    /// Reads `name` from the seed folder, if there, and makes it the file errors name.
    pub(super) fn yaml(&mut self, name: &str) -> Option<(PathBuf, Node)> {
        let file = self.folder.join(name);
        let text = match read_inside(self.folder, &file) {
            Ok(Some(bytes)) => match utf8_text(bytes) {
                Ok(text) => text,
                Err(bad) => {
                    self.error_in(&file, bad.0, bad.to_string());
                    return None;
                }
            },
            Ok(None) => return None,
            Err(e) => {
                self.error_in(&file, Pos::new(1, 1), e.to_string());
                return None;
            }
        };
        self.nodes.file = file.clone();
        match yaml::parse(&text) {
            Ok(node) if node.is_null() => None,
            Ok(node) => Some((file, node)),
            Err(e) => {
                self.error_in(&file, e.pos, e.message);
                None
            }
        }
    }

    /// Only the keys in `known`; anything else is an error with the nearest known key.
    pub(super) fn check_keys(&mut self, node: &Node, what: &str, known: &[&str]) {
        let _ = self.nodes.entries(node, what, known, &[]);
    }

    /// A number within the range AWS accepts for `key` (sqs.yaml's attributes).
    pub(super) fn ranged(&mut self, node: &Node, key: &str) -> Option<u64> {
        let (min, max) = aws_names::queue_attribute_range(key)?;
        let text = node.scalar().unwrap_or_default();
        match text.trim().parse::<u64>() {
            Ok(value) if (min..=max).contains(&value) => Some(value),
            _ => {
                self.error(node.pos, format!("{key} must be a whole number from {min} to {max} (got '{text}')"));
                None
            }
        }
    }
}
