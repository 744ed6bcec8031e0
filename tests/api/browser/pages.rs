//! The pages themselves, as a browser shows them: with the script running
//! under the strict Content-Security-Policy, and with scripting turned off.

use fantoccini::Locator;

use super::Browser;
use crate::helpers::spawn_app;

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
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
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
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

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn the_keyboard_alone_gets_from_a_typed_code_to_ticked_answers() {
    use fantoccini::key::Key;
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    browser.goto(&format!("{}/", app.address)).await;
    browser.wait_for_script().await;

    // Enter in the code field sends it; the survey page looks it up.
    let field = browser.client.find(Locator::Css("#code")).await.unwrap();
    field
        .send_keys(&format!("{}{}", survey.codes[0], char::from(Key::Enter)))
        .await
        .unwrap();
    super::steps::wait_for_state(&browser, "ready").await;
    // Tab from the top of the page to the first answer, then Space and the
    // arrow keys choose within a row.
    let mut tabs = 0;
    let first = loop {
        let active = browser.client.active_element().await.unwrap();
        let id = active.attr("id").await.unwrap().unwrap_or_default();
        if id.starts_with("a-") || tabs == 20 {
            break active;
        }
        active
            .send_keys(&char::from(Key::Tab).to_string())
            .await
            .unwrap();
        tabs += 1;
    };
    let first_id = first.attr("id").await.unwrap();
    first.send_keys(" ").await.unwrap();
    first
        .send_keys(&char::from(Key::Right).to_string())
        .await
        .unwrap();
    let chosen = browser
        .js("return document.querySelector('input[name=\"platform_use.linkedin\"]:checked').value")
        .await;

    assert_eq!(first_id.as_deref(), Some("a-platform_use-linkedin-never"));
    assert!(
        tabs <= 6,
        "{tabs} tabs: skip link, brand, two languages, then the form"
    );
    assert_eq!(chosen, "monthly");
    browser.close().await;
}
