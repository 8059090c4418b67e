//! Creating a container with a field bollard's request body lacks: `MacAddress`, which
//! engine API 1.41 (the one berth speaks) takes in the container config, as compose
//! sends it there. The body is bollard's, as JSON, with the field added, sent on a
//! connection of berth's own (the one the BuildKit session uses).

use bollard::errors::Error;
use bollard::models::ContainerCreateBody;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};

use super::buildkit::wire;

/// Creates the container `name` from `body` with `mac` as its MAC address; its id.
pub async fn create_with_mac(
    endpoint: wire::Target<'_>,
    name: &str,
    platform: &str,
    body: &ContainerCreateBody,
    mac: &str,
) -> Result<String, Error> {
    let fail = |message: String| Error::DockerResponseServerError { status_code: 500, message };
    let mut json = serde_json::to_value(body).map_err(|e| fail(e.to_string()))?;
    json["MacAddress"] = serde_json::Value::String(mac.to_string());
    let mut query = format!("/containers/create?name={}", encode(name));
    if !platform.is_empty() {
        query.push_str(&format!("&platform={}", encode(platform)));
    }
    let request = hyper::Request::post(query)
        .header("Host", "docker")
        .header("Content-Type", "application/json")
        .body(Full::new(Bytes::from(json.to_string())))
        .map_err(|e| fail(e.to_string()))?;
    let response = wire::send(endpoint, request)
        .await
        .map_err(|e| fail(format!("{e} (mac_address is set with a request of berth's own)")))?;
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.map_err(|e| fail(e.to_string()))?.to_bytes();
    let answer: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    match answer["Id"].as_str() {
        Some(id) if status == 201 => Ok(id.to_string()),
        _ => Err(Error::DockerResponseServerError {
            status_code: status,
            message: answer["message"]
                .as_str()
                .map_or_else(|| String::from_utf8_lossy(&bytes).to_string(), str::to_string),
        }),
    }
}

/// A query value: container names and platforms hold letters, digits, `_.-/`.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
