//! `berth walkthrough`: a guided tour of the platform. Each step says what the
//! part is for, does the action, verifies it live and is marked done in
//! `.berth/<stack>/walkthrough.json`, so an interrupted tour resumes.

use std::collections::BTreeSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::engine::up::UpOptions;
use crate::engine::Engine;
use crate::seed::mask::MASK;
use crate::seed::spec::SecretValue;
use crate::seed::{self, Mode, Sandbox, SeedSpec};
use crate::stack::{Check, Loaded};

pub struct Step {
    pub number: usize,
    pub title: &'static str,
    pub why: &'static str,
}

pub const STEPS: [Step; 9] = [
    Step { number: 1, title: "check the machine (berth doctor)", why: "Docker must answer, the stack file must be valid and its ports free. Doctor checks all of it before anything starts, so problems show up here and not halfway through a boot." },
    Step { number: 2, title: "bring the stack up", why: "An AWS emulator (LocalStack, moto or MiniStack) stands in for AWS (S3, Secrets Manager, SQS), next to PostgreSQL, Redis, the backend and the storefront. berth starts them in dependency order and waits until each one really answers." },
    Step { number: 3, title: "list the buckets and the objects in ysh-uploads", why: "Product images and invoices live in S3. The fixtures put sample files in ysh-uploads, and empty ysh-backups and ysh-terraform-state buckets next to it." },
    Step { number: 4, title: "read a secret", why: "The backend never holds credentials in its image: it reads its database URL from Secrets Manager at start. berth seeds those secrets and masks their values wherever it prints them." },
    Step { number: 5, title: "send a message to the orders queue and receive it", why: "Orders travel through SQS: the storefront sends, workers receive. A dead-letter queue catches messages that keep failing." },
    Step { number: 6, title: "query the catalog in Postgres", why: "The catalogue of solar panels, inverters and batteries lives in PostgreSQL (Medusa's tables on the platform), seeded from the SQL files in the seed folder." },
    Step { number: 7, title: "call the backend's /health and open the storefront", why: "The backend answers /health once it has loaded its modules (Postgres, Redis, S3); the storefront's page shows the catalog it reads from the backend's Store API, so a product named on it proves the whole chain works." },
    Step { number: 8, title: "change something, then reset it back", why: "An image uploaded through the backend's Admin API lands in the uploads bucket, and a product is renamed. QA puts a sandbox back to known fixtures with `berth reset`: extra objects, secrets, queues, rows and keys are removed and changed ones restored, in seconds." },
    Step { number: 9, title: "what to do next", why: "`berth up` opens the terminal UI: ↑↓ select a service, / search its log, r restart, R reset, ? help, q quit. `berth down` removes the stack; `berth down -v` also its data." },
];

pub struct Tour<'a> {
    pub engine: &'a Engine,
    pub loaded: &'a Loaded,
    pub spec: Option<&'a SeedSpec>,
    pub project: PathBuf,
    /// Run every step without asking.
    pub yes: bool,
}

fn progress_file(project: &Path, stack: &str) -> PathBuf {
    project.join(".berth").join(stack).join("walkthrough.json")
}

fn load_done(path: &Path) -> BTreeSet<usize> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| serde_json::from_value(v["done"].clone()).ok())
        .unwrap_or_default()
}

/// `BERTH_TEST_WALK_PAUSE_AFTER=N` holds the tour after step N for a minute, so a test can
/// interrupt it there and not race the remaining steps.
async fn pause_for_tests(step: usize) {
    if std::env::var("BERTH_TEST_WALK_PAUSE_AFTER").ok().and_then(|n| n.parse::<usize>().ok()) == Some(step) {
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
}

fn interrupted_at(step: usize) -> String {
    format!("\ninterrupted: `berth walkthrough` resumes at step {step}")
}

fn save_done(path: &Path, done: &BTreeSet<usize>) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::json!({ "done": done }).to_string())?;
    std::fs::rename(tmp, path)
}

