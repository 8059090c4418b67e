//! The `probe:` block of a service, and the probes berth picks by itself
//! for images it knows (the AWS emulators, Postgres, Redis) or a declared healthcheck.

use super::emulator::{read_call, READ_CALLS};
use super::model::{Check, Emulator, HealthTest, Probe, ProbeTiming, Service};
use super::reader::NodeReader;
use super::yaml::{Node, Value};

const KINDS: &[&str] = &["http", "tcp", "postgres", "redis", "localstack", "aws", "healthcheck", "log", "exec"];
const TIMING: &[&str] = &["interval", "timeout", "retries", "start_period"];

pub(super) fn parse(cx: &mut NodeReader<'_>, node: &Node, svc: &Service) -> Option<Probe> {
    let known: Vec<&str> = KINDS.iter().chain(TIMING).copied().collect();
    let mut timing = ProbeTiming::default();
    let mut checks = Vec::new();
    for (key, value) in cx.entries(node, &format!("probe of service '{}'", svc.name), &known, &[]) {
        match key {
            "interval" => timing.interval = cx.duration(value, "probe.interval").unwrap_or(timing.interval),
            "timeout" => timing.timeout = cx.duration(value, "probe.timeout").unwrap_or(timing.timeout),
            "retries" => timing.retries = cx.number(value, "probe.retries").unwrap_or(0),
            "start_period" => timing.start_period = cx.duration(value, "probe.start_period").unwrap_or_default(),
            kind => checks.push((kind, value)),
        }
    }
    match checks.as_slice() {
        [(kind, value)] => {
            check(cx, kind, value, svc).map(|check| Probe { check, timing, inferred: false, image_check: None })
        }
        [] => {
            cx.error(node.pos, format!("probe needs one of: {}", KINDS.join(", ")));
            None
        }
        [_, (_, second), ..] => {
            cx.error(second.pos, "a probe has exactly one kind; remove all but one");
            None
        }
    }
}

fn first_port(svc: &Service, fallback: u16) -> u16 {
    svc.ports.first().map_or(fallback, |p| p.container_port)
}

fn port_field(cx: &mut NodeReader<'_>, node: &Node, fallback: u16) -> Option<u16> {
    if let Some(text) = node.scalar() {
        return text.parse().map_err(|_| cx.error(node.pos, "port must be a number")).ok();
    }
    match node.get("port") {
        Some(p) => cx.number(p, "probe port"),
        None => Some(fallback),
    }
}

