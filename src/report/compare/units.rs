//! Which departments can be compared, and as what. A change means something
//! only for the same people's departments in both waves, and is safe only
//! between groups both publications show: otherwise the pair would be a
//! difference of published figures that each wave withheld (a department
//! shown in one wave and pooled in the other would come out of the pool by
//! subtraction). So we join departments that the link says continue each
//! other, and departments that share a published group (a pool) in either
//! wave; each joined set is compared when, in both waves, it is exactly a
//! union of published groups.

use std::collections::BTreeMap;

use super::Publication;
use super::model::{NotCompared, NotComparedWhy, Pilot, UnitKind, Wave};
use crate::report::results::GroupName;
use crate::survey::DepartmentName;
use crate::survey::follow_up::Link;

/// Where one department's answers are published in one wave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In this published group (its own, or the pool).
    Group(usize),
    /// Nobody answered: it counts in participation only.
    Empty(u64),
    /// In the total only (everything was too small to show).
    TotalOnly,
}

/// Each department's place, in the wave's department order. The pool holds
/// every department neither shown on its own nor empty: the publication
/// does not name them, but they follow from what it does name.
fn places(p: &Publication<'_>) -> Vec<Place> {
    let groups = &p.results.groups;
    let pool = groups
        .iter()
        .position(|g| matches!(g.name, GroupName::Other { .. }));
    p.departments
        .iter()
        .map(|name| {
            let shown = groups
                .iter()
                .position(|g| g.name.department() == Some(name.as_str()));
            let empty = p.results.empty.iter().find(|e| e.name == name.as_str());
            match (shown, empty, pool) {
                (Some(g), _, _) => Place::Group(g),
                (None, Some(e), _) => Place::Empty(e.invited),
                (None, None, Some(g)) => Place::Group(g),
                (None, None, None) => Place::TotalOnly,
            }
        })
        .collect()
}

/// A set of departments compared as one, with what each wave publishes
/// about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPlan {
    /// Department indexes in each wave's list: `[baseline, follow_up]`.
    pub departments: [Vec<usize>; 2],
    /// The published groups it is made of, per wave (indexes into
    /// `Results::groups`).
    pub groups: [Vec<usize>; 2],
    /// Invites to its departments where nobody answered, per wave.
    pub empty_invited: [u64; 2],
    pub kind: UnitKind,
    pub pilot: Pilot,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// In the follow-up's department order, the pool last.
    pub units: Vec<UnitPlan>,
    pub not_compared: Vec<NotCompared>,
}

/// A plain union–find over both waves' departments: baseline `d` is node
/// `d`, follow-up `d` is node `baseline count + d`.
struct Joined(Vec<usize>);

impl Joined {
    fn root(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.0[a.max(b)] = a.min(b);
    }
}

fn position(list: &[DepartmentName], name: &DepartmentName) -> Option<usize> {
    list.iter().position(|n| n == name)
}

