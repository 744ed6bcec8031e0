//! Vouchers through the company's sign-in (rule P11): per survey, the
//! mode, the key of the subjects' keyed hash, HR's map from the department
//! claim to departments, and the slots of those who got a voucher.
//!
//! The slots are an open-addressing hash table made in advance at full
//! size: a sign-in that gets a voucher rewrites a zeroed slot in place, at
//! the same size, so its place in the file says nothing of when it was
//! written (rule P1, as invites and ballots in migration 3).

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

/// A person's slot, found by the keyed hash of their subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotRecord {
    pub key_id: [u8; 32],
    pub blinded_hash: [u8; 32],
    pub blind_sig: Vec<u8>,
}

/// What claiming a slot for a voucher did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotClaim {
    /// Taken now, or earlier for this very blinded message (a retry): the
    /// signature kept with it.
    Claimed(Vec<u8>),
    /// This person got a voucher for another blinded message.
    AlreadyUsed,
    /// Every seat of the department is taken.
    NoSeat,
    SurveyNotOpen,
}

/// Slots for `seats` people: a power of two at most two-thirds full, so
/// that a probe finds a free slot or the person within a few rows.
fn capacity(seats: u64) -> u64 {
    if seats == 0 {
        0
    } else {
        (seats * 3 / 2 + 1).next_power_of_two().max(8)
    }
}

const ZERO: [u8; 32] = [0; 32];

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
                    // In key order, as invites' ballots are.
                    let mut new: Vec<[u8; 16]> = ids.by_ref().take((seats - old.seats) as usize).collect();
                    if new.len() as u64 != seats - old.seats {
                        return Err(super::decode::corrupt("too few ballot ids for the seats"));
                    }
                    new.sort_unstable();
                    let mut ballot = conn.prepare_cached(
                        "INSERT INTO ballots (survey_id, department, id, answers) VALUES (?1, ?2, ?3, zeroblob(?4))",
                    )?;
                    for id in &new {
                        ballot.execute(params![s, d, &id[..], change.record_width])?;
                    }
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
            if capacity(total) > slots {
                rebuild_slots(conn, &survey, capacity(total))?;
            }
            super::audit::record(conn, &audit)?;
            Ok(SsoChangeOutcome::Done)
        })
        .await
    }

    /// The slot of a person, if they got a voucher.
    pub async fn sso_slot(
        &self,
        survey: &SurveyId,
        subject_hash: [u8; 32],
    ) -> Result<Option<SlotRecord>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| {
            Ok(match probe(conn, &survey, &subject_hash)? {
                Probe::Found(slot) => Some(slot),
                Probe::Free(_) | Probe::Full => None,
            })
        })
        .await
    }

    /// Takes a free slot for a person and a seat of their department, or
    /// finds theirs: of two concurrent claims for one person with different
    /// blinded messages, exactly one succeeds (the single writer).
    pub async fn claim_sso_slot(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        subject_hash: [u8; 32],
        slot: SlotRecord,
    ) -> Result<SlotClaim, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.write(move |conn| {
            let open: Option<bool> = conn
                .prepare_cached(
                    "SELECT s.status = 'open' AND k.subject_key IS NOT NULL
                     FROM surveys s JOIN sso_surveys k ON k.survey_id = s.id WHERE s.id = ?1",
                )?
                .query_row([survey.as_str()], |r| r.get(0))
                .optional()?;
            if open != Some(true) || slot.blind_sig.len() != 256 {
                return Ok(SlotClaim::SurveyNotOpen);
            }
            let bucket = match probe(conn, &survey, &subject_hash)? {
                Probe::Found(found) if found.blinded_hash == slot.blinded_hash => {
                    return Ok(SlotClaim::Claimed(found.blind_sig));
                }
                Probe::Found(..) => return Ok(SlotClaim::AlreadyUsed),
                Probe::Full => return Ok(SlotClaim::NoSeat),
                Probe::Free(bucket) => bucket,
            };
            let seat = conn
                .prepare_cached(
                    "UPDATE sso_departments SET used = used + 1
                     WHERE survey_id = ?1 AND department = ?2 AND used < seats",
                )?
                .execute(params![survey.as_str(), department.as_str()])?;
            if seat == 0 {
                return Ok(SlotClaim::NoSeat);
            }
            fill(conn, &survey, bucket, &subject_hash, &slot)?;
            Ok(SlotClaim::Claimed(slot.blind_sig))
        })
        .await
    }
}

