//! The load generator: a fixed number of keep-alive HTTP/1.1 connections,
//! each sending its next request as soon as the last is answered, until a
//! fixed list of request bodies is used up (a closed loop, bounded in count).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use bytes::Bytes;
use futures_util::future::try_join_all;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpSocket;

use super::cpu::Usage;

/// What one timed phase sends: one request per body, all to one path.
pub struct Load<'a> {
    pub method: Method,
    pub path: String,
    pub bodies: &'a [Bytes],
    pub connections: usize,
    pub expect: StatusCode,
}

pub struct LoadReport {
    pub connections: usize,
    pub elapsed: Duration,
    /// Sorted, shortest first.
    pub latencies: Vec<Duration>,
    /// The answer to each body, in the order of the bodies.
    pub answers: Vec<Bytes>,
    /// Size of the server's write-ahead log when the load ended, if measured.
    pub wal_bytes: u64,
    /// Where the CPU time went during the load, if measured.
    pub cpu: Option<Usage>,
}

impl LoadReport {
    pub fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    /// "CPU: server 1.81 cores, client 0.09, other processes 0.02".
    pub fn cores(&self) -> String {
        let Some(usage) = self.cpu else {
            return "CPU not measured".to_owned();
        };
        let cores = |d: Duration| d.as_secs_f64() / self.elapsed.as_secs_f64();
        format!(
            "CPU: server {:.2} cores, client {:.2}, other processes {:.2}",
            cores(usage.server),
            cores(usage.client),
            cores(usage.others)
        )
    }

    /// The latency at quantile `q` (0.5, 0.99), by nearest rank.
    pub fn quantile(&self, q: f64) -> Duration {
        let Some(last) = self.latencies.len().checked_sub(1) else {
            return Duration::ZERO;
        };
        self.latencies[((last as f64) * q).round() as usize]
    }
}

struct Outcome {
    index: usize,
    latency: Duration,
    status: StatusCode,
    body: Bytes,
}

type Sender = SendRequest<Full<Bytes>>;

/// Connects first, then times only the requests; fails on any unexpected answer.
pub async fn run(server: SocketAddr, load: &Load<'_>) -> anyhow::Result<LoadReport> {
    let senders = try_join_all((0..load.connections).map(|i| connect(server, i))).await?;
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    let per_connection =
        try_join_all(senders.into_iter().map(|s| send_until_done(s, load, &next))).await?;
    let elapsed = started.elapsed();
    let mut outcomes: Vec<Outcome> = per_connection.into_iter().flatten().collect();
    outcomes.sort_unstable_by_key(|o| o.index);
    if let Some(bad) = outcomes.iter().find(|o| o.status != load.expect) {
        let body = String::from_utf8_lossy(&bad.body);
        bail!(
            "{} answered {} rather than {}: {body}",
            load.path,
            bad.status,
            load.expect
        );
    }
    let mut latencies: Vec<Duration> = outcomes.iter().map(|o| o.latency).collect();
    latencies.sort_unstable();
    Ok(LoadReport {
        connections: load.connections,
        elapsed,
        latencies,
        answers: outcomes.into_iter().map(|o| o.body).collect(),
        wal_bytes: 0,
        cpu: None,
    })
}

/// Each connection comes from an address of its own on loopback
/// (127.0.0.2, 127.0.0.3, …), as each employee's device has its own: the
/// server's limits per client address (docs/operations.md) would otherwise
/// count 64 clients as one and hold the benchmark back, not the server.
async fn connect(server: SocketAddr, index: usize) -> anyhow::Result<Sender> {
    let socket = TcpSocket::new_v4()?;
    if server.ip().is_loopback() {
        let last = u8::try_from(2 + index % 250)?;
        socket.bind(SocketAddr::from(([127, 0, 0, last], 0)))?;
    }
    let stream = socket
        .connect(server)
        .await
        .with_context(|| format!("cannot connect to the server on {server}"))?;
    stream.set_nodelay(true)?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
    // Ends by itself when the sender is dropped.
    tokio::spawn(connection);
    Ok(sender)
}

async fn send_until_done(
    mut sender: Sender,
    load: &Load<'_>,
    next: &AtomicUsize,
) -> anyhow::Result<Vec<Outcome>> {
    let mut outcomes = Vec::with_capacity(load.bodies.len() / load.connections + 1);
    loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let Some(body) = load.bodies.get(index) else {
            return Ok(outcomes);
        };
        let request = Request::builder()
            .method(&load.method)
            .uri(load.path.as_str())
            .header(HOST, "127.0.0.1")
            .header(CONTENT_TYPE, "application/json")
            .body(Full::new(body.clone()))?;
        sender.ready().await?;
        let started = Instant::now();
        let response = sender.send_request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        outcomes.push(Outcome {
            index,
            latency: started.elapsed(),
            status,
            body,
        });
    }
}
