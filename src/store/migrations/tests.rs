//! The migrations, each on a database of the version before it.

use rusqlite::{Connection, params};
use serde_json::json;

use super::*;
use crate::questionnaire::{Answers, DEFAULT_SOURCE};

fn columns(conn: &Connection, table: &str) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({table})"))
        .unwrap();
    stmt.query_map([], |row| row.get::<_, String>(1))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn the_migrations_are_valid() {
    migrations().validate().unwrap();
}

#[test]
fn migration_1_creates_tables_without_rowid_or_time_columns() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrations().to_version(&mut conn, 1).unwrap();
    for table in [
        "surveys",
        "departments",
        "invites",
        "spent_tokens",
        "responses",
    ] {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert!(sql.ends_with("WITHOUT ROWID"), "{table}");
        for column in columns(&conn, table) {
            assert!(
                !column.contains("time") && !column.contains("_at"),
                "{table}.{column}"
            );
        }
    }
    assert_eq!(
        columns(&conn, "responses"),
        ["id", "survey_id", "department", "answers"]
    );
}

#[test]
fn migration_2_adds_admin_tables_that_refer_to_no_employee_data() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrations().to_version(&mut conn, 2).unwrap();
    for table in [
        "admin_accounts",
        "admin_sessions",
        "admin_audit",
        "server_secrets",
    ] {
        let referenced: Vec<String> = conn
            .prepare(&format!(
                "SELECT \"table\" FROM pragma_foreign_key_list('{table}')"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            referenced.iter().all(|t| t.starts_with("admin_")),
            "{table} refers to {referenced:?}"
        );
        for column in columns(&conn, table) {
            for employee_data in ["response", "token", "invite", "code", "answer"] {
                assert!(!column.contains(employee_data), "{table}.{column}");
            }
        }
    }
}

/// A database as version 2 left it: one open survey with two departments,
/// five invites (two used, one still mid-retry), two JSON responses.
fn version_2_with_data() -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    migrations().to_version(&mut conn, 2).unwrap();
    conn.execute(
        "INSERT INTO surveys (id, title, status, questionnaire) VALUES ('s', 'T', 'open', ?1)",
        [DEFAULT_SOURCE],
    )
    .unwrap();
    for (position, name) in ["Salg", "Lager"].iter().enumerate() {
        conn.execute(
            "INSERT INTO departments (survey_id, name, position) VALUES ('s', ?1, ?2)",
            params![name, position],
        )
        .unwrap();
    }
    for (i, (department, used)) in [
        ("Salg", 1),
        ("Salg", 1),
        ("Salg", 0),
        ("Lager", 0),
        ("Lager", 0),
    ]
    .iter()
    .enumerate()
    {
        let blinded = (*used == 1).then_some(vec![7u8; 32]);
        conn.execute(
            "INSERT INTO invites (code_hash, survey_id, department, used, blinded_hash)
             VALUES (?1, 's', ?2, ?3, ?4)",
            params![vec![i as u8; 32], department, used, blinded],
        )
        .unwrap();
    }
    let answers = json!({
        "platform_use": { "linkedin": "daily", "facebook": "never", "instagram": "never",
            "x": "never", "tiktok": "never", "youtube": "never", "snapchat": "never",
            "blog": "never", "intranet": "weekly" },
        "shares_work": "often", "willingness": "5", "course_interest": "yes",
        "guidelines_help": "no", "barriers": ["no_time"]
    });
    for id in [1u8, 2] {
        conn.execute(
            "INSERT INTO responses (id, survey_id, department, answers) VALUES (?1, 's', 'Salg', ?2)",
            params![vec![id; 16], answers.to_string()],
        )
        .unwrap();
    }
    conn
}

