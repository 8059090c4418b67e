//! Checks across services: dependencies, cycles, ports, names, declared volumes and networks.

use std::collections::{HashMap, HashSet};

use super::diagnostic::{nearest, Diagnostic};
use super::model::{MountSource, Stack, SEED_STEP};

/// `depends_on` naming a service the files do not define at all, with `required: false`:
/// compose refuses it whatever `required` says (`required: false` only excuses a service
/// left out by a profile). Checked on every service of the files, before profiles apply.
pub fn undefined_optional_dependencies(stack: &Stack) -> Vec<Diagnostic> {
    let names: HashSet<&str> = stack.services.iter().map(|s| s.name.as_str()).collect();
    let mut errors = Vec::new();
    for svc in &stack.services {
        for dep in svc.depends_on.iter().filter(|d| !d.required && !names.contains(d.service.as_str())) {
            let message = format!("service '{}' depends on undefined service '{}'", svc.name, dep.service);
            let mut d = Diagnostic::new(&stack.file, dep.pos, message);
            if let Some(best) = nearest(&dep.service, names.iter().copied().filter(|n| *n != svc.name)) {
                d = d.with_hint(format!("did you mean '{best}'?"));
            }
            errors.push(d);
        }
    }
    errors
}

pub fn validate(stack: &Stack) -> Vec<Diagnostic> {
    let file = &stack.file;
    let mut errors = Vec::new();
    let names: HashSet<&str> = stack.services.iter().map(|s| s.name.as_str()).collect();
    let volumes: HashSet<&str> = stack.volumes.iter().map(|v| v.name.as_str()).collect();
    let networks: HashSet<&str> = stack.networks.iter().map(|n| n.name.as_str()).collect();

    for svc in &stack.services {
        if svc.image.is_none() && svc.build.is_none() && svc.runtime.provider.is_none() {
            errors.push(
                Diagnostic::new(file, svc.pos, format!("service '{}' has neither 'image' nor 'build'", svc.name))
                    .with_hint(
                    "add 'image: NAME:TAG' or 'build: ./path/to/context' (an 'image' whose variable is unset is empty)",
                ),
            );
        }
        for dep in &svc.depends_on {
            if !names.contains(dep.service.as_str()) && dep.required {
                let mut d = Diagnostic::new(
                    file,
                    dep.pos,
                    format!("service '{}' depends on unknown service '{}'", svc.name, dep.service),
                );
                if let Some(best) = nearest(&dep.service, names.iter().copied()) {
                    d = d.with_hint(format!("did you mean '{best}'?"));
                }
                errors.push(d);
            } else if dep.service == svc.name {
                errors.push(Diagnostic::new(file, dep.pos, format!("service '{}' depends on itself", svc.name)));
            }
        }
        for mount in &svc.volumes {
            if let MountSource::Volume(v) = &mount.source {
                if !volumes.contains(v.as_str()) {
                    errors.push(
                        Diagnostic::new(
                            file,
                            svc.pos,
                            format!("service '{}' uses volume '{v}', which is not declared", svc.name),
                        )
                        .with_hint(format!("add it under the top-level 'volumes:' ('{v}: {{}}')")),
                    );
                }
            }
        }
        for net in &svc.networks {
            if net.name != "default" && !networks.contains(net.name.as_str()) {
                errors.push(
                    Diagnostic::new(
                        file,
                        svc.pos,
                        format!("service '{}' uses network '{}', which is not declared", svc.name, net.name),
                    )
                    .with_hint("add it under the top-level 'networks:'"),
                );
            }
        }
    }

    if let Some(seed) = &stack.seed {
        if let Some(svc) = stack.service(SEED_STEP) {
            errors.push(
                Diagnostic::new(
                    file,
                    svc.pos,
                    format!("the service name '{SEED_STEP}' is berth's seed step in a stack with a seed folder"),
                )
                .with_hint(format!("rename the service (e.g. '{SEED_STEP}-job')")),
            );
        }
        for name in &seed.before {
            if !names.contains(name.as_str()) {
                errors.push(Diagnostic::new(file, seed.pos, format!("seed.before names unknown service '{name}'")));
            }
        }
        for name in &seed.replaces {
            if !names.contains(name.as_str()) {
                errors.push(Diagnostic::new(file, seed.pos, format!("seed.replaces names unknown service '{name}'")));
            }
            // Left out, it can lend nothing: not its namespace, volumes or links.
            for svc in &stack.services {
                if svc.runtime.services_needed().contains(name) {
                    errors.push(
                        Diagnostic::new(
                            file,
                            seed.pos,
                            format!("seed.replaces names '{name}', whose container service '{}' needs (its namespace, volumes or links)", svc.name),
                        )
                        .with_hint(format!("leave '{name}' out of seed.replaces")),
                    );
                }
            }
        }
    }

    let mut container_names: HashMap<&str, &str> = HashMap::new();
    for svc in &stack.services {
        if let Some(cn) = &svc.container_name {
            if let Some(first) = container_names.insert(cn, &svc.name) {
                errors.push(Diagnostic::new(
                    file,
                    svc.pos,
                    format!("container_name '{cn}' is used by both '{first}' and '{}'", svc.name),
                ));
            }
        }
    }

    if let Some(cycle) = find_cycle(stack) {
        let first = stack.services.iter().find(|s| s.name == cycle[0]).map(|s| s.pos).unwrap_or_default();
        errors.push(
            Diagnostic::new(file, first, format!("dependency cycle: {}", cycle.join(" → ")))
                .with_hint("remove one of these depends_on entries"),
        );
    }
    errors
}

