//! Vouchers through the company's sign-in (rule P11): per survey, the
//! mode, the key of the subjects' keyed hash, and HR's map from the
//! department claim to departments with each one's places. The slots of
//! those who got a voucher are in `sso_slots.rs`.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::department;
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

/// How employees of a survey get their voucher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AccessMode {
    #[default]
    Codes,
    SignIn,
    Both,
}

impl AccessMode {
    pub fn as_str(self) -> &'static str {
        match self {
            AccessMode::Codes => "codes",
            AccessMode::SignIn => "sso",
            AccessMode::Both => "both",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [AccessMode::Codes, AccessMode::SignIn, AccessMode::Both]
            .into_iter()
            .find(|m| m.as_str() == raw)
    }

    pub fn signs_in(self) -> bool {
        self != AccessMode::Codes
    }
}

/// A department as HR's map has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoDepartment {
    pub department: DepartmentName,
    pub claim_values: Vec<String>,
    pub seats: u64,
    pub used: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoRecord {
    pub mode: AccessMode,
    /// Every department of the survey, in its order.
    pub departments: Vec<SsoDepartment>,
}

/// HR's new settings: a mode, and per department its claim values and seats.
#[derive(Debug, Clone)]
pub struct SsoChange {
    pub mode: AccessMode,
    pub departments: Vec<(DepartmentName, Vec<String>, u64)>,
    /// Used only if the survey has no subject key yet.
    pub fresh_key: [u8; 32],
    /// Random ids for the empty ballots of new seats (at least one per seat added).
    pub ballot_ids: Vec<[u8; 16]>,
    pub record_width: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SsoChangeOutcome {
    Done,
    NotFound,
    Closed,
    /// An open survey's seats can grow, never shrink: a seat may be taken.
    Shrinks(DepartmentName),
    UnknownDepartment(DepartmentName),
}

impl Store {
    pub async fn sso_settings(&self, survey: &SurveyId) -> Result<SsoRecord, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| settings(conn, &survey)).await
    }

    /// The key of the subjects' keyed hash, while the survey is open.
    pub async fn subject_key(&self, survey: &SurveyId) -> Result<Option<[u8; 32]>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            let key: Option<Vec<u8>> = conn
                .prepare_cached(
                    "SELECT k.subject_key FROM sso_surveys k JOIN surveys s ON s.id = k.survey_id
                     WHERE k.survey_id = ?1 AND s.status = 'open' AND k.mode != 'codes'
                       AND k.subject_key IS NOT NULL",
                )?
                .query_row([survey.as_str()], |r| r.get(0))
                .optional()?;
            Ok(key.and_then(|k| k.try_into().ok()))
        })
        .await
    }

    /// Saves HR's settings, with an empty ballot per new seat, all or none.
    pub async fn save_sso_settings(
        &self,
        survey: &SurveyId,
        change: SsoChange,
        audit: AuditEntry,
    ) -> Result<SsoChangeOutcome, StoreError> {
        let survey = survey.clone();
        self.write(move |conn| {
            let status = match current_status(conn, &survey)? {
                None => return Ok(SsoChangeOutcome::NotFound),
                Some(SurveyStatus::Closed) => return Ok(SsoChangeOutcome::Closed),
                Some(status) => status,
            };
            let before = settings(conn, &survey)?;
            let mut ids = change.ballot_ids.into_iter();
            let s = survey.as_str();
            conn.execute(
                "INSERT INTO sso_surveys (survey_id, mode, subject_key) VALUES (?1, ?2, ?3)
                 ON CONFLICT (survey_id) DO UPDATE SET mode = excluded.mode",
                params![s, change.mode.as_str(), &change.fresh_key[..]],
            )?;
            let mut total = 0;
            for (name, values, seats) in &change.departments {
                let Some(old) = before.departments.iter().find(|d| d.department == *name) else {
                    return Ok(SsoChangeOutcome::UnknownDepartment(name.clone()));
                };
                if *seats < old.seats && (status == SurveyStatus::Open || *seats < old.used) {
                    return Ok(SsoChangeOutcome::Shrinks(name.clone()));
                }
                total += seats;
                let d = name.as_str();
                conn.execute(
                    "INSERT INTO sso_departments (survey_id, department, claim_values, seats)
                     VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (survey_id, department)
                     DO UPDATE SET claim_values = excluded.claim_values, seats = excluded.seats",
                    params![s, d, values.join("\n"), seats],
                )?;
                if *seats > old.seats {
                    let new: Vec<[u8; 16]> =
                        ids.by_ref().take((seats - old.seats) as usize).collect();
                    if new.len() as u64 != seats - old.seats {
                        return Err(super::decode::corrupt("too few ballot ids for the seats"));
                    }
                    super::ballots::add_empty(conn, s, d, new, change.record_width)?;
                } else if *seats < old.seats {
                    // A draft: nobody has answered, any empty ballot will do.
                    conn.execute(
                        "DELETE FROM ballots WHERE (survey_id, department, id) IN (
                            SELECT survey_id, department, id FROM ballots
                            WHERE survey_id = ?1 AND department = ?2 AND filled = 0 LIMIT ?3)",
                        params![s, d, old.seats - seats],
                    )?;
                }
            }
            let slots: u64 = conn.query_row(
                "SELECT slots FROM sso_surveys WHERE survey_id = ?1",
                [s],
                |r| r.get(0),
            )?;
            if super::sso_slots::capacity(total) > slots {
                super::sso_slots::rebuild(conn, &survey, super::sso_slots::capacity(total))?;
            }
            super::audit::record(conn, &audit)?;
            Ok(SsoChangeOutcome::Done)
        })
        .await
    }
}

fn settings(conn: &Connection, survey: &SurveyId) -> Result<SsoRecord, StoreError> {
    let mode: Option<String> = conn
        .prepare_cached("SELECT mode FROM sso_surveys WHERE survey_id = ?1")?
        .query_row([survey.as_str()], |r| r.get(0))
        .optional()?;
    let mode = match mode {
        Some(raw) => AccessMode::parse(&raw)
            .ok_or_else(|| super::decode::corrupt(format!("access mode {raw:?}")))?,
        None => AccessMode::Codes,
    };
    let mut stmt = conn.prepare_cached(
        "SELECT d.name, coalesce(m.claim_values, ''), coalesce(m.seats, 0), coalesce(m.used, 0)
         FROM departments d LEFT JOIN sso_departments m
           ON m.survey_id = d.survey_id AND m.department = d.name
         WHERE d.survey_id = ?1 ORDER BY d.position",
    )?;
    let rows = stmt.query_map([survey.as_str()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get(2)?,
            r.get(3)?,
        ))
    })?;
    let mut departments = Vec::new();
    for row in rows {
        let (name, values, seats, used) = row?;
        departments.push(SsoDepartment {
            department: department(&name)?,
            claim_values: values.lines().map(str::to_owned).collect(),
            seats,
            used,
        });
    }
    Ok(SsoRecord { mode, departments })
}
