//! Loader tests on realistic stack files: forms, errors and their positions.

use std::path::Path;
use std::time::Duration;

use super::interpolate::Vars;
use super::load::MAX_SERVICES;
use super::*;

fn vars(pairs: &[(&str, &str)]) -> Vars {
    Vars::layered([pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()])
}

fn load_text(text: &str) -> Result<Loaded, Diagnostics> {
    load_str(text, Path::new("stack.yaml"), Path::new("/proj"), &vars(&[("HOME", "/home/dev")]))
}

fn ok(text: &str) -> Loaded {
    match load_text(text) {
        Ok(l) => l,
        Err(e) => panic!("expected a valid stack, got:\n{e}"),
    }
}

/// The one error a text produces, as (line, col, message).
fn error(text: &str) -> (usize, usize, String) {
    let errs = load_text(text).expect_err("expected an error").0;
    assert_eq!(errs.len(), 1, "expected one error, got: {errs:#?}");
    let d = &errs[0];
    let hint = d.hint.as_deref().map(|h| format!(" [{h}]")).unwrap_or_default();
    (d.pos.line, d.pos.col, format!("{}{hint}", d.message))
}

const COMPOSE: &str = r#"
name: shop
x-env: &env
  LOG_LEVEL: debug
x-hc: &hc
  interval: 1m30s
  timeout: 10s
  retries: 3
  start_period: 500ms
services:
  web:
    build: ./web
    command: npm run "start dev"
    environment:
      <<: *env
      PORT: 8000
      EMPTY: ""
    env_file:
      - path: web.env.missing-but-optional
        required: false
    ports:
      - 8000
      - "8001:8001"
      - "127.0.0.1:4566:4566"
      - "4510-4511:4510-4511"
      - "127.0.0.1::9229"
      - "53:53/udp"
      - target: 443
        published: "8443"
        host_ip: 127.0.0.1
        protocol: tcp
    volumes:
      - ./src:/app/src:ro
      - ~/cache:/cache
      - data:/var/lib/data
      - /tmp/anon
      - type: bind
        source: ./conf
        target: /etc/conf
        read_only: true
      - type: volume
        source: data
        target: /data2
      - type: tmpfs
        target: /scratch
    tmpfs: /run
    depends_on:
      - db
      - cache
    healthcheck:
      <<: *hc
      test: curl -f http://localhost:8000/
    restart: on-failure:3
    labels:
      - team=shop
    working_dir: /app
    user: "1000:1000"
    networks:
      front:
        aliases: [www]
    profiles: [app]
  db:
    image: postgres:16-alpine
    environment:
      - POSTGRES_USER=shop
      - POSTGRES_PASSWORD=secret
      - FROM_SHELL
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U shop"]
    networks: [default, front]
  cache:
    image: redis:7
    entrypoint: ["redis-server", "--save", ""]
    build:
      context: ./cache
      dockerfile: Dockerfile.dev
      args:
        - VERSION=7
      target: runner
    healthcheck:
      test: ["NONE"]
    depends_on:
      db:
        condition: service_healthy
        restart: true
networks:
  front:
    driver: bridge
volumes:
  data:
"#;

#[test]
fn realistic_compose_file() {
    let env = [("HOME", "/home/dev"), ("FROM_SHELL", "yes")];
    let loaded = load_str(COMPOSE, Path::new("c.yml"), Path::new("/proj"), &vars(&env)).unwrap();
    let stack = loaded.stack;
    assert_eq!(stack.name, "shop");
    let web = stack.service("web").unwrap();
    assert_eq!(web.build.as_ref().unwrap().context, Path::new("/proj/web"));
    assert_eq!(web.command.as_deref().unwrap(), ["npm", "run", "start dev"]);
    assert_eq!(web.environment["LOG_LEVEL"], "debug");
    assert_eq!(web.environment["PORT"], "8000");
    assert_eq!(web.environment["EMPTY"], "");
    let ports: Vec<(Option<&str>, Option<u16>, u16, Protocol)> =
        web.ports.iter().map(|p| (p.host_ip.as_deref(), p.host_port, p.container_port, p.protocol)).collect();
    assert_eq!(
        ports,
        vec![
            (None, None, 8000, Protocol::Tcp),
            (None, Some(8001), 8001, Protocol::Tcp),
            (Some("127.0.0.1"), Some(4566), 4566, Protocol::Tcp),
            (None, Some(4510), 4510, Protocol::Tcp),
            (None, Some(4511), 4511, Protocol::Tcp),
            (Some("127.0.0.1"), None, 9229, Protocol::Tcp),
            (None, Some(53), 53, Protocol::Udp),
            (Some("127.0.0.1"), Some(8443), 443, Protocol::Tcp),
        ]
    );
    let mounts: Vec<(&MountSource, &str, bool)> =
        web.volumes.iter().map(|m| (&m.source, m.target.as_str(), m.read_only)).collect();
    assert_eq!(
        mounts,
        vec![
            (&MountSource::Bind("/proj/src".into()), "/app/src", true),
            (&MountSource::Bind("/home/dev/cache".into()), "/cache", false),
            (&MountSource::Volume("data".into()), "/var/lib/data", false),
            (&MountSource::Anonymous, "/tmp/anon", false),
            (&MountSource::Bind("/proj/conf".into()), "/etc/conf", true),
            (&MountSource::Volume("data".into()), "/data2", false),
            (&MountSource::Tmpfs, "/scratch", false),
        ]
    );
    assert_eq!(web.tmpfs, ["/run"]);
    let hc = web.healthcheck.as_ref().unwrap();
    assert_eq!(hc.test, Some(HealthTest::Shell("curl -f http://localhost:8000/".into())));
    assert_eq!(hc.interval, Some(Duration::from_secs(90)));
    assert_eq!(hc.timeout, Some(Duration::from_secs(10)));
    assert_eq!(hc.retries, Some(3));
    assert_eq!(hc.start_period, Some(Duration::from_millis(500)));
    assert_eq!(web.restart, Some(RestartPolicy::OnFailure(Some(3))));
    assert_eq!(web.labels["team"], "shop");
    assert_eq!(web.working_dir.as_deref(), Some("/app"));
    assert_eq!(web.user.as_deref(), Some("1000:1000"));
    assert_eq!(
        web.networks,
        vec![ServiceNetwork {
            name: "front".into(),
            aliases: vec!["www".into()],
            detailed: true,
            ..Default::default()
        }]
    );
    assert_eq!(web.profiles, ["app"]);
    let deps: Vec<(&str, Condition)> = web.depends_on.iter().map(|d| (d.service.as_str(), d.condition)).collect();
    assert_eq!(deps, vec![("db", Condition::Started), ("cache", Condition::Started)]);
    // A declared healthcheck becomes the probe.
    assert_eq!(web.probe.as_ref().unwrap().check, Check::Healthcheck);

    let db = stack.service("db").unwrap();
    assert_eq!(db.environment["POSTGRES_USER"], "shop");
    assert_eq!(db.environment["FROM_SHELL"], "yes");
    assert_eq!(db.healthcheck.as_ref().unwrap().test, Some(HealthTest::Shell("pg_isready -U shop".into())));

    let cache = stack.service("cache").unwrap();
    assert_eq!(cache.entrypoint.as_deref().unwrap(), ["redis-server", "--save", ""]);
    let build = cache.build.as_ref().unwrap();
    assert_eq!(build.dockerfile.as_deref(), Some("Dockerfile.dev"));
    assert_eq!(build.args["VERSION"], "7");
    assert_eq!(build.target.as_deref(), Some("runner"));
    assert_eq!(cache.healthcheck.as_ref().unwrap().test, Some(HealthTest::None));
    assert_eq!(cache.depends_on[0].condition, Condition::Healthy);
    // No healthcheck, redis image: the default Redis probe.
    assert_eq!(cache.probe.as_ref().unwrap().check, Check::Redis { port: 6379 });
    assert_eq!(stack.networks[0].name, "front");
    assert_eq!(stack.volumes[0].name, "data");
}

