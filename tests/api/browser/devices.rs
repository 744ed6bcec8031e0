//! A link opened anywhere spends nothing; a voucher moves from one device to
//! another without the server; a closed browser keeps what was answered.

use serde_json::json;

use super::Browser;
use super::steps::*;
use crate::helpers::spawn_app;

/// What a mail scanner's browser does with a link: runs the page's script,
/// scrolls, and clicks whatever it finds by script (never as a person).
const SCANNER: &str = "
    window.scrollTo(0, document.body.scrollHeight);
    for (const element of document.querySelectorAll('input, button, summary')) element.click();
    document.getElementById('answers').requestSubmit();
    return document.querySelectorAll('input:checked').length;";

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn opening_a_link_or_a_scanner_running_the_page_spends_no_code() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;
    let person = Browser::start(1024, 800).await;
    let scanner = Browser::start(1024, 800).await;

    // Act: a person opens the link; a scanner opens the other and clicks.
    open_invite(&person, &app.address, &survey.id, &survey.codes[0]).await;
    person.screenshot("device-link-opened-nothing-spent").await;
    let status = person.text("#start-status").await;
    open_invite(&scanner, &app.address, &survey.id, &survey.codes[1]).await;
    let ticked = scanner.js(SCANNER).await;
    let state = scanner
        .js("return document.documentElement.dataset.survey")
        .await;
    scanner.screenshot("device-scanner-visit").await;

    // Assert
    assert!(
        status == "You are one of 5 invited to Salg. Nothing is used until your first answer.",
        "{status}"
    );
    assert!(ticked.as_u64().unwrap() > 10, "the scanner ticked {ticked}");
    assert_ne!(state, json!("voucher"));
    assert_eq!(counted(&app, &survey.id).await, (0, 0), "nothing spent");
    for code in &survey.codes {
        let lookup = app.post_invite(survey.id.as_str(), code).await;
        let body: serde_json::Value = lookup.json().await.unwrap();
        assert_eq!(body["used"], json!(false), "{code}");
    }
    assert_eq!(stored(&person, &survey.id).await, "", "nothing kept yet");
    person.close().await;
    scanner.close().await;
}

/// Opens the voucher's details on `browser` and returns its move link.
async fn move_link_on(browser: &Browser) -> String {
    open_voucher_details(browser).await;
    browser.click("#move-show").await;
    browser.wait_visible("#move-qr svg").await;
    let link = browser
        .js("return document.getElementById('move-link').value")
        .await;
    link.as_str().unwrap().to_owned()
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn moving_from_the_phone_to_the_laptop_takes_the_voucher_along_and_counts_once() {
    // Arrange: started on the phone, in Norwegian.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let link = format!(
        "{}/s/{}?lang=nb#code={}",
        app.address, survey.id, survey.codes[0]
    );
    let phone = Browser::start(360, 740).await;
    phone.goto(&link).await;
    wait_for_state(&phone, "ready").await;
    start_answering(&phone).await;

    // Act: the same link on the laptop, then the phone's move link opened
    // in that tab (as from the address bar: only the fragment changes).
    let laptop = Browser::start(1024, 800).await;
    laptop.goto(&link).await;
    wait_for_state(&laptop, "elsewhere").await;
    laptop.screenshot("device-move-laptop-told-nb").await;
    let told = laptop.text("#elsewhere-heading").await;
    let moving = move_link_on(&phone).await;
    phone
        .js("document.getElementById('move-heading').scrollIntoView()")
        .await;
    phone.screenshot_screen("device-move-phone-qr-nb").await;
    let view_box = phone
        .js("return document.querySelector('#move-qr svg').getAttribute('viewBox')")
        .await;
    laptop.goto(&moving).await;
    wait_for_state(&laptop, "voucher").await;
    laptop.screenshot("device-move-laptop-has-voucher-nb").await;
    let address = laptop.client.current_url().await.unwrap();
    tick(&laptop, FIRST_ANSWERS).await;
    tick(&laptop, LAST_ANSWERS).await;
    send(&laptop).await;
    // The phone still holds the voucher; sending from it finds it used.
    tick(&phone, &FIRST_ANSWERS[1..]).await;
    tick(&phone, LAST_ANSWERS).await;
    phone.click("#send").await;
    wait_for_state(&phone, "final").await;
    phone.screenshot("device-move-phone-after-nb").await;

    // Assert
    assert_eq!(told, "Du har begynt på en annen enhet");
    assert!(
        moving.starts_with(&format!("{}/s/{}#move=", app.address, survey.id)),
        "{moving}"
    );
    assert_eq!(view_box, json!("0 0 85 85"), "a version 15 QR code");
    assert_eq!(address.fragment(), None, "the voucher left the address bar");
    assert_eq!(counted(&app, &survey.id).await, (1, 1), "one vote");
    assert!(
        phone
            .text("#notice")
            .await
            .starts_with("Billetten er allerede brukt"),
        "{}",
        phone.text("#notice").await
    );
    phone.close().await;
    laptop.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_move_link_pasted_on_the_other_device_brings_the_voucher_in_danish() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let link = format!(
        "{}/s/{}?lang=da#code={}",
        app.address, survey.id, survey.codes[0]
    );
    let first = Browser::start(1024, 800).await;
    first.goto(&link).await;
    wait_for_state(&first, "ready").await;
    start_answering(&first).await;
    let moving = move_link_on(&first).await;
    let second = Browser::start(1024, 800).await;
    second.goto(&link).await;
    wait_for_state(&second, "elsewhere").await;

    second.type_into("#move-text", "ikke en billet").await;
    second.click("#move-submit").await;
    second
        .wait_until("document.getElementById('move-error').textContent !== ''")
        .await;
    let refused = second.text("#move-error").await;
    second.screenshot("device-move-paste-refused-da").await;
    second
        .js(&format!(
            "document.getElementById('move-text').value = {}",
            json!(moving)
        ))
        .await;
    second.click("#move-submit").await;
    wait_for_state(&second, "voucher").await;
    second.screenshot("device-move-pasted-da").await;
    tick(&second, FIRST_ANSWERS).await;
    tick(&second, LAST_ANSWERS).await;
    send(&second).await;

    assert!(
        refused.starts_with("Det her er ikke en billet til denne undersøgelse"),
        "{refused}"
    );
    assert_eq!(second.text("#thanks-heading").await, "Tak!");
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    first.close().await;
    second.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn answers_survive_closing_the_browser_and_starting_it_again() {
    // Arrange: a profile directory that outlives the first session.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let profile = tempfile::tempdir().unwrap();
    let before = Browser::start_in(profile.path(), 1024, 800, &[]).await;
    open_invite(&before, &app.address, &survey.id, &survey.codes[0]).await;
    tick(&before, FIRST_ANSWERS).await;
    wait_for_state(&before, "voucher").await;
    before.close().await;

    // Act: the browser starts again; the survey's address, without the code.
    let after = Browser::start_in(profile.path(), 1024, 800, &[]).await;
    after
        .goto(&format!("{}/s/{}", app.address, survey.id))
        .await;
    wait_for_state(&after, "voucher").await;
    after.screenshot("device-after-restart").await;
    let kept = still_ticked(&after, FIRST_ANSWERS).await;
    tick(&after, LAST_ANSWERS).await;
    send(&after).await;

    // Assert
    assert!(
        kept,
        "the answers ticked before the restart are still ticked"
    );
    assert_eq!(counted(&app, &survey.id).await, (1, 1));
    assert_eq!(
        stored(&after, &survey.id).await,
        "",
        "nothing left once sent"
    );
    after.close().await;
}
