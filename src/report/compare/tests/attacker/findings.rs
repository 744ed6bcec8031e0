//! What counts as a leak in what the enumeration found for one wave and
//! block: anything narrower with the comparison than without it, a
//! protected count of a pooled department under k with one value, a band
//! that lost an end, a withheld figure about fewer than k pinned.

use std::collections::BTreeSet;

use super::enumerate::Possible;
use super::{Block, Seen, groups, yes};
use crate::report::figures::{Cell, Distribution};

pub struct At<'s, 'a> {
    pub seen: &'s Seen<'a>,
    pub wave: usize,
    pub b: usize,
    pub block: &'s Block,
    pub k: u64,
}

impl At<'_, '_> {
    fn name(&self) -> String {
        format!("wave {} block {}", self.wave, self.b)
    }

    pub fn truth_is_possible(&self, p: &Possible) {
        for (d, runs) in p.departments.iter().enumerate() {
            assert!(
                runs.contains(&self.seen.truth[d][self.b]),
                "the truth is always possible: {} d{d}",
                self.name()
            );
        }
    }

    /// Whatever the comparison adds must narrow nothing.
    pub fn narrowed(&self, alone: &Possible, with: &Possible) -> Vec<String> {
        let mut leaks: Vec<String> = (0..alone.departments.len())
            .filter(|&d| alone.departments[d] != with.departments[d])
            .map(|d| format!("{} d{d}: the comparison narrowed its tables", self.name()))
            .collect();
        if alone.figures != with.figures {
            leaks.push(format!(
                "{}: the comparison narrowed a published group",
                self.name()
            ));
        }
        leaks
    }

    /// A pooled department under k keeps two values for every count.
    pub fn pinned(&self, p: &Possible) -> Vec<String> {
        let results = self.seen.results;
        let groups = groups(self.seen);
        let options = self.seen.q.questions[self.block.question].options.len();
        let mut leaks = Vec::new();
        for (d, runs) in p.departments.iter().enumerate() {
            let pooled = (0..groups.len())
                .any(|g| results.groups[g].name.department().is_none() && groups[g].contains(&d));
            if !(pooled && (1..self.k).contains(&self.seen.respondents[d])) {
                continue;
            }
            for j in 1..=options {
                let values: BTreeSet<u64> = runs.iter().map(|r| r[j]).collect();
                if values.len() < 2 {
                    leaks.push(format!("{} d{d} [{j}] pinned {values:?}", self.name()));
                }
            }
        }
        leaks
    }

    /// Bands keep both ends; withheld figures about 1 to k − 1 people keep
    /// two values.
    pub fn bands(&self, p: &Possible) -> Vec<String> {
        let q = self.seen.q;
        let table = &self.seen.results.questions[self.block.question].tables[self.block.row];
        let options = q.questions[self.block.question].options.len();
        let split = q
            .readiness
            .as_ref()
            .and_then(|r| r.counted_options(self.block.question, options))
            .unwrap_or_default();
        let published: Vec<&Distribution> =
            table.groups.iter().chain(table.total.as_ref()).collect();
        let mut leaks = Vec::new();
        for (f, d) in published.iter().enumerate() {
            let runs = &p.figures[f];
            let mut checks: Vec<(Cell, BTreeSet<(u64, u64)>)> = d
                .cells
                .iter()
                .enumerate()
                .map(|(o, c)| (*c, runs.iter().map(|r| (r[0], r[1 + o])).collect()))
                .collect();
            if let Some(c) = d.split {
                checks.push((c, runs.iter().map(|r| (r[0], yes(r, &split))).collect()));
            }
            for (cell, values) in checks {
                let has = |f: &dyn Fn(&(u64, u64)) -> bool| values.iter().any(f);
                let narrowed = match cell {
                    Cell::AlmostNone => !(has(&|v| v.1 == 0) && has(&|v| v.1 == 1)),
                    Cell::AlmostAll => !(has(&|v| v.1 == v.0) && has(&|v| v.1 + 1 == v.0)),
                    Cell::Hidden => {
                        let counts: BTreeSet<u64> = values.iter().map(|v| v.1).collect();
                        counts.len() < 2 && has(&|v| (1..self.k).contains(&v.0))
                    }
                    _ => false,
                };
                if narrowed {
                    leaks.push(format!(
                        "{} figure {f}: {cell:?} narrowed to {values:?}",
                        self.name()
                    ));
                }
            }
        }
        leaks
    }
}
