//! Rule P4, the minimum group size, in one place: every report, chart,
//! export and API answer that describes respondents asks this module which
//! groups it may show. Pure: no web, no database.
//!
//! The rule, for groups (departments) with `n` respondents each, and `k`:
//! - a group with `n ≥ k` is shown on its own;
//! - groups with `0 < n < k` are pooled into one "Other departments" row;
//! - if that pool is itself under `k`, the smallest shown group joins it, so
//!   the pool reaches `k` and the total still adds up — otherwise the total
//!   minus the shown groups would reveal the pool (complementary
//!   suppression); with no shown group to add, everything is suppressed,
//!   the total too;
//! - a group with no respondents describes nobody and is simply empty.
//!
//! Numbers inside a shown row (how many chose each option) are computed over
//! at least `k` respondents, which is what the rule protects.

use crate::survey::MinGroupSize;

/// Where one group's respondents end up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// On its own row.
    Shown,
    /// In the "Other departments" row.
    Pooled,
    /// Nowhere: too few respondents, and nothing to pool them with.
    Suppressed,
    /// No respondents at all.
    Empty,
}

/// The decision for a list of groups, in their original order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<K> {
    groups: Vec<(K, u64, Placement)>,
}

/// One published row: a group, or the pool of others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row<'a, K, V> {
    Group { key: &'a K, value: V },
    Other { members: Vec<&'a K>, value: V },
}

/// Published rows and, unless it would reveal a suppressed group, the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a, K, V> {
    pub rows: Vec<Row<'a, K, V>>,
    pub total: Option<V>,
}

/// Decides which groups may be shown, given each group's respondents.
pub fn plan<K>(groups: impl IntoIterator<Item = (K, u64)>, k: MinGroupSize) -> Plan<K> {
    let k = u64::from(k.get());
    let mut groups: Vec<(K, u64, Placement)> = groups
        .into_iter()
        .map(|(key, n)| {
            let placement = match n {
                0 => Placement::Empty,
                n if n >= k => Placement::Shown,
                _ => Placement::Pooled,
            };
            (key, n, placement)
        })
        .collect();
    let pool: u64 = sum_of(&groups, Placement::Pooled);
    if pool > 0 && pool < k {
        let smallest_shown = groups
            .iter_mut()
            .filter(|g| g.2 == Placement::Shown)
            .min_by_key(|g| g.1);
        match smallest_shown {
            Some(group) => group.2 = Placement::Pooled,
            None => {
                for group in groups.iter_mut().filter(|g| g.2 == Placement::Pooled) {
                    group.2 = Placement::Suppressed;
                }
            }
        }
    }
    Plan { groups }
}

fn sum_of<K>(groups: &[(K, u64, Placement)], placement: Placement) -> u64 {
    groups
        .iter()
        .filter(|g| g.2 == placement)
        .map(|g| g.1)
        .sum()
}

impl<K> Plan<K> {
    /// Each group with its respondents and placement, in the original order.
    pub fn groups(&self) -> impl Iterator<Item = (&K, u64, Placement)> {
        self.groups.iter().map(|(key, n, p)| (key, *n, *p))
    }

    fn any(&self, placement: Placement) -> bool {
        self.groups.iter().any(|g| g.2 == placement)
    }

    /// The published counts of respondents: shown groups, the pool, the total.
    pub fn respondents(&self) -> Table<'_, K, u64> {
        let counts: Vec<u64> = self.groups.iter().map(|g| g.1).collect();
        self.tabulate(&counts, |sum, n| *sum += n)
    }

    /// Publishes any per-group data (such as how many chose each option):
    /// `values[i]` belongs to the i-th group; `add` merges one into a sum.
    /// Pooled groups are merged into one row; suppressed groups appear
    /// nowhere, and then there is no total either.
    pub fn tabulate<V: Clone + Default>(
        &self,
        values: &[V],
        add: impl Fn(&mut V, &V),
    ) -> Table<'_, K, V> {
        assert_eq!(values.len(), self.groups.len(), "one value per group");
        let mut rows = Vec::new();
        let (mut other, mut members, mut total) = (V::default(), Vec::new(), V::default());
        for ((key, _, placement), value) in self.groups.iter().zip(values) {
            match placement {
                Placement::Shown => rows.push(Row::Group {
                    key,
                    value: value.clone(),
                }),
                Placement::Pooled => {
                    add(&mut other, value);
                    members.push(key);
                }
                Placement::Suppressed | Placement::Empty => continue,
            }
            add(&mut total, value);
        }
        if !members.is_empty() {
            rows.push(Row::Other {
                members,
                value: other,
            });
        }
        let publish_total = !self.any(Placement::Suppressed) && !rows.is_empty();
        Table {
            rows,
            total: publish_total.then_some(total),
        }
    }
}

#[cfg(test)]
mod tests;
