//! The slots of those who got a voucher by signing in (rule P11): an
//! open-addressing hash table made in advance at full size, so that taking
//! a voucher rewrites a zeroed slot in place, at the same size, and no
//! row's place in the file records when it was written (rule P1, as
//! invites and ballots in migration 3). A slot's bucket follows from the
//! keyed hash of the person, which the survey's key makes look random.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, StoreError};
use crate::survey::{DepartmentName, SurveyId};

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
pub(super) fn capacity(seats: u64) -> u64 {
    if seats == 0 {
        0
    } else {
        (seats * 3 / 2 + 1).next_power_of_two().max(8)
    }
}

const ZERO: [u8; 32] = [0; 32];

impl Store {
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
                Probe::Free | Probe::Full => None,
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
            match probe(conn, &survey, &subject_hash)? {
                Probe::Found(found) if found.blinded_hash == slot.blinded_hash => {
                    return Ok(SlotClaim::Claimed(found.blind_sig));
                }
                Probe::Found(..) => return Ok(SlotClaim::AlreadyUsed),
                Probe::Full => return Ok(SlotClaim::NoSeat),
                Probe::Free => {}
            }
            let seat = conn
                .prepare_cached(
                    "UPDATE sso_departments SET used = used + 1
                     WHERE survey_id = ?1 AND department = ?2 AND used < seats",
                )?
                .execute(params![survey.as_str(), department.as_str()])?;
            if seat == 0 {
                return Ok(SlotClaim::NoSeat);
            }
            let signature = slot.blind_sig.clone();
            insert(conn, &survey, slots(conn, &survey)?, subject_hash, slot)?;
            Ok(SlotClaim::Claimed(signature))
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

enum Probe {
    Found(SlotRecord),
    Free,
    Full,
}

/// How many slots the survey's table has.
fn slots(conn: &Connection, survey: &SurveyId) -> Result<u64, StoreError> {
    let slots: Option<u64> = conn
        .prepare_cached("SELECT slots FROM sso_surveys WHERE survey_id = ?1")?
        .query_row([survey.as_str()], |r| r.get(0))
        .optional()?;
    Ok(slots.unwrap_or(0))
}

/// Linear probing from the bucket the hash names, a few rows at a time.
fn probe(conn: &Connection, survey: &SurveyId, hash: &[u8; 32]) -> Result<Probe, StoreError> {
    const ROWS: u64 = 16;
    let slots = slots(conn, survey)?;
    if slots == 0 {
        return Ok(Probe::Full);
    }
    let mut cursor = home(hash, slots);
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
        for (_, used, subject, key_id, blinded, sig) in &rows {
            seen += 1;
            if !used {
                return Ok(Probe::Free);
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

/// Puts a person into the table as an ordered hash table (Amble and Knuth,
/// 1974): walking on from the bucket their hash names, a slot whose hash is
/// smaller than the one carried takes the carried person, and its own is
/// carried on, until a free slot takes the last. Where everyone sits then
/// follows from who is in the table, not from who came first (rule P1).
/// Plain linear probing put whoever came later after those before, further
/// along a run of taken slots: Kendall's tau between the order of 80
/// vouchers and their places in the file was -0.08 on average, not 0.
/// Every write is a slot rewritten in place at the same size.
fn insert(
    conn: &Connection,
    survey: &SurveyId,
    slots: u64,
    hash: [u8; 32],
    slot: SlotRecord,
) -> Result<(), StoreError> {
    let s = survey.as_str();
    let mut read = conn.prepare_cached(
        "SELECT used, subject_hash, key_id, blinded_hash, blind_sig FROM sso_slots
         WHERE survey_id = ?1 AND bucket = ?2",
    )?;
    let mut write = conn.prepare_cached(
        "UPDATE sso_slots SET used = 1, subject_hash = ?3, key_id = ?4, blinded_hash = ?5,
             blind_sig = ?6 WHERE survey_id = ?1 AND bucket = ?2",
    )?;
    let (mut hash, mut slot) = (hash, slot);
    let mut bucket = home(&hash, slots);
    for _ in 0..slots {
        let (used, resident, key_id, blinded, sig) = read.query_row(params![s, bucket], |r| {
            Ok((
                r.get::<_, bool>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Vec<u8>>(2)?,
                r.get::<_, Vec<u8>>(3)?,
                r.get::<_, Vec<u8>>(4)?,
            ))
        })?;
        let resident = <[u8; 32]>::try_from(resident.as_slice()).unwrap_or(ZERO);
        if !used || resident < hash {
            write.execute(params![
                s,
                bucket,
                &hash[..],
                &slot.key_id[..],
                &slot.blinded_hash[..],
                slot.blind_sig
            ])?;
            if !used {
                return Ok(());
            }
            let bytes = |v: Vec<u8>| <[u8; 32]>::try_from(v.as_slice()).unwrap_or(ZERO);
            (hash, slot) = (
                resident,
                SlotRecord {
                    key_id: bytes(key_id),
                    blinded_hash: bytes(blinded),
                    blind_sig: sig,
                },
            );
        }
        bucket = (bucket + 1) % slots;
    }
    Err(super::decode::corrupt("no free slot for a voucher"))
}

/// The bucket a person's hash names.
fn home(hash: &[u8; 32], slots: u64) -> u64 {
    let mut prefix = [0u8; 8];
    prefix.copy_from_slice(&hash[..8]);
    u64::from_be_bytes(prefix) % slots
}

/// A table of `slots` zeroed slots in bucket order, with the used ones put
/// back where their hashes now lead. Only HR's change of seats does this.
pub(super) fn rebuild(conn: &Connection, survey: &SurveyId, slots: u64) -> Result<(), StoreError> {
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
    let mut zeroed =
        conn.prepare_cached("INSERT INTO sso_slots (survey_id, bucket) VALUES (?1, ?2)")?;
    for bucket in 0..slots {
        zeroed.execute(params![s, bucket])?;
    }
    conn.execute(
        "UPDATE sso_surveys SET slots = ?2 WHERE survey_id = ?1",
        params![s, slots],
    )?;
    for (hash, slot) in used {
        insert(conn, survey, slots, hash, slot)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
