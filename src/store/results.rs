//! A closed survey's answers, read once to be counted, and what is kept of
//! that count.

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::SurveyId;

/// What is kept about a closed survey's results.
#[derive(Debug, Clone, Default)]
pub struct SavedResults {
    /// `report::results::Tally` as JSON, if counted.
    pub tally: Option<String>,
    /// `report::results::Results` as JSON, if published.
    pub publication: Option<String>,
    pub goal: String,
    /// `[[platform, followers], …]` as JSON.
    pub company_followers: String,
}

impl Store {
    /// Folds every filled ballot of a survey, `(department, answer record)`,
    /// into `state`: one pass, one ballot in memory at a time.
    pub async fn fold_answers<S, F>(
        &self,
        survey: &SurveyId,
        state: S,
        f: F,
    ) -> Result<S, StoreError>
    where
        S: Send + 'static,
        F: FnMut(&mut S, &str, &[u8]) -> Result<(), StoreError> + Send + 'static,
    {
        let survey = survey.clone();
        let mut f = f;
        self.read(move |conn| {
            let mut state = state;
            let mut stmt = conn.prepare_cached(
                "SELECT department, answers FROM ballots WHERE survey_id = ?1 AND filled = 1",
            )?;
            let mut rows = stmt.query([survey.as_str()])?;
            while let Some(row) = rows.next()? {
                let department = row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
                let record = row.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
                f(&mut state, department, record)?;
            }
            Ok(state)
        })
        .await
    }

    pub async fn saved_results(&self, survey: &SurveyId) -> Result<SavedResults, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT tally, goal, company_followers, publication
                     FROM survey_results WHERE survey_id = ?1",
                )?
                .query_row([survey.as_str()], |r| {
                    Ok(SavedResults {
                        tally: r.get(0)?,
                        goal: r.get(1)?,
                        company_followers: r.get(2)?,
                        publication: r.get(3)?,
                    })
                })
                .optional()?;
            Ok(row.unwrap_or_else(|| SavedResults {
                company_followers: "[]".to_owned(),
                goal: "brand_awareness".to_owned(),
                tally: None,
                publication: None,
            }))
        })
        .await
    }

    /// Keeps the count of a closed survey's answers.
    pub async fn save_tally(&self, survey: &SurveyId, tally: String) -> Result<(), StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO survey_results (survey_id, tally) VALUES (?1, ?2)
                 ON CONFLICT (survey_id) DO UPDATE SET tally = excluded.tally",
            )?
            .execute(params![survey.as_str(), tally])?;
            Ok(())
        })
        .await
    }

    /// Keeps the count of a closed survey's answers and their publication,
    /// in one transaction.
    pub async fn save_publication(
        &self,
        survey: &SurveyId,
        tally: String,
        publication: String,
    ) -> Result<(), StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO survey_results (survey_id, tally, publication) VALUES (?1, ?2, ?3)
                 ON CONFLICT (survey_id) DO UPDATE
                 SET tally = excluded.tally, publication = excluded.publication",
            )?
            .execute(params![survey.as_str(), tally, publication])?;
            Ok(())
        })
        .await
    }

    /// HR's settings for reading the results, recorded with `audit`.
    pub async fn save_results_settings(
        &self,
        survey: &SurveyId,
        goal: String,
        company_followers: String,
        audit: AuditEntry,
    ) -> Result<(), StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO survey_results (survey_id, goal, company_followers) VALUES (?1, ?2, ?3)
                 ON CONFLICT (survey_id) DO UPDATE
                 SET goal = excluded.goal, company_followers = excluded.company_followers",
            )?
            .execute(params![survey.as_str(), goal, company_followers])?;
            super::audit::record(conn, &audit)?;
            Ok(())
        })
        .await
    }
}
