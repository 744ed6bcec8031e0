//! Schema migrations, embedded in the binary and run at every start.

use rusqlite_migration::{M, Migrations};

const STEPS: &[M<'static>] = &[M::up(include_str!("migrations/0001_initial.sql"))];

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
}
