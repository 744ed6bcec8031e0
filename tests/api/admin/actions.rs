//! HR's actions as the service owns them: a form asks for exactly what it
//! names, checks happen inside the action's transaction, and every action
//! is in the audit trail exactly when it happened.

use rusqlite::Connection;
use stemme::accounts::Actor;

use super::hidden_field;
use crate::helpers::*;

fn audit_actions(app: &TestApp) -> Vec<String> {
    let conn = Connection::open(&app.db_path).unwrap();
    let mut stmt = conn
        .prepare("SELECT action FROM admin_audit ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn a_department_form_without_a_known_action_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nLager", "5").await;

    let missing = admin.post_departments(&id, &[("name", "Lager")]).await;
    let unknown = admin
        .post_departments(&id, &[("action", "explode"), ("name", "Lager")])
        .await;

    assert_eq!(missing.status(), 400);
    assert_eq!(unknown.status(), 400);
    let names: Vec<String> = app
        .app
        .survey(&id)
        .await
        .unwrap()
        .departments
        .iter()
        .map(|d| d.name.to_string())
        .collect();
    assert_eq!(names, ["Salg", "Lager"]);
}

#[tokio::test]
async fn a_department_that_got_invites_after_its_page_was_shown_is_not_removed_unconfirmed() {
    // Arrange: the page shows Lager without invites, so without the box to
    // tick; then invites are made for it (from the command line, say).
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nLager", "5").await;
    assert!(!admin.survey_page(&id).await.contains("Also delete its"));
    app.invites(&id, "Lager", 3).await;

    // Act: the form as the page had it.
    let removed = admin
        .post_departments(&id, &[("action", "remove"), ("name", "Lager")])
        .await;

    // Assert
    assert_eq!(removed.status(), 400);
    assert!(removed.text().await.unwrap().contains("Tick the box"));
    let participation = app.app.participation(&id).await.unwrap();
    assert_eq!(participation.departments[1].invites, 3);
}

#[tokio::test]
async fn every_action_writes_its_audit_line_and_a_refused_one_writes_none() {
    let app = spawn_app().await;
    let id = app.create_survey("Salg,Lager").await;
    let by = Actor::CommandLine;

    app.invites(&id, "Salg", 5).await;
    app.app.open_survey(&id, &by).await.unwrap();
    let again = app.app.open_survey(&id, &by).await;
    let unknown = app
        .app
        .create_invites(
            &id,
            &dept("Jura"),
            2,
            &by,
            stemme::invites::InviteFormat::Csv,
        )
        .await;
    app.app.close_survey(&id, &by).await.unwrap();
    let closed_again = app.app.close_survey(&id, &by).await;

    assert!(again.is_err() && unknown.is_err() && closed_again.is_err());
    assert_eq!(
        audit_actions(&app),
        [
            "survey_created",
            "invites_created",
            "survey_opened",
            "survey_closed"
        ]
    );
}

#[tokio::test]
async fn the_health_check_fails_when_the_writer_stops_though_reads_still_work() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), 200);

    app.app.stop_writing().await;

    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "unhealthy");
    assert!(app.app.list_surveys().await.is_ok(), "reads still work");
}

#[tokio::test]
async fn invites_for_every_department_are_all_made_or_none_when_the_third_fails() {
    // Arrange: the database refuses the third department's batch, as a full
    // disk or a broken file would, half-way through the one request.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nKundeservice\nLager", "5").await;
    Connection::open(&app.db_path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER third_fails BEFORE INSERT ON invite_batches
             WHEN NEW.department = 'Lager'
             BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;",
        )
        .unwrap();
    let once = hidden_field(&admin.survey_page(&id).await, "once");

    // Act
    let response = admin
        .post(
            &format!("/admin/surveys/{id}/invites"),
            &[
                ("department", "*"),
                ("count", "2"),
                ("format", "csv"),
                ("once", &once),
            ],
        )
        .await;

    // Assert: an error, and nothing made that HR was never shown.
    assert_eq!(response.status(), 500);
    assert!(!response.text().await.unwrap().contains("department,code"));
    assert_eq!(app.app.participation(&id).await.unwrap().invites, 0);
    assert!(app.app.invite_batches(&id).await.unwrap().is_empty());
    assert!(!audit_actions(&app).contains(&"invites_created".to_owned()));
}

#[tokio::test]
async fn invites_for_every_department_come_in_one_file_in_the_surveys_order() {
    let app = spawn_app().await;
    let id = app.create_survey("Salg,Kundeservice,Lager").await;

    let batches = app
        .app
        .create_invites_for_all(
            &id,
            2,
            &Actor::CommandLine,
            stemme::invites::InviteFormat::Csv,
        )
        .await
        .unwrap();

    let names: Vec<&str> = batches.iter().map(|b| b.department.as_str()).collect();
    assert_eq!(names, ["Salg", "Kundeservice", "Lager"]);
    assert!(batches.iter().all(|b| b.codes.len() == 2));
    assert_eq!(app.app.participation(&id).await.unwrap().invites, 6);
    assert_eq!(
        audit_actions(&app),
        [
            "survey_created",
            "invites_created",
            "invites_created",
            "invites_created"
        ]
    );
}
