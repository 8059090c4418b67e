//! The architecture plan's compose-file pattern, as users bring it: `version: "3.8"`, fixed
//! `container_name`s, a custom bridge network, `depends_on` as a list, and LocalStack with a
//! short bind mount to a folder that does not exist yet. It runs with `berth up --wait` on the
//! offline images, tagged to the names the file uses.

mod common;

use common::{docker, image, text, TestStack};

/// Tags `source` as `name` unless `name` exists; removes only the tags this test made.
struct Tags(Vec<String>);

impl Tags {
    fn add(&mut self, source: &str, name: &str) {
        let exists = std::process::Command::new("docker")
            .args(["image", "inspect", name])
            .output()
            .is_ok_and(|o| o.status.success());
        if !exists {
            docker(&["tag", source, name]);
            self.0.push(name.to_string());
        }
    }
}

impl Drop for Tags {
    fn drop(&mut self) {
        for name in &self.0 {
            let _ = std::process::Command::new("docker").args(["rmi", "--no-prune", name]).output();
        }
    }
}

#[test]
fn the_platform_pattern_comes_up_creates_the_bind_folder_and_leaves_nothing() {
    let mut tags = Tags(Vec::new());
    tags.add(&image("LOCALSTACK_IMAGE"), "localstack/localstack:4.9");
    tags.add(&image("POSTGRES_IMAGE"), "postgres:16-alpine");
    tags.add(&image("REDIS_IMAGE"), "redis:7-alpine");
    let id = std::process::id();
    let yaml = format!(
        r#"version: "3.8"
services:
  localstack:
    container_name: ysh-localstack-{id}
    image: localstack/localstack:4.9
    environment:
      - SERVICES=s3,secretsmanager,sqs
    volumes:
      - "./localstack-data:/var/lib/localstack"
    networks: [ysh-network]
  postgres:
    container_name: ysh-postgres-{id}
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: medusa_user
      POSTGRES_PASSWORD: medusa_password
      POSTGRES_DB: medusa_db
    networks: [ysh-network]
  redis:
    container_name: ysh-redis-{id}
    image: redis:7-alpine
    networks: [ysh-network]
  backend:
    container_name: ysh-backend-{id}
    image: ${{BASE}}
    command: [sleep, "600"]
    depends_on:
      - localstack
      - postgres
      - redis
    networks: [ysh-network]
networks:
  ysh-network:
    driver: bridge
"#
    );
    let stack = TestStack::from_yaml("platform", &yaml);
    let folder = stack.path("localstack-data");
    assert!(!folder.exists());
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(
        output.contains(&format!("created the missing host folder {}", folder.display())),
        "the created folder is not reported: {output}"
    );
    assert!(folder.is_dir(), "{} was not created", folder.display());
    let names = docker(&["ps", "--filter", &format!("label=dev.berth.stack={}", stack.name), "--format", "{{.Names}}"]);
    for service in ["localstack", "postgres", "redis", "backend"] {
        assert!(
            names.lines().any(|n| n == format!("ysh-{service}-{id}")),
            "{service} not named as the file says: {names}"
        );
    }
    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    assert!(stack.containers().is_empty(), "{:?}", stack.containers());
    assert!(stack.other_resources().is_empty(), "{:?}", stack.other_resources());
}
