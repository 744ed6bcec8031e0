//! The audit trail of HR's actions.

use rusqlite::params;

use super::surveys::{corrupt, survey_id};
use super::{Store, StoreError};
use crate::accounts::{Action, AuditEntry};

impl Store {
    pub async fn record_audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO admin_audit (at, actor, action, survey_id, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                entry.at,
                entry.actor,
                entry.action.as_str(),
                entry
                    .survey
                    .as_ref()
                    .map(super::super::survey::SurveyId::as_str),
                entry.detail
            ])?;
            Ok(())
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