fn say(out: &mut impl Write, text: impl AsRef<str>) {
    let _ = writeln!(out, "{}", text.as_ref());
    let _ = out.flush();
}

impl Tour<'_> {
    /// Runs the tour from the first step not done; returns false when a step failed or the user stopped.
    pub async fn run(&self, out: &mut impl Write) -> bool {
        let path = progress_file(&self.project, &self.loaded.stack.name);
        let mut done = load_done(&path);
        if !done.is_empty() {
            let list: Vec<String> = done.iter().map(|n| n.to_string()).collect();
            say(out, format!("resuming the walkthrough: steps {} already done", list.join(", ")));
        }
        let stdin = std::io::stdin();
        // Ctrl-C between or during steps stops the tour where it is; what was done stays done.
        // Handled, not left to the default action: a tour started in the background (SIGINT
        // ignored) still stops when told.
        let interrupted = tokio::signal::ctrl_c();
        tokio::pin!(interrupted);
        for step in &STEPS {
            if done.contains(&step.number) {
                say(out, format!("[{}/9] {} — already done", step.number, step.title));
                continue;
            }
            say(out, format!("\n[{}/9] {}", step.number, step.title));
            say(out, format!("  {}", step.why));
            if !self.yes {
                let _ = write!(out, "  press Enter to run it (q to stop here) ");
                let _ = out.flush();
                let mut answer = String::new();
                let _ = stdin.lock().read_line(&mut answer);
                if answer.trim() == "q" {
                    say(out, "stopped; `berth walkthrough` resumes here");
                    return false;
                }
            }
            let performed = tokio::select! {
                result = self.perform(step.number, out) => Some(result),
                _ = &mut interrupted => None,
            };
            let Some(performed) = performed else {
                say(out, interrupted_at(step.number));
                return false;
            };
            match performed {
                Ok(verified) => {
                    // Saved before it is announced: whatever the user saw done stays done.
                    done.insert(step.number);
                    if let Err(e) = save_done(&path, &done) {
                        say(out, format!("  warning: cannot save progress to {}: {e}", path.display()));
                    }
                    say(out, format!("  ✓ done: {verified}"));
                    let held = tokio::select! {
                        _ = pause_for_tests(step.number) => false,
                        _ = &mut interrupted => true,
                    };
                    if held {
                        say(out, interrupted_at(step.number + 1));
                        return false;
                    }
                }
                Err(e) => {
                    say(out, format!("  ✗ step {} failed: {e}", step.number));
                    say(out, "  fix it and run `berth walkthrough` again: it resumes at this step");
                    return false;
                }
            }
        }
        say(out, "\nwalkthrough complete");
        let _ = std::fs::remove_file(&path);
        true
    }

    /// A connection to the stack's Postgres, and the database's name.
    async fn postgres(&self) -> Result<(tokio_postgres::Client, String), String> {
        let sandbox = self.sandbox().await?;
        let pg = sandbox.postgres.ok_or("the stack has no Postgres")?;
        let mut config = tokio_postgres::Config::new();
        config.host(&pg.host).port(pg.port).user(&pg.user).dbname(&pg.database);
        if let Some(pw) = &pg.password {
            config.password(pw);
        }
        let (client, conn) = config.connect(tokio_postgres::NoTls).await.map_err(|e| e.to_string())?;
        tokio::spawn(conn);
        Ok((client, pg.database.clone()))
    }

    async fn sandbox(&self) -> Result<Sandbox, String> {
        Sandbox::discover(self.engine, &self.loaded.stack, &self.loaded.vars, &Default::default())
            .await
            .map_err(|e| e.to_string())
    }

    async fn admin_api(&self) -> Result<Option<AdminApi>, String> {
        let stack = &self.loaded.stack;
        let status = self.engine.status(stack).await.map_err(|e| e.to_string())?;
        let vars: std::collections::BTreeMap<String, String> =
            crate::engine::host_env::declared(stack, &status, &self.engine.probe_host)
                .into_iter()
                .filter_map(|(name, value)| Some((name, value.ok()?)))
                .collect();
        let var = |name: &str| vars.get(name).cloned();
        Ok(match (var("MEDUSA_BACKEND_URL"), var("MEDUSA_ADMIN_EMAIL"), var("MEDUSA_ADMIN_PASSWORD")) {
            (Some(url), Some(email), Some(password)) => Some(AdminApi { url, email, password }),
            _ => None,
        })
    }

    async fn perform(&self, step: usize, out: &mut impl Write) -> Result<String, String> {
        let stack = &self.loaded.stack;
        match step {
            1 => {
                let report = super::doctor::run(Ok(self.loaded)).await;
                for f in report.findings.iter().filter(|f| f.status != super::doctor::Status::Pass) {
                    say(out, format!("  {:?}: {} — {}", f.status, f.check, f.detail));
                }
                if report.ok {
                    Ok(format!("{} checks passed", report.findings.len()))
                } else {
                    Err("doctor found problems (above); `berth doctor` explains each".into())
                }
            }
            2 => {
                let mut steps = Vec::new();
                if let (Some(spec), Some(config)) = (self.spec, &stack.seed) {
                    let state = self.project.join(".berth").join(&stack.name);
                    steps.push(seed::up_step(self.engine.clone(), stack.clone(), self.loaded.vars.clone(), spec.clone(), config.before.clone(), state));
                }
                let (tx, mut rx) = tokio::sync::mpsc::channel(256);
                let printer = tokio::spawn(async move {
                    let mut lines = Vec::new();
                    while let Some(crate::engine::Event::Service { service, event: crate::engine::ServiceEvent::Ready { took } }) = rx.recv().await {
                        lines.push(format!("  {service} ready in {:.1}s", took.as_secs_f64()));
                    }
                    lines
                });
                let options = UpOptions { services: Vec::new(), build: false, no_cache: false, timeout: Duration::from_secs(300), started_only: false, ..Default::default() };
                let report = self.engine.up(stack, &options, steps, tx, CancellationToken::new()).await.map_err(|e| e.to_string())?;
                for line in printer.await.unwrap_or_default() {
                    say(out, line);
                }
                if report.all_ready() {
                    Ok(format!("{} services ready", report.outcomes.len()))
                } else {
                    let bad: Vec<String> = report.outcomes.iter().filter(|(_, o)| !matches!(o, crate::engine::up::Outcome::Ready | crate::engine::up::Outcome::Completed)).map(|(n, o)| format!("{n}: {o:?}")).collect();
                    Err(format!("not ready: {}", bad.join("; ")))
                }
            }
            3 => {
                let sandbox = self.sandbox().await?;
                let aws = sandbox.aws.as_ref().ok_or("the stack has no AWS emulator")?;
                let buckets = aws.s3.list_buckets().send().await.map_err(|e| e.to_string())?;
                let names: Vec<String> = buckets.buckets.unwrap_or_default().into_iter().filter_map(|b| b.name).collect();
                say(out, format!("  buckets: {}", names.join(", ")));
                let bucket = if names.iter().any(|n| n == "ysh-uploads") { "ysh-uploads".to_string() } else { names.first().cloned().ok_or("no buckets")? };
                let objects = aws.s3.list_objects_v2().bucket(&bucket).send().await.map_err(|e| e.to_string())?;
                let keys: Vec<String> = objects.contents.unwrap_or_default().into_iter().filter_map(|o| o.key).collect();
                for k in &keys {
                    say(out, format!("  s3://{bucket}/{k}"));
                }
                if keys.is_empty() {
                    return Err(format!("{bucket} holds no objects"));
                }
                Ok(format!("{} buckets, {} objects in {bucket}", names.len(), keys.len()))
            }
            4 => {
                let spec = self.spec.ok_or("the stack has no seed folder")?;
                let secret = spec.secrets.iter().find(|s| s.name.ends_with("database-url")).or(spec.secrets.first()).ok_or("no secrets in the fixtures")?;
                let sandbox = self.sandbox().await?;
                let aws = sandbox.aws.as_ref().ok_or("the stack has no AWS emulator")?;
                let got = aws.secrets.get_secret_value().secret_id(&secret.name).send().await.map_err(|e| e.to_string())?;
                let value = got.secret_string.unwrap_or_default();
                let prefix: String = value.chars().take(4).collect();
                say(out, format!("  {} = {prefix}{MASK}  (masked; `aws secretsmanager get-secret-value` shows it)", secret.name));
                match &secret.value {
                    SecretValue::Text(t) if *t == value => Ok(format!("{} matches the fixture", secret.name)),
                    SecretValue::Text(_) => Err(format!("{} differs from the fixture (run `berth reset`)", secret.name)),
                    SecretValue::Binary(_) => Ok(format!("{} is a binary secret", secret.name)),
                }
            }
            5 => {
                let sandbox = self.sandbox().await?;
                let aws = sandbox.aws.as_ref().ok_or("the stack has no AWS emulator")?;
                let url = aws.sqs.get_queue_url().queue_name("orders").send().await.map_err(|e| format!("queue orders: {e}"))?.queue_url.unwrap_or_default();
                let body = format!("{{\"order\": \"walkthrough-{}\"}}", std::process::id());
                aws.sqs.send_message().queue_url(&url).message_body(&body).send().await.map_err(|e| e.to_string())?;
                say(out, format!("  sent {body}"));
                for _ in 0..5 {
                    let got = aws.sqs.receive_message().queue_url(&url).max_number_of_messages(10).wait_time_seconds(1).send().await.map_err(|e| e.to_string())?;
                    for m in got.messages.unwrap_or_default() {
                        if m.body.as_deref() == Some(body.as_str()) {
                            if let Some(handle) = m.receipt_handle {
                                let _ = aws.sqs.delete_message().queue_url(&url).receipt_handle(handle).send().await;
                            }
                            say(out, format!("  received {body}"));
                            return Ok("the message went through the orders queue".into());
                        }
                    }
                }
                Err("the message did not come back from the orders queue".into())
            }
            6 => {
                let (client, database) = self.postgres().await?;
                // The platform's catalog is Medusa's `product` table; the light stack's
                // stand-in keeps its own `products` table.
                if has_medusa_catalog(&client).await? {
                    let rows = client.query("SELECT title FROM product WHERE deleted_at IS NULL ORDER BY title", &[]).await.map_err(|e| e.to_string())?;
                    for r in rows.iter().take(5) {
                        say(out, format!("  {}", r.get::<_, String>(0)));
                    }
                    if rows.is_empty() {
                        return Err("Medusa's product table is empty".into());
                    }
                    return Ok(format!("{} products in Medusa's catalog ({database})", rows.len()));
                }
                let rows = client.query("SELECT category, count(*), min(price)::text, max(price)::text FROM products GROUP BY category ORDER BY category", &[]).await.map_err(|e| e.to_string())?;
                let mut total = 0i64;
                for r in &rows {
                    let (cat, n, lo, hi): (String, i64, String, String) = (r.get(0), r.get(1), r.get(2), r.get(3));
                    total += n;
                    say(out, format!("  {cat:<10} {n:>4} products, R$ {lo} – R$ {hi}"));
                }
                if total == 0 {
                    return Err("the products table is empty".into());
                }
                Ok(format!("{total} products in {database}"))
            }
            7 => {
                // On the platform, the page must show products of Medusa's catalog: the whole
                // chain (storefront → Store API → Postgres) answered, not only Next.
                let titles = match self.postgres().await {
                    Ok((client, _)) if has_medusa_catalog(&client).await? => client
                        .query("SELECT title FROM product WHERE deleted_at IS NULL ORDER BY title", &[])
                        .await
                        .map_err(|e| e.to_string())?
                        .iter()
                        .map(|r| r.get::<_, String>(0))
                        .collect(),
                    _ => Vec::new(),
                };
                let status = self.engine.status(stack).await.map_err(|e| e.to_string())?;
                let mut checked = Vec::new();
                let mut shown = None;
                for svc in &stack.services {
                    let Some(Check::Http { port: Some(port), path, .. }) = svc.probe.as_ref().map(|p| &p.check) else { continue };
                    let id = status.services.iter().find(|s| s.name == svc.name).and_then(|s| s.container_id.clone()).ok_or(format!("{} has no container", svc.name))?;
                    let (host, host_port) = self.engine.service_address(&id, *port).await.map_err(|e| e.to_string())?;
                    let url = format!("http://{host}:{host_port}{path}");
                    let resp = reqwest::get(&url).await.map_err(|e| format!("{url}: {e}"))?;
                    let code = resp.status().as_u16();
                    let body = resp.text().await.unwrap_or_default();
                    let start: String = body.chars().take(120).collect();
                    say(out, format!("  GET {url} → {code} {}", start.replace('\n', " ")));
                    if code != 200 {
                        return Err(format!("{url} answered {code}"));
                    }
                    let on_page: Vec<&String> = titles.iter().filter(|t| body.contains(&html_text(t))).collect();
                    if let Some(first) = on_page.first() {
                        say(out, format!("  {} shows {} of {} products, among them \"{first}\"", svc.name, on_page.len(), titles.len()));
                        shown = Some(svc.name.clone());
                    }
                    checked.push(svc.name.clone());
                }
                if checked.is_empty() {
                    return Err("no service with an HTTP probe".into());
                }
                if !titles.is_empty() && shown.is_none() {
                    return Err(format!("no page shows a product of the catalog ({} products in Postgres)", titles.len()));
                }
                Ok(format!("{} answer 200", checked.join(" and ")))
            }
            8 => {
                let spec = self.spec.ok_or("the stack has no seed folder")?;
                let sandbox = self.sandbox().await?;
                let aws = sandbox.aws.as_ref().ok_or("the stack has no AWS emulator")?;
                // An image uploaded through the backend's Admin API where the stack names one (the
                // platform), else an object put straight into the first bucket.
                let (bucket, key) = match self.admin_api().await? {
                    Some(admin) => {
                        let url = admin.upload("walkthrough.png", TINY_PNG).await?;
                        say(out, format!("  uploaded walkthrough.png through the Admin API at {}: {url}", admin.url));
                        let (bucket, key) = landed_in(&aws.s3, spec, &url).await.ok_or(format!("the upload {url} is in none of the fixture buckets"))?;
                        say(out, format!("  it landed in s3://{bucket}/{key}"));
                        (bucket, key)
                    }
                    None => {
                        let bucket = spec.buckets.first().map(|b| b.name.clone()).ok_or("no buckets in the fixtures")?;
                        let key = "walkthrough/scratch.txt".to_string();
                        aws.s3.put_object().bucket(&bucket).key(&key).body(aws_sdk_s3::primitives::ByteStream::from_static(b"scratch")).send().await.map_err(|e| e.to_string())?;
                        say(out, format!("  added s3://{bucket}/{key}"));
                        (bucket, key)
                    }
                };
                // On the platform, a product's title edited in Medusa's table, as the Admin API
                // would: the reset must bring it back too.
                let (client, _) = self.postgres().await?;
                let mut edited = None;
                if has_medusa_catalog(&client).await? {
                    let row = client.query_opt("SELECT handle, title FROM product WHERE deleted_at IS NULL ORDER BY handle LIMIT 1", &[]).await.map_err(|e| e.to_string())?;
                    if let Some(row) = row {
                        let (handle, title): (String, String) = (row.get(0), row.get(1));
                        client.execute("UPDATE product SET title = title || ' (edited)' WHERE handle = $1", &[&handle]).await.map_err(|e| e.to_string())?;
                        say(out, format!("  renamed product {handle}: {title} → {title} (edited)"));
                        edited = Some((handle, title));
                    }
                }
                drop(client);
                let started = std::time::Instant::now();
                let request = seed::SeedRun::everything(spec, Mode::Reset);
                let plan = seed::run(self.engine, stack, &self.loaded.vars, request, |_| true, &|_, _, _| {})
                    .await
                    .map_err(|e| e.to_string())?;
                say(out, format!("  berth reset: {} changes in {:.2}s", plan.pending(), started.elapsed().as_secs_f64()));
                if aws.s3.head_object().bucket(&bucket).key(&key).send().await.is_ok() {
                    return Err(format!("s3://{bucket}/{key} is still there after the reset"));
                }
                let Some((handle, title)) = edited else { return Ok(format!("s3://{bucket}/{key} is gone again")) };
                let (client, _) = self.postgres().await?;
                let row = client.query_one("SELECT title FROM product WHERE handle = $1", &[&handle]).await.map_err(|e| e.to_string())?;
                let now: String = row.get(0);
                if now != title {
                    return Err(format!("product {handle} is still '{now}' after the reset"));
                }
                Ok(format!("s3://{bucket}/{key} is gone again and product {handle} is '{title}' again"))
            }
            _ => Ok("keys: ↑↓ j/k select · / search · r restart · s stop/start · S seed · R reset · g grid · ? help · q quit; `berth down` when you are done".into()),
        }
    }
}

