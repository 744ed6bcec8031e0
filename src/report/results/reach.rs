//! The volunteers' potential reach per platform: the follower counts of the
//! volunteers who would share there, added up. An upper bound: their
//! networks overlap each other and the company's own followers.

use super::model::{Label, PlatformReach, Reach};
use super::tally::Tally;
use crate::report::suppression::Plan;

/// A sum of ranges' representative counts is no more precise than this.
pub fn round_two_digits(x: f64) -> u64 {
    if x < 1.0 {
        return 0;
    }
    let magnitude = 10f64.powi(x.log10().floor() as i32 - 1);
    ((x / magnitude).round() * magnitude) as u64
}

pub fn reach<K>(
    plan: &Plan<K>,
    tally: &Tally,
    platforms: &[Label],
    k: u64,
    company_followers: &[(String, u64)],
) -> Reach {
    let runs: Vec<Vec<(u64, f64)>> = tally.departments.iter().map(|d| d.reach.clone()).collect();
    let table = plan.tabulate(&runs, |sum: &mut Vec<(u64, f64)>, run| {
        sum.resize(run.len().max(sum.len()), (0, 0.0));
        for (s, r) in sum.iter_mut().zip(run) {
            s.0 += r.0;
            s.1 += r.1;
        }
    });
    // Without a published total (everything suppressed) nothing is shown.
    let total = table.total.unwrap_or_default();
    let platforms: Vec<PlatformReach> = platforms
        .iter()
        .enumerate()
        .map(|(p, label)| {
            let (volunteers, sum) = total.get(p).copied().unwrap_or((0, 0.0));
            // A sum over fewer than k people describes fewer than k (P4).
            let shown = volunteers >= k;
            let followers = shown.then(|| round_two_digits(sum));
            let company = company_followers
                .iter()
                .find(|(id, _)| id == &label.id)
                .map(|&(_, n)| n);
            let multiple = match (followers, company) {
                (Some(f), Some(c)) if c > 0 => Some(f as f64 / c as f64),
                _ => None,
            };
            PlatformReach {
                platform: label.id.clone(),
                volunteers: shown.then_some(volunteers),
                followers,
                company_followers: company,
                multiple,
            }
        })
        .collect();
    let total = platforms.iter().filter_map(|p| p.followers).sum();
    Reach { platforms, total }
}
