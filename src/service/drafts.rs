//! Changing a draft survey: its departments and its minimum group size.

use super::{Service, SurveyError, audit};
use crate::accounts::{Action, Actor};
use crate::store::DraftChange;
use crate::survey::{DepartmentEdit, MinGroupSize, SurveyId, SurveyStatus};

impl Service {
    /// Adds, renames or removes a department of a draft, and records it in
    /// the audit trail in the same transaction. A department with invites
    /// is removed only if `confirmed` (counted inside that transaction).
    /// Returns how many invites a removed department took with it.
    pub async fn edit_departments(
        &self,
        survey: &SurveyId,
        edit: DepartmentEdit,
        confirmed: bool,
        by: &Actor,
    ) -> Result<u64, SurveyError> {
        let (id, by, described) = (survey.clone(), by.clone(), edit.clone());
        let entry = move |removed: u64| {
            let detail = match &described {
                DepartmentEdit::Add(name) => format!("+ {name}"),
                DepartmentEdit::Rename { from, to } => format!("{from} → {to}"),
                DepartmentEdit::Remove(name) => format!("− {name} ({removed})"),
                DepartmentEdit::Merge { from, into } => format!("{from} ⇢ {into}"),
            };
            audit(&by, Action::DepartmentsChanged, &id, detail)
        };
        let department = match &edit {
            DepartmentEdit::Remove(name) => name.to_string(),
            _ => String::new(),
        };
        match self
            .store
            .edit_departments(survey, edit, confirmed, entry)
            .await?
        {
            DraftChange::HasInvites(invites) => Err(SurveyError::DepartmentHasInvites {
                department,
                invites,
            }),
            change => draft_change(change),
        }
    }

    pub async fn set_min_group_size(
        &self,
        survey: &SurveyId,
        k: MinGroupSize,
        by: &Actor,
    ) -> Result<(), SurveyError> {
        let entry = audit(
            by,
            Action::SettingsChanged,
            survey,
            format!("k = {}", k.get()),
        );
        draft_change(self.store.set_min_group_size(survey, k, entry).await?).map(drop)
    }
}

fn draft_change(change: DraftChange) -> Result<u64, SurveyError> {
    match change {
        DraftChange::Done { invites_removed } => Ok(invites_removed),
        DraftChange::NotFound => Err(SurveyError::NotFound),
        DraftChange::WrongStatus(actual) => Err(SurveyError::WrongStatus {
            expected: SurveyStatus::Draft,
            actual,
        }),
        DraftChange::Invalid(e) => Err(SurveyError::Departments(e)),
        DraftChange::HasInvites(invites) => Err(SurveyError::DepartmentHasInvites {
            department: String::new(),
            invites,
        }),
        DraftChange::FollowUpKeepsK(k) => Err(SurveyError::FollowUpKeepsK { k }),
    }
}