/// A 1×1 PNG: the smallest image the tour can upload.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d,
    0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The backend's Admin API, where the stack's `host_env` names it (MEDUSA_BACKEND_URL with
/// MEDUSA_ADMIN_EMAIL and MEDUSA_ADMIN_PASSWORD, as the platform's stack does).
struct AdminApi {
    url: String,
    email: String,
    password: String,
}

impl AdminApi {
    /// Uploads one file through Medusa's Admin API (its S3 file module); the file's URL.
    async fn upload(&self, name: &str, bytes: &[u8]) -> Result<String, String> {
        const BOUNDARY: &str = "berth-walkthrough-upload";
        let http = reqwest::Client::new();
        let login: serde_json::Value = http
            .post(format!("{}/auth/user/emailpass", self.url))
            .json(&serde_json::json!({ "email": self.email, "password": self.password }))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("the admin {} cannot log in: {e}", self.email))?
            .json()
            .await
            .map_err(|e| format!("the Admin API's login answer: {e}"))?;
        let token = login["token"].as_str().ok_or("the Admin API's login gave no token")?;
        let mut body = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let answer: serde_json::Value = http
            .post(format!("{}/admin/uploads", self.url))
            .bearer_auth(token)
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("the upload through {}/admin/uploads: {e}", self.url))?
            .json()
            .await
            .map_err(|e| format!("the Admin API's upload answer: {e}"))?;
        answer["files"][0]["url"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| "the Admin API's upload answer holds no url".into())
    }
}

/// The bucket and key a file's URL names: the URL's path, or its end, in a fixture bucket
/// (the file module's URL prefix — `/uploads/` on the platform — is not part of the key).
async fn landed_in(s3: &aws_sdk_s3::Client, spec: &SeedSpec, url: &str) -> Option<(String, String)> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    for start in 0..segments.len() {
        let key = segments[start..].join("/");
        for bucket in &spec.buckets {
            if s3.head_object().bucket(&bucket.name).key(&key).send().await.is_ok() {
                return Some((bucket.name.clone(), key));
            }
        }
    }
    None
}

/// A product title as a server-rendered page writes it.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#x27;")
}

/// Whether the database holds Medusa's catalog (the platform) rather than the light
/// stack's stand-in `products` table.
async fn has_medusa_catalog(client: &tokio_postgres::Client) -> Result<bool, String> {
    let row =
        client.query_one("SELECT to_regclass('public.product') IS NOT NULL", &[]).await.map_err(|e| e.to_string())?;
    Ok(row.get(0))
}
