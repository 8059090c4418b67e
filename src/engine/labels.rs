//! The labels that mark a Docker resource as berth's. Cleanup filters on
//! them, never on names: a same-named resource without them is not ours.

pub const MANAGED: &str = "dev.berth.managed";
pub const STACK: &str = "dev.berth.stack";
pub const SERVICE: &str = "dev.berth.service";
pub const CONFIG_HASH: &str = "dev.berth.config-hash";
/// On a one-off container (`berth run`): the service it was made from. Such a container has no
/// [`SERVICE`] label, so nothing takes it for the service's own.
pub const ONE_OFF: &str = "dev.berth.one-off";

/// Compose's own labels, with compose's values, so `docker compose -p STACK ps/logs/exec`,
/// Docker Desktop and editors see a berth stack as a compose project. berth's labels stay
/// the proof of ownership: a container with only these is compose's, and never berth's.
pub fn compose_labels(
    stack: &crate::stack::Stack,
    svc: &crate::stack::Service,
    config_hash: &str,
) -> std::collections::HashMap<String, String> {
    let files: Vec<String> = stack
        .sources
        .iter()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()).display().to_string())
        .collect();
    let depends_on: Vec<String> =
        svc.depends_on.iter().map(|d| format!("{}:{}:{}", d.service, d.condition.as_compose(), d.restart)).collect();
    [
        ("com.docker.compose.project", stack.name.clone()),
        ("com.docker.compose.service", svc.name.clone()),
        ("com.docker.compose.container-number", "1".to_string()),
        ("com.docker.compose.oneoff", "False".to_string()),
        ("com.docker.compose.config-hash", config_hash.to_string()),
        ("com.docker.compose.project.config_files", files.join(",")),
        ("com.docker.compose.project.working_dir", stack.dir.display().to_string()),
        ("com.docker.compose.depends_on", depends_on.join(",")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// compose's label that marks a one-off container (`run`) as one.
pub const COMPOSE_ONE_OFF: &str = "com.docker.compose.oneoff";

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

/// A container's name as the engine shows it, without the leading `/`.
pub fn container_name(container: &bollard::models::ContainerSummary) -> String {
    let name = container.names.as_ref().and_then(|n| n.first()).map(|n| n.trim_start_matches('/').to_string());
    name.or_else(|| container.id.clone()).unwrap_or_default()
}

/// The stack service a container of ours was made for, from its labels.
pub fn service_of(container: &bollard::models::ContainerSummary) -> Option<&str> {
    container.labels.as_ref()?.get(SERVICE).map(String::as_str)
}
