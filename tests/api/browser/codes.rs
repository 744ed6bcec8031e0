//! Invite codes that do not lead straight to a voucher: typed on the front
//! page, mistyped, unknown, used in another browser, or sent while offline.

use super::Browser;
use super::steps::*;
use crate::helpers::spawn_app;

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_code_typed_on_the_front_page_with_ae_oe_aa_and_typos_is_explained_then_leads_to_its_survey()
 {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let elsewhere = spawn_app().await.open_survey(1).await.codes.remove(0);
    let browser = Browser::start(1024, 800).await;
    browser.goto(&format!("{}/", app.address)).await;
    browser.wait_for_script().await;

    // Act and assert: each kind of wrong code gets its own explanation.
    let mut said = Vec::new();
    let mistyped = mistype(&survey.codes[0]);
    for (typed, shot) in [
        ("ÆØÅ-blåbær", "home-code-invalid-character"),
        ("EFMX XVVJ", "home-code-too-short"),
        (mistyped.as_str(), "home-code-mistyped"),
        (elsewhere.as_str(), "home-code-unknown"),
    ] {
        browser.type_into("#code", typed).await;
        browser.click("#code-submit").await;
        browser
            .wait_until("document.getElementById('code-error').textContent !== ''")
            .await;
        browser.screenshot(shot).await;
        said.push(browser.text("#code-error").await);
        browser
            .js("document.getElementById('code-error').textContent = ''")
            .await;
    }
    browser
        .type_into("#code", &survey.codes[0].to_lowercase())
        .await;
    browser.click("#code-submit").await;
    wait_for_state(&browser, "ready").await;

    assert!(
        said[0].starts_with("“Æ” is not used in invite codes"),
        "{}",
        said[0]
    );
    assert_eq!(
        said[1],
        "An invite code has 24 letters and digits. You have typed 8."
    );
    assert!(
        said[2].starts_with("There is a typing error"),
        "{}",
        said[2]
    );
    assert!(
        said[3].starts_with("This code was not recognised"),
        "{}",
        said[3]
    );
    let address = browser.client.current_url().await.unwrap();
    assert_eq!(address.path(), format!("/s/{}", survey.id));
    assert_eq!(address.fragment(), None, "the code left the address bar");
    assert_eq!(
        counted(&app, &survey.id).await,
        (0, 0),
        "looking at the survey spends nothing"
    );
    browser.close().await;
}

/// The code with its first symbol changed: always caught by the check symbol.
fn mistype(code: &str) -> String {
    let other = if code.starts_with('A') { "B" } else { "A" };
    format!("{other}{}", &code[1..])
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_code_used_in_another_browser_says_so_first_thing() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;
    let browser = Browser::start(1024, 800).await;

    browser
        .goto(&invite_link(&app.address, &survey.id, &survey.codes[0]))
        .await;
    wait_for_state(&browser, "elsewhere").await;
    browser.screenshot("survey-code-used").await;

    let said = browser.text("#elsewhere").await;
    assert!(said.starts_with("You started on another device"), "{said}");
    assert!(said.contains("ask HR for a new one"), "{said}");
    assert!(!browser.is_visible("#answers").await);
    assert_eq!(
        stored(&browser, &survey.id).await,
        "",
        "nothing kept for a spent code"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_network_error_while_getting_the_voucher_keeps_the_code_for_a_retry() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    browser
        .goto(&format!("{}/s/{}", app.address, survey.id))
        .await;
    browser.wait_for_script().await;
    browser.screenshot("survey-code").await;
    browser.type_into("#code", &survey.codes[0]).await;

    // Offline while the code is looked up, then while the voucher is fetched.
    browser.set_offline(true).await;
    browser.click("#code-submit").await;
    browser.wait_visible("#code-retry").await;
    browser.screenshot("survey-code-network-error").await;
    let said = browser.text("#code-error").await;
    let kept = browser
        .js("return document.getElementById('code').value")
        .await;
    browser.set_offline(false).await;
    browser.click("#code-retry").await;
    wait_for_state(&browser, "ready").await;
    browser.set_offline(true).await;
    tick(&browser, &FIRST_ANSWERS[..1]).await;
    browser.wait_visible("#start-retry").await;
    browser.screenshot("survey-voucher-network-error").await;
    let said_later = browser.text("#start-error").await;
    browser.set_offline(false).await;
    browser.click("#start-retry").await;
    wait_for_state(&browser, "voucher").await;

    assert!(said.starts_with("Stemme could not be reached."), "{said}");
    assert!(
        said_later.starts_with("Stemme could not be reached."),
        "{said_later}"
    );
    assert_eq!(kept, survey.codes[0].as_str());
    assert!(still_ticked(&browser, &FIRST_ANSWERS[..1]).await);
    assert_eq!(counted(&app, &survey.id).await, (1, 0));
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn surveys_not_yet_open_or_closed_say_so_and_a_closed_one_forgets_the_voucher() {
    let app = spawn_app().await;
    let draft = app.create_survey("Salg").await;
    let draft_code = app.invites(&draft, "Salg", 1).await.remove(0);
    let survey = app.open_survey(1).await;
    let browser = Browser::start(1024, 800).await;
    open_invite(&browser, &app.address, &survey.id, &survey.codes[0]).await;
    start_answering(&browser).await;
    let kept_while_open = stored(&browser, &survey.id).await;
    app.app
        .close_survey(&survey.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    browser.client.refresh().await.unwrap();
    browser
        .wait_until(&format!(
            "localStorage.getItem('stemme:{}') === null",
            survey.id
        ))
        .await;
    browser.screenshot("survey-closed").await;
    let closed = browser.text("#notice").await;
    browser
        .goto(&invite_link(&app.address, &draft, &draft_code))
        .await;
    wait_for_state(&browser, "draft").await;
    browser.screenshot("survey-not-open").await;
    let not_open = browser.text("#notice").await;
    let address = browser.client.current_url().await.unwrap();

    assert!(kept_while_open.contains("voucher"), "{kept_while_open}");
    assert!(closed.starts_with("This survey is closed"), "{closed}");
    assert!(
        not_open.starts_with("This survey has not opened yet"),
        "{not_open}"
    );
    assert!(
        not_open.contains(&format!("Your code: {draft_code}")),
        "the code is shown where the page asks to keep it: {not_open}"
    );
    assert_eq!(address.fragment(), None, "the code left the address bar");
    browser.close().await;
}
