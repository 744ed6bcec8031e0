//! Every error of token issuance, each with its status and code.

use serde_json::json;

use crate::helpers::*;

/// Asks for a token with the key the code's department uses (or a dummy
/// key where the code has none), so each test reaches the error it is about.
async fn token_error(app: &TestApp, survey: &str, code: &str, blinded: &str) -> (u16, String) {
    let invite: serde_json::Value = app.post_invite(survey, code).await.json().await.unwrap();
    let key_id = invite["key_id"]
        .as_str()
        .map_or("0".repeat(64), str::to_owned);
    let body = json!({ "invite_code": code, "blinded_msg": blinded, "key_id": key_id });
    error_code(app.post_tokens(survey, &body).await).await
}

fn blinded_for(key: &ClientKey, survey: &stemme::survey::SurveyId) -> String {
    let blinding = key
        .blind(&mut blind_rsa_signatures::DefaultRng, token_message(survey))
        .unwrap();
    b64(&blinding.blind_message.0)
}

#[tokio::test]
async fn an_unknown_invite_code_is_forbidden() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (_, key) = app.department_key(&survey.id, "Salg").await;
    let stranger = stemme::invites::InviteCode::generate().unwrap().grouped();

    let result = token_error(
        &app,
        survey.id.as_str(),
        &stranger,
        &blinded_for(&key, &survey.id),
    )
    .await;

    assert_eq!(result, (403, "invite_invalid".into()));
}

#[tokio::test]
async fn a_mistyped_invite_code_is_a_bad_request() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let mut typo = survey.codes[0].clone().into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };

    let result = token_error(
        &app,
        survey.id.as_str(),
        &String::from_utf8(typo).unwrap(),
        "AAAA",
    )
    .await;

    assert_eq!(result, (400, "invite_malformed".into()));
}

#[tokio::test]
async fn an_invite_used_for_another_blinded_message_is_a_conflict() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (_, key) = app.department_key(&survey.id, "Salg").await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;

    let result = token_error(
        &app,
        survey.id.as_str(),
        &survey.codes[0],
        &blinded_for(&key, &survey.id),
    )
    .await;

    assert_eq!(result, (409, "invite_used".into()));
}

#[tokio::test]
async fn tokens_are_refused_before_the_survey_opens_and_after_it_closes() {
    let app = spawn_app().await;
    let draft = app.create_survey("Salg").await;
    let draft_code = app.invites(&draft, "Salg", 1).await.remove(0);
    let closed = app.open_survey(2).await;
    let (_, key) = app.department_key(&closed.id, "Salg").await;
    app.app
        .close_survey(&closed.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    let before = token_error(&app, draft.as_str(), &draft_code, "AAAA").await;
    let after = token_error(
        &app,
        closed.id.as_str(),
        &closed.codes[0],
        &blinded_for(&key, &closed.id),
    )
    .await;

    assert_eq!(before, (409, "survey_not_open".into()));
    assert_eq!(after, (409, "survey_not_open".into()));
}

#[tokio::test]
async fn malformed_blinded_messages_are_bad_requests() {
    let app = spawn_app().await;
    let survey = app.open_survey(3).await;
    let id = survey.id.as_str();

    let not_base64 = token_error(&app, id, &survey.codes[0], "not base64!").await;
    let too_short = token_error(&app, id, &survey.codes[1], &b64(&[1u8; 255])).await;
    let too_large = token_error(&app, id, &survey.codes[2], &b64(&[0xffu8; 256])).await;

    assert_eq!(not_base64, (400, "malformed_base64".into()));
    assert_eq!(too_short, (400, "invalid_blinded_msg".into()));
    assert_eq!(too_large, (400, "invalid_blinded_msg".into()));
}

#[tokio::test]
async fn a_refused_blinded_message_does_not_use_up_the_invite() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    token_error(
        &app,
        survey.id.as_str(),
        &survey.codes[0],
        &b64(&[0xffu8; 256]),
    )
    .await;

    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;

    assert_eq!(
        app.submit(&survey.id, &token, valid_answers())
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn unknown_surveys_are_not_found() {
    let app = spawn_app().await;
    let code = stemme::invites::InviteCode::generate().unwrap().grouped();

    let unknown = token_error(&app, "0123456789ab", &code, "AAAA").await;
    let malformed = error_code(app.get_survey("not-a-survey").await).await;

    assert_eq!(unknown, (404, "survey_not_found".into()));
    assert_eq!(malformed, (404, "survey_not_found".into()));
}

#[tokio::test]
async fn an_invite_tells_its_holder_which_key_to_blind_for_without_using_it_up() {
    let app = spawn_app().await;
    let id = app.create_survey("Salg,Kundeservice").await;
    let code = app.invites(&id, "Kundeservice", 5).await.remove(0);
    app.app
        .open_survey(&id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();
    let (key_id, _) = app.department_key(&id, "Kundeservice").await;

    let before: serde_json::Value = app
        .post_invite(id.as_str(), &code)
        .await
        .json()
        .await
        .unwrap();
    app.obtain_token(&id, &code).await;
    let after: serde_json::Value = app
        .post_invite(id.as_str(), &code)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(
        before,
        json!({ "department": "Kundeservice", "key_id": key_id, "used": false, "invited": 5 })
    );
    assert_eq!(after["used"], true);
}

#[tokio::test]
async fn looking_up_a_bad_code_gets_the_same_errors_as_issuance() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let draft = app.create_survey("Salg").await;
    let draft_code = app.invites(&draft, "Salg", 1).await.remove(0);
    let stranger = stemme::invites::InviteCode::generate().unwrap().grouped();

    let unknown = error_code(app.post_invite(survey.id.as_str(), &stranger).await).await;
    let mistyped = error_code(app.post_invite(survey.id.as_str(), "ABCD-EFGH").await).await;
    let not_open = error_code(app.post_invite(draft.as_str(), &draft_code).await).await;

    assert_eq!(unknown, (403, "invite_invalid".into()));
    assert_eq!(mistyped, (400, "invite_malformed".into()));
    assert_eq!(not_open, (409, "survey_not_open".into()));
}

#[tokio::test]
async fn a_message_blinded_for_another_departments_key_is_refused_and_the_invite_kept() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (other_key_id, other_key) = app.department_key(&survey.id, "Kundeservice").await;
    let body = json!({
        "invite_code": survey.codes[0],
        "blinded_msg": blinded_for(&other_key, &survey.id),
        "key_id": other_key_id,
    });

    let refused = error_code(app.post_tokens(survey.id.as_str(), &body).await).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;

    assert_eq!(refused, (409, "wrong_key".into()));
    assert_eq!(
        app.submit(&survey.id, &token, valid_answers())
            .await
            .status(),
        201
    );
}
