//! Compose's two ways of reusing files: `include:` (another compose file's services,
//! networks, volumes, secrets and configs added to the stack, each relative path in it
//! resolved against its own folder) and a service's `extends:` (another service,
//! in this file or another, merged under this one with the override rules).
//! Both work on the YAML trees, before the stack is read from them.

use std::path::{Path, PathBuf};

use super::diagnostic::Pos;
use super::interpolate::Vars;
use super::load::{normalize, project_vars, Cx, LoadOptions};
use super::merge;
use super::yaml::{Node, Value};

/// Includes nested deeper than this (or an `extends` chain longer) are refused: real
/// files use two or three levels, and a cycle would otherwise never end.
const MAX_DEPTH: usize = 32;

const SECTIONS: [&str; 5] = ["services", "networks", "volumes", "secrets", "configs"];

/// Adds what `tree`'s `include:` names to it and removes the key. Relative paths of
/// `tree` itself resolve against `dir`.
pub(super) fn include(cx: &mut Cx, mut tree: Node, dir: &Path, depth: usize) -> Node {
    let Value::Map(entries) = &mut tree.value else { return tree };
    let Some(at) = entries.iter().position(|(k, _)| k.scalar() == Some("include")) else { return tree };
    let (key, list) = entries.remove(at);
    if depth >= MAX_DEPTH {
        cx.error(key.pos, format!("include nested deeper than {MAX_DEPTH} files (does a file include itself?)"));
        return tree;
    }
    let items: Vec<Node> = match list.value {
        Value::Seq(items) => items,
        Value::Null => Vec::new(),
        _ => {
            cx.error(list.pos, "include must be a list of paths or {path, project_directory, env_file}");
            return tree;
        }
    };
    for item in items {
        let Some(spec) = include_spec(cx, &item, dir) else { continue };
        let vars = include_vars(cx, &spec);
        for path in &spec.paths {
            let Some(other) = cx.read_other(path, item.pos, Some(&vars)) else { continue };
            let mut other = include(cx, other, &spec.project_dir, depth + 1);
            absolutize_services(&mut other, &spec.project_dir);
            add_sections(cx, &mut tree, other, path);
        }
    }
    tree
}

struct IncludeSpec {
    paths: Vec<PathBuf>,
    project_dir: PathBuf,
    env_files: Vec<PathBuf>,
}

fn include_spec(cx: &mut Cx, item: &Node, dir: &Path) -> Option<IncludeSpec> {
    let path_list = |cx: &mut Cx, n: &Node| -> Vec<PathBuf> {
        match (&n.value, n.as_seq()) {
            (Value::Scalar(p, _), _) => vec![normalize(&dir.join(p))],
            (_, Some(items)) => {
                items.iter().filter_map(|i| cx.string(i, "include.path")).map(|p| normalize(&dir.join(p))).collect()
            }
            _ => {
                cx.error(n.pos, "include.path must be a path or a list of paths");
                Vec::new()
            }
        }
    };
    let mut spec = IncludeSpec { paths: Vec::new(), project_dir: PathBuf::new(), env_files: Vec::new() };
    let mut project_dir = None;
    if item.scalar().is_some() {
        spec.paths = path_list(cx, item);
    } else {
        for (key, value) in cx.entries(item, "include", &["path", "project_directory", "env_file"], &[]) {
            match key {
                "path" => spec.paths = path_list(cx, value),
                "project_directory" => project_dir = cx.string(value, "include.project_directory").map(|p| dir.join(p)),
                _ => spec.env_files = path_list(cx, value),
            }
        }
    }
    let first = spec.paths.first()?;
    spec.project_dir =
        project_dir.unwrap_or_else(|| first.parent().map(Path::to_path_buf).unwrap_or_else(|| dir.to_path_buf()));
    Some(spec)
}

/// The stack's variables over the included project's env files (its `.env` unless
/// named), layered as the stack's own are.
fn include_vars(cx: &mut Cx, spec: &IncludeSpec) -> Vars {
    let stack_vars: Vec<(String, String)> = cx.vars().iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let options = LoadOptions { env_files: spec.env_files.clone(), process_env: stack_vars, ..LoadOptions::default() };
    match project_vars(&options, &spec.project_dir) {
        Ok(vars) => vars,
        Err(errors) => {
            cx.errors.extend(errors.0);
            cx.vars().clone()
        }
    }
}

