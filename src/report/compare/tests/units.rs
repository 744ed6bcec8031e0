//! Which departments are compared, and as what: renames, merges, pools,
//! new and dropped departments, a platform asked in one wave only.

use super::*;
use crate::report::compare::{Missing, NotComparedWhy, Pilot, UnitKind, Verdict, Wave as W};
use crate::report::results::Range;

const K: u32 = 5;

fn volunteers(u: &Unit, c: &Comparison) -> crate::report::compare::Change {
    u.changes[at(c, &Measure::Volunteers)].clone()
}

#[test]
fn a_renamed_department_is_compared_with_itself_and_merged_ones_together() {
    let before = wave(
        &[
            dept("Salg", 20, 6),
            dept("Kundeservice", 12, 3),
            dept("Support", 10, 5),
            dept("IT", 15, 4),
        ],
        K,
    );
    let after = wave(
        &[
            dept("Salg og marketing", 20, 12),
            dept("Kundeservice og support", 22, 11),
            dept("IT", 15, 5),
        ],
        K,
    );
    let l = link(
        &[
            ("Salg og marketing", &["Salg"]),
            ("Kundeservice og support", &["Kundeservice", "Support"]),
            ("IT", &["IT"]),
        ],
        &["Salg"],
    );
    let c = compared(&before, &after, &l);
    assert!(c.not_compared.is_empty(), "{:#?}", c.not_compared);
    let follow_ups: Vec<&[String]> = c.units.iter().map(|u| u.follow_up.as_slice()).collect();
    assert_eq!(
        follow_ups,
        [
            &["Salg og marketing".to_owned()][..],
            &["Kundeservice og support".to_owned()],
            &["IT".to_owned()],
        ]
    );
    let renamed = unit(&c, &["Salg og marketing"]);
    assert_eq!(renamed.kind, UnitKind::Department);
    assert_eq!(renamed.baseline, ["Salg"]);
    assert_eq!(renamed.pilot, Pilot::Yes);
    let merged = unit(&c, &["Kundeservice og support"]);
    assert_eq!(merged.kind, UnitKind::Together);
    assert_eq!(merged.baseline, ["Kundeservice", "Support"]);
    assert_eq!(merged.pilot, Pilot::No);
    // The merged unit adds up the two published counts: 3 + 5 of 12 + 10.
    let v = volunteers(merged, &c);
    let b = v.before.expect("published before");
    assert_eq!(b.value, Range::exact(8.0 / 22.0));
    assert_eq!(b.base.value(), Some(22));
    assert_eq!(v.after.expect("after").value, Range::exact(0.5));
    // Participation too: 25 + 13 invited before, 25 after.
    let p = &merged.changes[at(&c, &Measure::Participation)];
    assert_eq!(p.before.expect("before").base.value(), Some(15 + 13));
    assert_eq!(p.after.expect("after").base.value(), Some(25));
    // Merged departments have no index (it is not a sum); one does.
    let goal = crate::questionnaire::readiness::Goal::Recruitment;
    let index = at(&c, &Measure::Index { goal });
    assert_eq!(
        merged.changes[index].verdict,
        Verdict::NotCompared {
            why: Missing::NoIndexTogether
        }
    );
    let published = before.results.readiness.as_ref().expect("readiness").goals[goal.index()].index
        [0]
    .expect("an index");
    let ends = renamed.changes[index].before.expect("the index before");
    assert_eq!(
        (ends.value.low, ends.value.high),
        (f64::from(published.low), f64::from(published.high))
    );
    // 6 of 20 to 12 of 20 is within what chance gives for groups of 20.
    let v = volunteers(renamed, &c);
    assert_eq!(v.verdict, Verdict::WithinChance);
    let change = v.change.expect("a change");
    assert!((change.low - 0.3).abs() < 1e-9 && change.is_exact());
    assert_eq!(c.everyone.kind, UnitKind::Everyone);
}

