//! The labels that mark a Docker resource as berth's. Cleanup filters on
//! them, never on names: a same-named resource without them is not ours.

pub const MANAGED: &str = "dev.berth.managed";
pub const STACK: &str = "dev.berth.stack";
pub const SERVICE: &str = "dev.berth.service";
pub const CONFIG_HASH: &str = "dev.berth.config-hash";
/// On a one-off container (`berth run`): the service it was made from. Such a container has no
/// [`SERVICE`] label, so nothing takes it for the service's own.
pub const ONE_OFF: &str = "dev.berth.one-off";

/// Filter for `list_*` calls: everything berth made for `stack`.
pub fn stack_filter(stack: &str) -> std::collections::HashMap<String, Vec<String>> {
    [("label".to_string(), vec![format!("{MANAGED}=true"), format!("{STACK}={stack}")])].into()
}

pub fn for_stack(stack: &str) -> std::collections::HashMap<String, String> {
    [(MANAGED.to_string(), "true".to_string()), (STACK.to_string(), stack.to_string())].into()
}

/// True when `labels` say the resource belongs to `stack`.
pub fn owned_by(labels: Option<&std::collections::HashMap<String, String>>, stack: &str) -> bool {
    labels.is_some_and(|l| {
        l.get(MANAGED).map(String::as_str) == Some("true") && l.get(STACK).map(String::as_str) == Some(stack)
    })
}

/// The stack service a container of ours was made for, from its labels.
pub fn service_of(container: &bollard::models::ContainerSummary) -> Option<&str> {
    container.labels.as_ref()?.get(SERVICE).map(String::as_str)
}
