//! HR's pages in a real headless Chromium: the whole run from the setup
//! link to printed slips, and the pages at a phone's width.

use fantoccini::Locator;
use fantoccini::wd::PrintConfiguration;
use serde_json::json;
use stemme::config::PublicUrl;

use super::{PASSWORD, USER};
use crate::browser::Browser;
use crate::helpers::*;

/// Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

async fn fill(browser: &Browser, css: &str, text: &str) {
    let field = browser.client.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn click(browser: &Browser, css: &str) {
    browser
        .client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn wait_for(browser: &Browser, css: &str) {
    if let Err(e) = browser.client.wait().for_element(Locator::Css(css)).await {
        let page = browser.client.source().await.unwrap_or_default();
        let url = browser.client.current_url().await.map(|u| u.to_string());
        panic!("no {css} ({e}) at {url:?} in:\n{page}");
    }
}

async fn text_of(browser: &Browser, css: &str) -> String {
    browser
        .client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_runs_a_survey_in_the_browser_and_prints_forty_slips_on_five_a4_pages() {
    // Arrange: a fresh service and its setup link.
    let app = spawn_app().await;
    let public = PublicUrl::parse(&app.address).unwrap();
    let link = app.admins.setup_link(&public).await.unwrap().unwrap();
    let browser = Browser::start(1280, 1000).await;

    // The setup page reads its secret from the fragment, and hides it.
    browser.client.goto(&link).await.unwrap();
    wait_for(&browser, "#password2").await;
    let token: String = browser
        .client
        .execute(
            "return document.getElementById('setup-token').value",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(token, link.split("#token=").nth(1).unwrap());
    assert!(
        !browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("token")
    );
    fill(&browser, "#username", USER).await;
    fill(&browser, "#password", PASSWORD).await;
    fill(&browser, "#password2", PASSWORD).await;
    browser.screenshot("admin-setup").await;
    click(&browser, "form[action='/admin/setup'] button").await;
    wait_for(&browser, "a.button[href='/admin/surveys/new']").await;
    browser.screenshot("admin-surveys-empty").await;

    // A survey, made in the form.
    click(&browser, "a.button[href='/admin/surveys/new']").await;
    wait_for(&browser, "#departments").await;
    fill(&browser, "#title", "Sociale medier hos Nordlys").await;
    fill(&browser, "#departments", "Salg\nMarketing\nKundeservice").await;
    browser.screenshot("admin-new-survey").await;
    click(
        &browser,
        "form[action='/admin/surveys/new'] button[type=submit]",
    )
    .await;
    wait_for(&browser, "#invite-count").await;
    browser.screenshot("admin-survey-draft").await;

    // Act: 40 slips for Salg, printed on A4.
    fill(&browser, "#invite-count", "40").await;
    click(&browser, "form[action$='/invites'] button[type=submit]").await;
    wait_for(&browser, ".slips").await;
    browser.screenshot("admin-slips").await;
    let config = PrintConfiguration::builder().build().unwrap();
    let pdf = browser.client.print(config).await.unwrap();

    // Assert
    assert!(pdf.starts_with(b"%PDF"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::write(dir.join("admin-slips.pdf"), &pdf).unwrap();
    assert_eq!(pdf_pages(&pdf), 5, "40 slips, 8 to an A4 page");
    let slips = browser
        .client
        .find_all(Locator::Css(".slip"))
        .await
        .unwrap();
    assert_eq!(slips.len(), 40);
    let code = text_of(&browser, ".slip-code")
        .await
        .replace(['\n', ' '], "");
    assert!(stemme::invites::InviteCode::parse(&code).is_ok(), "{code}");
    let participation = app.app.list_surveys().await.unwrap();
    assert_eq!(participation[0].invites, 40);

    // Then open it, watch three people answer, and close it.
    let codes: Vec<String> = {
        let mut codes = Vec::new();
        for slip in browser
            .client
            .find_all(Locator::Css(".slip-code"))
            .await
            .unwrap()
        {
            codes.push(slip.text().await.unwrap().replace(['\n', ' '], ""));
        }
        codes
    };
    click(&browser, ".slips-intro a").await;
    wait_for(&browser, "a.button[href$='/open']").await;
    click(&browser, "a.button[href$='/open']").await;
    wait_for(&browser, "form[action$='/open'] input[name=confirm]").await;
    browser.screenshot("admin-open-confirm").await;
    click(&browser, "form[action$='/open'] input[name=confirm]").await;
    click(&browser, "form[action$='/open'] button[type=submit]").await;
    wait_for(&browser, "a.button.danger").await;
    let id = participation[0].id.clone();
    for code in &codes[..3] {
        let token = app.obtain_token(&id, code).await;
        app.submit(&id, &token, valid_answers()).await;
    }
    browser.client.refresh().await.unwrap();
    wait_for(&browser, ".participation-bar").await;
    browser.screenshot("admin-survey-open").await;
    let row = text_of(&browser, "table.participation tbody tr").await;
    assert!(row.starts_with("Salg 40 3 3"), "{row}");
    click(&browser, "a.button.danger").await;
    wait_for(&browser, "input[name=confirm]").await;
    browser.screenshot("admin-close-confirm").await;
    click(&browser, "input[name=confirm]").await;
    click(&browser, "form[action$='/close'] button.danger").await;
    wait_for(&browser, ".status-closed").await;
    browser
        .client
        .goto(&format!("{}/admin/audit", app.address))
        .await
        .unwrap();
    wait_for(&browser, "time").await;
    browser.screenshot("admin-audit").await;
    browser
        .client
        .goto(&format!("{}/admin", app.address))
        .await
        .unwrap();
    wait_for(&browser, ".status-closed").await;
    browser.screenshot("admin-surveys").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_pages_fit_a_phone_without_sideways_scrolling() {
    // Arrange: an open survey with some participation.
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let survey = app.open_survey(6).await;
    for code in &survey.codes[..3] {
        let token = app.obtain_token(&survey.id, code).await;
        app.submit(&survey.id, &token, valid_answers()).await;
    }
    app.obtain_token(&survey.id, &survey.codes[3]).await;
    let browser = Browser::start(360, 740).await;

    // Act: sign in with the keyboard-reachable form.
    browser
        .client
        .goto(&format!("{}/admin/sign-in", app.address))
        .await
        .unwrap();
    wait_for(&browser, "#password").await;
    browser.screenshot("admin-sign-in").await;
    fill(&browser, "#username", USER).await;
    fill(&browser, "#password", PASSWORD).await;
    click(&browser, "form[action='/admin/sign-in'] button").await;
    wait_for(&browser, ".admin-bar").await;
    let pages = [
        (format!("/admin/surveys/{}", survey.id), "admin-survey-open"),
        (
            format!("/admin/surveys/{}/close", survey.id),
            "admin-close-confirm",
        ),
        ("/admin/audit".to_owned(), "admin-audit"),
        ("/admin".to_owned(), "admin-surveys"),
        ("/admin/surveys/new".to_owned(), "admin-new-survey"),
    ];

    // Assert: nothing wider than the phone, every page in view.
    let width = browser
        .client
        .execute("return window.innerWidth", vec![])
        .await
        .unwrap();
    assert_eq!(width, json!(360));
    for (path, name) in pages {
        browser
            .client
            .goto(&format!("{}{path}", app.address))
            .await
            .unwrap();
        wait_for(&browser, "h1").await;
        let overflow = browser
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
                vec![],
            )
            .await
            .unwrap();
        let wide = browser.client.execute("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 12).join(' | ')", vec![]).await.unwrap();
        assert_eq!(overflow, json!(0), "{path} is wider than 360 px: {wide}");
        browser.screenshot(&format!("{name}-360")).await;
    }
    browser.close().await;
}
