//! Peers that ask and never read (issue 19): connections that pipeline
//! requests for a script and read none of the answers are closed once
//! they have read nothing for `--send-timeout`, each holds at most two
//! requests meanwhile, and an employee's issuance goes on as before.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpSocket, TcpStream};

use crate::attacks::client_from;
use crate::durability::open_survey_with_invites;
use crate::retry_flood::{median, token_request};
use crate::server::{Server, serve_with};

/// Connects from `from`, with a small receive window, and sends `requests`
/// pipelined requests for the largest script; reads nothing, ever.
async fn non_reader(port: u16, from: IpAddr, requests: usize) -> Option<TcpStream> {
    let socket = TcpSocket::new_v4().ok()?;
    socket.set_recv_buffer_size(4096).ok()?;
    socket.bind(SocketAddr::new(from, 0)).ok()?;
    let mut stream = socket
        .connect(SocketAddr::from(([127, 0, 0, 1], port)))
        .await
        .ok()?;
    let one = "GET /assets/js/blindrsa.mjs HTTP/1.1\r\nHost: localhost\r\n\
               Accept-Encoding: gzip\r\n\r\n";
    let _ = stream.write_all(one.repeat(requests).as_bytes()).await;
    Some(stream)
}

fn open_files(server: &Server) -> usize {
    std::fs::read_dir(format!("/proc/{}/fd", server.child.id()))
        .unwrap()
        .count()
}

/// The median time of issuing a token for each of `requests` (blinded in
/// advance), from an employee at another address.
async fn issuance(requests: Vec<(String, serde_json::Value)>) -> Duration {
    let employee = client_from([127, 0, 0, 2]);
    let mut times = Vec::new();
    for (url, body) in requests {
        let started = Instant::now();
        let response = employee.post(&url).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 200);
        times.push(started.elapsed());
    }
    median(times)
}

#[tokio::test]
async fn five_hundred_pipelining_non_readers_are_dropped_in_time_while_issuance_runs_as_usual() {
    // Arrange: 40 token requests blinded in advance; the server closes a
    // connection whose peer has read nothing for two seconds.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 40);
    let server = serve_with(&db, &["--send-timeout", "2"]);
    let mut requests = Vec::new();
    for code in &codes {
        requests.push(token_request(&server.address, &id, code).await);
    }
    let before = issuance(requests.split_off(20)).await;
    let files_idle = open_files(&server);

    // Act: 500 connections from 50 addresses, 200 requests each.
    let started = Instant::now();
    let attackers = futures_util::future::join_all((0..500u32).map(|i| {
        let from = IpAddr::from([127, 0, 1, 1 + (i % 50) as u8]);
        non_reader(server.port(), from, 200)
    }))
    .await;
    let connected = attackers.iter().flatten().count();
    let during = issuance(requests).await;
    let (mut peak, mut files) = (server.rss_mb(), open_files(&server));
    while files > files_idle + 5 && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        peak = peak.max(server.rss_mb());
        files = open_files(&server);
    }
    let dropped_after = started.elapsed();

    // Assert
    eprintln!(
        "non-readers: {connected} connected; all dropped after {dropped_after:?}; \
         peak {peak:.0} MB; issuance median {before:?} before, {during:?} during"
    );
    assert_eq!(connected, 500);
    assert!(
        files <= files_idle + 5,
        "{files} files open after {dropped_after:?} ({files_idle} idle)"
    );
    assert!(
        dropped_after < Duration::from_secs(10),
        "held for {dropped_after:?}"
    );
    assert!(peak < 150.0, "the server grew to {peak:.0} MB");
    assert!(
        during <= before * 2 + Duration::from_millis(20),
        "issuance took {during:?} with the non-readers, {before:?} before"
    );
    drop(attackers);
}
