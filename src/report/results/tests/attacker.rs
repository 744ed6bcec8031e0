//! An attacker written apart from the audit: it reads only what is
//! published (the results, the questionnaire, how many answered in each
//! department) and enumerates, in whole numbers, every count table of every
//! department that agrees with all of it. A protected count with one
//! possible value, or a band with one of its two values impossible, is a
//! leak. Exhaustive, so for small surveys only: a few departments of up to
//! about seven people, a questionnaire of independent blocks (a matrix row
//! with its follow-up row, a multiple choice, a single choice).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::questionnaire::{Kind, Questionnaire};
use crate::report::figures::{Cell, Count, Distribution, grid};
use crate::report::results::Results;

/// One department's counts in one block: for each (question, row) of the
/// block, `[answered, option 0, …]`.
type Vector = Vec<Vec<u64>>;

/// A (question, row) the block holds, and the earlier row it follows.
#[derive(Clone, Copy)]
struct Part {
    question: usize,
    row: usize,
    follows: Option<(usize, usize)>,
}

/// The blocks of a questionnaire without readiness: each matrix row with
/// the rows that follow it, and every other question alone.
fn blocks(q: &Questionnaire) -> Vec<Vec<Part>> {
    let mut blocks: Vec<Vec<Part>> = Vec::new();
    for (i, question) in q.questions.iter().enumerate() {
        let rows = if question.kind == Kind::Matrix {
            question.rows.len()
        } else {
            1
        };
        for row in 0..rows {
            match &question.follows {
                Some(f) => {
                    let earlier = f.rows[row];
                    let block = blocks
                        .iter_mut()
                        .find(|b| b[0].question == f.question && b[0].row == earlier)
                        .expect("a follow-up's earlier row is a block");
                    block.push(Part {
                        question: i,
                        row,
                        follows: Some((f.question, earlier)),
                    });
                }
                None => blocks.push(vec![Part {
                    question: i,
                    row,
                    follows: None,
                }]),
            }
        }
    }
    blocks
}

/// Every count vector `n` people can give one (question, row), with at
/// most `limit` answerers (the follow-up's users).
fn runs(q: &Questionnaire, part: &Part, n: u64, limit: u64) -> Vec<Vec<u64>> {
    let question = &q.questions[part.question];
    let options = question.options.len();
    let answered: Vec<u64> = if question.required && part.follows.is_none() {
        vec![n]
    } else if question.required {
        vec![limit]
    } else {
        (0..=limit.min(n)).collect()
    };
    let mut out = Vec::new();
    for a in answered {
        let mut counts = vec![0u64; options];
        if question.kind == Kind::Multiple {
            any_of(question, a, 0, &mut counts, &mut out);
        } else {
            one_of(a, 0, &mut counts, a, &mut out);
        }
    }
    out
}

fn one_of(a: u64, o: usize, counts: &mut Vec<u64>, left: u64, out: &mut Vec<Vec<u64>>) {
    if o + 1 == counts.len() {
        counts[o] = left;
        out.push(std::iter::once(a).chain(counts.iter().copied()).collect());
        return;
    }
    for c in 0..=left {
        counts[o] = c;
        one_of(a, o + 1, counts, left - c, out);
    }
}

fn any_of(
    question: &crate::questionnaire::Question,
    a: u64,
    o: usize,
    counts: &mut Vec<u64>,
    out: &mut Vec<Vec<u64>>,
) {
    if o == counts.len() {
        // Those who chose an exclusive option chose nothing else.
        let alone: u64 = (0..counts.len())
            .filter(|&e| question.options[e].exclusive)
            .map(|e| counts[e])
            .sum();
        let fits = (0..counts.len())
            .filter(|&x| !question.options[x].exclusive)
            .all(|x| counts[x] + alone <= a);
        let required = !question.required || counts.iter().sum::<u64>() >= a;
        if alone <= a && fits && required {
            out.push(std::iter::once(a).chain(counts.iter().copied()).collect());
        }
        return;
    }
    for c in 0..=a {
        counts[o] = c;
        any_of(question, a, o + 1, counts, out);
    }
}

/// Every vector of a block for a department of `n`.
fn vectors(q: &Questionnaire, block: &[Part], n: u64) -> Vec<Vector> {
    let mut out: Vec<Vector> = runs(q, &block[0], n, n)
        .into_iter()
        .map(|r| vec![r])
        .collect();
    for part in &block[1..] {
        let (earlier_q, _) = part.follows.expect("later parts follow the first");
        let except = &q.questions[part.question]
            .follows
            .as_ref()
            .expect("follows")
            .except;
        let mut next = Vec::new();
        for v in out {
            let users: u64 = (0..q.questions[earlier_q].options.len())
                .filter(|o| !except.contains(o))
                .map(|o| v[0][1 + o])
                .sum();
            for r in runs(q, part, n, users) {
                let mut w = v.clone();
                w.push(r);
                next.push(w);
            }
        }
        out = next;
    }
    out
}

