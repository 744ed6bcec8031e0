//! Changing a draft survey: its departments and its minimum group size.

use rusqlite::{Connection, params};

use super::decode::department;
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::{
    DepartmentEdit, Departments, DepartmentsError, MinGroupSize, SurveyId, SurveyStatus,
};

#[derive(Debug, PartialEq, Eq)]
pub enum DraftChange {
    /// Done; a removed department took this many invites with it.
    Done {
        invites_removed: u64,
    },
    NotFound,
    WrongStatus(SurveyStatus),
    Invalid(DepartmentsError),
    /// Not done: removing the department would take this many invites,
    /// and that was not confirmed.
    HasInvites(u64),
    /// Not done: a follow-up keeps its baseline's k, this one.
    FollowUpKeepsK(u32),
}

impl Store {
    /// Applies one change to a draft's departments, and records it with
    /// `audit` (given how many invites went). A removed department's
    /// invites go with it (the schema cascades), but only if `confirmed`:
    /// the count is taken inside this transaction, so invites made a moment
    /// ago are not removed unseen. A renamed department keeps its invites.
    pub async fn edit_departments(
        &self,
        survey: &SurveyId,
        edit: DepartmentEdit,
        confirmed: bool,
        audit: impl FnOnce(u64) -> AuditEntry + Send + 'static,
    ) -> Result<DraftChange, StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            if let Some(refusal) = unless_draft(conn, &survey)? {
                return Ok(refusal);
            }
            // Checked against the list as it is inside this transaction.
            if let Err(e) = departments(conn, &survey)?.apply(&edit) {
                return Ok(DraftChange::Invalid(e));
            }
            if let DepartmentEdit::Remove(name) = &edit {
                let invites = invites_of(conn, &survey, name)?;
                if invites > 0 && !confirmed {
                    return Ok(DraftChange::HasInvites(invites));
                }
            }
            let invites_removed = apply(conn, &survey, &edit)?;
            super::audit::record(conn, &audit(invites_removed))?;
            Ok(DraftChange::Done { invites_removed })
        })
        .await
    }

    pub async fn set_min_group_size(
        &self,
        survey: &SurveyId,
        k: MinGroupSize,
        audit: AuditEntry,
    ) -> Result<DraftChange, StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            if let Some(refusal) = unless_draft(conn, &survey)? {
                return Ok(refusal);
            }
            // The comparison with the baseline needs one k in both waves.
            match super::follow_ups::baseline_k(conn, &survey)? {
                Some(same) if same != k.get() => return Ok(DraftChange::FollowUpKeepsK(same)),
                _ => {}
            }
            conn.execute(
                "UPDATE surveys SET min_group_size = ?1 WHERE id = ?2",
                params![k.get(), survey.as_str()],
            )?;
            super::audit::record(conn, &audit)?;
            Ok(DraftChange::Done { invites_removed: 0 })
        })
        .await
    }
}

fn invites_of(
    conn: &Connection,
    survey: &SurveyId,
    name: &crate::survey::DepartmentName,
) -> Result<u64, StoreError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM invites WHERE survey_id = ?1 AND department = ?2",
        params![survey.as_str(), name.as_str()],
        |r| r.get(0),
    )?)
}

fn unless_draft(conn: &Connection, survey: &SurveyId) -> Result<Option<DraftChange>, StoreError> {
    Ok(match current_status(conn, survey)? {
        None => Some(DraftChange::NotFound),
        Some(SurveyStatus::Draft) => None,
        Some(other) => Some(DraftChange::WrongStatus(other)),
    })
}

fn departments(conn: &Connection, survey: &SurveyId) -> Result<Departments, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT name FROM departments WHERE survey_id = ?1 ORDER BY position")?;
    let names = stmt
        .query_map([survey.as_str()], |r| r.get::<_, String>(0))?
        .map(|name| department(&name?))
        .collect::<Result<Vec<_>, _>>()?;
    // As stored: names made before today's rules must still be edited.
    Ok(Departments::existing(names))
}

fn apply(conn: &Connection, survey: &SurveyId, edit: &DepartmentEdit) -> Result<u64, StoreError> {
    let id = survey.as_str();
    match edit {
        DepartmentEdit::Add(name) => {
            conn.execute(
                "INSERT INTO departments (survey_id, name, position)
                 SELECT ?1, ?2, coalesce(max(position), -1) + 1 FROM departments
                 WHERE survey_id = ?1",
                params![id, name.as_str()],
            )?;
            Ok(0)
        }
        DepartmentEdit::Rename { from, to } => {
            conn.execute(
                "UPDATE departments SET name = ?3 WHERE survey_id = ?1 AND name = ?2",
                params![id, from.as_str(), to.as_str()],
            )?;
            Ok(0)
        }
        DepartmentEdit::Remove(name) => {
            let invites = invites_of(conn, survey, name)?;
            conn.execute(
                "DELETE FROM departments WHERE survey_id = ?1 AND name = ?2",
                params![id, name.as_str()],
            )?;
            Ok(invites)
        }
        DepartmentEdit::Merge { from, into } => {
            // A draft: nothing is used, so moving rows reveals no order.
            // A follow-up's link moves too: the merged department goes on
            // continuing what both did.
            for table in ["invites", "invite_batches", "follow_up_departments"] {
                conn.execute(
                    &format!(
                        "UPDATE {table} SET department = ?3 WHERE survey_id = ?1 AND department = ?2"
                    ),
                    params![id, from.as_str(), into.as_str()],
                )?;
            }
            super::ballots::move_all(conn, id, from.as_str(), into.as_str())?;
            conn.execute(
                "DELETE FROM departments WHERE survey_id = ?1 AND name = ?2",
                params![id, from.as_str()],
            )?;
            Ok(0)
        }
    }
}
