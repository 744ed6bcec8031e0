//! The readiness index of a published group, computed from published cells
//! only: a band counts as the middle of the two counts it covers, so the
//! index tells nothing the cells do not (docs/readiness.md).

use super::model::{Index, Shares, Table};
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

/// The stand-in value 0–1 of a group's share, if it is known.
pub fn value(shares: &Shares, group: usize) -> Option<f64> {
    let share = shares.groups.get(group)?;
    share.cell.stand_in(share.answered)
}

/// How well the group's best platform serves the goal, 0–1: the highest
/// fit × share using it weekly or more. The best one, not an average: a
/// pilot starts on one platform (seed 002, step 4).
pub fn platform_fit(inputs: &Inputs, goal: Goal, group: usize) -> Option<f64> {
    let fit = inputs.readiness.fit(goal);
    fit.iter()
        .enumerate()
        .filter_map(|(platform, &f)| {
            let weekly = inputs.weekly.get(platform).and_then(|s| value(s, group))?;
            Some(f * weekly)
        })
        .fold(None, |best: Option<f64>, x| {
            Some(best.map_or(x, |b| b.max(x)))
        })
}

/// 1 − the share held back by barriers no first step removes (added up
/// over those options, so counted high where one person chose several).
pub fn removable_barriers(inputs: &Inputs, group: usize) -> Option<f64> {
    let barriers = inputs.barriers.groups.get(group)?;
    let mut stuck = 0.0;
    for &option in &inputs.readiness.unremovable {
        stuck += barriers.cells.get(option)?.stand_in(barriers.answered)?;
    }
    Some((1.0 - stuck).clamp(0.0, 1.0))
}

pub fn index(inputs: &Inputs, goal: Goal, group: usize) -> Option<Index> {
    let w = inputs.readiness.weights;
    let parts = Index {
        value: 0,
        volunteers: value(inputs.volunteers, group),
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
    // A part that cannot be known is left out and the rest weigh more; with
    // nothing known about willingness there is no index at all.
    parts.volunteers?;
    let (sum, weights) = weighted
        .iter()
        .filter_map(|&(weight, part)| part.map(|p| (weight * p, weight)))
        .fold((0.0, 0.0), |(s, t), (x, w)| (s + x, t + w));
    if weights <= 0.0 {
        return None;
    }
    let value = (100.0 * sum / weights).round().clamp(0.0, 100.0) as u32;
    Some(Index { value, ..parts })
}