#[test]
fn healthcheck_cmd_form_and_disable() {
    let l = ok("services:\n  a:\n    image: x\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://x\"]\n  b:\n    image: x\n    healthcheck:\n      disable: true\n");
    let a = l.stack.service("a").unwrap();
    assert_eq!(
        a.healthcheck.as_ref().unwrap().test,
        Some(HealthTest::Cmd(vec!["curl".into(), "-f".into(), "http://x".into()]))
    );
    let b = l.stack.service("b").unwrap();
    assert_eq!(b.healthcheck.as_ref().unwrap().test, Some(HealthTest::None));
    assert!(b.probe.is_none());
}

#[test]
fn depends_on_berth_short_conditions() {
    let l = ok("services:\n  a:\n    image: x\n  b:\n    image: x\n    depends_on:\n      a: healthy\n  c:\n    image: x\n    depends_on: {b: completed}\n");
    assert_eq!(l.stack.service("b").unwrap().depends_on[0].condition, Condition::Healthy);
    assert_eq!(l.stack.service("c").unwrap().depends_on[0].condition, Condition::Completed);
}

#[test]
fn probes_of_every_kind() {
    let l = ok(r#"
services:
  h:
    image: x
    ports: ["8080:80"]
    probe:
      http: { path: /health, status: 204, json: { pointer: /status, equals: ok } }
      interval: 250ms
      retries: 5
  t: { image: x, probe: { tcp: 9000 } }
  p: { image: x, environment: { POSTGRES_USER: u, POSTGRES_PASSWORD: pw }, probe: { postgres: { database: d } } }
  r: { image: x, probe: { redis: {} } }
  l: { image: x, probe: { localstack: { services: [s3] } } }
  g: { image: x, probe: { log: "ready to accept" } }
  e: { image: x, probe: { exec: "pg_isready" } }
  c: { image: x, probe: { healthcheck: true } }
"#);
    let check = |n: &str| l.stack.service(n).unwrap().probe.clone().unwrap();
    let h = check("h");
    assert_eq!(h.timing.interval, Duration::from_millis(250));
    assert_eq!(h.timing.retries, 5);
    assert_eq!(
        h.check,
        Check::Http {
            port: Some(80),
            url: None,
            path: "/health".into(),
            status: 204,
            body_contains: None,
            https: false,
            insecure: false,
            json: Some(("/status".into(), serde_json::json!("ok")))
        }
    );
    assert_eq!(check("t").check, Check::Tcp { port: 9000 });
    assert_eq!(
        check("p").check,
        Check::Postgres { port: 5432, user: Some("u".into()), password: Some("pw".into()), database: Some("d".into()) }
    );
    assert_eq!(check("r").check, Check::Redis { port: 6379 });
    assert_eq!(check("l").check, Check::LocalStack { port: 4566, services: vec!["s3".into()] });
    assert_eq!(check("g").check, Check::Log { pattern: "ready to accept".into() });
    assert_eq!(check("e").check, Check::Exec { command: vec!["sh".into(), "-c".into(), "pg_isready".into()] });
    assert_eq!(check("c").check, Check::Healthcheck);
}

#[test]
fn x_berth_extension_in_compose() {
    let l = ok("x-berth:\n  seed: ./seed/shop\nservices:\n  ls:\n    image: localstack/localstack:4.9\n    x-berth:\n      probe:\n        tcp: 4566\n");
    assert_eq!(l.stack.seed.as_ref().map(|s| s.folder.as_path()), Some(Path::new("/proj/seed/shop")));
    assert_eq!(l.stack.service("ls").unwrap().probe.as_ref().unwrap().check, Check::Tcp { port: 4566 });
}

#[test]
fn the_jobs_the_seed_replaces_are_left_out_and_their_dependants_wait_for_the_seed() {
    let l = ok("x-berth:\n  seed: {folder: ./seed, before: [app], replaces: [fixture]}\nservices:\n  db: {image: postgres}\n  fixture:\n    image: postgres\n    depends_on: {db: {condition: service_healthy}}\n  migrate:\n    image: app\n    depends_on:\n      fixture: {condition: service_completed_successfully}\n      db: {condition: service_healthy}\n  app:\n    image: app\n    depends_on: {migrate: {condition: service_completed_successfully}}\n");
    let names: Vec<&str> = l.stack.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["db", "migrate", "app"]);
    let migrate = l.stack.service("migrate").unwrap();
    assert_eq!(migrate.depends_on.iter().map(|d| d.service.as_str()).collect::<Vec<_>>(), ["db"]);
    let seed = l.stack.seed.as_ref().unwrap();
    assert_eq!(seed.before, ["app", "migrate"]);
    assert_eq!(seed.replaces, ["fixture"]);

    let (line, col, message) =
        error("x-berth:\n  seed: {folder: ./seed, replaces: [nope]}\nservices:\n  db: {image: postgres}\n");
    assert_eq!((line, col, message.as_str()), (2, 9, "seed.replaces names unknown service 'nope'"));
    let (_, _, message) = error("x-berth:\n  seed: {folder: ./seed, replaces: [db]}\nservices:\n  db: {image: postgres}\n  sidecar: {image: x, network_mode: 'service:db'}\n");
    assert!(message.contains("seed.replaces names 'db', whose container service 'sidecar' needs"), "{message}");
}

#[test]
fn default_probes_for_known_images() {
    let l = ok("services:\n  ls: {image: 'localstack/localstack:4.9', environment: {SERVICES: 's3,sqs'}}\n  pg: {image: 'postgres:16-alpine'}\n  web: {image: 'nginx'}\n");
    assert_eq!(
        l.stack.service("ls").unwrap().probe.as_ref().unwrap().check,
        Check::LocalStack { port: 4566, services: vec!["s3".into(), "sqs".into()] }
    );
    assert!(matches!(l.stack.service("pg").unwrap().probe.as_ref().unwrap().check, Check::Postgres { port: 5432, .. }));
    assert!(l.stack.service("web").unwrap().probe.is_none());
}

