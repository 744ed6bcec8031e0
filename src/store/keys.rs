//! A survey's life cycle and its departments' keys: made at open,
//! private halves destroyed at close.

use rusqlite::{OptionalExtension, params};

use super::decode::{corrupt, department, survey_id};
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::accounts::AuditEntry;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::KeyId;

/// A department's freshly generated key pair, in DER.
pub struct KeyRecord {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub public_key: Vec<u8>,
    pub private_key: Vec<u8>,
}

/// The outcome of moving a survey from one status to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Done,
    NotFound,
    WrongStatus(SurveyStatus),
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
            match current_status(conn, &id)? {
                None => return Ok(Transition::NotFound),
                Some(SurveyStatus::Draft) => {}
                Some(other) => return Ok(Transition::WrongStatus(other)),
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
                    key.private_key,
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
    /// blinded-message hashes and the blind signatures kept for retries,
    /// drops the ballots nobody filled, then rewrites the file so nothing of
    /// them survives in free pages or the write-ahead log (rule P6).
    pub async fn close_survey(
        &self,
        id: &SurveyId,
        audit: AuditEntry,
    ) -> Result<Transition, StoreError> {
        let id = id.clone();
        let outcome = self
            .write(move |conn| {
                match current_status(conn, &id)? {
                    None => return Ok(Transition::NotFound),
                    Some(SurveyStatus::Open) => {}
                    Some(other) => return Ok(Transition::WrongStatus(other)),
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
            .await?;
        if outcome == Transition::Done {
            self.writer
                .alone(|conn| {
                    conn.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
                    Ok(())
                })
                .await?;
        }
        Ok(outcome)
    }

    /// The PKCS#8 private key of a department, while its survey is open.
    pub async fn signing_key(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Result<Option<Vec<u8>>, StoreError> {
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
            Ok(key.flatten())
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
