//! Running Stemme for real: backups while it serves, a clean stop under
//! load, TLS of its own, HEAD for uptime checkers, safe CSV.

use std::sync::Arc;

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use rusqlite::Connection;

use crate::cli::{stderr, stdout, stemme, stemme_line};
use crate::durability::{is_spent, obtain_tokens, open_survey_with_invites};
use crate::helpers::*;
use crate::server::{serve, serve_with};

fn filled_and_spent(conn: &Connection) -> (u64, u64) {
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get(0)).unwrap();
    (
        count("SELECT count(*) FROM ballots WHERE filled = 1"),
        count("SELECT count(*) FROM spent_tokens"),
    )
}

#[tokio::test]
async fn a_backup_taken_under_load_holds_every_answer_acknowledged_before_it_began_and_restores() {
    // Arrange: 20 answers acknowledged, 40 more on their way.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 60);
    let server = serve(&db);
    let tokens = obtain_tokens(&server.address, &id, &codes).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/surveys/{id}/responses", server.address);
    for token in &tokens[..20] {
        let sent = client
            .post(&url)
            .json(&ballot(token, valid_answers()))
            .send();
        assert_eq!(sent.await.unwrap().status(), 201);
    }

    // Act: the backup runs while the other 40 answer.
    let backup = dir.path().join("backup.db");
    let answering: FuturesUnordered<_> = tokens[20..]
        .iter()
        .map(|token| {
            client
                .post(&url)
                .json(&ballot(token, valid_answers()))
                .send()
        })
        .collect();
    let (db2, backup2) = (db.clone(), backup.clone());
    let backing_up = tokio::task::spawn_blocking(move || {
        stemme(&db2, &["backup", "--out", backup2.to_str().unwrap()])
    });
    let (answered, made): (Vec<_>, _) = tokio::join!(answering.collect(), backing_up);
    let made = made.unwrap();
    let again = stemme(&db, &["backup", "--out", backup.to_str().unwrap()]);

    // Assert: consistent, complete up to its start, and never overwritten.
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(answered.iter().all(|r| r.as_ref().unwrap().status() == 201));
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    let copy = Connection::open(&backup).unwrap();
    let check: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    for token in &tokens[..20] {
        assert!(
            is_spent(&copy, token),
            "an answer acknowledged before is missing"
        );
    }
    let (filled, spent) = filled_and_spent(&copy);
    assert!(
        filled >= 20 && filled == spent,
        "{filled} answers, {spent} tokens"
    );
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&backup).unwrap().permissions());
    assert_eq!(
        mode & 0o077,
        0,
        "the backup is readable by others: {mode:o}"
    );

    // Restore, as docs/operations.md says: stop, put the copy in place, start.
    server.terminate();
    drop(copy);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    std::fs::copy(&backup, &db).unwrap();
    let restored = serve(&db);
    let list = stdout(&stemme_line(&db, "survey list"));
    assert!(list.contains(&id.to_string()), "{list}");
    let still: serde_json::Value = client
        .get(format!("{}/api/v1/surveys/{id}", restored.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(still["status"], "open");
}

#[tokio::test]
async fn sigterm_under_load_lets_requests_under_way_finish_and_loses_nothing() {
    // Arrange: 60 employees with tokens.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 60);
    let server = serve(&db);
    let tokens = obtain_tokens(&server.address, &id, &codes).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/surveys/{id}/responses", server.address);

    // Act: all answer at once; SIGTERM once ten are acknowledged.
    let mut answering: FuturesUnordered<_> = tokens
        .iter()
        .map(|token| {
            let request = client.post(&url).json(&ballot(token, valid_answers()));
            async move { (token, request.send().await) }
        })
        .collect();
    let mut acknowledged = Vec::new();
    let mut signalled = false;
    while let Some((token, response)) = answering.next().await {
        if response.is_ok_and(|r| r.status() == 201) {
            acknowledged.push(token);
        }
        if acknowledged.len() == 10 && !signalled {
            server.signal_term();
            signalled = true;
        }
    }
    let (_, log) = server.finish();

    // Assert: a clean stop, every acknowledged answer stored, nothing half.
    assert!(log.contains("group commit:"), "no clean shutdown: {log}");
    let conn = Connection::open(&db).unwrap();
    for token in &acknowledged {
        assert!(is_spent(&conn, token), "an acknowledged answer was lost");
    }
    let (filled, spent) = filled_and_spent(&conn);
    assert_eq!(filled, spent);
    assert!(filled as usize >= acknowledged.len());
}

pub fn test_certificate(
    dir: &std::path::Path,
) -> (std::path::PathBuf, std::path::PathBuf, Vec<u8>) {
    let names = vec!["localhost".to_owned()];
    let certified = rcgen::generate_simple_self_signed(names).unwrap();
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.signing_key.serialize_pem()).unwrap();
    (cert, key, certified.cert.der().to_vec())
}

#[tokio::test]
async fn the_server_speaks_tls_with_a_certificate_of_its_own() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    // Arrange
    let dir = tempfile::tempdir().unwrap();
    let (cert, key, der) = test_certificate(dir.path());
    let flags = [
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ];
    let server = serve_with(&dir.path().join("s.db"), &flags);
    let mut roots = rustls::RootCertStore::empty();
    roots.add(der.into()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));

    // Act
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", server.port()))
        .await
        .unwrap();
    let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    tls.read_to_string(&mut answer).await.unwrap();
    let plain = reqwest::get(format!("{}/healthz", server.address)).await;

    // Assert
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"status\":\"ok\""), "{answer}");
    assert!(
        answer.contains("strict-transport-security: max-age=31536000\r\n"),
        "HSTS over TLS: {answer}"
    );
    assert!(
        plain.is_err(),
        "plain HTTP must not be answered on a TLS port"
    );
}