fn check(cx: &mut NodeReader<'_>, kind: &str, node: &Node, svc: &Service) -> Option<Check> {
    let env = |k: &str| svc.environment.get(k).cloned();
    match kind {
        "http" => {
            if let Some(path) = node.scalar() {
                return Some(Check::Http {
                    port: Some(first_port(svc, 80)),
                    url: None,
                    path: path.to_string(),
                    status: 200,
                    body_contains: None,
                    json: None,
                    https: false,
                    insecure: false,
                });
            }
            let mut out = Check::Http {
                port: Some(first_port(svc, 80)),
                url: None,
                path: "/".into(),
                status: 200,
                body_contains: None,
                json: None,
                https: false,
                insecure: false,
            };
            let keys: &[&str] = &["port", "url", "path", "status", "body", "json", "https", "insecure"];
            for (key, value) in cx.entries(node, "http probe", keys, &[]) {
                let Check::Http { port, url, path, status, body_contains, json, https, insecure } = &mut out else {
                    break;
                };
                match key {
                    "port" => *port = cx.number(value, "http probe port"),
                    "url" => *url = cx.string(value, "http probe url"),
                    "path" => *path = cx.string(value, "http probe path").unwrap_or_default(),
                    "status" => *status = cx.number(value, "http probe status").unwrap_or(200),
                    "body" => *body_contains = cx.string(value, "http probe body"),
                    "https" => *https = cx.bool(value, "http probe https").unwrap_or(false),
                    "insecure" => *insecure = cx.bool(value, "http probe insecure").unwrap_or(false),
                    _ => {
                        let (mut pointer, mut expected) = (None, None);
                        for (k, v) in cx.entries(value, "json match", &["pointer", "equals"], &[]) {
                            if k == "pointer" {
                                pointer = cx.string(v, "json pointer");
                            } else {
                                expected = Some(json_value(v));
                            }
                        }
                        match (pointer, expected) {
                            (Some(p), Some(e)) => *json = Some((p, e)),
                            _ => cx.error(value.pos, "json match needs 'pointer' and 'equals'"),
                        }
                    }
                }
            }
            Some(out)
        }
        "tcp" => port_field(cx, node, first_port(svc, 80)).map(|port| Check::Tcp { port }),
        "redis" => port_field(cx, node, 6379).map(|port| Check::Redis { port }),
        "postgres" => {
            let port = port_field(cx, node, 5432)?;
            let mut check = Check::Postgres {
                port,
                user: env("POSTGRES_USER"),
                password: env("POSTGRES_PASSWORD"),
                database: env("POSTGRES_DB"),
            };
            if node.as_map().is_some() {
                let keys: &[&str] = &["port", "user", "password", "database"];
                for (key, value) in cx.entries(node, "postgres probe", keys, &[]) {
                    let Check::Postgres { user, password, database, .. } = &mut check else {
                        break;
                    };
                    match key {
                        "user" => *user = cx.string(value, "user"),
                        "password" => *password = cx.string(value, "password"),
                        "database" => *database = cx.string(value, "database"),
                        _ => {}
                    }
                }
            }
            Some(check)
        }
        "localstack" => {
            let port = port_field(cx, node, 4566)?;
            let mut services = localstack_services(svc);
            if let Some(list) = node.get("services") {
                services = cx.strings(list, "localstack services");
            }
            if node.as_map().is_some() {
                cx.entries(node, "localstack probe", &["port", "services"], &[]);
            }
            Some(Check::LocalStack { port, services })
        }
        "aws" => {
            let Some(emulator) = svc.emulator else {
                let names: Vec<&str> = Emulator::ALL.iter().map(|e| e.name()).collect();
                cx.error(
                    node.pos,
                    format!("an aws probe needs to know the emulator: add `emulator: …` ({})", names.join(", ")),
                );
                return None;
            };
            let port = port_field(cx, node, emulator.port(&svc.environment))?;
            let mut services = Vec::new();
            if node.as_map().is_some() {
                for (key, value) in cx.entries(node, "aws probe", &["port", "services"], &[]) {
                    if key == "services" {
                        services = cx.strings(value, "aws probe services");
                        for name in &services {
                            if read_call(name).is_none() {
                                let known: Vec<&str> = READ_CALLS.iter().map(|c| c.service).collect();
                                cx.error(
                                    value.pos,
                                    format!(
                                        "berth cannot probe the AWS service '{name}' (it can: {})",
                                        known.join(", ")
                                    ),
                                );
                            }
                        }
                    }
                }
            }
            Some(Check::Aws { emulator, port, services })
        }
        "healthcheck" => Some(Check::Healthcheck),
        "log" => {
            let pattern = cx.string(node, "log probe")?;
            match regex::Regex::new(&pattern) {
                Ok(_) => Some(Check::Log { pattern }),
                Err(e) => {
                    cx.error(node.pos, format!("log probe: invalid regular expression: {e}"));
                    None
                }
            }
        }
        _ => {
            let command = match &node.value {
                Value::Scalar(s, _) => vec!["sh".into(), "-c".into(), s.clone()],
                _ => cx.strings(node, "exec probe"),
            };
            if command.is_empty() {
                cx.error(node.pos, "exec probe needs a command");
                return None;
            }
            Some(Check::Exec { command })
        }
    }
}

fn json_value(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Scalar(s, false) => serde_json::from_str(s).unwrap_or_else(|_| serde_json::Value::String(s.clone())),
        Value::Scalar(s, true) => serde_json::Value::String(s.clone()),
        _ => serde_json::Value::Null,
    }
}

/// The AWS services a LocalStack container is asked to run (its `SERVICES` variable).
fn localstack_services(svc: &Service) -> Vec<String> {
    svc.environment
        .get("SERVICES")
        .map(|s| s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect())
        .unwrap_or_default()
}

/// A probe for a service that declares none: its healthcheck, or what its image is known to need.
pub(super) fn default_for(svc: &Service) -> Option<Probe> {
    let timing = ProbeTiming::default();
    let image_check = image_check(svc);
    if let Some(hc) = &svc.healthcheck {
        if !matches!(hc.test, Some(HealthTest::None) | None) {
            let image_check = image_check.filter(|c| matches!(c, Check::Postgres { .. }));
            return Some(Probe { check: Check::Healthcheck, timing, inferred: false, image_check });
        }
    }
    Some(Probe { check: image_check?, timing, inferred: true, image_check: None })
}

/// What a service's image is known to need to be ready: an emulator's, Postgres's or
/// Redis's own check.
fn image_check(svc: &Service) -> Option<Check> {
    let image = svc.image.as_deref()?.to_lowercase();
    let repo = image.rsplit('/').next().unwrap_or(&image);
    let repo = repo.split([':', '@']).next().unwrap_or(repo);
    let env = |k: &str| svc.environment.get(k).cloned();
    let check = if let Some(emulator) = svc.emulator {
        let port = emulator.port(&svc.environment);
        match emulator {
            Emulator::LocalStack => Check::LocalStack { port, services: localstack_services(svc) },
            other => Check::Aws { emulator: other, port, services: Vec::new() },
        }
    } else if repo.starts_with("postgres") {
        Check::Postgres {
            port: 5432,
            user: env("POSTGRES_USER"),
            password: env("POSTGRES_PASSWORD"),
            database: env("POSTGRES_DB"),
        }
    } else if repo.starts_with("redis") {
        Check::Redis { port: 6379 }
    } else {
        return None;
    };
    Some(check)
}
