//! For the store's unit tests: a database in memory, migrated, with a survey.

use rusqlite::Connection;

use crate::questionnaire::DEFAULT_SOURCE;
use crate::survey::SurveyId;

/// A fresh database at the latest version holding one open survey.
pub(super) fn open_survey() -> (Connection, SurveyId) {
    let mut conn = Connection::open_in_memory().unwrap();
    super::migrations::migrations()
        .to_latest(&mut conn)
        .unwrap();
    let survey = SurveyId::generate().unwrap();
    conn.execute(
        "INSERT INTO surveys (id, title, status, questionnaire) VALUES (?1, 'T', 'open', ?2)",
        [survey.as_str(), DEFAULT_SOURCE],
    )
    .unwrap();
    (conn, survey)
}
