//! One published number, and rule P8's "no certainty" bands.
//!
//! A cell is how many of a group's respondents who answered a question chose
//! an option. In a group under `2k` (the band limit), a cell that would say
//! "all of them" or "none of them" tells each member's answer; such cells are
//! published as bands that also cover "all but one" and "one", so nobody can
//! tell whether a given member is the exception (docs/readiness.md).

use serde::Serialize;

/// What a page, chart, JSON answer or spreadsheet shows for one option.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cell {
    /// `count` of the group's answerers chose it; `share` is 0–1.
    Exact { count: u64, share: f64 },
    /// All, or all but one, of a small group.
    AlmostAll,
    /// None, or one, of a small group.
    AlmostNone,
    /// Not shown: fewer than k answered, or showing it would let a band or
    /// a hidden cell be found by subtraction.
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
    fn exact(count: u64, answered: u64) -> Cell {
        let share = if answered == 0 {
            0.0
        } else {
            count as f64 / answered as f64
        };
        Cell::Exact { count, share }
    }

    pub fn is_exact(&self) -> bool {
        matches!(self, Cell::Exact { .. })
    }

    /// A value 0–1 that is the same for every truth the cell allows: bands
    /// stand for the middle of the two counts they cover, so a number
    /// computed from published cells reveals nothing the cells do not.
    pub fn stand_in(&self, answered: u64) -> Option<f64> {
        let n = answered as f64;
        match *self {
            Cell::Exact { share, .. } => Some(share),
            Cell::AlmostAll if answered > 0 => Some((n - 0.5) / n),
            Cell::AlmostNone if answered > 0 => Some(0.5 / n),
            _ => None,
        }
    }

    /// The fewest answerers the cell can stand for.
    pub fn at_least(&self, answered: u64) -> u64 {
        match *self {
            Cell::Exact { count, .. } => count,
            Cell::AlmostAll => answered.saturating_sub(1),
            Cell::AlmostNone | Cell::Hidden => 0,
        }
    }
}

/// One group's distribution as published, and the published yes/no cell
/// of a set of its options (the split: volunteers, weekly or more, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub cells: Vec<Cell>,
    pub split: Option<Cell>,
}

/// Publishes the counts of one group's distribution under rules P4 and P8.
/// `split` is a set of option indexes whose sum is published as well; its
/// options are protected together with it, or their exact counts would add
/// up to a banded split.
pub fn publish(
    counts: &[u64],
    answered: u64,
    shape: Shape,
    limits: Limits,
    split: Option<&[usize]>,
) -> Published {
    let in_split = |o: usize| split.is_some_and(|s| s.contains(&o));
    let split_sum: u64 = (0..counts.len())
        .filter(|&o| in_split(o))
        .map(|o| counts[o])
        .sum();
    let whole = |cells: Vec<Cell>, split_cell: Cell| Published {
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

/// Complementary protection for a set of rows that add up to `total`: where
/// any row's cell is not exact, the total's cell in that column is hidden,
/// or the total minus the other rows would give it away.
pub fn protect_total(rows: &[&[Cell]], total: &mut [Cell]) {
    for (column, cell) in total.iter_mut().enumerate() {
        if rows
            .iter()
            .any(|row| row.get(column).is_some_and(|c| !c.is_exact()))
        {
            *cell = Cell::Hidden;
        }
    }
}

/// Volunteers and the rest, two parts of a published whole: where a part's
/// cell is not exact, the other part's is hidden, or the whole minus it
/// would give it away; where the whole is not exact, the rest's is hidden,
/// or the two parts would add up to it.
pub fn protect_pair(whole: &[Cell], volunteers: &mut [Cell], rest: &mut [Cell]) {
    for (column, (v, r)) in volunteers.iter_mut().zip(rest.iter_mut()).enumerate() {
        let whole_exact = whole.get(column).is_some_and(Cell::is_exact);
        match (v.is_exact(), r.is_exact()) {
            (false, true) => *r = Cell::Hidden,
            (true, false) => *v = Cell::Hidden,
            (true, true) if !whole_exact => *r = Cell::Hidden,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
