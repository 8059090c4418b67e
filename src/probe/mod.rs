//! Readiness checks: one try of a service's probe against its running container.
//! Each try returns why it failed, so a waiting service can say what it waits for.
//! Reaches the container itself (bollard for HEALTHCHECK, logs and exec); never the engine.

mod aws;
mod error;
pub mod localstack;

pub use error::ProbeError;

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
    /// A Swarm task's id: its logs are read through the manager, whichever node runs it.
    pub task_id: Option<String>,
}

impl Target {
    /// Where `port` of the container is reached from here: its published port, else the container's address.
    pub fn addr(&self, port: u16) -> Result<(String, u16), ProbeError> {
        if let Some(host_port) = self.published.get(&(port, Protocol::Tcp)) {
            return Ok((self.host.clone(), *host_port));
        }
        match &self.container_ip {
            Some(ip) => Ok((ip.clone(), port)),
            None => Err(ProbeError::Unreachable { port }),
        }
    }
}

/// Runs one try of `check`, bounded by `timeout`.
pub async fn try_once(check: &Check, target: &Target, timeout: Duration) -> Result<(), ProbeError> {
    match tokio::time::timeout(timeout, run(check, target, timeout)).await {
        Ok(result) => result.map_err(ProbeError::plain),
        Err(_) => Err(ProbeError::TimedOut(timeout)),
    }
}

async fn run(check: &Check, target: &Target, timeout: Duration) -> Result<(), ProbeError> {
    match check {
        Check::Tcp { port } => {
            let (host, port) = target.addr(*port)?;
            TcpStream::connect((host.as_str(), port)).await.map(|_| ()).map_err(ProbeError::Connect)
        }
        Check::Http { port, url, path, status, body_contains, json, https, insecure } => {
            let url = match url {
                Some(u) => u.clone(),
                None => {
                    let (host, port) = target.addr(port.unwrap_or(80))?;
                    format!("{}://{host}:{port}{path}", if *https { "https" } else { "http" })
                }
            };
            let expect = Expect { status: *status, body_contains: body_contains.as_deref(), json: json.as_ref() };
            http(&url, expect, *insecure, timeout).await
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
            let (client, connection) = config.connect(tokio_postgres::NoTls).await.map_err(ProbeError::Postgres)?;
            let conn = tokio::spawn(connection);
            let result = client.simple_query("SELECT 1").await.map(|_| ()).map_err(ProbeError::Postgres);
            drop(client);
            conn.abort();
            result
        }
        Check::Redis { port } => {
            let (host, port) = target.addr(*port)?;
            let client = redis::Client::open(format!("redis://{host}:{port}/")).map_err(ProbeError::Redis)?;
            let mut conn = client.get_multiplexed_async_connection().await.map_err(ProbeError::Redis)?;
            let pong: String = redis::cmd("PING").query_async(&mut conn).await.map_err(ProbeError::Redis)?;
            if pong == "PONG" {
                Ok(())
            } else {
                Err(ProbeError::RedisAnswer(pong))
            }
        }
        Check::LocalStack { port, services } => {
            let (host, port) = target.addr(*port)?;
            localstack(&format!("http://{host}:{port}"), services, timeout).await
        }
        Check::Aws { emulator, port, services } => {
            let (host, port) = target.addr(*port)?;
            let base = format!("http://{host}:{port}");
            let client = http_client(timeout)?;
            if *emulator == crate::stack::Emulator::LocalStack {
                let aws: Vec<String> =
                    services.iter().map(|s| crate::stack::emulator::service_name(s).to_string()).collect();
                localstack(&base, &aws, timeout).await?;
            }
            aws::ready(&client, &base, *emulator, services).await
        }
        Check::Healthcheck => container_health(target).await,
        Check::Log { pattern } => log_match(target, pattern).await,
        Check::Exec { command } => exec(target, command).await,
    }
}

fn http_client(timeout: Duration) -> Result<reqwest::Client, ProbeError> {
    reqwest::Client::builder().timeout(timeout).no_proxy().build().map_err(ProbeError::Http)
}

/// What an http probe's answer must hold.
struct Expect<'a> {
    status: u16,
    body_contains: Option<&'a str>,
    json: Option<&'a (String, serde_json::Value)>,
}

async fn http(url: &str, expect: Expect<'_>, insecure: bool, timeout: Duration) -> Result<(), ProbeError> {
    let Expect { status, body_contains, json } = expect;
    // Certificates are checked against the system's authorities unless the probe says the
    // sandbox's own self-signed one is fine.
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .danger_accept_invalid_certs(insecure)
        .build()
        .map_err(ProbeError::Http)?;
    let resp = client.get(url).send().await.map_err(|e| ProbeError::from_request(url, e, insecure))?;
    let got = resp.status().as_u16();
    let body = resp.text().await.map_err(ProbeError::Http)?;
    if got != status {
        let excerpt = body.chars().take(200).collect();
        return Err(ProbeError::HttpStatus { url: url.to_string(), got, expected: status, excerpt });
    }
    if let Some(needle) = body_contains {
        if !body.contains(needle) {
            return Err(ProbeError::BodyMissing { url: url.to_string(), needle: needle.to_string() });
        }
    }
    if let Some((pointer, expected)) = json {
        let value: serde_json::Value =
            serde_json::from_str(&body).map_err(|source| ProbeError::NotJson { url: url.to_string(), source })?;
        let found = value.pointer(pointer);
        if found != Some(expected) {
            return Err(ProbeError::JsonMismatch {
                url: url.to_string(),
                pointer: pointer.clone(),
                found: found.map_or("missing".into(), |v| v.to_string()),
                expected: expected.clone(),
            });
        }
    }
    Ok(())
}

