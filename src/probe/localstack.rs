//! LocalStack's own readiness signals, read from its health and init answers. Pure.

/// Why LocalStack is not ready yet, by its own answers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotReady {
    #[error("health answer has no 'services'")]
    NoServices,
    #[error("LocalStack service {0} is in error")]
    InError(String),
    #[error("LocalStack service {service} is {state}")]
    NotYet { service: String, state: String },
    #[error("LocalStack does not offer {0}")]
    NotOffered(String),
    #[error("LocalStack init script {0} failed")]
    InitFailed(String),
    #[error("LocalStack init scripts still running: {}", .0.join(", "))]
    InitRunning(Vec<String>),
    #[error("LocalStack init hooks have not completed")]
    InitPending,
}

/// Every requested service `available` or `running`, and none in `error`.
pub fn health_ok(health: &serde_json::Value, services: &[String]) -> Result<(), NotReady> {
    let states = health["services"].as_object().ok_or(NotReady::NoServices)?;
    if let Some((name, _)) = states.iter().find(|(_, s)| s.as_str() == Some("error")) {
        return Err(NotReady::InError(name.clone()));
    }
    for svc in services {
        match states.get(svc).and_then(|s| s.as_str()) {
            Some("available" | "running") => {}
            Some(state) => return Err(NotReady::NotYet { service: svc.clone(), state: state.to_string() }),
            None => return Err(NotReady::NotOffered(svc.clone())),
        }
    }
    Ok(())
}

/// The ready-stage init scripts finished, none of them in ERROR.
pub fn init_ok(init: &serde_json::Value) -> Result<(), NotReady> {
    let scripts = init["scripts"].as_array().cloned().unwrap_or_default();
    if let Some(failed) = scripts.iter().find(|s| s["state"] == "ERROR") {
        return Err(NotReady::InitFailed(failed["name"].as_str().unwrap_or("?").to_string()));
    }
    if init["completed"] == true {
        return Ok(());
    }
    let running: Vec<String> = scripts
        .iter()
        .filter(|s| s["state"] != "SUCCESSFUL")
        .filter_map(|s| s["name"].as_str().map(str::to_string))
        .collect();
    Err(if running.is_empty() { NotReady::InitPending } else { NotReady::InitRunning(running) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn localstack_health_rules() {
        let svcs = vec!["s3".to_string(), "sqs".to_string()];
        assert!(
            health_ok(&json!({"services": {"s3": "running", "sqs": "available", "kms": "disabled"}}), &svcs).is_ok()
        );
        assert_eq!(
            health_ok(&json!({"services": {"s3": "running", "sqs": "initialized"}}), &svcs).unwrap_err().to_string(),
            "LocalStack service sqs is initialized"
        );
        assert!(health_ok(&json!({"services": {"s3": "running", "sqs": "running", "kms": "error"}}), &svcs)
            .unwrap_err()
            .to_string()
            .contains("kms is in error"));
        assert!(health_ok(&json!({"services": {"s3": "running"}}), &svcs)
            .unwrap_err()
            .to_string()
            .contains("does not offer sqs"));
    }

    #[test]
    fn localstack_init_rules() {
        assert!(init_ok(&json!({"completed": true, "scripts": []})).is_ok());
        assert_eq!(
            init_ok(&json!({"completed": false, "scripts": [{"stage": "READY", "name": "x.py", "state": "RUNNING"}]}))
                .unwrap_err()
                .to_string(),
            "LocalStack init scripts still running: x.py"
        );
        assert!(init_ok(&json!({"completed": true, "scripts": [{"name": "x.sh", "state": "ERROR"}]}))
            .unwrap_err()
            .to_string()
            .contains("x.sh failed"));
    }
}
