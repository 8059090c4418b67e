//! The real platform — the Medusa 2 backend and the Next.js storefront of the default
//! stack, built by the harness from apps/ — brought up, read from the host as a user
//! would, reset after an edit through Medusa's Admin API, brought up again and removed.

mod common;

use std::collections::BTreeMap;

use common::{docker, root, text, wait_until, TestStack};

const SEEDED: &str = "Painel Solar Jinko Tiger Neo 550 W";
const DELETED_HANDLE: &str = "bateria-byd-10kwh";
const DELETED_TITLE: &str = "Bateria BYD Battery-Box 10 kWh";
const ADMIN: (&str, &str) = ("admin@ysh-b2b.dev", "ysh-admin-dev");

fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build().expect("client")
}

async fn storefront_page(stack: &TestStack, path: &str) -> String {
    let url = format!("http://127.0.0.1:{}{path}", stack.env_value("STOREFRONT_PORT"));
    let response = client().get(&url).send().await.unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert_eq!(response.status(), 200, "GET {url}");
    response.text().await.expect("page text")
}

fn backend_url(stack: &TestStack) -> String {
    format!("http://127.0.0.1:{}", stack.env_value("BACKEND_PORT"))
}

/// A token of the seeded admin user for Medusa's Admin API.
async fn admin_token(stack: &TestStack) -> String {
    let login: serde_json::Value = client()
        .post(format!("{}/auth/user/emailpass", backend_url(stack)))
        .json(&serde_json::json!({"email": ADMIN.0, "password": ADMIN.1}))
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("the seeded admin logs in")
        .json()
        .await
        .expect("a token");
    login["token"].as_str().expect("token in the answer").to_string()
}

/// Deletes a product through the Admin API.
async fn delete_product(stack: &TestStack, handle: &str) {
    let (backend, http, token) = (backend_url(stack), client(), admin_token(stack).await);
    let found: serde_json::Value = http
        .get(format!("{backend}/admin/products?handle={handle}&fields=id"))
        .bearer_auth(&token)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("admin lists products")
        .json()
        .await
        .expect("json");
    let id = found["products"][0]["id"].as_str().unwrap_or_else(|| panic!("no product {handle}: {found}"));
    http.delete(format!("{backend}/admin/products/{id}"))
        .bearer_auth(&token)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("admin deletes the product");
}

/// Uploads `bytes` through the Admin API (Medusa's S3 file module); the file's URL.
async fn upload(stack: &TestStack, name: &str, bytes: &[u8]) -> String {
    const BOUNDARY: &str = "berth-upload-boundary";
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let answer: serde_json::Value = client()
        .post(format!("{}/admin/uploads", backend_url(stack)))
        .bearer_auth(admin_token(stack).await)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(body)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("admin uploads a file")
        .json()
        .await
        .expect("json");
    answer["files"][0]["url"].as_str().unwrap_or_else(|| panic!("no url in {answer}")).to_string()
}

