//! What HR learns when a survey closes: one publication, made once and
//! audited, that every page, chart, JSON answer and spreadsheet reads.
//! Pure: no I/O, no web.
//!
//! Four steps. [`Tally`] counts the answers in one pass (memory independent
//! of the number of responses). [`draft`] publishes the counts as figures
//! through rule P4 (`report::suppression`: pooling) and rule P8 (bands).
//! `report::audit` checks all figures together against an attacker and
//! weakens what would let a protected count be recovered (rule P9).
//! Everything after that (shares per role, index, recommendation, reach,
//! sentences, charts) is derived from the audited figures only.
//! docs/readiness.md has the formulas and the rules.

pub(crate) mod draft;
mod index;
pub mod model;
mod participation;
mod reach;
mod readiness;
mod recommend;
pub mod sentences;

pub use crate::report::tally::{Counts, Layout, Tally, TallyError};
pub use index::everyone as everyone_index;
pub use model::*;

use crate::questionnaire::{Choice, Questionnaire};
use crate::report::audit::{self, Input};
use crate::report::figures::{GroupMembers, Limits};
use crate::report::suppression::{self, Placement};
use crate::survey::{DepartmentName, MinGroupSize};

/// What the service supplies besides the counts.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The survey's departments, in the order of the tally's indexes.
    pub departments: &'a [DepartmentName],
    /// Invites made per department, same order.
    pub invited: &'a [u64],
    pub min_group_size: MinGroupSize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ResultsError {
    #[error("{departments} departments, {invited} invite counts and {tallied} tallied departments")]
    Departments {
        departments: usize,
        invited: usize,
        tallied: usize,
    },
    #[error("the counts were made with another questionnaire")]
    Questionnaire,
}

fn labels(choices: &[Choice]) -> Vec<Label> {
    choices
        .iter()
        .map(|c| Label {
            id: c.id.clone(),
            text: c.text.clone(),
        })
        .collect()
}

/// The published results of a closed survey: drafted, audited, derived.
pub fn publish(
    questionnaire: &Questionnaire,
    tally: &Tally,
    inputs: &Inputs,
) -> Result<Results, ResultsError> {
    let departments = tally.departments.len();
    if inputs.departments.len() != departments || inputs.invited.len() != departments {
        return Err(ResultsError::Departments {
            departments: inputs.departments.len(),
            invited: inputs.invited.len(),
            tallied: departments,
        });
    }
    if tally.layout != crate::report::tally::Layout::of(questionnaire) {
        return Err(ResultsError::Questionnaire);
    }
    let k = u64::from(inputs.min_group_size.get());
    let limits = Limits {
        k,
        band_below: 2 * k,
    };
    let plan = suppression::plan(
        (0..departments).map(|d| (d, tally.departments[d].respondents)),
        inputs.min_group_size,
    );
    let placements: Vec<(u64, Placement)> = plan.groups().map(|(_, n, p)| (n, p)).collect();
    let members = group_members(&placements);
    let protected: Vec<bool> = placements
        .iter()
        .map(|&(n, p)| p == Placement::Pooled && n < k)
        .collect();
    let mut figures = draft::figures(questionnaire, tally, members.clone(), limits);
    let input = Input {
        questionnaire,
        tally,
        protected: &protected,
        k,
    };
    let audit = audit::audit(input, &mut figures);
    let (groups, empty, total) = participation::participation(inputs, &placements, &members, k);
    let crate::report::figures::Figures {
        tables,
        splits,
        reach,
        ..
    } = figures;
    let questions: Vec<QuestionResults> = questionnaire
        .questions
        .iter()
        .zip(tables)
        .map(|(question, tables)| QuestionResults {
            id: question.id.clone(),
            kind: question.kind.as_str().to_owned(),
            text: question.text.clone(),
            rows: labels(&question.rows),
            options: labels(&question.options),
            tables,
        })
        .collect();
    let mut results = Results {
        min_group_size: inputs.min_group_size.get(),
        band_below: limits.band_below,
        groups,
        empty,
        total,
        questions,
        readiness: None,
        audit,
    };
    if let Some(r) = &questionnaire.readiness {
        let derived = readiness::readiness_results(questionnaire, r, &results, &splits, &reach);
        results.readiness = Some(derived);
    }
    Ok(results)
}

/// The published groups: each shown department, then the pool.
fn group_members(placements: &[(u64, Placement)]) -> Vec<GroupMembers> {
    let mut groups: Vec<GroupMembers> = placements
        .iter()
        .enumerate()
        .filter(|(_, (_, p))| *p == Placement::Shown)
        .map(|(d, _)| GroupMembers {
            members: vec![d],
            pool: false,
        })
        .collect();
    let pooled: Vec<usize> = placements
        .iter()
        .enumerate()
        .filter(|(_, (_, p))| *p == Placement::Pooled)
        .map(|(d, _)| d)
        .collect();
    if !pooled.is_empty() {
        groups.push(GroupMembers {
            members: pooled,
            pool: true,
        });
    }
    groups
}

#[cfg(test)]
pub(crate) mod tests;
