//! Errors and warnings about a stack file, each pointing at a place in it.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a file: line and column, both 1-based as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub struct Pos {
    /// Which of the stack's files (`-f a.yaml -f b.yaml`: 0, 1); 0 for a single file.
    pub src: u16,
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub fn new(line: usize, col: usize) -> Self {
        Pos { src: 0, line, col }
    }
}

/// One finding about a stack file: what is wrong, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
    /// A warning carried beside errors (printed with them, never counted as one).
    pub warning: bool,
}

impl Diagnostic {
    pub fn new(file: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic { file: file.to_path_buf(), pos, message: message.into(), hint: None, warning: false }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.pos.line, self.pos.col, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// All the errors found in one stack file (loading reports every error it can, not just the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

/// More errors than this are summed up in one line: a hostile file can produce
/// half a million, and printing them took seconds to say nothing new.
pub const MAX_REPORTED: usize = 100;

impl Diagnostics {
    /// The first [`MAX_REPORTED`] errors, then one that counts the rest.
    pub fn capped(mut errors: Vec<Diagnostic>) -> Diagnostics {
        if errors.len() > MAX_REPORTED {
            let rest = errors.len() - MAX_REPORTED;
            let next = errors.swap_remove(MAX_REPORTED);
            errors.truncate(MAX_REPORTED);
            errors.push(Diagnostic::new(&next.file, next.pos, format!("… and {rest} more errors (fix these first)")));
        }
        Diagnostics(errors)
    }

    /// The errors (capped), then the warnings found on the way: a warning often names
    /// the cause of an error (an ignored key), so it is never dropped when loading fails.
    pub fn with_warnings(errors: Vec<Diagnostic>, warnings: Vec<Diagnostic>) -> Diagnostics {
        let mut all = Diagnostics::capped(errors);
        all.0.extend(warnings.into_iter().take(MAX_REPORTED).map(|mut w| {
            w.warning = true;
            w
        }));
        all
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.warning)
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The valid name closest to `given`, if it is close enough to be a likely typo.
pub fn nearest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(given, c), c))
        .filter(|(distance, c)| *distance <= (c.len().max(given.len()) / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_suggests_typos_only() {
        let keys = ["image", "environment", "depends_on", "ports"];
        assert_eq!(nearest("imgae", keys), Some("image"));
        assert_eq!(nearest("enviroment", keys), Some("environment"));
        assert_eq!(nearest("depends-on", keys), Some("depends_on"));
        assert_eq!(nearest("completely_else", keys), None);
    }
}