/// Each section's entries of `other` added to `tree`; one already there is an error, as in compose.
fn add_sections(cx: &mut Cx, tree: &mut Node, other: Node, path: &Path) {
    let Value::Map(sections) = other.value else { return };
    for (key, value) in sections {
        let Some(section) = key.scalar().filter(|s| SECTIONS.contains(s)).map(str::to_string) else { continue };
        let Value::Map(items) = value.value else { continue };
        let target = section_map(tree, &section, key.pos);
        let mut conflicts = Vec::new();
        for (name, def) in items {
            let n = name.scalar().unwrap_or_default().to_string();
            if let Some((here, _)) = target.iter().find(|(k, _)| k.scalar() == Some(&n)) {
                conflicts.push((n, here.pos));
            } else {
                target.push((name, def));
            }
        }
        for (n, pos) in conflicts {
            let what = section.trim_end_matches('s');
            cx.error(
                pos,
                format!(
                    "{what} '{n}' from included {} is already defined in the stack (compose refuses it too)",
                    path.display()
                ),
            );
        }
    }
}

fn section_map<'t>(tree: &'t mut Node, section: &str, pos: Pos) -> &'t mut Vec<(Node, Node)> {
    if tree.is_null() {
        tree.value = Value::Map(Vec::new());
    }
    let Value::Map(entries) = &mut tree.value else { unreachable!("include is only read from a map") };
    let at = match entries.iter().position(|(k, _)| k.scalar() == Some(section)) {
        Some(at) => at,
        None => {
            let key = Node { value: Value::Scalar(section.to_string(), false), pos };
            entries.push((key, Node { value: Value::Map(Vec::new()), pos }));
            entries.len() - 1
        }
    };
    let value = &mut entries[at].1;
    if !matches!(value.value, Value::Map(_)) {
        value.value = Value::Map(Vec::new());
    }
    match &mut value.value {
        Value::Map(m) => m,
        _ => unreachable!("just made a map"),
    }
}

/// Resolves every service's `extends:` in the stack's tree.
pub(super) fn resolve(cx: &mut Cx, root: &mut Node) {
    let Some(services) = root.get("services").and_then(Node::as_map).map(<[_]>::to_vec) else { return };
    if !services.iter().any(|(_, s)| s.get("extends").is_some()) {
        return;
    }
    let dir = cx.project_dir().to_path_buf();
    let file = cx.reader.file.clone();
    let mut resolved = Vec::with_capacity(services.len());
    for (name, svc) in &services {
        let service = name.scalar().unwrap_or_default().to_string();
        let node = if svc.get("extends").is_some() {
            let mut chain = Vec::new();
            let here = Here { file: &file, dir: &dir };
            resolve_one(cx, &services, here, &service, &mut chain).unwrap_or_else(|| svc.clone())
        } else {
            svc.clone()
        };
        resolved.push((name.clone(), node));
    }
    if let Value::Map(entries) = &mut root.value {
        if let Some((_, s)) = entries.iter_mut().find(|(k, _)| k.scalar() == Some("services")) {
            s.value = Value::Map(resolved);
        }
    }
}

/// The file a service is defined in, and the folder its relative paths start from.
#[derive(Clone, Copy)]
struct Here<'p> {
    file: &'p Path,
    dir: &'p Path,
}

/// How many services one `extends` chain may pass through: compose sets no limit; real chains
/// are two or three long, and each link is a recursion and a merge.
const MAX_EXTENDS_DEPTH: usize = 256;

/// `name` of `services` (from `here`) with what it extends merged under it. A link is a file
/// and a service: `s` of a.yml extending `s` of b.yml is no circle.
fn resolve_one(
    cx: &mut Cx,
    services: &[(Node, Node)],
    here: Here,
    name: &str,
    chain: &mut Vec<(PathBuf, String)>,
) -> Option<Node> {
    let (_, svc) = services.iter().find(|(k, _)| k.scalar() == Some(name))?;
    let Some(ext) = svc.get("extends") else { return Some(svc.clone()) };
    let link = (here.file.to_path_buf(), name.to_string());
    if chain.contains(&link) {
        let path: Vec<String> = chain.iter().chain([&link]).map(|(f, n)| format!("{}:{n}", f.display())).collect();
        cx.error(ext.pos, format!("extends goes round in a circle: {}", path.join(" → ")));
        return None;
    }
    if chain.len() >= MAX_EXTENDS_DEPTH {
        cx.error(ext.pos, format!("extends chain longer than {MAX_EXTENDS_DEPTH} services, berth's limit"));
        return None;
    }
    chain.push(link);
    let dir = here.dir;
    let (base_name, file) = match (&ext.value, ext.get("service")) {
        (Value::Scalar(s, _), _) => (s.clone(), None),
        (_, Some(s)) => (s.scalar().unwrap_or_default().to_string(), ext.get("file").and_then(Node::scalar)),
        _ => {
            cx.error(ext.pos, "extends must be a service name or {service: NAME, file: PATH}");
            return None;
        }
    };
    let base = match file {
        None => {
            if !services.iter().any(|(k, _)| k.scalar() == Some(&base_name)) {
                cx.error(ext.pos, format!("extends names service '{base_name}', which this file does not define"));
                return None;
            }
            resolve_one(cx, services, here, &base_name, chain)?
        }
        Some(file) => {
            let path = normalize(&dir.join(file));
            let other = cx.read_other(&path, ext.pos, None)?;
            let other_dir = path.parent().map(Path::to_path_buf).unwrap_or_else(|| dir.to_path_buf());
            let Some(other_services) = other.get("services").and_then(Node::as_map).map(<[_]>::to_vec) else {
                cx.error(ext.pos, format!("{} has no services", path.display()));
                return None;
            };
            if !other_services.iter().any(|(k, _)| k.scalar() == Some(&base_name)) {
                cx.error(
                    ext.pos,
                    format!("extends names service '{base_name}', which {} does not define", path.display()),
                );
                return None;
            }
            let there = Here { file: &path, dir: &other_dir };
            let mut base = resolve_one(cx, &other_services, there, &base_name, chain)?;
            absolutize(&mut base, &other_dir);
            base
        }
    };
    chain.pop();
    let mut own = svc.clone();
    if let Value::Map(entries) = &mut own.value {
        entries.retain(|(k, _)| k.scalar() != Some("extends"));
    }
    let mut merged = base;
    merge::merge_service(&mut merged, own);
    Some(merged)
}

