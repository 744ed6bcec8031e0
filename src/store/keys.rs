//! A survey's life cycle and its departments' keys: made at open,
//! private halves destroyed at close.

use rusqlite::{Connection, OptionalExtension, params};

use super::decode::{corrupt, department, survey_id};
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::{KeyId, PrivateKeyDer};

/// A department's freshly generated key pair, in DER.
pub struct KeyRecord {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub public_key: Vec<u8>,
    pub private_key: PrivateKeyDer,
}

/// The outcome of moving a survey from one status to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    Done,
    NotFound,
    WrongStatus(SurveyStatus),
    /// Not opened: these departments have fewer invites than *k*, and
    /// their ballots would stand apart (rule P10).
    TooFewInvites(Vec<(DepartmentName, u64)>),
}

/// Why a survey cannot move on from `from`, if it cannot.
fn refused(
    conn: &Connection,
    id: &SurveyId,
    from: SurveyStatus,
) -> Result<Option<Transition>, StoreError> {
    Ok(match current_status(conn, id)? {
        None => Some(Transition::NotFound),
        Some(status) if status == from => None,
        Some(other) => Some(Transition::WrongStatus(other)),
    })
}

impl Store {
    /// Stores the departments' keys and opens the survey, if it is a draft
    /// and the keys cover exactly its departments.
    pub async fn open_survey(
        &self,
        id: &SurveyId,
        keys: Vec<KeyRecord>,
        audit: AuditEntry,
    ) -> Result<Transition, StoreError> {
        let id = id.clone();
        self.write(move |conn| {
            if let Some(refused) = refused(conn, &id, SurveyStatus::Draft)? {
                return Ok(refused);
            }
            let small = departments_below_k(conn, &id)?;
            if !small.is_empty() {
                return Ok(Transition::TooFewInvites(small));
            }
            let mut set_key = conn.prepare_cached(
                "UPDATE departments SET key_id = ?1, public_key = ?2, private_key = ?3
                 WHERE survey_id = ?4 AND name = ?5",
            )?;
            let mut covered = 0;
            for key in &keys {
                covered += set_key.execute(params![
                    &key.key_id.0[..],
                    key.public_key,
                    key.private_key.as_bytes(),
                    id.as_str(),
                    key.department.as_str()
                ])?;
            }
            let departments: usize = conn.query_row(
                "SELECT count(*) FROM departments WHERE survey_id = ?1",
                [id.as_str()],
                |r| r.get(0),
            )?;
            if covered != departments || covered != keys.len() {
                return Err(corrupt(
                    "the departments changed while their keys were made",
                ));
            }
            conn.execute(
                "UPDATE surveys SET status = 'open' WHERE id = ?1",
                [id.as_str()],
            )?;
            super::audit::record(conn, &audit)?;
            Ok(Transition::Done)
        })
        .await
    }

    /// Closes an open survey for good: destroys the private keys, the
    /// blinded-message hashes and the blind signatures kept for retries, and
    /// drops the ballots nobody filled, in one transaction. Once committed
    /// the survey is closed; [`Store::rewrite_file`] then clears what is
    /// left of them in free pages and the write-ahead log.
    pub async fn close_survey(
        &self,
        id: &SurveyId,
        audit: AuditEntry,
    ) -> Result<Transition, StoreError> {
        let id = id.clone();
        self.write(move |conn| {
            if let Some(refused) = refused(conn, &id, SurveyStatus::Open)? {
                return Ok(refused);
            }
            conn.execute(
                "UPDATE surveys SET status = 'closed' WHERE id = ?1",
                [id.as_str()],
            )?;
            conn.execute(
                "UPDATE departments SET private_key = NULL WHERE survey_id = ?1",
                [id.as_str()],
            )?;
            conn.execute(
                "UPDATE invites SET blinded_hash = zeroblob(32), blind_sig = zeroblob(256)
                 WHERE survey_id = ?1",
                [id.as_str()],
            )?;
            conn.execute(
                "DELETE FROM ballots WHERE survey_id = ?1 AND filled = 0",
                [id.as_str()],
            )?;
            super::sso_slots::forget_at_close(conn, &id)?;
            super::audit::record(conn, &audit)?;
            Ok(Transition::Done)
        })
        .await
    }

