//! The rule for a restored backup (docs/operations.md, "Restoring an open
//! survey"): every key of an open survey is retired and replaced.
//!
//! A backup forgets what happened after it was taken: invites used since
//! then are unused again, and the vouchers they gave are still signed by
//! the survey's keys. Without this rule one invite could give two ballots:
//! the old voucher, and a new one from the invite. The server cannot tell
//! which vouchers are from the lost time (it never saw them), so it refuses
//! every voucher of the old keys. Who lost what:
//! - an answer sent after the backup is not in it; if that person's code
//!   was first used after the backup, the code works again;
//! - a person whose code was used before the backup but whose answer is not
//!   in it (sent later, or never) cannot answer again: their code is used
//!   and their voucher is refused. Per department, that is at most the
//!   invites used minus the ballots filled, and the restore says so.
//!
//! `stemme backup` marks its copy; any start on a marked file applies the
//! rule before anything else runs, and `stemme restore` marks the file it
//! restores whatever made it.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::decode::corrupt;
use crate::accounts::{Action, Actor, AuditEntry};
use crate::tokens::{SigningKey, generate_key_pair};

const MARK: &str = "restore_pending";

/// Survey, department, key id, public key and private key of a department.
type KeyRow = (String, String, Vec<u8>, Vec<u8>, Vec<u8>);

/// What a restore retired, per open survey and department.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetiredDepartment {
    pub survey: String,
    pub department: String,
    /// Invites used in the backup whose answer is not in it: at most this
    /// many people lost their answer and cannot answer again.
    pub possibly_lost: u64,
}

/// Marks a database as a backup copy (or a file being restored).
pub(super) fn mark(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute(
        "INSERT OR REPLACE INTO server_secrets (name, value) VALUES (?1, x'01')",
        [MARK],
    )
    .map(drop)
}

/// Applies the rule if `conn`'s file is a restored backup, in one
/// transaction; `None` if it is not one.
pub(super) fn apply_if_marked(
    conn: &mut Connection,
    now: i64,
) -> Result<Option<Vec<RetiredDepartment>>, StoreError> {
    let marked: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM server_secrets WHERE name = ?1",
            [MARK],
            |r| r.get(0),
        )
        .optional()?;
    if marked.is_none() {
        return Ok(None);
    }
    let tx = conn.transaction()?;
    let keys: Vec<KeyRow> = tx
        .prepare(
            "SELECT d.survey_id, d.name, d.key_id, d.public_key, d.private_key
             FROM departments d JOIN surveys s ON s.id = d.survey_id
             WHERE s.status = 'open' AND d.private_key IS NOT NULL
             ORDER BY d.survey_id, d.position",
        )?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut retired = Vec::with_capacity(keys.len());
    for (survey, department, old_id, old_public, old_private) in keys {
        let old = SigningKey::from_pkcs8_der(&old_private)
            .map_err(|e| corrupt(format!("the key of {survey}/{department}: {e}")))?;
        let (signing, verifying) =
            generate_key_pair().map_err(|e| corrupt(format!("a new key: {e}")))?;
        let endorsement = old
            .endorse(verifying.id())
            .map_err(|e| corrupt(format!("the succession of {survey}/{department}: {e}")))?;
        let private = signing
            .to_pkcs8_der()
            .map_err(|e| corrupt(format!("a new key: {e}")))?;
        tx.execute(
            "INSERT INTO retired_keys (key_id, survey_id, department, public_key, successor, endorsement)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![old_id, survey, department, old_public, &verifying.id().0[..], endorsement],
        )?;
        tx.execute(
            "UPDATE departments SET key_id = ?3, public_key = ?4, private_key = ?5
             WHERE survey_id = ?1 AND name = ?2",
            params![
                survey,
                department,
                &verifying.id().0[..],
                verifying.spki_der(),
                private.as_bytes()
            ],
        )?;
        let possibly_lost: u64 = tx.query_row(
            "SELECT (SELECT count(*) FROM invites WHERE survey_id = ?1 AND department = ?2 AND used = 1)
                  - (SELECT count(*) FROM ballots WHERE survey_id = ?1 AND department = ?2 AND filled = 1)",
            params![survey, department],
            |r| r.get::<_, i64>(0),
        )?.max(0) as u64;
        retired.push(RetiredDepartment {
            survey,
            department,
            possibly_lost,
        });
    }
    // Signatures kept for retries were made by the old keys: of no use now.
    // Zeros of the same width, so the rows stay where they are (rule P1).
    tx.execute(
        "UPDATE invites SET blinded_hash = zeroblob(32), blind_sig = zeroblob(256)
         WHERE survey_id IN (SELECT id FROM surveys WHERE status = 'open')",
        [],
    )?;
    for survey in surveys_of(&retired) {
        let detail: Vec<String> = retired
            .iter()
            .filter(|r| r.survey == survey)
            .map(|r| format!("{}: {}", r.department, r.possibly_lost))
            .collect();
        super::audit::record(
            &tx,
            &AuditEntry {
                at: now,
                actor: Actor::CommandLine.to_string(),
                action: Action::BackupRestored,
                survey: crate::survey::SurveyId::parse(&survey).ok(),
                detail: format!(
                    "keys retired; answers possibly lost per department: {}",
                    detail.join(", ")
                ),
            },
        )?;
    }
    tx.execute("DELETE FROM server_secrets WHERE name = ?1", [MARK])?;
    tx.commit()?;
    Ok(Some(retired))
}

fn surveys_of(retired: &[RetiredDepartment]) -> Vec<String> {
    let mut surveys: Vec<String> = retired.iter().map(|r| r.survey.clone()).collect();
    surveys.dedup();
    surveys
}
