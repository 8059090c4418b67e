//! The shape of the code, checked: no circles between source files, and each layer imports
//! only what docs/ARCHITECTURE.md allows it where Cargo cannot see it (modules of one crate);
//! and every relative link in the README and docs/ leads to a file. Reads the sources as text (paths after `crate::`,
//! `super::` and `berth::`, re-exports followed to the file that defines the name).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module: its crate ("lib" or "bin") and its path (`["seed", "spec", "files"]`).
type Module = (&'static str, Vec<String>);

struct Source {
    file: PathBuf,
    /// Its text without the test module.
    text: String,
    /// `mod.rs` / `lib.rs`: `super::` from it leaves the folder.
    folder: bool,
}

fn sources() -> BTreeMap<Module, Source> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = BTreeMap::new();
    // The stack model is its own crate, re-exported by the library as `berth::stack`: its
    // files are read as the modules under `stack`, so one graph holds both crates.
    for (root, prefix) in [(repo.join("src"), None), (repo.join("crates/berth-stack/src"), Some("stack"))] {
        let mut todo = vec![root.clone()];
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    todo.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("main.rs") {
                    continue;
                }
                let rel = path.strip_prefix(&root).unwrap().with_extension("");
                let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                let folder = matches!(parts.last().map(String::as_str), Some("mod" | "lib"));
                if folder {
                    parts.pop();
                }
                let krate = if parts.first().map(String::as_str) == Some("cli") { "bin" } else { "lib" };
                let text = std::fs::read_to_string(&path).unwrap();
                let mut text = text.split("#[cfg(test)]").next().unwrap_or_default().to_string();
                if let Some(prefix) = prefix {
                    parts.insert(0, prefix.to_string());
                    text = text.replace("crate::", &format!("crate::{prefix}::"));
                }
                let file = path.strip_prefix(repo).unwrap().to_path_buf();
                out.insert((krate, parts), Source { file, text, folder });
            }
        }
    }
    out
}

/// Names a folder module re-exports (`pub use child::{A, B}`, `pub use child::*`) → the child.
fn reexports(sources: &BTreeMap<Module, Source>) -> BTreeMap<Module, BTreeMap<String, Module>> {
    let re = regex::Regex::new(r"(?m)^\s*pub(?:\([^)]*\))?\s+use\s+(\w+)::(?:\{([^}]*)\}|(\w+|\*))\s*;").unwrap();
    let item =
        regex::Regex::new(r"(?m)^\s*pub(?:\([^)]*\))?\s+(?:struct|enum|fn|const|type|trait|static)\s+(\w+)").unwrap();
    let mut out = BTreeMap::new();
    for (module, src) in sources.iter().filter(|(_, s)| s.folder) {
        let mut names = BTreeMap::new();
        for cap in re.captures_iter(&src.text) {
            let mut child = module.1.clone();
            child.push(cap[1].to_string());
            let child = (module.0, child);
            let Some(child_src) = sources.get(&child) else { continue };
            let list = cap.get(2).or(cap.get(3)).map_or("", |m| m.as_str());
            for name in list.split(',').map(|n| n.trim().rsplit(' ').next().unwrap_or("")).filter(|n| !n.is_empty()) {
                if name == "*" {
                    for c in item.captures_iter(&child_src.text) {
                        names.insert(c[1].to_string(), child.clone());
                    }
                } else {
                    names.insert(name.rsplit("::").next().unwrap_or(name).to_string(), child.clone());
                }
            }
        }
        out.insert(module.clone(), names);
    }
    out
}

/// Which files each file uses.
fn imports(sources: &BTreeMap<Module, Source>) -> BTreeMap<Module, BTreeSet<Module>> {
    let reexports = reexports(sources);
    let path = regex::Regex::new(r"\b(crate|super|berth)::((?:\w+::)*)(\{[^}]*\}|\w+|\*)").unwrap();
    let resolve = |krate: &'static str, base: Vec<String>, segments: Vec<String>| -> Option<Module> {
        let mut current = (krate, base);
        sources.get(&current)?;
        for s in segments {
            let mut next = current.1.clone();
            next.push(s.clone());
            if sources.contains_key(&(krate, next.clone())) {
                current = (krate, next);
            } else if let Some(child) = reexports.get(&current).and_then(|r| r.get(&s)) {
                current = child.clone();
            } else {
                break;
            }
        }
        Some(current)
    };
    let mut out = BTreeMap::new();
    for (module, src) in sources {
        let mut used = BTreeSet::new();
        for line in src.text.lines() {
            let trimmed = line.trim_start();
            // A folder's own `pub use child::…` re-exports; `mod x;` declares.
            if (trimmed.starts_with("pub use ") || trimmed.starts_with("pub(crate) use "))
                && !trimmed.contains("crate::")
                && !trimmed.contains("super::")
            {
                continue;
            }
            for cap in path.captures_iter(line) {
                let (krate, mut base) = match &cap[1] {
                    "crate" => (module.0, Vec::new()),
                    "berth" => ("lib", Vec::new()),
                    _ => (module.0, module.1[..module.1.len().saturating_sub(1)].to_vec()),
                };
                let mut segments: Vec<String> =
                    cap[2].split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
                while segments.first().map(String::as_str) == Some("super") {
                    segments.remove(0);
                    base.pop();
                }
                let last = &cap[3];
                let items: Vec<&str> = if last.starts_with('{') {
                    last.trim_matches(|c| c == '{' || c == '}').split(',').collect()
                } else {
                    vec![last]
                };
                for item in items {
                    let mut full = segments.clone();
                    full.extend(
                        item.trim()
                            .split("::")
                            .map(|s| s.split(' ').next().unwrap_or(""))
                            .filter(|s| !s.is_empty() && *s != "self" && *s != "*" && !s.starts_with('{'))
                            .map(str::to_string),
                    );
                    if let Some(target) = resolve(krate, base.clone(), full) {
                        if target != *module {
                            used.insert(target);
                        }
                    }
                }
            }
        }
        out.insert(module.clone(), used);
    }
    out
}

