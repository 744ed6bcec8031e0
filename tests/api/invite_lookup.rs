//! `POST /api/v1/invites`: a code typed on the front page, without a link,
//! leads to its survey's page.

use serde_json::{Value, json};

use crate::helpers::*;

#[tokio::test]
async fn a_typed_code_names_its_survey_without_using_up_the_invite() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let typed = survey.codes[0].to_lowercase().replace('-', " ");

    let response = app.post_invites(&json!({ "invite_code": typed })).await;

    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({ "survey_id": survey.id.as_str() }));
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!(participation.departments[0].started, 0);
}

#[tokio::test]
async fn codes_of_draft_and_closed_surveys_are_found_so_the_page_can_say_so() {
    let app = spawn_app().await;
    let draft = app.create_survey("Salg").await;
    let draft_code = app.invites(&draft, "Salg", 1).await.remove(0);
    let closed = app.open_survey(1).await;
    app.app
        .close_survey(&closed.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    for (code, id) in [(&draft_code, &draft), (&closed.codes[0], &closed.id)] {
        let response = app.post_invites(&json!({ "invite_code": code })).await;
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["survey_id"], id.as_str());
    }
}

#[tokio::test]
async fn a_used_code_is_still_found() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;

    let response = app
        .post_invites(&json!({ "invite_code": survey.codes[0] }))
        .await;

    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn an_unknown_code_is_forbidden_and_a_mistyped_one_a_bad_request() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    // A well-formed code from another installation is unknown here.
    let elsewhere = spawn_app().await.open_survey(1).await.codes.remove(0);
    let mut mistyped = survey.codes[0].clone().into_bytes();
    mistyped[0] = if mistyped[0] == b'A' { b'B' } else { b'A' };
    let mistyped = String::from_utf8(mistyped).unwrap();

    let unknown = app.post_invites(&json!({ "invite_code": elsewhere })).await;
    let mistyped = app.post_invites(&json!({ "invite_code": mistyped })).await;
    let foreign = app.post_invites(&json!({ "invite_code": "ÆØÅ" })).await;

    assert_eq!(error_code(unknown).await, (403, "invite_invalid".into()));
    assert_eq!(error_code(mistyped).await, (400, "invite_malformed".into()));
    assert_eq!(error_code(foreign).await, (400, "invite_malformed".into()));
}

#[tokio::test]
async fn the_lookup_takes_only_a_json_post_with_the_code() {
    let app = spawn_app().await;

    let get = error_code(app.get("/api/v1/invites").await).await;
    let extra = app
        .post_invites(&json!({ "invite_code": "x", "survey": "y" }))
        .await;
    let form = app
        .client
        .post(format!("{}/api/v1/invites", app.address))
        .body("invite_code=x")
        .send()
        .await
        .unwrap();

    assert_eq!(get, (405, "method_not_allowed".into()));
    assert_eq!(error_code(extra).await, (400, "invalid_json".into()));
    assert_eq!(
        error_code(form).await,
        (415, "unsupported_media_type".into())
    );
}