fn ips_overlap(a: Option<&str>, b: Option<&str>) -> bool {
    let wildcard = |ip: Option<&str>| matches!(ip, None | Some("0.0.0.0") | Some("::"));
    wildcard(a) || wildcard(b) || a == b
}

/// A host port two published mappings both claim (two services, or one twice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedHostPort<'a> {
    pub service: &'a str,
    pub port: &'a crate::model::PortMapping,
    /// The service that published it first, and where.
    pub first: &'a str,
    pub first_pos: crate::diagnostic::Pos,
}

/// Host ports claimed twice among the services `wanted` picks. Compose accepts such a file (a
/// `runner` service beside the app is a common pattern): only the engine objects, and only
/// when both run at once. So loading warns, and `up` refuses just the pair it would start.
pub fn shared_host_ports<'a>(stack: &'a Stack, wanted: impl Fn(&str) -> bool) -> Vec<SharedHostPort<'a>> {
    // Published ports by (host port, protocol): each mapping is compared only with
    // the few that share its port, so a stack with many ports stays linear.
    type Published<'a> = Vec<(&'a str, &'a crate::model::PortMapping)>;
    let mut seen: HashMap<(u16, &str), Published> = HashMap::new();
    let mut shared = Vec::new();
    for svc in stack.services.iter().filter(|s| wanted(&s.name)) {
        for port in &svc.ports {
            // A host range is the engine's to choose from: it takes a free one.
            let (Some(host_port), None) = (port.host_port, port.host_port_last) else {
                continue;
            };
            let same_port = seen.entry((host_port, port.protocol.as_str())).or_default();
            let clash = same_port.iter().find(|(_, p)| ips_overlap(p.host_ip.as_deref(), port.host_ip.as_deref()));
            if let Some((first, p)) = clash {
                shared.push(SharedHostPort { service: &svc.name, port, first, first_pos: p.pos });
            } else {
                same_port.push((&svc.name, port));
            }
        }
    }
    shared
}

/// Each shared host port as a warning where its second claim is written.
pub fn shared_host_port_warnings(stack: &Stack) -> Vec<Diagnostic> {
    shared_host_ports(stack, |_| true)
        .into_iter()
        .map(|s| {
            let mut d = Diagnostic::new(
                &stack.file,
                s.port.pos,
                format!(
                    "host port {}/{} of service '{}' is also published by service '{}' (line {}): the two cannot run at once",
                    s.port.host_port.unwrap_or_default(),
                    s.port.protocol.as_str(),
                    s.service,
                    s.first,
                    s.first_pos.line
                ),
            );
            d.warning = true;
            d
        })
        .collect()
}

fn dependency_indices(stack: &Stack) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = stack.services.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    stack
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.depends_on.iter().filter_map(|d| index.get(d.service.as_str()).copied()).filter(|&j| j != i).collect()
        })
        .collect()
}

/// A dependency cycle as the list of services walked, first repeated at the end.
///
/// Iterative depth-first search: a chain of 100,000 services must not overflow the stack.
fn find_cycle(stack: &Stack) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let deps = dependency_indices(stack);
    let mut marks = vec![Mark::New; deps.len()];
    // The path being walked: (service, how many of its dependencies were visited).
    let mut path: Vec<(usize, usize)> = Vec::new();
    for root in 0..deps.len() {
        if marks[root] != Mark::New {
            continue;
        }
        marks[root] = Mark::Active;
        path.push((root, 0));
        while let Some((i, next)) = path.last_mut() {
            let i = *i;
            let Some(&j) = deps[i].get(*next) else {
                marks[i] = Mark::Done;
                path.pop();
                continue;
            };
            *next += 1;
            match marks[j] {
                Mark::Active => {
                    let start = path.iter().position(|&(p, _)| p == j).unwrap_or(0);
                    let mut cycle: Vec<String> =
                        path[start..].iter().map(|&(p, _)| stack.services[p].name.clone()).collect();
                    cycle.push(stack.services[j].name.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    marks[j] = Mark::Active;
                    path.push((j, 0));
                }
                Mark::Done => {}
            }
        }
    }
    None
}

/// Services grouped in waves: each wave depends only on earlier waves, so a wave can start in parallel.
/// Assumes a validated (acyclic) stack; within a wave, file order is kept. Services in a cycle are
/// left out (validation reports the cycle).
/// Every service, each after what it depends on (file order otherwise).
pub fn start_order(stack: &Stack) -> Vec<String> {
    start_waves(stack).into_iter().flatten().collect()
}

pub fn start_waves(stack: &Stack) -> Vec<Vec<String>> {
    let deps = dependency_indices(stack);
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); deps.len()];
    let mut waiting: Vec<usize> = deps.iter().map(Vec::len).collect();
    for (i, ds) in deps.iter().enumerate() {
        for &j in ds {
            dependents[j].push(i);
        }
    }
    let mut wave: Vec<usize> = (0..deps.len()).filter(|&i| waiting[i] == 0).collect();
    let mut waves = Vec::new();
    while !wave.is_empty() {
        let mut next = Vec::new();
        for &i in &wave {
            for &k in &dependents[i] {
                waiting[k] -= 1;
                if waiting[k] == 0 {
                    next.push(k);
                }
            }
        }
        next.sort_unstable();
        waves.push(wave.iter().map(|&i| stack.services[i].name.clone()).collect());
        wave = next;
    }
    waves
}
