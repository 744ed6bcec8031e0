//! Over plain HTTP on an intranet address, browsers hide `crypto.subtle`
//! (it exists only in secure contexts: HTTPS, or localhost/127.0.0.1). The
//! client must work without it, so this test makes the browser treat the
//! service as an ordinary intranet host: the name `stemme.internal` is
//! resolved to the test server by Chromium's own resolver, so the origin is
//! `http://stemme.internal:PORT`, not a loopback one, and the page is an
//! insecure context exactly as on a company network.

use serde_json::json;

use super::Browser;
use super::steps::*;
use crate::helpers::spawn_app;

const HOST: &str = "stemme.internal";

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn over_plain_http_on_an_intranet_name_the_survey_works_without_crypto_subtle() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let port = app.address.rsplit(':').next().unwrap();
    let base = format!("http://{HOST}:{port}");
    let rule = format!("--host-resolver-rules=MAP {HOST} 127.0.0.1");
    let browser = Browser::start_with(360, 740, &[&rule]).await;

    // Act
    browser
        .goto(&invite_link(&base, &survey.id, &survey.codes[0]))
        .await;
    let context = browser
        .js("return [location.protocol, window.isSecureContext, typeof crypto.subtle, typeof crypto.getRandomValues]")
        .await;
    wait_for_state(&browser, "ready").await;
    tick(&browser, FIRST_ANSWERS).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    browser.screenshot("survey-thanks-plain-http-360").await;

    // Assert
    assert_eq!(
        context,
        json!(["http:", false, "undefined", "function"]),
        "an insecure context: no crypto.subtle, only getRandomValues"
    );
    assert!(fits_the_width(&browser).await);
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    browser.close().await;
}
