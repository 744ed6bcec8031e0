use serde_json::{Value, json};

use crate::helpers::*;

#[tokio::test]
async fn an_invited_employee_gets_a_token_and_answers_once() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(3).await;

    // Act
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    let response = app.submit(&survey.id, &token, valid_answers()).await;

    // Assert
    assert_eq!(response.status(), 201);
    let participation = app.app.participation(&survey.id).await.unwrap();
    let salg = &participation.departments[0];
    assert_eq!((salg.invites, salg.started, salg.answered), (5, 1, 1));
}

#[tokio::test]
async fn the_survey_description_has_questions_keys_and_the_variant() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let body: Value = app
        .get_survey(survey.id.as_str())
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(body["status"], "open");
    assert_eq!(body["variant"], "RSABSSA-SHA384-PSS-Randomized");
    assert_eq!(body["languages"], json!(["da", "nb", "en"]));
    assert_eq!(body["message_prefix"], format!("stemme-v1:{}:", survey.id));
    let departments = body["departments"].as_array().unwrap();
    assert_eq!(departments.len(), 2);
    for d in departments {
        assert_eq!(d["key_id"].as_str().unwrap().len(), 64);
        let der = unb64(d["spki_der"].as_str().unwrap());
        // key_id is the SHA-256 of exactly these bytes.
        use sha2::Digest;
        assert_eq!(
            hex::encode(sha2::Sha256::digest(&der)),
            d["key_id"].as_str().unwrap()
        );
    }
    let matrix = body["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "matrix")
        .unwrap();
    assert!(matrix["rows"].as_array().is_some_and(|r| !r.is_empty()));
    let scale = body["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "scale")
        .unwrap();
    assert_eq!(
        scale["options"][0]["value"],
        json!(1),
        "whole values are integers"
    );
    assert!(matrix["text"]["da"].as_str().is_some_and(|t| !t.is_empty()));
}

#[tokio::test]
async fn a_draft_survey_is_described_without_keys() {
    let app = spawn_app().await;
    let id = app.create_survey("Salg").await;

    let body: Value = app.get_survey(id.as_str()).await.json().await.unwrap();

    assert_eq!(body["status"], "draft");
    assert_eq!(body["departments"][0]["key_id"], Value::Null);
}

#[tokio::test]
async fn a_retry_with_the_same_blinded_message_gets_the_same_signature() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (key_id, key) = app.department_key(&survey.id, "Salg").await;
    let blinding = key
        .blind(
            &mut blind_rsa_signatures::DefaultRng,
            token_message(&survey.id),
        )
        .unwrap();
    let body = json!({ "invite_code": survey.codes[0], "blinded_msg": b64(&blinding.blind_message.0), "key_id": key_id });

    let first: Value = app
        .post_tokens(survey.id.as_str(), &body)
        .await
        .json()
        .await
        .unwrap();
    let second = app.post_tokens(survey.id.as_str(), &body).await;

    assert_eq!(second.status(), 200);
    assert_eq!(second.json::<Value>().await.unwrap(), first);
}

#[tokio::test]
async fn a_response_is_counted_in_the_department_of_the_key_that_verified_it() {
    let app = spawn_app().await;
    let id = app.create_survey("Salg,Kundeservice").await;
    let codes = app.invites(&id, "kundeservice", 5).await;
    app.app
        .open_survey(&id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    let token = app.obtain_token(&id, &codes[0]).await;
    assert_eq!(app.submit(&id, &token, valid_answers()).await.status(), 201);

    let participation = app.app.participation(&id).await.unwrap();
    let counts: Vec<(&str, u64)> = participation
        .departments
        .iter()
        .map(|p| (p.department.as_str(), p.answered))
        .collect();
    assert_eq!(counts, [("Salg", 0), ("Kundeservice", 1)]);
}

#[tokio::test]
async fn an_answer_rejected_for_its_content_does_not_spend_the_token() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;

    let rejected = app
        .submit(&survey.id, &token, json!({ "willingness": "9" }))
        .await;
    let accepted = app.submit(&survey.id, &token, valid_answers()).await;

    assert_eq!(rejected.status(), 400);
    assert_eq!(accepted.status(), 201);
}

#[tokio::test]
async fn optional_questions_may_be_left_out() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    let mut answers = valid_answers();
    for optional in [
        "platform_purpose",
        "willing_platforms",
        "barriers",
        "motivations",
        "followers",
    ] {
        answers.as_object_mut().unwrap().remove(optional);
    }

    let response = app.submit(&survey.id, &token, answers).await;

    assert_eq!(response.status(), 201);
}

#[tokio::test]
async fn the_health_check_answers() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status(), 200);
}
