//! Creating a survey in the browser and changing it while it is a draft.

use stemme::questionnaire::DEFAULT_SOURCE;

use super::location;
use crate::helpers::*;

fn survey_fields<'a>(title: &'a str, departments: &'a str, k: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("departments", departments),
        ("min_group_size", k),
        ("questionnaire", "default"),
    ]
}

#[tokio::test]
async fn a_survey_is_created_from_the_form_with_the_built_in_questionnaire() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;

    let response = admin
        .post_new_survey(
            &survey_fields("Sociale medier", "Salg\r\nMarketing\r\nIT", "6"),
            None,
        )
        .await;

    assert_eq!(response.status(), 303);
    let to = location(&response);
    assert!(to.ends_with("?done=created"), "{to}");
    let page = admin.page(&to).await;
    for text in [
        "Sociale medier",
        "Salg",
        "Marketing",
        "IT",
        "k = 6",
        "created as a draft",
    ] {
        assert!(page.contains(text), "{text}");
    }
    let surveys = app.app.list_surveys().await.unwrap();
    assert_eq!((surveys.len(), surveys[0].departments), (1, 3));
}

#[tokio::test]
async fn every_problem_with_the_form_is_shown_and_nothing_is_created() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;

    let response = admin
        .post_new_survey(&survey_fields("  ", "Salg\nsalg", "2"), None)
        .await;

    assert_eq!(response.status(), 400);
    let page = response.text().await.unwrap();
    for message in [
        "Give the survey a title.",
        "The department &quot;salg&quot; is listed twice.",
        "The minimum group size must be at least 3.",
    ] {
        assert!(page.contains(message), "{message}\n{page}");
    }
    assert!(page.contains("Salg\nsalg"), "what was typed is kept");
    assert!(app.app.list_surveys().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_uploaded_questionnaire_with_mistakes_is_refused_with_its_line_numbers() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let mut fields = survey_fields("Eget skema", "Salg", "5");
    fields[3] = ("questionnaire", "upload");
    // A comma missing on line 3.
    let broken = "id = \"q\"\nversion = 1\ntitle = { da = \"a\" nb = \"b\" }\n";

    let response = admin.post_new_survey(&fields, Some(broken)).await;

    assert_eq!(response.status(), 400);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("The questionnaire file has these problems"),
        "{page}"
    );
    assert!(page.contains("Line 3:"), "{page}");
    assert!(page.contains("aria-invalid=\"true\""));
    assert!(app.app.list_surveys().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_uploaded_questionnaire_is_used_and_a_missing_file_is_explained() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let mut fields = survey_fields("Eget skema", "Salg", "5");
    fields[3] = ("questionnaire", "upload");
    let own = DEFAULT_SOURCE.replacen("version = 2", "version = 7", 1);

    let missing = admin.post_new_survey(&fields, None).await;
    let uploaded = admin.post_new_survey(&fields, Some(&own)).await;

    assert_eq!(missing.status(), 400);
    assert!(
        missing
            .text()
            .await
            .unwrap()
            .contains("Choose a questionnaire file")
    );
    assert_eq!(uploaded.status(), 303);
    let id = app.app.list_surveys().await.unwrap()[0].id.clone();
    let view = app.app.survey(&id).await.unwrap();
    assert_eq!(view.questionnaire.version, 7);
}

#[tokio::test]
async fn departments_are_added_renamed_and_removed_while_the_survey_is_a_draft() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nIT", "5").await;

    let added = admin
        .post_departments(&id, &[("action", "add"), ("name", "Jura")])
        .await;
    let renamed = admin
        .post_departments(
            &id,
            &[("action", "rename"), ("name", "IT"), ("new_name", "Drift")],
        )
        .await;
    let removed = admin
        .post_departments(&id, &[("action", "remove"), ("name", "Salg")])
        .await;
    let duplicate = admin
        .post_departments(
            &id,
            &[
                ("action", "rename"),
                ("name", "Drift"),
                ("new_name", "jura"),
            ],
        )
        .await;

    for response in [added, renamed, removed] {
        assert_eq!(response.status(), 303);
        assert!(location(&response).ends_with("?done=departments"));
    }
    assert_eq!(duplicate.status(), 400);
    assert!(duplicate.text().await.unwrap().contains("is listed twice"));
    let names: Vec<String> = app
        .app
        .survey(&id)
        .await
        .unwrap()
        .departments
        .iter()
        .map(|d| d.name.to_string())
        .collect();
    assert_eq!(names, ["Drift", "Jura"]);
}

#[tokio::test]
async fn removing_a_department_with_invites_needs_confirming_and_takes_its_invites() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nIT", "5").await;
    app.invites(&id, "IT", 4).await;
    let page = admin.survey_page(&id).await;
    assert!(page.contains("Also delete its 4 invites"), "the form warns");

    let unconfirmed = admin
        .post_departments(&id, &[("action", "remove"), ("name", "IT")])
        .await;
    let confirmed = admin
        .post_departments(
            &id,
            &[("action", "remove"), ("name", "IT"), ("confirm", "yes")],
        )
        .await;

    assert_eq!(unconfirmed.status(), 400);
    assert!(unconfirmed.text().await.unwrap().contains("Tick the box"));
    assert_eq!(confirmed.status(), 303);
    let participation = app.app.participation(&id).await.unwrap();
    assert_eq!(participation.departments.len(), 1);
    assert_eq!(participation.invites, 0);
}

#[tokio::test]
async fn the_last_department_cannot_be_removed() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;

    let response = admin
        .post_departments(&id, &[("action", "remove"), ("name", "Salg")])
        .await;

    assert_eq!(response.status(), 400);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Give at least one department.")
    );
}

#[tokio::test]
async fn the_minimum_group_size_is_explained_and_editable_only_in_draft() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    let page = admin.survey_page(&id).await;
    assert!(
        page.contains("k = 5: no result describes fewer than 5 people"),
        "{page}"
    );

    let too_small = admin.post_settings(&id, "2").await;
    let not_a_number = admin.post_settings(&id, "fem").await;
    let saved = admin.post_settings(&id, "7").await;
    app.app
        .open_survey(&id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();
    let after_opening = admin.post_settings(&id, "9").await;

    assert_eq!(too_small.status(), 400);
    assert!(
        too_small
            .text()
            .await
            .unwrap()
            .contains("must be at least 3")
    );
    assert_eq!(not_a_number.status(), 400);
    assert_eq!(saved.status(), 303);
    assert_eq!(after_opening.status(), 409);
    let k = app.app.survey(&id).await.unwrap().min_group_size.get();
    assert_eq!(k, 7);
    assert!(admin.survey_page(&id).await.contains("k = 7"));
}

#[tokio::test]
async fn departments_cannot_change_once_the_survey_is_open() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    app.app
        .open_survey(&id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    let response = admin
        .post_departments(&id, &[("action", "add"), ("name", "Jura")])
        .await;

    assert_eq!(response.status(), 409);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("status is &quot;Open&quot;")
    );
    assert!(!admin.survey_page(&id).await.contains("New department"));
}
