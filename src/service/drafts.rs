//! Changing a draft survey, and the audit trail of HR's actions.

use super::{Service, ServiceError};
use crate::accounts::{Action, Actor, AuditEntry};
use crate::service::accounts::now;
use crate::store::DraftChange;
use crate::survey::{DepartmentEdit, MinGroupSize, SurveyId, SurveyStatus};

impl Service {
    /// Adds, renames or removes a department of a draft. Returns how many
    /// invites a removed department took with it.
    pub async fn edit_departments(
        &self,
        survey: &SurveyId,
        edit: DepartmentEdit,
    ) -> Result<u64, ServiceError> {
        draft_change(self.store.edit_departments(survey, edit).await?)
    }

    pub async fn set_min_group_size(
        &self,
        survey: &SurveyId,
        k: MinGroupSize,
    ) -> Result<(), ServiceError> {
        draft_change(self.store.set_min_group_size(survey, k).await?).map(drop)
    }

    /// Writes a line of the audit trail.
    pub async fn audit(
        &self,
        actor: &Actor,
        action: Action,
        survey: Option<&SurveyId>,
        detail: impl Into<String>,
    ) -> Result<(), ServiceError> {
        let entry = AuditEntry {
            at: now(),
            actor: actor.to_string(),
            action,
            survey: survey.cloned(),
            detail: detail.into(),
        };
        Ok(self.store.record_audit(entry).await?)
    }

    /// The latest entries of the audit trail, newest first.
    pub async fn audit_trail(&self, limit: u32) -> Result<Vec<AuditEntry>, ServiceError> {
        Ok(self.store.audit_trail(limit).await?)
    }
}

fn draft_change(change: DraftChange) -> Result<u64, ServiceError> {
    match change {
        DraftChange::Done { invites_removed } => Ok(invites_removed),
        DraftChange::NotFound => Err(ServiceError::SurveyNotFound),
        DraftChange::WrongStatus(actual) => Err(ServiceError::WrongStatus {
            expected: SurveyStatus::Draft,
            actual,
        }),
        DraftChange::Invalid(e) => Err(ServiceError::Departments(e)),
    }
}
