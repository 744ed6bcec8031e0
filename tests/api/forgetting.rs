//! Rule P6, forget what is no longer needed: at close, private keys leave
//! the database file, its log and the memory of every process.

use rusqlite::Connection;

use crate::helpers::*;
use crate::privacy::{contains, raw_database, secret_parts};

#[tokio::test]
async fn p6_closing_destroys_private_keys_everywhere_in_the_file() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;
    let private_keys: Vec<Vec<u8>> = {
        let conn = Connection::open(&app.db_path).unwrap();
        let mut stmt = conn.prepare("SELECT private_key FROM departments").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(private_keys.len(), 2);

    // Act
    app.app
        .close_survey(&survey.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    // Assert
    let conn = Connection::open(&app.db_path).unwrap();
    let remaining: i64 = conn
        .query_row(
            "SELECT count(*) FROM departments WHERE private_key IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let blinded: i64 = conn
        .query_row(
            "SELECT count(*) FROM invites
             WHERE blinded_hash != zeroblob(32) OR blind_sig != zeroblob(256)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!((remaining, blinded), (0, 0));
    let file = raw_database(&app);
    for key in &private_keys {
        for secret in secret_parts(key) {
            for chunk in secret.chunks(32) {
                assert!(
                    !contains(&file, chunk),
                    "private key material survives in the file"
                );
            }
        }
    }
}

#[tokio::test]
async fn p6_a_close_by_another_process_ends_signing_and_drops_the_keys_from_memory() {
    // Arrange: the server has signed, so it holds the department's key.
    let app = spawn_app().await;
    let survey = app.open_survey(3).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;
    assert_eq!(app.app.signing_keys_in_memory(), 1);

    // Act: `stemme survey close` from the command line, another process.
    let closed = crate::cli::stemme(&app.db_path, &["survey", "close", survey.id.as_str()]);
    assert!(closed.status.success(), "{}", crate::cli::stderr(&closed));
    let refused = app.post_invite(survey.id.as_str(), &survey.codes[1]).await;

    // Assert: refused at once, and the key is gone from this process.
    assert_eq!(error_code(refused).await, (409, "survey_not_open".into()));
    assert_eq!(app.app.signing_keys_in_memory(), 0);
    // Nothing puts it back: a lookup now finds the survey closed.
    let again = app.post_invite(survey.id.as_str(), &survey.codes[2]).await;
    assert_eq!(again.status(), 409);
    assert_eq!(app.app.signing_keys_in_memory(), 0);
}

#[tokio::test]
async fn p6_the_server_drops_the_keys_of_a_survey_closed_elsewhere_without_being_asked() {
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;
    assert_eq!(app.app.signing_keys_in_memory(), 1);

    let closed = crate::cli::stemme(&app.db_path, &["survey", "close", survey.id.as_str()]);
    assert!(closed.status.success());
    // What the server does every two seconds.
    app.app.forget_closed_signers().await.unwrap();

    assert_eq!(app.app.signing_keys_in_memory(), 0);
}
