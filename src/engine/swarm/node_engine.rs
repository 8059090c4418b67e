//! Another node's own engine, for what a manager's API cannot do there: exec into a task's
//! container, remove a volume. A node says where its engine answers with a label; without
//! it, berth names the node and what to run there instead.

use super::super::{context, Engine, EngineError};

/// The node label that says where a node's own engine answers from where berth runs
/// (`tcp://HOST:PORT`, `unix:///…`). A TLS engine is reached with the certificates of the
/// engine berth talks to.
pub const ENGINE_LABEL: &str = "io.berth.engine";

impl Engine {
    /// The engine at `url` (a node's `io.berth.engine` label), as this one but for its address.
    pub(crate) async fn node_engine(&self, node: &str, url: &str) -> Result<Engine, EngineError> {
        let endpoint =
            context::Endpoint { host: url.to_string(), context: None, tls: self.tls.clone(), source: self.source };
        let hint = format!(
            "Swarm node {node} names this engine in its label {ENGINE_LABEL}: start it, or correct the label (`docker node update --label-add {ENGINE_LABEL}=tcp://HOST:PORT {node}`)"
        );
        let docker = super::super::open(&endpoint, &hint).await?;
        Ok(Engine { docker, endpoint: url.to_string(), ..self.clone() })
    }
}
