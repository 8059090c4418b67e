//! A build context as the tar archive the engine expects, honouring `.dockerignore`.

use std::path::Path;

use globset::{Glob, GlobMatcher};

/// `.dockerignore` rules: later rules win, `!` re-includes.
pub struct IgnoreRules {
    rules: Vec<(GlobMatcher, bool)>,
}

impl IgnoreRules {
    pub fn parse(text: &str) -> IgnoreRules {
        let mut rules = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (negate, pattern) = match line.strip_prefix('!') {
                Some(p) => (true, p.trim()),
                None => (false, line),
            };
            let pattern = pattern.trim_start_matches("./").trim_start_matches('/').trim_end_matches('/');
            // A pattern naming a directory also covers everything below it.
            for p in [pattern.to_string(), format!("{pattern}/**")] {
                if let Ok(glob) = Glob::new(&p) {
                    rules.push((glob.compile_matcher(), negate));
                }
            }
        }
        IgnoreRules { rules }
    }

    pub fn ignores(&self, relative: &str) -> bool {
        let mut ignored = false;
        for (glob, negate) in &self.rules {
            if glob.is_match(relative) {
                ignored = !negate;
            }
        }
        ignored
    }
}

/// The context folder as a tar archive. The Dockerfile and `.dockerignore` are always sent.
pub fn tar_context(dir: &Path, dockerfile: &str) -> std::io::Result<Vec<u8>> {
    let rules = match std::fs::read_to_string(dir.join(".dockerignore")) {
        Ok(text) => IgnoreRules::parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => IgnoreRules::parse(""),
        Err(e) => return Err(e),
    };
    let mut builder = tar::Builder::new(Vec::new());
    builder.follow_symlinks(false);
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&current)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let rel = relative.to_string_lossy().replace('\\', "/");
            let always = rel == dockerfile || rel == ".dockerignore";
            let file_type = entry.file_type()?;
            if file_type.is_dir() {
                // Descend even into ignored folders: a `!` rule may re-include something inside.
                stack.push(path);
            } else if always || !rules.ignores(&rel) {
                builder.append_path_with_name(&path, relative)?;
            }
        }
    }
    builder.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dockerignore_rules() {
        let rules = IgnoreRules::parse("# comment\nnode_modules\n*.log\n!keep.log\n.git/\n**/secret.txt\n");
        assert!(rules.ignores("node_modules"));
        assert!(rules.ignores("node_modules/a/b.js"));
        assert!(rules.ignores("debug.log"));
        assert!(!rules.ignores("keep.log"));
        assert!(rules.ignores(".git/HEAD"));
        assert!(rules.ignores("deep/dir/secret.txt"));
        assert!(!rules.ignores("src/main.rs"));
    }

    #[test]
    fn context_tar_skips_ignored_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM x").unwrap();
        std::fs::write(dir.path().join(".dockerignore"), "*.tmp\nDockerfile\n").unwrap();
        std::fs::write(dir.path().join("app.py"), "print()").unwrap();
        std::fs::write(dir.path().join("junk.tmp"), "x").unwrap();
        let bytes = tar_context(dir.path(), "Dockerfile").unwrap();
        let mut archive = tar::Archive::new(bytes.as_slice());
        let mut names: Vec<String> =
            archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().display().to_string()).collect();
        names.sort();
        assert_eq!(names, [".dockerignore", "Dockerfile", "app.py"]);
    }
}
