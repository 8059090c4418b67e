//! The default stack with each open-source AWS emulator in LocalStack's place — moto's server
//! and MiniStack — built offline by the harness: up, every fixture seen by an independent
//! client (the AWS CLI in a container of its own on the stack's network), drift then reset,
//! snapshot save → drift → restore, the walkthrough, and the sandbox guard. (LocalStack's own
//! run of the same is tests/seed.rs and tests/onboarding.rs.)

mod common;

use common::fixtures::{assert_default_fixtures, psql, queue_url, redis_cli, sorted_words, Clients};
use common::{docker, image, text, Container, TestStack};

struct Emulator {
    name: &'static str,
    image_var: &'static str,
    /// The port the emulator listens on in a container started outside the stack.
    port: u16,
}

const MOTO: Emulator = Emulator { name: "moto", image_var: "MOTO_IMAGE", port: 5000 };
const MINISTACK: Emulator = Emulator { name: "ministack", image_var: "MINISTACK_IMAGE", port: 4566 };

fn stack_with(emulator: &Emulator) -> TestStack {
    let mut stack = TestStack::light_stack(emulator.name);
    stack.env.push(("AWS_EMULATOR_IMAGE".into(), image(emulator.image_var)));
    stack
}

/// A shell with the AWS CLI (from the LocalStack harness image) in a container of its own on
/// the stack's network; `$AWS` is the CLI pointed at the stack's emulator.
fn aws_shell(stack: &TestStack, script: &str) -> String {
    let network = format!("{}_default", stack.name);
    let script = format!("AWS='aws --endpoint-url http://localstack:4566'; {script}");
    docker(&[
        "run",
        "--rm",
        "--network",
        &network,
        "-e",
        "AWS_ACCESS_KEY_ID=test",
        "-e",
        "AWS_SECRET_ACCESS_KEY=test",
        "-e",
        "AWS_DEFAULT_REGION=us-east-1",
        &image("LOCALSTACK_IMAGE"),
        "sh",
        "-c",
        &script,
    ])
}

fn aws(stack: &TestStack, args: &str) -> String {
    aws_shell(stack, &format!("$AWS {args}"))
}

/// What the independent clients see, in one read of the AWS CLI: names, sizes and values,
/// not creation dates (a reset may recreate a bucket).
fn observed(stack: &TestStack) -> Vec<String> {
    let script = "for b in $($AWS s3api list-buckets --query 'Buckets[].Name' --output text); do \
          echo bucket $b; $AWS s3api list-objects-v2 --bucket $b --query 'Contents[].[Key,Size]' --output text; done; \
        $AWS secretsmanager list-secrets --query 'SecretList[].Name' --output text; \
        $AWS secretsmanager get-secret-value --secret-id /ysh-b2b/database-url --query SecretString --output text; \
        $AWS secretsmanager get-secret-value --secret-id /ysh-b2b/jwt-secret --query SecretString --output text; \
        $AWS sqs list-queues --query 'QueueUrls' --output text | tr '\\t' '\\n' | sed 's|.*/||'";
    let mut out: Vec<String> = aws_shell(stack, script).lines().map(sorted_words).collect();
    out.sort();
    out.push(psql(stack, "SELECT count(*), sum(price) FROM products"));
    out.push(psql(stack, "SELECT count(*) FROM customers"));
    out.push(sorted_words(&redis_cli(stack, &["--scan"])));
    out.push(redis_cli(stack, &["GET", "cache:catalog:version"]));
    out
}

