//! Rule P3 and the headers: nothing personal in logs, caches or referrers.

use serde_json::{Value, json};
use stemme::survey::SurveyId;

use crate::cli::{create, stdout, stemme, stemme_line};
use crate::helpers::*;
use crate::server::serve;

#[tokio::test]
async fn p3_the_server_log_holds_no_code_token_answer_or_address() {
    // Arrange: a survey made with the CLI, served by the real binary.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let id = create(&db);
    let csv = stdout(&stemme_line(
        &db,
        &format!("invites create --survey {id} --department Salg --count 5"),
    ));
    let code = csv
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(1)
        .unwrap()
        .to_owned();
    assert!(stemme(&db, &["survey", "open", &id]).status.success());
    let server = serve(&db);
    let client = reqwest::Client::new();
    let id = SurveyId::parse(&id).unwrap();

    // Act: the employee's whole flow, plus a failing request.
    let survey: Value = client
        .get(format!("{}/api/v1/surveys/{id}", server.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let dept = &survey["departments"][0];
    let key = ClientKey::from_der(&unb64(dept["spki_der"].as_str().unwrap())).unwrap();
    let msg = token_message(&id);
    let blinding = key
        .blind(&mut blind_rsa_signatures::DefaultRng, &msg)
        .unwrap();
    let issued = client
        .post(format!("{}/api/v1/surveys/{id}/tokens", server.address))
        .json(&json!({
            "invite_code": code,
            "blinded_msg": b64(&blinding.blind_message.0),
            "key_id": dept["key_id"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(issued.status(), 200);
    let issued: Value = issued.json().await.unwrap();
    let token = finalize(
        &key,
        dept["key_id"].as_str().unwrap(),
        &blinding,
        &issued,
        msg,
    );
    for _ in 0..2 {
        client
            .post(format!("{}/api/v1/surveys/{id}/responses", server.address))
            .json(&ballot(&token, valid_answers()))
            .send()
            .await
            .unwrap();
    }
    // Stopped as an operator would, so the shutdown line is checked too.
    drop(client);
    let (_, log) = server.terminate();

    // Assert
    assert!(log.contains("route=/api/v1/surveys/{id}/tokens"), "{log}");
    assert!(log.contains("group commit: batches="), "{log}");
    assert!(
        log.contains("status=201") && log.contains("status=409"),
        "{log}"
    );
    let forbidden = [
        code.clone(),
        code.replace('-', ""),
        b64(&token.msg),
        b64(&token.signature),
        b64(&blinding.blind_message.0),
        id.to_string(),
        "127.0.0.1".to_owned(),
        "unsure_allowed".to_owned(),
    ];
    for secret in forbidden {
        assert!(
            !log.contains(&secret),
            "the log contains {secret:?}:\n{log}"
        );
    }
}

#[tokio::test]
async fn api_responses_forbid_caching_and_referrers() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let response = app.get_survey(survey.id.as_str()).await;

    let headers = response.headers();
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-content-type-options"], "nosniff");
}