fn name(sources: &BTreeMap<Module, Source>, m: &Module) -> String {
    sources[m].file.display().to_string()
}

#[test]
fn no_file_imports_a_file_that_imports_it_back_through_any_chain() {
    let sources = sources();
    assert!(sources.len() > 50, "found only {} source files", sources.len());
    let graph = imports(&sources);
    // Every file's reach; a file in its own reach is on a circle.
    let mut circles = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&Module> = graph[start].iter().collect();
        while let Some(m) = todo.pop() {
            if seen.insert(m.clone()) {
                todo.extend(graph.get(m).into_iter().flatten());
            }
        }
        if seen.contains(start) {
            let back: Vec<String> = graph[start]
                .iter()
                .filter(|m| {
                    let mut reach = BTreeSet::new();
                    let mut todo = vec![(*m).clone()];
                    while let Some(x) = todo.pop() {
                        if reach.insert(x.clone()) {
                            todo.extend(graph.get(&x).into_iter().flatten().cloned());
                        }
                    }
                    reach.contains(start)
                })
                .map(|m| name(&sources, m))
                .collect();
            circles.push(format!("{} → {}", name(&sources, start), back.join(", ")));
        }
    }
    assert!(circles.is_empty(), "files on a circle of imports:\n{}", circles.join("\n"));
}

#[test]
fn each_layer_imports_only_what_it_may() {
    let sources = sources();
    let graph = imports(&sources);
    // Layer → layers it may not import (docs/ARCHITECTURE.md). The stack model needs no row:
    // it is a crate of its own, and Cargo refuses any import of the others there.
    let forbidden: &[(&str, &[&str])] = &[
        ("exec", &["stack", "engine", "probe", "seed", "tui", "onboarding", "cli"]),
        ("probe", &["engine", "seed", "tui", "onboarding", "cli"]),
        ("engine", &["seed", "tui", "onboarding", "cli"]),
        ("seed", &["tui", "onboarding", "cli"]),
        ("tui", &["onboarding", "cli"]),
        ("onboarding", &["tui", "cli"]),
        ("handover", &["tui", "onboarding", "cli"]),
    ];
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        let Some(layer) = module.1.first() else { continue };
        let Some((_, banned)) = forbidden.iter().find(|(l, _)| l == layer) else { continue };
        for target in used {
            if target.1.first().is_some_and(|t| banned.contains(&t.as_str())) {
                wrong.push(format!("{} imports {}", name(&sources, module), name(&sources, target)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports across the layering:\n{}", wrong.join("\n"));
    // The checker sees real imports: the engine does use the stack model.
    let engine_up = ("lib", vec!["engine".to_string(), "up".to_string()]);
    assert!(graph[&engine_up].iter().any(|m| m.1.first().map(String::as_str) == Some("stack")));
}

/// The manual is split across README.md and docs/: a renamed page must not leave a dead link.
#[test]
fn every_relative_link_in_the_docs_leads_to_a_file() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![repo.join("README.md"), repo.join("CONTRIBUTING.md"), repo.join("CHANGELOG.md")];
    for entry in std::fs::read_dir(repo.join("docs")).expect("docs/ exists").flatten() {
        if entry.path().extension().is_some_and(|e| e == "md") {
            pages.push(entry.path());
        }
    }
    let link = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    let mut dead = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let mut fenced = false;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with("```") {
                fenced = !fenced;
            }
            if fenced {
                continue;
            }
            for cap in link.captures_iter(line) {
                let target = cap[1].split('#').next().unwrap_or_default();
                if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                if !page.parent().unwrap().join(target).exists() {
                    dead.push(format!("{}:{}: {target}", page.strip_prefix(repo).unwrap().display(), n + 1));
                }
            }
        }
    }
    assert!(checked >= 15, "only {checked} links found: is the link pattern still right?");
    assert!(dead.is_empty(), "links to nothing:\n{}", dead.join("\n"));
}
