//! Compressed request bodies (issue 19): refused before they are read, so a
//! small body that inflates to hundreds of megabytes costs nothing.

use std::io::Write;
use std::time::Duration;

use flate2::Compression;
use flate2::write::GzEncoder;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::server::serve;

/// 200 MB of zeros, gzipped to about 200 KB.
fn bomb() -> Vec<u8> {
    let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..200 {
        gzip.write_all(&zeros).unwrap();
    }
    gzip.finish().unwrap()
}

/// Sends `body` gzipped in one chunk, as an attacker would, and returns
/// the server's answer (whatever of it arrives before the connection ends).
async fn send_bomb(port: u16, path: &str, content_type: &str, body: &[u8]) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nAccept-Language: da\r\n\
         Content-Type: {content_type}\r\nContent-Encoding: gzip\r\n\
         Transfer-Encoding: chunked\r\n\r\n{:x}\r\n",
        body.len()
    );
    // The server may answer and close before the body is all sent.
    let sending = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        stream.write_all(b"\r\n0\r\n\r\n").await
    };
    let _ = tokio::time::timeout(Duration::from_secs(10), sending).await;
    // Bounded: a server that kept the connection would fail the test, not hang it.
    let mut answer = Vec::new();
    let reading = stream.read_to_end(&mut answer);
    let _ = tokio::time::timeout(Duration::from_secs(10), reading).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn eight_compressed_bombs_at_once_are_refused_unread_and_memory_stays_low() {
    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&dir.path().join("s.db"));
    let bomb = bomb();
    let routes = [
        ("/api/v1/invites", "application/json"),
        ("/api/v1/surveys/abcdefghjkmn/tokens", "application/json"),
        ("/api/v1/surveys/abcdefghjkmn/responses", "application/json"),
        ("/admin/sign-in", "application/x-www-form-urlencoded"),
        ("/admin/setup", "application/x-www-form-urlencoded"),
        ("/admin/surveys/new", "multipart/form-data; boundary=x"),
        ("/api/v1/invites", "application/json"),
        ("/admin/sign-in", "application/x-www-form-urlencoded"),
    ];

    // Act
    let answers = futures_util::future::join_all(
        routes
            .iter()
            .map(|(path, kind)| send_bomb(server.port(), path, kind, &bomb)),
    )
    .await;
    let rss = server.rss_mb();

    // Assert
    assert!(bomb.len() < 300_000, "{} bytes", bomb.len());
    for ((path, _), answer) in routes.iter().zip(&answers) {
        assert!(answer.starts_with("HTTP/1.1 415"), "{path}: {answer:.300}");
        assert!(answer.contains("accept-encoding: identity"), "{path}");
        if path.starts_with("/api/") {
            assert!(
                answer.contains("\"error\":\"unsupported_content_encoding\""),
                "{answer}"
            );
        } else {
            assert!(answer.contains("komprimeret"), "{path}: a page in Danish");
        }
    }
    assert!(rss < 100.0, "the server grew to {rss:.0} MB");
}

#[tokio::test]
async fn a_body_marked_identity_is_read_as_usual() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&dir.path().join("s.db"));

    let response = reqwest::Client::new()
        .post(format!("{}/api/v1/invites", server.address))
        .header("content-encoding", "identity")
        .json(&serde_json::json!({ "invite_code": "AAAA-BBBB-CCCC" }))
        .send()
        .await
        .unwrap();

    assert_ne!(response.status(), 415);
    assert!(response.status().is_client_error());
}
