//! An employee answers from an invite link: questions, voucher at the
//! first answer, thank-you.

use super::Browser;
use super::steps::*;
use crate::helpers::spawn_app;

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn an_invited_employee_answers_from_the_link_and_the_answer_is_counted() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;
    let browser = Browser::start(1024, 800).await;

    // Act: the link, then a first try with questions left out.
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    browser.screenshot("survey-link-opened").await;
    tick(&browser, FIRST_ANSWERS).await;
    wait_for_state(&browser, "voucher").await;
    browser.screenshot("survey-voucher-ready").await;
    browser.click("#send").await;
    browser.wait_visible("#problems").await;
    browser.screenshot("survey-problems").await;
    let problems = browser.text("#problems").await;
    let beside = browser.text("#shares_work-error").await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    browser.screenshot("survey-thanks").await;

    // Assert
    let address = browser.client.current_url().await.unwrap();
    assert_eq!(address.fragment(), None, "the code left the address bar");
    assert!(
        problems.contains("Do you already mention or share your work online?"),
        "{problems}"
    );
    assert_eq!(beside, "Please answer this question.");
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    assert_eq!(
        stored(&browser, &survey.id).await,
        "",
        "the voucher is forgotten"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn the_page_shows_the_fingerprint_of_the_key_that_signed_the_voucher() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (key_id, _) = app.department_key(&survey.id, "Salg").await;
    let browser = Browser::start(1024, 800).await;

    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    start_answering(&browser).await;
    open_voucher_details(&browser).await;

    assert_eq!(browser.text("#voucher-department").await, "Salg");
    let shown = browser.text("#voucher-fingerprint").await;
    assert_eq!(shown.replace(' ', ""), key_id);
    assert_eq!(shown.split(' ').count(), 16, "{shown}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn reloading_in_the_middle_keeps_the_voucher_and_the_answers() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&browser, FIRST_ANSWERS).await;

    browser.client.refresh().await.unwrap();
    wait_for_state(&browser, "voucher").await;

    assert!(!browser.is_visible("#access").await, "no code asked again");
    assert!(still_ticked(&browser, FIRST_ANSWERS).await);
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_lost_connection_while_sending_keeps_the_answers_for_a_retry() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    start_answering(&browser).await;
    tick(&browser, &FIRST_ANSWERS[1..]).await;
    tick(&browser, LAST_ANSWERS).await;

    browser.set_offline(true).await;
    browser.click("#send").await;
    browser.wait_visible("#send-retry").await;
    let message = browser.text("#send-error").await;
    browser.screenshot("survey-send-network-error").await;
    browser.set_offline(false).await;
    browser.click("#send-retry").await;
    browser.wait_visible("#thanks").await;

    assert!(message.contains("could not be sent"), "{message}");
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn on_a_360_pixel_phone_every_step_fits_without_sideways_scrolling() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(360, 740).await;
    let mut too_wide = Vec::new();

    browser.goto(&format!("{}/", app.address)).await;
    browser.wait_for_script().await;
    browser.type_into("#code", &survey.codes[0]).await;
    let code_fits = browser
        .js("const c = document.getElementById('code'); return c.scrollWidth <= c.clientWidth")
        .await;
    browser.screenshot("home-360").await;
    if !fits_the_width(&browser).await {
        too_wide.push("home");
    }
    browser.goto(&format!("{}/anonymity", app.address)).await;
    browser.screenshot("anonymity-360").await;
    if !fits_the_width(&browser).await {
        too_wide.push("anonymity");
    }
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&browser, FIRST_ANSWERS).await;
    browser.click("#send").await;
    browser.wait_visible("#problems").await;
    browser.screenshot("survey-problems-360").await;
    if !fits_the_width(&browser).await {
        too_wide.push("survey");
    }
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    browser.screenshot("survey-thanks-360").await;
    if !fits_the_width(&browser).await {
        too_wide.push("thanks");
    }

    assert!(too_wide.is_empty(), "sideways scrolling on {too_wide:?}");
    assert_eq!(
        code_fits,
        serde_json::json!(true),
        "a whole code shows in its field"
    );
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn rows_follow_the_platforms_used_and_none_of_these_stands_alone() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    let purpose_row = "#q-platform_purpose [data-row='instagram']";

    let before = browser.is_visible("#q-platform_purpose").await;
    tick(&browser, &[("platform_use", "instagram", "daily")]).await;
    let shown = browser.is_visible(purpose_row).await;
    tick(&browser, &[("platform_use", "instagram", "never")]).await;
    let hidden_again = !browser.is_visible(purpose_row).await;
    tick(
        &browser,
        &[("barriers", "", "no_time"), ("barriers", "", "nothing")],
    )
    .await;
    let alone = !still_ticked(&browser, &[("barriers", "", "no_time")]).await;
    tick(&browser, &[("barriers", "", "fear_spamming")]).await;
    let replaced = !still_ticked(&browser, &[("barriers", "", "nothing")]).await;

    assert!(!before, "nothing to ask before a platform is chosen");
    assert!(
        shown && hidden_again,
        "a row appears only for a platform in use"
    );
    assert!(
        alone && replaced,
        "“Nothing holds me back” is never combined"
    );
    browser.close().await;
}