/// At close, in the close's transaction: the key goes, so no subject can
/// be hashed and tested any more, and the slots keep only their used flag
/// and department (for participation); the free ones go.
pub(super) fn forget_at_close(conn: &Connection, survey: &SurveyId) -> Result<(), StoreError> {
    let s = survey.as_str();
    conn.execute(
        "UPDATE sso_surveys SET subject_key = NULL WHERE survey_id = ?1",
        [s],
    )?;
    conn.execute(
        "UPDATE sso_slots SET subject_hash = zeroblob(32), blinded_hash = zeroblob(32),
             blind_sig = zeroblob(256) WHERE survey_id = ?1",
        [s],
    )?;
    conn.execute(
        "DELETE FROM sso_slots WHERE survey_id = ?1 AND used = 0",
        [s],
    )?;
    Ok(())
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

enum Probe {
    Found(SlotRecord),
    Free(u64),
    Full,
}

/// Linear probing from the bucket the hash names, a few rows at a time.
fn probe(conn: &Connection, survey: &SurveyId, hash: &[u8; 32]) -> Result<Probe, StoreError> {
    const ROWS: u64 = 16;
    let slots: Option<u64> = conn
        .prepare_cached("SELECT slots FROM sso_surveys WHERE survey_id = ?1")?
        .query_row([survey.as_str()], |r| r.get(0))
        .optional()?;
    let slots = slots.unwrap_or(0);
    if slots == 0 {
        return Ok(Probe::Full);
    }
    let mut prefix = [0u8; 8];
    prefix.copy_from_slice(&hash[..8]);
    let mut cursor = u64::from_be_bytes(prefix) % slots;
    let mut seen = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT bucket, used, subject_hash, key_id, blinded_hash, blind_sig FROM sso_slots
         WHERE survey_id = ?1 AND bucket >= ?2 ORDER BY bucket LIMIT ?3",
    )?;
    while seen < slots {
        let rows = stmt
            .query_map(params![survey.as_str(), cursor, ROWS], |r| {
                Ok((
                    r.get::<_, u64>(0)?,
                    r.get::<_, bool>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                    r.get::<_, Vec<u8>>(4)?,
                    r.get::<_, Vec<u8>>(5)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (bucket, used, subject, key_id, blinded, sig) in &rows {
            seen += 1;
            if !used {
                return Ok(Probe::Free(*bucket));
            }
            if subject.as_slice() == hash {
                let bytes = |v: &Vec<u8>| <[u8; 32]>::try_from(v.as_slice()).unwrap_or(ZERO);
                let slot = SlotRecord {
                    key_id: bytes(key_id),
                    blinded_hash: bytes(blinded),
                    blind_sig: sig.clone(),
                };
                return Ok(Probe::Found(slot));
            }
            if seen >= slots {
                break;
            }
        }
        cursor = match rows.last() {
            Some((bucket, ..)) if (rows.len() as u64) == ROWS => bucket + 1,
            _ => 0,
        };
    }
    Ok(Probe::Full)
}

fn fill(
    conn: &Connection,
    survey: &SurveyId,
    bucket: u64,
    hash: &[u8; 32],
    slot: &SlotRecord,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "UPDATE sso_slots SET used = 1, subject_hash = ?3, key_id = ?4, blinded_hash = ?5,
             blind_sig = ?6 WHERE survey_id = ?1 AND bucket = ?2 AND used = 0",
    )?
    .execute(params![
        survey.as_str(),
        bucket,
        &hash[..],
        &slot.key_id[..],
        &slot.blinded_hash[..],
        slot.blind_sig
    ])?;
    Ok(())
}

/// A table of `slots` zeroed slots in bucket order, with the used ones put
/// back where their hash now leads. Only HR's change of seats does this.
fn rebuild_slots(conn: &Connection, survey: &SurveyId, slots: u64) -> Result<(), StoreError> {
    let s = survey.as_str();
    let used: Vec<([u8; 32], SlotRecord)> = conn
        .prepare("SELECT subject_hash, key_id, blinded_hash, blind_sig FROM sso_slots WHERE survey_id = ?1 AND used = 1")?
        .query_map([s], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, Vec<u8>>(2)?, r.get::<_, Vec<u8>>(3)?))
        })?
        .map(|row| {
            let (hash, key, blinded, sig) = row?;
            let bytes = |v: Vec<u8>| <[u8; 32]>::try_from(v.as_slice()).unwrap_or(ZERO);
            Ok((bytes(hash), SlotRecord { key_id: bytes(key), blinded_hash: bytes(blinded), blind_sig: sig }))
        })
        .collect::<Result<_, rusqlite::Error>>()?;
    conn.execute("DELETE FROM sso_slots WHERE survey_id = ?1", [s])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO sso_slots (survey_id, bucket) VALUES (?1, ?2)")?;
    for bucket in 0..slots {
        insert.execute(params![s, bucket])?;
    }
    conn.execute(
        "UPDATE sso_surveys SET slots = ?2 WHERE survey_id = ?1",
        params![s, slots],
    )?;
    for (hash, slot) in used {
        if let Probe::Free(bucket) = probe(conn, survey, &hash)? {
            fill(conn, survey, bucket, &hash, &slot)?;
        }
    }
    Ok(())
}