#[test]
fn unsupported_compose_keys_warn_with_position() {
    let l = ok("models: {}\nservices:\n  a:\n    image: x\n    deploy:\n      replicas: 2\n    network_mode: host\n    cpuset: '0'\n");
    assert_eq!(l.stack.services[0].runtime.network_mode, Some(crate::runtime::NetworkMode::Host));
    let w: Vec<(usize, usize, &str)> = l.warnings.iter().map(|d| (d.pos.line, d.pos.col, d.message.as_str())).collect();
    assert_eq!(
        w,
        vec![
            (1, 1, "'models' in the stack file is not supported by berth and is ignored"),
            // Keys berth does not read are named while the service's keys are listed, before any is read.
            (8, 5, "'cpuset' in service 'a' is not supported by berth and is ignored"),
            (6, 7, "'deploy.replicas' is not supported on one engine: berth runs one container per service (compose runs that many; `--engine swarm` runs them on a Swarm)"),
        ]
    );
}

#[test]
fn the_engine_comes_from_the_variable_then_the_file_and_swarm_keys_are_read_without_warnings() {
    use crate::deploy::EngineKind;
    let text = "x-berth: {engine: swarm, registry: 'reg.lan:5000'}\nservices:\n  a:\n    image: x\n    deploy:\n      replicas: 3\n      placement: {constraints: [node.role == worker]}\n      endpoint_mode: dnsrr\n";
    let l = ok(text);
    assert_eq!(l.stack.engine, EngineKind::Swarm);
    assert_eq!(l.stack.registry.as_deref(), Some("reg.lan:5000"));
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let deploy = &l.stack.services[0].runtime.deploy;
    assert_eq!((deploy.replicas, deploy.endpoint_mode.as_deref()), (Some(3), Some("dnsrr")));
    assert_eq!(deploy.constraints, ["node.role == worker"]);

    let mut vars = Vars::default();
    vars.set("BERTH_ENGINE", "containers");
    vars.set("BERTH_REGISTRY", "other:5000");
    let l = crate::load_str(text, Path::new("s.yaml"), Path::new("/"), &vars).unwrap();
    assert_eq!(l.stack.engine, EngineKind::Containers);
    assert_eq!(l.stack.registry.as_deref(), Some("other:5000"));
    // On one engine the Swarm-only keys are named, each where it is written.
    let lines: Vec<usize> = l.warnings.iter().map(|w| w.pos.line).collect();
    assert_eq!(lines, [6, 7, 8], "{:?}", l.warnings);

    assert_eq!(
        error("x-berth: {engine: kubernetes}\nservices:\n  a: {image: x}\n"),
        (1, 19, "engine 'kubernetes': expected 'containers' or 'swarm'".into())
    );
    // compose accepts a mode it does not know; berth leaves it out and says so.
    let l = ok("services:\n  a: {image: x, deploy: {endpoint_mode: mesh}}\n");
    assert_eq!(l.stack.services[0].runtime.deploy.endpoint_mode, None);
    assert!(l.warnings.iter().any(|d| d.message == "deploy.endpoint_mode 'mesh' is neither vip nor dnsrr: left out"));
}

#[test]
fn interpolation_in_values() {
    let text = "services:\n  a:\n    image: ${IMG:-localstack/localstack:4.9}\n    environment:\n      PRICE: $$5\n";
    let l = ok(text);
    let a = l.stack.service("a").unwrap();
    assert_eq!(a.image.as_deref(), Some("localstack/localstack:4.9"));
    assert_eq!(a.environment["PRICE"], "$5");
}

#[test]
fn error_unknown_key_with_suggestion() {
    assert_eq!(
        error("services:\n  web:\n    image: nginx\n    enviroment: {}\n"),
        (4, 5, "unknown key 'enviroment' in service 'web' [did you mean 'environment'?]".into())
    );
    let errs = load_text("servics:\n  web:\n    image: nginx\n").unwrap_err().0;
    assert_eq!((errs[0].pos, errs[0].hint.as_deref()), (Pos::new(1, 1), Some("did you mean 'services'?")));
}

#[test]
fn error_unknown_dependency() {
    assert_eq!(
        error("services:\n  db:\n    image: x\n  web:\n    image: x\n    depends_on: [dbb]\n"),
        (6, 18, "service 'web' depends on unknown service 'dbb' [did you mean 'db'?]".into())
    );
}

#[test]
fn error_dependency_cycle() {
    let (line, col, msg) = error(
        "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [c]\n  c:\n    image: x\n    depends_on: [a]\n",
    );
    assert_eq!((line, col), (2, 3));
    assert!(msg.starts_with("dependency cycle: a → b → c → a"), "{msg}");
}

