//! Rules P4 and P8 on whole results: a department under k leaves no trace,
//! not in a row, a total, a subgroup, a chart or the JSON.

use super::fixtures::{Department, Person, jura_four, k, people, results};
use crate::charts;
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Cell, Count, GroupName, Results};

/// Salg 12 and Drift 9 answered; Jura, 4 people, all volunteers, who alone
/// fear criticism in the comments.
fn with_small_department() -> Results {
    let departments = [
        Department {
            name: "Salg",
            invited: 15,
            people: people(12, |i| Person::new(if i < 6 { 4 } else { 2 })),
        },
        Department {
            name: "Drift",
            invited: 10,
            people: people(9, |i| Person::new(if i < 2 { 5 } else { 1 })),
        },
        jura_four(4),
    ];
    results(&departments, k(5))
}

fn every_svg(results: &Results) -> Vec<String> {
    let mut svgs = Vec::new();
    for language in Language::ALL {
        svgs.push(charts::participation(results, language).unwrap());
        svgs.push(charts::platforms(results, language).unwrap());
        svgs.push(charts::sharing(results, language).unwrap());
        svgs.push(charts::willingness(results, language).unwrap());
        svgs.push(charts::barriers(results, language).unwrap());
        svgs.push(charts::motivations(results, language).unwrap());
        for goal in Goal::ALL {
            svgs.push(charts::readiness(results, goal, language).unwrap());
        }
        svgs.push(charts::reach(results, &[], language).unwrap());
    }
    svgs
}

#[test]
fn a_department_under_k_is_absent_from_results_json_and_every_chart() {
    let results = with_small_department();
    // Jura (4) is pooled; its pool under k takes Drift (9) along: 13.
    let names: Vec<&GroupName> = results.groups.iter().map(|g| &g.name).collect();
    assert_eq!(names.len(), 2);
    assert_eq!(results.groups[0].name.department(), Some("Salg"));
    assert_eq!(
        results.groups[1].name,
        GroupName::Other {
            departments: 2,
            complementary: true
        }
    );
    assert_eq!(results.groups[1].participation.answered, 13);
    // By subtraction from the total: 25 − 12 = 13, the pool, not Jura.
    let total = results.total.unwrap();
    assert_eq!(
        total.answered - results.groups[0].participation.answered,
        13
    );
    let json = serde_json::to_string(&results).unwrap();
    assert!(!json.contains("Jura"));
    assert!(results.groups.iter().all(|g| g.participation.answered != 4));
    for svg in every_svg(&results) {
        assert!(!svg.contains("Jura"));
    }
}

#[test]
fn a_department_under_k_cannot_be_reached_through_the_volunteers() {
    let results = with_small_department();
    let r = results.readiness.as_ref().unwrap();
    // Volunteers: 6 + 2 + 4 = 12 of 25, both sides ≥ k: the split is shown,
    // for all volunteers together only, never per department (exactly or
    // rounded, as the audit finds cheapest; never hidden, never untrue).
    let split = r.barriers_split.as_ref().unwrap();
    assert!(split.volunteers.answered.shown().is_some());
    assert!(split.volunteers.answered.allows(12));
    // Reach on Snapchat comes from Jura's 4 volunteers only: not shown.
    let snapchat = r
        .reach
        .platforms
        .iter()
        .find(|p| p.platform == "snapchat")
        .unwrap();
    assert_eq!(snapchat.volunteers, Count::Hidden);
    assert_eq!(snapchat.followers, Count::Hidden);
}

#[test]
fn no_volunteers_split_where_either_side_is_under_k() {
    let departments = [Department {
        name: "Salg",
        invited: 20,
        people: people(20, |i| Person::new(if i < 4 { 5 } else { 2 })),
    }];
    let results = results(&departments, k(5));
    let r = results.readiness.unwrap();
    assert!(r.barriers_split.is_none(), "4 volunteers < k");
    assert!(r.motivations_split.is_none());
}

#[test]
fn a_small_group_where_everyone_volunteers_shows_bands_and_rounds_the_total() {
    let departments = [
        Department {
            name: "Salg",
            invited: 20,
            people: people(20, |i| Person::new(if i < 8 { 4 } else { 2 })),
        },
        Department {
            name: "Ledelse",
            invited: 6,
            people: people(6, |_| Person::new(5)),
        },
    ];
    let results = results(&departments, k(5));
    let r = results.readiness.as_ref().unwrap();
    assert_eq!(r.volunteers.groups[1].cell, Cell::AlmostAll);
    assert!(r.volunteers.groups[0].cell.is_exact());
    // 8 + 6 − 8 would tell: the company's share is shown rounded, coarse
    // enough that 13 and 14 volunteers read the same.
    let total = r.volunteers.total.unwrap().cell;
    let Cell::Rounded { percent, step } = total else {
        panic!("{total:?}");
    };
    let round =
        |n: u64| (200 * n + u64::from(step) * 26) / (2 * u64::from(step) * 26) * u64::from(step);
    assert_eq!(round(13), u64::from(percent));
    assert_eq!(round(14), u64::from(percent));
    let willingness = results
        .questions
        .iter()
        .find(|q| q.id == "willingness")
        .unwrap();
    let ledelse = &willingness.tables[0].groups[1];
    assert_eq!(ledelse.cells[4], Cell::AlmostAll);
    assert!(ledelse.cells[..4].iter().all(|c| *c == Cell::AlmostNone));
    let total = willingness.tables[0].total.as_ref().unwrap();
    assert!(total.cells.iter().all(|c| !c.is_exact()));
    // No exact 100 % anywhere in the JSON for this group.
    let json = serde_json::to_value(&results).unwrap();
    assert!(!json.to_string().contains("\"count\":6,\"share\":1.0"));
}

#[test]
fn a_band_in_a_yes_no_column_rounds_the_total_and_keeps_the_other_rows() {
    // Ledelse (6): nobody is unsure what is allowed, a band. Salg's count
    // stays exact; the company's share is rounded so 5 and 6 read alike.
    let departments = [
        Department {
            name: "Salg",
            invited: 20,
            people: people(20, |i| {
                let mut p = Person::new(2);
                p.barriers = if i < 5 {
                    vec!["unsure_allowed"]
                } else {
                    vec!["no_time"]
                };
                p
            }),
        },
        Department {
            name: "Ledelse",
            invited: 6,
            people: people(6, |_| Person::new(2)),
        },
    ];
    let results = results(&departments, k(5));
    let barriers = results
        .questions
        .iter()
        .find(|q| q.id == "barriers")
        .unwrap();
    let unsure = 1;
    assert_eq!(barriers.tables[0].groups[1].cells[unsure], Cell::AlmostNone);
    assert_eq!(
        barriers.tables[0].groups[0].cells[unsure],
        Cell::exact(5, 20)
    );
    let total = barriers.tables[0].total.as_ref().unwrap().cells[unsure];
    assert!(matches!(total, Cell::Rounded { .. }), "{total:?}");
    assert!(total.allows(5, 26) && total.allows(6, 26), "{total:?}");
}
