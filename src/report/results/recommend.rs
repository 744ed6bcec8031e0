//! The pilot recommendation for one goal: "start small, with the
//! interested, in the department that fits the goal" (seed 002, step 5).
//! Read from published cells only, like the index.

use super::cell::Cell;
use super::index::{self, Inputs};
use super::model::{Because, Group, Index, Label, NoneReady, Pilot, Recommendation, Shares, Table};
use crate::questionnaire::readiness::{Goal, Step};

/// At most this many pilot departments: a pilot is small.
pub const MAX_PILOTS: usize = 3;
/// A second or third department joins only if its index is this close to the best.
pub const CLOSE_TO_BEST: u32 = 10;

/// What the recommendation reads besides the index inputs.
pub struct Context<'a> {
    pub inputs: &'a Inputs<'a>,
    pub groups: &'a [Group],
    pub platforms: &'a [Label],
    pub willing: &'a [Shares],
    pub motivations: &'a Table,
    pub barrier_ids: &'a [String],
    pub motivation_ids: &'a [String],
}

struct Candidate {
    group: usize,
    index: u32,
    volunteers: u64,
}

pub fn recommend(context: &Context, goal: Goal, indexes: &[Option<Index>]) -> Recommendation {
    let departments: Vec<usize> = (0..context.groups.len())
        .filter(|&g| context.groups[g].name.department().is_some())
        .collect();
    if departments.is_empty() {
        return none(NoneReady::NoDepartmentShown);
    }
    let min = u64::from(context.inputs.readiness.min_volunteers);
    let with_volunteers: Vec<Candidate> = departments
        .iter()
        .filter_map(|&g| {
            let share = context.inputs.volunteers.groups.get(g)?;
            let volunteers = share.cell.at_least(share.answered);
            let index = indexes.get(g).copied().flatten()?.value;
            (volunteers >= min).then_some(Candidate {
                group: g,
                index,
                volunteers,
            })
        })
        .collect();
    if with_volunteers.is_empty() {
        return none(NoneReady::TooFewVolunteers {
            min_volunteers: context.inputs.readiness.min_volunteers,
        });
    }
    let mut ready: Vec<(Candidate, usize)> = with_volunteers
        .into_iter()
        .filter_map(|c| start_platform(context, goal, c.group).map(|p| (c, p)))
        .collect();
    if ready.is_empty() {
        return none(NoneReady::NoPlatformFits);
    }
    ready.sort_by(|(a, _), (b, _)| {
        (b.index, b.volunteers, a.group).cmp(&(a.index, a.volunteers, b.group))
    });
    let best = ready[0].0.index;
    let pilots = ready
        .iter()
        .take(MAX_PILOTS)
        .filter(|(c, _)| c.index + CLOSE_TO_BEST >= best)
        .map(|(c, platform)| pilot(context, goal, c, *platform))
        .collect();
    Recommendation::Pilots { pilots }
}

fn none(why: NoneReady) -> Recommendation {
    Recommendation::NoneReady { why }
}

/// The platform where fit × weekly use × willingness to share is highest.
fn start_platform(context: &Context, goal: Goal, group: usize) -> Option<usize> {
    let fit = context.inputs.readiness.fit(goal);
    let score = |p: usize| {
        let weekly = context
            .inputs
            .weekly
            .get(p)
            .and_then(|s| index::value(s, group))?;
        let willing = context
            .willing
            .get(p)
            .and_then(|s| index::value(s, group))?;
        Some(fit.get(p).copied().unwrap_or(0.0) * weekly * willing)
    };
    (0..context.platforms.len())
        .filter_map(|p| score(p).map(|s| (p, s)))
        .filter(|&(_, s)| s > 0.0)
        .fold(None, |best: Option<(usize, f64)>, (p, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((p, s)),
        })
        .map(|(p, _)| p)
}

fn pilot(context: &Context, goal: Goal, c: &Candidate, platform: usize) -> Pilot {
    let inputs = context.inputs;
    let g = c.group;
    let barriers = inputs.barriers.groups.get(g);
    let motivations = context.motivations.groups.get(g);
    let steps = &inputs.readiness;
    // Exclusive options ("nothing holds me back") are neither removable nor
    // unremovable barriers: they are no barrier.
    let is_barrier = |o: usize| steps.barrier_steps[o].is_some() || steps.unremovable.contains(&o);
    let main_barrier = barriers
        .and_then(|d| most_chosen(&d.cells, d.answered, is_barrier))
        .and_then(|o| context.barrier_ids.get(o).cloned());
    let by_barrier = barriers
        .and_then(|d| most_chosen(&d.cells, d.answered, |o| steps.barrier_steps[o].is_some()));
    let by_motivation = motivations.and_then(|d| {
        most_chosen(&d.cells, d.answered, |o| {
            steps.motivation_steps.get(o).copied().flatten().is_some()
        })
    });
    let course = index::value(inputs.course_interest, g).is_some_and(|v| v > 0.0);
    let (first_step, first_step_because) = match (by_barrier, by_motivation) {
        (Some(o), _) => (
            steps.barrier_steps[o].unwrap_or(Step::Course),
            Because::Barrier {
                option: context.barrier_ids.get(o).cloned().unwrap_or_default(),
            },
        ),
        (None, Some(o)) => (
            steps.motivation_steps[o].unwrap_or(Step::Course),
            Because::Motivation {
                option: context.motivation_ids.get(o).cloned().unwrap_or_default(),
            },
        ),
        (None, None) if course => (Step::Course, Because::CourseInterest),
        (None, None) => (Step::Course, Because::Default),
    };
    let cell_of = |shares: &Shares| shares.groups.get(g).map_or(Cell::Hidden, |s| s.cell);
    Pilot {
        department: context.groups[g]
            .name
            .department()
            .unwrap_or_default()
            .to_owned(),
        index: c.index,
        respondents: context.groups[g].participation.answered,
        volunteers: cell_of(inputs.volunteers),
        platform: context.platforms[platform].id.clone(),
        weekly_on_platform: inputs.weekly.get(platform).map_or(Cell::Hidden, cell_of),
        platform_fit: index::platform_fit(inputs, goal, g).unwrap_or(0.0),
        main_barrier,
        first_step,
        first_step_because,
    }
}

/// The option chosen most among `eligible`, if surely anyone chose it (an
/// "almost none" band may stand for nobody).
fn most_chosen(cells: &[Cell], answered: u64, eligible: impl Fn(usize) -> bool) -> Option<usize> {
    cells
        .iter()
        .enumerate()
        .filter(|&(o, cell)| {
            let chosen = matches!(cell, Cell::Exact { count, .. } if *count > 0);
            eligible(o) && (chosen || *cell == Cell::AlmostAll)
        })
        .filter_map(|(o, cell)| cell.stand_in(answered).map(|v| (o, v)))
        .fold(None, |best: Option<(usize, f64)>, (o, v)| match best {
            Some((_, b)) if b >= v => best,
            _ => Some((o, v)),
        })
        .map(|(o, _)| o)
}
