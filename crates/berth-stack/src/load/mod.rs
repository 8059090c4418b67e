//! From a stack file (berth's format or compose, with `x-berth`) to a [`Stack`].
//!
//! Every error carries file:line:column; loading goes on after an error so
//! that one run reports everything wrong with a file. `input` reads the files and the
//! project's variables, `context` turns them into interpolated trees and holds what the
//! sections share, `top` and `service` read the sections, `keys` lists what each accepts.

mod context;
mod grants;
mod input;
mod keys;
mod runtime_keys;
mod service;
mod top;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Diagnostics, Pos};
use super::extends;
use super::interpolate::Vars;
use super::merge;
use super::model::*;
use super::reader::NodeReader;
use super::validate;
use super::yaml::{Node, Value};

pub(crate) use context::Cx;
use context::MAX_FILES;
pub(crate) use input::normalize;
pub use input::{
    compose_setting, env_files, project_vars, read_error_pos, read_text, truthy, utf8_text, InvalidUtf8, LoadOptions,
    PIPE_DEADLINE,
};
pub use top::MAX_SERVICES;

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

/// Reads, interpolates, merges and validates the stack's files.
pub fn load(opts: &LoadOptions) -> Result<Loaded, Diagnostics> {
    let Some(first) = opts.files.first() else {
        return Err(Diagnostics(vec![Diagnostic::new(Path::new("."), Pos::new(1, 1), "no stack file given")]));
    };
    let dir = match &opts.project_dir {
        Some(dir) => dir.as_path(),
        None => {
            first.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }).unwrap_or(Path::new("."))
        }
    };
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

/// Loads stack text as if read from `file`; relative paths resolve against `dir`. Every service
/// is kept, whatever its profiles.
pub fn load_str(text: &str, file: &Path, dir: &Path, vars: &Vars) -> Result<Loaded, Diagnostics> {
    load_sources(&[(file.to_path_buf(), text.to_string())], dir, vars, None)
}

/// The files' texts merged in order; `selection` is the enabled profiles and the services
/// named on the command line (None keeps every service).
fn load_sources(
    sources: &[(PathBuf, String)],
    dir: &Path,
    vars: &Vars,
    selection: Option<(&[String], &[String])>,
) -> Result<Loaded, Diagnostics> {
    let file = &sources[0].0;
    // Compose fills `${COMPOSE_PROJECT_NAME}` in the files with the project's name, wherever
    // that name comes from; looked for only in files that use it.
    let with_name;
    let vars = match vars.get("COMPOSE_PROJECT_NAME").is_some_and(|n| !n.is_empty())
        || !sources.iter().any(|(_, text)| text.contains("COMPOSE_PROJECT_NAME"))
    {
        true => vars,
        false => {
            let mut named = vars.clone();
            named.set("COMPOSE_PROJECT_NAME", &top::name_ahead(sources, dir, vars));
            with_name = named;
            &with_name
        }
    };
    if sources.len() > MAX_FILES {
        return Err(Diagnostics(vec![Diagnostic::new(
            file,
            Pos::new(1, 1),
            format!("more than {MAX_FILES} stack files"),
        )]));
    }
    let mut cx = Cx {
        reader: NodeReader::for_stack(file.clone()),
        dir,
        vars,
        secrets: BTreeMap::new(),
        secrets_in_error: Default::default(),
        configs: BTreeMap::new(),
        unset_warned: Default::default(),
        sources: sources.iter().map(|(p, _)| p.clone()).collect(),
        engine: Default::default(),
        env_files: Default::default(),
        env_file_errors: Vec::new(),
        interpolated_bytes: 0,
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
        return Err(Diagnostics::capped(in_source(std::mem::take(&mut cx.errors))));
    }
    let stack = cx.stack(&root);
    let mut profiles = Vec::new();
    let mut disabled = Vec::new();
    let stack = stack.map(|mut stack| {
        stack.sources = cx.sources.clone();
        profiles = super::profiles::declared(&stack);
        cx.errors.extend(validate::undefined_optional_dependencies(&stack));
        if let Some((enabled, named)) = selection {
            let (errors, left_out) = super::profiles::select(&mut stack, enabled, named);
            cx.errors.extend(errors);
            disabled = left_out;
        }
        super::profiles::drop_optional_missing(&mut stack);
        let env_file_errors = std::mem::take(&mut cx.env_file_errors);
        cx.errors.extend(env_file_errors.into_iter().filter(|(svc, _)| stack.service(svc).is_some()).map(|(_, d)| d));
        cx.errors.extend(validate::validate(&stack));
        replace_with_seed(&mut stack);
        stack
    });
    if let Some(stack) = &stack {
        cx.warnings.extend(validate::shared_host_port_warnings(stack));
    }
    let warnings = in_source(std::mem::take(&mut cx.warnings));
    match stack {
        Some(stack) if cx.errors.is_empty() => Ok(Loaded { stack, warnings, vars: vars.clone(), profiles, disabled }),
        _ => {
            let mut errors = in_source(std::mem::take(&mut cx.errors));
            errors.sort_by_key(|d| d.pos);
            Err(Diagnostics::with_warnings(errors, warnings))
        }
    }
}

/// Leaves out the services the seed replaces (`seed.replaces`: the fixture jobs a file gives
/// plain compose); a service that waited for one of them waits for the seed instead. Names
/// the file does not have are the validator's to report.
fn replace_with_seed(stack: &mut Stack) {
    let Some(seed) = stack.seed.as_mut() else { return };
    if seed.replaces.is_empty() {
        return;
    }
    let replaced = seed.replaces.clone();
    stack.services.retain(|svc| !replaced.contains(&svc.name));
    for svc in &mut stack.services {
        let before = svc.depends_on.len();
        svc.depends_on.retain(|dep| !replaced.contains(&dep.service));
        if svc.depends_on.len() != before && !seed.before.contains(&svc.name) {
            seed.before.push(svc.name.clone());
        }
    }
    seed.before.retain(|name| !replaced.contains(name));
}
