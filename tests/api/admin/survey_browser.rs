//! HR's survey page in a real headless Chromium: the preview that spends
//! nothing, opening that waits for the confirmation, and voiding a batch
//! whose codes an employee's browser then finds refused.

use serde_json::{Value, json};
use stemme::survey::SurveyStatus;

use super::{PASSWORD, USER};
use crate::browser::Browser;
use crate::browser::steps::wait_for_state;
use crate::helpers::*;

/// `(language, its first question, its preview banner's first word)`.
const PREVIEWS: [(&str, &str, &str); 3] = [
    (
        "da",
        "Hvilke sociale medier bruger du, og hvor tit?",
        "Forhåndsvisning",
    ),
    (
        "nb",
        "Hvilke sosiale medier bruker du, og hvor ofte?",
        "Forhåndsvisning",
    ),
    (
        "en",
        "Which social media do you use, and how often?",
        "Preview",
    ),
];

/// Every address the page has fetched since it loaded (documents aside).
const FETCHED: &str = "return performance.getEntriesByType('resource').map(e => e.name)";

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_previews_the_questions_in_each_language_and_opens_only_once_it_is_confirmed() {
    // Arrange: a draft with two departments of five invites (k), HR in Danish.
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let id = app.create_survey("Kundeservice,Økonomi").await;
    let codes = app.invites(&id, "Økonomi", 5).await;
    app.invites(&id, "Kundeservice", 5).await;
    let browser = Browser::start(1024, 900).await;
    browser.sign_in_as_hr(&app, "da").await;
    let page = format!("{}/admin/surveys/{id}?lang=da", app.address);

    // Act and assert: each preview link shows the questions in its
    // language, with nothing that could send or fetch a voucher.
    for (lang, question, banner) in PREVIEWS {
        browser.goto(&page).await;
        browser
            .click(&format!("a[href*='/preview'][lang={lang}]"))
            .await;
        browser.wait_visible(".preview-banner").await;
        let all = browser.text("form.preview").await;
        assert!(all.contains(question), "{lang}: {all}");
        assert!(browser.text(".preview-banner").await.starts_with(banner));
        assert_eq!(
            browser.js("return document.documentElement.lang").await,
            lang
        );
        let send_disabled = "return [...document.querySelectorAll('form.preview button')]
                  .every(b => b.disabled)";
        assert_eq!(browser.js(send_disabled).await, true, "{lang}");
        let fetched = browser.js(FETCHED).await;
        let api = fetched
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u.as_str().unwrap().contains("/api/"))
            .count();
        assert_eq!(api, 0, "{lang}: the preview asked the API: {fetched}");
        browser.screenshot(&format!("admin-preview-{lang}")).await;
        // The preview's language is the preview's: HR's own pages stay Danish.
        browser
            .goto(&format!("{}/admin/surveys/{id}", app.address))
            .await;
        browser.wait_visible(".admin-bar").await;
        assert_eq!(
            browser.js("return document.documentElement.lang").await,
            "da",
            "previewing in {lang} switched HR's pages"
        );
    }

    // Act: the open button, and the confirmation sent without its tick.
    browser.goto(&page).await;
    browser.click("a.button[href$='/open']").await;
    browser
        .wait_visible("form[action$='/open'] input[name=confirm]")
        .await;
    let listed = browser.text("table.open-departments").await;
    let held_by_the_browser = browser
        .js("return document.querySelector('form[action$=\"/open\"]').checkValidity()")
        .await;
    // Past the browser's own check, the server refuses it too.
    browser
        .js(
            "document.querySelector('form[action$=\"/open\"] input[name=confirm]')
               .removeAttribute('required')",
        )
        .await;
    browser
        .click("form[action$='/open'] button[type=submit]")
        .await;
    browser.wait_visible("#errors").await;
    let refusal = browser.text("#errors").await;
    browser.screenshot("admin-open-refused-da").await;
    let refused_by_the_server = status(&app, &id).await;
    browser
        .click("form[action$='/open'] input[name=confirm]")
        .await;
    browser
        .click("form[action$='/open'] button[type=submit]")
        .await;
    browser.wait_visible(".keys-list").await;

    // Assert
    assert!(
        listed.contains("Kundeservice") && listed.contains("Økonomi"),
        "{listed}"
    );
    assert_eq!(held_by_the_browser, json!(false), "sent without the tick");
    assert_eq!(refused_by_the_server, SurveyStatus::Draft);
    assert!(
        refusal.contains("Sæt kryds for at bekræfte, at afdelingerne er rigtige."),
        "{refusal}"
    );
    assert_eq!(status(&app, &id).await, SurveyStatus::Open);
    for code in &codes {
        let invite: Value = app
            .post_invite(id.as_str(), code)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(invite["used"], json!(false), "the previews spent {code}");
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn hr_voids_a_batch_in_norwegian_and_an_employee_with_one_of_its_codes_is_refused() {
    // Arrange: two batches of five in Salg, made before and after opening;
    // one person has started with the second batch's first code. Voiding
    // the second leaves six invites, at least k (rule P10: a department
    // never drops below k once it has invites).
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let opened = app.open_survey(5).await;
    let survey = OpenSurvey {
        codes: app.invites(&opened.id, "Salg", 5).await,
        id: opened.id,
    };
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    let hr = Browser::start(1024, 900).await;
    hr.sign_in_as_hr(&app, "nb").await;
    hr.goto(&format!(
        "{}/admin/surveys/{}?lang=nb",
        app.address, survey.id
    ))
    .await;
    hr.wait_visible("table.batches").await;
    let void = "table.batches tbody tr:nth-child(2) form[action$='/void']";

    // Act: the browser holds the form back until it is ticked; then send it.
    let held = hr
        .js(&format!(
            "return document.querySelector(\"{void}\").checkValidity()"
        ))
        .await;
    let invites_before = app.app.participation(&survey.id).await.unwrap().invites;
    hr.click(&format!("{void} input[name=confirm]")).await;
    hr.click(&format!("{void} button[type=submit]")).await;
    hr.wait_visible(".notice.ok").await;
    hr.js("document.getElementById('batches').scrollIntoView()")
        .await;
    hr.screenshot_screen("admin-voided-nb").await;
    let done = hr.text(".notice.ok").await;
    let row = hr.text("table.batches tbody tr:nth-child(2)").await;
    let employee = Browser::start(1024, 800).await;
    employee
        .goto(&format!(
            "{}/s/{}?lang=nb#code={}",
            app.address, survey.id, survey.codes[1]
        ))
        .await;
    wait_for_state(&employee, "code").await;
    employee.screenshot("admin-voided-code-refused-nb").await;
    let told = employee.text("#code-error").await;

    // Assert: four codes stop working; the person who started still answers.
    assert_eq!(held, json!(false), "sent without the tick");
    assert_eq!(invites_before, 10);
    assert_eq!(done, "Rundens ubrukte invitasjoner virker ikke lenger.");
    assert!(row.contains("4 gjort ugyldige"), "{row}");
    assert!(
        row.contains("(kommandolinjen)"),
        "made by, in Norwegian: {row}"
    );
    assert!(
        !hr.is_visible(void).await,
        "nothing left to void in that batch"
    );
    assert!(!told.is_empty());
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!(participation.invites, 6);
    let answered = app.submit(&survey.id, &token, valid_answers()).await;
    assert_eq!(answered.status(), 201);
    hr.close().await;
    employee.close().await;
}

async fn status(app: &TestApp, id: &stemme::survey::SurveyId) -> SurveyStatus {
    app.app.survey(id).await.unwrap().status
}
