//! One browser, several people: two codes stay two people; and the first
//! question is on a phone's first screen in every language.

use stemme::accounts::Actor;

use super::Browser;
use super::steps::*;
use crate::helpers::{OpenSurvey, TestApp, spawn_app};

/// A survey with Kundeservice (department 0) and Økonomi (1), five codes
/// each (k: rule P10 opens no department with fewer); `codes[0]` is
/// Kundeservice's, `codes[1]` Økonomi's.
async fn two_departments(app: &TestApp) -> OpenSurvey {
    let id = app.create_survey("Kundeservice,Økonomi").await;
    let kundeservice = app.invites(&id, "Kundeservice", 5).await;
    let economy = app.invites(&id, "Økonomi", 5).await;
    let codes = vec![kundeservice[0].clone(), economy[0].clone()];
    app.app.open_survey(&id, &Actor::CommandLine).await.unwrap();
    OpenSurvey { id, codes }
}

fn danish_link(app: &TestApp, survey: &OpenSurvey, code: &str) -> String {
    format!("{}/s/{}?lang=da#code={code}", app.address, survey.id)
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn two_codes_in_one_browser_stay_two_people_with_two_departments() {
    // Arrange: A (Kundeservice) starts and leaves without sending.
    let app = spawn_app().await;
    let survey = two_departments(&app).await;
    let (a, b) = (&survey.codes[0], &survey.codes[1]);
    let browser = Browser::start(1024, 800).await;
    browser.goto(&danish_link(&app, &survey, a)).await;
    wait_for_state(&browser, "ready").await;
    tick(&browser, FIRST_ANSWERS).await;
    wait_for_state(&browser, "voucher").await;

    // Act: B's link in the same tab asks whose turn it is; B answers.
    browser.goto(&danish_link(&app, &survey, b)).await;
    wait_for_state(&browser, "whose").await;
    browser.screenshot("people-whose-turn-da").await;
    let asked = browser.text("#whose").await;
    browser.click("#whose-choices button:last-child").await;
    wait_for_state(&browser, "ready").await;
    let b_start = browser.text("#start-status").await;
    let b_blank = !still_ticked(&browser, &FIRST_ANSWERS[..1]).await;
    tick(&browser, FIRST_ANSWERS).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;
    // A comes back with their own link: their voucher and answers wait.
    browser.goto(&danish_link(&app, &survey, a)).await;
    wait_for_state(&browser, "voucher").await;
    browser.screenshot("people-a-resumes-da").await;
    let a_status = browser.text("#start-status").await;
    let a_kept = still_ticked(&browser, FIRST_ANSWERS).await;
    tick(&browser, LAST_ANSWERS).await;
    send(&browser).await;

    // Assert
    assert!(asked.contains("Hvem svarer nu?"), "{asked}");
    assert!(
        asked.contains("Fortsæt svarene for Kundeservice"),
        "{asked}"
    );
    assert!(
        asked.contains("Begynd med det nye link: Økonomi"),
        "{asked}"
    );
    assert!(asked.contains("privat vindue"), "{asked}");
    assert_eq!(
        b_start,
        "Du er én af 5 inviterede i Økonomi. Intet bliver brugt før dit første svar."
    );
    assert!(b_blank, "B does not see A's answers");
    assert!(a_status.contains("Kundeservice"), "{a_status}");
    assert!(a_kept, "A's answers were kept for A");
    assert_eq!(
        counted_in(&app, &survey.id, 0).await,
        (1, 1),
        "Kundeservice"
    );
    assert_eq!(counted_in(&app, &survey.id, 1).await, (1, 1), "Økonomi");
    assert_eq!(stored(&browser, &survey.id).await, "");
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn the_first_question_is_on_the_first_screen_of_a_360_by_740_phone() {
    let app = spawn_app().await;
    let survey = app.open_survey(3).await;
    let browser = Browser::start(360, 740).await;
    let mut bottoms = Vec::new();

    for (language, code) in ["da", "nb", "en"].into_iter().zip(&survey.codes) {
        let link = format!(
            "{}/s/{}?lang={language}#code={code}",
            app.address, survey.id
        );
        browser.goto(&link).await;
        wait_for_state(&browser, "ready").await;
        browser
            .screenshot_screen(&format!("people-first-screen-360-{language}"))
            .await;
        // The first question's text and its first row of choices.
        let bottom = browser
            .js("return [window.innerHeight, document.querySelector(\"#q-platform_use [data-row='linkedin'] .choice\").getBoundingClientRect().bottom]")
            .await;
        bottoms.push((language, bottom));
    }

    for (language, bottom) in bottoms {
        let height = bottom[0].as_f64().unwrap();
        let first_row = bottom[1].as_f64().unwrap();
        assert_eq!(height, 740.0);
        assert!(
            first_row <= height,
            "{language}: the first choice ends at {first_row} px"
        );
    }
    assert_eq!(counted(&app, &survey.id).await, (0, 0));
    assert!(fits_the_width(&browser).await);
    browser.close().await;
}
