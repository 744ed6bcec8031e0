//! The edges of HTTP: HEAD for uptime checkers, an error body for every
//! error, and CSV cells that stay text.

use std::io::Read;

use crate::cli::{stderr, stdout, stemme};
use crate::helpers::*;

#[tokio::test]
async fn head_works_wherever_get_does_and_sends_no_body() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let client = reqwest::Client::new();

    for path in [
        "/healthz".to_owned(),
        "/".to_owned(),
        "/anonymity".to_owned(),
        "/assets/style.css".to_owned(),
        format!("/s/{}", survey.id),
        format!("/api/v1/surveys/{}", survey.id),
    ] {
        let url = format!("{}{path}", app.address);
        let get = client.get(&url).send().await.unwrap();
        let head = client.head(&url).send().await.unwrap();

        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers().get("content-type"),
            get.headers().get("content-type"),
            "{path}"
        );
        let mut body = Vec::new();
        head.bytes()
            .await
            .unwrap()
            .as_ref()
            .read_to_end(&mut body)
            .unwrap();
        assert!(body.is_empty(), "{path}");
    }
}

#[test]
fn a_department_named_like_a_formula_reaches_the_invite_csv_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let department = "=HYPERLINK(\"http://evil.example\")";
    let created = stemme(
        &db,
        &[
            "survey",
            "create",
            "--title",
            "T",
            "--departments",
            &format!("{department},Lager"),
        ],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let id = stdout(&created).trim().to_owned();

    let csv = stemme(
        &db,
        &[
            "invites",
            "create",
            "--survey",
            &id,
            "--department",
            department,
            "--count",
            "2",
        ],
    );

    assert!(csv.status.success(), "{}", stderr(&csv));
    let mut reader = ::csv::Reader::from_reader(csv.stdout.as_slice());
    for row in reader.records() {
        assert_eq!(&row.unwrap()[0], format!("'{department}"));
    }
}

#[tokio::test]
async fn a_query_hrs_pages_cannot_read_is_a_page_in_the_readers_language() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nLager", "5").await;

    let response = admin
        .get(&format!(
            "/admin/surveys/{id}?done=opened&done=closed&lang=da"
        ))
        .await;

    assert_eq!(response.status(), 400);
    let kind = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(kind.starts_with("text/html"), "{kind}");
    let page = response.text().await.unwrap();
    assert!(page.contains("lang=\"da\""), "{page}");
}

#[tokio::test]
async fn every_error_has_a_body_json_on_the_api_and_a_page_elsewhere() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let client = reqwest::Client::new();
    let id = survey.id.to_string();

    for (method, path) in [
        ("PUT", "/admin/sign-in".to_owned()),
        ("DELETE", "/admin/setup".to_owned()),
        ("PATCH", format!("/admin/surveys/{id}/close")),
        ("POST", "/anonymity".to_owned()),
        ("DELETE", "/".to_owned()),
        ("PUT", format!("/s/{id}")),
        ("POST", "/assets/style.css".to_owned()),
        ("PUT", format!("/api/v1/surveys/{id}")),
        ("GET", format!("/api/v1/surveys/{id}/tokens")),
        ("DELETE", "/healthz".to_owned()),
        ("GET", "/api/v1/nothing".to_owned()),
    ] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let response = client
            .request(method.clone(), format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        let status = response.status();
        let kind = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let body = response.text().await.unwrap();

        assert!(status.is_client_error(), "{method} {path}: {status}");
        let expected = if path.starts_with("/api/") || path == "/healthz" {
            "application/json"
        } else {
            "text/html"
        };
        assert!(kind.starts_with(expected), "{method} {path}: {kind:?}");
        assert!(!body.is_empty(), "{method} {path}: no body");
    }
}
