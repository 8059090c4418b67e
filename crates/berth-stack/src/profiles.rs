//! `profiles:` as compose applies them: a service with profiles runs only when one
//! of them is enabled (`--profile`, `COMPOSE_PROFILES`, `*` for all) or when it is
//! named on the command line; a service without profiles always runs.

use std::collections::BTreeSet;

use super::diagnostic::Diagnostic;
use super::model::{Service, Stack};

/// Every profile a service of the stack declares, sorted.
pub fn declared(stack: &Stack) -> Vec<String> {
    let all: BTreeSet<&String> = stack.services.iter().flat_map(|s| &s.profiles).collect();
    all.into_iter().cloned().collect()
}

/// Takes out the services whose profiles are not enabled (returned second). An enabled
/// service that needs one of them is an error (compose: "depends on undefined service"),
/// said with the profile to enable.
pub fn select(stack: &mut Stack, enabled: &[String], named: &[String]) -> (Vec<Diagnostic>, Vec<Service>) {
    if enabled.iter().any(|p| p == "*") {
        return (Vec::new(), Vec::new());
    }
    let mut on: BTreeSet<String> = enabled.iter().cloned().collect();
    for svc in stack.services.iter().filter(|s| named.contains(&s.name)) {
        on.extend(svc.profiles.iter().cloned());
    }
    let active = |profiles: &[String]| profiles.is_empty() || profiles.iter().any(|p| on.contains(p));
    let (kept, dropped): (Vec<_>, Vec<_>) =
        std::mem::take(&mut stack.services).into_iter().partition(|s| active(&s.profiles));
    let mut errors = Vec::new();
    for svc in &kept {
        let needed = svc
            .depends_on
            .iter()
            // `required: false`: a dependency left out by its profile is no error, as in compose.
            .filter(|d| d.required)
            .map(|d| (d.service.clone(), d.pos))
            .chain(svc.runtime.services_needed().into_iter().map(|name| (name, svc.pos)));
        for (name, pos) in needed {
            if let Some(off) = dropped.iter().find(|d| d.name == name) {
                let file = stack.sources.get(usize::from(pos.src)).unwrap_or(&stack.file);
                errors.push(
                    Diagnostic::new(
                        file,
                        pos,
                        format!(
                            "service '{}' depends on '{name}', which is only in profile {} and that is not enabled",
                            svc.name,
                            off.profiles.join(", ")
                        ),
                    )
                    .with_hint(format!(
                        "enable it: --profile {} (or COMPOSE_PROFILES={})",
                        off.profiles[0], off.profiles[0]
                    )),
                );
            }
        }
    }
    stack.services = kept;
    (errors, dropped)
}

/// Dependencies marked `required: false` on a service that is not in the stack (or not
/// enabled) are passed over, as compose does.
pub fn drop_optional_missing(stack: &mut Stack) {
    let names: BTreeSet<String> = stack.services.iter().map(|s| s.name.clone()).collect();
    for svc in &mut stack.services {
        svc.depends_on.retain(|d| d.required || names.contains(&d.service));
    }
}
