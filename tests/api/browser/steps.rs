//! What an employee does on the pages, as steps the browser tests share.

use serde_json::json;
use stemme::survey::SurveyId;

use super::Browser;
use crate::helpers::TestApp;

/// The invite link as HR sends it: the code in the fragment.
pub fn invite_link(base: &str, survey: &SurveyId, code: &str) -> String {
    format!("{base}/s/{survey}#code={code}")
}

/// Opens an invite link and waits until the page has looked the code up:
/// the questions show, and nothing is spent until the first answer.
pub async fn open_invite(browser: &Browser, base: &str, survey: &SurveyId, code: &str) {
    browser.goto(&invite_link(base, survey, code)).await;
    wait_for_state(browser, "ready").await;
}

/// Waits until the survey page says it is in `state` (`<html data-survey>`,
/// see assets/js/survey-view.mjs).
pub async fn wait_for_state(browser: &Browser, state: &str) {
    browser
        .wait_until(&format!(
            "document.documentElement.dataset.survey === '{state}'"
        ))
        .await;
}

/// Gives the first answer, which fetches the voucher, and waits for it.
pub async fn start_answering(browser: &Browser) {
    tick(browser, &FIRST_ANSWERS[..1]).await;
    wait_for_state(browser, "voucher").await;
}

/// Opens the voucher's details, folded away by default.
pub async fn open_voucher_details(browser: &Browser) {
    browser
        .js("document.getElementById('voucher').open = true")
        .await;
}

/// Ticks `(question, row, option)`; `row` is empty outside a matrix.
pub async fn tick(browser: &Browser, choices: &[(&str, &str, &str)]) {
    for (question, row, option) in choices {
        let id = if row.is_empty() {
            format!("#a-{question}-{option}")
        } else {
            format!("#a-{question}-{row}-{option}")
        };
        browser.click(&id).await;
    }
}

/// The first few answers: platforms, and how each is used.
pub const FIRST_ANSWERS: &[(&str, &str, &str)] = &[
    ("platform_use", "linkedin", "daily"),
    ("platform_use", "facebook", "weekly"),
    ("platform_use", "instagram", "never"),
    ("platform_use", "x", "never"),
    ("platform_use", "tiktok", "never"),
    ("platform_use", "youtube", "never"),
    ("platform_use", "snapchat", "never"),
    ("platform_use", "blog", "never"),
    ("platform_use", "intranet", "monthly"),
    ("platform_purpose", "linkedin", "professional"),
];

/// The rest, which completes a valid set of answers.
pub const LAST_ANSWERS: &[(&str, &str, &str)] = &[
    ("shares_work", "", "sometimes"),
    ("willingness", "", "4"),
    ("willing_platforms", "", "linkedin"),
    ("course_interest", "", "yes"),
    ("guidelines_help", "", "somewhat"),
    ("barriers", "", "unsure_allowed"),
    ("barriers", "", "no_time"),
    ("motivations", "", "own_profile"),
    ("followers", "linkedin", "500_999"),
];

/// Sends the answers and waits for the thank-you.
pub async fn send(browser: &Browser) {
    browser.click("#send").await;
    browser.wait_visible("#thanks").await;
}

/// Whether the ticks of `choices` are still ticked.
pub async fn still_ticked(browser: &Browser, choices: &[(&str, &str, &str)]) -> bool {
    for (question, row, option) in choices {
        let name = if row.is_empty() {
            question.to_string()
        } else {
            format!("{question}.{row}")
        };
        let css = format!("input[name='{name}'][value='{option}']");
        let checked = browser
            .js(&format!("return document.querySelector(\"{css}\").checked"))
            .await;
        if checked != json!(true) {
            return false;
        }
    }
    true
}

/// Whether the page fits the window's width (no sideways scrolling).
pub async fn fits_the_width(browser: &Browser) -> bool {
    browser
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await
        == json!(true)
}

/// (tokens issued, responses stored) for the survey's first department.
pub async fn counted(app: &TestApp, survey: &SurveyId) -> (u64, u64) {
    counted_in(app, survey, 0).await
}

/// (tokens issued, responses stored) for the survey's department number `i`.
pub async fn counted_in(app: &TestApp, survey: &SurveyId, i: usize) -> (u64, u64) {
    let participation = app.app.participation(survey).await.unwrap();
    (
        participation.departments[i].started,
        participation.departments[i].answered,
    )
}

/// What the browser keeps for a survey in localStorage, as text.
pub async fn stored(browser: &Browser, survey: &SurveyId) -> String {
    let value = browser
        .js(&format!("return localStorage.getItem('stemme:{survey}')"))
        .await;
    value.as_str().unwrap_or_default().to_owned()
}
