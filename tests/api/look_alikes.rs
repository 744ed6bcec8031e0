//! Rule P10, a crowd you can see: look-alike department names are refused,
//! a department with fewer invites than k holds no ballots apart, and the
//! employee learns, before answering, how many were invited with them.

use std::process::Command;

use serde_json::Value;
use stemme::accounts::Actor;
use stemme::service::SurveyError;

use crate::cli::{stderr, stemme};
use crate::helpers::spawn_app;

#[test]
fn look_alike_department_names_are_refused_at_the_command_line_in_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    for (twin, lang, words) in [
        ("Salg\u{200B}", "da_DK.UTF-8", "usynlige tegn"),
        ("S\u{430}lg", "nb_NO.UTF-8", "til forveksling lik"),
        ("Sal\u{261}", "en_GB.UTF-8", "looks just like"),
    ] {
        let departments = format!("Salg,{twin}");
        let output = Command::new(env!("CARGO_BIN_EXE_stemme"))
            .arg("--db")
            .arg(&db)
            .args(["survey", "create", "--title", "Sosiale medier"])
            .args(["--departments", &departments])
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        assert!(!output.status.success(), "{twin:?} was accepted");
        let said = stderr(&output);
        assert!(said.contains(words), "{twin:?} in {lang}: {said}");
    }
    let list = stemme(&db, &["survey", "list"]);
    assert!(
        stderr(&list).contains("No surveys yet"),
        "nothing was created"
    );
}

#[tokio::test]
async fn a_look_alike_department_added_on_hrs_page_is_refused_in_norwegian_and_nothing_changes() {
    // Arrange
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg, IT", "5").await;

    // Act
    let path = format!("/admin/surveys/{id}/departments?lang=nb");
    let csrf = admin.csrf().await;
    let refused = admin
        .post_raw(
            &path,
            &[("action", "add"), ("name", "S\u{430}lg"), ("csrf", &csrf)],
        )
        .await;
    let invisible = admin
        .post_raw(
            &path,
            &[("action", "add"), ("name", "IT\u{2060}"), ("csrf", &csrf)],
        )
        .await;

    // Assert
    assert_eq!(refused.status(), 400);
    let page = refused.text().await.unwrap();
    assert!(page.contains("er til forveksling lik «Salg»"), "{page}");
    assert_eq!(invisible.status(), 400);
    assert!(invisible.text().await.unwrap().contains("usynlige tegn"));
    let survey = app.app.survey(&id).await.unwrap();
    assert_eq!(survey.departments.len(), 2);
}

#[tokio::test]
async fn a_department_with_fewer_invites_than_k_cannot_open_until_hr_merges_it_on_the_confirmation_page()
 {
    // Arrange: Jura has 3 invites, k = 5.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg, Jura, IT", "5").await;
    app.invites(&id, "Salg", 6).await;
    app.invites(&id, "Jura", 3).await;

    // Act 1: opening is refused, and the page offers the merge.
    let refused = app.app.open_survey(&id, &Actor::CommandLine).await;
    let page = admin
        .page(&format!("/admin/surveys/{id}/open?lang=da"))
        .await;
    // Act 2: HR merges Jura into Salg from that page, then opens.
    let csrf = admin.csrf().await;
    let merged = admin
        .post_raw(
            &format!("/admin/surveys/{id}/departments"),
            &[
                ("action", "merge"),
                ("name", "Jura"),
                ("new_name", "Salg"),
                ("back", "open"),
                ("csrf", &csrf),
            ],
        )
        .await;
    let opened = app.app.open_survey(&id, &Actor::CommandLine).await;

    // Assert
    assert!(
        matches!(&refused, Err(SurveyError::TooFewInvites { k: 5, departments }) if departments.len() == 1),
        "{refused:?}"
    );
    assert!(
        page.contains("Jura har 3 invitationer, færre end 5."),
        "{page}"
    );
    assert!(page.contains("name=\"action\" value=\"merge\""));
    assert!(!page.contains("admin-open-confirm") && !page.contains("Jeg har tjekket"));
    assert_eq!(merged.status(), 303);
    assert!(crate::admin::location(&merged).ends_with("/open"));
    opened.unwrap();
    let participation = app.app.participation(&id).await.unwrap();
    let salg = &participation.departments[0];
    assert_eq!((salg.department.as_str(), salg.invites), ("Salg", 9));
    assert_eq!(participation.departments.len(), 2, "Jura is gone");
}

#[tokio::test]
async fn a_department_without_invites_yet_leaves_the_confirmation_page_free_to_open() {
    // Arrange: Salg has its 40, Marketing none yet (it gets its first
    // batch of at least k once the survey is open).
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg, Marketing", "5").await;
    app.invites(&id, "Salg", 40).await;

    // Act
    let page = admin
        .page(&format!("/admin/surveys/{id}/open?lang=en"))
        .await;
    let opened = admin.post_open(&id).await;

    // Assert: the page asks for the tick, offers no merge, and opening works.
    assert!(page.contains("name=\"confirm\""), "{page}");
    assert!(!page.contains("small-departments"), "{page}");
    assert_eq!(opened.status(), 303);
    let survey = app.app.survey(&id).await.unwrap();
    assert_eq!(survey.status, stemme::survey::SurveyStatus::Open);
}

#[tokio::test]
async fn an_open_survey_refuses_a_first_batch_smaller_than_k() {
    let app = spawn_app().await;
    let survey = app.open_survey(5).await;

    let small = app
        .app
        .create_invites(
            &survey.id,
            &crate::helpers::dept("Kundeservice"),
            2,
            &Actor::CommandLine,
            stemme::invites::InviteFormat::Csv,
        )
        .await;

    assert!(matches!(
        small,
        Err(SurveyError::TooFewInvitesOpen {
            k: 5,
            invites: 2,
            ..
        })
    ));
    app.invites(&survey.id, "Kundeservice", 5).await;
}

#[tokio::test]
async fn the_employee_learns_how_many_were_invited_to_their_department_before_answering() {
    let app = spawn_app().await;
    let survey = app.open_survey(45).await;

    let found: Value = app
        .post_invite(survey.id.as_str(), &survey.codes[0])
        .await
        .json()
        .await
        .unwrap();
    let page = app.get(&format!("/s/{}?lang=nb", survey.id)).await;

    assert_eq!(found["invited"], 45);
    assert_eq!(found["used"], false, "looking up spends nothing");
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Du er én av {invited} inviterte i {department}."),
        "the page carries the sentence for the script"
    );
}
