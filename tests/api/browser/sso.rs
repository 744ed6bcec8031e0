//! Signing in through the company's identity provider in a real browser,
//! against oidc-provider (a certified OpenID provider) run by node on
//! loopback (tests/oidc/provider.mjs): HR gets in by the administrators'
//! group or not at all; an employee signs in, answers, and gets no second
//! voucher from another browser; the database keeps nothing of them.

use stemme::store::AccessMode;

use super::Browser;
use super::steps::*;
use crate::oidc::{Provider, spawn_sso_app, sso_survey};

/// Signs in at the provider's own pages (any password does there), and
/// agrees to share the claims if it asks; back at Stemme's `port`.
async fn at_the_provider(browser: &Browser, login: &str, port: u16) {
    browser.wait_visible("input[name='login']").await;
    browser.type_into("input[name='login']", login).await;
    browser
        .type_into("input[name='password']", "any password")
        .await;
    browser.click("button.login-submit").await;
    let back = format!("location.port === '{port}'");
    browser
        .wait_until(&format!(
            "{back} || !!document.querySelector(\"input[name='prompt'][value='consent']\")"
        ))
        .await;
    if browser.js(&format!("return {back}")).await != serde_json::json!(true) {
        browser.click("button.login-submit").await;
        browser.wait_until(&back).await;
    }
}

fn port(address: &str) -> u16 {
    address.rsplit(':').next().unwrap().parse().unwrap()
}

#[tokio::test]
#[ignore = "browser test: needs chromium, chromedriver and node; run with cargo test -- --ignored"]
async fn hr_signs_in_through_the_provider_and_only_the_administrators_group_gets_in() {
    let provider = Provider::real();
    let app = spawn_sso_app(&provider.url).await;
    let browser = Browser::start(1024, 800).await;

    // In the group stemme-admins: in, named as the provider names her, and
    // on the page she asked for before signing in (the audit trail).
    browser
        .goto(&format!("{}/admin/audit?lang=en", app.address))
        .await;
    browser.wait_visible("#sso-sign-in").await;
    browser.screenshot("sso-hr-sign-in-page").await;
    browser.click("#sso-sign-in").await;
    at_the_provider(&browser, "anne.hr", port(&app.address)).await;
    browser.wait_visible(".admin-bar").await;
    browser.screenshot("sso-hr-signed-in").await;
    let bar = browser.text(".admin-bar").await;
    assert!(bar.contains("anne.hr@example.com"), "{bar}");
    let landed = browser.js("return location.pathname").await;
    assert_eq!(landed, "/admin/audit", "back on the page asked for");
    let audit = browser.text("main").await;
    assert!(audit.contains("anne.hr@example.com"), "{audit}");
    // Her survey's page maps the department claim to departments.
    let survey = app.create_survey("Salg,Kundeservice").await;
    browser
        .goto(&format!("{}/admin/surveys/{survey}", app.address))
        .await;
    browser.type_into("#claims-0", "Salg, Sales").await;
    browser.type_into("#seats-0", "25").await;
    browser.click("#sign-in ~ form input[value='both']").await;
    browser.click("#sign-in ~ form button[type='submit']").await;
    browser.wait_visible(".notice.ok").await;
    browser
        .screenshot_of(
            "section[aria-labelledby='sign-in']",
            "sso-hr-survey-sign-in-settings",
        )
        .await;
    let participation = app.app.participation(&survey).await.unwrap();
    assert_eq!(participation.departments[0].invites, 25);
    browser.close().await;

    // Only in the group hr: told so, and not signed in.
    let other = Browser::start(1024, 800).await;
    other
        .goto(&format!("{}/admin/oidc?lang=en", app.address))
        .await;
    at_the_provider(&other, "carl.hr", port(&app.address)).await;
    other.wait_visible("#sso-problem").await;
    other.screenshot("sso-hr-not-an-administrator").await;
    let said = other.text("#sso-problem").await;
    assert!(said.contains("carl.hr@example.com"), "{said}");
    assert!(
        said.contains("not one of Stemme's administrators"),
        "{said}"
    );
    other.goto(&format!("{}/admin", app.address)).await;
    other.wait_visible("#password").await;
    other.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium, chromedriver and node; run with cargo test -- --ignored"]
async fn an_employee_signs_in_answers_and_cannot_get_a_second_voucher_from_another_browser() {
    let provider = Provider::real();
    let app = spawn_sso_app(&provider.url).await;
    let survey = sso_survey(&app, AccessMode::SignIn, 5).await;
    let stemme = port(&app.address);

    // Before signing in, the page says in one sentence what signing in tells whom.
    let browser = Browser::start(1024, 800).await;
    browser
        .goto(&format!("{}/s/{survey}?lang=en", app.address))
        .await;
    browser.wait_visible("#sso-sign-in").await;
    browser.screenshot("sso-employee-before-sign-in").await;
    let privacy = browser.text("#sso-privacy").await;
    assert!(
        privacy.contains("nobody can see what you answer"),
        "{privacy}"
    );
    browser.click("#sso-sign-in").await;
    at_the_provider(&browser, "dorte.salg", stemme).await;
    wait_for_state(&browser, "ready").await;
    start_answering(&browser).await;
    open_voucher_details(&browser).await;
    browser.screenshot("sso-employee-voucher").await;
    assert_eq!(browser.text("#voucher-department").await, "Salg");
    tick(&browser, &FIRST_ANSWERS[1..]).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    browser.screenshot("sso-employee-answered").await;
    let address = browser.client.current_url().await.unwrap();
    assert_eq!(address.fragment(), None, "the pass left the address bar");
    browser.close().await;

    // The same person in another browser: signed in, but the voucher went.
    let other = Browser::start(1024, 800).await;
    // A pass made up is refused where a code's problems are shown.
    let forged = format!("sso.{}", "A".repeat(80));
    other
        .goto(&format!("{}/s/{survey}?lang=en#code={forged}", app.address))
        .await;
    other
        .wait_until("document.getElementById('code-error').textContent !== ''")
        .await;
    let said = other.text("#code-error").await;
    assert!(said.contains("no longer valid"), "{said}");
    other
        .goto(&format!("{}/s/{survey}?lang=en", app.address))
        .await;
    other.wait_visible("#sso-sign-in").await;
    other.click("#sso-sign-in").await;
    at_the_provider(&other, "dorte.salg", stemme).await;
    wait_for_state(&other, "elsewhere").await;
    other.screenshot("sso-employee-second-browser").await;
    other.close().await;
    assert_eq!(counted(&app, &survey).await, (1, 1));

    // Nothing of her in the database or its log: no subject, name or address.
    let mut stored = std::fs::read(&app.db_path).unwrap();
    stored.extend(std::fs::read(app.db_path.with_extension("db-wal")).unwrap_or_default());
    let stored = String::from_utf8_lossy(&stored);
    for trace in ["dorte.salg", "Dorte", "Sørensen", "example.com"] {
        assert!(!stored.contains(trace), "the database holds {trace:?}");
    }
}
