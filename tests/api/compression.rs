//! Text responses are compressed where that is safe (src/web/compression.rs):
//! the employee's pages and the assets, never the API or HR's pages, whose
//! bodies carry secrets next to text others choose (BREACH). And the icon.

use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, VARY};

use crate::helpers::*;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

#[tokio::test]
async fn a_survey_page_comes_gzipped_and_the_scripts_in_brotli_to_a_browser_that_asks() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    for path in [
        format!("/s/{}", survey.id),
        "/".to_owned(),
        "/assets/js/survey.mjs".to_owned(),
        "/assets/style.css".to_owned(),
    ] {
        let asset = path.starts_with("/assets");
        let plain = app.get(&path).await.bytes().await.unwrap();
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .header(ACCEPT_ENCODING, "gzip, deflate, br")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let coding = if asset { "br" } else { "gzip" };
        assert_eq!(response.headers()[CONTENT_ENCODING], coding, "{path}");
        assert!(
            response.headers()[VARY]
                .to_str()
                .unwrap()
                .to_lowercase()
                .contains("accept-encoding"),
            "{path}"
        );
        assert_eq!(
            response.headers()["cache-control"],
            if path.starts_with("/assets") {
                "public, max-age=300"
            } else {
                "no-store"
            }
        );
        let body = response.bytes().await.unwrap();
        if !asset {
            assert_eq!(body[..2], GZIP_MAGIC, "{path}");
        }
        // The survey page, 50 KB of questions, shrinks to under 30 %.
        let (part, whole) = if path.starts_with("/s/") {
            (10, 3)
        } else {
            (1, 1)
        };
        assert!(
            body.len() * part < plain.len() * whole,
            "{path}: {} bytes gzipped of {}",
            body.len(),
            plain.len()
        );
    }
}

#[tokio::test]
async fn the_api_and_hr_pages_are_never_compressed() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let gzip = |request: reqwest::RequestBuilder| request.header(ACCEPT_ENCODING, "gzip");

    let lookup = gzip(app.client.post(format!(
        "{}/api/v1/surveys/{}/invite",
        app.address, survey.id
    )))
    .json(&serde_json::json!({ "invite_code": survey.codes[0] }))
    .send()
    .await
    .unwrap();
    let sign_in = gzip(app.client.get(format!("{}/admin/sign-in", app.address)))
        .send()
        .await
        .unwrap();
    let health = gzip(app.client.get(format!("{}/healthz", app.address)))
        .send()
        .await
        .unwrap();

    for response in [lookup, sign_in, health] {
        let url = response.url().clone();
        assert!(response.status().is_success(), "{url}");
        assert!(response.headers().get(CONTENT_ENCODING).is_none(), "{url}");
    }
}

#[tokio::test]
async fn the_icon_is_served_at_favicon_ico_and_as_svg() {
    let app = spawn_app().await;

    let ico = app.get("/favicon.ico").await;
    let svg = app.get("/assets/favicon.svg").await;
    let page = app.get("/").await.text().await.unwrap();

    assert_eq!(ico.status(), 200);
    assert_eq!(ico.headers()["content-type"], "image/x-icon");
    let bytes = ico.bytes().await.unwrap();
    assert_eq!(bytes[..4], [0, 0, 1, 0], "an ICO header");
    assert_eq!(svg.status(), 200);
    assert_eq!(svg.headers()["content-type"], "image/svg+xml");
    assert!(svg.text().await.unwrap().starts_with("<svg"));
    let icon = page
        .split("<link rel=\"icon\" href=\"/assets/favicon.")
        .nth(1)
        .unwrap();
    assert!(icon.split_once(".svg\" type=\"image/svg+xml\">").is_some());
}
