//! One end of a change: what a wave's publication says about a unit for one
//! measure, read from its published figures only (never a tally), so the
//! comparison can tell nothing the publication does not. A unit of several
//! groups adds up their published counts, a band or a rounded cell as the
//! range of counts it allows; a withheld figure makes the sum withheld, as
//! any value would fit it.

use super::Publication;
use super::chance::Counted;
use super::model::{Measure, Value};
use crate::report::figures::{Cell, Count};
use crate::report::results::{Range, ReadinessResults, Share, Shares, everyone_index};

/// Why an end is missing, whichever the wave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    Withheld,
    NotAsked,
    Together,
}

/// The published shares a measure reads in a wave.
fn shares<'a>(readiness: &'a ReadinessResults, measure: &Measure) -> Option<&'a Shares> {
    match measure {
        Measure::Volunteers => Some(&readiness.volunteers),
        Measure::AlreadySharing => Some(&readiness.already_sharing),
        Measure::CourseInterest => Some(&readiness.course_interest),
        Measure::Weekly { platform } => readiness
            .platforms
            .iter()
            .position(|p| &p.id == platform)
            .and_then(|p| readiness.weekly.get(p)),
        Measure::Participation | Measure::Index { .. } => None,
    }
}

/// The question behind a share measure, so that two waves compare a
/// measure only where they asked it with the same question.
pub fn question<'a>(p: &Publication<'a>, measure: &Measure) -> Option<&'a str> {
    let r = p.results.readiness.as_ref()?;
    let roles = &r.roles;
    let id = match measure {
        Measure::Volunteers => &roles.willingness,
        Measure::AlreadySharing => &roles.shares_work,
        Measure::CourseInterest => &roles.course_interest,
        Measure::Weekly { .. } => &roles.platform_use,
        Measure::Participation | Measure::Index { .. } => return None,
    };
    shares(r, measure).map(|_| id.as_str())
}

/// A group's published yes/no share as counts: how many answered (exact:
/// a group's count of answerers is published exactly or not at all) and
/// the yes-counts its cell allows.
fn group_counts(share: &Share) -> Option<Counted> {
    let base = share.answered.value()?;
    if base == 0 {
        // Nobody answered the question: no cell, and nothing to add.
        return Some(Counted {
            base: 0,
            count: (0, 0),
        });
    }
    let count = match share.cell {
        Cell::Exact { count, .. } => (count, count),
        Cell::AlmostAll => (base - 1, base),
        Cell::AlmostNone => (0, 1.min(base)),
        cell @ Cell::Rounded { .. } => {
            let mut allowed = (0..=base).filter(|&c| cell.allows(c, base));
            let low = allowed.next()?;
            (low, allowed.next_back().unwrap_or(low))
        }
        Cell::Hidden => return None,
    };
    Some(Counted { base, count })
}

/// The counts behind a measure for a set of published groups (plus the
/// invites of its departments where nobody answered, for participation).
pub fn counted(
    p: &Publication<'_>,
    measure: &Measure,
    groups: &[usize],
    empty_invited: u64,
) -> Result<Counted, Gap> {
    if *measure == Measure::Participation {
        let (invited, answered) = groups
            .iter()
            .map(|&g| p.results.groups[g].participation)
            .fold((empty_invited, 0), |(i, a), part| {
                (i + part.invited, a + part.answered)
            });
        return Ok(Counted {
            base: invited,
            count: (answered, answered),
        });
    }
    let r = p.results.readiness.as_ref().ok_or(Gap::NotAsked)?;
    let shares = shares(r, measure).ok_or(Gap::NotAsked)?;
    let mut sum = Counted {
        base: 0,
        count: (0, 0),
    };
    for &g in groups {
        let c = shares
            .groups
            .get(g)
            .and_then(group_counts)
            .ok_or(Gap::Withheld)?;
        sum.base += c.base;
        sum.count.0 += c.count.0;
        sum.count.1 += c.count.1;
    }
    Ok(sum)
}

/// The share the counts allow, lowest to highest; missing when nobody is
/// in the base.
pub fn value_of(c: Counted) -> Result<Value, Gap> {
    if c.base == 0 {
        return Err(Gap::Withheld);
    }
    let n = c.base as f64;
    Ok(Value {
        value: Range {
            low: c.count.0 as f64 / n,
            high: c.count.1 as f64 / n,
        },
        base: Count::exact(c.base),
    })
}

/// The readiness index as the publication gives it for one group; several
/// groups have none (an index is not a sum of indexes).
pub fn index_value(p: &Publication<'_>, goal_index: usize, groups: &[usize]) -> Result<Value, Gap> {
    let &[g] = groups else {
        return Err(Gap::Together);
    };
    let r = p.results.readiness.as_ref().ok_or(Gap::NotAsked)?;
    let index = r
        .goals
        .get(goal_index)
        .and_then(|goal| goal.index.get(g).copied().flatten())
        .ok_or(Gap::Withheld)?;
    Ok(Value {
        value: Range {
            low: f64::from(index.low),
            high: f64::from(index.high),
        },
        base: Count::exact(p.results.groups[g].participation.answered),
    })
}

/// Everyone's end: the publication's own total, as published (its cells
/// and count of answerers may be rounded); the index read from those
/// totals as a group's is read from its own cells.
pub fn everyone_value(p: &Publication<'_>, measure: &Measure) -> Result<Value, Gap> {
    match measure {
        Measure::Participation => {
            let total = p.results.total.ok_or(Gap::Withheld)?;
            value_of(Counted {
                base: total.invited,
                count: (total.answered, total.answered),
            })
        }
        Measure::Index { goal } => {
            let readiness = p.questionnaire.readiness.as_ref().ok_or(Gap::NotAsked)?;
            let index = everyone_index(p.results, readiness, *goal).ok_or(Gap::Withheld)?;
            let total = p.results.total.ok_or(Gap::Withheld)?;
            Ok(Value {
                value: Range {
                    low: f64::from(index.low),
                    high: f64::from(index.high),
                },
                base: Count::exact(total.answered),
            })
        }
        _ => {
            let r = p.results.readiness.as_ref().ok_or(Gap::NotAsked)?;
            let share = shares(r, measure)
                .ok_or(Gap::NotAsked)?
                .total
                .ok_or(Gap::Withheld)?;
            let (low, high) = share.range().ok_or(Gap::Withheld)?;
            if share.answered.interval().is_none_or(|(lo, _)| lo == 0) {
                return Err(Gap::Withheld);
            }
            Ok(Value {
                value: Range { low, high },
                base: share.answered,
            })
        }
    }
}
