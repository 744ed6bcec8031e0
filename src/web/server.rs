//! The HTTP server, assembled from its parts (actix-server accepts,
//! rustls shakes hands, actix-http speaks HTTP/1.1) instead of actix-web's
//! `HttpServer`, which offers no place between accepting a connection and
//! its TLS handshake: every connection passes `connections` first, so a
//! source over its limit is turned away before it costs a handshake, and
//! the connection's writes are timed (src/web/connections.rs).

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;

use actix_http::{HttpService, KeepAlive, Protocol};
use actix_server::{GracefulShutdownSignal, Server};
use actix_service::{
    IntoServiceFactory, ServiceFactory, ServiceFactoryExt, fn_service, map_config,
};
use actix_web::dev::AppConfig;
use rustls::ServerConfig;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;

use super::connections::{Connection, PerSource, tune};
use super::pipelining::Paced;
use super::{State, app};
use crate::config::Limits;

/// A TLS handshake not finished by then is dropped: one round trip, even
/// on a poor mobile connection, takes well under a second.
pub const TLS_HANDSHAKE: Duration = Duration::from_secs(2);
/// Idle time between requests on a kept-alive connection.
const KEEP_ALIVE: Duration = Duration::from_secs(5);
/// Time to send a request's headers (its body has `--request-timeout`).
const HEADERS: Duration = Duration::from_secs(5);
/// Time to close a connection cleanly before it is dropped.
const DISCONNECT: Duration = Duration::from_secs(1);
/// On SIGTERM, how long requests under way may take to finish.
const SHUTDOWN_SECONDS: u64 = 30;

/// Binds `bind` with a listen backlog of 2,048 (the standard library's is
/// 128: a burst of connections beyond it waited a whole second for a SYN
/// retry).
pub fn listen(bind: SocketAddr) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(bind), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.bind(&bind.into())?;
    socket.listen(2048)?;
    Ok(socket.into())
}

/// Starts serving `state`'s application on `listener`, over TLS when
/// `tls` is given.
pub fn run(
    listener: TcpListener,
    tls: Option<ServerConfig>,
    state: State,
    limits: Limits,
) -> std::io::Result<Server> {
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let builder = Server::build()
        .workers(workers)
        .max_concurrent_connections(limits.max_connections.div_ceil(workers).max(1))
        .shutdown_timeout(SHUTDOWN_SECONDS);
    let per_source = PerSource::new(limits.max_connections_per_address);
    let send_timeout = limits.send_timeout;
    let local = listener.local_addr()?;
    let shutdown = builder.graceful_shutdown_signal();
    let builder = match tls {
        None => builder.listen("stemme", listener, move || {
            let per_source = Arc::clone(&per_source);
            fn_service(move |stream: TcpStream| {
                let per_source = Arc::clone(&per_source);
                async move {
                    let (connection, peer) = admit(stream, &per_source, send_timeout)?;
                    Ok((Paced::new(connection), Protocol::Http1, Some(peer)))
                }
            })
            .and_then(http(state.clone(), local, shutdown.clone()))
        })?,
        Some(mut config) => {
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            let acceptor = TlsAcceptor::from(Arc::new(config));
            builder.listen("stemme-tls", listener, move || {
                let (per_source, acceptor) = (Arc::clone(&per_source), acceptor.clone());
                fn_service(move |stream: TcpStream| {
                    let (per_source, acceptor) = (Arc::clone(&per_source), acceptor.clone());
                    async move {
                        let (connection, peer) = admit(stream, &per_source, send_timeout)?;
                        let handshake = acceptor.accept(connection);
                        let stream = tokio::time::timeout(TLS_HANDSHAKE, handshake)
                            .await
                            .map_err(drop)?
                            .map_err(drop)?;
                        Ok((Paced::new(stream), Protocol::Http1, Some(peer)))
                    }
                })
                .and_then(http(state.clone(), local, shutdown.clone()))
            })?
        }
    };
    Ok(builder.run())
}

/// A connection its source has room for, tuned; `Err` closes it at once.
fn admit(
    stream: TcpStream,
    per_source: &Arc<PerSource>,
    send_timeout: Duration,
) -> Result<(Connection, SocketAddr), ()> {
    let peer = stream.peer_addr().map_err(drop)?;
    let slot = per_source.admit(peer.ip()).ok_or(())?;
    if let Err(e) = tune(&stream) {
        tracing::debug!(error = %e, "could not set the socket's options");
    }
    Ok((Connection::new(stream, slot, send_timeout), peer))
}

/// The HTTP/1.1 service over a stream `T`, as each worker makes it.
fn http<T>(
    state: State,
    local: SocketAddr,
    shutdown: GracefulShutdownSignal,
) -> impl ServiceFactory<
    (T, Protocol, Option<SocketAddr>),
    Config = (),
    Response = (),
    Error = (),
    InitError = (),
>
where
    T: AsyncRead + AsyncWrite + Unpin + 'static,
{
    let application = app(state)
        .into_factory()
        .map_err(|error: actix_web::Error| error.error_response());
    HttpService::build()
        .keep_alive(KeepAlive::Timeout(KEEP_ALIVE))
        .client_request_timeout(HEADERS)
        .client_disconnect_timeout(DISCONNECT)
        .local_addr(local)
        // As actix-web's own server does: on SIGTERM, idle kept-alive
        // connections close at once instead of holding the shutdown.
        .graceful_shutdown_signal(move || {
            let shutdown = shutdown.clone();
            async move { shutdown.notified().await }
        })
        // Nothing in Stemme reads the application's `AppConfig` (no
        // `connection_info`, no `url_for`): the default does.
        .finish(map_config(application, |()| AppConfig::default()))
        .map_err(drop)
}
