//! Readiness checks: one try of a service's probe against its running container.
//! Each try returns why it failed, so a waiting service can say what it waits for.

use std::collections::HashMap;
use std::time::Duration;

use bollard::query_parameters::LogsOptions;
use bollard::Docker;
use futures_util::StreamExt;
use tokio::net::TcpStream;

use crate::stack::{Check, Protocol};

/// Where a service's container can be reached from here.
#[derive(Clone)]
pub struct Target {
    pub docker: Docker,
    pub container_id: String,
    /// The address published ports are reached on (127.0.0.1, or a remote engine's host).
    pub host: String,
    /// Container port → published host port.
    pub published: HashMap<(u16, Protocol), u16>,
    /// The container's address on its network, for ports that are not published.
    pub container_ip: Option<String>,
}

impl Target {
    /// Where `port` of the container is reached from here: its published port, else the container's address.
    pub fn addr(&self, port: u16) -> Result<(String, u16), String> {
        if let Some(host_port) = self.published.get(&(port, Protocol::Tcp)) {
            return Ok((self.host.clone(), *host_port));
        }
        match &self.container_ip {
            Some(ip) => Ok((ip.clone(), port)),
            None => Err(format!("port {port} is neither published nor reachable on the container's network")),
        }
    }
}

/// Runs one try of `check`, bounded by `timeout`.
pub async fn try_once(check: &Check, target: &Target, timeout: Duration) -> Result<(), String> {
    match tokio::time::timeout(timeout, run(check, target, timeout)).await {
        Ok(result) => result.map_err(|e| plain_error(&e)),
        Err(_) => Err(format!("timed out after {timeout:?}")),
    }
}

/// The many ways "nothing listens there yet" surfaces (refused, reset by the port proxy,
/// closed before an answer) all read the same to a user waiting for a service.
fn plain_error(e: &str) -> String {
    let lower = e.to_lowercase();
    let not_listening = ["connection refused", "reset by peer", "connection closed", "broken pipe", "unexpected eof"];
    if not_listening.iter().any(|p| lower.contains(p)) {
        "connection refused (not listening yet)".to_string()
    } else {
        e.to_string()
    }
}

async fn run(check: &Check, target: &Target, timeout: Duration) -> Result<(), String> {
    match check {
        Check::Tcp { port } => {
            let (host, port) = target.addr(*port)?;
            TcpStream::connect((host.as_str(), port)).await.map(|_| ()).map_err(|e| e.to_string())
        }
        Check::Http { port, url, path, status, body_contains, json } => {
            let url = match url {
                Some(u) => u.clone(),
                None => {
                    let (host, port) = target.addr(port.unwrap_or(80))?;
                    format!("http://{host}:{port}{path}")
                }
            };
            http(&url, *status, body_contains.as_deref(), json.as_ref(), timeout).await
        }
        Check::Postgres { port, user, password, database } => {
            let (host, port) = target.addr(*port)?;
            let mut config = tokio_postgres::Config::new();
            config.host(&host).port(port).connect_timeout(timeout);
            config.user(user.as_deref().unwrap_or("postgres"));
            if let Some(pw) = password {
                config.password(pw);
            }
            if let Some(db) = database.as_deref().or(user.as_deref()) {
                config.dbname(db);
            }
            let (client, connection) = config.connect(tokio_postgres::NoTls).await.map_err(|e| pg_error(&e))?;
            let conn = tokio::spawn(connection);
            let result = client.simple_query("SELECT 1").await.map(|_| ()).map_err(|e| pg_error(&e));
            drop(client);
            conn.abort();
            result
        }
        Check::Redis { port } => {
            let (host, port) = target.addr(*port)?;
            let client = redis::Client::open(format!("redis://{host}:{port}/")).map_err(|e| e.to_string())?;
            let mut conn = client.get_multiplexed_async_connection().await.map_err(|e| e.to_string())?;
            let pong: String = redis::cmd("PING").query_async(&mut conn).await.map_err(|e| e.to_string())?;
            if pong == "PONG" {
                Ok(())
            } else {
                Err(format!("PING answered {pong:?}"))
            }
        }
        Check::LocalStack { port, services } => {
            let (host, port) = target.addr(*port)?;
            localstack(&format!("http://{host}:{port}"), services, timeout).await
        }
        Check::Healthcheck => container_health(target).await,
        Check::Log { pattern } => log_match(target, pattern).await,
        Check::Exec { command } => exec(target, command).await,
    }
}

fn pg_error(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let text = e.to_string();
            match std::error::Error::source(e) {
                Some(src) => format!("{text}: {src}"),
                None => text,
            }
        }
    }
}

fn http_client(timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder().timeout(timeout).no_proxy().build().map_err(|e| e.to_string())
}

fn short_error(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg = s.to_string();
        src = s.source();
    }
    msg
}

async fn http(
    url: &str,
    status: u16,
    body_contains: Option<&str>,
    json: Option<&(String, serde_json::Value)>,
    timeout: Duration,
) -> Result<(), String> {
    let resp = http_client(timeout)?.get(url).send().await.map_err(|e| short_error(&e))?;
    let got = resp.status().as_u16();
    let body = resp.text().await.map_err(|e| short_error(&e))?;
    let excerpt: String = body.chars().take(200).collect();
    if got != status {
        return Err(format!("{url} answered {got}, expected {status}: {excerpt}"));
    }
    if let Some(needle) = body_contains {
        if !body.contains(needle) {
            return Err(format!("{url} body does not contain {needle:?}"));
        }
    }
    if let Some((pointer, expected)) = json {
        let value: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| format!("{url} did not answer JSON: {e}"))?;
        let found = value.pointer(pointer);
        if found != Some(expected) {
            return Err(format!(
                "{url}: {pointer} is {}, expected {expected}",
                found.map_or("missing".into(), |v| v.to_string())
            ));
        }
    }
    Ok(())
}

