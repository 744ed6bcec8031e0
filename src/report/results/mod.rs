//! What HR learns when a survey closes: every distribution per published
//! group, the readiness index per goal, the pilot recommendation and the
//! volunteers' reach. Pure: no I/O, no web.
//!
//! Two steps. [`Tally`] counts the answers in one pass (memory independent
//! of the number of responses). [`publish`] turns the counts into
//! [`Results`] through rule P4 (`report::suppression`: pooling, complementary
//! suppression, totals) and rule P8 (subgroups and "no certainty" bands, see
//! [`cell`]). Everything after that (index, recommendation, sentences,
//! charts) reads the published [`Results`] only. docs/readiness.md has the
//! formulas and the rules.

pub mod cell;
mod index;
pub mod model;
mod reach;
mod recommend;
pub mod sentences;
mod table;
mod tally;

pub use cell::Cell;
pub use model::*;
pub use tally::{Counts, Layout, Tally, TallyError};

use crate::questionnaire::readiness::Readiness;
use crate::questionnaire::{Choice, Kind, Questionnaire};
use crate::report::suppression::{self, Plan, Row};
use crate::survey::{DepartmentName, MinGroupSize};
use cell::{Limits, Shape};

/// What the service supplies besides the counts.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The survey's departments, in the order of the tally's indexes.
    pub departments: &'a [DepartmentName],
    /// Invites made per department, same order.
    pub invited: &'a [u64],
    pub min_group_size: MinGroupSize,
    /// The company's own followers per platform row id, as HR gave them.
    pub company_followers: &'a [(String, u64)],
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

/// The published results of a closed survey.
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
    if tally.layout != Layout::of(questionnaire) {
        return Err(ResultsError::Questionnaire);
    }
    let k = u64::from(inputs.min_group_size.get());
    let limits = Limits {
        k,
        band_below: 2 * k,
    };
    let plan = suppression::plan(
        inputs
            .departments
            .iter()
            .zip(tally.departments.iter().map(|d| d.respondents)),
        inputs.min_group_size,
    );
    let (groups, total) = participation(&plan, inputs.invited);
    let mut published = Published {
        plan: &plan,
        tally,
        limits,
        splits: Vec::new(),
    };
    let questions = questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| published.question(questionnaire, q, question))
        .collect();
    let mut results = Results {
        min_group_size: inputs.min_group_size.get(),
        band_below: limits.band_below,
        groups,
        total,
        questions,
        readiness: None,
    };
    if let Some(readiness) = &questionnaire.readiness {
        let r = readiness_results(questionnaire, readiness, &results, &published, inputs);
        results.readiness = Some(r);
    }
    Ok(results)
}

fn participation(
    plan: &Plan<&DepartmentName>,
    invited: &[u64],
) -> (Vec<Group>, Option<Participation>) {
    let answered = plan.respondents();
    let invites = plan.tabulate(invited, |sum, n| *sum += n);
    let part = |invited: u64, answered: u64| Participation {
        invited,
        answered,
        response_rate: (invited > 0).then(|| answered as f64 / invited as f64),
    };
    let groups = answered
        .rows
        .iter()
        .zip(&invites.rows)
        .map(|(row, inv)| {
            let invited = match inv {
                Row::Group { value, .. } | Row::Other { value, .. } => *value,
            };
            let (name, n) = match row {
                Row::Group { key, value } => (
                    GroupName::Department {
                        name: key.as_str().to_owned(),
                    },
                    *value,
                ),
                Row::Other { members, value } => (
                    GroupName::Other {
                        departments: members.len(),
                    },
                    *value,
                ),
            };
            Group {
                name,
                participation: part(invited, n),
            }
        })
        .collect();
    let total = answered
        .total
        .zip(invites.total)
        .map(|(answered, invited)| part(invited, answered));
    (groups, total)
}

/// The state shared while publishing each question.
struct Published<'a> {
    plan: &'a Plan<&'a DepartmentName>,
    tally: &'a Tally,
    limits: Limits,
    /// The yes/no shares of the readiness splits: (question, shares).
    splits: Vec<(usize, Shares)>,
}

impl Published<'_> {
    fn runs(&self, volunteers: bool, q: usize, row: usize) -> Vec<Vec<u64>> {
        let range = self.tally.layout.run(q, row);
        self.tally
            .departments
            .iter()
            .map(|d| {
                let counters = if volunteers { &d.volunteer } else { &d.all };
                counters[range.clone()].to_vec()
            })
            .collect()
    }

    fn question(
        &mut self,
        questionnaire: &Questionnaire,
        q: usize,
        question: &crate::questionnaire::Question,
    ) -> QuestionResults {
        let shape = match question.kind {
            Kind::Multiple => Shape::AnyOf,
            _ => Shape::OneOf,
        };
        let split = questionnaire
            .readiness
            .as_ref()
            .and_then(|r| split_of(r, q, question));
        let tables = (0..self.tally.layout.rows(q))
            .map(|row| {
                let runs = self.runs(false, q, row);
                let (table, shares) = table::publish(
                    self.plan,
                    &runs,
                    question.options.len(),
                    shape,
                    self.limits,
                    split.as_deref(),
                );
                if let Some(shares) = shares {
                    self.splits.push((q, shares));
                }
                table
            })
            .collect();
        QuestionResults {
            id: question.id.clone(),
            kind: question.kind.as_str(),
            text: question.text.clone(),
            rows: labels(&question.rows),
            options: labels(&question.options),
            tables,
        }
    }

    fn shares(&self, q: usize) -> Vec<Shares> {
        self.splits
            .iter()
            .filter(|(question, _)| *question == q)
            .map(|(_, s)| s.clone())
            .collect()
    }
}

/// The options whose sum a readiness role publishes as a yes/no share.
fn split_of(
    r: &Readiness,
    q: usize,
    question: &crate::questionnaire::Question,
) -> Option<Vec<usize>> {
    if q == r.willingness {
        Some((r.volunteer_from..question.options.len()).collect())
    } else if q == r.shares_work.question {
        Some(r.shares_work.options.clone())
    } else if q == r.course_interest.question {
        Some(r.course_interest.options.clone())
    } else if q == r.platform_use.question {
        Some(r.platform_use.options.clone())
    } else {
        None
    }
}

mod readiness;
use readiness::readiness_results;

#[cfg(test)]
pub(crate) mod tests;
