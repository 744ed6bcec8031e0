//! Restoring a backup of an open survey (issue 19, point 6): the restored
//! server retires the survey's keys, so a voucher from the time the backup
//! lost cannot be spent beside a new one from the same invite.

use rusqlite::Connection;
use serde_json::Value;

use crate::cli::{stderr, stemme};
use crate::durability::{obtain_tokens, open_survey_with_invites};
use crate::helpers::{Token, ballot, valid_answers};
use crate::server::serve;

async fn answer(address: &str, id: &str, token: &Token) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{address}/api/v1/surveys/{id}/responses"))
        .json(&ballot(token, valid_answers()))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn filled(db: &std::path::Path) -> u64 {
    Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM ballots WHERE filled = 1", [], |r| {
            r.get(0)
        })
        .unwrap()
}

#[tokio::test]
async fn a_restored_backup_refuses_a_double_vote() {
    // Arrange: one voucher fetched before the backup and not yet spent.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 6);
    let server = serve(&db);
    let early = obtain_tokens(&server.address, &id, &codes[..1]).await;
    let backup = dir.path().join("backup.db");
    let made = stemme(&db, &["backup", "--out", backup.to_str().unwrap()]);
    assert!(made.status.success(), "{}", stderr(&made));
    // The time the backup will lose: five invites used, five answers.
    let lost = obtain_tokens(&server.address, &id, &codes[1..]).await;
    for token in &lost {
        assert_eq!(answer(&server.address, id.as_str(), token).await.0, 201);
    }
    server.terminate();

    // Act: restore, then spend the lost time's vouchers again and use the
    // same invites again.
    let restored_db = dir.path().join("restored.db");
    let restored = stemme(
        &restored_db,
        &["restore", "--from", backup.to_str().unwrap()],
    );
    let server = serve(&restored_db);
    let mut replayed = Vec::new();
    for token in lost.iter().chain(&early) {
        replayed.push(answer(&server.address, id.as_str(), token).await);
    }
    let fresh = obtain_tokens(&server.address, &id, &codes[1..]).await;
    let mut again = Vec::new();
    for token in &fresh {
        again.push(answer(&server.address, id.as_str(), token).await.0);
    }
    let twice = answer(&server.address, id.as_str(), &fresh[0]).await.0;
    let log = server.terminate();

    // Assert: five invites, five ballots (before: ten).
    let said = stderr(&restored);
    assert!(restored.status.success(), "{said}");
    assert!(said.contains("Salg: 1"), "one answer possibly lost: {said}");
    for (status, body) in &replayed {
        assert_eq!(*status, 410, "{body}");
        assert_eq!(body["error"], "key_retired");
    }
    assert_eq!(again, [201; 5]);
    assert_eq!(twice, 409);
    assert_eq!(filled(&restored_db), 5);
    let refused_again = stemme(
        &restored_db,
        &["restore", "--from", backup.to_str().unwrap()],
    );
    assert!(stderr(&refused_again).contains("move it"), "{log:?}");
}

#[tokio::test]
async fn a_backup_copied_into_place_by_hand_retires_the_keys_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, codes) = open_survey_with_invites(&db, 5);
    let server = serve(&db);
    let lost = obtain_tokens(&server.address, &id, &codes[..1]).await;
    let backup = dir.path().join("backup.db");
    assert!(
        stemme(&db, &["backup", "--out", backup.to_str().unwrap()])
            .status
            .success()
    );
    server.terminate();

    let by_hand = dir.path().join("by-hand.db");
    std::fs::copy(&backup, &by_hand).unwrap();
    let server = serve(&by_hand);
    let (status, body) = answer(&server.address, id.as_str(), &lost[0]).await;

    assert_eq!((status, body["error"].as_str()), (410, Some("key_retired")));
    let trail: String = Connection::open(&by_hand)
        .unwrap()
        .query_row(
            "SELECT detail FROM admin_audit WHERE action = 'backup_restored'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(trail.contains("Salg: 1"), "{trail}");
}
