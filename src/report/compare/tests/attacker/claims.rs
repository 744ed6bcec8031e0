//! The comparison's numbers as claims about the truth of one block: each
//! unit's (and everyone's, and each pilots side's) value holds its true
//! share, each change holds the true change, and the pilots' difference
//! holds the true difference in differences.

use super::{Seen, groups};
use crate::report::compare::{Comparison, UnitKind, Value};
use crate::report::results::Range;

/// A set of departments the comparison says something about, per wave.
pub struct Key {
    pub departments: [Vec<usize>; 2],
    ends: [Option<Value>; 2],
    change: Option<Range>,
}

pub struct Claims {
    pub keys: Vec<Key>,
    /// The pilots' key, the rest's key, and their difference in differences.
    did: Option<(usize, usize, Range)>,
}

fn within(r: &Range, x: f64) -> bool {
    x >= r.low - 1e-9 && x <= r.high + 1e-9
}

impl Claims {
    pub fn none() -> Claims {
        Claims {
            keys: Vec::new(),
            did: None,
        }
    }

    /// What the comparison claims for measure `m`.
    pub fn of(waves: [&Seen; 2], c: &Comparison, m: usize) -> Claims {
        let named = |w: usize, names: &[String]| -> Vec<usize> {
            names
                .iter()
                .filter_map(|n| waves[w].names.iter().position(|x| x.as_str() == n))
                .collect()
        };
        // The pool's members, as the publication tells them.
        let pool = |w: usize| -> Vec<usize> {
            let results = waves[w].results;
            let members = groups(waves[w]);
            (0..results.groups.len())
                .filter(|&g| results.groups[g].name.department().is_none())
                .flat_map(|g| members[g].clone())
                .collect()
        };
        let mut keys: Vec<Key> = c
            .units
            .iter()
            .map(|u| Key {
                departments: [0, 1].map(|w| match u.kind {
                    UnitKind::Pool => pool(w),
                    _ => named(w, if w == 0 { &u.baseline } else { &u.follow_up }),
                }),
                ends: [u.changes[m].before, u.changes[m].after],
                change: u.changes[m].change,
            })
            .collect();
        let everyone = &c.everyone.changes[m];
        keys.push(Key {
            departments: [0, 1].map(|w| (0..waves[w].names.len()).collect()),
            ends: [everyone.before, everyone.after],
            change: everyone.change,
        });
        let mut did = None;
        if let Some(pvr) = &c.pilots_vs_rest
            && let Some(d) = &pvr.measures[m]
        {
            let first = keys.len();
            for (units, side) in [(&pvr.pilot_units, &d.pilots), (&pvr.rest_units, &d.rest)] {
                let departments = [0, 1].map(|w| {
                    units
                        .iter()
                        .flat_map(|&u| keys[u].departments[w].clone())
                        .collect()
                });
                keys.push(Key {
                    departments,
                    ends: [side.before, side.after],
                    change: side.change,
                });
            }
            did = d.difference.map(|r| (first, first + 1, r));
        }
        Claims { keys, did }
    }

    fn answered(key: &Key, w: usize, seen: &Seen) -> u64 {
        key.departments[w]
            .iter()
            .map(|&d| seen.respondents[d])
            .sum()
    }

    /// Whether each key's yes-count `sums[j]` in wave `w` fits its value.
    pub fn fit(&self, w: usize, seen: &Seen, sums: &[u64]) -> bool {
        self.keys.iter().zip(sums).all(|(key, &y)| {
            key.ends[w].is_none_or(|v| {
                let a = Self::answered(key, w, seen);
                a > 0 && v.base.allows(a) && within(&v.value, y as f64 / a as f64)
            })
        })
    }

    /// Each key's share in wave `w`, from its yes-counts.
    pub fn shares(&self, w: usize, seen: &Seen, sums: &[u64]) -> Vec<f64> {
        self.keys
            .iter()
            .zip(sums)
            .map(|(key, &y)| y as f64 / Self::answered(key, w, seen) as f64)
            .collect()
    }

    /// Whether a baseline's and a follow-up's shares agree with every
    /// change and the difference in differences.
    pub fn agree(&self, before: &[f64], after: &[f64]) -> bool {
        let change = |j: usize| after[j] - before[j];
        self.keys
            .iter()
            .enumerate()
            .all(|(j, key)| key.change.is_none_or(|r| within(&r, change(j))))
            && self
                .did
                .is_none_or(|(p, rest, r)| within(&r, change(p) - change(rest)))
    }
}
