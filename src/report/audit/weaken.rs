//! Publishing a figure less precisely: the least weakening that also admits
//! the alternative the relaxation found. The whole company's figures and the
//! volunteers' comparison become rounded shares (coarser each time); a
//! group's exact count becomes a band where both values lie at an end, and
//! is hidden otherwise. A figure only ever gets weaker, so the audit ends.

use crate::report::figures::{At, Cell, Count, FigureId, Figures, Part, Published, grid};

/// The true and the alternative values of a figure and of its answerers.
#[derive(Debug, Clone, Copy)]
pub struct Values {
    pub truth: f64,
    pub truth_answered: f64,
    pub alt: f64,
    pub alt_answered: f64,
}

/// Whether the figure is about the whole company (or the volunteers'
/// comparison), where rounding is enough.
fn company_wide(id: &FigureId) -> bool {
    matches!(
        id,
        FigureId::Table { at: At::Total, .. } | FigureId::Split { .. }
    )
}

/// The share a value rounds to at a step, in reals (the alternative may be
/// fractional).
fn rounds(count: f64, answered: f64, step: u32) -> Option<i64> {
    if answered <= 1e-9 {
        return None;
    }
    let share = (100.0 * count / answered).clamp(0.0, 100.0);
    Some(((share / f64::from(step)) + 0.5 + 1e-9).floor() as i64)
}

fn rounded_cell(v: Values, finer_than: u32) -> Cell {
    for step in grid::SHARE_STEPS.into_iter().filter(|&s| s > finer_than) {
        let t = rounds(v.truth, v.truth_answered, step);
        if t.is_some() && t == rounds(v.alt, v.alt_answered, step) {
            let (c, a) = (v.truth.round() as u64, v.truth_answered.round() as u64);
            return Cell::rounded(c, a, step);
        }
    }
    Cell::Hidden
}

fn rounded_count(v: Values, finer_than: u64) -> Count {
    for base in grid::COUNT_BASES.into_iter().filter(|&b| b > finer_than) {
        let round = |x: f64| ((x / base as f64) + 0.5 + 1e-9).floor();
        if round(v.truth) == round(v.alt) {
            return Count::Rounded {
                value: grid::round_count(v.truth.round() as u64, base),
                base,
            };
        }
    }
    Count::Hidden
}

/// The weaker form of a figure.
pub fn weaker(id: &FigureId, now: Published, v: Values) -> Published {
    let wide = company_wide(id);
    match now {
        Published::Cell(cell) => Published::Cell(match cell {
            Cell::Exact { .. } => {
                let both = |lo: f64, hi: f64| {
                    (lo - 1e-6..=hi + 1e-6).contains(&v.truth)
                        && (lo - 1e-6..=hi + 1e-6).contains(&v.alt)
                };
                if both(0.0, 1.0) && !wide {
                    Cell::AlmostNone
                } else if !wide
                    && (v.truth_answered - v.alt_answered).abs() < 1e-6
                    && both(v.truth_answered - 1.0, v.truth_answered)
                {
                    Cell::AlmostAll
                } else if wide {
                    rounded_cell(v, 0)
                } else {
                    Cell::Hidden
                }
            }
            Cell::Rounded { step, .. } => rounded_cell(v, step),
            Cell::AlmostAll | Cell::AlmostNone | Cell::Hidden => Cell::Hidden,
        }),
        Published::Count(count) => Published::Count(match count {
            Count::Exact { .. } if wide => rounded_count(v, 0),
            Count::Rounded { base, .. } => rounded_count(v, base),
            _ => Count::Hidden,
        }),
    }
}

/// Sets the figure's weaker form, and keeps its distribution honest: where
/// the answerers are no longer exact, no cell may show an exact count and
/// share (the two would give the answerers back). The whole company's cells
/// keep a share rounded to whole percentages (which the audit checks next),
/// a group's are hidden.
pub fn apply(figures: &mut Figures, id: &FigureId, value: Published, truth_answered: u64) {
    figures.set(id, value);
    let (
        FigureId::Table {
            part: Part::Answered,
            ..
        }
        | FigureId::Split {
            part: Part::Answered,
            ..
        },
        Published::Count(answered_now),
    ) = (id, value)
    else {
        return;
    };
    if answered_now.is_exact() {
        return;
    }
    let wide = company_wide(id);
    let with_part = |part: Part| match *id {
        FigureId::Table {
            question, row, at, ..
        } => FigureId::Table {
            question,
            row,
            at,
            part,
        },
        FigureId::Split { split, side, .. } => FigureId::Split { split, side, part },
        other => other,
    };
    let mut part = 0;
    loop {
        let other = with_part(Part::Option(part));
        let Some(Published::Cell(cell)) = figures.get(&other) else {
            break;
        };
        part += 1;
        if let Cell::Exact { count, .. } = cell {
            let cell = if wide {
                Cell::rounded(count, truth_answered, 1)
            } else {
                Cell::Hidden
            };
            figures.set(&other, Published::Cell(cell));
        }
    }
    let split = with_part(Part::Split);
    if let Some(Published::Cell(Cell::Exact { count, .. })) = figures.get(&split) {
        let cell = if wide {
            Cell::rounded(count, truth_answered, 1)
        } else {
            Cell::Hidden
        };
        figures.set(&split, Published::Cell(cell));
    }
}

/// Shows a withheld figure at its true value: only ever for one the rest of
/// the publication already pins to that value. A cell is shown only where
/// its distribution's count of answerers is exact (a count and a share
/// would otherwise give the answerers back). Returns whether it changed.
pub fn reveal(figures: &mut Figures, id: &FigureId, truth: u64) -> bool {
    let answered_of = |figures: &Figures| {
        let answered = match *id {
            FigureId::Table {
                question, row, at, ..
            } => FigureId::Table {
                question,
                row,
                at,
                part: Part::Answered,
            },
            FigureId::Split { split, side, .. } => FigureId::Split {
                split,
                side,
                part: Part::Answered,
            },
            other => other,
        };
        match figures.get(&answered) {
            Some(Published::Count(c)) => c.value(),
            _ => None,
        }
    };
    match figures.get(id) {
        Some(Published::Count(Count::Hidden)) => {
            figures.set(id, Published::Count(Count::exact(truth)))
        }
        Some(Published::Cell(Cell::Hidden)) => match answered_of(figures) {
            Some(answered) if answered > 0 => {
                figures.set(id, Published::Cell(Cell::exact(truth, answered)))
            }
            _ => false,
        },
        _ => false,
    }
}
