//! The offline images the harness builds really serve: each is started once as a container.

mod common;

use std::time::Duration;

use common::{eventually, image, Container};

#[tokio::test]
async fn localstack_serves_s3_secretsmanager_and_sqs() {
    let c =
        Container::run("localstack", &image("LOCALSTACK_IMAGE"), 4566, &[("SERVICES", "s3,secretsmanager,sqs")], &[]);
    let url = format!("http://127.0.0.1:{}/_localstack/health", c.host_port(4566));
    let health: serde_json::Value = eventually(Duration::from_secs(90), "localstack health", || async {
        let body: serde_json::Value =
            reqwest::get(&url).await.map_err(|e| e.to_string())?.json().await.map_err(|e| e.to_string())?;
        for svc in ["s3", "secretsmanager", "sqs"] {
            match body["services"][svc].as_str() {
                Some("available" | "running") => {}
                other => return Err(format!("{svc} is {other:?}")),
            }
        }
        Ok(body)
    })
    .await;
    assert_eq!(health["version"], "4.9.2", "{health}");
    assert!(c.logs().contains("Ready."), "{}", c.logs());
}

#[tokio::test]
async fn postgres_accepts_select_1_as_the_env_user() {
    let env = [("POSTGRES_USER", "medusa_user"), ("POSTGRES_PASSWORD", "s3cret"), ("POSTGRES_DB", "medusa_db")];
    let c = Container::run("postgres", &image("POSTGRES_IMAGE"), 5432, &env, &[]);
    let conn = format!("host=127.0.0.1 port={} user=medusa_user password=s3cret dbname=medusa_db", c.host_port(5432));
    let one: i32 = eventually(Duration::from_secs(60), "postgres SELECT 1", || async {
        let (client, connection) =
            tokio_postgres::connect(&conn, tokio_postgres::NoTls).await.map_err(|e| e.to_string())?;
        tokio::spawn(connection);
        let row = client.query_one("SELECT 1", &[]).await.map_err(|e| e.to_string())?;
        Ok(row.get(0))
    })
    .await;
    assert_eq!(one, 1);
    // A wrong password is refused: the entrypoint really set one.
    let wrong = conn.replace("s3cret", "nope");
    assert!(tokio_postgres::connect(&wrong, tokio_postgres::NoTls).await.is_err());
}

#[tokio::test]
async fn redis_answers_ping() {
    let c = Container::run("redis", &image("REDIS_IMAGE"), 6379, &[], &[]);
    let url = format!("redis://127.0.0.1:{}/", c.host_port(6379));
    let pong: String = eventually(Duration::from_secs(30), "redis PING", || async {
        let client = redis::Client::open(url.as_str()).map_err(|e| e.to_string())?;
        let mut conn = client.get_multiplexed_async_connection().await.map_err(|e| e.to_string())?;
        redis::cmd("PING").query_async(&mut conn).await.map_err(|e| e.to_string())
    })
    .await;
    assert_eq!(pong, "PONG");
}

#[tokio::test]
async fn stand_in_apps_answer_their_health_paths() {
    // Alone, the backend answers /health with 503 and names every unreachable dependency.
    let backend = Container::run(
        "backend",
        &image("LIGHT_BACKEND_IMAGE"),
        9000,
        &[("AWS_ENDPOINT_URL", "http://127.0.0.1:1")],
        &[],
    );
    let url = format!("http://127.0.0.1:{}/health", backend.host_port(9000));
    let (status, body) = eventually(Duration::from_secs(30), "backend /health", || async {
        let resp = reqwest::get(&url).await.map_err(|e| e.to_string())?;
        let status = resp.status().as_u16();
        let body: serde_json::Value = resp.json().await.map_err(|e| e.to_string())?;
        Ok((status, body))
    })
    .await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["status"], "unhealthy");
    for dep in ["postgres", "redis", "s3"] {
        assert_ne!(body["checks"][dep], "ok", "{body}");
    }

    let storefront = Container::run(
        "storefront",
        &image("LIGHT_STOREFRONT_IMAGE"),
        8000,
        &[("BACKEND_URL", "http://127.0.0.1:1")],
        &[],
    );
    let url = format!("http://127.0.0.1:{}/", storefront.host_port(8000));
    let page = eventually(Duration::from_secs(30), "storefront /", || async {
        let resp = reqwest::get(&url).await.map_err(|e| e.to_string())?;
        if resp.status() != 200 {
            return Err(format!("status {}", resp.status()));
        }
        resp.text().await.map_err(|e| e.to_string())
    })
    .await;
    assert!(page.contains("YSH B2B storefront"), "{page}");
    assert!(page.contains("not healthy"), "{page}");
}