async fn get_json(client: &reqwest::Client, url: &str) -> Result<serde_json::Value, String> {
    client.get(url).send().await.map_err(|e| short_error(&e))?.json().await.map_err(|e| short_error(&e))
}

async fn localstack(base: &str, services: &[String], timeout: Duration) -> Result<(), String> {
    let client = http_client(timeout)?;
    localstack_health_ok(&get_json(&client, &format!("{base}/_localstack/health")).await?, services)?;
    localstack_init_ok(&get_json(&client, &format!("{base}/_localstack/init/ready")).await?)
}

/// Every requested service `available` or `running`, and none in `error`.
pub fn localstack_health_ok(health: &serde_json::Value, services: &[String]) -> Result<(), String> {
    let states = health["services"].as_object().ok_or("health answer has no 'services'")?;
    if let Some((name, _)) = states.iter().find(|(_, s)| s.as_str() == Some("error")) {
        return Err(format!("LocalStack service {name} is in error"));
    }
    for svc in services {
        match states.get(svc).and_then(|s| s.as_str()) {
            Some("available" | "running") => {}
            Some(state) => return Err(format!("LocalStack service {svc} is {state}")),
            None => return Err(format!("LocalStack does not offer {svc}")),
        }
    }
    Ok(())
}

/// The ready-stage init scripts finished, none of them in ERROR.
pub fn localstack_init_ok(init: &serde_json::Value) -> Result<(), String> {
    let scripts = init["scripts"].as_array().cloned().unwrap_or_default();
    if let Some(failed) = scripts.iter().find(|s| s["state"] == "ERROR") {
        return Err(format!("LocalStack init script {} failed", failed["name"].as_str().unwrap_or("?")));
    }
    if init["completed"] == true {
        return Ok(());
    }
    let running: Vec<&str> =
        scripts.iter().filter(|s| s["state"] != "SUCCESSFUL").filter_map(|s| s["name"].as_str()).collect();
    Err(if running.is_empty() {
        "LocalStack init hooks have not completed".to_string()
    } else {
        format!("LocalStack init scripts still running: {}", running.join(", "))
    })
}

async fn container_health(target: &Target) -> Result<(), String> {
    let info = target.docker.inspect_container(&target.container_id, None).await.map_err(|e| e.to_string())?;
    let health = info.state.and_then(|s| s.health).ok_or("the container has no HEALTHCHECK")?;
    let status = health.status.map(|s| s.to_string()).unwrap_or_default();
    if status == "healthy" {
        return Ok(());
    }
    let last = health
        .log
        .and_then(|l| l.last().cloned())
        .and_then(|l| l.output)
        .map(|o| o.trim().to_string())
        .filter(|o| !o.is_empty());
    Err(match last {
        Some(out) => format!("HEALTHCHECK is {status}: {out}"),
        None => format!("HEALTHCHECK is {status}"),
    })
}

async fn log_match(target: &Target, pattern: &str) -> Result<(), String> {
    let re = regex::Regex::new(pattern).map_err(|e| e.to_string())?;
    let options = LogsOptions { stdout: true, stderr: true, ..LogsOptions::default() };
    let mut stream = target.docker.logs(&target.container_id, Some(options));
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| e.to_string())?;
        if String::from_utf8_lossy(&chunk.into_bytes()).lines().any(|l| re.is_match(l)) {
            return Ok(());
        }
    }
    Err(format!("no log line matches /{pattern}/ yet"))
}

async fn exec(target: &Target, command: &[String]) -> Result<(), String> {
    let out = crate::engine::exec::capture(&target.docker, &target.container_id, command, &[]).await?;
    match out.exit_code {
        Some(0) => Ok(()),
        other => Err(format!(
            "`{}` exited {}: {}",
            command.join(" "),
            other.map_or("?".into(), |c| c.to_string()),
            out.tail(3)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn localstack_health_rules() {
        let svcs = vec!["s3".to_string(), "sqs".to_string()];
        assert!(localstack_health_ok(
            &json!({"services": {"s3": "running", "sqs": "available", "kms": "disabled"}}),
            &svcs
        )
        .is_ok());
        assert_eq!(
            localstack_health_ok(&json!({"services": {"s3": "running", "sqs": "initialized"}}), &svcs).unwrap_err(),
            "LocalStack service sqs is initialized"
        );
        assert!(localstack_health_ok(&json!({"services": {"s3": "running", "sqs": "running", "kms": "error"}}), &svcs)
            .unwrap_err()
            .contains("kms is in error"));
        assert!(localstack_health_ok(&json!({"services": {"s3": "running"}}), &svcs)
            .unwrap_err()
            .contains("does not offer sqs"));
    }

    #[test]
    fn localstack_init_rules() {
        assert!(localstack_init_ok(&json!({"completed": true, "scripts": []})).is_ok());
        assert_eq!(
            localstack_init_ok(
                &json!({"completed": false, "scripts": [{"stage": "READY", "name": "x.py", "state": "RUNNING"}]})
            )
            .unwrap_err(),
            "LocalStack init scripts still running: x.py"
        );
        assert!(localstack_init_ok(&json!({"completed": true, "scripts": [{"name": "x.sh", "state": "ERROR"}]}))
            .unwrap_err()
            .contains("x.sh failed"));
    }
}
