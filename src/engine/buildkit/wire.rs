//! Raw HTTP/1.1 to the engine for the requests bollard cannot make for us:
//! the `/session` upgrade that carries build secrets, a `/build` tied to that
//! session, and a container create with a MAC address. Over a unix socket,
//! TCP, or TLS with the client certificates the Docker CLI would use.

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use hyper::body::{Body, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

/// Where the engine is: its endpoint and, for a TLS engine, the client certificate folder
/// (ca.pem, cert.pem, key.pem) as the Docker CLI keeps it.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub host: &'a str,
    pub tls: Option<&'a Path>,
}

/// The engine could not be reached or did not take the request.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("cannot connect to {endpoint}: {source}")]
    Connect {
        endpoint: String,
        #[source]
        source: std::io::Error,
    },
    #[error("TLS to {endpoint}: {reason}")]
    Tls { endpoint: String, reason: String },
    #[error("berth cannot reach an engine at {0} with requests of its own (unix or tcp endpoints only)")]
    Scheme(String),
    #[error("engine handshake: {0}")]
    Handshake(#[source] hyper::Error),
    #[error("request to the engine failed: {0}")]
    Request(#[source] hyper::Error),
}

pub trait Stream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Stream for T {}

/// Opens a connection to the engine: a unix socket, plain TCP, or TLS with the client's
/// certificate when the target has them.
pub async fn dial(target: Target<'_>) -> Result<Box<dyn Stream>, WireError> {
    let endpoint = target.host;
    let unreachable = |source| WireError::Connect { endpoint: endpoint.to_string(), source };
    if let Some(path) = endpoint.strip_prefix("unix://") {
        let s = tokio::net::UnixStream::connect(path).await.map_err(unreachable)?;
        return Ok(Box::new(s));
    }
    let addr = endpoint
        .strip_prefix("tcp://")
        .or_else(|| endpoint.strip_prefix("http://"))
        .or_else(|| endpoint.strip_prefix("https://"))
        .ok_or_else(|| WireError::Scheme(endpoint.to_string()))?
        .trim_end_matches('/');
    let tcp = tokio::net::TcpStream::connect(addr).await.map_err(unreachable)?;
    let Some(certs) = target.tls else {
        return Ok(Box::new(tcp));
    };
    let tls_error = |reason: String| WireError::Tls { endpoint: endpoint.to_string(), reason };
    let config = client_config(certs).map_err(tls_error)?;
    let host = addr.rsplit_once(':').map_or(addr, |(h, _)| h).trim_start_matches('[').trim_end_matches(']');
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|e| tls_error(e.to_string()))?;
    let stream = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| tls_error(e.to_string()))?;
    Ok(Box::new(stream))
}

/// The engine's CA as the only root, and the client's certificate and key, as the Docker CLI
/// uses the files of DOCKER_CERT_PATH or a context's TLS folder.
fn client_config(dir: &Path) -> Result<rustls::ClientConfig, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let file = |name: &str| dir.join(name);
    let failed = |name: &str| {
        let path = file(name);
        move |e: rustls::pki_types::pem::Error| format!("{}: {e}", path.display())
    };
    let mut roots = rustls::RootCertStore::empty();
    let ca: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(file("ca.pem")).and_then(|certs| certs.collect()).map_err(failed("ca.pem"))?;
    for cert in ca {
        roots.add(cert).map_err(|e| format!("{}: {e}", file("ca.pem").display()))?;
    }
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(file("cert.pem"))
        .and_then(|certs| certs.collect())
        .map_err(failed("cert.pem"))?;
    let key = PrivateKeyDer::from_pem_file(file("key.pem")).map_err(failed("key.pem"))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_client_auth_cert(chain, key)
        .map_err(|e| e.to_string())
}

/// Sends one request on a fresh connection; the connection stays usable for an upgrade.
pub async fn send<B>(target: Target<'_>, request: Request<B>) -> Result<Response<Incoming>, WireError>
where
    B: Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let io = dial(target).await?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(TokioIo::new(io)).await.map_err(WireError::Handshake)?;
    tokio::spawn(connection.with_upgrades());
    sender.send_request(request).await.map_err(WireError::Request)
}