/// A clone with nothing beside it builds its images: no path outside the clone is read.
/// The wheel and image caches are shared, so this costs seconds once the images exist.
#[test]
fn a_fresh_clone_with_nothing_beside_it_builds_the_images() {
    let empty = tempfile::tempdir().expect("tempdir");
    let clone = empty.path().join("berth");
    let out = std::process::Command::new("git")
        .args(["clone", "--quiet", "--no-hardlinks"])
        .arg(common::root())
        .arg(&clone)
        .output()
        .expect("run git clone");
    assert!(out.status.success(), "git clone failed: {}", common::text(&out));
    let siblings: Vec<_> = std::fs::read_dir(empty.path()).expect("read tempdir").collect();
    assert_eq!(siblings.len(), 1, "the clone has something beside it");

    let state = empty.path().join("berth/target/berth-test");
    let out = std::process::Command::new(clone.join("scripts/harness"))
        .arg("images")
        .env("BERTH_TEST_DIR", &state)
        .env_remove("COMPOSE_V2")
        .current_dir(&clone)
        .output()
        .expect("run scripts/harness images in the clone");
    assert!(out.status.success(), "scripts/harness images failed in a fresh clone: {}", common::text(&out));

    // The clone's recipes are the checkout's: the same images, tag for tag, and compose v2 found.
    let written = std::fs::read_to_string(state.join("images.env")).expect("the clone's images.env");
    let platform = ["NODE_IMAGE", "BACKEND_IMAGE", "STOREFRONT_IMAGE", "STOREFRONT_DEV_IMAGE"];
    let light = ["LOCALSTACK_IMAGE", "POSTGRES_IMAGE", "REDIS_IMAGE", "LIGHT_BACKEND_IMAGE", "LIGHT_STOREFRONT_IMAGE"];
    for var in light.into_iter().chain(platform) {
        let line = format!("{var}={}", common::image(var));
        assert!(written.lines().any(|l| l == line), "{line} not in the clone's images.env:\n{written}");
    }
    let compose = written.lines().find_map(|l| l.strip_prefix("COMPOSE_V2=")).expect("COMPOSE_V2 in images.env");
    let version = std::process::Command::new(compose).arg("version").output().expect("run compose");
    assert!(String::from_utf8_lossy(&version.stdout).contains("v2.40.3"), "{}", common::text(&version));
}

/// Nothing in the project names a path beside the clone.
#[test]
fn no_script_test_or_doc_reads_beside_the_clone() {
    let root = common::root();
    let mut offenders = Vec::new();
    for dir in ["scripts", "tests", ".ci", "harness", "bench"] {
        for entry in walk(&root.join(dir)) {
            let text = std::fs::read_to_string(&entry).unwrap_or_default();
            // Spelled in two halves so this file does not find itself.
            if text.contains(concat!("../", "shared")) {
                offenders.push(entry.display().to_string());
            }
        }
    }
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    if readme.contains(concat!("../", "shared")) {
        offenders.push("README.md".into());
    }
    assert!(offenders.is_empty(), "these read beside the clone: {offenders:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return files };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