/// Every service of a file's tree with its relative paths made absolute against `dir`.
fn absolutize_services(tree: &mut Node, dir: &Path) {
    let Value::Map(entries) = &mut tree.value else { return };
    for (key, value) in entries.iter_mut() {
        if key.scalar() == Some("services") {
            if let Value::Map(services) = &mut value.value {
                services.iter_mut().for_each(|(_, svc)| absolutize(svc, dir));
            }
        }
        if matches!(key.scalar(), Some("secrets" | "configs")) {
            if let Value::Map(defs) = &mut value.value {
                // Only a definition's `file:`; a scalar here is no path.
                defs.iter_mut()
                    .filter(|(_, def)| def.as_map().is_some())
                    .for_each(|(_, def)| absolutize_path(def, "file", dir));
            }
        }
    }
}

/// A service's relative paths (build context, env files, bind sources) made absolute
/// against `dir`, the folder of the file that wrote them.
fn absolutize(svc: &mut Node, dir: &Path) {
    let Value::Map(entries) = &mut svc.value else { return };
    for (key, value) in entries.iter_mut() {
        match key.scalar() {
            Some("build") => absolutize_path(value, "context", dir),
            Some("env_file") => match &mut value.value {
                Value::Seq(items) => items.iter_mut().for_each(|i| absolutize_path(i, "path", dir)),
                _ => absolutize_path(value, "path", dir),
            },
            Some("volumes") => {
                if let Value::Seq(items) = &mut value.value {
                    items.iter_mut().for_each(|i| absolutize_volume(i, dir));
                }
            }
            _ => {}
        }
    }
}

/// A path written alone, or as `key` of a map (`build: {context}`, `env_file: [{path}]`),
/// made absolute against `dir`.
fn absolutize_path(node: &mut Node, key: &str, dir: &Path) {
    match &mut node.value {
        Value::Scalar(..) => make_absolute(node, dir),
        Value::Map(fields) => {
            fields.iter_mut().filter(|(k, _)| k.scalar() == Some(key)).for_each(|(_, v)| make_absolute(v, dir))
        }
        _ => {}
    }
}

fn absolutize_volume(item: &mut Node, dir: &Path) {
    match &mut item.value {
        Value::Scalar(text, _) => {
            if let Some((source, rest)) = text.split_once(':') {
                if is_relative_path(source) {
                    *text = format!("{}:{rest}", normalize(&dir.join(source)).display());
                }
            }
        }
        Value::Map(fields) => {
            let is_bind = fields.iter().any(|(k, v)| k.scalar() == Some("type") && v.scalar() == Some("bind"));
            if is_bind {
                fields
                    .iter_mut()
                    .filter(|(k, _)| k.scalar() == Some("source"))
                    .for_each(|(_, s)| make_absolute(s, dir));
            }
        }
        _ => {}
    }
}

/// `./x`, `../x`, `.`: a host path relative to the file (a bare name is a named volume).
fn is_relative_path(source: &str) -> bool {
    source == "." || source == ".." || source.starts_with("./") || source.starts_with("../")
}

fn make_absolute(node: &mut Node, dir: &Path) {
    if let Value::Scalar(text, _) = &mut node.value {
        let looks_remote = text.contains("://") || text.starts_with("git@");
        if !text.starts_with('/') && !text.starts_with('~') && !looks_remote {
            *text = normalize(&dir.join(&*text)).display().to_string();
        }
    }
}