    /// Rewrites the whole file (`VACUUM`) and empties the write-ahead log,
    /// so nothing deleted survives in free pages or the log (rule P6). Runs
    /// alone, after the writer's current batch, outside any transaction.
    pub async fn rewrite_file(&self) -> Result<(), StoreError> {
        self.writer
            .alone(|conn| {
                conn.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
                Ok(())
            })
            .await
    }

    /// The departments of a survey with some invites but fewer than its *k*. One
    /// with none holds no ballot; it gets *k* or more in its first batch.
    pub async fn departments_below_k(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<(DepartmentName, u64)>, StoreError> {
        let survey = survey.clone();
        self.read(move |conn| departments_below_k(conn, &survey))
            .await
    }

    /// How many invites a department has: the crowd its answers are among.
    pub async fn invited(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Result<u64, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.read(move |conn| Ok(size_against_k(conn, &survey, &department)?.1))
            .await
    }

    /// Whether a key was retired when a backup was restored (restore.rs).
    pub async fn key_retired(&self, key: KeyId) -> Result<bool, StoreError> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT 1 FROM retired_keys WHERE key_id = ?1")?
                .exists([&key.0[..]])?)
        })
        .await
    }

    /// The PKCS#8 private key of a department, while its survey is open.
    pub async fn signing_key(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Result<Option<PrivateKeyDer>, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.read(move |conn| {
            let key = conn
                .prepare_cached(
                    "SELECT d.private_key FROM departments d JOIN surveys s ON s.id = d.survey_id
                     WHERE d.survey_id = ?1 AND d.name = ?2 AND s.status = 'open'",
                )?
                .query_row([survey.as_str(), department.as_str()], |r| {
                    r.get::<_, Option<Vec<u8>>>(0)
                })
                .optional()?;
            Ok(key.flatten().map(PrivateKeyDer::new))
        })
        .await
    }

    /// The survey, department and SPKI DER of a public key, by fingerprint.
    pub async fn verifying_key(
        &self,
        key: KeyId,
    ) -> Result<Option<(SurveyId, DepartmentName, Vec<u8>)>, StoreError> {
        self.read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT survey_id, name, public_key FROM departments WHERE key_id = ?1",
                )?
                .query_row([&key.0[..]], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
                })
                .optional()?;
            row.map(|(s, d, k)| Ok((survey_id(s)?, department(&d)?, k)))
                .transpose()
        })
        .await
    }
}

/// A survey's *k* and how many invites a department has.
pub(crate) fn size_against_k(
    conn: &rusqlite::Connection,
    survey: &SurveyId,
    department: &DepartmentName,
) -> Result<(u32, u64), StoreError> {
    Ok(conn.query_row(
        "SELECT s.min_group_size, (SELECT count(*) FROM invites i
                                   WHERE i.survey_id = s.id AND i.department = ?2)
                                + coalesce((SELECT seats FROM sso_departments sd
                                   WHERE sd.survey_id = s.id AND sd.department = ?2), 0)
         FROM surveys s WHERE s.id = ?1",
        params![survey.as_str(), department.as_str()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

fn departments_below_k(
    conn: &rusqlite::Connection,
    survey: &SurveyId,
) -> Result<Vec<(DepartmentName, u64)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.name, (SELECT count(*) FROM invites i
                         WHERE i.survey_id = d.survey_id AND i.department = d.name)
                      + coalesce((SELECT seats FROM sso_departments sd
                         WHERE sd.survey_id = d.survey_id AND sd.department = d.name), 0) AS n
         FROM departments d JOIN surveys s ON s.id = d.survey_id
         WHERE d.survey_id = ?1 AND n > 0 AND n < s.min_group_size ORDER BY d.position",
    )?;
    let rows = stmt.query_map([survey.as_str()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?))
    })?;
    rows.map(|row| {
        let (name, n) = row?;
        Ok((department(&name)?, n))
    })
    .collect()
}
