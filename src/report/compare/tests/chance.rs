//! The chance interval against published values, and the rule that a change
//! within chance is never called up or down.

use proptest::prelude::*;

use crate::report::compare::Verdict;
use crate::report::compare::chance::{
    Counted, Observed, change_interval, did_interval, newcombe, wilson,
};
use crate::report::compare::changes;
use crate::report::compare::model::Value;
use crate::report::figures::Count;
use crate::report::results::Range;

fn close(r: Range, low: f64, high: f64) {
    assert!(
        (r.low - low).abs() < 6e-5 && (r.high - high).abs() < 6e-5,
        "{r:?} against {low}–{high}"
    );
}

#[test]
fn newcombes_interval_matches_his_published_table() {
    // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method
    // 10 (score interval, no continuity correction): θ = p1 − p2, so our
    // `newcombe(p2, n2, p1, n1)` gives it.
    let cases: [(f64, f64, f64, f64, f64, f64); 5] = [
        (56.0, 70.0, 48.0, 80.0, 0.0524, 0.3339),
        (9.0, 10.0, 3.0, 10.0, 0.1705, 0.8090),
        (5.0, 56.0, 0.0, 29.0, -0.0381, 0.1926),
        (0.0, 10.0, 0.0, 20.0, -0.1611, 0.2775),
        (0.0, 10.0, 0.0, 10.0, -0.2775, 0.2775),
    ];
    for (x1, n1, x2, n2, low, high) in cases {
        close(newcombe(x2 / n2, n2, x1 / n1, n1), low, high);
    }
    // Wilson's interval for 0 of 10 ends at 0.2775 (Newcombe 1998, the
    // companion paper's table I).
    close(wilson(0.0, 10.0), 0.0, 0.2775);
}

#[test]
fn a_range_widens_the_interval_to_cover_every_end() {
    let exact = |p: f64, n: u64| Observed {
        share: Range::exact(p),
        size: (n, n),
    };
    let banded = Observed {
        share: Range {
            low: 5.0 / 6.0,
            high: 1.0,
        },
        size: (6, 6),
    };
    let wide = change_interval(exact(0.5, 20), banded).expect("an interval");
    for p in [5.0 / 6.0, 1.0] {
        let one = change_interval(exact(0.5, 20), exact(p, 6)).expect("an interval");
        assert!(wide.low <= one.low && wide.high >= one.high);
    }
}

#[test]
fn the_difference_in_differences_interval_adds_four_variances() {
    let c = |x: u64, n: u64| Counted {
        base: n,
        count: (x, x),
    };
    // Agresti–Caffo by hand for 10/20 → 15/20 against 10/20 → 10/20.
    let i = did_interval([c(10, 20), c(15, 20)], [c(10, 20), c(10, 20)]).expect("an interval");
    let p = |x: f64| (x + 1.0) / 22.0;
    let v = |x: f64| p(x) * (1.0 - p(x)) / 22.0;
    let estimate = p(15.0) - p(10.0);
    let half = 1.959_964 * (v(15.0) + 3.0 * v(10.0)).sqrt();
    close(i, estimate - half, estimate + half);
}

fn value(x: u64, n: u64) -> Value {
    Value {
        value: Range::exact(x as f64 / n as f64),
        base: Count::exact(n),
    }
}

#[test]
fn half_to_seven_tenths_of_ten_is_within_chance() {
    let c = changes::share(Ok(value(5, 10)), Ok(value(7, 10)));
    assert_eq!(c.verdict, Verdict::WithinChance);
    let c = changes::share(Ok(value(10, 100)), Ok(value(40, 100)));
    assert_eq!(c.verdict, Verdict::Up);
    let c = changes::share(Ok(value(40, 100)), Ok(value(10, 100)));
    assert_eq!(c.verdict, Verdict::Down);
}

proptest! {
    #[test]
    fn a_change_whose_interval_holds_zero_is_never_up_or_down(
        n1 in 1u64..40, n2 in 1u64..40, a in 0.0f64..=1.0, b in 0.0f64..=1.0,
    ) {
        let (x1, x2) = ((a * n1 as f64) as u64, (b * n2 as f64) as u64);
        let c = changes::share(Ok(value(x1, n1)), Ok(value(x2, n2)));
        let i = c.interval.expect("an interval");
        prop_assert!(i.low <= c.change.expect("a change").low + 1e-12);
        match c.verdict {
            Verdict::Up => prop_assert!(i.low > 0.0),
            Verdict::Down => prop_assert!(i.high < 0.0),
            Verdict::WithinChance => prop_assert!(i.low <= 0.0 && i.high >= 0.0),
            other => prop_assert!(false, "{other:?}"),
        }
    }
}