#[test]
fn a_host_port_published_twice_is_a_warning_as_compose_accepts_the_file() {
    // compose v2.40.3's `config` accepts both files (exit 0); only the engine objects at `up`.
    let loaded = ok("services:\n  a:\n    image: x\n    ports: ['5432:5432']\n  b:\n    image: x\n    ports:\n      - '127.0.0.1:5432:5433'\n");
    let said: Vec<_> = loaded.warnings.iter().map(|d| (d.pos.line, d.pos.col, d.message.as_str())).collect();
    assert_eq!(
        said,
        [(
            8,
            9,
            "host port 5432/tcp of service 'b' is also published by service 'a' (line 4): the two cannot run at once"
        )]
    );
    // Different host addresses or protocols do not clash, nor does a host range (the engine picks).
    let loaded = ok("services:\n  a:\n    image: x\n    ports: ['127.0.0.1:53:53', '8000-8001:80']\n  b:\n    image: x\n    ports: ['127.0.0.2:53:53', '53:53/udp', '8000-8001:80']\n");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn a_host_range_for_one_container_port_lets_the_engine_choose() {
    // compose v2.40.3: `8000-8001:80` → target 80, published "8000-8001"; sizes that differ on
    // both sides are refused ("invalid ranges specified for container and host Ports").
    let loaded = ok(
        "services:\n  a:\n    image: x\n    ports: ['127.0.0.1:8000-8001:80', {target: 81, published: '9000-9002'}]\n",
    );
    let ports: Vec<_> = loaded.stack.services[0]
        .ports
        .iter()
        .map(|p| (p.host_ip.as_deref(), p.host_port, p.host_port_last, p.container_port))
        .collect();
    assert_eq!(ports, [(Some("127.0.0.1"), Some(8000), Some(8001), 80), (None, Some(9000), Some(9002), 81)]);
    assert!(error("services:\n  a:\n    image: x\n    ports: ['8000-8002:80-81']\n").2.contains("differ in size"));
}

#[test]
fn error_malformed_port() {
    assert_eq!(
        error("services:\n  a:\n    image: x\n    ports:\n      - '80:abc'\n"),
        (5, 9, "'abc' is not a port number (1-65535)".into())
    );
}

#[test]
fn error_neither_image_nor_build() {
    assert_eq!(
        error("services:\n  a:\n    command: sleep 1\n"),
        (
            2,
            3,
            "service 'a' has neither 'image' nor 'build' [add 'image: NAME:TAG' or 'build: ./path/to/context' (an 'image' whose variable is unset is empty)]".into()
        )
    );
}

#[test]
fn error_required_variable() {
    assert_eq!(
        error("services:\n  a:\n    image: ${IMAGE:?set IMAGE to the image to run}\n"),
        (3, 12, "required variable IMAGE is not set: set IMAGE to the image to run".into())
    );
    assert_eq!(
        error("services:\n  a:\n    image: \"x-${TAG?}\"\n"),
        (3, 15, "required variable TAG is not set".into())
    );
}

#[test]
fn error_tabs_and_broken_yaml() {
    let (line, _, msg) = error("services:\n\ta:\n    image: x\n");
    assert_eq!(line, 2);
    assert!(msg.contains("tabs"), "{msg}");
    let (line, _, msg) = error("services:\n  a:\n    image: [x\n  b: {}\n");
    assert!(msg.starts_with("invalid YAML"), "{msg}");
    assert!(line >= 3, "{line}");
}

#[test]
fn error_bad_condition_and_restart() {
    let (line, col, msg) = error("services:\n  a:\n    image: x\n  b:\n    image: x\n    depends_on:\n      a:\n        condition: service_ready\n");
    assert_eq!((line, col), (8, 20));
    assert!(msg.starts_with("unknown depends_on condition 'service_ready'"), "{msg}");
    // compose's config accepts an unknown restart policy (its engine refuses it at up): a warning.
    let l = ok("services:\n  a:\n    image: x\n    restart: sometimes\n");
    assert_eq!(l.stack.services[0].restart, None);
    assert!(l.warnings.iter().any(|w| w.pos.line == 4 && w.message.contains("unknown restart policy")));
}

#[test]
fn error_undeclared_volume() {
    let (line, _, msg) = error("services:\n  a:\n    image: x\n    volumes: ['data:/data']\n");
    assert_eq!(line, 2);
    assert!(msg.contains("volume 'data', which is not declared"), "{msg}");
}

#[test]
fn every_error_is_reported_at_once() {
    let errs = load_text("services:\n  a:\n    imgae: x\n  b:\n    image: x\n    depends_on: [zz]\n    ports: ['x']\n")
        .unwrap_err();
    assert_eq!(errs.0.len(), 4, "{errs}");
}

#[test]
fn start_waves_follow_dependencies() {
    let l = ok("services:\n  web: {image: x, depends_on: [api]}\n  api: {image: x, depends_on: [db, cache]}\n  db: {image: x}\n  cache: {image: x}\n  docs: {image: x}\n");
    assert_eq!(
        start_waves(&l.stack),
        vec![vec!["db".to_string(), "cache".into(), "docs".into()], vec!["api".into()], vec!["web".into()]]
    );
}

#[test]
fn stack_name_defaults() {
    let l =
        load_str("services: {a: {image: x}}", Path::new("/p/stacks/My Stack.yaml"), Path::new("/p/stacks"), &vars(&[]))
            .unwrap();
    assert_eq!(l.stack.name, "mystack");
    let l = load_str(
        "services: {a: {image: x}}",
        Path::new("/p/x/docker-compose.yml"),
        Path::new("/p/x"),
        &vars(&[("COMPOSE_PROJECT_NAME", "proj")]),
    )
    .unwrap();
    assert_eq!(l.stack.name, "proj");
    let l = load_str(
        "name: file\nservices: {a: {image: x}}",
        Path::new("s.yaml"),
        Path::new("/p"),
        &vars(&[("COMPOSE_PROJECT_NAME", "env")]),
    )
    .unwrap();
    assert_eq!(l.stack.name, "env");
}

#[test]
fn an_explicit_project_name_is_taken_as_it_is_or_refused_as_compose_refuses_it() {
    for bad in ["../Evil/Name", "Evil", "-x", "a b"] {
        let e = load_str(
            "services: {a: {image: x}}",
            Path::new("s.yaml"),
            Path::new("/p"),
            &vars(&[("COMPOSE_PROJECT_NAME", bad)]),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("invalid project name") && e.contains("-p or COMPOSE_PROJECT_NAME"), "{bad}: {e}");
    }
    let l = load_str(
        "services: {a: {image: x}}",
        Path::new("s.yaml"),
        Path::new("/p"),
        &vars(&[("COMPOSE_PROJECT_NAME", "ok-1_x")]),
    )
    .unwrap();
    assert_eq!(l.stack.name, "ok-1_x");
    // The file's own name is normalized, as compose does.
    assert_eq!(ok("name: My_App.x\nservices: {a: {image: x}}").stack.name, "my_appx");
}

#[test]
fn what_a_stack_pulls_in_is_held_to_a_memory_budget_with_located_errors() {
    let mib = "x".repeat(1 << 20);
    // One value that uses a 1 MiB variable a thousand times: refused at its `$`.
    let refs = "$BIG ".repeat(1000);
    let e = load_str(
        &format!("services:\n  a:\n    image: x\n    command: \"{refs}\"\n"),
        Path::new("s.yaml"),
        Path::new("/p"),
        &vars(&[("BIG", &mib)]),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("s.yaml:4:") && e.contains("berth's limit for one value"), "{e}");
    // Many values, each under the limit, together past the stack's.
    let env: String = (0..40).map(|i| format!("      V{i}: \"$BIG$BIG\"\n")).collect();
    let e = load_str(
        &format!("services:\n  a:\n    image: x\n    environment:\n{env}"),
        Path::new("s.yaml"),
        Path::new("/p"),
        &vars(&[("BIG", &mib)]),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("the stack's values pass 64 MiB"), "{e}");
    assert_eq!(e.matches("pass 64 MiB").count(), 1, "said once: {e}");
    // Port ranges: 200 entries of 65k ports each.
    let ports: String = (0..200).map(|_| "      - \"1-65535:1-65535\"\n".to_string()).collect();
    let (line, _, message) = error(&format!("services:\n  a:\n    image: x\n    ports:\n{ports}"));
    assert_eq!(line, 6, "the second entry passes the limit");
    assert!(message.contains("65536 bindings"), "{message}");
}

#[test]
fn a_container_name_outside_the_engines_characters_is_refused_at_its_place() {
    let (line, col, message) = error("services:\n  a:\n    image: x\n    container_name: \"a\\nb\"\n");
    assert_eq!((line, col), (4, 21));
    assert!(message.contains("container_name 'a\\nb' is not a container name"), "{message}");
    assert_eq!(
        ok("services: {a: {image: x, container_name: web.1_a-b}}").stack.services[0].container_name.as_deref(),
        Some("web.1_a-b")
    );
}

#[test]
fn shipped_stack_files_are_valid() {
    // The shipped files live at the top of the repository, two folders up.
    let root = &Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let platform = ["localstack", "postgres", "redis", "migrate", "backend", "storefront"];
    let light = ["localstack", "postgres", "redis", "backend", "storefront"];
    // The compose files' fixture jobs (db-fixture, fixtures) are the seed's to do under berth.
    for (file, services) in [
        ("stacks/ysh-b2b.yaml", &platform[..]),
        ("stacks/ysh-b2b-light.yaml", &light[..]),
        ("docker-compose.localstack.yml", &platform[..]),
        ("docker-compose.light.yml", &light[..]),
    ] {
        let loaded = load(&LoadOptions { files: vec![root.join(file)], ..Default::default() })
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let names: Vec<&str> = loaded.stack.services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, services, "{file}");
        assert!(loaded.warnings.is_empty(), "{file}: {:?}", loaded.warnings);
    }
}

