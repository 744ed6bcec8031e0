//! HR's batches of invites: what was made, how much of it is used, and
//! voiding what was lost (a sheet of slips never printed, say).

use rusqlite::params;

use super::decode::department;
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::invites::InviteBatchSummary;
use crate::survey::{SurveyId, SurveyStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoidOutcome {
    /// This many unused invites are gone.
    Voided(u64),
    NoSuchBatch,
    SurveyClosed,
    /// The survey is open, and the department would keep this many invites:
    /// some, but fewer than *k* (rule P10).
    TooFew {
        k: u32,
        invites: u64,
    },
}

impl Store {
    /// The batches of a survey, oldest first.
    pub async fn batches(&self, survey: &SurveyId) -> Result<Vec<InviteBatchSummary>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT b.id, b.department, b.format, b.made_by, b.size,
                    (SELECT count(*) FROM invites i WHERE i.batch = b.id),
                    (SELECT count(*) FROM invites i WHERE i.batch = b.id AND i.used = 1)
                 FROM invite_batches b WHERE b.survey_id = ?1 ORDER BY b.id",
            )?;
            let rows = stmt.query_map([survey.as_str()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?;
            let mut out = Vec::new();
            for (number, row) in rows.enumerate() {
                let (id, d, format, made_by, made, remaining, used) = row?;
                out.push(InviteBatchSummary {
                    number: number as u64 + 1,
                    id,
                    department: department(&d)?,
                    format,
                    made_by,
                    made,
                    remaining,
                    used,
                });
            }
            Ok(out)
        })
        .await
    }

    /// Deletes a batch's unused invites, and as many of its department's
    /// empty ballots, so every used invite still has a ballot to fill; a
    /// deleted code is unknown from then on. Used invites stay. Recorded
    /// with `audit` (given how many were voided) in the same transaction.
    pub async fn void_batch(
        &self,
        survey: &SurveyId,
        batch: i64,
        audit: impl FnOnce(u64) -> AuditEntry + Send + 'static,
    ) -> Result<VoidOutcome, StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            let open = match current_status(conn, &survey)? {
                Some(SurveyStatus::Draft) => false,
                Some(SurveyStatus::Open) => true,
                _ => return Ok(VoidOutcome::SurveyClosed),
            };
            let department: Option<String> = conn
                .query_row(
                    "SELECT department FROM invite_batches WHERE id = ?1 AND survey_id = ?2",
                    params![batch, survey.as_str()],
                    |r| r.get(0),
                )
                .ok();
            let Some(department) = department else {
                return Ok(VoidOutcome::NoSuchBatch);
            };
            if open {
                let name = super::decode::department(&department)?;
                let (k, invites) = super::keys::size_against_k(conn, &survey, &name)?;
                let unused: u64 = conn.query_row(
                    "SELECT count(*) FROM invites WHERE batch = ?1 AND used = 0",
                    params![batch],
                    |r| r.get(0),
                )?;
                let left = invites - unused;
                if left > 0 && left < u64::from(k) {
                    return Ok(VoidOutcome::TooFew { k, invites: left });
                }
            }
            let voided = conn.execute(
                "DELETE FROM invites WHERE batch = ?1 AND used = 0",
                params![batch],
            )? as u64;
            conn.execute(
                "DELETE FROM ballots WHERE (survey_id, department, id) IN (
                     SELECT survey_id, department, id FROM ballots
                     WHERE survey_id = ?1 AND department = ?2 AND filled = 0 LIMIT ?3)",
                params![survey.as_str(), department, voided],
            )?;
            conn.execute(
                "UPDATE invite_batches SET voided = voided + ?1 WHERE id = ?2",
                params![voided, batch],
            )?;
            super::audit::record(conn, &audit(voided))?;
            Ok(VoidOutcome::Voided(voided))
        })
        .await
    }
}