/// A page whose rules have fallen behind the server's: it believes
/// `shares_work` is optional, so only the server can catch the omission.
const OUTDATED_RULES: &str = "
    const parse = JSON.parse;
    JSON.parse = (text, reviver) => {
        const value = parse(text, reviver);
        for (const q of (value && value.questions) || []) {
            if (q.id === 'shares_work') q.required = false;
        }
        return value;
    };";

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn answers_the_server_refuses_are_marked_beside_their_questions_and_can_be_fixed() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    browser.before_each_page(OUTDATED_RULES).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&browser, FIRST_ANSWERS).await;
    tick(&browser, &LAST_ANSWERS[1..]).await;

    browser.click("#send").await;
    browser.wait_visible("#problems").await;
    let beside = browser.text("#shares_work-error").await;
    let invalid = browser
        .js("return document.getElementById('q-shares_work').getAttribute('aria-invalid')")
        .await;
    tick(&browser, &LAST_ANSWERS[..1]).await;
    send(&browser).await;

    assert_eq!(beside, "Please answer this question.");
    assert_eq!(invalid, serde_json::json!("true"));
    assert_eq!(
        counted(&app, &survey.id).await,
        (1, 1),
        "refused, then stored once"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn reopening_ones_own_link_after_sending_says_thank_you_not_that_someone_else_used_it() {
    // Arrange: an employee has answered from the link, in Danish.
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;
    let browser = Browser::start(1024, 800).await;
    browser.goto(&format!("{}/?lang=da", app.address)).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&browser, FIRST_ANSWERS).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;

    // Act: the same link again, the next day, in the same browser.
    open_link_again(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    browser
        .screenshot("survey-link-reopened-after-sending-da")
        .await;

    // Assert: the truth, kindly; no advice to ask HR for a new code.
    let notice = browser.text("#notice").await;
    assert!(
        notice.contains("Du har allerede svaret på undersøgelsen fra denne browser"),
        "{notice}"
    );
    assert!(!browser.is_visible("#elsewhere").await, "the false alarm");
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    assert_eq!(
        stored(&browser, &survey.id).await,
        "",
        "no voucher or answers kept"
    );
    browser.close().await;
}

/// Opens a link whose code was already used, and waits for the page's verdict.
async fn open_link_again(
    browser: &Browser,
    base: &str,
    survey: &stemme::survey::SurveyId,
    code: &str,
) {
    browser.goto(&invite_link(base, survey, code)).await;
    browser
        .wait_until("['final', 'elsewhere'].includes(document.documentElement.dataset.survey)")
        .await;
}
