//! The default stack's fixtures as independent clients see them, whichever way a test runs
//! those clients (inside the stack's containers, or in a container of their own).

use super::{docker, TestStack};

/// The clients a test reads the sandbox with: the AWS CLI (arguments after `aws`), psql
/// (one SQL statement) and redis-cli (its arguments).
pub struct Clients<'a> {
    pub aws: &'a dyn Fn(&str) -> String,
    pub psql: &'a dyn Fn(&str) -> String,
    pub redis: &'a dyn Fn(&[&str]) -> String,
}

/// Asserts what every seeded default stack holds, whatever its AWS emulator; returns the
/// stack's queue URLs for what a test does next.
pub fn assert_default_fixtures(c: &Clients) -> Vec<String> {
    let buckets = (c.aws)("s3 ls");
    for b in ["ysh-uploads", "ysh-backups", "ysh-terraform-state"] {
        assert!(buckets.contains(b), "{buckets}");
    }
    let uploads = (c.aws)("s3 ls s3://ysh-uploads --recursive");
    assert!(
        uploads.contains("products/solar-panel-550w.png") && uploads.contains("invoices/INV-2026-0001.pdf"),
        "{uploads}"
    );
    let db_url =
        (c.aws)("secretsmanager get-secret-value --secret-id /ysh-b2b/database-url --query SecretString --output text");
    assert_eq!(db_url.trim(), "postgres://medusa_user:medusa_password@postgres:5432/medusa_db");
    let key = (c.aws)(
        "secretsmanager get-secret-value --secret-id /ysh-b2b/rsa-private-key --query SecretBinary --output text",
    );
    assert!(key.trim().len() > 1000, "binary secret missing: {key}");
    let queues: Vec<String> =
        (c.aws)("sqs list-queues --query 'QueueUrls' --output text").split_whitespace().map(str::to_string).collect();
    for q in ["orders", "orders-dlq", "order-events.fifo", "notifications"] {
        assert!(queue_url(&queues, q).is_some(), "{q} missing: {queues:?}");
    }
    let orders = queue_url(&queues, "orders").unwrap_or_default();
    let redrive = (c.aws)(&format!(
        "sqs get-queue-attributes --queue-url {orders} --attribute-names RedrivePolicy --query Attributes.RedrivePolicy --output text"
    ));
    assert!(redrive.contains("orders-dlq") && redrive.contains('5'), "{redrive}");
    assert_eq!((c.psql)("SELECT count(*) FROM products"), "600");
    assert_eq!((c.redis)(&["GET", "cache:catalog:version"]), "2026.11");
    queues
}

/// The URL of the queue named `name` among `urls`.
pub fn queue_url(urls: &[String], name: &str) -> Option<String> {
    urls.iter().find(|u| u.ends_with(&format!("/{name}"))).cloned()
}

/// psql inside the stack's `postgres` container: one statement, its rows unaligned.
pub fn psql(stack: &TestStack, sql: &str) -> String {
    let id = stack.container("postgres");
    docker(&["exec", &id, "psql", "-U", "medusa_user", "-d", "medusa_db", "-tAc", sql])
}

/// redis-cli inside the stack's `redis` container.
pub fn redis_cli(stack: &TestStack, args: &[&str]) -> String {
    let id = stack.container("redis");
    let mut argv = vec!["exec", id.as_str(), "redis-cli"];
    argv.extend(args);
    docker(&argv)
}

/// The words of `text` in sorted order: listings whose order the clients do not promise.
pub fn sorted_words(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    words.sort();
    words.join(" ")
}
