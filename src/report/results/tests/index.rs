//! The index on cases small enough to compute by hand.

use super::fixtures::{Department, Person, k, results};
use crate::questionnaire::readiness::Goal;
use crate::report::results::Index;

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
    assert_eq!(index.volunteers, Some(0.4));
    assert_eq!(
        index.platform_fit,
        Some(1.0),
        "LinkedIn fits recruitment 1.0"
    );
    assert_eq!(index.already_sharing, Some(0.5));
    assert_eq!(index.course_interest, Some(0.2));
    assert!((index.removable_barriers.unwrap() - 0.7).abs() < 1e-9);
    assert_eq!(index.value, 59);
}

#[test]
fn the_goal_changes_only_the_platform_fit() {
    // LinkedIn fits brand awareness 0.8: 59 − 25 × 0.2 = 54.
    let index = index_of(ten(), Goal::BrandAwareness);
    assert!((index.platform_fit.unwrap() - 0.8).abs() < 1e-9);
    assert_eq!(index.value, 54);
}

#[test]
fn a_banded_part_counts_as_the_middle_of_its_band() {
    // Six of six volunteers, k = 5: "almost all" stands for 5.5 of 6.
    let people: Vec<Person> = (0..6)
        .map(|_| {
            let mut p = Person::new(5);
            p.weekly = vec!["linkedin"];
            p
        })
        .collect();
    let index = index_of(people, Goal::Sales);
    assert!((index.volunteers.unwrap() - 5.5 / 6.0).abs() < 1e-9);
}
