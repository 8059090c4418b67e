//! Fixtures against real LocalStack, Postgres and Redis, checked with independent
//! clients: the AWS CLI inside the LocalStack container, psql and redis-cli.

mod common;

use common::fixtures::{assert_default_fixtures, psql, queue_url, redis_cli, sorted_words, Clients};
use common::{docker, free_port, text, Container, TestStack};

fn aws(stack: &TestStack, args: &str) -> String {
    let id = stack.container("localstack");
    let script = format!(
        "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url http://localhost:4566 {args}"
    );
    docker(&["exec", &id, "sh", "-c", &script])
}

/// Removes a snapshot folder when the test ends.
struct SnapshotGuard(Vec<(String, String)>, String, String);

impl Drop for SnapshotGuard {
    fn drop(&mut self) {
        let _ = common::berth(&["-f", &self.1, "snapshot", "rm", &self.2], &self.0);
    }
}

/// What the independent clients see: the state reset must restore exactly.
fn observed(stack: &TestStack) -> Vec<String> {
    let mut out = vec![
        aws(stack, "s3 ls"),
        aws(stack, "s3 ls s3://ysh-uploads --recursive")
            .lines()
            .map(|l| l.split_whitespace().skip(2).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n"),
        sorted_words(&aws(stack, "secretsmanager list-secrets --query 'SecretList[].Name' --output text")),
        aws(
            stack,
            "secretsmanager get-secret-value --secret-id /ysh-b2b/database-url --query SecretString --output text",
        ),
        aws(
            stack,
            "secretsmanager get-secret-value --secret-id /ysh-b2b/jwt-secret --query SecretString --output text",
        ),
        sorted_words(&aws(stack, "sqs list-queues --query 'QueueUrls' --output text")),
        psql(stack, "SELECT count(*), sum(price) FROM products"),
        psql(stack, "SELECT count(*) FROM customers"),
        psql(stack, "SELECT name FROM products WHERE id = 1"),
        redis_cli(stack, &["--scan"])
            .lines()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
            .join(","),
        redis_cli(stack, &["GET", "cache:catalog:version"]),
        redis_cli(stack, &["-n", "1", "GET", "session:demo"]),
    ];
    out.iter_mut().for_each(|s| *s = s.trim().to_string());
    out
}

#[test]
fn default_fixtures_seed_idempotently_reset_drift_and_refuse_foreign_endpoints() {
    let stack = TestStack::light_stack("seed");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "180"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("seed       | ready"), "{}", text(&out));

    // The fixtures, as the independent clients see them: what every emulator holds, then
    // what this test looks at more closely.
    let clients = Clients {
        aws: &|args: &str| aws(&stack, args),
        psql: &|sql: &str| psql(&stack, sql),
        redis: &|args: &[&str]| redis_cli(&stack, args),
    };
    let queues = assert_default_fixtures(&clients);
    let head = aws(
        &stack,
        "s3api head-object --bucket ysh-uploads --key invoices/INV-2026-0001.pdf --query ContentType --output text",
    );
    assert_eq!(head.trim(), "application/pdf");
    let versioning = aws(&stack, "s3api get-bucket-versioning --bucket ysh-backups --query Status --output text");
    assert_eq!(versioning.trim(), "Enabled");
    let jwt = aws(
        &stack,
        "secretsmanager get-secret-value --secret-id /ysh-b2b/jwt-secret --query SecretString --output text",
    );
    assert_eq!(jwt.trim().len(), 64, "{jwt}");
    let orders_url = queue_url(&queues, "orders").expect("the orders queue");
    let notif_url = queue_url(&queues, "notifications").expect("the notifications queue");
    let waiting = aws(&stack, &format!("sqs get-queue-attributes --queue-url {notif_url} --attribute-names ApproximateNumberOfMessages --query Attributes.ApproximateNumberOfMessages --output text"));
    assert_eq!(waiting.trim(), "2");
    assert_eq!(psql(&stack, "SELECT count(*) FROM customers"), "400");
    assert_eq!(psql(&stack, "SELECT count(*) FROM customers WHERE document_sha256 !~ '^[0-9a-f]{64}$'"), "0");
    assert_eq!(psql(&stack, "SELECT DISTINCT currency FROM products"), "BRL");
    assert_eq!(redis_cli(&stack, &["HGET", "cache:product:YSH-PAN-00001", "currency"]), "BRL");
    let ttl: i64 = redis_cli(&stack, &["TTL", "cache:product:YSH-PAN-00001"]).parse().unwrap();
    assert!(ttl > 3000 && ttl <= 3600, "{ttl}");
    assert_eq!(redis_cli(&stack, &["ZRANGE", "featured:products", "0", "0"]), "YSH-PAN-00001");
    assert_eq!(redis_cli(&stack, &["-n", "1", "GET", "session:demo"]), "demo-user");

    // Applying again changes nothing.
    let out = stack.berth(&["seed"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("0 to create, 0 to update, 0 to delete"), "{}", text(&out));
    assert!(text(&out).contains("nothing to do"), "{}", text(&out));

    let fixtures = observed(&stack);

    // Drift everywhere.
    aws(&stack, "s3 mb s3://qa-scratch");
    docker(&["exec", &stack.container("localstack"), "sh", "-c", "echo junk > /tmp/junk.txt"]);
    aws(&stack, "s3 cp /tmp/junk.txt s3://ysh-uploads/products/junk.txt");
    aws(&stack, "s3 cp /tmp/junk.txt s3://ysh-uploads/products/solar-panel-550w.png");
    aws(&stack, "secretsmanager put-secret-value --secret-id /ysh-b2b/database-url --secret-string changed");
    aws(&stack, "secretsmanager create-secret --name /qa/extra --secret-string x");
    aws(&stack, &format!("sqs delete-queue --queue-url {orders_url}"));
    aws(&stack, "sqs create-queue --queue-name qa-extra");
    psql(&stack, "DELETE FROM products WHERE id = 1; INSERT INTO customers (name, document_kind, document_sha256, city, state, email) VALUES ('x', 'cpf', repeat('a', 64), 'c', 'SP', 'e')");
    redis_cli(&stack, &["SET", "qa:extra", "1"]);
    redis_cli(&stack, &["SET", "cache:catalog:version", "stale"]);
    assert_ne!(observed(&stack), fixtures, "the drift should be visible");

    let out = stack.berth(&["reset", "--yes"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains("delete    bucket qa-scratch"), "{output}");
    assert!(output.contains("delete    /qa/extra"), "{output}");
    assert_eq!(observed(&stack), fixtures);
    let head = aws(&stack, "s3api head-object --bucket ysh-uploads --key products/solar-panel-550w.png --query ContentLength --output text");
    assert_ne!(head.trim(), "5", "the overwritten object is restored");

    // Snapshot: save a state that differs from the fixtures, mutate it, restore it.
    redis_cli(&stack, &["SET", "qa:snapshot-only", "kept"]);
    aws(&stack, "s3 cp /tmp/junk.txt s3://ysh-backups/nightly/db.dump");
    psql(&stack, "UPDATE products SET price = 1 WHERE id = 2");
    let snapshot_state = observed(&stack);
    let snap = format!("it-{}", std::process::id());
    let out = stack.berth(&["snapshot", "save", &snap, "--messages"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let _remove = SnapshotGuard(stack.env.clone(), stack.file.clone(), snap.clone());
    // Snapshots and generated secrets hold secret values: owner-only.
    let mode = |p: std::path::PathBuf| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).permissions().mode() & 0o777
    };
    let berth_dir = common::root().join(".berth");
    assert_eq!(mode(berth_dir.join("snapshots").join(&snap)), 0o700);
    assert_eq!(mode(berth_dir.join("snapshots").join(&snap).join("manifest.json")), 0o600);
    assert_eq!(mode(berth_dir.join(&stack.name).join("generated.json")), 0o600);
    redis_cli(&stack, &["DEL", "qa:snapshot-only"]);
    aws(&stack, "s3 rm s3://ysh-backups/nightly/db.dump");
    aws(&stack, "s3 mb s3://after-snapshot");
    psql(&stack, "DELETE FROM customers WHERE id < 50; UPDATE products SET price = 2 WHERE id = 2");
    aws(&stack, "secretsmanager put-secret-value --secret-id /ysh-b2b/jwt-secret --secret-string rotated");
    assert_ne!(observed(&stack), snapshot_state);
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(observed(&stack), snapshot_state);
    assert_eq!(psql(&stack, "SELECT price FROM products WHERE id = 2"), "1.00");
    assert_eq!(aws(&stack, "s3 ls s3://ysh-backups --recursive").lines().count(), 1);
    assert_eq!(redis_cli(&stack, &["GET", "qa:snapshot-only"]), "kept");
    let waiting = aws(&stack, &format!("sqs get-queue-attributes --queue-url {notif_url} --attribute-names ApproximateNumberOfMessages --query Attributes.ApproximateNumberOfMessages --output text"));
    assert_eq!(waiting.trim(), "2", "queued messages are part of the snapshot");
    let list = text(&stack.berth(&["snapshot", "list"]));
    assert!(list.contains(&snap), "{list}");

    // A foreign endpoint is refused before any request; prove it on a LocalStack outside the stack.
    let other = Container::run("foreign-localstack", &common::image("LOCALSTACK_IMAGE"), 4566, &[], &[]);
    let other_url = format!("http://127.0.0.1:{}", other.host_port(4566));
    let other_aws = |args: &str| {
        let script = format!("AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url http://localhost:4566 {args}");
        let mut tries = 0;
        loop {
            let out =
                std::process::Command::new("docker").args(["exec", &other.name, "sh", "-c", &script]).output().unwrap();
            if out.status.success() || tries > 100 {
                return String::from_utf8_lossy(&out.stdout).to_string();
            }
            tries += 1;
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    };
    other_aws("s3 mb s3://not-a-sandbox-bucket");
    let before = other_aws("s3 ls");
    assert!(before.contains("not-a-sandbox-bucket"), "{before}");
    let out = stack.berth(&["reset", "--yes", "--endpoint", &other_url]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is not this stack's own AWS emulator"), "{}", text(&out));
    assert_eq!(other_aws("s3 ls"), before);
    assert_eq!(other_aws("secretsmanager list-secrets --query 'length(SecretList)' --output text").trim(), "0");
}

#[test]
fn seeded_secrets_never_appear_in_logs() {
    let localstack_port = free_port();
    let stack = TestStack::from_yaml(
        "mask",
        &format!(
            "seed:\n  folder: ./seed\n  before: [printer]\nservices:\n  localstack:\n    image: ${{LOCALSTACK_IMAGE}}\n    ports: ['127.0.0.1:{localstack_port}:4566']\n    probe: {{localstack: {{services: [secretsmanager]}}}}\n  printer:\n    image: ${{BASE}}\n    command: [sh, -c, 'echo token=$$API_TOKEN; echo b64=$$(printf %s $$API_TOKEN | base64); sleep 600']\n    environment:\n      API_TOKEN: ${{API_TOKEN:-tok-3f9a7c1e55d2}}\n    depends_on: [localstack]\n"
        ),
    );
    stack.write("seed/secrets.yaml", "/app/api-token:\n  value: ${API_TOKEN:-tok-3f9a7c1e55d2}\n");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let mut logs = String::new();
    for _ in 0..50 {
        logs = text(&stack.berth(&["logs", "printer"]));
        if logs.contains("b64=") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(logs.contains("token=••••"), "{logs}");
    assert!(logs.contains("b64=••••"), "{logs}");
    assert!(!logs.contains("tok-3f9a7c1e55d2"), "{logs}");
    let shown = text(&stack.berth(&["logs", "printer", "--show-secrets"]));
    assert!(shown.contains("token=tok-3f9a7c1e55d2"), "{shown}");
}

#[test]
fn a_one_gib_object_is_streamed_and_ten_thousand_objects_seed() {
    let port = free_port();
    let stack = TestStack::from_yaml(
        "bigseed",
        &format!("seed:\n  folder: ./seed\nservices:\n  localstack:\n    image: ${{LOCALSTACK_IMAGE}}\n    ports: ['127.0.0.1:{port}:4566']\n    probe: {{localstack: {{services: [s3]}}}}\n"),
    );
    // 1 GiB, sparse on disk: what matters is that berth never holds it.
    let big = stack.path("seed/s3/big/dumps/warehouse.bin");
    std::fs::create_dir_all(big.parent().unwrap()).unwrap();
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(1 << 30).unwrap();
    file.sync_all().unwrap();
    for i in 0..10_000 {
        stack.write(&format!("seed/s3/many/batch-{}/item-{i:05}.json", i % 100), &format!("{{\"item\":{i}}}\n"));
    }
    // berth's peak memory, from the kernel's accounting of the finished child.
    let measure = "import resource, subprocess, sys\nr = subprocess.run(sys.argv[1:])\nprint('peak rss kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True)\nsys.exit(r.returncode)";
    let out = std::process::Command::new("python3")
        .args(["-c", measure, env!("CARGO_BIN_EXE_berth"), "-f", &stack.file, "up", "--wait", "--wait-timeout", "600"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .current_dir(common::root())
        .output()
        .unwrap();
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    let peak_kib: u64 = output
        .lines()
        .find_map(|l| l.strip_prefix("peak rss kib "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{output}"));
    assert!(peak_kib < 256 * 1024, "berth held {peak_kib} KiB while seeding a 1 GiB object: {output}");
    println!("seeded 1 GiB + 10,000 objects; berth peak RSS {} MiB\n{output}", peak_kib / 1024);

    let head = aws(
        &stack,
        "s3api head-object --bucket big --key dumps/warehouse.bin --query '[ContentLength,ETag]' --output text",
    );
    let md5 = std::process::Command::new("md5sum").arg(&big).output().unwrap();
    let md5 = String::from_utf8_lossy(&md5.stdout).split_whitespace().next().unwrap().to_string();
    assert_eq!(head.split_whitespace().collect::<Vec<_>>(), vec!["1073741824", &format!("\"{md5}\"")], "{head}");
    let count = aws(&stack, "s3 ls s3://many --recursive | wc -l");
    assert_eq!(count.trim(), "10000");
    let item = aws(&stack, "s3 cp s3://many/batch-42/item-04242.json -");
    assert_eq!(item.trim(), "{\"item\":4242}");
    // Everything is in place: the next plan has nothing to do.
    let plan = stack.berth(&["seed", "--plan"]);
    assert!(text(&plan).contains("nothing to do"), "{}", text(&plan));
}

#[test]
fn no_secret_value_appears_on_a_process_command_line() {
    use std::collections::BTreeSet;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    let stack = TestStack::light_stack("cmdline");
    // Every command line on the machine (containers' processes included) while berth works.
    let (stop, seen) = (Arc::new(AtomicBool::new(false)), Arc::new(Mutex::new(BTreeSet::<String>::new())));
    let sampler = {
        let (stop, seen) = (stop.clone(), seen.clone());
        std::thread::spawn(move || {
            let mut rounds = 0u64;
            while !stop.load(Ordering::SeqCst) {
                for entry in std::fs::read_dir("/proc").unwrap().flatten() {
                    if let Ok(raw) = std::fs::read(entry.path().join("cmdline")) {
                        if !raw.is_empty() {
                            seen.lock().unwrap().insert(String::from_utf8_lossy(&raw).replace('\0', " "));
                        }
                    }
                }
                rounds += 1;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            rounds
        })
    };
    let snap = format!("cmdline-{}", std::process::id());
    let _remove = SnapshotGuard(stack.env.clone(), stack.file.clone(), snap.clone());
    for args in [
        vec!["up", "--wait", "--wait-timeout", "180"],
        vec!["snapshot", "save", &snap],
        vec!["reset", "--yes"],
        vec!["snapshot", "restore", &snap, "--yes"],
    ] {
        let out = stack.berth(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
    }
    stop.store(true, Ordering::SeqCst);
    let rounds = sampler.join().unwrap();
    let seen = seen.lock().unwrap();
    let saw_berth =
        seen.iter().any(|c| c.contains(env!("CARGO_BIN_EXE_berth")) && c.contains(" save ") && c.contains(&snap));
    assert!(saw_berth, "the sampler saw berth itself ({rounds} rounds)");

    let mut values = Vec::new();
    for name in ["database-url", "jwt-secret", "cookie-secret"] {
        let v = aws(
            &stack,
            &format!("secretsmanager get-secret-value --secret-id /ysh-b2b/{name} --query SecretString --output text"),
        );
        values.push(v.trim().to_string());
    }
    values.push("medusa_password".to_string()); // the password inside the database URL
    for value in &values {
        assert!(value.len() >= 12, "{value}");
        let leaked: Vec<&String> = seen.iter().filter(|c| c.contains(value.as_str())).collect();
        assert!(leaked.is_empty(), "a secret on a command line: {leaked:?}");
    }
    let pg_dump = seen.iter().any(|c| c.starts_with("pg_dump"));
    println!("{} distinct command lines in {rounds} samples (pg_dump seen: {pg_dump}), none with a secret", seen.len());
}

/// A stack of Postgres alone, its fixtures one SQL file.
fn postgres_stack(tag: &str) -> TestStack {
    let port = free_port();
    let stack = TestStack::from_yaml(
        tag,
        &format!(
            "seed:\n  folder: ./seed\nservices:\n  postgres:\n    image: ${{POSTGRES_IMAGE}}\n    ports: ['127.0.0.1:{port}:5432']\n    environment: {{POSTGRES_USER: medusa_user, POSTGRES_PASSWORD: medusa_password, POSTGRES_DB: medusa_db}}\n    probe: {{postgres: {{}}}}\n"
        ),
    );
    stack.write(
        "seed/postgres/001_orders.sql",
        "CREATE TABLE orders (id int PRIMARY KEY, note text);\nINSERT INTO orders SELECT g, 'fixture' FROM generate_series(1, 3) g;\n",
    );
    stack
}

#[test]
fn a_restore_or_reset_that_fails_leaves_the_live_database_as_it_was() {
    let stack = postgres_stack("pg-safe");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    psql(&stack, "INSERT INTO orders SELECT g, 'live' FROM generate_series(100, 149) g");
    let snap = format!("pg-safe-{}", std::process::id());
    let out = stack.berth(&["snapshot", "save", &snap]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let _remove = SnapshotGuard(stack.env.clone(), stack.file.clone(), snap.clone());
    let folder = common::root().join(".berth/snapshots").join(&snap);
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["checksums"]["postgres.sql"].as_str().map(str::len), Some(64), "{manifest}");

    // The users' data after the snapshot: what a failed restore must leave exactly as it is.
    psql(&stack, "INSERT INTO orders SELECT g, 'after' FROM generate_series(200, 219) g");
    let live = || psql(&stack, "SELECT count(*), string_agg(DISTINCT note, ',' ORDER BY note) FROM orders");
    let before = live();
    assert_eq!(before, "73|after,fixture,live");

    // A dump cut in half: the checksum refuses it before anything is touched.
    let dump = folder.join("postgres.sql");
    let whole = std::fs::read(&dump).unwrap();
    std::fs::write(&dump, &whole[..whole.len() / 2]).unwrap();
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("does not match its checksum"), "{}", text(&out));
    assert!(text(&out).contains("nothing was restored"), "{}", text(&out));
    assert_eq!(live(), before);

    // An old snapshot (no checksums) with a cut dump: pg_dump's last line is missing.
    let mut old = manifest.clone();
    old.as_object_mut().unwrap().remove("checksums");
    std::fs::write(folder.join("manifest.json"), old.to_string()).unwrap();
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("was cut short"), "{}", text(&out));
    assert_eq!(live(), before);

    // A dump that is whole but fails in the server half-way: built beside the live database,
    // so the failure costs nothing.
    let broken = String::from_utf8(whole.clone()).unwrap().replacen(
        "INSERT INTO \"public\".\"orders\"",
        "INSERT INTO \"public\".\"no_such_table\"",
        1,
    );
    assert_ne!(broken.as_bytes(), &whole[..], "the dump inserts into orders");
    std::fs::write(&dump, &broken).unwrap();
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("no_such_table"), "{}", text(&out));
    assert_eq!(live(), before);
    // The same for a reset whose fixture fails.
    stack.write("seed/postgres/002_broken.sql", "INSERT INTO orders VALUES (1, 'duplicate key');\n");
    let out = stack.berth(&["reset", "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("002_broken.sql"), "{}", text(&out));
    assert_eq!(live(), before);
    let databases = psql(&stack, "SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database");
    assert_eq!(databases, "medusa_db,postgres,template0,template1", "no staging database is left behind");

    // The whole dump restores, and a reset with good fixtures still works.
    std::fs::write(&dump, &whole).unwrap();
    std::fs::write(folder.join("manifest.json"), manifest.to_string()).unwrap();
    let out = stack.berth(&["snapshot", "restore", &snap, "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(live(), "53|fixture,live");
    std::fs::remove_file(stack.path("seed/postgres/002_broken.sql")).unwrap();
    let out = stack.berth(&["reset", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(live(), "3|fixture");
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn seed_plan_names_the_rows_the_app_added_edited_or_removed_and_reset_takes_them_back() {
    let stack = postgres_stack("pg-drift");
    stack.write(
        "seed/postgres/002_regions.sql",
        "CREATE TABLE regions (code text PRIMARY KEY);\nINSERT INTO regions VALUES ('BR');\n",
    );
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let plan = || {
        let out = stack.berth(&["seed", "--plan"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        text(&out)
    };
    assert!(plan().contains("nothing to do"), "{}", plan());

    // What an app does to a fixture database: rows added, a row edited, a table of its own.
    psql(&stack, "INSERT INTO orders VALUES (4, 'placed by the app')");
    psql(&stack, "UPDATE regions SET code = 'AR'");
    psql(&stack, "CREATE TABLE carts (id int); INSERT INTO carts VALUES (1), (2)");
    let said = plan();
    assert!(!said.contains("nothing to do"), "{said}");
    assert!(said.contains("table public.orders (4 rows, 3 after the fixtures"), "{said}");
    assert!(said.contains("table public.regions (rows edited since the fixtures"), "{said}");
    assert!(said.contains("table public.carts (created since the fixtures, 2 rows"), "{said}");
    assert!(said.contains("0 to create, 0 to update, 0 to delete, 2 unchanged, 3 only a reset changes"), "{said}");
    assert!(said.contains("nothing for seed to do"), "{said}");
    // Seeding reports the drift and leaves the app's rows alone.
    let out = stack.berth(&["seed"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(psql(&stack, "SELECT count(*) FROM orders"), "4");
    let snapshot = format!("drifted-{}", std::process::id());
    let out = stack.berth(&["snapshot", "save", &snapshot]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // --dry-run: reset's plan, and nothing taken back.
    let out = stack.berth(&["reset", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("reset plan") && text(&out).contains("rebuilt beside it"), "{}", text(&out));
    assert_eq!(psql(&stack, "SELECT count(*) FROM orders"), "4");
    assert_eq!(psql(&stack, "SELECT string_agg(code, ',') FROM regions"), "AR");

    let out = stack.berth(&["reset", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(plan().contains("nothing to do"), "{}", plan());
    assert_eq!(psql(&stack, "SELECT string_agg(code, ',') FROM regions"), "BR");
    // A restore's dry run says what it would bring back and brings nothing back.
    let out = stack.berth(&["snapshot", "restore", &snapshot, "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains(&format!("restore plan of snapshot {snapshot}")), "{}", text(&out));
    assert_eq!(psql(&stack, "SELECT string_agg(code, ',') FROM regions"), "BR");
    let out = stack.berth(&["snapshot", "rm", &snapshot]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = stack.berth(&["down", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

/// A small tmpfs mounted for the length of a test: a real disk that fills up.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .expect("run mount");
        assert!(out.status.success(), "the test mounts a tmpfs (it runs as root in CI): {}", text(&out));
        SmallDisk(dir)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.0.path()).output();
    }
}

#[test]
fn a_snapshot_save_that_fills_the_disk_leaves_no_partial_folder_and_names_the_path() {
    let stack = postgres_stack("pg-full");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "120"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // A database whose dump (about 600 KiB) cannot fit on a 512 KiB disk.
    psql(&stack, "INSERT INTO orders SELECT g, repeat('x', 100) FROM generate_series(10, 5009) g");
    let disk = SmallDisk::mount("512k");
    // Run from the small disk: snapshots live under the current folder's .berth/.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", stack.file.as_str(), "snapshot", "save", "full"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .current_dir(disk.0.path())
        .output()
        .expect("run berth");
    let _ = stack.berth(&["down", "-v"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    let partial = disk.0.path().join(".berth/snapshots/full.partial");
    assert!(output.contains(&partial.display().to_string()), "{output}");
    assert!(output.contains("No space left on device"), "{output}");
    assert!(output.contains("the partial snapshot was removed"), "{output}");
    assert!(output.contains("free on that disk"), "{output}");
    assert!(!partial.exists(), "no partial folder is left");
    assert!(!disk.0.path().join(".berth/snapshots/full").exists());
}
