//! Every error of submission and of malformed requests, with status and code.

use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn a_forged_signature_is_forbidden() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let mut token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    token.signature[10] ^= 1;

    let result = error_code(app.submit(&survey.id, &token, valid_answers()).await).await;

    assert_eq!(result, (403, "bad_signature".into()));
}

#[tokio::test]
async fn a_token_spent_once_cannot_be_spent_again() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    app.submit(&survey.id, &token, valid_answers()).await;

    let result = error_code(app.submit(&survey.id, &token, valid_answers()).await).await;

    assert_eq!(result, (409, "token_spent".into()));
}

#[tokio::test]
async fn answers_to_a_closed_survey_are_refused() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    app.app
        .close_survey(&survey.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    let result = error_code(app.submit(&survey.id, &token, valid_answers()).await).await;

    assert_eq!(result, (409, "survey_closed".into()));
}

#[tokio::test]
async fn invalid_answers_are_listed_per_question() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    let mut answers = valid_answers();
    answers["shares_work"] = json!("constantly");
    answers["barriers"] = json!("no_time");
    answers["favourite_colour"] = json!("blue");
    answers.as_object_mut().unwrap().remove("willingness");

    let response = app.submit(&survey.id, &token, answers).await;

    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid_answers");
    let problems: Vec<(String, String)> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["question"].as_str().unwrap().into(),
                p["problem"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected = [
        ("favourite_colour", "unknown_question"),
        ("shares_work", "unknown_option"),
        ("willingness", "missing"),
        ("barriers", "wrong_shape"),
    ];
    assert_eq!(
        problems,
        expected.map(|(q, p)| (q.to_owned(), p.to_owned()))
    );
}

#[tokio::test]
async fn a_message_not_shaped_like_a_stemme_token_is_refused() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let mut token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    token.msg = b"stemme-v1:0123456789ab:short".to_vec();

    let result = error_code(app.submit(&survey.id, &token, valid_answers()).await).await;

    assert_eq!(result, (400, "invalid_msg".into()));
}

#[tokio::test]
async fn a_key_of_another_survey_is_refused() {
    let app = spawn_app().await;
    let first = app.open_survey(1).await;
    let second = app.open_survey(1).await;
    let mut token = app.obtain_token(&second.id, &second.codes[0]).await;
    // A token for the first survey's message layout, signed by the second's key.
    token.msg = token_message(&first.id);

    let result = error_code(app.submit(&first.id, &token, valid_answers()).await).await;

    assert_eq!(result, (403, "unknown_key".into()));
}

#[tokio::test]
async fn a_malformed_key_id_is_a_bad_request() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let mut token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    token.key_id = "xyz".into();

    let result = error_code(app.submit(&survey.id, &token, valid_answers()).await).await;

    assert_eq!(result, (400, "invalid_field".into()));
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let body = json!({ "invite_code": "x".repeat(100_000), "blinded_msg": "" });

    let result = error_code(app.post_tokens(survey.id.as_str(), &body).await).await;

    assert_eq!(result, (413, "payload_too_large".into()));
}

#[tokio::test]
async fn a_body_that_is_not_json_is_refused_with_415() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let response = app
        .client
        .post(format!(
            "{}/api/v1/surveys/{}/tokens",
            app.address, survey.id
        ))
        .header("Content-Type", "text/plain")
        .body("invite_code=x")
        .send()
        .await
        .unwrap();

    assert_eq!(
        error_code(response).await,
        (415, "unsupported_media_type".into())
    );
}

#[tokio::test]
async fn broken_json_and_missing_fields_are_bad_requests() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let url = format!("{}/api/v1/surveys/{}/tokens", app.address, survey.id);

    let broken = app
        .client
        .post(&url)
        .header("Content-Type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    let missing = app
        .post_tokens(survey.id.as_str(), &json!({ "invite_code": "x" }))
        .await;

    assert_eq!(error_code(broken).await, (400, "invalid_json".into()));
    assert_eq!(error_code(missing).await, (400, "invalid_json".into()));
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_in_json() {
    let app = spawn_app().await;

    let nothing = app.get("/api/v2/anything").await;
    let wrong_method = app
        .client
        .delete(format!("{}/api/v1/surveys/0123456789ab", app.address))
        .send()
        .await
        .unwrap();

    assert_eq!(error_code(nothing).await, (404, "not_found".into()));
    assert_eq!(wrong_method.headers()["allow"], "GET");
    assert_eq!(
        error_code(wrong_method).await,
        (405, "method_not_allowed".into())
    );
}
