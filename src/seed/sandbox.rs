//! Where the fixtures go: the stack's own AWS emulator (LocalStack, moto or MiniStack),
//! Postgres and Redis, found through their labelled containers — and the checks that refuse
//! anything that is not a sandbox.

use crate::engine::Engine;
use crate::stack::interpolate::Vars;
use crate::stack::{Check, Emulator, Service, Stack};

use super::aws::AwsClients;
use super::plan::Kind;
use super::spec::SeedSpec;
use super::sql::PgEndpoint;
use super::SeedError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// An AWS emulator.
    Aws,
    Postgres,
    Redis,
}

/// What a service is to the fixtures, by its probe or else its image.
pub fn role_of(svc: &Service) -> Option<Role> {
    match svc.probe.as_ref().map(|p| &p.check) {
        Some(Check::LocalStack { .. } | Check::Aws { .. }) => return Some(Role::Aws),
        Some(Check::Postgres { .. }) => return Some(Role::Postgres),
        Some(Check::Redis { .. }) => return Some(Role::Redis),
        _ => {}
    }
    if svc.emulator.is_some() {
        return Some(Role::Aws);
    }
    let image = svc.image.as_deref()?.to_lowercase();
    let repo = image.rsplit('/').next().unwrap_or(&image);
    if repo.starts_with("postgres") {
        Some(Role::Postgres)
    } else if repo.starts_with("redis") {
        Some(Role::Redis)
    } else {
        None
    }
}

fn service_with(stack: &Stack, role: Role) -> Option<&Service> {
    stack.services.iter().find(|s| role_of(s) == Some(role))
}

fn port_of(svc: &Service, fallback: u16) -> u16 {
    match svc.probe.as_ref().map(|p| &p.check) {
        Some(
            Check::LocalStack { port, .. }
            | Check::Aws { port, .. }
            | Check::Postgres { port, .. }
            | Check::Redis { port },
        ) => *port,
        _ => svc.emulator.map_or(fallback, |e| e.port(&svc.environment)),
    }
}

/// The service role that holds fixtures of `kind`.
pub fn holder_of(kind: Kind) -> Role {
    match kind {
        Kind::S3 | Kind::Secrets | Kind::Sqs => Role::Aws,
        Kind::Postgres => Role::Postgres,
        Kind::Redis => Role::Redis,
    }
}

/// The fixtures' kinds grouped by the service that holds them, each group with its kinds
/// that have fixtures: what the up's seed step applies as soon as that service is ready. A
/// kind whose service the stack lacks forms a group of its own (None), for the plan to name.
pub fn kinds_by_service(stack: &Stack, spec: &SeedSpec) -> Vec<(Option<String>, Vec<Kind>)> {
    let has = |k: Kind| match k {
        Kind::S3 => !spec.buckets.is_empty(),
        Kind::Secrets => !spec.secrets.is_empty(),
        Kind::Sqs => !spec.queues.is_empty(),
        Kind::Postgres => !spec.sql.is_empty(),
        Kind::Redis => !spec.redis.is_empty(),
    };
    let mut groups: Vec<(Option<String>, Vec<Kind>)> = Vec::new();
    for kind in Kind::ALL.into_iter().filter(|k| has(*k)) {
        let service = service_with(stack, holder_of(kind)).map(|s| s.name.clone());
        match groups.iter_mut().find(|(s, _)| *s == service) {
            Some((_, kinds)) => kinds.push(kind),
            None => groups.push((service, vec![kind])),
        }
    }
    groups
}

/// The services the fixtures need ready before they can be applied.
pub fn needed_services(stack: &Stack, spec: &SeedSpec) -> Vec<String> {
    kinds_by_service(stack, spec).into_iter().filter_map(|(service, _)| service).collect()
}

pub fn region(vars: &Vars, stack: &Stack) -> String {
    let from_emulator = service_with(stack, Role::Aws)
        .and_then(|s| s.environment.get("AWS_DEFAULT_REGION").or_else(|| s.environment.get("DEFAULT_REGION")).cloned());
    vars.get("AWS_REGION")
        .or_else(|| vars.get("AWS_DEFAULT_REGION"))
        .map(str::to_string)
        .or(from_emulator)
        .unwrap_or_else(|| "us-east-1".to_string())
}