#[test]
fn a_department_pooled_in_one_wave_is_compared_together_with_the_pool() {
    // Before: C (3) is under k, so B, the smallest shown, joins the pool.
    let before = wave(&[dept("A", 20, 5), dept("B", 12, 4), dept("C", 3, 1)], K);
    let after = wave(&[dept("A", 20, 8), dept("B", 12, 6), dept("C", 6, 3)], K);
    let l = link(&[("A", &["A"]), ("B", &["B"]), ("C", &["C"])], &[]);
    let c = compared(&before, &after, &l);
    assert_eq!(c.units.len(), 2, "{:#?}", c.units);
    assert_eq!(unit(&c, &["A"]).kind, UnitKind::Department);
    let together = unit(&c, &["B", "C"]);
    assert_eq!(together.kind, UnitKind::Together);
    assert_eq!(together.baseline, ["B", "C"]);
    let v = volunteers(together, &c);
    assert_eq!(v.before.expect("the pool").value, Range::exact(5.0 / 15.0));
    assert_eq!(v.after.expect("B and C").value, Range::exact(9.0 / 18.0));
    assert!(c.not_compared.is_empty());
}

#[test]
fn a_department_pooled_with_everyone_else_is_compared_only_in_everyone() {
    // Before: B (3) is under k and A joins the pool: one group of all.
    let before = wave(&[dept("A", 20, 5), dept("B", 3, 1)], K);
    let after = wave(&[dept("A", 20, 9), dept("B", 8, 4)], K);
    let l = link(&[("A", &["A"]), ("B", &["B"])], &[]);
    let c = compared(&before, &after, &l);
    assert!(c.units.is_empty(), "{:#?}", c.units);
    let entries: Vec<(&str, W, NotComparedWhy)> = c
        .not_compared
        .iter()
        .map(|n| (n.department.as_str(), n.wave, n.why))
        .collect();
    let why = NotComparedWhy::PublishedInOneWaveOnly;
    assert_eq!(
        entries,
        [
            ("A", W::FollowUp, why),
            ("B", W::FollowUp, why),
            ("A", W::Baseline, why),
            ("B", W::Baseline, why),
        ]
    );
    let v = volunteers(&c.everyone, &c);
    assert_eq!(v.before.expect("everyone").value, Range::exact(6.0 / 23.0));
    assert_eq!(v.after.expect("everyone").value, Range::exact(13.0 / 28.0));
    assert!(c.pilots_vs_rest.is_none());
}

#[test]
fn new_and_dropped_departments_are_named_and_not_compared() {
    let before = wave(&[dept("A", 20, 5), dept("B", 20, 5), dept("C", 12, 4)], K);
    let after = wave(&[dept("A", 20, 10), dept("C", 12, 4), dept("N", 15, 5)], K);
    let l = link(&[("A", &["A"]), ("C", &["C"]), ("N", &[])], &["A"]);
    let c = compared(&before, &after, &l);
    let units: Vec<&[String]> = c.units.iter().map(|u| u.baseline.as_slice()).collect();
    assert_eq!(units, [&["A".to_owned()][..], &["C".to_owned()]]);
    let entries: Vec<(&str, W, NotComparedWhy)> = c
        .not_compared
        .iter()
        .map(|n| (n.department.as_str(), n.wave, n.why))
        .collect();
    assert_eq!(
        entries,
        [
            ("N", W::FollowUp, NotComparedWhy::New),
            ("B", W::Baseline, NotComparedWhy::Dropped),
        ]
    );
    let pvr = c.pilots_vs_rest.as_ref().expect("pilots and rest");
    assert_eq!(
        (pvr.pilot_units.as_slice(), pvr.rest_units.as_slice()),
        (&[0][..], &[1][..])
    );
}

