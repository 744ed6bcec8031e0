//! Round numbers: shares add up, the pool and the total add up, and the
//! yes/no shares agree with the tables they come from.

use super::fixtures::{k, realistic, results};
use crate::report::results::Count;
use crate::report::results::{Cell, GroupName};

#[test]
fn exact_shares_of_one_answer_questions_add_up_to_one() {
    let results = results(&realistic(), k(5));
    for q in results.questions.iter().filter(|q| q.kind != "multiple") {
        for table in &q.tables {
            for d in table.groups.iter().chain(&table.total) {
                if d.answered.value().is_some_and(|a| a > 0) && d.cells.iter().all(Cell::is_exact) {
                    let sum: f64 = d
                        .cells
                        .iter()
                        .map(|c| match c {
                            Cell::Exact { share, .. } => *share,
                            _ => 0.0,
                        })
                        .sum();
                    assert!((sum - 1.0).abs() < 1e-9, "{}: {sum}", q.id);
                }
            }
        }
    }
}

#[test]
fn the_pool_and_the_total_add_up() {
    let results = results(&realistic(), k(5));
    // Jura (4) and Ledelse (3) pool to 7 ≥ 5: "Other departments".
    let other = results.groups.last().unwrap();
    assert_eq!(
        other.name,
        GroupName::Other {
            departments: 2,
            complementary: false
        }
    );
    assert_eq!(other.participation.answered, 7);
    assert_eq!(other.participation.invited, 11);
    let total = results.total.unwrap();
    let sum: u64 = results
        .groups
        .iter()
        .map(|g| g.participation.answered)
        .sum();
    assert_eq!(total.answered, sum);
    assert_eq!(total.answered, 122);
    let rate = total.response_rate.unwrap();
    assert!((rate - 122.0 / 164.0).abs() < 1e-9);
}

#[test]
fn weekly_shares_agree_with_the_platform_table() {
    let results = results(&realistic(), k(5));
    let r = results.readiness.as_ref().unwrap();
    let usage = results
        .questions
        .iter()
        .find(|q| q.id == "platform_use")
        .unwrap();
    for (p, shares) in r.weekly.iter().enumerate() {
        for (g, share) in shares.groups.iter().enumerate() {
            let d = &usage.tables[p].groups[g];
            // Where the audit withheld one of the options, the split may
            // still be shown; the options cannot be added up then.
            let options_exact = d.cells[2..].iter().all(Cell::is_exact);
            if let (Cell::Exact { count, .. }, true) = (share.cell, options_exact) {
                let weekly_daily: u64 = d.cells[2..]
                    .iter()
                    .map(|c| match c {
                        Cell::Exact { count, .. } => *count,
                        _ => 0,
                    })
                    .sum();
                assert_eq!(count, weekly_daily);
            }
        }
    }
}

#[test]
fn reach_adds_up_shown_platforms_and_compares_with_the_company() {
    let company = [("linkedin".to_owned(), 2000)];
    let results = results(&realistic(), k(5));
    let reach = &results.readiness.as_ref().unwrap().reach;
    let sum: u64 = reach
        .platforms
        .iter()
        .filter_map(|p| p.followers.shown())
        .sum();
    assert_eq!(reach.total, sum);
    let linkedin = &reach.platforms[0];
    assert_eq!(linkedin.platform, "linkedin");
    let expected = linkedin.followers.shown().unwrap() as f64 / 2000.0;
    assert_eq!(reach.multiple("linkedin", &company), Some(expected));
    assert!(reach.platforms.iter().all(|p| match p.volunteers {
        Count::Exact { value } => value >= 5,
        other => other == Count::Hidden,
    }));
    // The intranet reaches nobody outside the company: not in reach at all.
    assert!(reach.platforms.iter().all(|p| p.platform != "intranet"));
}

#[test]
fn results_serialize_to_json() {
    let results = results(&realistic(), k(5));
    let json = serde_json::to_value(&results).unwrap();
    assert_eq!(json["groups"][0]["name"]["kind"], "department");
    assert!(json["readiness"]["goals"].as_array().unwrap().len() == 3);
}
