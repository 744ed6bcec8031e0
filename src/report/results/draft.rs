//! The figures as the rules alone would publish them, before the audit:
//! rule P4 (each published group — a department of k or more, or the pool —
//! and the whole company; a distribution answered by fewer than k hidden
//! with its count of answerers), rule P8 (bands in groups under 2k), and the
//! whole company's cells rounded to whole percentages wherever a group's
//! cell in the same column is not exact, so the total cannot give it away
//! by subtraction while the company-wide picture stays visible. The audit
//! then checks all of it together and weakens what it must.

use crate::questionnaire::readiness::Readiness;
use crate::questionnaire::{Kind, Questionnaire};
use crate::report::figures::{
    Cell, Count, Distribution, Figures, GroupMembers, Limits, ReachFigure, Shape, Split, Table,
    grid, publish_cells,
};
use crate::report::tally::Tally;

/// Adds up the counters `range` of the members, for everyone or volunteers.
fn sum_run(
    tally: &Tally,
    members: &[usize],
    range: std::ops::Range<usize>,
    volunteers: bool,
) -> Vec<u64> {
    let mut sum = vec![0u64; range.len()];
    for &d in members {
        let c = &tally.departments[d];
        let counters = if volunteers { &c.volunteer } else { &c.all };
        for (s, x) in sum.iter_mut().zip(&counters[range.clone()]) {
            *s += x;
        }
    }
    sum
}

/// One distribution under rules P4 and P8: `run` is `[answered, options…]`.
fn distribution(
    run: &[u64],
    shape: Shape,
    limits: Limits,
    split: Option<&[usize]>,
) -> Distribution {
    let answered = run.first().copied().unwrap_or(0);
    if answered == 0 {
        // Nobody answered: that is no one's answer (and often follows from
        // what is shown, such as nobody using the platform a follow-up
        // asks about); there are no cells to show. The audit still checks
        // that the 0 narrows no band.
        let mut d = Distribution::hidden(run.len().saturating_sub(1), split.is_some());
        d.answered = Count::exact(0);
        return d;
    }
    let counts = &run[1.min(run.len())..];
    let cells = publish_cells(counts, answered, shape, limits, split);
    Distribution {
        answered: if answered >= limits.k {
            Count::exact(answered)
        } else {
            Count::Hidden
        },
        cells: cells.cells,
        split: cells.split,
    }
}

/// How far the true count behind a group's published cell may move while
/// the cell reads the same: `(down, up)`.
fn slack(cell: Option<&Cell>, count: u64, answered: u64) -> (u64, u64) {
    match cell {
        Some(Cell::Exact { .. }) => (0, 0),
        Some(Cell::AlmostNone) => (count, 1u64.saturating_sub(count)),
        Some(Cell::AlmostAll) => (count + 1 - answered.min(count + 1), answered - count),
        _ => (count, answered.saturating_sub(count)),
    }
}

/// The finest step at which every share from `(lo_c, hi_a)` to `(hi_c,
/// lo_a)` rounds as the truth does; `None` if not even the coarsest.
fn robust_step(c: (u64, u64, u64), a: (u64, u64, u64)) -> Option<u32> {
    let (lo_c, t_c, hi_c) = c;
    let (lo_a, t_a, hi_a) = a;
    grid::SHARE_STEPS.into_iter().find(|&step| {
        let truth = grid::round_share(t_c, t_a, step);
        let low = grid::round_share(lo_c.min(hi_a), hi_a.max(1), step);
        let high = grid::round_share(hi_c.min(lo_a.max(1)), lo_a.max(1), step);
        truth.is_some() && low == truth && high == truth
    })
}

/// The finest base at which every count from `lo` to `hi` rounds alike.
fn robust_base(lo: u64, hi: u64) -> Option<u64> {
    grid::COUNT_BASES
        .into_iter()
        .find(|&base| grid::round_count(lo, base) == grid::round_count(hi, base))
}

/// The whole company's distribution: its own bands first; then, where any
/// group's figure is not exact, the company's is rounded instead: at the
/// finest step at which everything the groups' bands and withheld figures
/// still allow rounds alike, so the total gives none of them away (the
/// audit checks this, and everything else, next).
fn total(
    run: &[u64],
    groups: &[(Vec<u64>, Distribution)],
    shape: Shape,
    limits: Limits,
    split: Option<&[usize]>,
) -> Distribution {
    let mut d = distribution(run, shape, limits, split);
    let answered = run.first().copied().unwrap_or(0);
    let counts = &run[1.min(run.len())..];
    // The answerers: a group's withheld count may be anything from 0 up.
    let (mut a_lo, mut a_hi) = (answered, answered);
    for (truth, g) in groups {
        let (a, n_max) = (truth[0], truth[0].max(limits.k.saturating_sub(1)));
        if !g.answered.is_exact() {
            a_lo -= a;
            a_hi += n_max - a;
        }
    }
    if d.answered.is_exact() && a_lo != a_hi {
        d.answered = match robust_base(a_lo, a_hi) {
            Some(base) => Count::Rounded {
                value: grid::round_count(answered, base),
                base,
            },
            None => Count::Hidden,
        };
    }
    let column = |o: Option<usize>, count: u64| {
        let (mut lo, mut hi) = (count, count);
        for (truth, g) in groups {
            let (cell, c) = match o {
                Some(o) => (g.cells.get(o), truth.get(1 + o).copied().unwrap_or(0)),
                None => (
                    g.split.as_ref(),
                    split.map_or(0, |s| {
                        s.iter()
                            .map(|&o| truth.get(1 + o).copied().unwrap_or(0))
                            .sum()
                    }),
                ),
            };
            let (down, up) = slack(cell, c, truth[0]);
            lo -= down.min(lo);
            hi += up;
        }
        (lo, hi)
    };
    let rounded = |count: u64, (lo, hi): (u64, u64)| match robust_step(
        (lo, count, hi),
        (a_lo, answered, a_hi),
    ) {
        Some(step) => Cell::rounded(count, answered, step),
        None => Cell::Hidden,
    };
    let exact_answered = d.answered.is_exact();
    for (o, cell) in d.cells.iter_mut().enumerate() {
        if let Cell::Exact { count, .. } = *cell {
            let range = column(Some(o), count);
            if !(exact_answered && range.0 == range.1) {
                *cell = rounded(count, range);
            }
        }
    }
    if let Some(Cell::Exact { count, .. }) = d.split {
        let range = column(None, count);
        if !(exact_answered && range.0 == range.1) {
            d.split = Some(rounded(count, range));
        }
    }
    let _ = counts;
    d
}

