//! P2 under concurrency: one invite yields one token, one token one response.

use blind_rsa_signatures::DefaultRng;
use futures_util::future::join_all;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn twenty_simultaneous_submissions_of_one_token_store_exactly_one_response() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;

    // Act
    let attempts = (0..20).map(|_| app.submit(&survey.id, &token, valid_answers()));
    let statuses: Vec<u16> = join_all(attempts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();

    // Assert
    assert_eq!(
        statuses.iter().filter(|&&s| s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        19,
        "{statuses:?}"
    );
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!(participation.departments[0].answered, 1);
}

#[tokio::test]
async fn twenty_simultaneous_token_requests_with_one_invite_yield_exactly_one_token() {
    // Arrange: twenty different blinded messages for the same invite code.
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let (key_id, key) = app.department_key(&survey.id, "Salg").await;
    let bodies: Vec<_> = (0..20)
        .map(|_| {
            let blinding = key
                .blind(&mut DefaultRng, token_message(&survey.id))
                .unwrap();
            json!({ "invite_code": survey.codes[0], "blinded_msg": b64(&blinding.blind_message.0), "key_id": key_id })
        })
        .collect();

    // Act
    let requests = bodies
        .iter()
        .map(|body| app.post_tokens(survey.id.as_str(), body));
    let statuses: Vec<u16> = join_all(requests)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();

    // Assert
    assert_eq!(
        statuses.iter().filter(|&&s| s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        19,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn many_employees_answering_at_once_are_all_stored() {
    let app = spawn_app().await;
    let survey = app.open_survey(40).await;
    let tokens = join_all(survey.codes.iter().map(|c| app.obtain_token(&survey.id, c))).await;

    let submissions = tokens
        .iter()
        .map(|t| app.submit(&survey.id, t, valid_answers()));
    let statuses: Vec<u16> = join_all(submissions)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();

    assert!(statuses.iter().all(|&s| s == 201), "{statuses:?}");
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!(
        (
            participation.departments[0].started,
            participation.departments[0].answered
        ),
        (40, 40)
    );
}
