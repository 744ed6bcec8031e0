//! An acknowledged response is stored for good: it survives `kill -9` of
//! the server the moment after the acknowledgement.

use std::path::Path;

use blind_rsa_signatures::DefaultRng;
use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use stemme::survey::SurveyId;

use crate::cli::{create, stdout, stemme, stemme_line};
use crate::helpers::*;
use crate::server::serve;

/// An open survey made with the command line, and its department Salg's codes.
pub fn open_survey_with_invites(db: &Path, count: u32) -> (SurveyId, Vec<String>) {
    let id = create(db);
    let csv = stdout(&stemme_line(
        db,
        &format!("invites create --survey {id} --department Salg --count {count}"),
    ));
    let codes = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().to_owned());
    assert!(stemme(db, &["survey", "open", &id]).status.success());
    (SurveyId::parse(&id).unwrap(), codes.collect())
}

/// What an employee's browser does, against a server at `address`.
pub async fn obtain_tokens(address: &str, id: &SurveyId, codes: &[String]) -> Vec<Token> {
    obtain_tokens_with(&reqwest::Client::new(), address, id, codes).await
}

/// The same, with a given HTTP client (e.g. bound to another address).
pub async fn obtain_tokens_with(
    client: &reqwest::Client,
    address: &str,
    id: &SurveyId,
    codes: &[String],
) -> Vec<Token> {
    let url = format!("{address}/api/v1/surveys/{id}");
    let survey: Value = client.get(&url).send().await.unwrap().json().await.unwrap();
    let department = &survey["departments"][0];
    let key = ClientKey::from_der(&unb64(department["spki_der"].as_str().unwrap())).unwrap();
    let key_id = department["key_id"].as_str().unwrap();
    let mut tokens = Vec::new();
    for code in codes {
        let msg = token_message(id);
        let blinding = key.blind(&mut DefaultRng, &msg).unwrap();
        let body = json!({
            "invite_code": code,
            "blinded_msg": b64(&blinding.blind_message.0),
            "key_id": key_id,
        });
        let issued = client
            .post(format!("{url}/tokens"))
            .json(&body)
            .send()
            .await;
        let issued = issued.unwrap();
        assert_eq!(issued.status(), 200);
        let issued: Value = issued.json().await.unwrap();
        tokens.push(finalize(&key, key_id, &blinding, &issued, msg));
    }
    tokens
}

pub fn is_spent(conn: &Connection, token: &Token) -> bool {
    let hash = Sha256::digest(&token.msg).to_vec();
    conn.query_row(
        "SELECT 1 FROM spent_tokens WHERE token_hash = ?1",
        [hash],
        |_| Ok(()),
    )
    .optional()
    .unwrap()
    .is_some()
}

#[tokio::test]
async fn every_acknowledged_response_survives_killing_the_server_right_after() {
    // Arrange: forty employees with tokens, and the real server binary.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 40);
    let mut server = serve(&db);
    let tokens = obtain_tokens(&server.address, &id, &codes).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/surveys/{id}/responses", server.address);

    // Act: all answer at once; kill -9 as soon as twenty are acknowledged,
    // while the rest may still be on their way.
    let mut answering: FuturesUnordered<_> = tokens
        .iter()
        .map(|token| {
            let request = client.post(&url).json(&ballot(token, valid_answers()));
            async move { (token, request.send().await) }
        })
        .collect();
    let mut acknowledged = Vec::new();
    while let Some((token, response)) = answering.next().await {
        if response.is_ok_and(|r| r.status() == 201) {
            acknowledged.push(token);
        }
        if acknowledged.len() == 20 {
            break;
        }
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    drop(answering);

    // Assert: after a restart, every acknowledged answer is there.
    assert_eq!(acknowledged.len(), 20);
    let mut restarted = serve(&db);
    let conn = Connection::open(&db).unwrap();
    for token in &acknowledged {
        assert!(is_spent(&conn, token), "an acknowledged response was lost");
    }
    let count = |sql: &str| -> u64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM ballots WHERE filled = 1"),
        count("SELECT count(*) FROM spent_tokens")
    );
    restarted.child.kill().unwrap();
    restarted.child.wait().unwrap();
}