/// Every distribution of every question, per group and for the company.
pub fn figures(
    questionnaire: &Questionnaire,
    tally: &Tally,
    groups: Vec<GroupMembers>,
    limits: Limits,
) -> Figures {
    let everyone: Vec<usize> = groups
        .iter()
        .flat_map(|g| g.members.iter().copied())
        .collect();
    let readiness = questionnaire.readiness.as_ref();
    let tables = questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| {
            let shape = if question.kind == Kind::Multiple {
                Shape::AnyOf
            } else {
                Shape::OneOf
            };
            let split = readiness.and_then(|r| r.counted_options(q, question.options.len()));
            (0..tally.layout.rows(q))
                .map(|row| {
                    let range = tally.layout.run(q, row);
                    let published: Vec<(Vec<u64>, Distribution)> = groups
                        .iter()
                        .map(|g| {
                            let run = sum_run(tally, &g.members, range.clone(), false);
                            let d = distribution(&run, shape, limits, split.as_deref());
                            (run, d)
                        })
                        .collect();
                    let whole = (!groups.is_empty()).then(|| {
                        total(
                            &sum_run(tally, &everyone, range.clone(), false),
                            &published,
                            shape,
                            limits,
                            split.as_deref(),
                        )
                    });
                    Table {
                        groups: published.into_iter().map(|(_, d)| d).collect(),
                        total: whole,
                    }
                })
                .collect()
        })
        .collect();
    let splits = readiness
        .map(|r| compared(questionnaire, r, tally, &everyone, limits))
        .unwrap_or_default();
    let reach = readiness
        .map(|r| reach(questionnaire, r, tally, &everyone, limits))
        .unwrap_or_default();
    Figures {
        groups,
        tables,
        splits,
        reach,
    }
}

/// Volunteers against the rest on barriers and motivations, for everyone
/// together, where both sides have at least k people.
fn compared(
    questionnaire: &Questionnaire,
    r: &Readiness,
    tally: &Tally,
    everyone: &[usize],
    limits: Limits,
) -> Vec<Split> {
    let volunteers: u64 = everyone
        .iter()
        .map(|&d| tally.departments[d].volunteers)
        .sum();
    let respondents: u64 = everyone
        .iter()
        .map(|&d| tally.departments[d].respondents)
        .sum();
    if everyone.is_empty() || volunteers < limits.k || respondents - volunteers < limits.k {
        return Vec::new();
    }
    [r.barriers, r.motivations]
        .into_iter()
        .filter(|&q| questionnaire.questions[q].kind == Kind::Multiple)
        .map(|q| {
            let range = tally.layout.run(q, 0);
            let all = sum_run(tally, everyone, range.clone(), false);
            let vol = sum_run(tally, everyone, range, true);
            let rest: Vec<u64> = all.iter().zip(&vol).map(|(a, v)| a - v).collect();
            Split {
                question: q,
                volunteers: distribution(&vol, Shape::AnyOf, limits, None),
                rest: distribution(&rest, Shape::AnyOf, limits, None),
            }
        })
        .collect()
}

/// The volunteers' reach per platform that reaches people outside the
/// company, where at least k volunteers gave a follower range there.
fn reach(
    questionnaire: &Questionnaire,
    r: &Readiness,
    tally: &Tally,
    everyone: &[usize],
    limits: Limits,
) -> Vec<ReachFigure> {
    let platforms = questionnaire.questions[r.platform_use.question].rows.len();
    (0..platforms)
        .filter(|&p| !r.is_internal(p) && r.followers_row(p).is_some())
        .map(|p| {
            let (volunteers, sum) = everyone.iter().fold((0u64, 0.0f64), |(n, s), &d| {
                let (dn, ds) = tally.departments[d]
                    .reach
                    .get(p)
                    .copied()
                    .unwrap_or((0, 0.0));
                (n + dn, s + ds)
            });
            let shown = volunteers >= limits.k;
            let (value, base) = grid::round_two_digits(sum.round() as u64);
            ReachFigure {
                platform: p,
                volunteers: if shown {
                    Count::exact(volunteers)
                } else {
                    Count::Hidden
                },
                followers: if shown {
                    Count::Significant { value, base }
                } else {
                    Count::Hidden
                },
            }
        })
        .collect()
}
