//! Switching language on a survey keeps the voucher and what was ticked.

use serde_json::json;

use super::Browser;
use super::steps::*;
use crate::helpers::spawn_app;

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn switching_language_keeps_the_voucher_and_what_was_answered() {
    // Arrange: an English page with a voucher and some answers.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&browser, FIRST_ANSWERS).await;
    wait_for_state(&browser, "voucher").await;

    // Act: to Danish, then to Norwegian, then finish.
    browser.click("a[hreflang='da']").await;
    browser
        .wait_until("document.documentElement.lang === 'da'")
        .await;
    wait_for_state(&browser, "voucher").await;
    browser.screenshot("survey-da").await;
    let danish = browser.text("#q-platform_use legend .question-text").await;
    let danish_kept = still_ticked(&browser, FIRST_ANSWERS).await;
    browser.click("a[hreflang='nb']").await;
    browser
        .wait_until("document.documentElement.lang === 'nb'")
        .await;
    wait_for_state(&browser, "voucher").await;
    let norwegian_kept = still_ticked(&browser, FIRST_ANSWERS).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    browser.screenshot("survey-thanks-nb").await;

    // Assert
    assert_eq!(danish, "Hvilke sociale medier bruger du, og hvor tit?");
    assert!(
        danish_kept && norwegian_kept,
        "the ticks survive the change"
    );
    assert_eq!(browser.text("#thanks-heading").await, "Takk!");
    assert_eq!(
        counted(&app, &survey.id).await,
        (1, 1),
        "one voucher, used once"
    );
    let cookie = browser
        .client
        .get_named_cookie("stemme_lang")
        .await
        .unwrap();
    assert_eq!(cookie.value(), "nb");
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn problems_and_messages_appear_in_the_page_language() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    browser
        .goto(&format!("{}/s/{}?lang=da", app.address, survey.id))
        .await;
    browser.wait_for_script().await;

    browser.type_into("#code", "blåbær").await;
    browser.click("#code-submit").await;
    browser
        .wait_until("document.getElementById('code-error').textContent !== ''")
        .await;
    let said = browser.text("#code-error").await;
    let invalid = browser
        .js("return document.getElementById('code').getAttribute('aria-invalid')")
        .await;

    assert!(
        said.starts_with("»å« bruges ikke i invitationskoder"),
        "{said}"
    );
    assert_eq!(invalid, json!("true"));
    browser.close().await;
}
