//! Surveys and their departments' keys.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::{corrupt, department, key_id, status, survey_id};
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::{
    DepartmentName, Departments, MinGroupSize, SurveyId, SurveyStatus, SurveyTitle,
};
use crate::tokens::KeyId;

pub struct NewSurvey {
    pub id: SurveyId,
    pub title: SurveyTitle,
    pub departments: Departments,
    pub questionnaire: String,
    pub min_group_size: MinGroupSize,
}

#[derive(Debug, Clone)]
pub struct DepartmentRecord {
    pub name: DepartmentName,
    /// The public key (fingerprint and SPKI DER), once the survey has opened.
    pub key: Option<(KeyId, Vec<u8>)>,
}

#[derive(Debug, Clone)]
pub struct SurveyRecord {
    pub id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
    pub min_group_size: MinGroupSize,
    pub questionnaire: String,
    pub departments: Vec<DepartmentRecord>,
}

#[derive(Debug, Clone)]
pub struct SurveySummary {
    pub id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
    pub departments: u64,
    pub invites: u64,
    pub tokens: u64,
    pub responses: u64,
}

impl Store {
    pub async fn create_survey(&self, new: NewSurvey, audit: AuditEntry) -> Result<(), StoreError> {
        self.write(move |conn| {
            insert_survey(conn, &new)?;
            super::audit::record(conn, &audit)?;
            Ok(())
        })
        .await
    }

    pub async fn survey(&self, id: &SurveyId) -> Result<Option<SurveyRecord>, StoreError> {
        let id = id.clone();
        self.read(move |conn| load_survey(conn, &id)).await
    }

    pub async fn survey_status(&self, id: &SurveyId) -> Result<Option<SurveyStatus>, StoreError> {
        let id = id.clone();
        self.read(move |conn| current_status(conn, &id)).await
    }

    pub async fn list_surveys(&self) -> Result<Vec<SurveySummary>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT s.id, s.title, s.status,
                    (SELECT count(*) FROM departments d WHERE d.survey_id = s.id),
                    (SELECT count(*) FROM invites i WHERE i.survey_id = s.id),
                    (SELECT count(*) FROM invites i WHERE i.survey_id = s.id AND i.used = 1),
                    (SELECT count(*) FROM ballots b WHERE b.survey_id = s.id AND b.filled = 1)
                 FROM surveys s ORDER BY s.title, s.id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, String>(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, title, st, departments, invites, tokens, responses) = row?;
                out.push(SurveySummary {
                    id: survey_id(id)?,
                    title,
                    status: status(&st)?,
                    departments,
                    invites,
                    tokens,
                    responses,
                });
            }
            Ok(out)
        })
        .await
    }
}

/// A draft and its departments, inside the caller's transaction.
pub(super) fn insert_survey(conn: &Connection, new: &NewSurvey) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO surveys (id, title, min_group_size, questionnaire) VALUES (?1, ?2, ?3, ?4)",
        params![
            new.id.as_str(),
            new.title.as_str(),
            new.min_group_size.get(),
            new.questionnaire
        ],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO departments (survey_id, name, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, name) in new.departments.names().iter().enumerate() {
        insert.execute(params![new.id.as_str(), name.as_str(), position])?;
    }
    Ok(())
}

pub(super) fn current_status(
    conn: &Connection,
    id: &SurveyId,
) -> Result<Option<SurveyStatus>, StoreError> {
    let raw: Option<String> = conn
        .prepare_cached("SELECT status FROM surveys WHERE id = ?1")?
        .query_row([id.as_str()], |r| r.get(0))
        .optional()?;
    raw.map(|s| status(&s)).transpose()
}

fn load_survey(conn: &Connection, id: &SurveyId) -> Result<Option<SurveyRecord>, StoreError> {
    let row = conn
        .query_row(
            "SELECT title, status, min_group_size, questionnaire FROM surveys WHERE id = ?1",
            [id.as_str()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((title, st, k, questionnaire)) = row else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT name, key_id, public_key FROM departments WHERE survey_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id.as_str()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<Vec<u8>>>(1)?,
            r.get::<_, Option<Vec<u8>>>(2)?,
        ))
    })?;
    let mut departments = Vec::new();
    for row in rows {
        let (name, key, spki) = row?;
        let key = match (key, spki) {
            (Some(key), Some(spki)) => Some((key_id(key)?, spki)),
            _ => None,
        };
        departments.push(DepartmentRecord {
            name: department(&name)?,
            key,
        });
    }
    Ok(Some(SurveyRecord {
        id: id.clone(),
        title,
        status: status(&st)?,
        min_group_size: MinGroupSize::new(k).map_err(corrupt)?,
        questionnaire,
        departments,
    }))
}