fn run_with(emulator: &Emulator) {
    let stack = stack_with(emulator);
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "180"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains("seed       | ready"), "{output}");
    let inspect = docker(&["inspect", "--format", "{{.Config.Image}}", &stack.container("localstack")]);
    assert_eq!(inspect.trim(), image(emulator.image_var), "the stack runs {} in LocalStack's place", emulator.name);

    // Every fixture, as the AWS CLI sees it.
    let clients = Clients {
        aws: &|args: &str| aws(&stack, args),
        psql: &|sql: &str| psql(&stack, sql),
        redis: &|args: &[&str]| redis_cli(&stack, args),
    };
    let queues = assert_default_fixtures(&clients);
    let orders = queue_url(&queues, "orders").expect("the orders queue");
    let again = stack.berth(&["seed"]);
    assert!(text(&again).contains("nothing to do"), "{}", text(&again));

    // Drift, then reset.
    let fixtures = observed(&stack);
    aws(&stack, "s3 mb s3://qa-scratch");
    aws(&stack, "s3api put-object --bucket ysh-uploads --key products/junk.txt --body /etc/hostname");
    aws(&stack, "secretsmanager put-secret-value --secret-id /ysh-b2b/database-url --secret-string changed");
    aws(&stack, "secretsmanager create-secret --name /qa/extra --secret-string x");
    aws(&stack, &format!("sqs delete-queue --queue-url {orders}"));
    aws(&stack, "sqs create-queue --queue-name qa-extra");
    psql(&stack, "DELETE FROM products WHERE id = 1");
    redis_cli(&stack, &["SET", "qa:extra", "1"]);
    assert_ne!(observed(&stack), fixtures, "the drift should be visible");
    let out = stack.berth(&["reset", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(observed(&stack), fixtures);
    // Heavy drift: more to delete than there are fixtures, so berth resets through the
    // emulator's own call and recreates the fixtures; the result is the same.
    aws_shell(&stack, "for i in $(seq 1 20); do $AWS s3 mb s3://qa-heavy-$i >/dev/null; done");
    let out = stack.berth(&["reset", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("delete    bucket qa-heavy-20"), "{}", text(&out));
    assert_eq!(observed(&stack), fixtures);

    // Snapshot: a state that differs from the fixtures, saved, mutated, restored.
    aws(&stack, "s3api put-object --bucket ysh-backups --key nightly/db.dump --body /etc/hostname");
    redis_cli(&stack, &["SET", "qa:snapshot-only", "kept"]);
    let saved = observed(&stack);
    let snap = format!("emu-{}-{}", emulator.name, std::process::id());
    let out = stack.berth(&["snapshot", "save", &snap]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    aws(&stack, "s3 rm s3://ysh-backups/nightly/db.dump");
    aws(&stack, "s3 mb s3://after-snapshot");
    redis_cli(&stack, &["DEL", "qa:snapshot-only"]);
    assert_ne!(observed(&stack), saved);
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    let _ = stack.berth(&["snapshot", "rm", &snap]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(observed(&stack), saved);

    // The walkthrough, on the stack as it is.
    let out = stack.berth(&["walkthrough", "--yes"]);
    let walk = text(&out);
    assert_eq!(out.status.code(), Some(0), "{walk}");
    for verified in
        ["matches the fixture", "the message went through the orders queue", "is gone again", "walkthrough complete"]
    {
        assert!(walk.contains(verified), "missing {verified:?}:\n{walk}");
    }

    // The guard: the same kind of emulator outside the stack is refused before any request.
    let foreign =
        Container::run(&format!("foreign-{}", emulator.name), &image(emulator.image_var), emulator.port, &[], &[]);
    let url = format!("http://127.0.0.1:{}", foreign.host_port(emulator.port));
    let out = stack.berth(&["reset", "--yes", "--endpoint", &url]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is not this stack's own AWS emulator"), "{}", text(&out));

    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    assert!(stack.containers().is_empty(), "{:?}", stack.containers());
    assert!(stack.other_resources().is_empty(), "{:?}", stack.other_resources());
}

#[test]
fn the_default_stack_runs_seeds_resets_and_snapshots_on_moto() {
    run_with(&MOTO);
}

#[test]
fn the_default_stack_runs_seeds_resets_and_snapshots_on_ministack() {
    run_with(&MINISTACK);
}

#[test]
fn the_guard_refuses_a_stack_emulator_that_is_not_the_one_it_says() {
    // The stack says moto, but its container runs MiniStack: not positively moto, so nothing is written.
    let port = common::free_port();
    let stack = TestStack::from_yaml(
        "impostor",
        &format!(
            "seed: ./seed\nservices:\n  aws:\n    image: ${{MINISTACK_IMAGE}}\n    emulator: moto\n    environment: {{MOTO_PORT: '4566'}}\n    ports: ['127.0.0.1:{port}:4566']\n    probe: {{http: {{port: 4566, path: /_ministack/health}}}}\n"
        ),
    );
    stack.write("seed/s3/impostor-bucket/hello.txt", "hello");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("does not answer") && output.contains("/moto-api/data.json as moto does"), "{output}");
    let buckets = bucket_listing(port);
    assert!(!buckets.contains("impostor-bucket"), "written anyway: {buckets}");
    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

/// The emulator's bucket listing, read with curl from the host.
fn bucket_listing(port: u16) -> String {
    let out = std::process::Command::new("curl")
        .args([
            "-s",
            "-H",
            "Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0",
            &format!("http://127.0.0.1:{port}/"),
        ])
        .output()
        .expect("curl runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
