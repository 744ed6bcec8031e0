//! HR reads a follow-up against its baseline in a real browser, in Danish
//! and in Norwegian: from the baseline's results, by the link, to the
//! comparison of the demo company six months on — every measure with its
//! chart and table, the pilots against the rest worded by what chance gives
//! and never as an effect, nothing for axe-core to find. Screenshots go to
//! `target/screenshots/comparison-{da,nb}.png` (and a phone's, `-360`).

use serde_json::json;

use super::Browser;
use super::reading::{axe, axe_source};
use crate::admin::{PASSWORD, USER};
use crate::demo::spawn_demo_follow_up_app;

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_reads_the_demo_follow_up_against_its_baseline_in_danish_and_in_norwegian() {
    // Arrange: the demo company and its follow-up, HR signed in.
    let (app, baseline, follow_up) = spawn_demo_follow_up_app().await;
    app.admin_account(USER, PASSWORD).await;
    let browser = Browser::start(1280, 1000).await;
    browser.sign_in_as_hr(&app, "da").await;
    let axe_core = axe_source();

    for (lang, heading, beyond, effect) in [
        (
            "da",
            "Pilotafdelingerne over for resten",
            "Pilotafdelingernes ændring var højere end restens",
            "effekt",
        ),
        (
            "nb",
            "Pilotavdelingene mot resten",
            "Pilotavdelingenes endring var høyere enn restens",
            "effekt",
        ),
    ] {
        // Act: from the baseline's results, by the link to the comparison.
        let results = format!(
            "{}/admin/surveys/{baseline}/results?lang={lang}",
            app.address
        );
        browser.goto(&results).await;
        browser
            .click(&format!("a[href$='/surveys/{follow_up}/comparison']"))
            .await;
        browser.wait_visible("figure.chart svg").await;

        // Assert: the page of the follow-up, every measure drawn and tabled.
        let url = browser.js("return location.pathname").await;
        assert_eq!(url, json!(format!("/admin/surveys/{follow_up}/comparison")));
        let counts = browser
            .js("return [document.querySelectorAll('section.result figure.chart svg[role=img]').length,
                         document.querySelectorAll('section.result table').length]")
            .await;
        let (charts, tables) = (counts[0].as_u64().unwrap(), counts[1].as_u64().unwrap());
        assert!(
            charts >= 10 && tables >= charts,
            "{lang}: {charts} charts, {tables} tables"
        );
        assert_eq!(browser.text("#h-pilots").await, heading, "{lang}");
        let pilots = browser.text("#pilots").await;
        assert!(pilots.contains(beyond), "{lang}: {pilots}");
        let text = browser.text("main").await.to_lowercase();
        assert!(
            !text.contains(effect),
            "{lang}: the page calls a change an effect"
        );
        assert!(
            text.contains("direktion og jura"),
            "{lang}: the merged department"
        );
        assert_eq!(
            axe(&browser, &axe_core).await,
            Vec::<String>::new(),
            "{lang}"
        );
        browser.screenshot(&format!("comparison-{lang}")).await;
    }
    browser.close().await;

    // A phone: the page itself never scrolls sideways (charts do, inside
    // their own regions).
    let phone = Browser::start(360, 740).await;
    phone.sign_in_as_hr(&app, "da").await;
    phone
        .goto(&format!(
            "{}/admin/surveys/{follow_up}/comparison?lang=da",
            app.address
        ))
        .await;
    phone.wait_visible("figure.chart svg").await;
    let sideways = phone
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(
        sideways,
        json!(0),
        "the comparison scrolls sideways on a phone"
    );
    phone.screenshot("comparison-360").await;
    phone.close().await;
}
