//! `.dockerignore` with Docker's own matching rules (moby's patternmatcher):
//! `*` and `?` stop at `/`, `**` spans folders, a pattern also covers
//! everything below a folder it matches, later lines win and `!` re-includes.

use regex::Regex;

struct Pattern {
    /// The cleaned pattern text, kept because folder pruning compares it as a prefix.
    text: String,
    regex: Regex,
    exception: bool,
}

/// The rules of one `.dockerignore` file.
pub struct IgnoreRules {
    patterns: Vec<Pattern>,
}

impl IgnoreRules {
    /// Reads the file's text as Docker does; a line that is not a valid pattern is skipped, as
    /// a pattern that can match nothing.
    pub fn parse(text: &str) -> IgnoreRules {
        let mut patterns = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let (exception, pattern) = match line.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let cleaned = clean(pattern);
            if cleaned.is_empty() {
                continue;
            }
            if let Ok(regex) = Regex::new(&to_regex(&cleaned)) {
                patterns.push(Pattern { text: cleaned, regex, exception });
            }
        }
        IgnoreRules { patterns }
    }

    /// Whether `relative` (slash-separated, from the context root) is left out of the context.
    pub fn ignores(&self, relative: &str) -> bool {
        let parents: Vec<&str> = relative.match_indices('/').map(|(i, _)| &relative[..i]).collect();
        let mut ignored = false;
        for pattern in &self.patterns {
            // An exception only matters once something is ignored, and the reverse.
            if pattern.exception != ignored {
                continue;
            }
            let hit = pattern.regex.is_match(relative) || parents.iter().any(|p| pattern.regex.is_match(p));
            if hit {
                ignored = !pattern.exception;
            }
        }
        ignored
    }

    /// Whether an ignored folder can be skipped without reading it: Docker keeps walking only
    /// when an exception names a path inside it.
    pub fn prunes(&self, folder: &str) -> bool {
        let inside = format!("{folder}/");
        !self.patterns.iter().any(|p| p.exception && format!("{}/", p.text).starts_with(&inside))
    }
}

/// `filepath.Clean` on a slash path, without the leading `/`.
fn clean(pattern: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in pattern.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

fn to_regex(pattern: &str) -> String {
    let mut out = String::from("^");
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(ch) = chars.next() {
        match ch {
            '*' if !in_class => {
                if chars.peek() == Some(&'*') {
                    chars.next();
                    if chars.peek() == Some(&'/') {
                        chars.next();
                    }
                    out.push_str(if chars.peek().is_none() { ".*" } else { "(.*/)?" });
                } else {
                    out.push_str("[^/]*");
                }
            }
            '?' if !in_class => out.push_str("[^/]"),
            '\\' => match chars.next() {
                Some(next) => out.push_str(&regex::escape(&next.to_string())),
                None => out.push_str("\\\\"),
            },
            '[' if !in_class => {
                in_class = true;
                out.push('[');
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '^' | '-' if in_class => out.push(ch),
            other => out.push_str(&regex::escape(&other.to_string())),
        }
    }
    out.push('$');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The examples of Docker's documentation, "Dockerignore files".
    #[test]
    fn docker_documented_examples() {
        let rules = IgnoreRules::parse("# comment\n*/temp*\n*/*/temp*\ntemp?\n");
        assert!(rules.ignores("somedir/temporary.txt"));
        assert!(rules.ignores("somedir/temp"));
        assert!(rules.ignores("somedir/subdir/temporary.txt"));
        assert!(rules.ignores("tempa"));
        assert!(rules.ignores("tempb"));
        assert!(!rules.ignores("temporary.txt"), "'*/temp*' needs one folder level");
        assert!(!rules.ignores("a/b/c/temporary.txt"), "'*' does not cross '/'");
        assert!(!rules.ignores("tempab"));

        let go = IgnoreRules::parse("**/*.go\n");
        assert!(go.ignores("main.go"));
        assert!(go.ignores("cmd/tool/main.go"));
        assert!(!go.ignores("main.rs"));

        let readme = IgnoreRules::parse("*.md\n!README.md\n");
        assert!(readme.ignores("CHANGES.md"));
        assert!(!readme.ignores("README.md"));
        assert!(!readme.ignores("docs/guide.md"), "'*.md' is anchored at the root");

        let secret = IgnoreRules::parse("*.md\n!README*.md\nREADME-secret.md\n");
        assert!(secret.ignores("CHANGES.md"));
        assert!(!secret.ignores("README-public.md"));
        assert!(secret.ignores("README-secret.md"));
    }

    #[test]
    fn a_matched_folder_covers_its_contents_and_paths_are_cleaned() {
        let rules = IgnoreRules::parse("node_modules\n/.git/\n./build//out\nsrc/../dist\n  \n");
        assert!(rules.ignores("node_modules"));
        assert!(rules.ignores("node_modules/a/b.js"));
        assert!(rules.ignores(".git/HEAD"));
        assert!(rules.ignores("build/out/x.o"));
        assert!(rules.ignores("dist/app.js"));
        assert!(!rules.ignores("src/main.rs"));
        assert!(!rules.ignores("node_modules_backup"));
    }

    #[test]
    fn double_star_spans_any_number_of_folders_including_none() {
        let rules = IgnoreRules::parse("a/**/b\nlogs/**\n");
        assert!(rules.ignores("a/b"));
        assert!(rules.ignores("a/x/y/b"));
        assert!(rules.ignores("logs/2026/x.log"));
        assert!(!rules.ignores("ab"));
    }

    #[test]
    fn classes_and_escapes() {
        let rules = IgnoreRules::parse("file[0-9].txt\nx[^a].y\nweird\\*name\n");
        assert!(rules.ignores("file7.txt"));
        assert!(!rules.ignores("filex.txt"));
        assert!(rules.ignores("xb.y"));
        assert!(!rules.ignores("xa.y"));
        assert!(rules.ignores("weird*name"));
        assert!(!rules.ignores("weirdXname"));
    }

    #[test]
    fn an_ignored_folder_is_pruned_unless_an_exception_points_inside_it() {
        let rules = IgnoreRules::parse("big\nvendor\n!vendor/keep.txt\n");
        assert!(rules.prunes("big"));
        assert!(!rules.prunes("vendor"));
        assert!(rules.ignores("vendor/other.txt"));
        assert!(!rules.ignores("vendor/keep.txt"));
    }
}
