//! The last lines of a container's or a task's log: asked for without following, and
//! gathered into lines (they decorate a failure, so a silent engine is not waited on).

use std::time::Duration;

use bollard::container::LogOutput;
use bollard::query_parameters::LogsOptions;
use futures_util::{Stream, StreamExt};

/// Asks for the last `n` lines of both streams, without following.
pub(crate) fn last_lines(n: usize) -> LogsOptions {
    LogsOptions { stdout: true, stderr: true, tail: n.to_string(), ..LogsOptions::default() }
}

/// The lines of a log request that ends. An engine that stops answering (a task on a lost
/// node) is given up on after a few seconds: those lines only decorate a failure.
pub(crate) async fn collected_lines(
    mut chunks: impl Stream<Item = Result<LogOutput, bollard::errors::Error>> + Unpin,
) -> Vec<String> {
    let mut text = String::new();
    let read = async {
        while let Some(Ok(chunk)) = chunks.next().await {
            text.push_str(&String::from_utf8_lossy(&chunk.into_bytes()));
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(3), read).await;
    text.lines().map(str::to_string).collect()
}