/// The stack's variables plus its facts, for `${…}` in seed files:
/// `<service>.host`, `<service>.port` and `<service>.env.<NAME>` (a `-` in a service name becomes `_`).
pub fn seed_vars(stack: &Stack, vars: &Vars) -> Vars {
    let mut out = vars.clone();
    for svc in &stack.services {
        let name = svc.name.replace('-', "_");
        out.insert_default(format!("{name}.host"), svc.name.clone());
        if let Some(port) = svc.ports.first().map(|p| p.container_port).or_else(|| match role_of(svc) {
            Some(Role::Aws) => Some(svc.emulator.map_or(4566, |e| e.port(&svc.environment))),
            Some(Role::Postgres) => Some(5432),
            Some(Role::Redis) => Some(6379),
            None => None,
        }) {
            out.insert_default(format!("{name}.port"), port.to_string());
        }
        for (k, v) in &svc.environment {
            out.insert_default(format!("{name}.env.{k}"), v.clone());
        }
    }
    out
}

/// A client for the emulator's own HTTP paths: straight to it, never through a proxy.
fn emulator_client(timeout: std::time::Duration) -> Result<reqwest::Client, SeedError> {
    reqwest::Client::builder().timeout(timeout).no_proxy().build().map_err(SeedError::data)
}

/// Asks the sandbox's emulator to forget every AWS resource (moto's and MiniStack's reset call).
pub async fn reset_emulator(sandbox: &Sandbox, path: &str) -> Result<(), SeedError> {
    let endpoint = sandbox.aws_endpoint.as_deref().ok_or(SeedError::Missing("AWS emulator"))?;
    let client = emulator_client(std::time::Duration::from_secs(30))?;
    let answer = client.post(format!("{endpoint}{path}")).send().await.map_err(SeedError::data)?;
    if answer.status().is_success() {
        Ok(())
    } else {
        Err(SeedError::EmulatorReset { url: format!("{endpoint}{path}"), status: answer.status().as_u16() })
    }
}

/// Refuses an endpoint that does not answer `emulator`'s own identity path.
async fn identify(endpoint: &str, emulator: Emulator) -> Result<(), SeedError> {
    let client = emulator_client(std::time::Duration::from_secs(10))?;
    let url = format!("{endpoint}{}", emulator.identity_path());
    let answer = client.get(&url).send().await.map_err(SeedError::data)?;
    let is_json =
        answer.status().as_u16() == 200 && answer.json::<serde_json::Value>().await.is_ok_and(|v| v.is_object());
    if is_json {
        Ok(())
    } else {
        Err(SeedError::NotSandbox(format!(
            "{endpoint} does not answer {url} as {emulator} does: it is not this stack's {emulator}"
        )))
    }
}

/// A service of the stack without a running container of its own, but with a container under
/// the name berth would give it: someone else's, and berth says so rather than "not running".
async fn refuse_stranger(engine: &Engine, stack: &Stack, svc: &Service) -> Result<(), SeedError> {
    let Some(name) = engine.stranger_container(stack, svc).await else { return Ok(()) };
    Err(SeedError::NotSandbox(format!(
        "container {name} has the name of this stack's {} but was not created by berth (no dev.berth labels); \
         berth touches only its own sandbox: remove or rename it, then `berth up`",
        svc.name
    )))
}

pub struct Sandbox {
    pub aws: Option<AwsClients>,
    pub aws_endpoint: Option<String>,
    /// The stack's own emulator, recognised by its identity; None for an endpoint given with
    /// `--endpoint`.
    pub aws_emulator: Option<Emulator>,
    pub postgres: Option<PgEndpoint>,
    /// The stack's Postgres service, for pg_dump inside its container.
    pub postgres_service: Option<String>,
    pub redis: Option<String>,
}

/// How the user allows an endpoint that is not the stack's own.
#[derive(Debug, Clone, Default)]
pub struct EndpointOverride {
    pub endpoint: Option<String>,
    pub i_know_this_is_not_a_sandbox: bool,
}

impl EndpointOverride {
    /// No override: the stack's own sandbox.
    pub const OWN: EndpointOverride = EndpointOverride { endpoint: None, i_know_this_is_not_a_sandbox: false };
}

impl Sandbox {
    /// The stack's running LocalStack, Postgres and Redis. Refuses, before any request,
    /// an AWS endpoint that is not the stack's unless explicitly allowed, and afterwards
    /// any endpoint that is not positively the stack's emulator, answering for its account.
    pub async fn discover(
        engine: &Engine,
        stack: &Stack,
        vars: &Vars,
        over: &EndpointOverride,
    ) -> Result<Sandbox, SeedError> {
        Sandbox::discover_for(engine, stack, vars, over, &Kind::ALL).await
    }

