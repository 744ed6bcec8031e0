//! HR reads the results in a real browser: the demo company, in Danish,
//! Norwegian and English, on a wide screen and on a phone, with a picture
//! of every chart in `target/screenshots/` for people to look at.

use serde_json::json;

use super::Browser;
use crate::admin::{PASSWORD, USER};
use crate::demo::spawn_demo_app;

const CHARTS: [&str; 8] = [
    "participation",
    "readiness",
    "platforms",
    "sharing",
    "willingness",
    "barriers",
    "motivations",
    "reach",
];

/// Every SVG text that does not fit inside its chart, with its chart and by
/// how many pixels it sticks out to the right (negative: to the left).
const CUT_OFF: &str = "[...document.querySelectorAll('figure.chart svg')].flatMap(svg => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
        .filter(t => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
        })
        .map(t => {
            const r = t.getBoundingClientRect();
            const out = r.right > box.right ? r.right - box.right : r.left - box.left;
            return svg.closest('section').id + ': ' + t.textContent.trim() + ' ' + Math.round(out);
        });
})";

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_reads_the_demo_companys_results_in_every_language_and_on_a_phone() {
    // Arrange: the demo company's closed survey, and HR signed in.
    let (app, survey) = spawn_demo_app().await;
    app.admin_account(USER, PASSWORD).await;
    let results = format!("{}/admin/surveys/{survey}/results", app.address);
    let browser = Browser::start(1400, 1000).await;
    browser.sign_in_as_hr(&app, "en").await;

    // Act and assert, language by language.
    for (lang, heading) in [
        ("da", "Hvor I kan starte"),
        ("nb", "Hvor dere kan starte"),
        ("en", "Where to start"),
    ] {
        browser.goto(&format!("{results}?lang={lang}")).await;
        browser.wait_visible("figure.chart svg").await;
        assert!(
            browser.text("#h-recommendation").await.starts_with(heading),
            "{lang}"
        );
        let figures = browser
            .js("return document.querySelectorAll('figure.chart svg[role=img]').length")
            .await;
        assert_eq!(figures, 8, "{lang}");
        let cut = browser.js(&format!("return {CUT_OFF}")).await;
        assert_eq!(cut, json!([]), "{lang}: labels cut off");
        browser.screenshot(&format!("results-{lang}")).await;
    }
    // The demo shows what the survey is for: the volunteers' barriers and
    // motivations beside everyone else's.
    for split in ["barriers", "motivations"] {
        let rows = browser
            .js(&format!(
                "return document.querySelectorAll('#{split} table.numbers thead th').length"
            ))
            .await;
        assert_eq!(
            rows,
            json!(4),
            "{split}: option, everyone, volunteers, the rest"
        );
    }
    for chart in CHARTS {
        browser
            .screenshot_of(
                &format!("#{chart} figure.chart"),
                &format!("results-chart-{chart}"),
            )
            .await;
    }
    browser.close().await;

    let phone = Browser::start(360, 740).await;
    phone.sign_in_as_hr(&app, "en").await;
    phone.goto(&format!("{results}?lang=da")).await;
    phone.wait_visible("figure.chart svg").await;
    let sideways = phone
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    let wide = phone
        .js("return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 361).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))")
        .await;
    assert_eq!(sideways, 0, "the page scrolls sideways on a phone: {wide}");
    phone.screenshot("results-360").await;
    phone.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_following_the_results_link_signs_in_and_lands_on_the_results() {
    // Arrange: the demo's printed link to the results, HR not signed in.
    let (app, survey) = spawn_demo_app().await;
    app.admin_account(USER, PASSWORD).await;
    let results = format!("{}/admin/surveys/{survey}/results", app.address);
    let browser = Browser::start(1280, 900).await;

    // Act: the sign-in page comes in English; HR switches it to Danish.
    browser.goto(&results).await;
    browser.wait_visible("#password").await;
    browser.click("a[hreflang=da]").await;
    browser
        .wait_until("document.documentElement.lang === 'da'")
        .await;
    browser.wait_visible("#password").await;
    browser.type_into("#username", USER).await;
    browser.type_into("#password", PASSWORD).await;
    browser.click("form[action='/admin/sign-in'] button").await;
    browser.wait_visible("#h-recommendation").await;

    // Assert: the page asked for, and its link to the index explained.
    let address = browser.client.current_url().await.unwrap();
    assert_eq!(address.as_str(), results);
    browser.click("a[href='readiness']").await;
    browser.wait_visible("main h1").await;
    assert_eq!(
        browser.text("main h1").await,
        "Sådan virker parathedsindekset"
    );
    browser.screenshot("readiness-explained-da").await;
    browser.close().await;
}
