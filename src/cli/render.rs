//! Plain-text renderings of stack facts for the headless commands.

use std::fmt::Write;

use berth::engine::ContainerState;
use berth::stack::{start_waves, MountSource, PortMapping, Stack};

/// The stack as `berth validate` prints it: services in start order with what they run and how they are probed.
pub fn resolved_stack(stack: &Stack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "stack {} ({})", stack.name, stack.file.display());
    if let Some(seed) = &stack.seed {
        let _ = writeln!(out, "seed folder: {}", seed.folder.display());
        if !seed.before.is_empty() {
            let _ = writeln!(out, "  seeded before: {}", seed.before.join(", "));
        }
        if !seed.replaces.is_empty() {
            let _ = writeln!(out, "  left out, the seed does their work: {}", seed.replaces.join(", "));
        }
    }
    // By name once: looking each one up in the list made 100,000 services take minutes.
    let by_name: std::collections::HashMap<&str, &berth::stack::Service> =
        stack.services.iter().map(|s| (s.name.as_str(), s)).collect();
    for (i, wave) in start_waves(stack).iter().enumerate() {
        let _ = writeln!(out, "start wave {}:", i + 1);
        for name in wave {
            let Some(svc) = by_name.get(name.as_str()) else {
                continue;
            };
            let _ = writeln!(out, "  {name}");
            if let Some(image) = &svc.image {
                let _ = writeln!(out, "    image: {image}");
            }
            if let Some(build) = &svc.build {
                let target = build.target.as_deref().map(|t| format!(" (target {t})")).unwrap_or_default();
                let _ = writeln!(out, "    build: {}{target}", build.context.display());
            }
            if !svc.ports.is_empty() {
                let _ = writeln!(out, "    ports: {}", port_ranges(&svc.ports).join(", "));
            }
            if !svc.depends_on.is_empty() {
                let deps: Vec<String> =
                    svc.depends_on.iter().map(|d| format!("{} ({})", d.service, d.condition.as_str())).collect();
                let _ = writeln!(out, "    depends on: {}", deps.join(", "));
            }
            let volumes: Vec<String> = svc
                .volumes
                .iter()
                .map(|m| {
                    let src = match &m.source {
                        MountSource::Bind(p) => p.display().to_string(),
                        MountSource::Volume(v) => format!("volume {v}"),
                        MountSource::Anonymous => "anonymous".into(),
                        MountSource::Tmpfs => "tmpfs".into(),
                        MountSource::Unsupported { kind, source } => {
                            format!("{kind} {}", source.as_deref().unwrap_or(""))
                        }
                    };
                    format!("{src}→{}{}", m.target, if m.read_only { " (ro)" } else { "" })
                })
                .collect();
            if !volumes.is_empty() {
                let _ = writeln!(out, "    volumes: {}", volumes.join(", "));
            }
            match &svc.probe {
                Some(p) => {
                    let _ = writeln!(out, "    probe: {}", p.check.describe());
                }
                None => {
                    let _ = writeln!(out, "    probe: none (ready once running)");
                }
            }
        }
    }
    out
}

/// Published ports, consecutive ones folded into ranges as they were written (`4510-4559→4510-4559/tcp`).
pub fn port_ranges(ports: &[PortMapping]) -> Vec<String> {
    let mut runs: Vec<(&PortMapping, u16)> = Vec::new();
    for p in ports {
        if let Some((first, len)) = runs.last_mut() {
            let step = *len;
            let continues = first.host_ip == p.host_ip
                && first.protocol == p.protocol
                && first.container_port.checked_add(step) == Some(p.container_port)
                && first.host_port.map(|h| h.checked_add(step)) == p.host_port.map(Some)
                && first.host_port_last.is_none()
                && p.host_port_last.is_none();
            if continues {
                *len += 1;
                continue;
            }
        }
        runs.push((p, 1));
    }
    runs.iter()
        .map(|(p, len)| {
            let range = |start: u16| {
                if *len == 1 {
                    start.to_string()
                } else {
                    format!("{start}-{}", start + len - 1)
                }
            };
            let host_range = |hp: u16| match p.host_port_last {
                Some(last) => format!("{hp}-{last}"),
                None => range(hp),
            };
            let host = match (&p.host_ip, p.host_port) {
                (Some(ip), Some(hp)) => format!("{ip}:{}", host_range(hp)),
                (None, Some(hp)) => host_range(hp),
                (Some(ip), None) => format!("{ip}:auto"),
                (None, None) => "auto".to_string(),
            };
            format!("{host}→{}/{}", range(p.container_port), p.protocol.as_str())
        })
        .collect()
}

/// `berth status` as a table.
pub fn status_table(status: &berth::engine::status::StackStatus) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<14} {:<15} {:<10} {:<13} {:<10} {:>8} {:>7} {:>7}  PORTS",
        "SERVICE", "STATE", "HEALTH", "CONTAINER", "UPTIME", "RESTARTS", "CPU", "MEM"
    );
    for s in &status.services {
        let uptime = s
            .started_at
            .as_deref()
            .filter(|_| s.state == ContainerState::Running)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| human_duration(chrono::Utc::now().signed_duration_since(t).num_seconds()))
            .unwrap_or_else(|| "-".into());
        let state = match s.exit_code {
            Some(code) if s.state != ContainerState::Running => format!("{} ({code})", s.state),
            _ => s.state.to_string(),
        };
        let id = s.container_id.as_deref().map(|i| &i[..i.len().min(12)]).unwrap_or("-");
        let _ = writeln!(
            out,
            "{:<14} {:<15} {:<10} {:<13} {:<10} {:>8} {:>7} {:>7}  {}",
            s.name,
            state,
            s.health,
            id,
            uptime,
            s.restart_count,
            s.usage.map_or("-".into(), |u| format!("{:.1}%", u.cpu_percent)),
            s.usage.map_or("-".into(), |u| berth::engine::stats::human_bytes(u.memory_bytes)),
            s.ports.join(", ")
        );
    }
    if status.services.iter().any(|s| !s.tasks.is_empty()) {
        let _ = writeln!(
            out,
            "\n{:<14} {:>4}  {:<16} {:<10} {:>8}  LAST ERROR",
            "SWARM TASK", "SLOT", "NODE", "STATE", "RESTARTS"
        );
        for s in &status.services {
            for t in &s.tasks {
                let _ = writeln!(
                    out,
                    "{:<14} {:>4}  {:<16} {:<10} {:>8}  {}",
                    s.name,
                    t.slot,
                    t.node,
                    t.state,
                    t.restarts,
                    t.last_error.as_deref().unwrap_or("-")
                );
            }
        }
    }
    out
}

fn human_duration(secs: i64) -> String {
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m{}s", s / 60, s % 60),
        s => format!("{}h{}m", s / 3600, (s % 3600) / 60),
    }
}
