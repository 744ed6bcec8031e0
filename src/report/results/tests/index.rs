//! The index on cases small enough to compute by hand.

use super::fixtures::{Department, Person, k, results};
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Index, Range};

fn index_of(people: Vec<Person>, goal: Goal) -> Index {
    let departments = [Department {
        name: "Salg",
        invited: 12,
        people,
    }];
    let results = results(&departments, k(5));
    let r = results.readiness.unwrap();
    let g = r.goals.iter().find(|g| g.goal == goal).unwrap();
    g.index[0].unwrap()
}

/// Ten people on LinkedIn weekly: 4 volunteers, half share often, 2 want
/// a course, 3 keep work and private apart, 2 have no time.
fn ten() -> Vec<Person> {
    (0..10)
        .map(|i| {
            let mut p = Person::new(if i < 4 { 5 } else { 2 });
            p.weekly = vec!["linkedin"];
            p.shares = if i % 2 == 0 { "often" } else { "never" };
            p.course = if i < 2 { "yes" } else { "no" };
            p.barriers = match i {
                4..=6 => vec!["work_private_apart"],
                7 | 8 => vec!["no_time"],
                _ => vec![],
            };
            p
        })
        .collect()
}

#[test]
fn the_index_weighs_its_parts_as_the_questionnaire_says() {
    // 35 × 0.4 + 25 × 1.0 + 15 × 0.5 + 10 × 0.2 + 15 × (1 − 0.3) = 59
    let index = index_of(ten(), Goal::Recruitment);
    assert_eq!(index.volunteers, Some(Range::exact(0.4)));
    assert_eq!(
        index.platform_fit,
        Some(Range::exact(1.0)),
        "LinkedIn fits recruitment 1.0"
    );
    assert_eq!(index.already_sharing, Some(Range::exact(0.5)));
    assert_eq!(index.course_interest, Some(Range::exact(0.2)));
    let removable = index.removable_barriers.unwrap();
    assert!(removable.is_exact() && (removable.low - 0.7).abs() < 1e-9);
    assert_eq!((index.low, index.high), (59, 59));
}

#[test]
fn the_goal_changes_only_the_platform_fit() {
    // LinkedIn fits brand awareness 0.8: 59 − 25 × 0.2 = 54.
    let index = index_of(ten(), Goal::BrandAwareness);
    assert!((index.platform_fit.unwrap().low - 0.8).abs() < 1e-9);
    assert_eq!((index.low, index.high), (54, 54));
}

#[test]
fn a_banded_part_makes_the_index_a_range_that_holds_the_truth() {
    // Six of six volunteers, k = 5: "almost all" stands for 5 or 6 of 6,
    // never for 5.5: the index is the range both truths give.
    let people: Vec<Person> = (0..6)
        .map(|_| {
            let mut p = Person::new(5);
            p.weekly = vec!["linkedin"];
            p
        })
        .collect();
    let index = index_of(people, Goal::Sales);
    let volunteers = index.volunteers.unwrap();
    assert!((volunteers.low - 5.0 / 6.0).abs() < 1e-9 && (volunteers.high - 1.0).abs() < 1e-9);
    assert!(index.low < index.high, "{index:?}");
    // The truth (all six volunteer) lies inside: with the volunteers part
    // at 1, the index is at its high end or below.
    let truth_volunteers = 35.0 * 1.0;
    let rest_low = f64::from(index.low) - 35.0 * volunteers.low;
    assert!(rest_low + truth_volunteers <= f64::from(index.high) + 0.5);
}