pub fn plan(baseline: &Publication<'_>, follow_up: &Publication<'_>, link: &Link) -> Plan {
    let places = [places(baseline), places(follow_up)];
    let nb = baseline.departments.len();
    let total = nb + follow_up.departments.len();
    let mut joined = Joined((0..total).collect());
    // continues[f]: the baseline departments follow-up department f continues.
    let continues: Vec<Vec<usize>> = follow_up
        .departments
        .iter()
        .map(|f| {
            link.continues(f)
                .iter()
                .filter_map(|b| position(baseline.departments, b))
                .collect()
        })
        .collect();
    let mut continued = vec![false; nb];
    for (f, bs) in continues.iter().enumerate() {
        for &b in bs {
            continued[b] = true;
            joined.join(b, nb + f);
        }
    }
    for (wave, offset) in [(0, 0), (1, nb)] {
        let mut first: BTreeMap<usize, usize> = BTreeMap::new();
        for (d, place) in places[wave].iter().enumerate() {
            if let Place::Group(g) = *place {
                let f = *first.entry(g).or_insert(d);
                joined.join(offset + f, offset + d);
            }
        }
    }
    let mut components: BTreeMap<usize, [Vec<usize>; 2]> = BTreeMap::new();
    for node in 0..total {
        let root = joined.root(node);
        let entry = components.entry(root).or_default();
        if node < nb {
            entry[0].push(node);
        } else {
            entry[1].push(node - nb);
        }
    }
    let names = [baseline.departments, follow_up.departments];
    let group_counts = [
        baseline.results.groups.len(),
        follow_up.results.groups.len(),
    ];
    let mut units = Vec::new();
    let mut not_compared = Vec::new();
    for departments in components.into_values() {
        let why_of = |wave: usize, d: usize| -> Option<NotComparedWhy> {
            match wave {
                0 if !continued[d] => Some(NotComparedWhy::Dropped),
                1 if continues[d].is_empty() => Some(NotComparedWhy::New),
                _ => None,
            }
        };
        let groups = groups_of(&places, &departments);
        let changed = (0..2).any(|w| departments[w].iter().any(|&d| why_of(w, d).is_some()));
        let Some(why) = why_not(&places, &departments, &groups, changed, group_counts) else {
            let waves = [baseline, follow_up];
            units.push(unit(waves, link, &places, departments, groups));
            continue;
        };
        for (w, wave) in [(0, Wave::Baseline), (1, Wave::FollowUp)] {
            for &d in &departments[w] {
                not_compared.push((
                    w,
                    d,
                    NotCompared {
                        department: names[w][d].as_str().to_owned(),
                        wave,
                        why: why_of(w, d).unwrap_or(why),
                    },
                ));
            }
        }
    }
    // The follow-up's order; the pool (which names no department) last.
    units.sort_by_key(|u| {
        (
            u.kind == UnitKind::Pool,
            u.departments[1].iter().min().copied(),
        )
    });
    // New departments first, in the follow-up's order, then the baseline's.
    not_compared.sort_by_key(|(w, d, _)| (usize::from(*w == 0), *d));
    Plan {
        units,
        not_compared: not_compared.into_iter().map(|(_, _, n)| n).collect(),
    }
}

/// The published groups a set of departments holds, per wave.
fn groups_of(places: &[Vec<Place>; 2], departments: &[Vec<usize>; 2]) -> [Vec<usize>; 2] {
    [0, 1].map(|w| {
        let mut g: Vec<usize> = departments[w]
            .iter()
            .filter_map(|&d| match places[w][d] {
                Place::Group(g) => Some(g),
                _ => None,
            })
            .collect();
        g.sort_unstable();
        g.dedup();
        g
    })
}

/// Why a joined set of departments is not compared; `None` when it is.
/// A set with a new or dropped department (`changed`) has another
/// composition in each wave; one in the total only, or silent in a wave,
/// has nothing to compare; one that is everything is `everyone`.
fn why_not(
    places: &[Vec<Place>; 2],
    departments: &[Vec<usize>; 2],
    groups: &[Vec<usize>; 2],
    changed: bool,
    group_counts: [usize; 2],
) -> Option<NotComparedWhy> {
    let lone = departments.iter().any(Vec::is_empty);
    let total_only = (0..2).any(|w| {
        departments[w]
            .iter()
            .any(|&d| places[w][d] == Place::TotalOnly)
    });
    if lone || changed || total_only {
        Some(NotComparedWhy::PublishedInOneWaveOnly)
    } else if groups.iter().any(Vec::is_empty) {
        Some(NotComparedWhy::NoAnswers)
    } else if (0..2).all(|w| groups[w].len() == group_counts[w]) {
        Some(NotComparedWhy::PublishedInOneWaveOnly)
    } else {
        None
    }
}

fn unit(
    waves: [&Publication<'_>; 2],
    link: &Link,
    places: &[Vec<Place>; 2],
    departments: [Vec<usize>; 2],
    groups: [Vec<usize>; 2],
) -> UnitPlan {
    let empty_invited = [0, 1].map(|w| {
        departments[w]
            .iter()
            .map(|&d| match places[w][d] {
                Place::Empty(invited) => invited,
                _ => 0,
            })
            .sum()
    });
    let pool = |w: usize| {
        matches!(
            waves[w].results.groups[groups[w][0]].name,
            GroupName::Other { .. }
        )
    };
    let kind = match (groups[0].len(), groups[1].len()) {
        (1, 1) if pool(0) && pool(1) => UnitKind::Pool,
        (1, 1) => UnitKind::Department,
        _ => UnitKind::Together,
    };
    let pilots = departments[0]
        .iter()
        .filter(|&&d| link.pilots.contains(&waves[0].departments[d]))
        .count();
    let pilot = match pilots {
        0 => Pilot::No,
        n if n == departments[0].len() => Pilot::Yes,
        _ => Pilot::Partly,
    };
    UnitPlan {
        departments,
        groups,
        empty_invited,
        kind,
        pilot,
    }
}
