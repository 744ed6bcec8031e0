//! Follow-up surveys: made from a closed baseline with the link between
//! their departments, read back with the follow-up's current names.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::{department, status, survey_id};
use super::surveys::{NewSurvey, current_status, insert_survey};
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::follow_up::{Continues, Link};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

/// A follow-up to create: the draft itself, its baseline, and the link.
pub struct NewFollowUp {
    pub survey: NewSurvey,
    pub baseline: SurveyId,
    pub link: Link,
}

#[derive(Debug, PartialEq, Eq)]
pub enum FollowUpOutcome {
    Done,
    BaselineNotFound,
    /// The baseline is not closed (checked again inside the transaction).
    BaselineNotClosed(SurveyStatus),
}

/// A follow-up as its baseline's page lists it.
#[derive(Debug, Clone)]
pub struct FollowUpSummary {
    pub id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
}

impl Store {
    /// Creates the follow-up draft, its departments, its link to the
    /// baseline and `audit`'s line in one transaction: all or nothing.
    pub async fn create_follow_up(
        &self,
        new: NewFollowUp,
        audit: AuditEntry,
    ) -> Result<FollowUpOutcome, StoreError> {
        self.write(move |conn| {
            match current_status(conn, &new.baseline)? {
                None => return Ok(FollowUpOutcome::BaselineNotFound),
                Some(SurveyStatus::Closed) => {}
                Some(other) => return Ok(FollowUpOutcome::BaselineNotClosed(other)),
            }
            insert_survey(conn, &new.survey)?;
            let id = new.survey.id.as_str();
            conn.execute(
                "INSERT INTO follow_ups (survey_id, baseline_id) VALUES (?1, ?2)",
                params![id, new.baseline.as_str()],
            )?;
            let mut link = conn.prepare_cached(
                "INSERT INTO follow_up_departments (survey_id, baseline, department)
                 VALUES (?1, ?2, ?3)",
            )?;
            for c in &new.link.departments {
                for b in &c.baseline {
                    link.execute(params![id, b.as_str(), c.department.as_str()])?;
                }
            }
            let mut pilot = conn.prepare_cached(
                "INSERT INTO follow_up_pilots (survey_id, baseline) VALUES (?1, ?2)",
            )?;
            for p in &new.link.pilots {
                pilot.execute(params![id, p.as_str()])?;
            }
            super::audit::record(conn, &audit)?;
            Ok(FollowUpOutcome::Done)
        })
        .await
    }

    /// The baseline of `survey` and the link, with the follow-up's
    /// departments as they are named now, in its order (new ones with
    /// nothing continued); `None` when it is no follow-up.
    pub async fn follow_up_of(
        &self,
        survey: &SurveyId,
    ) -> Result<Option<(SurveyId, Link)>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| load_link(conn, &survey)).await
    }

    /// The follow-ups made from `baseline`.
    pub async fn follow_ups(
        &self,
        baseline: &SurveyId,
    ) -> Result<Vec<FollowUpSummary>, StoreError> {
        let baseline = baseline.clone();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT s.id, s.title, s.status FROM follow_ups f JOIN surveys s ON s.id = f.survey_id
                 WHERE f.baseline_id = ?1 ORDER BY s.title, s.id",
            )?;
            let rows = stmt.query_map([baseline.as_str()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, title, st) = row?;
                out.push(FollowUpSummary {
                    id: survey_id(id)?,
                    title,
                    status: status(&st)?,
                });
            }
            Ok(out)
        })
        .await
    }
}

/// The k of the baseline `survey` follows up; `None` for a survey of its own.
pub(super) fn baseline_k(conn: &Connection, survey: &SurveyId) -> Result<Option<u32>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT s.min_group_size FROM follow_ups f JOIN surveys s ON s.id = f.baseline_id
             WHERE f.survey_id = ?1",
        )?
        .query_row([survey.as_str()], |r| r.get(0))
        .optional()?)
}

fn load_link(conn: &Connection, survey: &SurveyId) -> Result<Option<(SurveyId, Link)>, StoreError> {
    let baseline: Option<String> = conn
        .prepare_cached("SELECT baseline_id FROM follow_ups WHERE survey_id = ?1")?
        .query_row([survey.as_str()], |r| r.get(0))
        .optional()?;
    let Some(baseline) = baseline else {
        return Ok(None);
    };
    let baseline = survey_id(baseline)?;
    // Each follow-up department with what it continues, the baseline's
    // departments in the baseline's order.
    let mut stmt = conn.prepare_cached(
        "SELECT d.name, l.baseline FROM departments d
         LEFT JOIN follow_up_departments l ON l.survey_id = d.survey_id AND l.department = d.name
         LEFT JOIN departments b ON b.survey_id = ?2 AND b.name = l.baseline
         WHERE d.survey_id = ?1 ORDER BY d.position, b.position, l.baseline",
    )?;
    let rows = stmt.query_map(params![survey.as_str(), baseline.as_str()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut departments: Vec<Continues> = Vec::new();
    for row in rows {
        let (name, continued) = row?;
        let name = department(&name)?;
        if departments.last().is_none_or(|c| c.department != name) {
            departments.push(Continues {
                department: name,
                baseline: Vec::new(),
            });
        }
        if let (Some(c), Some(b)) = (departments.last_mut(), continued) {
            c.baseline.push(department(&b)?);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT p.baseline FROM follow_up_pilots p
         LEFT JOIN departments b ON b.survey_id = ?2 AND b.name = p.baseline
         WHERE p.survey_id = ?1 ORDER BY b.position, p.baseline",
    )?;
    let pilots = stmt
        .query_map(params![survey.as_str(), baseline.as_str()], |r| {
            r.get::<_, String>(0)
        })?
        .map(|name| department(&name?))
        .collect::<Result<Vec<DepartmentName>, _>>()?;
    Ok(Some((
        baseline,
        Link {
            departments,
            pilots,
        },
    )))
}
