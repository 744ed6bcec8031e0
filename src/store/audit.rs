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
