//! A BuildKit session: the engine calls back into berth over a hijacked
//! `/session` connection to fetch build secrets, so a secret's value goes
//! from berth to the build step's tmpfs and is never sent as a build argument
//! or written to a layer.

use std::collections::HashMap;
use std::pin::Pin;
use std::task::{Context, Poll};

use bollard_buildkit_proto::health::health_check_response::ServingStatus;
use bollard_buildkit_proto::health::health_server::{Health, HealthServer};
use bollard_buildkit_proto::health::{HealthCheckRequest, HealthCheckResponse, HealthListRequest, HealthListResponse};
use bollard_buildkit_proto::moby::buildkit::secrets::v1::secrets_server::{Secrets, SecretsServer};
use bollard_buildkit_proto::moby::buildkit::secrets::v1::{GetSecretRequest, GetSecretResponse};
use bytes::Bytes;
use http_body_util::Full;
use hyper::upgrade::Upgraded;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::task::JoinHandle;
use tonic::{Request, Response, Status};

use super::wire;

const METHODS: &[&str] = &["/moby.buildkit.secrets.v1.Secrets/GetSecret", "/grpc.health.v1.Health/Check"];

/// An open session; dropping it ends it.
pub struct Session {
    pub id: String,
    serving: JoinHandle<()>,
}

impl Drop for Session {
    fn drop(&mut self) {
        self.serving.abort();
    }
}

/// Why no BuildKit session could be opened: the build falls back to the classic builder.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Wire(#[from] wire::WireError),
    #[error("{0}")]
    Request(#[source] hyper::http::Error),
    #[error("the engine answered {0} to a BuildKit session")]
    Refused(hyper::StatusCode),
    #[error("session upgrade failed: {0}")]
    Upgrade(#[source] hyper::Error),
}

/// Opens a session on the engine that answers for `secrets` (id → value).
/// Err when the engine has no session endpoint (no BuildKit) or cannot be reached.
pub async fn open(endpoint: wire::Target<'_>, secrets: HashMap<String, Vec<u8>>) -> Result<Session, SessionError> {
    let id = new_id();
    let mut request = hyper::Request::post("/session")
        .header("Host", "docker")
        .header("Connection", "Upgrade")
        .header("Upgrade", "h2c")
        .header("X-Docker-Expose-Session-Uuid", &id)
        .header("X-Docker-Expose-Session-Name", "berth")
        .header("X-Docker-Expose-Session-Sharedkey", &id);
    for method in METHODS {
        request = request.header("X-Docker-Expose-Session-Grpc-Method", *method);
    }
    let request = request.body(Full::new(Bytes::new())).map_err(SessionError::Request)?;
    let response = wire::send(endpoint, request).await?;
    if response.status() != hyper::StatusCode::SWITCHING_PROTOCOLS {
        return Err(SessionError::Refused(response.status()));
    }
    let upgraded = hyper::upgrade::on(response).await.map_err(SessionError::Upgrade)?;
    let io = Hijacked(TokioIo::new(upgraded));
    let serving = tokio::spawn(async move {
        let router = tonic::transport::Server::builder()
            .add_service(SecretsServer::new(SecretStore(secrets)))
            .add_service(HealthServer::new(Healthy));
        // The engine closes the connection when the build ends; nothing to report then.
        let _ = router.serve_with_incoming(futures_util::stream::iter([Ok::<_, std::io::Error>(io)])).await;
    });
    Ok(Session { id, serving })
}

fn new_id() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..25).map(|_| char::from_digit(rng.random_range(0..36), 36).unwrap_or('0')).collect()
}

struct SecretStore(HashMap<String, Vec<u8>>);

#[tonic::async_trait]
impl Secrets for SecretStore {
    async fn get_secret(&self, request: Request<GetSecretRequest>) -> Result<Response<GetSecretResponse>, Status> {
        let id = &request.get_ref().id;
        match self.0.get(id) {
            Some(data) => Ok(Response::new(GetSecretResponse { data: data.clone() })),
            None => Err(Status::not_found(format!("build secret '{id}' is not declared for this service"))),
        }
    }
}

struct Healthy;

#[tonic::async_trait]
impl Health for Healthy {
    async fn check(&self, _: Request<HealthCheckRequest>) -> Result<Response<HealthCheckResponse>, Status> {
        Ok(Response::new(HealthCheckResponse { status: ServingStatus::Serving as i32 }))
    }

    async fn list(&self, _: Request<HealthListRequest>) -> Result<Response<HealthListResponse>, Status> {
        Ok(Response::new(HealthListResponse::default()))
    }

    type WatchStream = futures_util::stream::Empty<Result<HealthCheckResponse, Status>>;

    async fn watch(&self, _: Request<HealthCheckRequest>) -> Result<Response<Self::WatchStream>, Status> {
        Err(Status::unimplemented("watch"))
    }
}

/// The upgraded connection, as tonic's server wants its connections.
struct Hijacked(TokioIo<Upgraded>);

impl tonic::transport::server::Connected for Hijacked {
    type ConnectInfo = ();
    fn connect_info(&self) -> Self::ConnectInfo {}
}

impl AsyncRead for Hijacked {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Hijacked {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}
