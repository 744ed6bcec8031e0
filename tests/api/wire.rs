//! What travels on the wire (issue 23): sockets without Nagle's delay,
//! assets sent as build.rs made them, HSTS where the address is https.

use std::os::fd::AsFd;

use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, ETAG};
use rustix::process::{Pid, PidfdFlags, PidfdGetfdFlags, pidfd_getfd, pidfd_open};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::*;
use crate::server::serve;

#[tokio::test]
async fn accepted_connections_have_tcp_nodelay_and_a_small_send_buffer() {
    // Arrange: a kept-alive connection to the real binary.
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&dir.path().join("s.db"));
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", server.port()))
        .await
        .unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut answer = [0; 512];
    let n = stream.read(&mut answer).await.unwrap();
    assert!(answer[..n].starts_with(b"HTTP/1.1 200"));

    // Act: the server's own sockets, borrowed from the process.
    let pidfd = pidfd_open(Pid::from_child(&server.child), PidfdFlags::empty()).unwrap();
    let mut accepted = Vec::new();
    for entry in std::fs::read_dir(format!("/proc/{}/fd", server.child.id())).unwrap() {
        let fd: i32 = entry
            .unwrap()
            .file_name()
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        let Ok(socket) = pidfd_getfd(&pidfd, fd, PidfdGetfdFlags::empty()) else {
            continue;
        };
        let connected = matches!(rustix::net::getpeername(socket.as_fd()), Ok(Some(_)));
        // Only TCP sockets have TCP_NODELAY (the log's pipe has no peer).
        if let (true, Ok(nodelay)) = (connected, rustix::net::sockopt::tcp_nodelay(&socket)) {
            let buffer = rustix::net::sockopt::socket_send_buffer_size(&socket).unwrap();
            accepted.push((nodelay, buffer));
        }
    }

    // Assert: the kernel reports twice the 64 KiB asked for.
    assert!(!accepted.is_empty(), "no accepted connection found");
    for (nodelay, buffer) in accepted {
        assert!(nodelay, "TCP_NODELAY is off");
        assert!(buffer <= 2 * 64 * 1024, "send buffer of {buffer} bytes");
    }
    drop(stream);
}

#[tokio::test]
async fn a_hashed_asset_is_sent_as_built_with_its_length_an_etag_and_a_years_cache() {
    // Arrange: the page names the script under its hashed name.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let page = app
        .get(&format!("/s/{}", survey.id))
        .await
        .text()
        .await
        .unwrap();
    let script = page
        .split("<script type=\"module\" src=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let fetch = |encodings: &'static str| {
        app.client
            .get(format!("{}{script}", app.address))
            .header(ACCEPT_ENCODING, encodings)
            .send()
    };

    // Act
    let first = fetch("gzip, deflate, br").await.unwrap();
    let second = fetch("gzip, deflate, br").await.unwrap();
    let gzip = fetch("gzip").await.unwrap();
    let revalidated = app
        .client
        .get(format!("{}{script}", app.address))
        .header("if-none-match", first.headers()[ETAG].clone())
        .send()
        .await
        .unwrap();

    // Assert: Brotli, which this server cannot make as it answers (actix's
    // compressor here knows only gzip), so it was made at build time; a
    // length, not chunks; the same bytes and tag each time.
    assert!(script.starts_with("/assets/js/survey.") && script.ends_with(".mjs"));
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()[CONTENT_ENCODING], "br");
    assert_eq!(
        first.headers()[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let length: usize = first.headers()[CONTENT_LENGTH]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(first.headers().get("transfer-encoding").is_none());
    let etag = first.headers()[ETAG].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && !etag.starts_with("W/"), "{etag}");
    assert_eq!(second.headers()[ETAG].to_str().unwrap(), etag);
    let body = first.bytes().await.unwrap();
    assert_eq!(body.len(), length);
    assert_eq!(body, second.bytes().await.unwrap());
    assert_eq!(gzip.headers()[CONTENT_ENCODING], "gzip");
    assert_ne!(gzip.headers()[ETAG].to_str().unwrap(), etag);
    assert_eq!(revalidated.status(), 304);
}

#[tokio::test]
async fn a_page_names_every_module_it_needs_at_once_under_hashed_names() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let page = app
        .get(&format!("/s/{}", survey.id))
        .await
        .text()
        .await
        .unwrap();

    let preloaded: Vec<&str> = page
        .split("<link rel=\"modulepreload\" href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert!(preloaded.len() >= 10, "{preloaded:?}");
    for path in preloaded {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()[CACHE_CONTROL],
            "public, max-age=31536000, immutable",
            "{path}"
        );
    }
}

#[tokio::test]
async fn published_at_an_https_address_every_answer_asks_browsers_for_https_only() {
    // Behind a proxy that terminates TLS: the server itself speaks HTTP.
    let dir = tempfile::tempdir().unwrap();
    let settings = stemme::config::Settings::new(
        dir.path().join("s.db"),
        "127.0.0.1:0".parse().unwrap(),
        stemme::config::PublicUrl::parse("https://stemme.example.com").unwrap(),
    );
    let application = stemme::web::Application::build(settings).unwrap();
    let address = format!("http://127.0.0.1:{}", application.port());
    tokio::spawn(application.run_until_stopped());

    for path in ["/", "/healthz", "/assets/style.css", "/nothing"] {
        let response = reqwest::get(format!("{address}{path}")).await.unwrap();
        assert_eq!(
            response.headers()["strict-transport-security"],
            "max-age=31536000",
            "{path}"
        );
        assert!(
            response.headers().contains_key("permissions-policy"),
            "{path}"
        );
    }
}
