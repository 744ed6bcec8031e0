//! The ballot box: spent tokens and anonymous responses.

use rusqlite::params;

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
    /// Spends a token and stores a response in one transaction: both or
    /// neither. The response's id is random and shares nothing with the token.
    pub async fn record_response(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        token: TokenHash,
        response_id: [u8; 16],
        answers: String,
    ) -> Result<RecordOutcome, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.write(move |conn| {
            match current_status(conn, &survey)? {
                Some(SurveyStatus::Open) => {}
                other => return Ok(RecordOutcome::SurveyNotOpen(other)),
            }
            let spent = conn
                .prepare_cached("INSERT OR IGNORE INTO spent_tokens (token_hash, survey_id) VALUES (?1, ?2)")?
                .execute(params![&token.0[..], survey.as_str()])?;
            if spent == 0 {
                return Ok(RecordOutcome::TokenSpent);
            }
            conn.prepare_cached(
                "INSERT INTO responses (id, survey_id, department, answers) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![&response_id[..], survey.as_str(), department.as_str(), answers])?;
            Ok(RecordOutcome::Stored)
        })
        .await
    }
}
