//! The pilot recommendation for one goal: "start small, with the
//! interested, in the department that fits the goal" (seed 002, step 5).
//! Read from published cells only, like the index, and claiming no more
//! than they say: a band counts as the least it can stand for, a withheld
//! figure as nothing sure, and where a withheld figure might change the
//! answer, the recommendation says so.

use super::index::{self, Inputs};
use super::model::{
    Because, Cell, Distribution, Group, Index, Label, MainBarrier, NoneReady, Pilot,
    Recommendation, Shares, Table,
};
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
    pub barrier_exclusive: &'a [bool],
    pub motivation_ids: &'a [String],
}

struct Candidate {
    group: usize,
    index: Index,
    volunteers: u64,
    start: Start,
}

/// The platform to start on, and the platforms that might beat it.
struct Start {
    platform: Option<usize>,
    maybe_better: Vec<usize>,
}

pub fn recommend(context: &Context, goal: Goal, indexes: &[Option<Index>]) -> Recommendation {
    let departments: Vec<usize> = (0..context.groups.len())
        .filter(|&g| context.groups[g].name.department().is_some())
        .collect();
    if departments.is_empty() {
        return none(NoneReady::NoDepartmentShown);
    }
    let min = u64::from(context.inputs.readiness.min_volunteers);
    let with_volunteers: Vec<(usize, Index, u64)> = departments
        .iter()
        .filter_map(|&g| {
            let share = context.inputs.volunteers.groups.get(g)?;
            let answered = share.answered.value()?;
            let volunteers = share.cell.at_least(answered);
            let index = indexes.get(g).copied().flatten()?;
            (volunteers >= min).then_some((g, index, volunteers))
        })
        .collect();
    if with_volunteers.is_empty() {
        return none(NoneReady::TooFewVolunteers {
            min_volunteers: context.inputs.readiness.min_volunteers,
        });
    }
    let mut ready: Vec<Candidate> = with_volunteers
        .into_iter()
        .filter_map(|(group, index, volunteers)| {
            let start = start_platform(context, goal, group)?;
            Some(Candidate {
                group,
                index,
                volunteers,
                start,
            })
        })
        .collect();
    if ready.is_empty() {
        return none(NoneReady::NoPlatformFits);
    }
    // Ranked by the least the index can be, then its most, then volunteers.
    ready.sort_by(|a, b| {
        (b.index.low, b.index.high, b.volunteers, a.group).cmp(&(
            a.index.low,
            a.index.high,
            a.volunteers,
            b.group,
        ))
    });
    let best = ready[0].index.low;
    let pilots = ready
        .iter()
        .take(MAX_PILOTS)
        .filter(|c| c.index.low + CLOSE_TO_BEST >= best)
        .map(|c| pilot(context, goal, c))
        .collect();
    Recommendation::Pilots { pilots }
}

fn none(why: NoneReady) -> Recommendation {
    Recommendation::NoneReady { why }
}

/// The platform where fit × weekly use × willingness to share is surely
/// highest: scored by the least each share can be. `None` when no platform
/// surely scores above 0 and none could (nothing to start on); a start
/// without a platform when only withheld figures could.
fn start_platform(context: &Context, goal: Goal, group: usize) -> Option<Start> {
    let fit = context.inputs.readiness.fit(goal);
    let bounds = |p: usize| {
        let f = fit.get(p).copied().unwrap_or(0.0);
        let weekly = context
            .inputs
            .weekly
            .get(p)
            .and_then(|s| index::value(s, group));
        let willing = context.willing.get(p).and_then(|s| index::value(s, group));
        let low = match (weekly, willing) {
            // A band stands for its least; "almost none" for none.
            (Some(w), Some(v)) if w.low > 0.0 && v.low > 0.0 => f * w.low * v.low,
            _ => 0.0,
        };
        let high = f * weekly.map_or(1.0, |w| w.high) * willing.map_or(1.0, |v| v.high);
        (low, high)
    };
    let scored: Vec<(usize, f64, f64)> = (0..context.platforms.len())
        .map(|p| {
            let (low, high) = bounds(p);
            (p, low, high)
        })
        .collect();
    let best = scored.iter().filter(|&&(_, low, _)| low > 0.0).fold(
        None,
        |best: Option<(usize, f64)>, &(p, low, _)| match best {
            Some((_, b)) if b >= low => best,
            _ => Some((p, low)),
        },
    );
    let floor = best.map_or(0.0, |(_, low)| low);
    let maybe_better: Vec<usize> = scored
        .iter()
        .filter(|&&(p, low, high)| Some(p) != best.map(|b| b.0) && high > floor && low < high)
        .map(|&(p, _, _)| p)
        .collect();
    if best.is_none() && maybe_better.is_empty() {
        return None;
    }
    Some(Start {
        platform: best.map(|(p, _)| p),
        maybe_better,
    })
}

