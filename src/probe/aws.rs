//! The `aws` probe: an AWS emulator's own readiness signal, then one real read call per
//! service it must serve (`ListBuckets`, `ListQueues`, `ListSecrets` …).

use super::ProbeError;
use crate::stack::emulator::{read_call, Emulator};

/// Emulators route a request by the credential scope of its Authorization header and do not
/// check the signature; a real client's signed request reaches the same handler.
fn authorization(service: &str) -> String {
    format!(
        "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/{service}/aws4_request, \
         SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000"
    )
}

pub(super) async fn ready(
    client: &reqwest::Client,
    base: &str,
    emulator: Emulator,
    services: &[String],
) -> Result<(), ProbeError> {
    if let Some(path) = emulator.ready_path() {
        let resp = client.get(format!("{base}{path}")).send().await.map_err(ProbeError::Http)?;
        let status = resp.status().as_u16();
        if status != 200 {
            return Err(ProbeError::EmulatorNotReady { emulator: emulator.title(), path, status });
        }
    }
    for service in services {
        let call = read_call(service).ok_or_else(|| ProbeError::NoReadCall(service.clone()))?;
        let method = reqwest::Method::from_bytes(call.method.as_bytes()).unwrap_or(reqwest::Method::GET);
        let mut request = client
            .request(method, format!("{base}{}", call.path))
            .header("Authorization", authorization(call.service))
            .header("X-Amz-Date", "20260101T000000Z")
            .body(call.body);
        if let Some(target) = call.target {
            request = request.header("X-Amz-Target", target);
        }
        if let Some(content_type) = call.content_type {
            request = request.header("Content-Type", content_type);
        }
        let resp = request.send().await.map_err(ProbeError::Http)?;
        let status = resp.status().as_u16();
        if status != 200 {
            let excerpt: String = resp.text().await.unwrap_or_default().chars().take(160).collect();
            return Err(ProbeError::AwsCall { service: call.service, status, excerpt });
        }
    }
    Ok(())
}
