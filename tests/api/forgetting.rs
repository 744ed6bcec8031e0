//! Rule P6, forget what is no longer needed: at close, private keys leave
//! the database file, its log and the memory of every process.

use rusqlite::Connection;

use crate::admin::location;
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

#[tokio::test]
async fn p6_a_close_whose_clean_up_fails_is_still_a_close_and_the_clean_up_is_retried() {
    // Arrange: the server has signed, so it holds the department's key; a
    // table whose index needs a collation only this test's connection
    // knows makes the server's VACUUM fail (it rebuilds every index).
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(2).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;
    assert_eq!(app.app.signing_keys_in_memory(), 1);
    let conn = Connection::open(&app.db_path).unwrap();
    conn.create_collation("test_only", str::cmp).unwrap();
    conn.execute_batch(
        "CREATE TABLE breaks_vacuum (x TEXT);
         CREATE INDEX breaks_vacuum_x ON breaks_vacuum (x COLLATE test_only);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
         INSERT INTO breaks_vacuum SELECT printf('%.2000d', i) FROM n;",
    )
    .unwrap();

    // Act
    let response = admin.post_close(&survey.id, true).await;

    // Assert: a close, with the keys gone from memory and the answers counted.
    assert_eq!(response.status(), 303);
    assert!(
        location(&response).ends_with("?done=closed"),
        "{}",
        location(&response)
    );
    assert_eq!(app.app.signing_keys_in_memory(), 0);
    let counted: bool = conn
        .query_row(
            "SELECT tally IS NOT NULL FROM survey_results WHERE survey_id = ?1",
            [survey.id.as_str()],
            |r| r.get(0),
        )
        .unwrap();
    assert!(counted, "the answers are counted at close");
    // Once the obstacle is gone, the retry rewrites the file: no free page
    // is left of the dropped table.
    conn.execute_batch("DROP TABLE breaks_vacuum").unwrap();
    let free_pages = || -> i64 {
        conn.query_row("PRAGMA freelist_count", [], |r| r.get(0))
            .unwrap()
    };
    assert!(free_pages() > 0);
    let mut waited = 0;
    while free_pages() > 0 && waited < 100 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }
    assert_eq!(free_pages(), 0, "the file was rewritten at a retry");
}
