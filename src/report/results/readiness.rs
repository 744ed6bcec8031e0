//! The readiness part of the results: the yes/no shares the index reads,
//! the volunteers-versus-rest views, the index and recommendation per goal,
//! and the reach.

use super::cell::{self, Shape};
use super::index::{self, Inputs as IndexInputs};
use super::model::{Distribution, GoalResults, ReadinessResults, Results, Roles, Shares, Split};
use super::recommend::{self, Context};
use super::{Inputs, Published, labels, reach, table};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::{Goal, Readiness};

fn first(mut shares: Vec<Shares>) -> Shares {
    if shares.is_empty() {
        Shares {
            groups: Vec::new(),
            total: None,
        }
    } else {
        shares.swap_remove(0)
    }
}

pub(super) fn readiness_results(
    questionnaire: &Questionnaire,
    r: &Readiness,
    results: &Results,
    published: &Published,
    inputs: &Inputs,
) -> ReadinessResults {
    let volunteers = first(published.shares(r.willingness));
    let already_sharing = first(published.shares(r.shares_work.question));
    let course_interest = first(published.shares(r.course_interest.question));
    let weekly = published.shares(r.platform_use.question);
    let platforms = labels(&questionnaire.questions[r.platform_use.question].rows);
    let willing_table = &results.questions[r.willing_platforms].tables[0];
    let willing: Vec<Shares> = (0..platforms.len())
        .map(|p| {
            let option = r.willing_rows.iter().position(|&row| row == Some(p));
            table::option_shares(willing_table, option)
        })
        .collect();
    let split = |q: usize| subgroups(questionnaire, results, published, &volunteers, q);
    let barriers_split = split(r.barriers);
    let motivations_split = split(r.motivations);
    let index_inputs = IndexInputs {
        readiness: r,
        volunteers: &volunteers,
        already_sharing: &already_sharing,
        course_interest: &course_interest,
        weekly: &weekly,
        barriers: &results.questions[r.barriers].tables[0],
    };
    let ids = |q: usize| -> Vec<String> {
        questionnaire.questions[q]
            .options
            .iter()
            .map(|o| o.id.clone())
            .collect()
    };
    let (barrier_ids, motivation_ids) = (ids(r.barriers), ids(r.motivations));
    let context = Context {
        inputs: &index_inputs,
        groups: &results.groups,
        platforms: &platforms,
        willing: &willing,
        motivations: &results.questions[r.motivations].tables[0],
        barrier_ids: &barrier_ids,
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
    let reach = reach::reach(
        published.plan,
        published.tally,
        &platforms,
        published.limits.k,
        inputs.company_followers,
    );
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
        platforms,
        weekly,
        willing,
        barriers_split,
        motivations_split,
        goals,
        reach,
    }
}

/// Volunteers against the rest for one multiple-choice question, over all
/// published respondents. Shown only where both sides reach k (rule P8),
/// and only when the number of volunteers is itself published exactly:
/// otherwise the sides' sizes would give away a banded department.
fn subgroups(
    questionnaire: &Questionnaire,
    results: &Results,
    published: &Published,
    volunteers: &Shares,
    q: usize,
) -> Option<Split> {
    let k = published.limits.k;
    let total = volunteers.total?;
    let super::Cell::Exact { count, .. } = total.cell else {
        return None;
    };
    let rest_size = total.answered.checked_sub(count)?;
    if count < k || rest_size < k {
        return None;
    }
    let (_, all) = table::pooled(published.plan, &published.runs(false, q, 0));
    let (_, vol) = table::pooled(published.plan, &published.runs(true, q, 0));
    let (all, vol) = (all?, vol?);
    let rest: Vec<u64> = all
        .iter()
        .zip(&vol)
        .map(|(a, v)| a.saturating_sub(*v))
        .collect();
    let question = &questionnaire.questions[q];
    let options = question.options.len();
    let side = |run: &[u64]| {
        let answered = run.first().copied().unwrap_or(0);
        let counts: Vec<u64> = run.iter().skip(1).copied().collect();
        let p = cell::publish(&counts, answered, Shape::AnyOf, published.limits, None);
        Distribution {
            answered,
            cells: p.cells,
        }
    };
    let (mut v, mut rest) = (side(&vol), side(&rest));
    let whole = results.questions[q].tables[0]
        .total
        .as_ref()
        .map_or_else(|| vec![super::Cell::Hidden; options], |d| d.cells.clone());
    cell::protect_pair(&whole, &mut v.cells, &mut rest.cells);
    Some(Split {
        question: question.id.clone(),
        options: labels(&question.options),
        volunteers: v,
        rest,
    })
}
