//! The stack as a program on the host sees it: the variables that point a backend run from an
//! editor at the stack's emulator, database, cache and services — from the ports the running
//! containers actually publish, not from the file. Pure: stack and status in, variables out.

use super::status::StackStatus;
use crate::stack::host_template;
use crate::stack::{Check, Stack};

/// The address a published port is reached on from here, by container port.
fn published(status: &StackStatus, service: &str, container_port: u16, engine_host: &str) -> Option<(String, u16)> {
    let suffix = format!("->{container_port}/tcp");
    status.services.iter().filter(|s| s.name == service).flat_map(|s| &s.ports).find_map(|p| {
        let (host, port) = p.strip_suffix(&suffix)?.rsplit_once(':')?;
        let host = match host {
            "" | "0.0.0.0" | "::" | "[::]" => engine_host.to_string(),
            other => other.to_string(),
        };
        Some((host, port.parse().ok()?))
    })
}

/// The first TCP port a service publishes: (container port, host, host port).
fn first_published(status: &StackStatus, service: &str, engine_host: &str) -> Option<(String, u16)> {
    let first = status.services.iter().find(|s| s.name == service)?.ports.iter().find(|p| p.ends_with("/tcp"))?;
    let container_port: u16 = first.rsplit_once("->")?.1.strip_suffix("/tcp")?.parse().ok()?;
    published(status, service, container_port, engine_host)
}

fn env_name(service: &str) -> String {
    service.to_uppercase().replace(['-', '.'], "_")
}

/// `NAME=value` pairs in a stable order: the AWS emulator's, the database's, the cache's, then
/// one `<SERVICE>_URL` per service that publishes a TCP port. Services not running give nothing.
pub fn host_env(stack: &Stack, status: &StackStatus, engine_host: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| out.push((k.to_string(), v));
    for svc in &stack.services {
        let check = svc.probe.as_ref().map(|p| &p.check);
        if let Some(emulator) = svc.emulator {
            if let Some((host, port)) = published(status, &svc.name, emulator.port(&svc.environment), engine_host) {
                let region = svc
                    .environment
                    .get("AWS_DEFAULT_REGION")
                    .or_else(|| svc.environment.get("AWS_REGION"))
                    .cloned()
                    .unwrap_or_else(|| "us-east-1".into());
                push("AWS_ENDPOINT_URL", format!("http://{host}:{port}"));
                push("AWS_ACCESS_KEY_ID", "test".into());
                push("AWS_SECRET_ACCESS_KEY", "test".into());
                push("AWS_REGION", region.clone());
                push("AWS_DEFAULT_REGION", region);
            }
        } else if let Some(Check::Postgres { port, user, password, database }) = check {
            if let Some((host, host_port)) = published(status, &svc.name, *port, engine_host) {
                let user = user.clone().unwrap_or_else(|| "postgres".into());
                let database = database.clone().unwrap_or_else(|| user.clone());
                let auth = match password {
                    Some(pw) => format!("{user}:{pw}"),
                    None => user.clone(),
                };
                push("DATABASE_URL", format!("postgres://{auth}@{host}:{host_port}/{database}"));
                push("PGHOST", host);
                push("PGPORT", host_port.to_string());
                push("PGUSER", user);
                if let Some(pw) = password {
                    push("PGPASSWORD", pw.clone());
                }
                push("PGDATABASE", database);
            }
        } else if let Some(Check::Redis { port }) = check {
            if let Some((host, host_port)) = published(status, &svc.name, *port, engine_host) {
                push("REDIS_URL", format!("redis://{host}:{host_port}"));
            }
        }
    }
    for (service, url) in service_urls(stack, status, engine_host) {
        out.push((format!("{}_URL", env_name(&service)), url));
    }
    for (name, value) in declared(stack, status, engine_host).into_iter().filter_map(|(n, v)| Some((n, v.ok()?))) {
        // A declared variable replaces a derived one of the same name, in its place.
        match out.iter_mut().find(|(k, _)| *k == name) {
            Some(existing) => existing.1 = value,
            None => out.push((name, value)),
        }
    }
    out
}

/// The variables each service's `host_env` declares, filled in from its published ports;
/// Err says why one cannot be (the service is not running, a port is not published).
pub fn declared(stack: &Stack, status: &StackStatus, engine_host: &str) -> Vec<(String, Result<String, String>)> {
    let mut out = Vec::new();
    for svc in stack.services.iter().filter(|s| !s.host_env.is_empty()) {
        let running = status.services.iter().any(|s| s.name == svc.name && !s.ports.is_empty());
        for (name, pieces) in &svc.host_env {
            let value = if running {
                let port = |which: Option<u16>| match which {
                    Some(container_port) => published(status, &svc.name, container_port, engine_host).map(|(_, p)| p),
                    None => first_published(status, &svc.name, engine_host).map(|(_, p)| p),
                };
                // `{host}` is where the service's first port is published (bound to 127.0.0.1 or
                // the engine's address).
                let host = first_published(status, &svc.name, engine_host).map(|(h, _)| h);
                host_template::render(pieces, host.as_deref().unwrap_or(engine_host), port)
                    .map_err(|why| format!("{name} of '{}': {why}", svc.name))
            } else {
                Err(format!("{name} of '{}': the service publishes no port right now (is it up?)", svc.name))
            };
            out.push((name.clone(), value));
        }
    }
    out
}

