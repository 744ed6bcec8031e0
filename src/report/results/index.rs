//! The readiness index of a published group, computed from published cells
//! only. A part whose cells are a band or rounded is a range, and a part
//! whose cells are withheld may be anything from 0 to 1; the index is then
//! a range too ("62–70"), which holds the index of the true answers. It
//! never stands a band in for a number (docs/readiness.md).

use super::model::{Index, Range, Shares, Table};
use crate::questionnaire::readiness::{Goal, Readiness};

/// The published data the index reads, for one group (`group` is an index
/// into `Results::groups`).
pub struct Inputs<'a> {
    pub readiness: &'a Readiness,
    pub volunteers: &'a Shares,
    pub already_sharing: &'a Shares,
    pub course_interest: &'a Shares,
    pub weekly: &'a [Shares],
    /// The barriers question's published table.
    pub barriers: &'a Table,
}

/// A group's share as a range, if its cell is shown at all.
pub fn value(shares: &Shares, group: usize) -> Option<Range> {
    let (low, high) = shares.groups.get(group)?.range()?;
    Some(Range { low, high })
}

/// How well the group's best platform serves the goal, 0–1: the highest
/// fit × share using it weekly or more. The best one, not an average: a
/// pilot starts on one platform (seed 002, step 4). A platform whose share
/// is withheld might be the best: it raises the upper end to its fit.
pub fn platform_fit(inputs: &Inputs, goal: Goal, group: usize) -> Option<Range> {
    let fit = inputs.readiness.fit(goal);
    let mut known = false;
    let (mut low, mut high) = (0.0f64, 0.0f64);
    for (platform, &f) in fit.iter().enumerate() {
        match inputs.weekly.get(platform).and_then(|s| value(s, group)) {
            Some(r) => {
                known = true;
                low = low.max(f * r.low);
                high = high.max(f * r.high);
            }
            None => high = high.max(f),
        }
    }
    known.then_some(Range { low, high })
}

/// 1 − the share held back by barriers no first step removes (added up
/// over those options, so counted high where one person chose several).
pub fn removable_barriers(inputs: &Inputs, group: usize) -> Option<Range> {
    let barriers = inputs.barriers.groups.get(group)?;
    let (mut stuck_low, mut stuck_high) = (0.0, 0.0);
    let mut known = false;
    for &option in &inputs.readiness.unremovable {
        let range = barriers
            .cells
            .get(option)
            .and_then(|c| c.share_range(barriers.answered.value()));
        match range {
            Some((low, high)) => {
                known = true;
                stuck_low += low;
                stuck_high += high;
            }
            None => stuck_high += 1.0,
        }
    }
    known.then(|| Range {
        low: (1.0 - stuck_high).clamp(0.0, 1.0),
        high: (1.0 - stuck_low).clamp(0.0, 1.0),
    })
}

pub fn index(inputs: &Inputs, goal: Goal, group: usize) -> Option<Index> {
    let w = inputs.readiness.weights;
    // Without anything known about willingness there is no index at all.
    let volunteers = value(inputs.volunteers, group)?;
    let parts = Index {
        low: 0,
        high: 0,
        volunteers: Some(volunteers),
        platform_fit: platform_fit(inputs, goal, group),
        already_sharing: value(inputs.already_sharing, group),
        course_interest: value(inputs.course_interest, group),
        removable_barriers: removable_barriers(inputs, group),
    };
    let weighted = [
        (w.volunteers, parts.volunteers),
        (w.platform_fit, parts.platform_fit),
        (w.already_sharing, parts.already_sharing),
        (w.course_interest, parts.course_interest),
        (w.removable_barriers, parts.removable_barriers),
    ];
    // A part that is withheld may be anything from 0 to 1.
    let (low, high, weights) =
        weighted
            .iter()
            .fold((0.0, 0.0, 0.0), |(l, h, t), &(weight, part)| {
                let r = part.unwrap_or(Range {
                    low: 0.0,
                    high: 1.0,
                });
                (l + weight * r.low, h + weight * r.high, t + weight)
            });
    if weights <= 0.0 {
        return None;
    }
    // Half up, with room for the last bit of floating-point error.
    let scale = |x: f64| (100.0 * x / weights + 1e-9).round().clamp(0.0, 100.0) as u32;
    Some(Index {
        low: scale(low),
        high: scale(high),
        ..parts
    })
}

/// The index of everyone who answered, read from the published
/// company-wide figures alone (each share's total, the barriers question's
/// total) exactly as a group's is read from its own: for the comparison of
/// two waves, which has an "everyone" row. Derived from published figures
/// only, so it tells nothing they do not.
pub fn everyone(results: &super::Results, readiness: &Readiness, goal: Goal) -> Option<Index> {
    let published = results.readiness.as_ref()?;
    let one = |s: &Shares| Shares {
        groups: s.total.into_iter().collect(),
        total: None,
    };
    let weekly: Vec<Shares> = published.weekly.iter().map(one).collect();
    let barriers = results.questions.get(readiness.barriers)?.tables.first()?;
    let barriers = Table {
        groups: barriers.total.clone().into_iter().collect(),
        total: None,
    };
    let inputs = Inputs {
        readiness,
        volunteers: &one(&published.volunteers),
        already_sharing: &one(&published.already_sharing),
        course_interest: &one(&published.course_interest),
        weekly: &weekly,
        barriers: &barriers,
    };
    index(&inputs, goal, 0)
}
