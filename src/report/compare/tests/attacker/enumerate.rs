//! The enumeration of one block in both waves: department by department,
//! the states (the pool's run, the total's run, each claim's yes-count)
//! reachable so far; the final states that fit the publication and the
//! comparison's claims about the wave; those whose claims agree with some
//! final state of the other wave; then back again, to find the runs each
//! department and each published group can have.

use std::collections::{BTreeMap, BTreeSet};

use super::claims::Claims;
use super::{Block, Seen, allows, groups, runs, yes};

/// What one wave's tables can be, for one block.
pub struct Possible {
    /// Per department: the runs it can have.
    pub departments: Vec<BTreeSet<Vec<u64>>>,
    /// Per published group, then the total: the runs it can have.
    pub figures: Vec<BTreeSet<Vec<u64>>>,
}

struct Wave<'s, 'a> {
    seen: &'s Seen<'a>,
    w: usize,
    groups: Vec<Vec<usize>>,
    pool: Option<usize>,
    candidates: Vec<Vec<Vec<u64>>>,
    /// `states[d]`: the states reachable before department `d`.
    states: Vec<BTreeSet<Vec<u64>>>,
}

struct Ctx<'c> {
    block: &'c Block,
    width: usize,
    split: Vec<usize>,
    claims: &'c Claims,
}

impl<'s, 'a> Wave<'s, 'a> {
    fn new(seen: &'s Seen<'a>, w: usize, ctx: &Ctx) -> Self {
        let groups = groups(seen);
        let table = &seen.results.questions[ctx.block.question].tables[ctx.block.row];
        let pool = (0..groups.len()).find(|&g| seen.results.groups[g].name.department().is_none());
        // A department shown on its own is filtered by its own figures.
        let candidates = (0..seen.names.len())
            .map(|d| {
                let own = (0..groups.len()).find(|&g| Some(g) != pool && groups[g] == [d]);
                runs(seen.respondents[d], ctx.width - 1)
                    .into_iter()
                    .filter(|run| own.is_none_or(|g| allows(&table.groups[g], run, &ctx.split)))
                    .collect()
            })
            .collect();
        let mut wave = Wave {
            seen,
            w,
            groups,
            pool,
            candidates,
            states: vec![BTreeSet::from([vec![
                0;
                2 * ctx.width + ctx.claims.keys.len()
            ]])],
        };
        for d in 0..seen.names.len() {
            let next = wave.states[d]
                .iter()
                .flat_map(|s| wave.candidates[d].iter().map(move |v| (s, v)))
                .map(|(s, v)| wave.add(ctx, s, d, v))
                .collect();
            wave.states.push(next);
        }
        wave
    }

    fn add(&self, ctx: &Ctx, s: &[u64], d: usize, v: &[u64]) -> Vec<u64> {
        let pooled = self.pool.is_some_and(|g| self.groups[g].contains(&d));
        let mut s = s.to_vec();
        for (i, x) in v.iter().enumerate() {
            s[ctx.width + i] += x;
            if pooled {
                s[i] += x;
            }
        }
        for (j, key) in ctx.claims.keys.iter().enumerate() {
            if key.departments[self.w].contains(&d) {
                s[2 * ctx.width + j] += yes(v, &ctx.split);
            }
        }
        s
    }

    /// The final states the pool, the total and the claims allow.
    fn finals(&self, ctx: &Ctx) -> BTreeSet<Vec<u64>> {
        let table = &self.seen.results.questions[ctx.block.question].tables[ctx.block.row];
        let (width, split) = (ctx.width, &ctx.split);
        self.states[self.seen.names.len()]
            .iter()
            .filter(|s| {
                self.pool
                    .is_none_or(|g| allows(&table.groups[g], &s[..width], split))
                    && table
                        .total
                        .as_ref()
                        .is_none_or(|t| allows(t, &s[width..2 * width], split))
                    && ctx.claims.fit(self.w, self.seen, &s[2 * width..])
            })
            .cloned()
            .collect()
    }

    /// Back from the final states that remain: what each department and
    /// each published group can be.
    fn possible(&self, ctx: &Ctx, last: BTreeSet<Vec<u64>>) -> Possible {
        let n = self.seen.names.len();
        let mut backward = vec![BTreeSet::new(); n + 1];
        backward[n] = last;
        for d in (0..n).rev() {
            backward[d] = self.states[d]
                .iter()
                .filter(|s| {
                    self.candidates[d]
                        .iter()
                        .any(|v| backward[d + 1].contains(&self.add(ctx, s, d, v)))
                })
                .cloned()
                .collect();
        }
        let departments: Vec<BTreeSet<Vec<u64>>> = (0..n)
            .map(|d| {
                self.candidates[d]
                    .iter()
                    .filter(|v| {
                        self.states[d]
                            .iter()
                            .any(|s| backward[d + 1].contains(&self.add(ctx, s, d, v)))
                    })
                    .cloned()
                    .collect()
            })
            .collect();
        let w = ctx.width;
        let mut figures: Vec<BTreeSet<Vec<u64>>> = (0..self.groups.len())
            .map(|g| match self.pool {
                Some(p) if p == g => backward[n].iter().map(|s| s[..w].to_vec()).collect(),
                _ => departments[self.groups[g][0]].clone(),
            })
            .collect();
        figures.push(backward[n].iter().map(|s| s[w..2 * w].to_vec()).collect());
        Possible {
            departments,
            figures,
        }
    }
}

/// Every table of both waves for a block that agrees with both
/// publications and, given one, with the comparison.
pub fn enumerate(waves: [&Seen; 2], claims: &Claims, block: &Block) -> [Possible; 2] {
    let q = waves[1].q;
    let options = q.questions[block.question].options.len();
    let split = q
        .readiness
        .as_ref()
        .and_then(|r| r.counted_options(block.question, options))
        .unwrap_or_default();
    let ctx = Ctx {
        block,
        width: options + 1,
        split,
        claims,
    };
    let both = [Wave::new(waves[0], 0, &ctx), Wave::new(waves[1], 1, &ctx)];
    let finals = [both[0].finals(&ctx), both[1].finals(&ctx)];
    // Each final state's claims, with the shares they give.
    let at = 2 * ctx.width;
    let projected: [BTreeMap<Vec<u64>, Vec<f64>>; 2] = [0, 1].map(|w| {
        finals[w]
            .iter()
            .map(|s| (s[at..].to_vec(), claims.shares(w, waves[w], &s[at..])))
            .collect()
    });
    let agreeing = |w: usize, mine: &[f64]| {
        projected[1 - w].values().any(|theirs| match w {
            0 => claims.agree(mine, theirs),
            _ => claims.agree(theirs, mine),
        })
    };
    [0, 1].map(|w| {
        let last = finals[w]
            .iter()
            .filter(|s| agreeing(w, &projected[w][&s[at..]]))
            .cloned()
            .collect();
        both[w].possible(&ctx, last)
    })
}
