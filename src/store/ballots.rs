//! The ballot box: spent tokens, and ballots that answers fill in place.

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use rusqlite::{Connection, OptionalExtension, params};

use super::decode::corrupt;
use super::surveys::current_status;
use super::{Store, StoreError};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::TokenHash;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordOutcome {
    Stored,
    TokenSpent,
    SurveyNotOpen(Option<SurveyStatus>),
}

impl Store {
    /// Spends a token and fills one of its department's empty ballots in one
    /// transaction: both or neither. Which ballot is drawn at random from
    /// `seed`, every empty one as likely as any other; it was made with some
    /// invite of the department, never this token's own (which the server
    /// cannot know), and shares nothing with the token.
    pub async fn record_response(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        token: TokenHash,
        seed: [u8; 32],
        record: Vec<u8>,
    ) -> Result<RecordOutcome, StoreError> {
        let (survey, department) = (survey.clone(), department.clone());
        self.write(move |conn| {
            match current_status(conn, &survey)? {
                Some(SurveyStatus::Open) => {}
                other => return Ok(RecordOutcome::SurveyNotOpen(other)),
            }
            let spent = conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO spent_tokens (token_hash, survey_id) VALUES (?1, ?2)",
                )?
                .execute(params![&token.0[..], survey.as_str()])?;
            if spent == 0 {
                return Ok(RecordOutcome::TokenSpent);
            }
            let ballot = empty_ballot(conn, &survey, &department, seed)?
                .ok_or_else(|| corrupt(format!("no empty ballot left in {department}")))?;
            // Same width as the empty record, so SQLite rewrites it in place.
            let filled = conn
                .prepare_cached(
                    "UPDATE ballots SET filled = 1, answers = ?4
                     WHERE survey_id = ?1 AND department = ?2 AND id = ?3
                       AND filled = 0 AND length(answers) = length(?4)",
                )?
                .execute(params![
                    survey.as_str(),
                    department.as_str(),
                    ballot,
                    record
                ])?;
            if filled != 1 {
                return Err(corrupt("an answer record of the wrong width"));
            }
            Ok(RecordOutcome::Stored)
        })
        .await
    }
}

/// Random slots drawn (a microsecond each) before the empty ballots are
/// counted instead, which reads all the department's ballots (a tenth of a
/// millisecond for 2,000): 64 misses in a row happen once in 800 answers at
/// 90 % full, and to about half of the answers at 99 %.
const DRAWS: usize = 64;

/// An empty ballot of the department, each as likely as any other: a random
/// slot, drawn again while its ballot is filled or gone (voiding leaves
/// gaps); after `DRAWS` misses, one at a random place among those left.
///
/// Not the first empty ballot after a random id: that one is likelier the
/// longer the run of filled ballots before it, so ballots would fill in
/// runs of rising ids, and a page keeps its ballots in id order (rule P1;
/// migration 10).
fn empty_ballot(
    conn: &Connection,
    survey: &SurveyId,
    department: &DepartmentName,
    seed: [u8; 32],
) -> Result<Option<Vec<u8>>, StoreError> {
    let mut rng = StdRng::from_seed(seed);
    let (s, d) = (survey.as_str(), department.as_str());
    let slots = next_slot(conn, s, d)?;
    if slots == 0 {
        return Ok(None);
    }
    let mut at = conn.prepare_cached(
        "SELECT id FROM ballots
         WHERE survey_id = ?1 AND department = ?2 AND slot = ?3 AND filled = 0",
    )?;
    for _ in 0..DRAWS {
        let slot = rng.random_range(0..slots);
        if let Some(id) = at.query_row(params![s, d, slot], |r| r.get(0)).optional()? {
            return Ok(Some(id));
        }
    }
    let empty: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM ballots WHERE survey_id = ?1 AND department = ?2 AND filled = 0",
        )?
        .query_row(params![s, d], |r| r.get(0))?;
    if empty == 0 {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached(
            "SELECT id FROM ballots WHERE survey_id = ?1 AND department = ?2 AND filled = 0
             ORDER BY slot LIMIT 1 OFFSET ?3",
        )?
        .query_row(params![s, d, rng.random_range(0..empty)], |r| r.get(0))
        .optional()?)
}

/// The slot after the department's last one.
fn next_slot(conn: &Connection, survey: &str, department: &str) -> Result<i64, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(max(slot), -1) + 1 FROM ballots WHERE survey_id = ?1 AND department = ?2",
        )?
        .query_row(params![survey, department], |r| r.get(0))?)
}

/// Empty ballots for the department under the random `ids`, as wide as the
/// survey's answer records, numbered after its last slot. In key order, so
/// that where a row sits in its page says nothing but that HR made it.
pub(super) fn add_empty(
    conn: &Connection,
    survey: &str,
    department: &str,
    mut ids: Vec<[u8; 16]>,
    record_width: usize,
) -> Result<(), StoreError> {
    ids.sort_unstable();
    let first = next_slot(conn, survey, department)?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO ballots (survey_id, department, id, slot, answers)
         VALUES (?1, ?2, ?3, ?4, zeroblob(?5))",
    )?;
    for (slot, id) in (first..).zip(&ids) {
        insert.execute(params![survey, department, &id[..], slot, record_width])?;
    }
    Ok(())
}

/// Moves a draft department's ballots into another, numbered after its
/// last slot (a merge: nothing is filled in a draft).
pub(super) fn move_all(
    conn: &Connection,
    survey: &str,
    from: &str,
    into: &str,
) -> Result<(), StoreError> {
    let after = next_slot(conn, survey, into)?;
    conn.prepare_cached(
        "UPDATE ballots SET department = ?3, slot = slot + ?4
         WHERE survey_id = ?1 AND department = ?2",
    )?
    .execute(params![survey, from, into, after])?;
    Ok(())
}

#[cfg(test)]
mod tests;
