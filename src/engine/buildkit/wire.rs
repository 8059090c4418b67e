//! Raw HTTP/1.1 to the engine for the two requests bollard cannot make for
//! us: the `/session` upgrade that carries build secrets, and a `/build`
//! tied to that session.

use bytes::Bytes;
use hyper::body::{Body, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

/// The engine could not be reached or did not take the request.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("cannot connect to {endpoint}: {source}")]
    Connect {
        endpoint: String,
        #[source]
        source: std::io::Error,
    },
    #[error("berth's BuildKit client does not speak TLS yet ({0})")]
    Tls(String),
    #[error("engine handshake: {0}")]
    Handshake(#[source] hyper::Error),
    #[error("request to the engine failed: {0}")]
    Request(#[source] hyper::Error),
}

pub trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

/// Opens a connection to the engine at `endpoint` (`unix://…` or `tcp://…`). TLS
/// endpoints are refused: the caller falls back to the classic builder.
pub async fn dial(endpoint: &str) -> Result<Box<dyn Stream>, WireError> {
    let unreachable = |source| WireError::Connect { endpoint: endpoint.to_string(), source };
    if let Some(path) = endpoint.strip_prefix("unix://") {
        let s = tokio::net::UnixStream::connect(path).await.map_err(unreachable)?;
        return Ok(Box::new(s));
    }
    let tls = std::env::var("DOCKER_TLS_VERIFY").is_ok_and(|v| !v.is_empty() && v != "0");
    let addr = endpoint.strip_prefix("tcp://").or_else(|| endpoint.strip_prefix("http://"));
    match addr {
        Some(addr) if !tls => {
            let s = tokio::net::TcpStream::connect(addr.trim_end_matches('/')).await.map_err(unreachable)?;
            Ok(Box::new(s))
        }
        _ => Err(WireError::Tls(endpoint.to_string())),
    }
}

/// Sends one request on a fresh connection; the connection stays usable for an upgrade.
pub async fn send<B>(endpoint: &str, request: Request<B>) -> Result<Response<Incoming>, WireError>
where
    B: Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let io = dial(endpoint).await?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(TokioIo::new(io)).await.map_err(WireError::Handshake)?;
    tokio::spawn(connection.with_upgrades());
    sender.send_request(request).await.map_err(WireError::Request)
}
