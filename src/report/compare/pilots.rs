//! Pilots against the rest: the pilot units taken together beside the units
//! without a pilot taken together, each measure's change on both sides, and
//! the difference between the changes (a difference in differences). Units
//! where only some departments ran the pilot are on neither side. Each side
//! adds up its groups' published counts, as a merged unit does; a unit with
//! a figure of the measure withheld in either wave is left out of that
//! measure's sides (and named), so that one withheld figure does not
//! withhold the whole comparison.

use super::chance::{self, Counted};
use super::changes::{self, End};
use super::model::{DiffInDiff, Measure, MeasureInfo, Pilot, PilotsVsRest, Verdict};
use super::units::UnitPlan;
use super::values::{Gap, value_of};
use super::{Waves, counts};

/// One side's groups and invites where nobody answered, per wave.
struct Side {
    groups: [Vec<usize>; 2],
    empty_invited: [u64; 2],
}

fn side(units: &[UnitPlan], chosen: impl IntoIterator<Item = usize>) -> Side {
    let mut side = Side {
        groups: [Vec::new(), Vec::new()],
        empty_invited: [0, 0],
    };
    for u in chosen {
        for w in 0..2 {
            side.groups[w].extend_from_slice(&units[u].groups[w]);
            side.empty_invited[w] += units[u].empty_invited[w];
        }
    }
    side
}

pub fn pilots_vs_rest(
    waves: Waves<'_, '_>,
    units: &[UnitPlan],
    measures: &[MeasureInfo],
) -> Option<PilotsVsRest> {
    let which = |pilot: Pilot| -> Vec<usize> {
        (0..units.len())
            .filter(|&u| units[u].pilot == pilot)
            .collect()
    };
    let (pilot_units, rest_units) = (which(Pilot::Yes), which(Pilot::No));
    if pilot_units.is_empty() || rest_units.is_empty() {
        return None;
    }
    let measures = measures
        .iter()
        .map(|m| match m.measure {
            Measure::Index { .. } => None,
            ref measure => {
                // Each side is the units whose figures for this measure are
                // published in both waves: one withheld figure would
                // otherwise withhold the whole side.
                let known = |u: &usize| {
                    let unit = &units[*u];
                    (0..2).all(|w| {
                        counts(waves, measure, w, &unit.groups[w], unit.empty_invited[w]).is_ok()
                    })
                };
                let left_out: Vec<usize> = pilot_units
                    .iter()
                    .chain(&rest_units)
                    .copied()
                    .filter(|u| !known(u))
                    .collect();
                let pilots = side(units, pilot_units.iter().copied().filter(known));
                let rest = side(units, rest_units.iter().copied().filter(known));
                let mut d = diff_in_diff(waves, measure, &pilots, &rest);
                d.left_out = left_out;
                Some(d)
            }
        })
        .collect();
    Some(PilotsVsRest {
        pilot_units,
        rest_units,
        measures,
    })
}

fn diff_in_diff(waves: Waves<'_, '_>, measure: &Measure, pilots: &Side, rest: &Side) -> DiffInDiff {
    let count = |s: &Side, w: usize| counts(waves, measure, w, &s.groups[w], s.empty_invited[w]);
    let (p, r) = (
        [count(pilots, 0), count(pilots, 1)],
        [count(rest, 0), count(rest, 1)],
    );
    let end = |c: &Result<Counted, Gap>| -> End { (*c).and_then(value_of) };
    let pilots_change = changes::share(end(&p[0]), end(&p[1]));
    let rest_change = changes::share(end(&r[0]), end(&r[1]));
    let difference = pilots_change
        .change
        .zip(rest_change.change)
        .map(|(p, r)| changes::difference(r, p));
    let verdict = match (&pilots_change.verdict, &rest_change.verdict) {
        (Verdict::NotCompared { why }, _) | (_, Verdict::NotCompared { why }) => {
            Verdict::NotCompared { why: *why }
        }
        _ => Verdict::WithinChance,
    };
    let interval = match (&p, &r) {
        ([Ok(p0), Ok(p1)], [Ok(r0), Ok(r1)]) if difference.is_some() => {
            chance::did_interval([*p0, *p1], [*r0, *r1])
        }
        _ => None,
    };
    let verdict = match verdict {
        Verdict::NotCompared { .. } => verdict,
        _ => changes::verdict(interval),
    };
    DiffInDiff {
        pilots: pilots_change,
        rest: rest_change,
        difference,
        interval,
        verdict,
        left_out: Vec::new(),
    }
}
