//! Embedded static files and the headers every response carries.

use crate::helpers::*;

#[tokio::test]
async fn the_stylesheet_and_the_browser_crypto_are_served_from_the_binary() {
    let app = spawn_app().await;

    for (path, content_type) in [
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/js/blindrsa.mjs", "text/javascript; charset=utf-8"),
        ("/assets/js/sha384.mjs", "text/javascript; charset=utf-8"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
        assert!(!response.bytes().await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn unknown_assets_are_not_found() {
    let app = spawn_app().await;

    let response = app.get("/assets/../Cargo.toml").await;

    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn every_response_forbids_inline_script_and_framing() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}

#[tokio::test]
async fn a_language_chosen_in_the_address_is_remembered() {
    let app = spawn_app().await;

    let response = app.get("/healthz?lang=nb").await;

    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("stemme_lang=nb;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
}
