//! What someone without an account could do to the real binary, on
//! loopback: many sign-ins at once, slow bodies, floods of retries.

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::server::serve_with;

const USER: &str = "anne.hr";
const PASSWORD: &str = "korrekt hest batteri staple";

fn create_admin(db: &Path) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args(["--db", db.to_str().unwrap(), "admin", "create"])
        .args(["--username", USER, "--password-stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(child.wait().unwrap().success());
}

/// A browser at address `from` (anything in 127.0.0.0/8 is loopback).
pub fn client_from(from: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::from(from))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn sign_in(client: &reqwest::Client, address: &str, password: &str) -> u16 {
    let form = [("username", USER), ("password", password)];
    let response = client
        .post(format!("{address}/admin/sign-in"))
        .form(&form)
        .send()
        .await
        .unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn three_hundred_simultaneous_wrong_sign_ins_check_a_handful_of_passwords_and_memory_stays_low()
 {
    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    create_admin(&db);
    // More connections from one address than it may hold (256) at once.
    let server = serve_with(&db, &["--max-connections-per-address", "1000"]);
    let attacker = client_from([127, 0, 0, 1]);

    // Act: 300 wrong passwords at once; memory read as answers come back.
    let mut guesses: FuturesUnordered<_> = (0..300)
        .map(|i| {
            sign_in(
                &attacker,
                &server.address,
                if i % 2 == 0 { "guess" } else { "" },
            )
        })
        .collect();
    let (mut statuses, mut peak) = (Vec::new(), 0.0f64);
    while let Some(status) = guesses.next().await {
        statuses.push(status);
        peak = peak.max(server.rss_mb());
    }
    let owner = sign_in(&client_from([127, 0, 0, 2]), &server.address, PASSWORD).await;

    // Assert
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert!(checked <= 5, "{checked} passwords were checked");
    assert!(
        statuses.iter().all(|s| [401, 429, 503].contains(s)),
        "{statuses:?}"
    );
    assert!(peak < 300.0, "the server grew to {peak:.0} MB");
    assert_eq!(owner, 303, "the owner, from another address, is let in");
}

#[tokio::test]
async fn a_flood_of_wrong_setup_links_runs_no_password_hash_and_the_right_link_still_works() {
    // Arrange: no administrator yet; the setup link is on standard output.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let mut server = serve_with(&db, &["--max-connections-per-address", "1000"]);
    let mut text = String::new();
    std::io::BufRead::read_line(&mut server.stdout, &mut text).unwrap();
    let mut link = String::new();
    std::io::BufRead::read_line(&mut server.stdout, &mut link).unwrap();
    let token = link.trim().split("#token=").nth(1).unwrap().to_owned();
    let setup = |client: reqwest::Client, token: String| {
        let url = format!("{}/admin/setup", server.address);
        async move {
            let form = [
                ("token", token.as_str()),
                ("username", USER),
                ("password", PASSWORD),
                ("password2", PASSWORD),
            ];
            let response = client.post(url).form(&form).send().await.unwrap();
            response.status().as_u16()
        }
    };

    // Act
    let started = Instant::now();
    let attacker = client_from([127, 0, 0, 1]);
    let statuses = futures_util::future::join_all(
        (0..300).map(|i| setup(attacker.clone(), format!("AAAA{i}"))),
    )
    .await;
    let flood = started.elapsed();
    let peak = server.rss_mb();
    let owner = setup(client_from([127, 0, 0, 2]), token).await;

    // Assert: refused at the door, fast, and the real link unharmed.
    assert!(
        statuses.iter().all(|s| [403, 429].contains(s)),
        "{statuses:?}"
    );
    assert_eq!(statuses.iter().filter(|s| **s == 403).count(), 20);
    assert!(peak < 300.0, "the server grew to {peak:.0} MB");
    assert!(
        flood < Duration::from_secs(10),
        "{flood:?}: hashes were run"
    );
    assert_eq!(owner, 303);
}

/// Sends a request's head and the start of its body; then one more byte
/// each `trickle` if given, else nothing. Returns what the server answered
/// and when it closed the connection.
async fn slow_body(port: u16, trickle: Option<Duration>) -> (String, Duration) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let head = "POST /api/v1/invites HTTP/1.1\r\nHost: localhost\r\n\
                Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    stream.write_all(head.as_bytes()).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let dripping = async move {
        let Some(every) = trickle else {
            return std::future::pending::<()>().await;
        };
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            if writer.write_all(b" ").await.is_err() {
                return std::future::pending().await;
            }
        }
    };
    let mut answer = Vec::new();
    let reading = reader.read_to_end(&mut answer);
    tokio::select! {
        _ = dripping => unreachable!(),
        _ = reading => {}
    }
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn two_hundred_slow_bodies_are_cut_off_at_the_deadline_while_the_health_check_stays_fast() {
    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let server = serve_with(&dir.path().join("s.db"), &["--request-timeout", "2"]);
    let port = server.port();

    // Act: 100 connections drip a byte every half second, 100 stall.
    let slow = futures_util::future::join_all((0..200).map(|i| {
        let trickle = (i % 2 == 0).then_some(Duration::from_millis(500));
        slow_body(port, trickle)
    }));
    let health = async {
        let client = reqwest::Client::new();
        let mut slowest = Duration::ZERO;
        for _ in 0..10 {
            let started = Instant::now();
            let response = client
                .get(format!("{}/healthz", server.address))
                .send()
                .await;
            assert_eq!(response.unwrap().status(), 200);
            slowest = slowest.max(started.elapsed());
        }
        slowest
    };
    let (closed, slowest_health) = tokio::join!(slow, health);

    // Assert
    for (answer, after) in &closed {
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
        assert!(answer.contains("\"error\":\"request_timeout\""), "{answer}");
        assert!(*after < Duration::from_secs(6), "held for {after:?}");
    }
    assert!(
        slowest_health < Duration::from_secs(1),
        "{slowest_health:?}"
    );
}
