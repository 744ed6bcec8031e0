//! Schema migrations, embedded in the binary and run at every start.

use rusqlite_migration::{M, Migrations};

const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_admin.sql")),
];

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(STEPS)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;

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
}
