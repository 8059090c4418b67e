//! Checks across services: dependencies, cycles, ports, names, declared volumes and networks.

use std::collections::{BTreeMap, HashMap};

use super::diagnostic::{nearest, Diagnostic};
use super::model::{MountSource, Stack};

pub fn validate(stack: &Stack) -> Vec<Diagnostic> {
    let file = &stack.file;
    let mut errors = Vec::new();
    let names: Vec<&str> = stack.services.iter().map(|s| s.name.as_str()).collect();

    for svc in &stack.services {
        if svc.image.is_none() && svc.build.is_none() {
            errors.push(
                Diagnostic::new(file, svc.pos, format!("service '{}' has neither 'image' nor 'build'", svc.name))
                    .with_hint("add 'image: NAME:TAG' or 'build: ./path/to/context'"),
            );
        }
        for dep in &svc.depends_on {
            if !names.contains(&dep.service.as_str()) {
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
                if !stack.volumes.iter().any(|d| &d.name == v) {
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
            if net.name != "default" && !stack.networks.iter().any(|d| d.name == net.name) {
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
        for name in &seed.before {
            if !names.contains(&name.as_str()) {
                errors.push(Diagnostic::new(file, seed.pos, format!("seed.before names unknown service '{name}'")));
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

    errors.extend(port_conflicts(stack));
    if let Some(cycle) = find_cycle(stack) {
        let first = stack.service(&cycle[0]).map(|s| s.pos).unwrap_or_default();
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

fn port_conflicts(stack: &Stack) -> Vec<Diagnostic> {
    let mut seen: Vec<(&str, &crate::stack::model::PortMapping)> = Vec::new();
    let mut errors = Vec::new();
    for svc in &stack.services {
        for port in &svc.ports {
            let Some(host_port) = port.host_port else {
                continue;
            };
            let clash = seen.iter().find(|(_, p)| {
                p.host_port == Some(host_port)
                    && p.protocol == port.protocol
                    && ips_overlap(p.host_ip.as_deref(), port.host_ip.as_deref())
            });
            if let Some((other, p)) = clash {
                errors.push(Diagnostic::new(
                    &stack.file,
                    port.pos,
                    format!(
                        "host port {host_port}/{} of service '{}' is already published by service '{other}' (line {})",
                        port.protocol.as_str(),
                        svc.name,
                        p.pos.line
                    ),
                ));
            } else {
                seen.push((&svc.name, port));
            }
        }
    }
    errors
}

/// A dependency cycle as the list of services walked, first repeated at the end.
fn find_cycle(stack: &Stack) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let index: BTreeMap<&str, usize> = stack.services.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let mut marks = vec![Mark::New; stack.services.len()];
    let mut path: Vec<usize> = Vec::new();

    fn visit(
        i: usize,
        stack: &Stack,
        index: &BTreeMap<&str, usize>,
        marks: &mut [Mark],
        path: &mut Vec<usize>,
    ) -> Option<Vec<String>> {
        marks[i] = Mark::Active;
        path.push(i);
        for dep in &stack.services[i].depends_on {
            let Some(&j) = index.get(dep.service.as_str()) else {
                continue;
            };
            if j == i {
                continue;
            }
            match marks[j] {
                Mark::Active => {
                    let start = path.iter().position(|&p| p == j).unwrap_or(0);
                    let mut cycle: Vec<String> =
                        path[start..].iter().map(|&p| stack.services[p].name.clone()).collect();
                    cycle.push(stack.services[j].name.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(j, stack, index, marks, path) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks[i] = Mark::Done;
        None
    }

    for i in 0..stack.services.len() {
        if marks[i] == Mark::New {
            if let Some(c) = visit(i, stack, &index, &mut marks, &mut path) {
                return Some(c);
            }
        }
    }
    None
}

/// Services grouped in waves: each wave depends only on earlier waves, so a wave can start in parallel.
/// Assumes a validated (acyclic) stack; within a wave, file order is kept.
pub fn start_waves(stack: &Stack) -> Vec<Vec<String>> {
    let mut placed: Vec<&str> = Vec::new();
    let mut waves = Vec::new();
    while placed.len() < stack.services.len() {
        let wave: Vec<String> = stack
            .services
            .iter()
            .filter(|s| !placed.contains(&s.name.as_str()))
            .filter(|s| {
                s.depends_on.iter().all(|d| placed.contains(&d.service.as_str()) || stack.service(&d.service).is_none())
            })
            .map(|s| s.name.clone())
            .collect();
        if wave.is_empty() {
            break; // a cycle: validation reports it
        }
        for name in &wave {
            if let Some(s) = stack.service(name) {
                placed.push(&s.name);
            }
        }
        waves.push(wave);
    }
    waves
}