#[test]
fn build_secrets_cache_from_and_labels_resolve_against_top_level_secrets() {
    let loaded = load_str(
        "secrets:\n  env:\n    file: ./secrets/build.env\n  npm:\n    environment: NPM_TOKEN\nservices:\n  backend:\n    build:\n      context: ./backend\n      target: runner\n      secrets:\n        - env\n        - source: npm\n          target: npmrc\n      cache_from: [ysh/backend:cache]\n      labels: {team: platform}\n",
        Path::new("stack.yaml"),
        Path::new("/proj"),
        &vars(&[("NPM_TOKEN", "tok-123")]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let build = loaded.stack.services[0].build.clone().expect("build");
    assert_eq!(
        build.secrets[0],
        BuildSecret { id: "env".into(), source: SecretSource::File("/proj/secrets/build.env".into()) }
    );
    assert_eq!(build.secrets[1].id, "npmrc");
    assert!(
        matches!(&build.secrets[1].source, SecretSource::Env { variable, value } if variable == "NPM_TOKEN" && value.0 == "tok-123")
    );
    assert!(!format!("{:?}", loaded.stack).contains("tok-123"), "a secret's value never shows in Debug output");
    assert_eq!(build.cache_from, vec!["ysh/backend:cache".to_string()]);
    assert_eq!(build.labels.get("team").map(String::as_str), Some("platform"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn an_undeclared_build_secret_is_an_error_at_its_line() {
    let (line, col, message) = error(
        "secrets:\n  env:\n    file: ./build.env\nservices:\n  backend:\n    build:\n      context: .\n      secrets: [envv]\n",
    );
    assert_eq!((line, col), (8, 17));
    assert!(
        message.contains("build secret 'envv' is not declared") && message.contains("declared secrets: env"),
        "{message}"
    );
}

#[test]
fn a_name_without_a_value_takes_the_variable_or_goes_bare_as_compose_does() {
    let l = ok("services:\n  web:\n    image: x\n    environment: [HOME, NOT_SET, A=1]\n  api:\n    image: x\n    environment: {HOME: , NOT_SET: }\n");
    for name in ["web", "api"] {
        let svc = l.stack.service(name).expect("service");
        assert_eq!(svc.environment.get("HOME").map(String::as_str), Some("/home/dev"), "{name}");
        assert!(!svc.environment.contains_key("NOT_SET"), "{name}");
        assert_eq!(svc.environment_unset.iter().collect::<Vec<_>>(), ["NOT_SET"], "{name}");
    }
}

#[test]
fn durations_and_numbers_out_of_range_are_located_errors_that_say_the_range() {
    let (line, col, msg) = error("services:\n  a:\n    image: x\n    healthcheck:\n      interval: 1e20\n");
    assert_eq!((line, col), (5, 17));
    assert_eq!(msg, "healthcheck.interval: '1e20' is out of range: a duration is between 0s and 8760h (a year)");
    let (line, col, msg) = error("services:\n  a:\n    image: x\n    healthcheck:\n      retries: -3\n");
    assert_eq!((line, col), (5, 16));
    assert_eq!(msg, "healthcheck.retries must be a whole number from 0 to 4294967295 (got '-3')");
}

/// Generated hostile shapes finish (a generous ceiling, not a timing assertion: the bench measures).
#[test]
fn long_chains_many_services_and_deep_defaults_finish() {
    let ceiling = Duration::from_secs(30);
    let mut chain = String::from("services:\n  s0: {image: x}\n");
    for i in 1..5_000 {
        chain.push_str(&format!("  s{i}: {{image: x, depends_on: [s{}]}}\n", i - 1));
    }
    let started = std::time::Instant::now();
    let l = ok(&chain);
    assert_eq!(start_waves(&l.stack).len(), 5_000);
    assert!(started.elapsed() < ceiling, "5,000-service chain took {:?}", started.elapsed());

    let flat = |n: usize| {
        let mut text = String::from("services:\n");
        for i in 0..n {
            text.push_str(&format!("  s{i}: {{image: x}}\n"));
        }
        text
    };
    let started = std::time::Instant::now();
    let l = ok(&flat(MAX_SERVICES));
    assert_eq!(start_waves(&l.stack), vec![l.stack.services.iter().map(|s| s.name.clone()).collect::<Vec<_>>()]);
    // 20,000 services: refused at once, at the services key, with the limit named; 100,000
    // pass the document's limit on values first.
    let (line, col, msg) = error(&flat(20_000));
    assert_eq!((line, col, msg.as_str()), (2, 3, "20000 services: berth runs at most 10000 in one stack"));
    let (line, _, msg) = error(&flat(100_000));
    assert_eq!(line, 62_501);
    assert_eq!(msg, "the document holds more than 250000 values, berth's limit (aliases count once per use)");
    assert!(started.elapsed() < ceiling, "10,000 and 100,000 services took {:?}", started.elapsed());

    let nested = format!("services:\n  a:\n    image: \"{}x{}\"\n", "${U:-".repeat(8_000), "}".repeat(8_000));
    let started = std::time::Instant::now();
    let (line, col, msg) = error(&nested);
    assert_eq!((line, col), (3, 13));
    assert!(msg.contains("variables nested more than 64 levels deep"), "{msg}");
    assert!(started.elapsed() < ceiling, "8,000-deep default took {:?}", started.elapsed());
    let fine = format!("services:\n  a:\n    image: \"{}x{}\"\n", "${U:-".repeat(60), "}".repeat(60));
    assert_eq!(ok(&fine).stack.services[0].image.as_deref(), Some("x"));
}

#[test]
fn an_unset_secret_variable_loads_as_compose_loads_it_and_says_why_at_use() {
    // compose's `config` accepts the file; what needs the value fails when it needs it.
    let loaded = ok(
        "secrets:\n  npm:\n    environment: NPM_TOKEN_UNSET\n  vault:\n    external: true\n    name: prod-vault\nservices:\n  a:\n    image: x\n    build:\n      context: .\n      secrets: [npm]\n    secrets: [vault]\n",
    );
    let a = &loaded.stack.services[0];
    let build = &a.build.as_ref().expect("build").secrets[0];
    let why = build.source.unavailable("build secret", &build.id).expect("unset");
    assert!(why.contains("NPM_TOKEN_UNSET") && why.contains("not set"), "{why}");
    assert_eq!(a.files[0].source, SecretSource::External { name: "prod-vault".into() });
    assert!(a.files[0].unavailable().is_some_and(|w| w.contains("secret 'vault' is external")));
}

#[test]
fn a_file_that_stops_being_utf8_is_reported_where_it_stops() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("compose.yaml");
    std::fs::write(&file, b"services:\n  web:\n    image: ng\xffinx\n").unwrap();
    let opts = LoadOptions { files: vec![file.clone()], ..Default::default() };
    let errs = load(&opts).expect_err("invalid UTF-8").0;
    assert_eq!((errs[0].pos.line, errs[0].pos.col), (3, 14), "{errs:#?}");
    assert!(errs[0].message.contains("invalid UTF-8 at line 3, column 14"), "{}", errs[0].message);
}

#[test]
fn a_named_pipe_nobody_writes_to_is_refused_after_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("compose.yaml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let started = std::time::Instant::now();
    let e = super::load::read_text(&fifo).expect_err("no writer");
    assert!(e.to_string().contains("it is a pipe and nothing finished writing to it within 10 s"), "{e}");
    assert!(started.elapsed() >= super::load::PIPE_DEADLINE);
    // A pipe with a writer is read, as `-f <(…)` is. (Another pipe: the first one's
    // reader is still waiting for a writer, as it would in a berth that gave up on it.)
    let fifo = dir.path().join("second.yaml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let writer = std::thread::spawn({
        let fifo = fifo.clone();
        move || std::fs::write(fifo, "services: {}\n")
    });
    assert_eq!(super::load::read_text(&fifo).unwrap(), "services: {}\n");
    writer.join().unwrap().unwrap();
}

#[test]
fn secrets_and_configs_land_where_compose_puts_them() {
    let l = ok("secrets:\n  pw: {file: ./pw.txt}\nconfigs:\n  app: {content: hi}\nservices:\n  a:\n    image: x\n    secrets: [pw, {source: pw, target: other, mode: 0400}]\n    configs: [app, {source: app, target: /etc/app.conf, mode: 0o644}]\n");
    let files: Vec<(String, Option<u32>, bool)> =
        l.stack.services[0].files.iter().map(|f| (f.target.clone(), f.mode, f.secret)).collect();
    assert_eq!(
        files,
        [
            ("/run/secrets/pw".to_string(), None, true),
            ("/run/secrets/other".to_string(), Some(0o400), true),
            ("/app".to_string(), None, false),
            ("/etc/app.conf".to_string(), Some(0o644), false),
        ]
    );
    let (line, col, msg) = error("services:\n  a:\n    image: x\n    secrets: [nope]\n");
    assert_eq!((line, col, msg.as_str()), (4, 15, "secret 'nope' is not declared under the top-level 'secrets:'"));
}

#[test]
fn runtime_keys_read_as_compose_reads_them() {
    let l = ok("services:\n  a:\n    image: x\n    cap_add: [NET_ADMIN, CAP_SYS_TIME]\n    extra_hosts: {db: 10.0.0.2}\n    shm_size: 1g\n    cpus: 1.5\n    pull_policy: every_12h\n    ulimits: {nproc: 10, nofile: {soft: 1, hard: 2}}\n    network_mode: service:b\n  b:\n    image: x\n");
    let rt = &l.stack.services[0].runtime;
    assert_eq!(rt.cap_add, ["CAP_NET_ADMIN", "CAP_SYS_TIME"]);
    assert_eq!(rt.extra_hosts, ["db:10.0.0.2"]);
    assert_eq!(rt.shm_size, Some(1 << 30));
    assert_eq!(rt.nano_cpus, Some(1_500_000_000));
    assert_eq!(rt.pull_policy, crate::runtime::PullPolicy::Every(Duration::from_secs(12 * 3600)));
    assert_eq!(
        rt.ulimits.iter().map(|u| (u.name.as_str(), u.soft, u.hard)).collect::<Vec<_>>(),
        [("nofile", 1, 2), ("nproc", 10, 10)]
    );
    // Sharing b's network starts b first, as compose does.
    assert_eq!(start_waves(&l.stack), [vec!["b".to_string()], vec!["a".to_string()]]);
    let (line, col, msg) = error("services:\n  a:\n    image: x\n    pull_policy: sometimes\n");
    assert_eq!((line, col), (4, 18));
    assert!(msg.starts_with("pull_policy 'sometimes': expected always, missing, never"), "{msg}");
}

#[test]
fn a_megabyte_of_aliases_finishes_with_the_limit_named() {
    let text =
        format!("x-a: &a {{k: v}}\nservices:\n  a:\n    image: x\n    labels: [{}]\n", vec!["*a"; 250_000].join(", "));
    assert!(text.len() > 1_000_000);
    let started = std::time::Instant::now();
    let (line, _, msg) = error(&text);
    assert_eq!(line, 5);
    assert!(msg.contains("holds more than 250000 values"), "{msg}");
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
}

#[test]
fn an_unset_variable_without_a_default_is_warned_about_once() {
    let l = ok("services:\n  a:\n    image: \"x:${NOT_SET_TAG}\"\n    environment: {A: $NOT_SET_TAG, B: '${NOT_SET_B:-fine}'}\n");
    let warnings: Vec<(usize, String)> = l.warnings.iter().map(|d| (d.pos.line, d.message.clone())).collect();
    assert_eq!(
        warnings,
        [(3, "variable NOT_SET_TAG is not set: it becomes an empty string (as compose does)".to_string())]
    );
    assert_eq!(l.stack.services[0].image.as_deref(), Some("x:"));
}

#[test]
fn ports_and_service_names_are_checked_as_compose_checks_them() {
    let l = ok("services:\n  a:\n    image: x\n    ports: ['53:53/UDP', '9000:9000/sctp', '[::1]:81:81']\n");
    let protocols: Vec<&str> = l.stack.services[0].ports.iter().map(|p| p.protocol.as_str()).collect();
    assert_eq!(protocols, ["udp", "sctp", "tcp"]);
    let (line, col, msg) = error("services:\n  a:\n    image: x\n    ports: ['999.1.1.1:81:81']\n");
    assert_eq!((line, col), (4, 13));
    assert!(msg.contains("invalid host IP '999.1.1.1' in port '999.1.1.1:81:81'"), "{msg}");
    let (line, col, msg) = error("services:\n  My Service!:\n    image: x\n");
    assert_eq!((line, col), (2, 3));
    assert!(msg.starts_with("invalid service name 'My Service!'"), "{msg}");
}

fn load_files(files: &[(&str, &str)], profiles: &[&str], named: &[&str]) -> Result<Loaded, Diagnostics> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!("berth-files-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    for (name, text) in files {
        std::fs::write(root.join(name), text).unwrap();
    }
    let opts = LoadOptions {
        files: files.iter().map(|(n, _)| root.join(n)).collect(),
        profiles: profiles.iter().map(|p| p.to_string()).collect(),
        services: named.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    };
    let out = load(&opts);
    std::fs::remove_dir_all(&root).unwrap();
    out
}

#[test]
fn an_override_file_merges_and_its_errors_name_it() {
    let base = "services:\n  web:\n    image: a\n    ports: ['8080:80']\n";
    let over =
        "services:\n  web:\n    image: b\n    environment: {A: '1'}\n  bad:\n    image: x\n    oom_score_adj: 5000\n";
    let errors = load_files(&[("compose.yaml", base), ("compose.override.yaml", over)], &[], &[]).unwrap_err();
    let e = errors.errors().next().unwrap();
    assert!(e.file.ends_with("compose.override.yaml"), "{e}");
    assert_eq!((e.pos.line, e.pos.col), (7, 20), "{e}");
    let over = "services:\n  web:\n    image: b\n    environment: {A: '1'}\n";
    let loaded = load_files(&[("compose.yaml", base), ("compose.override.yaml", over)], &[], &[]).unwrap();
    let web = loaded.stack.service("web").unwrap();
    assert_eq!(web.image.as_deref(), Some("b"));
    assert_eq!(web.environment.get("A").map(String::as_str), Some("1"));
    assert_eq!(web.ports.len(), 1);
    assert_eq!(loaded.stack.sources.len(), 2);
}

#[test]
fn profiles_select_services_as_compose_does() {
    let file = "services:\n  a: {image: x}\n  b: {image: x, profiles: [p]}\n  c: {image: x, profiles: [q, r], ports: ['80:80']}\n  d: {image: x, profiles: [r], ports: ['81:80']}\n";
    let names = |l: &Loaded| l.stack.services.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    let loaded = load_files(&[("compose.yaml", file)], &[], &[]).unwrap();
    assert_eq!(names(&loaded), ["a"]);
    assert_eq!(loaded.profiles, ["p", "q", "r"]);
    assert_eq!(names(&load_files(&[("compose.yaml", file)], &["r"], &[]).unwrap()), ["a", "c", "d"]);
    assert_eq!(names(&load_files(&[("compose.yaml", file)], &["*"], &[]).unwrap()), ["a", "b", "c", "d"]);
    // A service named on the command line enables its own profiles.
    assert_eq!(names(&load_files(&[("compose.yaml", file)], &[], &["b"]).unwrap()), ["a", "b"]);
}

#[test]
fn a_dependency_in_a_disabled_profile_is_an_error_that_names_the_profile() {
    let file = "services:\n  a:\n    image: x\n    depends_on: [b]\n  b: {image: x, profiles: [tools]}\n";
    let errors = load_files(&[("compose.yaml", file)], &[], &[]).unwrap_err();
    let e = errors.errors().next().unwrap();
    assert_eq!((e.pos.line, e.pos.col), (4, 18), "{e}");
    assert!(e.message.contains("profile tools"), "{e}");
    assert!(e.hint.as_deref().unwrap_or("").contains("--profile tools"), "{e}");
    assert!(load_files(&[("compose.yaml", file)], &["tools"], &[]).is_ok());
}

#[test]
fn warnings_are_kept_next_to_errors() {
    let file = "services:\n  a:\n    image: x\n    cpuset: '0'\n    oom_score_adj: 5000\n";
    let all = load_files(&[("compose.yaml", file)], &[], &[]).unwrap_err();
    assert_eq!(all.errors().count(), 1);
    assert!(all.0.iter().any(|d| d.warning && d.message.contains("cpuset")), "{all}");
}

#[test]
fn extends_merges_the_base_service_and_refuses_a_circle() {
    let file = "services:\n  base:\n    image: x\n    environment: {A: '1'}\n  web:\n    extends: base\n    environment: {B: '2'}\n";
    let loaded = load_files(&[("compose.yaml", file)], &[], &[]).unwrap();
    let web = loaded.stack.service("web").unwrap();
    assert_eq!(web.image.as_deref(), Some("x"));
    assert_eq!(web.environment.len(), 2);
    let circle = "services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: x\n    extends: a\n";
    let errors = load_files(&[("compose.yaml", circle)], &[], &[]).unwrap_err();
    let e = errors.errors().next().unwrap();
    assert!(e.message.contains("circle"), "{e}");
    assert_eq!(e.pos.line, 4, "{e}");
}

#[test]
fn extends_across_files_with_one_service_name_is_a_chain_and_a_circle_names_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("a.yml", "services:\n  s:\n    extends: {file: b.yml, service: s}\n    environment: {A: '1'}\n");
    write("b.yml", "services:\n  s:\n    extends: {file: c.yml, service: s}\n    environment: {B: '2'}\n");
    write("c.yml", "services:\n  s:\n    image: x\n    environment: {C: '3'}\n");
    let load_a = || load(&LoadOptions { files: vec![dir.path().join("a.yml")], ..Default::default() });
    let loaded = load_a().unwrap_or_else(|e| panic!("{e}"));
    let s = loaded.stack.service("s").unwrap();
    assert_eq!((s.image.as_deref(), s.environment.len()), (Some("x"), 3));
    write("c.yml", "services:\n  s:\n    extends: {file: a.yml, service: s}\n");
    let e = load_a().unwrap_err().to_string();
    assert!(e.contains("circle") && e.contains("a.yml:s") && e.contains("b.yml:s") && e.contains("c.yml:s"), "{e}");
    // A chain deeper than the old hidden limit of 32, in one file.
    let mut chain = String::from("services:\n  s0:\n    image: x\n");
    for i in 1..=40 {
        chain.push_str(&format!("  s{i}:\n    extends: s{}\n", i - 1));
    }
    assert_eq!(ok(&chain).stack.service("s40").unwrap().image.as_deref(), Some("x"));
}

#[test]
fn an_included_file_brings_its_services_with_its_own_paths() {
    let root = std::env::temp_dir().join(format!("berth-include-{}", std::process::id()));
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/compose.yaml"), "services:\n  q:\n    image: ${Q_IMAGE}\n    volumes: ['./d:/d']\n")
        .unwrap();
    std::fs::write(root.join("sub/.env"), "Q_IMAGE=valkey\n").unwrap();
    std::fs::write(
        root.join("compose.yaml"),
        "include: [sub/compose.yaml]\nservices:\n  app: {image: a, depends_on: [q]}\n",
    )
    .unwrap();
    let loaded = load(&LoadOptions { files: vec![root.join("compose.yaml")], ..Default::default() }).unwrap();
    let q = loaded.stack.service("q").unwrap();
    assert_eq!(q.image.as_deref(), Some("valkey"));
    assert_eq!(q.volumes[0].source, MountSource::Bind(root.join("sub/d")));
    std::fs::remove_dir_all(&root).unwrap();
}

// What the YAML differential suite (tests/conformance/yaml) found, each with compose's verdict.

#[test]
fn flow_sequences_with_a_dedented_close_and_comments_between_items_are_read() {
    let l = ok("services:\n  s:\n    image: x\n    entrypoint: [\n      \"bash\", \"-c\",\n      \"echo one\"\n    ]\n    healthcheck:\n      test: [\n          \"CMD-SHELL\",\n          # a comment between items\n          \"true\",\n      ]\n");
    let s = l.stack.service("s").unwrap();
    assert_eq!(s.entrypoint.as_deref(), Some(&["bash".to_string(), "-c".into(), "echo one".into()][..]));
    assert_eq!(s.healthcheck.as_ref().unwrap().test, Some(HealthTest::Shell("true".into())));
}

#[test]
fn a_tab_after_a_colon_separates_as_in_compose() {
    assert_eq!(ok("services:\n  s:\n    image:\tx\n").stack.services[0].image.as_deref(), Some("x"));
}

#[test]
fn unquoted_numbers_and_booleans_become_the_text_compose_makes_of_them() {
    let l = ok("services:\n  s:\n    image: x\n    environment:\n      A: 0o17\n      B: TRUE\n      C: 1e6\n      D: 2.0\n      E: \"0o17\"\n      F: ${NOPE:-0o17}\n");
    let env = &l.stack.services[0].environment;
    let get = |k: &str| env.get(k).map(String::as_str);
    assert_eq!((get("A"), get("B"), get("C"), get("D")), (Some("15"), Some("true"), Some("1e+06"), Some("2")));
    // Quoted, or given by a variable: text as written.
    assert_eq!((get("E"), get("F")), (Some("0o17"), Some("0o17")));
}

#[test]
fn compose_refusals_are_refused_with_a_place() {
    let cases = [
        ("services:\n  s:\n    image: x\n    user: 1000\n", (4, 11), "user must be a string"),
        ("services:\n  s:\n    image: x\n    command: [echo, true]\n", (4, 21), "command must be a string"),
        ("services:\n  s:\n    image: x\n    labels:\n      123: x\n", (5, 7), "the key 123 is a number"),
        ("services:\n  s:\n    image: x\n    environment:\n", (4, 17), "'environment' of service 's' has no value"),
        ("services:\n  s:\n    image: x\n    environment:\n      D: 2024-01-01\n", (5, 10), "is a date to YAML"),
        ("services:\n  s:\n    image: x\n    labels:\n      a: \"a\\/b\"\n", (5, 12), "unknown escape character"),
        ("%YAML 1.2\n---\nservices: {s: {image: x}}\n", (1, 1), "%YAML 1.2"),
        ("---\n---\nservices: {s: {image: x}}\n", (2, 1), "must be a map"),
    ];
    for (text, at, says) in cases {
        let (line, col, message) = error(text);
        assert_eq!((line, col), at, "{text}: {message}");
        assert!(message.contains(says), "{text}: {message}");
    }
}

#[test]
fn yaml_1_1_booleans_are_taken_with_a_warning_as_compose_takes_them() {
    let l = ok("services:\n  s:\n    image: x\n    init: on\n    tty: off\n");
    assert_eq!(l.stack.services[0].runtime.init, Some(true));
    assert!(!l.stack.services[0].tty);
    assert!(l.warnings.iter().any(|w| w.message.contains("\"on\" for init is YAML 1.1")), "{:?}", l.warnings);
}

#[test]
fn mac_address_is_read_and_checked() {
    let l = ok("services:\n  s:\n    image: x\n    mac_address: 02:42:ac:11:00:99\n");
    assert_eq!(l.stack.services[0].runtime.mac_address.as_deref(), Some("02:42:ac:11:00:99"));
    // compose's config passes it on (its engine refuses it at up): berth leaves it out, and says so.
    let l = ok("services:\n  s:\n    image: x\n    mac_address: 02:42:zz\n");
    assert_eq!(l.stack.services[0].runtime.mac_address, None);
    let w = l.warnings.iter().find(|w| w.message.contains("not a MAC address")).expect("a warning");
    assert_eq!((w.pos.line, w.pos.col), (4, 18));
}

#[test]
fn compose_own_tags_are_named_in_a_warning() {
    let l = ok("services:\n  s:\n    image: x\n    environment: !reset {}\n    command: !override [a]\n");
    let w: Vec<(usize, &str)> = l.warnings.iter().map(|d| (d.pos.line, d.message.as_str())).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].1.contains("!reset") && w[0].0 == 4, "{w:?}");
    assert!(w[1].1.contains("!override") && w[1].0 == 5, "{w:?}");
}