#[test]
fn a_department_nobody_answered_in_is_not_compared_and_says_so() {
    let mut silent = dept("E", 0, 0);
    silent.invited = 10;
    let before = wave(&[dept("A", 20, 5), silent, dept("F", 20, 5)], K);
    let after = wave(&[dept("A", 20, 5), dept("E", 6, 3), dept("F", 20, 5)], K);
    let l = link(&[("A", &["A"]), ("E", &["E"]), ("F", &["F"])], &[]);
    let c = compared(&before, &after, &l);
    assert_eq!(c.units.len(), 2);
    let whys: Vec<NotComparedWhy> = c.not_compared.iter().map(|n| n.why).collect();
    assert_eq!(whys, [NotComparedWhy::NoAnswers, NotComparedWhy::NoAnswers]);
    // Its invites still count for everyone's participation.
    let p = &c.everyone.changes[at(&c, &Measure::Participation)];
    assert_eq!(p.before.expect("everyone").base.value(), Some(23 + 10 + 23));
}

/// The default questionnaire with one more platform row.
fn with_mastodon() -> Questionnaire {
    let row = r#"  { id = "intranet", text = { da = "Virksomhedens intranet", nb = "Bedriftens intranett", en = "The company intranet" } },
"#;
    let source = DEFAULT_SOURCE.replacen(
        row,
        &format!(
            "{row}  {{ id = \"mastodon\", text = {{ da = \"Mastodon\", nb = \"Mastodon\", en = \"Mastodon\" }} }},\n"
        ),
        1,
    );
    assert_ne!(source, DEFAULT_SOURCE, "the row was added");
    Questionnaire::parse(&source).expect("the questionnaire with Mastodon")
}

#[test]
fn a_platform_asked_about_in_the_follow_up_only_is_not_compared() {
    let before = wave(&[dept("A", 20, 5), dept("B", 20, 5)], K);
    let after = wave_with(with_mastodon(), &[dept("A", 20, 9), dept("B", 20, 5)], K);
    let l = link(&[("A", &["A"]), ("B", &["B"])], &[]);
    let c = compared(&before, &after, &l);
    let mastodon = Measure::Weekly {
        platform: "mastodon".into(),
    };
    let m = at(&c, &mastodon);
    assert_eq!(
        c.measures[m].label.as_ref().map(|t| t.en.as_str()),
        Some("Mastodon")
    );
    for u in c.units.iter().chain([&c.everyone]) {
        let change = &u.changes[m];
        assert_eq!(
            change.verdict,
            Verdict::NotCompared {
                why: Missing::NotAskedBefore
            }
        );
        assert!(change.before.is_none() && change.after.is_some());
    }
    // LinkedIn, asked in both, is compared: 5 of 20 to 9 of 20 in A.
    let linkedin = at(
        &c,
        &Measure::Weekly {
            platform: "linkedin".into(),
        },
    );
    let a = &unit(&c, &["A"]).changes[linkedin];
    assert_eq!(a.before.expect("before").value, Range::exact(0.25));
    assert_eq!(a.after.expect("after").value, Range::exact(0.45));
}

#[test]
fn a_merged_unit_with_a_banded_part_is_the_range_its_parts_allow() {
    // B: all six volunteer, published "all or all but one" (under 2k).
    let before = wave(&[dept("A", 20, 5), dept("B", 6, 6), dept("C", 12, 6)], K);
    let after = wave(&[dept("A", 20, 5), dept("BC", 18, 9)], K);
    let l = link(&[("A", &["A"]), ("BC", &["B", "C"])], &[]);
    let c = compared(&before, &after, &l);
    let v = volunteers(unit(&c, &["BC"]), &c);
    let b = v.before.expect("before");
    assert_eq!(
        b.value,
        Range {
            low: 11.0 / 18.0,
            high: 12.0 / 18.0
        }
    );
    let change = v.change.expect("a change");
    assert!((change.low - (0.5 - 12.0 / 18.0)).abs() < 1e-12);
    assert!((change.high - (0.5 - 11.0 / 18.0)).abs() < 1e-12);
    // The interval covers the one at either end of the range.
    let i = v.interval.expect("an interval");
    for x in [11.0, 12.0] {
        let one = crate::report::compare::chance::newcombe(x / 18.0, 18.0, 0.5, 18.0);
        assert!(i.low <= one.low && i.high >= one.high);
    }
}
