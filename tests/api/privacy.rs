//! The privacy rules, checked against the real database file and logs.

use rusqlite::Connection;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use stemme::questionnaire::{Answer, Answers, DEFAULT_SOURCE, Questionnaire};

use crate::helpers::*;

pub fn raw_database(app: &TestApp) -> Vec<u8> {
    let mut bytes = std::fs::read(&app.db_path).unwrap();
    if let Ok(wal) = std::fs::read(app.db_path.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    bytes
}

/// Tables about HR's own actions, which may carry times; none about employees.
const ADMIN_TABLES: &[&str] = &["admin_accounts", "admin_sessions", "admin_audit"];

/// Every column of every table except those about HR's actions.
fn employee_data_columns(conn: &Connection) -> Vec<(String, String, String)> {
    conn.prepare(
        "SELECT m.name, p.name, p.type FROM sqlite_schema m, pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid",
    )
    .unwrap()
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .unwrap()
    .map(Result::unwrap)
    .filter(|(table, _, _): &(String, String, String)| !ADMIN_TABLES.contains(&table.as_str()))
    .collect()
}

/// The private exponent and the primes: what must not survive a close.
/// (The modulus is public and stays, so the key's DER as a whole is no test.)
pub fn secret_parts(pkcs8_der: &[u8]) -> Vec<Vec<u8>> {
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::traits::PrivateKeyParts;
    let key = rsa::RsaPrivateKey::from_pkcs8_der(pkcs8_der).unwrap();
    let mut parts = vec![key.d().to_be_bytes().to_vec()];
    parts.extend(key.primes().iter().map(|p| p.to_be_bytes().to_vec()));
    parts
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Answers that identify submission `i` of up to 80: a known order to look for.
pub fn numbered_answers(i: usize) -> Value {
    let mut answers = valid_answers();
    answers["platform_use"]["linkedin"] = json!(["never", "monthly", "weekly", "daily"][i % 4]);
    answers["willingness"] = json!(((i / 4) % 5 + 1).to_string());
    answers["shares_work"] = json!(["never", "rarely", "sometimes", "often"][i / 20]);
    if i.is_multiple_of(4) {
        // LinkedIn unused: its follow-up rows are not asked.
        answers["platform_purpose"]
            .as_object_mut()
            .unwrap()
            .remove("linkedin");
        answers["followers"]
            .as_object_mut()
            .unwrap()
            .remove("linkedin");
        answers["willing_platforms"] = json!([]);
    }
    answers
}

/// Which submission a stored answer record is, read back as HR's results
/// will read it.
pub fn submission_number(record: &[u8]) -> usize {
    let q = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
    let answers = Answers::from_record(&q, record).unwrap();
    let answer = |id: &str| {
        let index = q.question_index(id).unwrap();
        answers
            .entries()
            .iter()
            .find(|(i, _)| *i == index)
            .unwrap()
            .1
            .clone()
    };
    let Answer::Grid(cells) = answer("platform_use") else {
        panic!("platform_use is a matrix")
    };
    let (Answer::One(b), Answer::One(c)) = (answer("willingness"), answer("shares_work")) else {
        panic!("single answers")
    };
    cells[0].1 + 4 * b + 20 * c
}

#[tokio::test]
async fn p1_stored_responses_carry_no_time_no_link_and_no_submission_order() {
    // Arrange: 30 responses submitted one after another, in a known order.
    let app = spawn_app().await;
    let survey = app.open_survey(30).await;
    let mut tokens = Vec::new();
    for (i, code) in survey.codes.iter().enumerate() {
        let token = app.obtain_token(&survey.id, code).await;
        assert_eq!(
            app.submit(&survey.id, &token, numbered_answers(i))
                .await
                .status(),
            201
        );
        tokens.push(token);
    }

    // Act
    let conn = Connection::open(&app.db_path).unwrap();
    let order: Vec<usize> = conn
        .prepare("SELECT answers FROM ballots WHERE filled = 1")
        .unwrap()
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(|a| submission_number(&a.unwrap()))
        .collect();

    // Assert: no time columns anywhere, no rowid, no link, no order.
    for (table, column, kind) in employee_data_columns(&conn) {
        let name = column.to_lowercase();
        let timeish = ["time", "date", "created", "updated", "_at"]
            .iter()
            .any(|w| name.contains(w));
        let personal =
            ["ip", "ip_address", "user_agent", "email", "person"].contains(&name.as_str());
        assert!(
            !timeish && !personal,
            "{table}.{column} could identify or date a response"
        );
        assert!(
            !["DATE", "DATETIME", "TIMESTAMP"].contains(&kind.as_str()),
            "{table}.{column}"
        );
    }
    let ballot_columns: Vec<String> = employee_data_columns(&conn)
        .into_iter()
        .filter(|(t, _, _)| t == "ballots")
        .map(|(_, c, _)| c)
        .collect();
    // The slot is the ballot's number in its department, given when HR made
    // it: an answer draws one at random and never changes it.
    assert_eq!(
        ballot_columns,
        ["survey_id", "department", "id", "filled", "answers", "slot"]
    );
    assert!(
        conn.prepare("SELECT rowid FROM ballots").is_err(),
        "ballots must be WITHOUT ROWID"
    );
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..30).collect::<Vec<_>>());
    assert_ne!(order, sorted, "rows are stored in submission order");
    let responses: Vec<Vec<u8>> = conn
        .prepare("SELECT CAST(id || survey_id || department || answers AS BLOB) FROM ballots")
        .unwrap()
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (token, code) in tokens.iter().zip(&survey.codes) {
        let code_hash = stemme::invites::InviteCode::parse(code).unwrap().hash().0;
        let bare_code = code.replace('-', "");
        let secrets: [&[u8]; 5] = [
            &token.msg[token.msg.len() - 32..],
            &Sha256::digest(&token.msg)[..16],
            &token.signature[..16],
            &code_hash[..16],
            bare_code.as_bytes(),
        ];
        for row in &responses {
            for secret in secrets {
                assert!(
                    !contains(row, secret),
                    "a response row holds a token or invite value"
                );
                let hex = hex::encode(secret);
                assert!(!contains(row, hex.as_bytes()));
            }
        }
    }
}

#[tokio::test]
async fn p2_the_spent_set_holds_only_hashes_of_tokens() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    app.submit(&survey.id, &token, valid_answers()).await;

    let conn = Connection::open(&app.db_path).unwrap();
    let stored: Vec<u8> = conn
        .query_row("SELECT token_hash FROM spent_tokens", [], |r| r.get(0))
        .unwrap();

    assert_eq!(stored, Sha256::digest(&token.msg).to_vec());
    let file = raw_database(&app);
    assert!(
        !contains(&file, &token.msg[token.msg.len() - 32..]),
        "the token itself is in the file"
    );
    assert!(
        !contains(&file, &token.signature[..32]),
        "the signature is in the file"
    );
}

#[tokio::test]
async fn p1_invites_are_a_hash_and_a_used_flag() {
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;
    app.obtain_token(&survey.id, &survey.codes[0]).await;

    let conn = Connection::open(&app.db_path).unwrap();
    let used: Vec<bool> = conn
        .prepare("SELECT used FROM invites ORDER BY used")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();

    assert_eq!(used, [false, false, false, false, true]);
    let file = raw_database(&app);
    for code in &survey.codes {
        assert!(
            !contains(&file, code.replace('-', "").as_bytes()),
            "an invite code is stored in clear"
        );
    }
}
