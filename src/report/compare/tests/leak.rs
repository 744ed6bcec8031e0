//! The pair attacker catches a comparison that reads the truth: a merged
//! unit computed from the tally instead of the publication.

use super::attacked::{Person, comparison, link, published};
use super::attacker::attack;
use crate::report::compare::{Measure, UnitKind};
use crate::report::results::Range;

#[test]
fn a_merged_unit_computed_from_the_tally_would_be_caught() {
    let volunteer = Person {
        use_: [true, false],
        shares: true,
        willingness: 5,
        course: true,
    };
    let other = Person {
        willingness: 2,
        ..volunteer
    };
    // Before: two departments of six who all volunteer (with k = 4, each banded "all
    // or all but one") and one of ten; after: the two merged.
    let before = published(
        "b",
        &[vec![volunteer; 6], vec![volunteer; 6], vec![other; 10]],
        4,
    );
    let after = published("f", &[vec![volunteer; 12], vec![other; 10]], 4);
    let l = link(&before, &after, &[Some(0), Some(0), Some(1)], &[]);
    let honest = comparison(&before, &after, &l);
    let seen = [&before.seen(), &after.seen()];
    assert_eq!(attack(seen, &honest, 4), Vec::<String>::new());
    // The merged unit's "before" from the publication: 10 to 12 of 12.
    let m = honest
        .measures
        .iter()
        .position(|x| x.measure == Measure::Volunteers)
        .expect("volunteers");
    let merged = honest
        .units
        .iter()
        .position(|u| u.kind == UnitKind::Together)
        .expect("the merged unit");
    let published_before = honest.units[merged].changes[m].before.expect("before");
    assert_eq!(
        published_before.value,
        Range {
            low: 10.0 / 12.0,
            high: 1.0
        }
    );
    // Computed from the tally (the true willingness runs, points 4 and 5)
    // it would say 12 of 12, and pin both bands.
    let from_tally: u64 = (0..2)
        .map(|d| before.truth[d][0][4] + before.truth[d][0][5])
        .sum();
    assert_eq!(from_tally, 12);
    let mut leaky = honest.clone();
    let change = &mut leaky.units[merged].changes[m];
    if let Some(before) = change.before.as_mut() {
        before.value = Range::exact(from_tally as f64 / 12.0);
    }
    let leaks = attack(seen, &leaky, 4);
    assert!(leaks.iter().any(|l| l.contains("narrowed")), "{leaks:#?}");
}