/// Each service's address from the host: the first TCP port it publishes, with the scheme
/// its probe speaks (`postgres://`, `redis://`, else `http://`). Services not running give none.
pub fn service_urls(stack: &Stack, status: &StackStatus, engine_host: &str) -> Vec<(String, String)> {
    stack
        .services
        .iter()
        .filter_map(|svc| {
            let (host, port) = first_published(status, &svc.name, engine_host)?;
            let scheme = match svc.probe.as_ref().map(|p| &p.check) {
                Some(Check::Postgres { .. }) => "postgres",
                Some(Check::Redis { .. }) => "redis",
                _ => "http",
            };
            Some((svc.name.clone(), format!("{scheme}://{host}:{port}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::status::ServiceStatus;
    use crate::engine::{ContainerState, Health};
    use crate::stack::interpolate::Vars;
    use std::path::Path;

    fn status(services: &[(&str, &[&str])]) -> StackStatus {
        StackStatus {
            stack: "s".into(),
            services: services
                .iter()
                .map(|(name, ports)| ServiceStatus {
                    name: name.to_string(),
                    state: ContainerState::Running,
                    health: Health::None,
                    container_id: Some("id".into()),
                    ports: ports.iter().map(|p| p.to_string()).collect(),
                    started_at: None,
                    restart_count: 0,
                    exit_code: None,
                    usage: None,
                    tasks: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn variables_come_from_the_ports_the_containers_publish() {
        let text = "services:\n  aws:\n    image: motoserver/moto:5.2.5\n    environment: {MOTO_PORT: '4566', AWS_DEFAULT_REGION: sa-east-1}\n  db:\n    image: postgres:16\n    environment: {POSTGRES_USER: u, POSTGRES_PASSWORD: p, POSTGRES_DB: d}\n  cache:\n    image: redis:7\n  web-app:\n    image: nginx\n";
        let stack = crate::stack::load_str(text, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap().stack;
        let live = status(&[
            ("aws", &["127.0.0.1:41000->4566/tcp"]),
            ("db", &["0.0.0.0:41001->5432/tcp"]),
            ("cache", &["127.0.0.1:41002->6379/tcp"]),
            ("web-app", &["127.0.0.1:41003->80/tcp", "127.0.0.1:41004->443/tcp"]),
        ]);
        let env = host_env(&stack, &live, "10.0.0.5");
        let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("AWS_ENDPOINT_URL"), Some("http://127.0.0.1:41000"));
        assert_eq!(get("AWS_REGION"), Some("sa-east-1"));
        assert_eq!(get("DATABASE_URL"), Some("postgres://u:p@10.0.0.5:41001/d"), "0.0.0.0 is the engine's host");
        assert_eq!(get("REDIS_URL"), Some("redis://127.0.0.1:41002"));
        assert_eq!(get("WEB_APP_URL"), Some("http://127.0.0.1:41003"));
        assert_eq!(get("CACHE_URL"), Some("redis://127.0.0.1:41002"));
        // A stopped service has no published ports and no variables.
        let none = host_env(&stack, &status(&[("aws", &[])]), "127.0.0.1");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn a_services_host_env_is_filled_from_its_published_ports_and_replaces_a_derived_one() {
        let text = "services:\n  web-app:\n    image: nginx\n    x-berth:\n      host_env:\n        STOREFRONT_API: 'https://{host}:{port:443}/api'\n        WEB_APP_URL: 'http://{host}:{port}/shop'\n        ADMIN: 'http://{host}:{port:8081}'\n";
        let stack = crate::stack::load_str(text, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap().stack;
        let live = status(&[("web-app", &["127.0.0.1:41003->80/tcp", "127.0.0.1:41004->443/tcp"])]);
        let env = host_env(&stack, &live, "10.0.0.5");
        let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("STOREFRONT_API"), Some("https://127.0.0.1:41004/api"));
        assert_eq!(get("WEB_APP_URL"), Some("http://127.0.0.1:41003/shop"));
        assert_eq!(env.iter().filter(|(k, _)| k == "WEB_APP_URL").count(), 1);
        assert_eq!(get("ADMIN"), None);
        let why = declared(&stack, &live, "10.0.0.5");
        let admin = why.iter().find(|(k, _)| k == "ADMIN").unwrap();
        assert_eq!(admin.1, Err("ADMIN of 'web-app': container port 8081 is not published".to_string()));
    }

    #[test]
    fn a_host_env_typo_is_a_located_error() {
        let text = "services:\n  web:\n    image: nginx\n    host_env:\n      API: 'http://{hots}:{port}'\n";
        let err = crate::stack::load_str(text, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("s.yaml:5:") && message.contains("unknown placeholder {hots}"), "{message}");
    }
}
