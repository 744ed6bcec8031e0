//! The readiness part of the results, derived from the audited figures
//! only: the yes/no shares the index reads, the volunteers against the
//! rest, the index and recommendation per goal, and the reach.

use super::index::{self, Inputs as IndexInputs};
use super::model::{GoalResults, ReadinessResults, Results, Roles, Share, Shares, Split, Table};
use super::recommend::{self, Context};
use super::{labels, reach};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::{Goal, Readiness};
use crate::report::figures::{self, Cell, ReachFigure};

/// The published yes/no share of a table: each distribution's split cell
/// (volunteers, weekly or more, …), or one option's cell.
fn shares(table: Option<&Table>, cell: &dyn Fn(&figures::Distribution) -> Option<Cell>) -> Shares {
    let share = |d: &figures::Distribution| Share {
        answered: d.answered,
        cell: cell(d).unwrap_or(Cell::Hidden),
    };
    Shares {
        groups: table
            .map(|t| t.groups.iter().map(share).collect())
            .unwrap_or_default(),
        total: table.and_then(|t| t.total.as_ref().map(share)),
    }
}

fn first_table(results: &Results, q: usize) -> Option<&Table> {
    results.questions.get(q).and_then(|q| q.tables.first())
}

pub(super) fn readiness_results(
    questionnaire: &Questionnaire,
    r: &Readiness,
    results: &Results,
    splits: &[figures::Split],
    reach_figures: &[ReachFigure],
) -> ReadinessResults {
    let split_cell = |d: &figures::Distribution| d.split;
    let volunteers = shares(first_table(results, r.willingness), &split_cell);
    let already_sharing = shares(first_table(results, r.shares_work.question), &split_cell);
    let course_interest = shares(
        first_table(results, r.course_interest.question),
        &split_cell,
    );
    let use_tables = &results.questions[r.platform_use.question].tables;
    let weekly: Vec<Shares> = use_tables
        .iter()
        .map(|t| shares(Some(t), &split_cell))
        .collect();
    let platforms = labels(&questionnaire.questions[r.platform_use.question].rows);
    let willing_table = first_table(results, r.willing_platforms);
    let willing: Vec<Shares> = (0..platforms.len())
        .map(
            |p| match r.willing_rows.iter().position(|&row| row == Some(p)) {
                Some(o) => shares(willing_table, &|d| d.cells.get(o).copied()),
                None => shares(willing_table, &|_| None),
            },
        )
        .collect();
    let compared = |q: usize| {
        splits.iter().find(|s| s.question == q).map(|s| Split {
            question: questionnaire.questions[q].id.clone(),
            options: labels(&questionnaire.questions[q].options),
            volunteers: s.volunteers.clone(),
            rest: s.rest.clone(),
        })
    };
    let barriers_split = compared(r.barriers);
    let motivations_split = compared(r.motivations);
    let empty = Table {
        groups: Vec::new(),
        total: None,
    };
    let index_inputs = IndexInputs {
        readiness: r,
        volunteers: &volunteers,
        already_sharing: &already_sharing,
        course_interest: &course_interest,
        weekly: &weekly,
        barriers: first_table(results, r.barriers).unwrap_or(&empty),
    };
    let ids = |q: usize| -> Vec<String> {
        questionnaire.questions[q]
            .options
            .iter()
            .map(|o| o.id.clone())
            .collect()
    };
    let (barrier_ids, motivation_ids) = (ids(r.barriers), ids(r.motivations));
    let barrier_exclusive: Vec<bool> = questionnaire.questions[r.barriers]
        .options
        .iter()
        .map(|o| o.exclusive)
        .collect();
    let context = Context {
        inputs: &index_inputs,
        groups: &results.groups,
        platforms: &platforms,
        willing: &willing,
        motivations: first_table(results, r.motivations).unwrap_or(&empty),
        barrier_ids: &barrier_ids,
        barrier_exclusive: &barrier_exclusive,
        motivation_ids: &motivation_ids,
    };
    let goals = Goal::ALL
        .into_iter()
        .map(|goal| {
            let indexes: Vec<_> = (0..results.groups.len())
                .map(|g| index::index(&index_inputs, goal, g))
                .collect();
            let recommendation = recommend::recommend(&context, goal, &indexes);
            GoalResults {
                goal,
                index: indexes,
                recommendation,
            }
        })
        .collect();
    let id = |q: usize| questionnaire.questions[q].id.clone();
    let roles = Roles {
        willingness: id(r.willingness),
        shares_work: id(r.shares_work.question),
        course_interest: id(r.course_interest.question),
        platform_use: id(r.platform_use.question),
        willing_platforms: id(r.willing_platforms),
        followers: id(r.followers),
        barriers: id(r.barriers),
        motivations: id(r.motivations),
    };
    ReadinessResults {
        roles,
        volunteer_from: u32::try_from(r.volunteer_from + 1).unwrap_or(u32::MAX),
        min_volunteers: r.min_volunteers,
        volunteers,
        already_sharing,
        course_interest,
        internal: (0..platforms.len()).map(|p| r.is_internal(p)).collect(),
        reach: reach::reach(reach_figures, &platforms),
        platforms,
        weekly,
        willing,
        barriers_split,
        motivations_split,
        goals,
    }
}