/// Whether a published count allows a true value.
fn count_allows(c: &Count, x: u64) -> bool {
    c.allows(x)
}

/// Whether a published cell allows `count` of `answered` (with a split's
/// options added up by the caller).
fn cell_allows(c: &Cell, count: u64, answered: u64) -> bool {
    match c {
        Cell::Rounded { percent, step } => {
            answered > 0 && grid::share_rounds_to(count, answered, *percent, *step)
        }
        other => other.allows(count, answered),
    }
}

/// Whether a distribution as published allows a run `[answered, counts…]`.
fn allows(d: &Distribution, run: &[u64]) -> bool {
    let a = run[0];
    count_allows(&d.answered, a)
        && d.cells
            .iter()
            .zip(&run[1..])
            .all(|(c, &x)| cell_allows(c, x, a))
}

/// What the attacker finds: for each protected count, the values it can
/// take; a leak where a count under k has one value or a band lost an end.
pub struct Found {
    pub leaks: Vec<String>,
}

/// Runs the attacker on a publication. `respondents` per department is
/// public (HR sees participation); `truth` per department and block is the
/// real vectors, for naming the protected counts and their true values.
pub fn attack(
    q: &Questionnaire,
    results: &Results,
    respondents: &[u64],
    truth: &[Vec<Vector>],
    k: u64,
) -> Found {
    let mut leaks = Vec::new();
    let members = group_members(results, respondents, k);
    for (b, block) in blocks(q).iter().enumerate() {
        let table = |part: &Part| &results.questions[part.question].tables[part.row];
        // Each department's candidates, filtered by its own group's figures.
        let candidates: Vec<Vec<Vector>> = (0..respondents.len())
            .map(|d| {
                let own = members
                    .iter()
                    .position(|m| m.len() == 1 && m[0] == d && !is_pool(results, &members, m));
                vectors(q, block, respondents[d])
                    .into_iter()
                    .filter(|v| match own {
                        Some(g) => block
                            .iter()
                            .zip(v)
                            .all(|(p, run)| allows(&table(p).groups[g], run)),
                        None => true,
                    })
                    .collect()
            })
            .collect();
        // The sums the pool and the total publish: one state per reachable
        // (pool sums, total sums), found department by department.
        let pool = members.iter().position(|m| is_pool(results, &members, m));
        let in_pool = |d: usize| pool.is_some_and(|g| members[g].contains(&d));
        let width: usize = block
            .iter()
            .map(|p| 1 + q.questions[p.question].options.len())
            .sum();
        let flat = |v: &Vector| v.iter().flatten().copied().collect::<Vec<u64>>();
        let flat = &flat;
        let add = |state: &[u64], d: usize, v: &Vector| {
            let mut s = state.to_vec();
            for (i, x) in flat(v).iter().enumerate() {
                s[width + i] += x;
                if in_pool(d) {
                    s[i] += x;
                }
            }
            s
        };
        let ok_sums = |s: &[u64]| {
            let mut at = 0;
            block.iter().all(|p| {
                let w = 1 + q.questions[p.question].options.len();
                let (pool_run, total_run) = (&s[at..at + w], &s[width + at..width + at + w]);
                at += w;
                let t = table(p);
                pool.is_none_or(|g| allows(&t.groups[g], pool_run))
                    && t.total.as_ref().is_none_or(|d| allows(d, total_run))
            })
        };
        let departments = respondents.len();
        let mut forward: Vec<BTreeSet<Vec<u64>>> = vec![BTreeSet::from([vec![0; 2 * width]])];
        for d in 0..departments {
            let next: BTreeSet<Vec<u64>> = forward[d]
                .iter()
                .flat_map(|s| candidates[d].iter().map(move |v| (s, v)))
                .map(|(s, v)| add(s, d, v))
                .collect();
            forward.push(next);
        }
        let finals: BTreeSet<Vec<u64>> = forward[departments]
            .iter()
            .filter(|s| ok_sums(s))
            .cloned()
            .collect();
        let mut backward: Vec<BTreeSet<Vec<u64>>> = vec![BTreeSet::new(); departments + 1];
        backward[departments] = finals.clone();
        for d in (0..departments).rev() {
            // States before department d from which some candidate reaches a final state.
            backward[d] = forward[d]
                .iter()
                .filter(|s| {
                    candidates[d]
                        .iter()
                        .any(|v| backward[d + 1].contains(&add(s, d, v)))
                })
                .cloned()
                .collect();
        }
        // The values each department's vector can take.
        let mut possible: Vec<Vec<Vector>> = Vec::with_capacity(departments);
        for d in 0..departments {
            let feasible: HashSet<&Vector> = candidates[d]
                .iter()
                .filter(|v| {
                    forward[d]
                        .iter()
                        .any(|s| backward[d + 1].contains(&add(s, d, v)))
                })
                .collect();
            possible.push(feasible.iter().map(|v| (*v).clone()).collect());
            let truth = &truth[d][b];
            assert!(
                feasible.contains(truth),
                "the truth is always possible: department {d}, block {b}"
            );
            if respondents[d] > 0 && respondents[d] < k && in_pool(d) {
                for (i, part) in block.iter().enumerate() {
                    if truth[i][0] == 0 {
                        continue;
                    }
                    let question = &q.questions[part.question];
                    // How many answered a required question is how many
                    // answered at all: participation, which HR sees.
                    let from = usize::from(question.required && part.follows.is_none());
                    for j in from..truth[i].len() {
                        let values: BTreeSet<u64> = feasible.iter().map(|v| v[i][j]).collect();
                        if values.len() < 2 {
                            leaks.push(format!(
                                "department {d} q{} r{} [{j}] = {:?}",
                                part.question, part.row, values
                            ));
                        }
                    }
                }
            }
        }
        // Protected figures: bands keep both ends; withheld figures about
        // 1 to k − 1 people keep two values.
        let mut figure_values: BTreeMap<(String, usize, usize), BTreeSet<(u64, u64)>> =
            BTreeMap::new();
        for (g, m) in members.iter().enumerate() {
            let states: Vec<Vec<u64>> = if Some(g) == pool {
                finals.iter().map(|s| s[..width].to_vec()).collect()
            } else {
                possible
                    .get(m[0])
                    .map(|vs| vs.iter().map(flat).collect())
                    .unwrap_or_default()
            };
            for state in states {
                let mut at = 0;
                for (i, p) in block.iter().enumerate() {
                    let w = 1 + q.questions[p.question].options.len();
                    for j in 0..w {
                        figure_values
                            .entry((format!("g{g}"), i, j))
                            .or_default()
                            .insert((state[at], state[at + j]));
                    }
                    at += w;
                }
            }
        }
        for state in &finals {
            let mut at = 0;
            for (i, p) in block.iter().enumerate() {
                let w = 1 + q.questions[p.question].options.len();
                for j in 0..w {
                    figure_values
                        .entry(("total".into(), i, j))
                        .or_default()
                        .insert((state[width + at], state[width + at + j]));
                }
                at += w;
            }
        }
        for ((who, i, j), values) in &figure_values {
            let p = &block[*i];
            let t = table(p);
            let d = if who == "total" {
                t.total.as_ref()
            } else {
                who[1..].parse::<usize>().ok().and_then(|g| t.groups.get(g))
            };
            let Some(d) = d else { continue };
            let answered: BTreeSet<u64> = values.iter().map(|v| v.0).collect();
            let counts: BTreeSet<u64> = values.iter().map(|v| v.1).collect();
            let (name, published_a) = (
                format!("{who} q{} r{} [{j}]", p.question, p.row),
                d.answered,
            );
            if *j == 0 {
                let true_a = values.iter().next().map_or(0, |v| v.0);
                if published_a == Count::Hidden && answered.len() < 2 && (1..k).contains(&true_a) {
                    leaks.push(format!("{name}: withheld answerers pinned {answered:?}"));
                }
                continue;
            }
            match d.cells[*j - 1] {
                Cell::AlmostNone if !(counts.contains(&0) && counts.contains(&1)) => {
                    leaks.push(format!("{name}: band narrowed to {counts:?}"));
                }
                Cell::AlmostAll
                    if !values.iter().any(|v| v.1 == v.0)
                        || !values.iter().any(|v| v.1 + 1 == v.0) =>
                {
                    leaks.push(format!("{name}: band narrowed to {values:?}"));
                }
                Cell::Hidden if counts.len() < 2 && answered.iter().any(|a| (1..k).contains(a)) => {
                    leaks.push(format!("{name}: withheld cell pinned {counts:?}"));
                }
                _ => {}
            }
        }
    }
    Found { leaks }
}

fn is_pool(results: &Results, members: &[Vec<usize>], m: &[usize]) -> bool {
    let g = members.iter().position(|x| x == m);
    g.is_some_and(|g| {
        matches!(
            results.groups[g].name,
            crate::report::results::GroupName::Other { .. }
        )
    })
}

/// Which departments each published group holds, as the attacker knows
/// from HR's participation page (shown ones by name; the pool the rest
/// with answers, minus the suppressed).
fn group_members(results: &Results, respondents: &[u64], k: u64) -> Vec<Vec<usize>> {
    let _ = k;
    let names: Vec<Option<&str>> = results.groups.iter().map(|g| g.name.department()).collect();
    let shown: Vec<usize> = names
        .iter()
        .filter_map(|n| {
            n.and_then(|n| n.strip_prefix('d'))
                .and_then(|i| i.parse().ok())
        })
        .collect();
    results
        .groups
        .iter()
        .map(|g| match g.name.department() {
            Some(n) => vec![
                n.strip_prefix('d')
                    .and_then(|i| i.parse().ok())
                    .unwrap_or(usize::MAX),
            ],
            None => (0..respondents.len())
                .filter(|d| respondents[*d] > 0 && !shown.contains(d))
                .collect(),
        })
        .collect()
}
