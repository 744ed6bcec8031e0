//! Invites: a hash of each code and a used flag, nothing else (rule P1),
//! each made together with an empty ballot of its department.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::{department, status, survey_id};
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::invites::CodeHash;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddInvitesOutcome {
    Added,
    SurveyNotFound,
    DepartmentNotFound(DepartmentName),
    SurveyClosed,
    /// The survey is open and the department would have this many
    /// invites, fewer than *k* (rule P10).
    TooFew {
        k: u32,
        department: DepartmentName,
        invites: u64,
    },
}

/// A batch of invites as HR made it: who, in which form.
#[derive(Debug, Clone)]
pub struct NewBatch {
    pub format: String,
    pub made_by: String,
}

/// Fresh invites for one department, with as many empty ballots, and the
/// audit line that records them.
pub struct NewInvites {
    pub department: DepartmentName,
    pub codes: Vec<CodeHash>,
    /// Random ids for the empty ballots, one per code.
    pub ballots: Vec<[u8; 16]>,
    /// The width of the survey's answer records (`Questionnaire::record_width`).
    pub record_width: usize,
    pub batch: NewBatch,
    pub audit: AuditEntry,
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
    /// The blind signature it was given, kept for a retry while the survey is open.
    pub blind_sig: Option<Vec<u8>>,
}

/// The zeros an unused invite holds in place of a hash or a signature.
fn unless_zero(bytes: Vec<u8>) -> Option<Vec<u8>> {
    bytes.iter().any(|&b| b != 0).then_some(bytes)
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
    /// Adds batches of invites to departments of a draft or open survey,
    /// each with as many empty ballots, all in one transaction: every batch
    /// or none (a failure in the last department leaves the first without
    /// invites too, so no code is made that HR is never shown).
    pub async fn add_invites(
        &self,
        survey: &SurveyId,
        batches: Vec<NewInvites>,
    ) -> Result<AddInvitesOutcome, StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            let status = match current_status(conn, &survey)? {
                None => return Ok(AddInvitesOutcome::SurveyNotFound),
                Some(SurveyStatus::Closed) => return Ok(AddInvitesOutcome::SurveyClosed),
                Some(status) => status,
            };
            for new in &batches {
                if !department_exists(conn, &survey, &new.department)? {
                    let missing = new.department.clone();
                    return Ok(AddInvitesOutcome::DepartmentNotFound(missing));
                }
            }
            if status == SurveyStatus::Open {
                // Opening found every department empty or at k; keep it so.
                for new in &batches {
                    let (k, invites) =
                        crate::store::keys::size_against_k(conn, &survey, &new.department)?;
                    let added: u64 = batches
                        .iter()
                        .filter(|b| b.department == new.department)
                        .map(|b| b.codes.len() as u64)
                        .sum();
                    let invites = invites + added;
                    if invites < u64::from(k) {
                        let department = new.department.clone();
                        return Ok(AddInvitesOutcome::TooFew {
                            k,
                            department,
                            invites,
                        });
                    }
                }
            }
            for new in batches {
                add_batch(conn, &survey, new)?;
            }
            Ok(AddInvitesOutcome::Added)
        })
        .await
    }

    pub async fn invite(&self, code: CodeHash) -> Result<Option<InviteRecord>, StoreError> {
        self.read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT i.survey_id, i.department, s.status, i.used, i.blinded_hash, i.blind_sig
                     FROM invites i JOIN surveys s ON s.id = i.survey_id WHERE i.code_hash = ?1",
                )?
                .query_row([&code.0[..]], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, Vec<u8>>(4)?,
                        r.get::<_, Vec<u8>>(5)?,
                    ))
                })
                .optional()?;
            let Some((s, d, st, used, blinded, sig)) = row else {
                return Ok(None);
            };
            Ok(Some(InviteRecord {
                survey: survey_id(s)?,
                department: department(&d)?,
                survey_status: status(&st)?,
                used,
                blinded_hash: unless_zero(blinded).and_then(|b| b.try_into().ok()),
                blind_sig: unless_zero(sig),
            }))
        })
        .await
    }

    /// Marks an invite used for one blinded message and keeps the signature
    /// it got, atomically: of two concurrent claims with different messages,
    /// exactly one succeeds. The row keeps its size, so it stays in place.
    pub async fn claim_invite(
        &self,
        code: CodeHash,
        blinded_hash: [u8; 32],
        blind_sig: Vec<u8>,
    ) -> Result<ClaimOutcome, StoreError> {
        self.write(move |conn| {
            let changed = conn
                .prepare_cached(
                    "UPDATE invites SET used = 1, blinded_hash = ?1, blind_sig = ?3
                     WHERE code_hash = ?2 AND (used = 0 OR blinded_hash = ?1)
                       AND length(?3) = 256
                       AND survey_id IN (SELECT id FROM surveys WHERE status = 'open')",
                )?
                .execute(params![&blinded_hash[..], &code.0[..], blind_sig])?;
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
                // People who may sign in count as invited, and those who
                // got a voucher by signing in as invites used.
                "SELECT d.name,
                    (SELECT count(*) FROM invites i WHERE i.survey_id = d.survey_id AND i.department = d.name)
                      + coalesce((SELECT seats FROM sso_departments m
                          WHERE m.survey_id = d.survey_id AND m.department = d.name), 0),
                    (SELECT count(*) FROM invites i
                        WHERE i.survey_id = d.survey_id AND i.department = d.name AND i.used = 1)
                      + coalesce((SELECT used FROM sso_departments m
                          WHERE m.survey_id = d.survey_id AND m.department = d.name), 0),
                    (SELECT count(*) FROM ballots b
                        WHERE b.survey_id = d.survey_id AND b.department = d.name AND b.filled = 1)
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

/// One department's batch, inside the caller's transaction.
fn add_batch(conn: &Connection, survey: &SurveyId, new: NewInvites) -> Result<(), StoreError> {
    let (s, d) = (survey.as_str(), new.department.as_str());
    // In key order, so that where a row sits in its page says nothing, not
    // even the order of the codes in HR's list.
    let mut codes = new.codes;
    codes.sort_unstable_by_key(|c| c.0);
    conn.prepare_cached(
        "INSERT INTO invite_batches (survey_id, department, size, format, made_by)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        s,
        d,
        codes.len(),
        new.batch.format,
        new.batch.made_by
    ])?;
    let batch = conn.last_insert_rowid();
    let mut invite = conn.prepare_cached(
        "INSERT INTO invites (code_hash, survey_id, department, batch) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for code in &codes {
        invite.execute(params![&code.0[..], s, d, batch])?;
    }
    super::ballots::add_empty(conn, s, d, new.ballots, new.record_width)?;
    super::audit::record(conn, &new.audit)
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
