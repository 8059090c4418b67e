//! `berth ps`: the stack's containers as Docker Compose v2's `ps` prints them, so scripts
//! written for compose (`ps --format json`, `ps -q`, `ps --services`, `--status`, Go-style
//! `{{.Field}}` templates) work unchanged. `berth status` stays berth's own view.

use std::collections::BTreeMap;

use berth::engine::Engine;
use bollard::models::ContainerSummary;
use serde_json::{json, Value};

use super::error::{CliError, CmdResult};
use berth::stack::Loaded;

use super::stack_input::known_services;

/// What `ps` was asked for.
#[derive(Debug, Clone, Default)]
pub struct PsRequest {
    pub services: Vec<String>,
    pub all: bool,
    pub quiet: bool,
    pub service_names: bool,
    pub statuses: Vec<String>,
    pub filters: Vec<String>,
    pub format: Option<String>,
    pub no_trunc: bool,
    /// Containers of services the stack file no longer has (compose's `--orphans`).
    pub orphans: bool,
}

/// The states compose's `--status` takes.
const STATES: [&str; 8] = ["paused", "restarting", "removing", "running", "dead", "created", "exited", "stopped"];

pub async fn ps(engine: &Engine, loaded: &Loaded, request: PsRequest) -> CmdResult {
    known_services(&loaded.stack, &request.services)?;
    let mut wanted_states = request.statuses.clone();
    for filter in &request.filters {
        match filter.split_once('=') {
            Some(("status", state)) => wanted_states.push(state.to_string()),
            _ => {
                return Err(CliError::Usage(format!(
                    "--filter '{filter}': berth's ps filters by status only (--filter status=running)"
                )))
            }
        }
    }
    if let Some(bad) = wanted_states.iter().find(|s| !STATES.contains(&s.as_str())) {
        return Err(CliError::Usage(format!("--status '{bad}': expected one of {}", STATES.join(", "))));
    }
    let now = chrono::Utc::now().timestamp();
    // The services of disabled profiles are the stack's, not orphans.
    let known = loaded.with_disabled();
    let mut rows: Vec<Row> = engine
        .stack_containers(&loaded.stack.name)
        .await?
        .iter()
        // As compose: one-off containers (`berth run`) are not the services'.
        .filter(|c| berth::engine::labels::service_of(c).is_some())
        .map(|c| Row::of(c, &loaded.stack.name, now))
        .filter(|r| request.services.is_empty() || request.services.contains(&r.service))
        .filter(|r| request.orphans || known.service(&r.service).is_some())
        .filter(|r| match wanted_states.is_empty() {
            // As compose: without -a or a status, only running containers.
            true => request.all || r.state == "running",
            false => wanted_states.iter().any(|s| s == &r.state || (s == "stopped" && r.state == "exited")),
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    if request.quiet {
        rows.iter().for_each(|r| println!("{}", r.full_id));
        return Ok(());
    }
    if request.service_names {
        let mut seen = Vec::new();
        for r in &rows {
            if !seen.contains(&r.service) {
                println!("{}", r.service);
                seen.push(r.service.clone());
            }
        }
        return Ok(());
    }
    match request.format.as_deref().unwrap_or("table") {
        "table" => print!("{}", table(&rows, request.no_trunc)),
        "json" => rows.iter().for_each(|r| println!("{}", r.json())),
        template => print!("{}", render_template(template, &rows)?),
    }
    Ok(())
}

/// One container, with the fields compose's `ps` knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub full_id: String,
    pub name: String,
    pub service: String,
    pub project: String,
    pub image: String,
    /// As the engine lists it, unquoted.
    pub command: String,
    pub created_at: String,
    pub running_for: String,
    pub state: String,
    pub status: String,
    pub health: String,
    pub exit_code: i64,
    pub labels: String,
    pub local_volumes: usize,
    pub mounts: String,
    pub networks: String,
    pub publishers: Vec<Publisher>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Publisher {
    pub target: u16,
    pub published: u16,
    pub url: String,
    pub protocol: String,
}

impl Row {
    pub fn of(c: &ContainerSummary, project: &str, now: i64) -> Row {
        let labels: BTreeMap<String, String> = c.labels.clone().unwrap_or_default().into_iter().collect();
        let status = c.status.clone().unwrap_or_default();
        let created = c.created.unwrap_or(now);
        let mut publishers: Vec<Publisher> = c
            .ports
            .iter()
            .flatten()
            .map(|p| Publisher {
                target: p.private_port,
                published: p.public_port.unwrap_or(0),
                url: p.ip.clone().unwrap_or_default(),
                protocol: p.typ.map(|t| t.to_string()).unwrap_or_else(|| "tcp".into()),
            })
            .collect();
        publishers.sort();
        publishers.dedup();
        let mounts = c.mounts.clone().unwrap_or_default();
        let mut networks: Vec<String> = c
            .network_settings
            .as_ref()
            .and_then(|n| n.networks.as_ref())
            .map(|n| n.keys().cloned().collect())
            .unwrap_or_default();
        networks.sort();
        Row {
            full_id: c.id.clone().unwrap_or_default(),
            name: c.names.iter().flatten().next().map(|n| n.trim_start_matches('/').to_string()).unwrap_or_default(),
            service: berth::engine::labels::service_of(c).unwrap_or_default().to_string(),
            project: project.to_string(),
            image: c.image.clone().unwrap_or_default(),
            command: c.command.clone().unwrap_or_default(),
            created_at: chrono::DateTime::from_timestamp(created, 0)
                .map(|t| t.format("%Y-%m-%d %H:%M:%S +0000 UTC").to_string())
                .unwrap_or_default(),
            running_for: format!("{} ago", human_duration(now.saturating_sub(created))),
            state: c.state.map(|s| s.to_string()).unwrap_or_default(),
            health: health_of(&status),
            exit_code: exit_code_of(&status),
            status,
            labels: labels.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(","),
            local_volumes: mounts.iter().filter(|m| m.typ.as_deref() == Some("volume")).count(),
            mounts: mounts
                .iter()
                .filter_map(|m| m.name.clone().filter(|n| !n.is_empty()).or_else(|| m.source.clone()))
                .collect::<Vec<_>>()
                .join(","),
            networks: networks.join(","),
            publishers,
        }
    }

    /// The short id compose prints.
    fn id(&self) -> String {
        self.full_id.chars().take(12).collect()
    }

    /// `127.0.0.1:47001->80/tcp, 9000/tcp`, as compose's Ports.
    fn ports(&self) -> String {
        self.publishers
            .iter()
            .map(|p| match p.published {
                0 => format!("{}/{}", p.target, p.protocol),
                published => format!("{}:{published}->{}/{}", p.url, p.target, p.protocol),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One field by the name compose's templates use, or None for a name it does not have.
    fn field(&self, name: &str) -> Option<String> {
        Some(match name {
            "ID" => self.id(),
            "Name" | "Names" => self.name.clone(),
            "Service" => self.service.clone(),
            "Project" => self.project.clone(),
            "Image" => self.image.clone(),
            "Command" => format!("\"{}\"", self.command),
            "CreatedAt" => self.created_at.clone(),
            "RunningFor" => self.running_for.clone(),
            "State" => self.state.clone(),
            "Status" => self.status.clone(),
            "Health" => self.health.clone(),
            "ExitCode" => self.exit_code.to_string(),
            "Labels" => self.labels.clone(),
            "LocalVolumes" => self.local_volumes.to_string(),
            "Mounts" => self.mounts.clone(),
            "Networks" => self.networks.clone(),
            "Ports" => self.ports(),
            "Size" => "0B".into(),
            _ => return None,
        })
    }

    /// The object compose's `ps --format json` prints for one container.
    pub fn json(&self) -> Value {
        let text = |name: &str| Value::String(self.field(name).unwrap_or_default());
        json!({
            "Command": text("Command"),
            "CreatedAt": text("CreatedAt"),
            "ExitCode": self.exit_code,
            "Health": text("Health"),
            "ID": text("ID"),
            "Image": text("Image"),
            "Labels": text("Labels"),
            "LocalVolumes": text("LocalVolumes"),
            "Mounts": text("Mounts"),
            "Name": text("Name"),
            "Names": text("Names"),
            "Networks": text("Networks"),
            "Ports": text("Ports"),
            "Project": text("Project"),
            "Publishers": self.publishers.iter().map(|p| json!({
                "URL": p.url, "TargetPort": p.target, "PublishedPort": p.published, "Protocol": p.protocol,
            })).collect::<Vec<_>>(),
            "RunningFor": text("RunningFor"),
            "Service": text("Service"),
            "Size": text("Size"),
            "State": text("State"),
            "Status": text("Status"),
        })
    }
}

/// `(healthy)`, `(unhealthy)`, `(health: starting)` in the engine's status line.
fn health_of(status: &str) -> String {
    if status.contains("(healthy)") {
        "healthy".into()
    } else if status.contains("(unhealthy)") {
        "unhealthy".into()
    } else if status.contains("(health: starting)") {
        "starting".into()
    } else {
        String::new()
    }
}

/// The code in `Exited (3) 2 minutes ago`; 0 for a container that has not exited.
fn exit_code_of(status: &str) -> i64 {
    status
        .strip_prefix("Exited (")
        .and_then(|rest| rest.split_once(')'))
        .and_then(|(code, _)| code.parse().ok())
        .unwrap_or(0)
}

/// How long ago, in the words the Docker CLI and compose use (go-units' HumanDuration).
pub fn human_duration(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = (seconds as f64 / 3600.0 + 0.5) as i64;
    match seconds {
        s if s < 1 => "Less than a second".into(),
        1 => "1 second".into(),
        s if s < 60 => format!("{s} seconds"),
        _ if minutes == 1 => "About a minute".into(),
        _ if minutes < 60 => format!("{minutes} minutes"),
        _ if hours == 1 => "About an hour".into(),
        _ if hours < 48 => format!("{hours} hours"),
        _ if hours < 24 * 7 * 2 => format!("{} days", hours / 24),
        _ if hours < 24 * 30 * 2 => format!("{} weeks", hours / 24 / 7),
        _ if hours < 24 * 365 * 2 => format!("{} months", hours / 24 / 30),
        _ => format!("{} years", seconds / 3600 / 24 / 365),
    }
}

/// Cut to `max` characters with an ellipsis, as the Docker CLI shortens a table's command.
fn ellipsis(text: &str, max: usize) -> String {
    match text.chars().count() <= max {
        true => text.to_string(),
        false => text.chars().take(max - 1).chain(['…']).collect(),
    }
}

/// Compose's default table, columns three spaces apart.
pub fn table(rows: &[Row], no_trunc: bool) -> String {
    let mut lines: Vec<[String; 7]> =
        vec![["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"].map(String::from)];
    for r in rows {
        let command = if no_trunc { r.command.clone() } else { ellipsis(&r.command, 20) };
        lines.push([
            r.name.clone(),
            r.image.clone(),
            format!("\"{command}\""),
            r.service.clone(),
            r.running_for.clone(),
            r.status.clone(),
            r.ports(),
        ]);
    }
    let widths: Vec<usize> = (0..7).map(|i| lines.iter().map(|l| l[i].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for line in &lines {
        let cells: Vec<String> =
            line.iter().enumerate().map(|(i, c)| format!("{c}{}", " ".repeat(widths[i] - c.chars().count()))).collect();
        out.push_str(cells.join("   ").trim_end());
        out.push('\n');
    }
    out
}

/// A Go-style template of `{{.Field}}` placeholders (and `{{json .}}`), one line per container;
/// `table …` adds a header of the fields' names, as the Docker CLI does. `\t` is a tab.
pub fn render_template(template: &str, rows: &[Row]) -> Result<String, CliError> {
    let (header, body) = match template.strip_prefix("table ") {
        Some(rest) => (true, rest),
        None => (false, template),
    };
    let body = body.replace("\\t", "\t");
    // Split once into text and placeholders, so an unknown field fails before any output.
    let mut parts: Vec<(bool, String)> = Vec::new();
    let mut rest = body.as_str();
    while let Some(open) = rest.find("{{") {
        parts.push((false, rest[..open].to_string()));
        let close = rest[open..]
            .find("}}")
            .ok_or_else(|| CliError::Usage(format!("--format '{template}': a '{{{{' without its '}}}}'")))?;
        let inner = rest[open + 2..open + close].trim();
        let known = inner == "json ." || inner.strip_prefix('.').is_some_and(Row::default_field_known);
        if !known {
            return Err(CliError::Usage(format!(
                "--format '{template}': berth's ps knows {{{{.Field}}}} for the fields of `ps --format json` and {{{{json .}}}}, not '{inner}'"
            )));
        }
        parts.push((true, inner.to_string()));
        rest = &rest[open + close + 2..];
    }
    parts.push((false, rest.to_string()));
    let render = |row: Option<&Row>| -> String {
        parts
            .iter()
            .map(|(placeholder, text)| match (placeholder, row) {
                (false, _) => text.clone(),
                (true, None) if text == "json ." => "JSON".into(),
                (true, None) => header_of(text.trim_start_matches('.')),
                (true, Some(r)) if text == "json ." => r.json().to_string(),
                (true, Some(r)) => r.field(text.trim_start_matches('.')).unwrap_or_default(),
            })
            .collect()
    };
    let mut out = String::new();
    if header {
        out.push_str(&render(None));
        out.push('\n');
    }
    for r in rows {
        out.push_str(&render(Some(r)));
        out.push('\n');
    }
    Ok(out)
}

impl Row {
    fn default_field_known(name: &str) -> bool {
        Row::of(&ContainerSummary::default(), "", 0).field(name).is_some()
    }
}

/// The Docker CLI's column title for a field.
fn header_of(field: &str) -> String {
    match field {
        "ID" => "CONTAINER ID".into(),
        "RunningFor" => "CREATED".into(),
        "CreatedAt" => "CREATED AT".into(),
        "LocalVolumes" => "LOCAL VOLUMES".into(),
        "ExitCode" => "EXIT CODE".into(),
        "Names" => "NAMES".into(),
        other => other.to_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> Row {
        let summary: ContainerSummary = serde_json::from_value(json!({
            "Id": "1833cb962cc3be98ab6503275b1d4e4145a78a5fdbc790b938991675e9d5eedb",
            "Names": ["/cps-a-1"],
            "Image": "berth-test/base:1",
            "Command": "sleep infinity and a long tail",
            "Created": 1_000,
            "Ports": [{"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": 47001, "Type": "tcp"}, {"PrivatePort": 9000, "Type": "tcp"}],
            "Labels": {"dev.berth.service": "a", "dev.berth.stack": "cps"},
            "State": "exited",
            "Status": "Exited (3) 2 minutes ago",
            "Mounts": [{"Type": "volume", "Name": "cps_data", "Source": "/var/lib/docker/volumes/cps_data/_data"}],
            "NetworkSettings": {"Networks": {"cps_default": {}}}
        }))
        .unwrap();
        Row::of(&summary, "cps", 1_125)
    }

    #[test]
    fn a_container_reads_as_compose_prints_it() {
        let r = row();
        let j = r.json();
        assert_eq!(j["ID"], "1833cb962cc3");
        assert_eq!(j["Name"], "cps-a-1");
        assert_eq!(j["Service"], "a");
        assert_eq!(j["Command"], "\"sleep infinity and a long tail\"");
        assert_eq!(j["ExitCode"], 3);
        assert_eq!(j["State"], "exited");
        assert_eq!(j["RunningFor"], "2 minutes ago");
        assert_eq!(j["CreatedAt"], "1970-01-01 00:16:40 +0000 UTC");
        assert_eq!(j["Ports"], "127.0.0.1:47001->80/tcp, 9000/tcp");
        assert_eq!(
            j["Publishers"][0],
            json!({"URL": "127.0.0.1", "TargetPort": 80, "PublishedPort": 47001, "Protocol": "tcp"})
        );
        assert_eq!((j["LocalVolumes"].as_str(), j["Mounts"].as_str()), (Some("1"), Some("cps_data")));
        assert_eq!(j["Labels"], "dev.berth.service=a,dev.berth.stack=cps");
        let t = table(std::slice::from_ref(&r), false);
        assert!(t.starts_with("NAME      IMAGE               COMMAND"), "{t}");
        assert!(t.contains("\"sleep infinity and …\""), "{t}");
        assert!(table(&[r], true).contains("\"sleep infinity and a long tail\""));
    }

    #[test]
    fn templates_take_fields_and_refuse_what_they_do_not_know() {
        let rows = [row()];
        assert_eq!(render_template("{{.Name}} {{.State}}", &rows).unwrap(), "cps-a-1 exited\n");
        assert_eq!(
            render_template("table {{.ID}}\\t{{.RunningFor}}", &rows).unwrap(),
            "CONTAINER ID\tCREATED\n1833cb962cc3\t2 minutes ago\n"
        );
        assert!(render_template("{{json .}}", &rows).unwrap().starts_with("{\"Command\""));
        let e = render_template("{{.Nope}}", &rows).unwrap_err().to_string();
        assert!(e.contains("'.Nope'"), "{e}");
        assert!(render_template("{{.Name", &rows).is_err());
    }

    #[test]
    fn durations_read_as_the_docker_cli_says_them() {
        let said: Vec<String> =
            [0, 1, 59, 60, 119, 3599, 3600, 5400, 86_400 * 3, 86_400 * 20, 86_400 * 90, 86_400 * 800]
                .into_iter()
                .map(human_duration)
                .collect();
        assert_eq!(
            said,
            [
                "Less than a second",
                "1 second",
                "59 seconds",
                "About a minute",
                "About a minute",
                "59 minutes",
                "About an hour",
                "2 hours",
                "3 days",
                "2 weeks",
                "3 months",
                "2 years"
            ]
        );
    }
}
