//! HR makes a follow-up of a closed survey in a real browser, in Danish and
//! in Norwegian: from the survey's page, through the one screen, to the new
//! draft's page that names its baseline. Screenshots of the form and of the
//! new draft go to `target/screenshots/follow-up-{form,made}-{da,nb}.png`;
//! axe-core finds nothing on the form, filled in or sent back.

use super::Browser;
use super::reading::{axe, axe_source};
use crate::admin::{PASSWORD, USER};
use crate::follow_up::closed_baseline;

const SEND: &str = "form[method=post][action$='/follow-up'] button[type=submit]";

/// The value of the form field `css`.
async fn value(browser: &Browser, css: &str) -> String {
    let script = format!("return document.querySelector({css:?}).value");
    browser.js(&script).await.as_str().unwrap().to_owned()
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_makes_a_follow_up_on_one_screen_in_danish_and_in_norwegian() {
    // Arrange: a closed survey of four departments, HR signed in.
    let app = crate::helpers::spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let baseline = closed_baseline(&app).await;
    let browser = Browser::start(1280, 1000).await;
    browser.sign_in_as_hr(&app, "da").await;
    let axe_core = axe_source();

    for (lang, suffix, mistake, made) in [
        (
            "da",
            "opfølgning",
            "Giv undersøgelsen en titel",
            "opfølgning på",
        ),
        (
            "nb",
            "oppfølging",
            "Gi undersøkelsen en tittel",
            "oppfølging av",
        ),
    ] {
        // Act: from the survey's page to the form; a mistake first.
        browser
            .goto(&format!(
                "{}/admin/surveys/{baseline}?lang={lang}",
                app.address
            ))
            .await;
        browser.click("a[href$='/follow-up']").await;
        browser.wait_visible("#title").await;
        assert!(value(&browser, "#title").await.ends_with(suffix), "{lang}");
        assert_eq!(value(&browser, "#name-3").await, "Kantine");
        assert_eq!(
            axe(&browser, &axe_core).await,
            Vec::<String>::new(),
            "{lang}"
        );
        browser.type_into("#name-0", "Salg og marked").await;
        browser.type_into("#name-2", "Lager").await;
        browser.type_into("#name-3", " ").await;
        browser.type_into("#new_departments", "Kundeservice").await;
        browser.screenshot(&format!("follow-up-form-{lang}")).await;
        browser.type_into("#title", " ").await;
        browser.click(SEND).await;
        browser.wait_visible("#errors").await;
        assert!(browser.text("#errors").await.contains(mistake), "{lang}");
        assert_eq!(
            axe(&browser, &axe_core).await,
            Vec::<String>::new(),
            "{lang}"
        );
        assert_eq!(value(&browser, "#name-0").await, "Salg og marked");
        assert_eq!(value(&browser, "#new_departments").await, "Kundeservice");
        browser
            .type_into("#title", &format!("Runde 2 {lang}"))
            .await;
        browser.click(SEND).await;

        // Assert: the new draft's page names its baseline, linked.
        browser.wait_visible(".follow-up-of").await;
        browser.screenshot(&format!("follow-up-made-{lang}")).await;
        let of = browser.text(".follow-up-of").await;
        assert!(of.to_lowercase().contains(made), "{lang}: {of}");
        assert!(of.contains("Sociale medier hos Nordlys"), "{lang}: {of}");
        let follow_ups = app.app.follow_ups(&baseline).await.unwrap();
        let this = follow_ups
            .iter()
            .find(|f| f.title == format!("Runde 2 {lang}"))
            .unwrap();
        let link = app.app.follow_up_of(&this.id).await.unwrap().unwrap().link;
        let names: Vec<&str> = link
            .departments
            .iter()
            .map(|c| c.department.as_str())
            .collect();
        assert_eq!(names, ["Salg og marked", "Lager", "Kundeservice"], "{lang}");
        assert_eq!(link.continues(&crate::helpers::dept("Lager")).len(), 2);
    }
    browser.close().await;
}
