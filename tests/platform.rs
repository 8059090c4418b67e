//! The real platform — the Medusa 2 backend and the Next.js storefront of the default
//! stack, built by the harness from apps/ — brought up, read from the host as a user
//! would, reset after an edit through Medusa's Admin API, brought up again and removed.

mod common;

use std::collections::BTreeMap;

use common::{docker, root, text, TestStack};

const SEEDED: &str = "Painel Solar Jinko Tiger Neo 550 W";
const DELETED_HANDLE: &str = "bateria-byd-10kwh";
const DELETED_TITLE: &str = "Bateria BYD Battery-Box 10 kWh";
const ADMIN: (&str, &str) = ("admin@ysh-b2b.dev", "ysh-admin-dev");

fn port(stack: &TestStack, key: &str) -> String {
    stack.env.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone()).expect("port set")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build().expect("client")
}

async fn storefront_page(stack: &TestStack, path: &str) -> String {
    let url = format!("http://127.0.0.1:{}{path}", port(stack, "STOREFRONT_PORT"));
    let response = client().get(&url).send().await.unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert_eq!(response.status(), 200, "GET {url}");
    response.text().await.expect("page text")
}

/// Deletes a product through the Admin API, logged in as the seeded admin user.
async fn delete_product(stack: &TestStack, handle: &str) {
    let backend = format!("http://127.0.0.1:{}", port(stack, "BACKEND_PORT"));
    let http = client();
    let login: serde_json::Value = http
        .post(format!("{backend}/auth/user/emailpass"))
        .json(&serde_json::json!({"email": ADMIN.0, "password": ADMIN.1}))
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("the seeded admin logs in")
        .json()
        .await
        .expect("a token");
    let token = login["token"].as_str().expect("token in the answer").to_string();
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
    let out = stack.berth(&["up", "--wait", "--timeout", "600"]);
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
    let url = format!("http://127.0.0.1:{}{src}", port(&stack, "STOREFRONT_PORT"));
    let response = client().get(&url).send().await.and_then(|r| r.error_for_status()).expect(&url);
    let bytes = response.bytes().await.expect("bytes");
    let object = root().join("seed/ysh-b2b-platform/s3/ysh-uploads").join(src.trim_start_matches("/uploads/"));
    assert_eq!(bytes.as_ref(), std::fs::read(&object).expect("the seeded object").as_slice(), "{url}");

    // A product deleted through Medusa's Admin API is gone, and back after a reset.
    delete_product(&stack, DELETED_HANDLE).await;
    assert!(!storefront_page(&stack, "/").await.contains(DELETED_TITLE), "the deleted product is gone from the page");
    let reset = stack.berth(&["reset", "--yes"]);
    assert_eq!(reset.status.code(), Some(0), "{}", text(&reset));
    let page = storefront_page(&stack, "/").await;
    assert!(page.contains(DELETED_TITLE), "reset brought the product back: {page}");

    // A second up recreates nothing and restarts none of the long-running services
    // (the one-shot migrate runs again, in the same container, as compose runs it).
    let before = started(&stack);
    let again = stack.berth(&["up", "--wait", "--timeout", "600"]);
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