    /// The sandbox as far as fixtures of `kinds` need it: the services of other kinds are
    /// neither reached nor checked (they may still be starting).
    pub async fn discover_for(
        engine: &Engine,
        stack: &Stack,
        vars: &Vars,
        over: &EndpointOverride,
        kinds: &[Kind],
    ) -> Result<Sandbox, SeedError> {
        if over.endpoint.is_some() && !over.i_know_this_is_not_a_sandbox {
            return Err(SeedError::NotSandbox(format!(
                "{} is not this stack's own AWS emulator; berth writes only to its own sandbox (add --i-know-this-is-not-a-sandbox to override)",
                over.endpoint.as_deref().unwrap_or_default()
            )));
        }
        // Each role's service, and where it answers.
        let roles: Vec<(Role, &Service, u16)> = [(Role::Aws, 4566), (Role::Postgres, 5432), (Role::Redis, 6379)]
            .into_iter()
            .filter(|(role, _)| kinds.iter().any(|k| holder_of(*k) == *role))
            .filter_map(|(role, fallback)| service_with(stack, role).map(|svc| (role, svc, port_of(svc, fallback))))
            .collect();
        let wanted: Vec<(&str, u16)> = roles.iter().map(|(_, svc, port)| (svc.name.as_str(), *port)).collect();
        let reaches = engine.reach(stack, &wanted).await?;
        let mut found = std::collections::HashMap::new();
        for (role, svc, _) in roles {
            match reaches.get(&svc.name) {
                Some(reach) => {
                    found.insert(role, (svc, reach.clone()));
                }
                None => refuse_stranger(engine, stack, svc).await?,
            }
        }
        let mut sandbox = Sandbox {
            aws: None,
            aws_endpoint: None,
            aws_emulator: None,
            postgres: None,
            postgres_service: None,
            redis: None,
        };
        let region = region(vars, stack);
        if let Some(endpoint) = &over.endpoint {
            sandbox.aws = Some(AwsClients::new(endpoint, &region));
            sandbox.aws_endpoint = Some(endpoint.clone());
        } else if let Some((svc, reach)) = found.remove(&Role::Aws) {
            let endpoint = format!("http://{}:{}", reach.host, reach.port);
            let emulator = svc.emulator.unwrap_or(Emulator::LocalStack);
            let clients = AwsClients::new(&endpoint, &region);
            // Positively this stack's emulator: its own identity path answers, and it answers
            // for the emulator's account. Never loosened to "any account that looks local".
            identify(&endpoint, emulator).await?;
            let mut clients = clients;
            let account = clients.caller_account().await?;
            let expected = emulator.account(&svc.environment);
            if account != expected {
                return Err(SeedError::NotSandbox(format!(
                    "{endpoint} answers for AWS account {account}, not {emulator}'s {expected}"
                )));
            }
            clients.account = account;
            sandbox.aws = Some(clients);
            sandbox.aws_endpoint = Some(endpoint);
            sandbox.aws_emulator = Some(emulator);
        }
        if let Some((svc, reach)) = found.remove(&Role::Postgres) {
            let (host, port) = (reach.host, reach.port);
            sandbox.postgres_service = Some(svc.name.clone());
            let user = svc.environment.get("POSTGRES_USER").cloned().unwrap_or_else(|| "postgres".into());
            sandbox.postgres = Some(PgEndpoint {
                host,
                port,
                database: svc.environment.get("POSTGRES_DB").cloned().unwrap_or_else(|| user.clone()),
                password: svc.environment.get("POSTGRES_PASSWORD").cloned(),
                user,
            });
        }
        if let Some((_, reach)) = found.remove(&Role::Redis) {
            sandbox.redis = Some(format!("redis://{}:{}", reach.host, reach.port));
        }
        Ok(sandbox)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::spec::{Bucket, RedisKey, RedisValue, SqlFile};

    #[test]
    fn each_kind_waits_only_for_the_service_that_holds_it() {
        let yaml = "services:\n  aws:\n    image: localstack/localstack\n  db:\n    image: postgres:16\n    probe: {postgres: {}}\n";
        let stack = crate::stack::load::load_str(
            yaml,
            std::path::Path::new("s.yaml"),
            std::path::Path::new("/p"),
            &Vars::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .stack;
        let spec = SeedSpec {
            buckets: vec![Bucket { name: "b".into(), ..Bucket::default() }],
            sql: vec![SqlFile { name: "1.sql".into(), text: String::new(), sha256: String::new() }],
            redis: vec![RedisKey { db: 0, key: "k".into(), value: RedisValue::String("v".into()), ttl: None }],
            ..SeedSpec::default()
        };
        // No Redis in the stack: its kind is a group of its own, for the plan to say so.
        assert_eq!(
            kinds_by_service(&stack, &spec),
            [
                (Some("aws".to_string()), vec![Kind::S3]),
                (Some("db".to_string()), vec![Kind::Postgres]),
                (None, vec![Kind::Redis])
            ]
        );
    }
}
