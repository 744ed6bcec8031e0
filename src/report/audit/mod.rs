//! The attacker's audit (rule P9): before anything about answers is
//! published, every published figure — counts, answerers, shares, totals,
//! the volunteers' comparison, the reach — is turned into linear constraints
//! on the unknown counts per department, together with the questionnaire's
//! rules, and every protected count (any count of a department too small to
//! be shown, any band, any hidden figure) is checked to keep another
//! possible value (a band: its other end). Where one does not, the cheapest
//! set of figures that pinned it is published less precisely, and the audit
//! runs again, until nothing is pinned. The report says what was withheld
//! to protect whom (never the protected count's value).

mod build;
mod model;
mod relax;
mod report;
mod solve;
mod weaken;

pub use build::Input;
pub use report::{AuditReport, Now, Protects, Withheld};

use std::collections::HashSet;

use crate::report::figures::{At, FigureId, Figures, Part};
use model::Protected;

/// Passes after which the audit stops weakening one figure at a time and
/// withholds every department's figures instead (never reached in tests).
const MAX_PASSES: usize = 400;

/// How much publishing a figure less precisely costs HR: the whole
/// company's figures first (they stay visible, rounded), then the
/// volunteers' comparison and the reach, the pool, and a department's own
/// figures last, its count of answerers the very last.
fn weight(figures: &Figures, id: FigureId) -> f64 {
    match id {
        FigureId::Table {
            at: At::Total,
            part: Part::Answered,
            ..
        } => 2.0,
        FigureId::Table { at: At::Total, .. } => 1.0,
        FigureId::Split { .. }
        | FigureId::ReachVolunteers { .. }
        | FigureId::ReachFollowers { .. } => 3.0,
        FigureId::Table {
            at: At::Group(g),
            part,
            ..
        } => {
            let pool = figures.groups.get(g).is_some_and(|g| g.pool);
            match (pool, part) {
                (true, Part::Answered) => 8.0,
                (true, _) => 5.0,
                (false, Part::Answered) => 10.0,
                (false, _) => 6.0,
            }
        }
    }
}

fn protects(about: Protected) -> Protects {
    match about {
        Protected::Department {
            department,
            question,
        } => Protects::Department {
            department,
            question,
        },
        Protected::Figure(figure) | Protected::Probe(figure) => Protects::Figure { figure },
    }
}

/// Figures withheld to protect others, which the rest of the publication
/// gives away all the same (a group's cell that the total minus the other
/// groups tells): shown, since showing them tells nothing more, so HR is
/// not shown "withheld" for a number anyone can work out. Probed in whole
/// passes until none is left.
fn reveal_derivable(input: Input, figures: &mut Figures, report: &mut AuditReport) {
    for _ in 0..8 {
        let model = build::build(input, figures, true);
        // Only the probes decide what is shown again.
        let checked = solve::check_only(&model, &|req| matches!(req.about, Protected::Probe(_)));
        report.solves += checked.solves;
        if checked.unsure {
            // Show nothing on a doubt.
            return;
        }
        let mut revealed = 0;
        for &r in &checked.unmet {
            let req = &model.requirements[r];
            let Protected::Probe(id) = req.about else {
                continue;
            };
            if weaken::reveal(figures, &id, req.truth.round() as u64) {
                revealed += 1;
            }
        }
        report.revealed += revealed;
        if revealed == 0 {
            return;
        }
    }
}

/// Audits `figures` and weakens them until no protected count can be
/// pinned from all of them together.
pub fn audit(input: Input, figures: &mut Figures) -> AuditReport {
    let mut report = AuditReport::default();
    let mut inherent: HashSet<(Protected, Vec<usize>)> = HashSet::new();
    for pass in 1..=MAX_PASSES {
        let model = build::build(input, figures, false);
        debug_assert_eq!(model.holds_at_truth(), Ok(()));
        let checked = solve::check(&model);
        report.passes = pass;
        report.solves += checked.solves;
        report.protected = checked.requirements;
        let key = |r: usize| {
            let req = &model.requirements[r];
            (req.about, req.terms.iter().map(|t| t.0).collect::<Vec<_>>())
        };
        let unmet: Vec<usize> = checked
            .unmet
            .into_iter()
            .filter(|&r| !inherent.contains(&key(r)))
            .collect();
        report.inherent = inherent.len();
        if unmet.is_empty() {
            reveal_derivable(input, figures, &mut report);
            return report;
        }
        let mut touched: HashSet<FigureId> = HashSet::new();
        // The unknowns of the figures weakened in this pass: a requirement
        // that reads any of them may be met now; the next pass will tell,
        // before another relaxation is paid for.
        let mut moved: HashSet<usize> = HashSet::new();
        for r in unmet {
            if model.requirements[r]
                .terms
                .iter()
                .any(|(v, _)| moved.contains(v))
            {
                continue;
            }
            let weights = |id: FigureId| weight(figures, id);
            let Some(relaxed) = relax::relax(&model, r, &weights) else {
                inherent.insert(key(r));
                continue;
            };
            if relaxed.figures.iter().any(|f| touched.contains(f)) {
                continue;
            }
            for f in &relaxed.figures {
                let Some((_, expr, answered)) = model.figures.iter().find(|(id, _, _)| id == f)
                else {
                    continue;
                };
                let values = weaken::Values {
                    truth: model.value(expr),
                    truth_answered: model.value(answered),
                    alt: relaxed.value(&model, expr),
                    alt_answered: relaxed.value(&model, answered),
                };
                let Some(now) = figures.get(f) else {
                    continue;
                };
                let weaker = weaken::weaker(f, now, values);
                weaken::apply(figures, f, weaker, values.truth_answered.round() as u64);
                moved.extend(expr.iter().chain(answered).map(|t| t.0));
                report.withheld.push(Withheld {
                    figure: *f,
                    now: weaker.into(),
                    protects: protects(model.requirements[r].about),
                });
                touched.insert(*f);
            }
        }
    }
    tracing::warn!("the audit did not settle; every department's figures are withheld");
    withhold_departments(figures, &mut report);
    report
}

/// How many protected counts the figures as they stand let an attacker
/// pin, and how many there are: what the audit leaves must give zero.
pub fn pinned(input: Input, figures: &Figures) -> (usize, usize) {
    let model = build::build(input, figures, false);
    let checked = solve::check(&model);
    (checked.unmet.len(), checked.requirements)
}

/// What is pinned, described, for tests that need to say which.
#[cfg(test)]
pub fn pinned_described(input: Input, figures: &Figures) -> Vec<String> {
    let model = build::build(input, figures, false);
    let checked = solve::check(&model);
    checked
        .unmet
        .iter()
        .map(|&r| {
            let req = &model.requirements[r];
            format!(
                "{:?} truth {} need {:?} terms {:?}",
                req.about, req.truth, req.need, req.terms
            )
        })
        .collect()
}

/// The last resort: every group's figures hidden, the company's kept only
/// where they were already rounded.
fn withhold_departments(figures: &mut Figures, report: &mut AuditReport) {
    for id in figures.ids() {
        if let FigureId::Table {
            at: At::Group(_), ..
        } = id
        {
            let hidden = match figures.get(&id) {
                Some(crate::report::figures::Published::Count(_)) => {
                    crate::report::figures::Published::Count(crate::report::figures::Count::Hidden)
                }
                _ => crate::report::figures::Published::Cell(crate::report::figures::Cell::Hidden),
            };
            figures.set(&id, hidden);
        }
    }
    report.settled = false;
}