#[test]
fn a_service_named_like_the_seed_step_is_refused_only_where_the_stack_seeds() {
    let (line, col, message) = error("seed: ./seed\nservices:\n  seed:\n    image: busybox\n");
    assert_eq!((line, col), (3, 3));
    assert!(message.contains("'seed' is berth's seed step") && message.contains("rename the service"), "{message}");
    // Without a seed folder there is no step to collide with: compose files keep their service.
    ok("services:\n  seed:\n    image: busybox\n");
}

#[test]
fn an_image_from_an_unset_variable_is_no_image_as_compose_reads_it() {
    let text = "services:\n  web:\n    image: ${NOPE_IMAGE}\n  built:\n    image: ${NOPE_IMAGE}\n    build: ./ctx\n";
    let text_only_web = "services:\n  web:\n    image: ${NOPE_IMAGE}\n";
    let err = load_str(text_only_web, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap_err().to_string();
    assert!(err.contains("service 'web' has neither 'image' nor 'build'"), "{err}");
    let with_build = text.replace("  web:\n    image: ${NOPE_IMAGE}\n", "");
    let loaded = load_str(&with_build, Path::new("s.yaml"), Path::new("/p"), &Vars::default()).unwrap();
    assert_eq!(loaded.stack.service("built").unwrap().image, None, "the build's default name is used");
}

#[test]
fn an_optional_dependency_may_be_left_out_by_a_profile_but_must_exist() {
    let off = "services:\n  a:\n    image: x\n    depends_on: {b: {condition: service_started, required: false}}\n  b:\n    image: x\n    profiles: [off]\n";
    let loaded =
        load_files(&[("compose.yaml", off)], &[], &[]).expect("compose accepts a dependency its profile leaves out");
    assert!(loaded.stack.service("b").is_none());
    let (line, col, message) = error("services:\n  a:\n    image: x\n    depends_on: {c: {required: false}}\n");
    assert_eq!((line, col), (4, 18));
    assert_eq!(message, "service 'a' depends on undefined service 'c'");
}
