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
    let backend =
        Container::run("backend", &image("BACKEND_IMAGE"), 9000, &[("AWS_ENDPOINT_URL", "http://127.0.0.1:1")], &[]);
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

    let storefront =
        Container::run("storefront", &image("STOREFRONT_IMAGE"), 8000, &[("BACKEND_URL", "http://127.0.0.1:1")], &[]);
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
