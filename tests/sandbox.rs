//! Destructive commands stay in the sandbox: `reset`, `snapshot restore`, `seed` and `down`
//! refuse or ignore everything that is not the stack's own — a stranger container with the
//! name berth would give a service, unlabelled networks and volumes with the stack's names —
//! and refuse to run without confirmation.

mod common;

use std::time::Duration;

use common::{docker, free_port, text, TestStack};

fn stack() -> TestStack {
    let (ls_port, redis_port) = (free_port(), free_port());
    let stack = TestStack::from_yaml(
        "sandbox",
        &format!(
            "seed:\n  folder: ./seed\nservices:\n  localstack:\n    image: ${{LOCALSTACK_IMAGE}}\n    ports: ['127.0.0.1:{ls_port}:4566']\n    probe: {{localstack: {{services: [s3, secretsmanager]}}}}\n  redis:\n    image: ${{REDIS_IMAGE}}\n    ports: ['127.0.0.1:{redis_port}:6379']\n    volumes: [cache:/data]\nvolumes:\n  cache: {{}}\n"
        ),
    );
    stack.write("seed/s3/fixtures/hello.txt", "hello\n");
    stack.write("seed/secrets.yaml", "/app/token:\n  value: sandbox-token-7c1e\n");
    stack.write("seed/redis.yaml", "greeting: {string: hello}\n");
    stack
}

/// What a stranger's LocalStack and Redis hold, read with their own clients.
fn stranger_state(localstack: &str, redis: &str) -> String {
    let aws = |args: &str| {
        let script = format!("AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url http://localhost:4566 {args}");
        for _ in 0..100 {
            let out =
                std::process::Command::new("docker").args(["exec", localstack, "sh", "-c", &script]).output().unwrap();
            if out.status.success() {
                return String::from_utf8_lossy(&out.stdout).to_string();
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        panic!("aws {args} never answered in {localstack}");
    };
    let keys = docker(&["exec", redis, "redis-cli", "--raw", "KEYS", "*"]);
    format!("{}|{}|{}", aws("s3 ls"), aws("secretsmanager list-secrets --query SecretList[].Name --output text"), keys)
}

#[test]
fn destructive_commands_touch_nothing_that_is_not_the_stacks_own() {
    let stack = stack();
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let snap = format!("sandbox-{}", std::process::id());
    let out = stack.berth(&["snapshot", "save", &snap]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let _remove = scopeguard(&stack, &snap);

    // Without --yes (and not on a terminal) nothing destructive runs.
    for args in [vec!["reset"], vec!["snapshot", "restore", &snap]] {
        let out = stack.berth(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out));
        assert!(text(&out).contains("pass --yes"), "{args:?}: {}", text(&out));
    }
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // Strangers move into the names berth uses: containers, the network, the volume.
    let ls = format!("{}-localstack", stack.name);
    let redis = format!("{}-redis", stack.name);
    let net = format!("{}_default", stack.name);
    let vol = format!("{}_cache", stack.name);
    docker(&["network", "create", &net]);
    docker(&["volume", "create", &vol]);
    let localstack_image = common::image("LOCALSTACK_IMAGE");
    let redis_image = common::image("REDIS_IMAGE");
    docker(&["run", "-d", "--name", &ls, "--network", &net, &localstack_image]);
    docker(&["run", "-d", "--name", &redis, "--network", &net, "-v", &format!("{vol}:/data"), &redis_image]);
    let _strangers = Strangers(vec![ls.clone(), redis.clone()], net.clone(), vol.clone());
    let mut ready = false;
    for _ in 0..100 {
        if std::process::Command::new("docker")
            .args(["exec", &redis, "redis-cli", "SET", "stranger:data", "keep"])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(ready, "the stranger's redis never answered");
    let script = "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url http://localhost:4566 s3 mb s3://stranger-bucket";
    let _ = stranger_state(&ls, &redis);
    docker(&["exec", &ls, "sh", "-c", script]);
    let before = stranger_state(&ls, &redis);
    assert!(before.contains("stranger-bucket") && before.contains("stranger:data"), "{before}");

    // Each destructive command refuses, and says why.
    for (args, why) in [
        (vec!["reset", "--yes"], "was not created by berth"),
        (vec!["snapshot", "restore", &snap, "--yes"], "was not created by berth"),
        (vec!["seed"], "was not created by berth"),
    ] {
        let out = stack.berth(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?} must refuse: {}", text(&out));
        assert!(text(&out).contains(why), "{args:?}: {}", text(&out));
    }
    // `down` removes only what carries the stack's labels (nothing now) and names what it leaves.
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    for name in
        [format!("container {ls}"), format!("container {redis}"), format!("network {net}"), format!("volume {vol}")]
    {
        assert!(text(&out).contains(&name), "down names the stranger {name}: {}", text(&out));
    }
    // `up` will not take the names over either.
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "30"]);
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("berth did not create it"), "{}", text(&out));

    assert_eq!(stranger_state(&ls, &redis), before, "the strangers' data is untouched");
    for (kind, name) in [("container", &ls), ("container", &redis), ("network", &net), ("volume", &vol)] {
        let found = docker(&[kind, "inspect", "--format", "{{.Name}}", name]);
        assert!(!found.trim().is_empty(), "the stranger {kind} {name} is gone");
    }
}

/// Removes the snapshot at the end of the test.
fn scopeguard<'a>(stack: &'a TestStack, name: &'a str) -> impl Drop + 'a {
    struct Remove<'a>(&'a TestStack, &'a str);
    impl Drop for Remove<'_> {
        fn drop(&mut self) {
            let _ = self.0.berth(&["snapshot", "rm", self.1]);
        }
    }
    Remove(stack, name)
}

struct Strangers(Vec<String>, String, String);

impl Drop for Strangers {
    fn drop(&mut self) {
        for c in &self.0 {
            let _ = std::process::Command::new("docker").args(["rm", "-f", c]).output();
        }
        let _ = std::process::Command::new("docker").args(["network", "rm", &self.1]).output();
        let _ = std::process::Command::new("docker").args(["volume", "rm", &self.2]).output();
    }
}
