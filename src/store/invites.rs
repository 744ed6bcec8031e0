//! Invites: a hash of each code and a used flag, nothing else (rule P1).

use rusqlite::{Connection, OptionalExtension, params};

use super::surveys::{current_status, department, status, survey_id};
use super::{Store, StoreError};
use crate::invites::CodeHash;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddInvitesOutcome {
    Added,
    SurveyNotFound,
    DepartmentNotFound,
    SurveyClosed,
}

/// An invite as issuance needs to see it.
#[derive(Debug, Clone)]
pub struct InviteRecord {
    pub survey: SurveyId,
    pub department: DepartmentName,
    pub survey_status: SurveyStatus,
    pub used: bool,
    /// SHA-256 of the blinded message it was spent on, while the survey is open.
    pub blinded_hash: Option<[u8; 32]>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimOutcome {
    /// Marked used now, or earlier for this very blinded message (a retry).
    Claimed,
    /// Used for another blinded message.
    AlreadyUsed,
    SurveyNotOpen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartmentParticipation {
    pub department: DepartmentName,
    pub invites: u64,
    pub tokens: u64,
    pub responses: u64,
}

impl Store {
    /// Adds invites to a department of a draft or open survey, all or none.
    pub async fn add_invites(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        codes: Vec<CodeHash>,
    ) -> Result<AddInvitesOutcome, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.write(move |conn| {
            match current_status(conn, &survey)? {
                None => return Ok(AddInvitesOutcome::SurveyNotFound),
                Some(SurveyStatus::Closed) => return Ok(AddInvitesOutcome::SurveyClosed),
                Some(_) => {}
            }
            if !department_exists(conn, &survey, &department)? {
                return Ok(AddInvitesOutcome::DepartmentNotFound);
            }
            let mut insert = conn.prepare_cached(
                "INSERT INTO invites (code_hash, survey_id, department) VALUES (?1, ?2, ?3)",
            )?;
            for code in &codes {
                insert.execute(params![&code.0[..], survey.as_str(), department.as_str()])?;
            }
            Ok(AddInvitesOutcome::Added)
        })
        .await
    }

    pub async fn invite(&self, code: CodeHash) -> Result<Option<InviteRecord>, StoreError> {
        self.read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT i.survey_id, i.department, s.status, i.used, i.blinded_hash
                     FROM invites i JOIN surveys s ON s.id = i.survey_id WHERE i.code_hash = ?1",
                )?
                .query_row([&code.0[..]], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, Option<Vec<u8>>>(4)?,
                    ))
                })
                .optional()?;
            let Some((s, d, st, used, blinded)) = row else {
                return Ok(None);
            };
            Ok(Some(InviteRecord {
                survey: survey_id(s)?,
                department: department(&d)?,
                survey_status: status(&st)?,
                used,
                blinded_hash: blinded.and_then(|b| b.try_into().ok()),
            }))
        })
        .await
    }

    /// Marks an invite used for one blinded message, atomically: of two
    /// concurrent claims with different messages, exactly one succeeds.
    pub async fn claim_invite(
        &self,
        code: CodeHash,
        blinded_hash: [u8; 32],
    ) -> Result<ClaimOutcome, StoreError> {
        self.write(move |conn| {
            let changed = conn
                .prepare_cached(
                    "UPDATE invites SET used = 1, blinded_hash = ?1
                     WHERE code_hash = ?2 AND (used = 0 OR blinded_hash = ?1)
                       AND survey_id IN (SELECT id FROM surveys WHERE status = 'open')",
                )?
                .execute(params![&blinded_hash[..], &code.0[..]])?;
            if changed == 1 {
                return Ok(ClaimOutcome::Claimed);
            }
            let open: Option<bool> = conn
                .query_row(
                    "SELECT s.status = 'open' FROM invites i JOIN surveys s ON s.id = i.survey_id
                     WHERE i.code_hash = ?1",
                    [&code.0[..]],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(match open {
                Some(true) => ClaimOutcome::AlreadyUsed,
                _ => ClaimOutcome::SurveyNotOpen,
            })
        })
        .await
    }

    /// Per department: invites made, tokens issued, responses received.
    pub async fn participation(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<DepartmentParticipation>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT d.name,
                    (SELECT count(*) FROM invites i WHERE i.survey_id = d.survey_id AND i.department = d.name),
                    (SELECT count(*) FROM invites i
                        WHERE i.survey_id = d.survey_id AND i.department = d.name AND i.used = 1),
                    (SELECT count(*) FROM responses r WHERE r.survey_id = d.survey_id AND r.department = d.name)
                 FROM departments d WHERE d.survey_id = ?1 ORDER BY d.position",
            )?;
            let rows = stmt.query_map([survey.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (name, invites, tokens, responses) = row?;
                out.push(DepartmentParticipation {
                    department: department(&name)?,
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

fn department_exists(
    conn: &Connection,
    survey: &SurveyId,
    name: &DepartmentName,
) -> Result<bool, StoreError> {
    let found = conn
        .prepare_cached("SELECT 1 FROM departments WHERE survey_id = ?1 AND name = ?2")?
        .query_row([survey.as_str(), name.as_str()], |_| Ok(()))
        .optional()?;
    Ok(found.is_some())
}
