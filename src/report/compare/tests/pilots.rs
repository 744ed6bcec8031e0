//! Pilots against the rest on designed cases.

use super::*;
use crate::report::compare::{Pilot, Verdict};

fn pilots_and_rest(pilot_after: usize, rest_after: usize) -> Comparison {
    let before = wave(
        &[
            dept("P1", 30, 6),
            dept("P2", 30, 6),
            dept("R1", 30, 6),
            dept("R2", 30, 6),
        ],
        5,
    );
    let after = wave(
        &[
            dept("P1", 30, pilot_after),
            dept("P2", 30, pilot_after),
            dept("R1", 30, rest_after),
            dept("R2", 30, rest_after),
        ],
        5,
    );
    let l = link(
        &[
            ("P1", &["P1"]),
            ("P2", &["P2"]),
            ("R1", &["R1"]),
            ("R2", &["R2"]),
        ],
        &["P1", "P2"],
    );
    compared(&before, &after, &l)
}

#[test]
fn pilots_that_grew_much_more_than_the_rest_are_up() {
    // Volunteers: pilots 12 of 60 to 48 of 60, the rest 12 to 14.
    let c = pilots_and_rest(24, 7);
    let pilots: Vec<Pilot> = c.units.iter().map(|u| u.pilot).collect();
    assert_eq!(pilots, [Pilot::Yes, Pilot::Yes, Pilot::No, Pilot::No]);
    let pvr = c.pilots_vs_rest.as_ref().expect("both sides");
    assert_eq!(pvr.pilot_units, [0, 1]);
    assert_eq!(pvr.rest_units, [2, 3]);
    let d = pvr.measures[at(&c, &Measure::Volunteers)]
        .as_ref()
        .expect("volunteers");
    let diff = d.difference.expect("a difference");
    assert!((diff.low - (36.0 - 2.0) / 60.0).abs() < 1e-9 && diff.is_exact());
    assert_eq!(d.verdict, Verdict::Up);
    assert_eq!(d.pilots.verdict, Verdict::Up);
    assert_eq!(d.rest.verdict, Verdict::WithinChance);
    // No index for sides made of several departments.
    let goal = crate::questionnaire::readiness::Goal::Sales;
    assert!(pvr.measures[at(&c, &Measure::Index { goal })].is_none());
}

#[test]
fn pilots_that_grew_as_much_as_the_rest_are_within_chance() {
    let c = pilots_and_rest(15, 15);
    let pvr = c.pilots_vs_rest.as_ref().expect("both sides");
    let d = pvr.measures[at(&c, &Measure::Volunteers)]
        .as_ref()
        .expect("volunteers");
    // Both sides grew from 12 to 30 of 60: an effect on each side, none
    // between them.
    assert_eq!(d.pilots.verdict, Verdict::Up);
    assert_eq!(d.rest.verdict, Verdict::Up);
    assert_eq!(d.verdict, Verdict::WithinChance);
    let i = d.interval.expect("an interval");
    assert!(i.low < 0.0 && i.high > 0.0);
}
