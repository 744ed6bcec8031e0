//! The first start, and accounts made at the command line: the real binary.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use super::{AdminClient, csrf_of, location};
use crate::cli::{stderr, stemme};
use crate::server::serve;

fn client(address: &str) -> AdminClient {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    AdminClient {
        address: address.to_owned(),
        client,
    }
}

const PASSWORD: &str = "første kop kaffe";

#[tokio::test]
async fn the_first_start_prints_a_setup_link_that_works_exactly_once() {
    // Arrange: a new database; the link is on standard output.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let mut server = serve(&db);
    let mut text = String::new();
    server.stdout.read_line(&mut text).unwrap();
    let mut link = String::new();
    server.stdout.read_line(&mut link).unwrap();
    let link = link.trim();
    assert!(text.contains("one-time link"), "{text}");
    assert!(
        link.starts_with("http://localhost:8080/admin/setup#token="),
        "{link}"
    );
    let token = link.split("#token=").nth(1).unwrap().to_owned();
    let browser = client(&server.address);
    assert!(
        browser
            .page("/admin/setup")
            .await
            .contains("name=\"token\"")
    );

    // Act: choose the first administrator's password, then try again.
    let form = [
        ("token", token.as_str()),
        ("username", "Anne.HR"),
        ("password", PASSWORD),
        ("password2", PASSWORD),
    ];
    let first = browser.post_raw("/admin/setup", &form).await;
    let second = client(&server.address)
        .post_raw("/admin/setup", &form)
        .await;

    // Assert
    assert_eq!(first.status(), 303);
    assert_eq!(location(&first), "/admin");
    let page = browser.page("/admin").await;
    assert!(page.contains("anne.hr"));
    assert_eq!(second.status(), 403);
    assert!(second.text().await.unwrap().contains("cannot be used"));
    assert!(
        browser
            .page("/admin/setup")
            .await
            .contains("already set up")
    );
    let csrf = csrf_of(&page);
    let (_, log) = server.stop();
    for secret in [
        token.as_str(),
        PASSWORD,
        csrf.as_str(),
        "127.0.0.1",
        "anne.hr",
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
    assert!(log.contains("route=/admin/setup"), "{log}");

    // A restart prints no link once an administrator exists.
    let (rest, _) = serve(&db).stop();
    assert!(!rest.contains("setup"), "{rest}");
}

#[tokio::test]
async fn a_setup_with_a_wrong_secret_or_mismatched_passwords_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&dir.path().join("new.db"));
    let browser = client(&server.address);
    let fields = |token, password2| {
        vec![
            ("token", token),
            ("username", "anne"),
            ("password", PASSWORD),
            ("password2", password2),
        ]
    };

    let wrong_secret = browser
        .post_raw("/admin/setup", &fields("AAAA", PASSWORD))
        .await;
    let mismatch = browser
        .post_raw("/admin/setup", &fields("AAAA", "anden kop kaffe"))
        .await;

    assert_eq!(wrong_secret.status(), 403);
    assert_eq!(mismatch.status(), 400);
    assert!(
        mismatch
            .text()
            .await
            .unwrap()
            .contains("The two passwords differ")
    );
    assert_eq!(browser.get("/admin").await.status(), 303);
    server.stop();
}

fn admin_create(db: &Path, username: &str, stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "admin",
            "create",
            "--username",
            username,
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn admin_create_makes_an_account_that_can_sign_in_and_no_setup_link_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");

    let created = admin_create(&db, "Bo.IT", &format!("{PASSWORD}\n"));
    let again = admin_create(&db, "bo.it", &format!("{PASSWORD}\n"));
    let short = admin_create(&db, "cecilie", "kort\n");
    let spaced = stemme(
        &db,
        &["admin", "create", "--username", "bo it", "--password-stdin"],
    );

    assert!(created.status.success(), "{}", stderr(&created));
    assert!(stderr(&created).contains("Created the administrator \"bo.it\""));
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert!(
        stderr(&short).contains("at least 12 characters"),
        "{}",
        stderr(&short)
    );
    assert!(!spaced.status.success());
    let server = serve(&db);
    let browser = client(&server.address);
    assert_eq!(browser.sign_in("bo.it", PASSWORD).await.status(), 303);
    assert_eq!(browser.get("/admin").await.status(), 200);
    let (rest, _) = server.stop();
    assert!(!rest.contains("setup"), "{rest}");
}