#[test]
fn migration_3_turns_responses_into_ballots_and_keeps_every_answer_and_invite() {
    let mut conn = version_2_with_data();

    migrations().to_latest(&mut conn).unwrap();

    let q = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
    let ballots: Vec<(String, bool, Vec<u8>)> = conn
        .prepare("SELECT department, filled, answers FROM ballots ORDER BY department, filled")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    // Lager: two invites, no answer; Salg: three invites, two answers.
    let shape: Vec<(&str, bool)> = ballots.iter().map(|b| (b.0.as_str(), b.1)).collect();
    assert_eq!(
        shape,
        [
            ("Lager", false),
            ("Lager", false),
            ("Salg", false),
            ("Salg", true),
            ("Salg", true)
        ]
    );
    for (_, filled, record) in &ballots {
        assert_eq!(record.len(), q.record_width());
        let answers = Answers::from_record(&q, record).unwrap();
        assert_eq!(answers.entries().is_empty(), !filled);
    }
    let invites: Vec<(bool, Vec<u8>, Vec<u8>)> = conn
        .prepare("SELECT used, blinded_hash, blind_sig FROM invites ORDER BY code_hash")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(invites.len(), 5);
    assert_eq!(invites[0], (true, vec![7; 32], vec![0; 256]));
    assert_eq!(invites[4], (false, vec![0; 32], vec![0; 256]));
    assert!(conn.prepare("SELECT 1 FROM responses").is_err());
}

#[test]
fn migration_10_numbers_each_departments_ballots_from_nought_in_id_order() {
    let mut conn = version_2_with_data();
    migrations().to_version(&mut conn, 7).unwrap();
    let before: Vec<(String, Vec<u8>)> = conn
        .prepare("SELECT department, id FROM ballots ORDER BY department, id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();

    migrations().to_latest(&mut conn).unwrap();

    let after: Vec<(String, Vec<u8>, i64)> = conn
        .prepare("SELECT department, id, slot FROM ballots ORDER BY department, id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let kept: Vec<(String, Vec<u8>)> = after.iter().map(|b| (b.0.clone(), b.1.clone())).collect();
    assert_eq!(kept, before);
    let slots: Vec<(&str, i64)> = after.iter().map(|b| (b.0.as_str(), b.2)).collect();
    assert_eq!(
        slots,
        [
            ("Lager", 0),
            ("Lager", 1),
            ("Salg", 0),
            ("Salg", 1),
            ("Salg", 2)
        ]
    );
}

#[test]
fn migration_8_links_a_follow_up_that_follows_renames_and_outlives_its_baseline_as_a_plain_survey()
{
    let mut conn = Connection::open_in_memory().unwrap();
    migrations().to_latest(&mut conn).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    for table in ["follow_ups", "follow_up_departments", "follow_up_pilots"] {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert!(sql.ends_with("WITHOUT ROWID"), "{table}");
    }
    conn.execute_batch(
        "INSERT INTO surveys (id, title, status, questionnaire) VALUES
             ('b', 'Baseline', 'closed', ''), ('f', 'Follow-up', 'draft', '');
         INSERT INTO departments (survey_id, name, position) VALUES
             ('b', 'Salg', 0), ('b', 'Lager', 1), ('f', 'Salg', 0);
         INSERT INTO follow_ups (survey_id, baseline_id) VALUES ('f', 'b');
         INSERT INTO follow_up_departments (survey_id, baseline, department) VALUES ('f', 'Salg', 'Salg');
         INSERT INTO follow_up_pilots (survey_id, baseline) VALUES ('f', 'Lager');
         UPDATE departments SET name = 'Sælg' WHERE survey_id = 'f';",
    )
    .unwrap();
    let linked: String = conn
        .query_row("SELECT department FROM follow_up_departments", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(linked, "Sælg");
    let split = conn.execute(
        "INSERT INTO follow_up_departments (survey_id, baseline, department) VALUES ('f', 'Salg', 'Sælg')",
        [],
    );
    assert!(split.is_err(), "a baseline department continued twice");

    conn.execute("DELETE FROM surveys WHERE id = 'b'", [])
        .unwrap();

    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        [
            count("follow_ups"),
            count("follow_up_departments"),
            count("follow_up_pilots")
        ],
        [0, 0, 0]
    );
    assert_eq!(count("surveys"), 1);
}
