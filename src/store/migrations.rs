//! Schema migrations, embedded in the binary and run at every start.

use rusqlite::{Transaction, params};
use rusqlite_migration::{HookError, HookResult, M, Migrations};

use crate::questionnaire::Questionnaire;
use crate::random::random_bytes;

/// The version from which ballots are filled in place (migration 3): a
/// database that comes up to it from below is rewritten once (`VACUUM`).
pub(crate) const IN_PLACE: usize = 3;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_initial.sql")),
        M::up(include_str!("migrations/0002_admin.sql")),
        M::up_with_hook(
            include_str!("migrations/0003_in_place.sql"),
            ballots_from_responses,
        ),
        M::up(include_str!("migrations/0004_results.sql")),
        M::up(include_str!("migrations/0005_restore.sql")),
        M::up(include_str!("migrations/0006_identity_provider.sql")),
        M::up(include_str!("migrations/0007_publication.sql")),
        M::up(include_str!("migrations/0010_ballot_slots.sql")),
        M::up(include_str!("migrations/0008_follow_ups.sql")),
    ])
}

fn hook_error(what: impl std::fmt::Display) -> HookError {
    HookError::Hook(what.to_string())
}

/// Migration 3's data step: each stored response becomes a filled ballot
/// (its JSON answers as a fixed-width record), each department of a survey
/// still running gets one empty ballot per invite not yet answered, and the
/// old table goes.
fn ballots_from_responses(tx: &Transaction) -> HookResult {
    let surveys: Vec<(String, String, String)> = tx
        .prepare("SELECT id, status, questionnaire FROM surveys")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut insert = tx.prepare(
        "INSERT INTO ballots (survey_id, department, id, filled, answers) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (survey, status, source) in surveys {
        let questionnaire = Questionnaire::parse(&source).map_err(hook_error)?;
        let responses: Vec<(String, Vec<u8>, String)> = tx
            .prepare("SELECT department, id, answers FROM responses WHERE survey_id = ?1")?
            .query_map([&survey], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        for (department, id, json) in responses {
            let map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&json).map_err(hook_error)?;
            let answers = questionnaire
                .check_answers(&map)
                .map_err(|_| hook_error(format!("a stored response of {survey} is not valid")))?;
            insert.execute(params![
                survey,
                department,
                id,
                1,
                answers.to_record(&questionnaire)
            ])?;
        }
        if status == "closed" {
            continue;
        }
        let empty = vec![0u8; questionnaire.record_width()];
        let unanswered: Vec<(String, i64)> = tx
            .prepare(
                "SELECT d.name,
                    (SELECT count(*) FROM invites i WHERE i.survey_id = d.survey_id AND i.department = d.name)
                  - (SELECT count(*) FROM responses r WHERE r.survey_id = d.survey_id AND r.department = d.name)
                 FROM departments d WHERE d.survey_id = ?1",
            )?
            .query_map([&survey], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (department, count) in unanswered {
            for _ in 0..count.max(0) {
                let id: [u8; 16] = random_bytes().map_err(hook_error)?;
                insert.execute(params![survey, department, &id[..], 0, &empty])?;
            }
        }
    }
    tx.execute_batch("DROP TABLE responses;")?;
    Ok(())
}

#[cfg(test)]
mod tests;
