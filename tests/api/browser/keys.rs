//! Key consistency, visibly: the short key HR's page and the slips show is
//! the one the employee's page shows, and the page refuses a link whose key
//! is not the one it is given.

use stemme::accounts::Actor;
use stemme::config::PublicUrl;
use stemme::invites::{InviteCode, InviteFormat};

use super::Browser;
use super::steps::*;
use crate::admin::{PASSWORD, USER};
use crate::helpers::{dept, spawn_app};

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn the_short_key_hr_shows_is_the_one_the_employee_sees_and_the_page_checks() {
    // Arrange: an open survey; HR signed in, in the browser.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    app.admin_account(USER, PASSWORD).await;
    let hr = Browser::start(1024, 900).await;
    hr.goto(&format!("{}/admin/sign-in", app.address)).await;
    hr.type_into("#username", USER).await;
    hr.type_into("#password", PASSWORD).await;
    hr.click("form[action='/admin/sign-in'] button[type=submit]")
        .await;
    hr.wait_visible(".admin-bar").await;

    // Act: HR's survey page, a sheet of slips, and the employee's page
    // opened from the link those slips carry.
    hr.goto(&format!("{}/admin/surveys/{}", app.address, survey.id))
        .await;
    hr.wait_visible(".keys-list").await;
    hr.client
        .execute("document.getElementById('keys').scrollIntoView()", vec![])
        .await
        .unwrap();
    hr.screenshot_screen("keys-hr-survey-page").await;
    let on_hr_page = hr.text(".keys-list dt:first-of-type + dd").await;
    hr.type_into("#invite-count", "2").await;
    hr.click("form[action$='/invites'] button[type=submit]")
        .await;
    hr.wait_visible(".slips").await;
    hr.screenshot("keys-hr-slips").await;
    let on_slip = hr.text(".slip-key .fingerprint").await;
    let code = hr.text(".slip-code").await.replace(['\n', ' '], "");
    let batch_key = app.app.survey(&survey.id).await.unwrap().departments[0].key_id;
    let public = PublicUrl::parse(&app.address).unwrap();
    let link = public.invite_link(&survey.id, &InviteCode::parse(&code).unwrap(), batch_key);
    let employee = Browser::start(1024, 800).await;
    employee.goto(&link).await;
    wait_for_state(&employee, "ready").await;
    start_answering(&employee).await;
    open_voucher_details(&employee).await;
    employee
        .js("document.getElementById('start').scrollIntoView()")
        .await;
    employee.screenshot_screen("keys-employee-checked").await;
    let on_page = employee.text("#voucher-key").await;
    let checked = employee.is_visible("#voucher-key-checked").await;

    // Assert
    let (key_id, _) = app.department_key(&survey.id, "Salg").await;
    let short = format!(
        "{} {} {} {}",
        &key_id[0..4],
        &key_id[4..8],
        &key_id[8..12],
        &key_id[12..16]
    );
    assert_eq!(on_hr_page, short);
    assert_eq!(on_slip, short);
    assert_eq!(on_page, short);
    assert!(link.ends_with(&format!("&key={}", &key_id[..16])), "{link}");
    assert!(checked, "the page says it compared the key with the link's");
    hr.close().await;
    employee.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_link_whose_key_is_not_the_departments_spends_nothing_and_says_why() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let batch = app
        .app
        .create_invites(
            &survey.id,
            &dept("Salg"),
            1,
            &Actor::CommandLine,
            InviteFormat::Csv,
        )
        .await
        .unwrap();
    let public = PublicUrl::parse(&app.address).unwrap();
    let honest = batch.link(&public, &batch.codes[0]);
    let (key_id, _) = app.department_key(&survey.id, "Salg").await;
    let other = if key_id.starts_with('0') { "1" } else { "0" };
    let forged = honest.replace(
        &format!("key={}", &key_id[..16]),
        &format!("key={}", other.repeat(16)),
    );
    let browser = Browser::start(1024, 800).await;

    browser.goto(&forged).await;
    wait_for_state(&browser, "final").await;
    browser.screenshot("keys-mismatch").await;
    let said = browser.text("#notice").await;

    assert_ne!(honest, forged);
    assert!(
        said.starts_with("The survey’s key does not match the key in your invite link"),
        "{said}"
    );
    assert!(!browser.is_visible("#answers").await);
    assert_eq!(counted(&app, &survey.id).await, (0, 0));
    browser.close().await;
}