async fn get_json(client: &reqwest::Client, url: &str) -> Result<serde_json::Value, ProbeError> {
    client.get(url).send().await.map_err(ProbeError::Http)?.json().await.map_err(ProbeError::Http)
}

async fn localstack(base: &str, services: &[String], timeout: Duration) -> Result<(), ProbeError> {
    let client = http_client(timeout)?;
    localstack::health_ok(&get_json(&client, &format!("{base}/_localstack/health")).await?, services)?;
    Ok(localstack::init_ok(&get_json(&client, &format!("{base}/_localstack/init/ready")).await?)?)
}

/// Healthy by the engine's account, or by the container's own healthcheck run now. The engine
/// runs the test only once per `interval` (the first time one interval after the start), so
/// a service ready within it would wait for the next round; the same test, in the same
/// container, run at the probe's own pace gives the same answer the moment it turns true.
async fn container_health(target: &Target) -> Result<(), ProbeError> {
    let info = target.docker.inspect_container(&target.container_id, None).await.map_err(ProbeError::Docker)?;
    let health = info.state.and_then(|s| s.health).ok_or(ProbeError::NoHealthcheck)?;
    let status = health.status.map(|s| s.to_string()).unwrap_or_default();
    if status == "healthy" {
        return Ok(());
    }
    let config = info.config.unwrap_or_default();
    let test = config.healthcheck.and_then(|h| h.test).unwrap_or_default();
    if let Some(command) = healthcheck_command(&test, config.shell.as_deref()) {
        if exec(target, &command).await.is_ok() {
            return Ok(());
        }
    }
    let last_output = health
        .log
        .and_then(|l| l.last().cloned())
        .and_then(|l| l.output)
        .map(|o| o.trim().to_string())
        .filter(|o| !o.is_empty());
    Err(ProbeError::Unhealthy { status, last_output })
}

/// The command a container's HEALTHCHECK test runs, as the engine runs it: `CMD` as given,
/// `CMD-SHELL` through the image's shell (`/bin/sh -c` unless it names another); none for
/// `NONE`, an inherited test or an empty one.
fn healthcheck_command(test: &[String], shell: Option<&[String]>) -> Option<Vec<String>> {
    match test.split_first()? {
        (kind, rest) if kind == "CMD" && !rest.is_empty() => Some(rest.to_vec()),
        (kind, [script]) if kind == "CMD-SHELL" => {
            let default_shell = ["/bin/sh".to_string(), "-c".to_string()];
            let shell = shell.filter(|s| !s.is_empty()).unwrap_or(&default_shell);
            Some(shell.iter().cloned().chain([script.clone()]).collect())
        }
        _ => None,
    }
}

async fn log_match(target: &Target, pattern: &str) -> Result<(), ProbeError> {
    let re = regex::Regex::new(pattern).map_err(ProbeError::BadPattern)?;
    let options = LogsOptions { stdout: true, stderr: true, ..LogsOptions::default() };
    let mut stream = match &target.task_id {
        Some(task) => target.docker.task_logs(task, Some(options)).boxed(),
        None => target.docker.logs(&target.container_id, Some(options)).boxed(),
    };
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(ProbeError::Docker)?;
        if String::from_utf8_lossy(&chunk.into_bytes()).lines().any(|l| re.is_match(l)) {
            return Ok(());
        }
    }
    Err(ProbeError::NoLogMatch(pattern.to_string()))
}

async fn exec(target: &Target, command: &[String]) -> Result<(), ProbeError> {
    let out =
        crate::exec::capture(&target.docker, &target.container_id, command, &[]).await.map_err(ProbeError::Exec)?;
    match out.exit_code {
        Some(0) => Ok(()),
        code => Err(ProbeError::ExecFailed { command: command.join(" "), code, tail: out.tail(3) }),
    }
}

#[cfg(test)]
mod tests {
    use super::healthcheck_command;

    fn words(ws: &[&str]) -> Vec<String> {
        ws.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_healthcheck_test_runs_as_the_engine_runs_it() {
        assert_eq!(
            healthcheck_command(&words(&["CMD", "redis-cli", "ping"]), None),
            Some(words(&["redis-cli", "ping"]))
        );
        assert_eq!(
            healthcheck_command(&words(&["CMD-SHELL", "pg_isready -U app"]), None),
            Some(words(&["/bin/sh", "-c", "pg_isready -U app"]))
        );
        // An image's SHELL instruction is the shell CMD-SHELL runs in.
        let powershell = words(&["pwsh", "-Command"]);
        assert_eq!(
            healthcheck_command(&words(&["CMD-SHELL", "exit 0"]), Some(&powershell)),
            Some(words(&["pwsh", "-Command", "exit 0"]))
        );
        // Nothing to run: disabled, inherited, empty, or a CMD without a program.
        for test in [&["NONE"][..], &[], &["CMD"], &["CMD-SHELL"], &["CMD-SHELL", "a", "b"], &["BOGUS", "x"]] {
            assert_eq!(healthcheck_command(&words(test), None), None, "{test:?}");
        }
    }
}
