//! One published count of a group's answerers who chose an option, and
//! rule P8's "no certainty" bands.
//!
//! In a group under `2k` (the band limit), a cell that would say "all of
//! them" or "none of them" tells each member's answer; such cells are
//! published as bands that also cover "all but one" and "one", so nobody can
//! tell whether a given member is the exception (docs/readiness.md). The
//! whole company's cells may be published as rounded shares instead, where
//! an exact count would give a band or a hidden cell away by subtraction.

use serde::{Deserialize, Serialize};

use super::grid;

/// What a page, chart, JSON answer or spreadsheet shows for one option.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cell {
    /// `count` of the group's answerers chose it; `share` is 0–1.
    Exact { count: u64, share: f64 },
    /// All, or all but one, of a small group.
    AlmostAll,
    /// None, or one, of a small group.
    AlmostNone,
    /// Only the share, rounded half up to `step` percentage points:
    /// `percent − step/2 ≤ 100 · count / answered < percent + step/2`.
    Rounded { percent: u32, step: u32 },
    /// Not shown: fewer than k answered, or showing it would let a
    /// protected count be found from the other published numbers.
    Hidden,
}

/// How the options of a distribution relate to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Exactly one option per answerer (single, scale, a matrix row): the
    /// counts add up to the answerers.
    OneOf,
    /// Any number of options (multiple choice, or a derived yes/no): each
    /// option is a yes/no question of its own.
    AnyOf,
}

/// The size limits of the published numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// No cell describes fewer answerers than this (rule P4's k).
    pub k: u64,
    /// Groups with fewer answerers than this get bands (2k).
    pub band_below: u64,
}

impl Cell {
    pub fn exact(count: u64, answered: u64) -> Cell {
        let share = if answered == 0 {
            0.0
        } else {
            count as f64 / answered as f64
        };
        Cell::Exact { count, share }
    }

    /// A share rounded to `step` percentage points.
    pub fn rounded(count: u64, answered: u64, step: u32) -> Cell {
        match grid::round_share(count, answered, step) {
            Some(percent) => Cell::Rounded { percent, step },
            None => Cell::Hidden,
        }
    }

    pub fn is_exact(&self) -> bool {
        matches!(self, Cell::Exact { .. })
    }

    /// The shares 0–1 the cell allows, lowest and highest, for a group of
    /// `answered`; `None` when hidden or when nobody answered. A number
    /// derived from published cells uses these bounds, never a midpoint,
    /// so it claims no more than the cells.
    pub fn share_range(&self, answered: Option<u64>) -> Option<(f64, f64)> {
        let n = answered.filter(|&n| n > 0).map(|n| n as f64);
        match *self {
            Cell::Exact { share, .. } => Some((share, share)),
            Cell::AlmostAll => n.map(|n| ((n - 1.0) / n, 1.0)),
            Cell::AlmostNone => n.map(|n| (0.0, 1.0 / n)),
            Cell::Rounded { percent, step } => {
                let (p, s) = (f64::from(percent), f64::from(step));
                Some((
                    ((p - s / 2.0) / 100.0).max(0.0),
                    ((p + s / 2.0) / 100.0).min(1.0),
                ))
            }
            Cell::Hidden => None,
        }
    }

    /// The fewest answerers the cell can stand for.
    pub fn at_least(&self, answered: u64) -> u64 {
        match *self {
            Cell::Exact { count, .. } => count,
            Cell::AlmostAll => answered.saturating_sub(1),
            Cell::AlmostNone | Cell::Hidden | Cell::Rounded { .. } => 0,
        }
    }

    /// Whether `count` of `answered` is one of the truths the cell allows.
    pub fn allows(&self, count: u64, answered: u64) -> bool {
        match *self {
            Cell::Exact { count: c, .. } => c == count,
            Cell::AlmostAll => count + 1 >= answered,
            Cell::AlmostNone => count <= 1,
            Cell::Rounded { percent, step } => {
                grid::share_rounds_to(count, answered, percent, step)
            }
            Cell::Hidden => true,
        }
    }
}

/// One group's distribution as published, and the published yes/no cell
/// of a set of its options (the split: volunteers, weekly or more, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Cells {
    pub cells: Vec<Cell>,
    pub split: Option<Cell>,
}

/// Publishes the counts of one group's distribution under rules P4 and P8.
/// `split` is a set of option indexes whose sum is published as well; its
/// options are protected together with it, or their exact counts would add
/// up to a banded split.
pub fn publish_cells(
    counts: &[u64],
    answered: u64,
    shape: Shape,
    limits: Limits,
    split: Option<&[usize]>,
) -> Cells {
    let in_split = |o: usize| split.is_some_and(|s| s.contains(&o));
    let split_sum: u64 = (0..counts.len())
        .filter(|&o| in_split(o))
        .map(|o| counts[o])
        .sum();
    let whole = |cells: Vec<Cell>, split_cell: Cell| Cells {
        cells,
        split: split.map(|_| split_cell),
    };
    if answered < limits.k {
        return whole(vec![Cell::Hidden; counts.len()], Cell::Hidden);
    }
    if answered >= limits.band_below {
        let cells = counts.iter().map(|&c| Cell::exact(c, answered)).collect();
        return whole(cells, Cell::exact(split_sum, answered));
    }
    let near_all = |c: u64| c + 1 >= answered;
    let near_none = |c: u64| c <= 1;
    let yes_no = |c: u64| match c {
        c if near_all(c) => Cell::AlmostAll,
        c if near_none(c) => Cell::AlmostNone,
        c => Cell::exact(c, answered),
    };
    if shape == Shape::AnyOf {
        return whole(
            counts.iter().map(|&c| yes_no(c)).collect(),
            yes_no(split_sum),
        );
    }
    let map = |f: &dyn Fn(usize, u64) -> Cell| -> Vec<Cell> {
        counts.iter().enumerate().map(|(o, &c)| f(o, c)).collect()
    };
    if let Some(all) = counts.iter().position(|&c| near_all(c)) {
        // One option chosen by all but at most one: every option is banded,
        // or the others' exact counts would give it away.
        let cells = map(&|o, _| {
            if o == all {
                Cell::AlmostAll
            } else {
                Cell::AlmostNone
            }
        });
        let split_cell = if in_split(all) {
            Cell::AlmostAll
        } else {
            Cell::AlmostNone
        };
        return whole(cells, split_cell);
    }
    if split.is_some() && (near_all(split_sum) || near_none(split_sum)) {
        // The side with at most one answerer is banded option by option; the
        // other side's options are hidden, since their exact counts would
        // add up to "all" or "all but one".
        let few_inside = near_none(split_sum);
        let cells = map(&|o, _| {
            if in_split(o) == few_inside {
                Cell::AlmostNone
            } else {
                Cell::Hidden
            }
        });
        return whole(cells, yes_no(split_sum));
    }
    let cells = counts.iter().map(|&c| Cell::exact(c, answered)).collect();
    whole(cells, Cell::exact(split_sum, answered))
}

#[cfg(test)]
mod tests;
