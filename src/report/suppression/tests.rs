use proptest::prelude::*;

use super::*;

fn k(n: u32) -> MinGroupSize {
    MinGroupSize::new(n).unwrap()
}

fn placements(plan: &Plan<&'static str>) -> Vec<(&'static str, Placement)> {
    plan.groups().map(|(key, _, p)| (*key, p)).collect()
}

#[test]
fn a_department_under_k_is_pooled_into_other_departments() {
    let plan = plan([("Salg", 20), ("IT", 3), ("Jura", 4), ("Drift", 9)], k(5));

    let table = plan.respondents();

    assert_eq!(
        table.rows,
        [
            Row::Group {
                key: &"Salg",
                value: 20
            },
            Row::Group {
                key: &"Drift",
                value: 9
            },
            Row::Other {
                members: vec![&"IT", &"Jura"],
                value: 7
            },
        ]
    );
    assert_eq!(table.total, Some(36));
}

#[test]
fn a_pool_still_under_k_with_nothing_to_join_is_suppressed_with_the_total() {
    let plan = plan([("IT", 2), ("Jura", 1)], k(5));

    let table = plan.respondents();

    assert!(table.rows.is_empty());
    assert_eq!(table.total, None);
    assert_eq!(
        placements(&plan),
        [
            ("IT", Placement::Suppressed),
            ("Jura", Placement::Suppressed)
        ]
    );
}

#[test]
fn a_total_that_would_reveal_a_small_pool_by_subtraction_is_protected() {
    // Without complementary suppression: 34 − 20 − 12 = 2, Jura exposed.
    let plan = plan([("Salg", 20), ("IT", 12), ("Jura", 2)], k(5));

    let table = plan.respondents();

    assert_eq!(
        table.rows,
        [
            Row::Group {
                key: &"Salg",
                value: 20
            },
            Row::Other {
                members: vec![&"IT", &"Jura"],
                value: 14
            },
        ]
    );
    assert_eq!(table.total, Some(34));
    assert!(!recomputable(&plan, 2));
    // The check itself: a lone small group in the pool would be exposed.
    let naive = Plan {
        groups: vec![
            ("Salg", 20, Placement::Shown),
            ("IT", 12, Placement::Shown),
            ("Jura", 2, Placement::Pooled),
        ],
    };
    assert!(recomputable(&naive, 2));
}

#[test]
fn departments_without_respondents_are_empty_and_pool_nothing() {
    let plan = plan([("Salg", 8), ("IT", 0)], k(5));

    assert_eq!(
        placements(&plan),
        [("Salg", Placement::Shown), ("IT", Placement::Empty)]
    );
    assert_eq!(plan.respondents().total, Some(8));
}

#[test]
fn option_counts_are_published_only_for_the_rows_that_are_shown() {
    let plan = plan([("Salg", 6), ("IT", 2), ("Jura", 3)], k(5));
    // How many chose options a and b in each department.
    let counts = [vec![4, 2], vec![2, 0], vec![1, 2]];

    let table = plan.tabulate(&counts, |sum, v| {
        sum.resize(v.len(), 0);
        sum.iter_mut().zip(v).for_each(|(s, x)| *s += x);
    });

    assert_eq!(
        table.rows,
        [
            Row::Group {
                key: &"Salg",
                value: vec![4, 2]
            },
            Row::Other {
                members: vec![&"IT", &"Jura"],
                value: vec![3, 2]
            },
        ]
    );
    assert_eq!(table.total, Some(vec![7, 4]));
}

/// Whether the count of group `j` (its index) follows from what is published: true when its
/// indicator is a linear combination of the published rows' indicators
/// (groups known to be empty drop out, being known to be zero).
fn recomputable<K>(plan: &Plan<K>, j: usize) -> bool {
    let groups: Vec<_> = plan.groups().collect();
    let columns: Vec<usize> = (0..groups.len())
        .filter(|&i| groups[i].2 != Placement::Empty)
        .collect();
    let indicator = |member: &dyn Fn(Placement, usize) -> bool| -> Vec<f64> {
        columns
            .iter()
            .map(|&i| f64::from(u8::from(member(groups[i].2, i))))
            .collect()
    };
    let mut published: Vec<Vec<f64>> = (0..groups.len())
        .filter(|&i| groups[i].2 == Placement::Shown)
        .map(|i| indicator(&|_, c| c == i))
        .collect();
    if groups.iter().any(|g| g.2 == Placement::Pooled) {
        published.push(indicator(&|p, _| p == Placement::Pooled));
    }
    let table = plan.respondents();
    if table.total.is_some() {
        published.push(indicator(&|_, _| true));
    }
    let target = indicator(&|_, c| c == j);
    let mut with_target = published.clone();
    with_target.push(target);
    rank(published) == rank(with_target)
}

fn rank(mut rows: Vec<Vec<f64>>) -> usize {
    let width = rows.first().map_or(0, Vec::len);
    let mut rank = 0;
    for col in 0..width {
        let Some(pivot) = (rank..rows.len()).find(|&r| rows[r][col].abs() > 1e-9) else {
            continue;
        };
        rows.swap(rank, pivot);
        for r in 0..rows.len() {
            if r != rank && rows[r][col].abs() > 1e-9 {
                let factor = rows[r][col] / rows[rank][col];
                let pivot_row = rows[rank].clone();
                for (x, p) in rows[r].iter_mut().zip(pivot_row) {
                    *x -= factor * p;
                }
            }
        }
        rank += 1;
    }
    rank
}

proptest! {
    #[test]
    fn no_published_number_describes_fewer_than_k_respondents(
        sizes in prop::collection::vec(0u64..25, 0..12),
        min in 3u32..9,
    ) {
        let plan = plan(sizes.iter().copied().enumerate(), k(min));
        let table = plan.respondents();
        for row in &table.rows {
            let value = match row {
                Row::Group { value, .. } | Row::Other { value, .. } => *value,
            };
            prop_assert!(value >= u64::from(min), "{row:?}");
        }
        if let Some(total) = table.total {
            prop_assert!(total >= u64::from(min));
            let published: u64 = table.rows.iter().map(|r| match r {
                Row::Group { value, .. } | Row::Other { value, .. } => *value,
            }).sum();
            prop_assert_eq!(total, published, "the total hides a remainder");
            prop_assert_eq!(total, sizes.iter().sum::<u64>());
        }
    }

    #[test]
    fn no_hidden_group_can_be_recomputed_from_what_is_published(
        sizes in prop::collection::vec(0u64..25, 1..12),
        min in 3u32..9,
    ) {
        let plan = plan(sizes.iter().copied().enumerate(), k(min));
        let hidden: Vec<usize> = plan
            .groups()
            .enumerate()
            .filter(|(_, g)| matches!(g.2, Placement::Pooled | Placement::Suppressed))
            .map(|(i, _)| i)
            .collect();
        for i in hidden {
            prop_assert!(!recomputable(&plan, i), "group {i} of {sizes:?}");
        }
    }
}
