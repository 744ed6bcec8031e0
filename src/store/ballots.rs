//! The ballot box: spent tokens, and ballots that answers fill in place.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::corrupt;
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::TokenHash;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordOutcome {
    Stored,
    TokenSpent,
    SurveyNotOpen(Option<SurveyStatus>),
}

impl Store {
    /// Spends a token and fills one of its department's empty ballots in one
    /// transaction: both or neither. Which ballot is chosen at random; it was
    /// made with some invite of the department, never this token's own
    /// (which the server cannot know), and shares nothing with the token.
    pub async fn record_response(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        token: TokenHash,
        start: [u8; 16],
        record: Vec<u8>,
    ) -> Result<RecordOutcome, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.write(move |conn| {
            match current_status(conn, &survey)? {
                Some(SurveyStatus::Open) => {}
                other => return Ok(RecordOutcome::SurveyNotOpen(other)),
            }
            let spent = conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO spent_tokens (token_hash, survey_id) VALUES (?1, ?2)",
                )?
                .execute(params![&token.0[..], survey.as_str()])?;
            if spent == 0 {
                return Ok(RecordOutcome::TokenSpent);
            }
            let ballot = empty_ballot(conn, &survey, &department, &start)?
                .ok_or_else(|| corrupt(format!("no empty ballot left in {department}")))?;
            // Same width as the empty record, so SQLite rewrites it in place.
            let filled = conn
                .prepare_cached(
                    "UPDATE ballots SET filled = 1, answers = ?4
                     WHERE survey_id = ?1 AND department = ?2 AND id = ?3
                       AND filled = 0 AND length(answers) = length(?4)",
                )?
                .execute(params![
                    survey.as_str(),
                    department.as_str(),
                    ballot,
                    record
                ])?;
            if filled != 1 {
                return Err(corrupt("an answer record of the wrong width"));
            }
            Ok(RecordOutcome::Stored)
        })
        .await
    }
}

/// The first empty ballot of the department at or after the random `start`,
/// wrapping around.
fn empty_ballot(
    conn: &Connection,
    survey: &SurveyId,
    department: &DepartmentName,
    start: &[u8; 16],
) -> Result<Option<Vec<u8>>, StoreError> {
    let mut find = conn.prepare_cached(
        "SELECT id FROM ballots
         WHERE survey_id = ?1 AND department = ?2 AND id >= ?3 AND filled = 0
         ORDER BY id LIMIT 1",
    )?;
    let (s, d) = (survey.as_str(), department.as_str());
    let after = find
        .query_row(params![s, d, &start[..]], |r| r.get(0))
        .optional()?;
    match after {
        Some(id) => Ok(Some(id)),
        None => Ok(find
            .query_row(params![s, d, &[0u8; 0][..]], |r| r.get(0))
            .optional()?),
    }
}
