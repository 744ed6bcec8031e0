//! Floods of connections that reconnect as soon as they are closed
//! (issue 19), from one address: it holds at most its own share of the
//! server, so `/healthz` and another address's employee stay served.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;

use crate::attacks::client_from;
use crate::durability::{obtain_tokens_with, open_survey_with_invites};
use crate::helpers::{ballot, valid_answers};
use crate::operations::test_certificate;
use crate::server::serve_with;

/// Connects from `from` over and over until `stop`: each time it sends
/// `opening` (the start of a slow body, or of a TLS handshake) and waits
/// for the server to close. Counts the connections made.
fn flood(port: u16, from: IpAddr, opening: &'static [u8], stop: Arc<AtomicBool>) -> Arc<AtomicU32> {
    let made = Arc::new(AtomicU32::new(0));
    let counted = Arc::clone(&made);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let connections = (0..300).map(|_| async {
            while !stop.load(Ordering::Relaxed) {
                let socket = TcpSocket::new_v4().unwrap();
                socket.bind(SocketAddr::new(from, 0)).unwrap();
                let Ok(mut stream) = socket
                    .connect(SocketAddr::from(([127, 0, 0, 1], port)))
                    .await
                else {
                    continue;
                };
                counted.fetch_add(1, Ordering::Relaxed);
                let _ = stream.write_all(opening).await;
                let mut rest = Vec::new();
                let waiting = stream.read_to_end(&mut rest);
                let _ = tokio::time::timeout(Duration::from_secs(5), waiting).await;
            }
        });
        runtime.block_on(futures_util::future::join_all(connections));
    });
    made
}

/// The slowest of ten health checks from another address, each given 5 s.
async fn slowest_health(client: &reqwest::Client, address: &str) -> Duration {
    let mut slowest = Duration::ZERO;
    for _ in 0..10 {
        let started = Instant::now();
        let response = client
            .get(format!("{address}/healthz"))
            .timeout(Duration::from_secs(5))
            .send()
            .await;
        assert_eq!(response.unwrap().status(), 200);
        slowest = slowest.max(started.elapsed());
    }
    slowest
}

#[tokio::test]
async fn a_reconnecting_flood_from_one_address_leaves_the_health_check_and_another_employee_served()
{
    // Arrange: a server of 200 connections, 20 for any one address.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 10);
    let flags = [
        "--max-connections",
        "200",
        "--max-connections-per-address",
        "20",
        "--request-timeout",
        "3",
    ];
    let server = serve_with(&db, &flags);
    let stop = Arc::new(AtomicBool::new(false));
    let slow_body = b"POST /api/v1/invites HTTP/1.1\r\nHost: localhost\r\n\
                      Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    let made = flood(
        server.port(),
        IpAddr::from([127, 0, 0, 1]),
        slow_body,
        Arc::clone(&stop),
    );
    while made.load(Ordering::Relaxed) < 1000 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // Act: the operator's health checks and an employee's whole flow.
    let slowest = slowest_health(&client_from([127, 0, 0, 3]), &server.address).await;
    let employee = client_from([127, 0, 0, 2]);
    let started = Instant::now();
    let tokens = obtain_tokens_with(&employee, &server.address, &id, &codes[..1]).await;
    let url = format!("{}/api/v1/surveys/{id}/responses", server.address);
    let stored = employee
        .post(&url)
        .json(&ballot(&tokens[0], valid_answers()))
        .send();
    let stored = stored.await.unwrap().status();
    let flow = started.elapsed();
    stop.store(true, Ordering::Relaxed);

    // Assert
    let made = made.load(Ordering::Relaxed);
    eprintln!(
        "reconnecting flood: {made} connections; slowest health check {slowest:?}; flow {flow:?}"
    );
    assert_eq!(stored, 201);
    assert!(slowest < Duration::from_secs(1), "{slowest:?}");
    assert!(flow < Duration::from_secs(2), "{flow:?}");
}

#[tokio::test]
async fn a_reconnecting_flood_of_unfinished_tls_handshakes_leaves_the_health_check_over_tls_fast() {
    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let (cert, key, der) = test_certificate(dir.path());
    let flags = [
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
        "--max-connections",
        "200",
        "--max-connections-per-address",
        "20",
    ];
    let server = serve_with(&dir.path().join("s.db"), &flags);
    let stop = Arc::new(AtomicBool::new(false));
    // The first bytes of a ClientHello, and then nothing.
    let partial_hello: &[u8] = &[0x16, 0x03, 0x01, 0x02, 0x00, 0x01];
    let made = flood(
        server.port(),
        IpAddr::from([127, 0, 0, 1]),
        partial_hello,
        Arc::clone(&stop),
    );
    while made.load(Ordering::Relaxed) < 1000 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // Act: ten health checks over TLS from another address.
    let mut slowest = Duration::ZERO;
    for _ in 0..10 {
        let started = Instant::now();
        let answer = tokio::time::timeout(Duration::from_secs(5), tls_health(server.port(), &der));
        let answer = answer.await.expect("a health check over TLS took 5 s");
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        slowest = slowest.max(started.elapsed());
    }
    stop.store(true, Ordering::Relaxed);

    // Assert
    eprintln!("TLS handshake flood: slowest health check over TLS {slowest:?}");
    assert!(slowest < Duration::from_secs(1), "{slowest:?}");
}

/// `GET /healthz` over TLS from 127.0.0.3, trusting the certificate `der`.
async fn tls_health(port: u16, der: &[u8]) -> String {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(der.to_vec().into()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from(([127, 0, 0, 3], 0))).unwrap();
    let tcp = socket
        .connect(SocketAddr::from(([127, 0, 0, 1], port)))
        .await
        .unwrap();
    let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    let _ = tls.read_to_string(&mut answer).await;
    answer
}
