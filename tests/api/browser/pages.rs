//! The pages themselves, as a browser shows them: with the script running
//! under the strict Content-Security-Policy, and with scripting turned off.

use fantoccini::Locator;

use super::Browser;
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_front_page_anonymity_page_and_a_missing_page_render_and_run_their_script() {
    let app = spawn_app().await;
    let browser = Browser::start(1024, 800).await;

    browser.goto(&format!("{}/", app.address)).await;
    // Enabled only by the module script: it ran under the CSP.
    browser.wait_for_script().await;
    browser.screenshot("home").await;
    browser.click("a[href='/anonymity']").await;
    browser
        .wait_until("location.pathname === '/anonymity'")
        .await;
    browser.screenshot("anonymity").await;
    let heading = browser.text("h1").await;
    browser
        .goto(&format!("{}/s/abcdefghjkmn?lang=nb", app.address))
        .await;
    browser.screenshot("survey-not-found").await;
    let missing = browser.text("main").await;

    assert_eq!(heading, "How your anonymity is protected");
    assert!(
        missing.contains("Det finnes ingen undersøkelse på denne adressen"),
        "{missing}"
    );
    browser.close().await;
}

#[tokio::test]
async fn with_scripting_off_a_survey_says_why_it_needs_javascript_and_still_shows_its_questions() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start_with(1024, 800, &["--blink-settings=scriptEnabled=false"]).await;

    browser
        .goto(&format!("{}/s/{}", app.address, survey.id))
        .await;
    browser.screenshot("survey-without-javascript").await;

    let text = browser.text("main").await;
    assert!(text.contains("This survey needs JavaScript"), "{text}");
    assert!(
        text.contains("Which social media do you use, and how often?"),
        "{text}"
    );
    let code_field = browser.client.find(Locator::Css("#code")).await.unwrap();
    assert!(
        !code_field.is_displayed().await.unwrap(),
        "no code field that cannot work"
    );
    let send = browser.client.find(Locator::Css("#send")).await.unwrap();
    assert!(
        !send.is_enabled().await.unwrap(),
        "nothing can be sent without the script"
    );
    browser.close().await;
}