/// Each container's id and start time, by service.
fn started(stack: &TestStack) -> BTreeMap<String, String> {
    stack
        .containers()
        .into_iter()
        .map(|(service, id)| {
            let at = docker(&["inspect", "-f", "{{.State.StartedAt}}", &id]);
            (service, format!("{id} {at}"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_platform_serves_its_catalog_resets_a_deleted_product_and_leaves_nothing() {
    let stack = TestStack::platform_stack("platform");
    let out = stack.berth(&["up", "--wait", "--wait-timeout", "600"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // The storefront's page lists the seeded catalog, read from Medusa's Store API.
    let page = storefront_page(&stack, "/").await;
    assert!(page.contains(SEEDED) && page.contains(DELETED_TITLE), "{page}");
    let product = storefront_page(&stack, &format!("/products/{DELETED_HANDLE}")).await;
    assert!(product.contains(DELETED_TITLE) && product.contains("YSH-BAT-00007"), "{product}");

    // An image URL of the page returns the object's bytes from the emulator's bucket.
    let img = page.split("<img").nth(1).expect("an image on the page");
    let src = img.split("src=\"").nth(1).and_then(|s| s.split('"').next()).expect("the image's src");
    assert!(src.starts_with("/uploads/products/"), "{src}");
    let url = format!("http://127.0.0.1:{}{src}", stack.env_value("STOREFRONT_PORT"));
    let response = client().get(&url).send().await.and_then(|r| r.error_for_status()).expect(&url);
    let bytes = response.bytes().await.expect("bytes");
    let object = root().join("seed/ysh-b2b-platform/s3/ysh-uploads").join(src.trim_start_matches("/uploads/"));
    assert_eq!(bytes.as_ref(), std::fs::read(&object).expect("the seeded object").as_slice(), "{url}");

    // A file uploaded through the Admin API lands in the bucket (read back through the
    // storefront, which serves /uploads/ from it).
    let uploaded = upload(&stack, "walkthrough.png", &bytes).await;
    assert!(uploaded.starts_with("/uploads/products/"), "{uploaded}");
    let upload_url = format!("http://127.0.0.1:{}{uploaded}", stack.env_value("STOREFRONT_PORT"));
    let back = client().get(&upload_url).send().await.and_then(|r| r.error_for_status()).expect(&upload_url);
    assert_eq!(back.bytes().await.expect("bytes"), bytes, "{upload_url}");

    // A product deleted through Medusa's Admin API is gone, and back after a reset, which
    // also removes the uploaded file (not a fixture).
    delete_product(&stack, DELETED_HANDLE).await;
    assert!(!storefront_page(&stack, "/").await.contains(DELETED_TITLE), "the deleted product is gone from the page");
    let reset = stack.berth(&["reset", "--yes"]);
    assert_eq!(reset.status.code(), Some(0), "{}", text(&reset));
    let page = storefront_page(&stack, "/").await;
    assert!(page.contains(DELETED_TITLE), "reset brought the product back: {page}");
    let gone = client().get(&upload_url).send().await.expect(&upload_url).status();
    assert_eq!(gone, 404, "reset removed the uploaded file");

    // The tour on the platform: a product named on the storefront's page, an image uploaded
    // through the Admin API landing in the bucket, a product edit undone by reset.
    let tour = stack.berth(&["walkthrough", "--yes"]);
    let tour_text = text(&tour);
    assert_eq!(tour.status.code(), Some(0), "{tour_text}");
    for shown in [
        "12 products in Medusa's catalog",
        "storefront shows 12 of 12 products",
        "it landed in s3://ysh-uploads/products/walkthrough",
        "is gone again and product",
        "walkthrough complete",
    ] {
        assert!(tour_text.contains(shown), "missing {shown:?}:\n{tour_text}");
    }

    // A second up recreates nothing and restarts none of the long-running services
    // (the one-shot migrate runs again, in the same container, as compose runs it).
    let before = started(&stack);
    let again = stack.berth(&["up", "--wait", "--wait-timeout", "600"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    let after = started(&stack);
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    for (service, was) in &before {
        let now = &after[service];
        let same_container = was.split(' ').next() == now.split(' ').next();
        assert!(same_container, "{service} was recreated: {was} → {now}");
        if service != "migrate" {
            assert_eq!(was, now, "{service} was restarted");
        }
    }

    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    assert!(stack.containers().is_empty(), "containers left: {:?}", stack.containers());
    assert!(stack.other_resources().is_empty(), "left: {:?}", stack.other_resources());
}

/// Copies `from` (a folder of the repository) to `to`, leaving out what npm, Medusa and
/// Next write beside the sources.
fn copy_sources(from: &std::path::Path, to: &std::path::Path) {
    const LEFT_OUT: [&str; 4] = ["node_modules", ".npm-offline", ".medusa", ".next"];
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let name = entry.file_name();
        if LEFT_OUT.iter().any(|n| name == *n) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().expect("type").is_dir() {
            copy_sources(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// The default stack in a scratch folder (its file, seed folder and apps' sources), so a
/// test's edits never touch the repository; the folder outlives the stack's `down`.
fn scratch_platform(tag: &str) -> (tempfile::TempDir, TestStack) {
    let scratch = tempfile::tempdir().expect("tempdir");
    for folder in ["stacks", "seed/ysh-b2b-platform", "apps/backend", "apps/storefront"] {
        copy_sources(&root().join(folder), &scratch.path().join(folder));
    }
    let mut stack = TestStack::platform_stack(tag);
    stack.file = scratch.path().join("stacks/ysh-b2b.yaml").display().to_string();
    (scratch, stack)
}

#[test]
fn an_edit_to_a_storefront_page_shows_under_next_dev_without_a_rebuild() {
    use std::time::{Duration, Instant};
    let (scratch, stack) = scratch_platform("platform-watch");
    let log = tempfile::NamedTempFile::new().expect("log file");
    // One file in append mode for both streams: neither overwrites the other's lines.
    let append = || std::fs::OpenOptions::new().append(true).open(log.path()).expect("log");
    let mut watcher = std::process::Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", &stack.file, "--profile", "dev", "watch", "storefront-dev"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .stdout(append())
        .stderr(append())
        .spawn()
        .expect("berth watch runs");
    let said = || std::fs::read_to_string(log.path()).unwrap_or_default();
    let page = || {
        common::http_get("127.0.0.1", stack.env_value("STOREFRONT_DEV_PORT").parse().expect("port"), "/")
            .unwrap_or_default()
    };
    wait_until("the watch to start", Duration::from_secs(600), || said().contains("watching storefront-dev"), said);
    assert!(page().contains(SEEDED), "next dev serves the catalog\n{}", said());
    let container = stack.container("storefront-dev");
    let image = docker(&["inspect", "-f", "{{.Image}}", &container]);

    let marker = format!("Edited under watch {}", std::process::id());
    let source = scratch.path().join("apps/storefront/app/page.js");
    let text = std::fs::read_to_string(&source).expect("page source");
    std::fs::write(&source, text.replace("<h1>Catálogo</h1>", &format!("<h1>{marker}</h1>"))).expect("edit");
    let edited = Instant::now();
    wait_until("the edit on the page", Duration::from_secs(120), || page().contains(&marker), said);
    eprintln!("watch: storefront edit to served HTML took {:.2}s", edited.elapsed().as_secs_f64());
    assert!(page().contains(SEEDED), "the page still reads the catalog");
    assert_eq!(stack.container("storefront-dev"), container, "the same container, not a recreated one");
    assert_eq!(docker(&["inspect", "-f", "{{.Image}}", &container]), image, "no rebuild");
    assert!(!said().contains("rebuild"), "{}", said());

    let interrupt = std::process::Command::new("kill").args(["-INT", &watcher.id().to_string()]).status();
    assert!(interrupt.expect("kill runs").success());
    assert_eq!(watcher.wait().expect("berth ends").code(), Some(0), "{}", said());
}

#[test]
fn berths_buildkit_builds_the_storefront_and_an_edit_reuses_its_dependencies() {
    // The storefront's sources in a scratch folder, with the harness's offline npm cache
    // linked in (as it is in apps/), built under a tag of this test's own.
    let scratch = tempfile::tempdir().expect("tempdir");
    copy_sources(&root().join("apps/storefront"), &scratch.path().join("storefront"));
    let linked = std::process::Command::new("cp")
        .arg("-al")
        .arg(root().join("apps/storefront/.npm-offline"))
        .arg(scratch.path().join("storefront/"))
        .status()
        .expect("cp runs");
    assert!(linked.success(), "apps/storefront/.npm-offline is missing: scripts/harness images makes it");
    let tag = format!("berth-it-platform-build-{}:dev", std::process::id());
    let stack = TestStack::from_yaml(
        "platform-build",
        &format!("services:\n  storefront:\n    image: {tag}\n    build:\n      context: {}\n      args: {{NODE_IMAGE: '${{NODE_IMAGE}}'}}\n", scratch.path().join("storefront").display()),
    );
    let first = stack.berth(&["build", "storefront"]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));

    let page = scratch.path().join("storefront/app/page.js");
    let source = std::fs::read_to_string(&page).expect("page");
    // An edit no earlier run made: the engine's build cache is content-addressed and
    // outlives runs, so a fixed edit would come from cache the second time.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_nanos();
    std::fs::write(&page, format!("{source}\n// edited by the test {} {nanos}\n", std::process::id())).expect("edit");
    let second = stack.berth(&["build", "storefront"]);
    let said = text(&second);
    assert_eq!(second.status.code(), Some(0), "{said}");
    let step =
        |needle: &str| said.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("no step {needle}:\n{said}"));
    assert!(step("npm ci").ends_with("CACHED"), "the dependencies come from cache:\n{said}");
    assert!(!step("next build").ends_with("CACHED"), "the edited app is built again:\n{said}");
    docker(&["image", "rm", "-f", &tag]);
}

#[test]
fn an_edit_to_the_bind_mounted_backend_reloads_medusa_develop() {
    use std::time::{Duration, Instant};
    let (scratch, stack) = scratch_platform("platform-develop");
    let up = stack.berth(&["--profile", "dev", "up", "--wait", "--wait-timeout", "600", "backend-dev"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));
    let port: u16 = stack.env_value("BACKEND_DEV_PORT").parse().expect("port");
    let get = |path: &str| common::http_get("127.0.0.1", port, path).unwrap_or_default();
    assert!(get("/health").contains("OK"), "medusa develop answers");

    // A new API route in the bind-mounted sources: no rebuild, no restart by berth.
    let container = stack.container("backend-dev");
    let marker = format!("reloaded-{}", std::process::id());
    let route = scratch.path().join("apps/backend/src/api/ping/route.ts");
    std::fs::create_dir_all(route.parent().expect("folder")).expect("mkdir");
    std::fs::write(
        &route,
        format!("import type {{ MedusaRequest, MedusaResponse }} from \"@medusajs/framework/http\"\n\nexport const GET = (_req: MedusaRequest, res: MedusaResponse) => {{\n  res.json({{ said: \"{marker}\" }})\n}}\n"),
    )
    .expect("write route");
    let edited = Instant::now();
    let logs = || text(&stack.berth(&["logs", "--tail", "40", "backend-dev"]));
    wait_until("the new route to answer", Duration::from_secs(180), || get("/ping").contains(&marker), logs);
    eprintln!("develop: backend edit to answering route took {:.2}s", edited.elapsed().as_secs_f64());
    assert_eq!(stack.container("backend-dev"), container, "the same container");
}

#[test]
fn the_ui_boots_the_platform_shows_medusas_log_and_resets_it_in_a_real_terminal() {
    use common::tmux::{command_line, quit_leaving_the_stack, Tmux};
    use std::time::Duration;

    let stack = TestStack::platform_stack("platform-ui");
    let dir = tempfile::tempdir().unwrap();
    let stty = dir.path().join("stty");
    let tmux = Tmux::start("platform-ui");
    tmux.line(&command_line(&stack, "up", "", &stty.display().to_string()));
    let ready = tmux.wait_for("every service ready", Duration::from_secs(600), |s| {
        s.contains("● ready") && s.matches("ready in").count() >= 6 && s.contains("completed")
    });
    for name in ["localstack", "postgres", "redis", "migrate", "backend", "storefront", "seed"] {
        assert!(ready.contains(name), "{name} missing:\n{ready}");
    }

    // The backend's pane holds Medusa's own log: search it for the line it prints when up.
    for _ in 0..8 {
        if tmux.screen().contains("▶ backend") {
            break;
        }
        tmux.keys(&["j"]);
        std::thread::sleep(Duration::from_millis(150));
    }
    tmux.wait_for("backend selected", Duration::from_secs(5), |s| s.contains("▶ backend"));
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "Server is ready"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Medusa's ready line in the pane", Duration::from_secs(10), |s| {
        // The pane's title carries the search, cut to the width when a new line pauses it.
        s.contains("· /Server") && s.contains("Server is ready on port")
    });

    // Reset from the UI, confirmed: the sandbox goes back to its fixtures.
    tmux.keys(&["R"]);
    tmux.wait_for("the reset question", Duration::from_secs(5), |s| s.contains("reset to fixtures"));
    tmux.keys(&["y"]);
    tmux.wait_for("the reset's result", Duration::from_secs(120), |s| {
        s.contains("reset: ") && s.contains(" changes in ")
    });

    quit_leaving_the_stack(&tmux, &stty);
    assert_eq!(stack.containers().len(), 6, "the stack is left running: {:?}", stack.containers());
}
