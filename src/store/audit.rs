//! The audit trail of HR's actions.

use rusqlite::{Connection, params};

use super::decode::{corrupt, survey_id};
use super::{Store, StoreError};
use crate::accounts::{Action, AuditEntry};
use crate::survey::SurveyId;

/// Writes a line of the trail inside the transaction of the action it
/// records, so an action is never recorded without its line or the reverse.
pub(super) fn record(conn: &Connection, entry: &AuditEntry) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO admin_audit (at, actor, action, survey_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        entry.at,
        entry.actor,
        entry.action.as_str(),
        entry.survey.as_ref().map(SurveyId::as_str),
        entry.detail
    ])?;
    Ok(())
}

impl Store {
    /// Records an action that changes nothing else, such as an export:
    /// the line alone is its transaction.
    pub async fn record_audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        self.write(move |conn| record(conn, &entry)).await
    }

    /// When a survey was last opened and last closed, from the trail.
    pub async fn opened_and_closed(
        &self,
        survey: &SurveyId,
    ) -> Result<(Option<i64>, Option<i64>), StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT action, MAX(at) FROM admin_audit
                 WHERE survey_id = ?1 AND action IN (?2, ?3) GROUP BY action",
            )?;
            let opened = Action::SurveyOpened.as_str();
            let closed = Action::SurveyClosed.as_str();
            let rows = stmt.query_map([survey.as_str(), opened, closed], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?;
            let mut times = (None, None);
            for row in rows {
                match row? {
                    (action, at) if action == opened => times.0 = Some(at),
                    (_, at) => times.1 = Some(at),
                }
            }
            Ok(times)
        })
        .await
    }

    /// The latest `limit` entries, newest first.
    pub async fn audit_trail(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT at, actor, action, survey_id, detail FROM admin_audit
                 ORDER BY id DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (at, actor, action, survey, detail) = row?;
                out.push(AuditEntry {
                    at,
                    actor,
                    action: Action::parse(&action)
                        .ok_or_else(|| corrupt(format!("audit action {action:?}")))?,
                    survey: survey.map(survey_id).transpose()?,
                    detail,
                });
            }
            Ok(out)
        })
        .await
    }
}