fn cell_of(shares: &Shares, g: usize) -> Cell {
    shares.groups.get(g).map_or(Cell::Hidden, |s| s.cell)
}

fn pilot(context: &Context, goal: Goal, c: &Candidate) -> Pilot {
    let inputs = context.inputs;
    let g = c.group;
    let barriers = inputs.barriers.groups.get(g);
    let motivations = context.motivations.groups.get(g);
    let steps = &inputs.readiness;
    let is_barrier = |o: usize| !context.barrier_exclusive.get(o).copied().unwrap_or(true);
    let main_barrier = barriers.map_or(MainBarrier::None, |d| {
        main_barrier(d, &is_barrier, context.barrier_ids)
    });
    let by_barrier = barriers.and_then(|d| most_chosen(d, |o| steps.barrier_steps[o].is_some()));
    let by_motivation = motivations.and_then(|d| {
        most_chosen(d, |o| {
            steps.motivation_steps.get(o).copied().flatten().is_some()
        })
    });
    let course = index::value(inputs.course_interest, g).is_some_and(|v| v.low > 0.0);
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
    let platform = c.start.platform;
    let on = |shares: &[Shares]| {
        platform
            .and_then(|p| shares.get(p))
            .map_or(Cell::Hidden, |s| cell_of(s, g))
    };
    Pilot {
        department: context.groups[g]
            .name
            .department()
            .unwrap_or_default()
            .to_owned(),
        index: c.index,
        respondents: context.groups[g].participation.answered,
        volunteers: cell_of(inputs.volunteers, g),
        platform: platform.map(|p| context.platforms[p].id.clone()),
        weekly_on_platform: on(inputs.weekly),
        willing_on_platform: on(context.willing),
        platform_fit: platform.map_or(0.0, |p| {
            inputs.readiness.fit(goal).get(p).copied().unwrap_or(0.0)
        }),
        maybe_better: c
            .start
            .maybe_better
            .iter()
            .map(|&p| context.platforms[p].id.clone())
            .collect(),
        main_barrier,
        first_step,
        first_step_because,
    }
}

/// The least and most a cell of a distribution can count.
fn count_range(d: &Distribution, o: usize) -> Option<(f64, f64)> {
    let answered = d.answered.value()? as f64;
    let (low, high) = d.cells.get(o)?.share_range(Some(answered as u64))?;
    Some((low * answered, high * answered))
}

/// The barrier named most, of all barriers (whether or not a first step
/// removes it): those whose least count no other option's most exceeds.
fn main_barrier(
    d: &Distribution,
    is_barrier: &dyn Fn(usize) -> bool,
    ids: &[String],
) -> MainBarrier {
    let ranges: Vec<(usize, Option<(f64, f64)>)> = (0..d.cells.len())
        .filter(|&o| is_barrier(o))
        .map(|o| (o, count_range(d, o)))
        .collect();
    let best_low = ranges
        .iter()
        .filter_map(|(_, r)| r.map(|r| r.0))
        .fold(0.0f64, f64::max);
    if best_low <= 0.0 {
        return MainBarrier::None;
    }
    let options: Vec<String> = ranges
        .iter()
        .filter(|(_, r)| r.is_some_and(|(low, _)| (low - best_low).abs() < 1e-9))
        .filter_map(|(o, _)| ids.get(*o).cloned())
        .collect();
    let sure = ranges.iter().all(|(_, r)| match r {
        Some((low, high)) => (low - best_low).abs() < 1e-9 || *high < best_low,
        None => false,
    });
    MainBarrier::Named { options, sure }
}

/// The option chosen most among `eligible`, by the least its cell can
/// count, if surely anyone chose it.
fn most_chosen(d: &Distribution, eligible: impl Fn(usize) -> bool) -> Option<usize> {
    (0..d.cells.len())
        .filter(|&o| eligible(o))
        .filter_map(|o| count_range(d, o).map(|(low, _)| (o, low)))
        .filter(|&(_, low)| low > 0.0)
        .fold(None, |best: Option<(usize, f64)>, (o, v)| match best {
            Some((_, b)) if b >= v => best,
            _ => Some((o, v)),
        })
        .map(|(o, _)| o)
}
