//! An attacker on a pair of waves, written apart from the comparison: it
//! reads both publications, how many answered in each department (public:
//! HR sees participation), and the comparison, and enumerates, in whole
//! numbers, every table of every department of both waves that agrees with
//! all of it — each comparison number taken as a claim about the truth (a
//! unit's value holds its true share, a change holds the true change, the
//! pilots' difference holds the true difference in differences).
//!
//! It works block by block over the questions the comparison reads (each
//! a required single choice or a matrix row: willingness, sharing, course,
//! each platform's use), and only with the figures of that block: it knows
//! less than the results' own attacker, which is the point — what it learns
//! with the comparison must equal what it learns without it. A protected
//! count with one possible value, or a band with one end impossible, is a
//! leak as well.

mod claims;
mod enumerate;
mod findings;

use claims::Claims;
use enumerate::enumerate;

use crate::questionnaire::Questionnaire;
use crate::report::compare::{Comparison, Measure};
use crate::report::figures::{Cell, Distribution, grid};
use crate::report::results::Results;
use crate::survey::DepartmentName;

/// One wave as the attacker sees it, plus the truth to name what it finds.
pub struct Seen<'a> {
    pub q: &'a Questionnaire,
    pub results: &'a Results,
    pub names: &'a [DepartmentName],
    pub respondents: Vec<u64>,
    /// Per department, per block of [`blocks`]: the true run.
    pub truth: Vec<Vec<Vec<u64>>>,
}

/// A (question, row) the comparison reads, and its measure.
pub struct Block {
    pub question: usize,
    pub row: usize,
    pub measure: Measure,
}

pub fn blocks(q: &Questionnaire) -> Vec<Block> {
    let r = q.readiness.as_ref().expect("a readiness questionnaire");
    let mut blocks = vec![
        (r.willingness, Measure::Volunteers),
        (r.shares_work.question, Measure::AlreadySharing),
        (r.course_interest.question, Measure::CourseInterest),
    ]
    .into_iter()
    .map(|(question, measure)| Block {
        question,
        row: 0,
        measure,
    })
    .collect::<Vec<_>>();
    let platforms = &q.questions[r.platform_use.question].rows;
    blocks.extend(platforms.iter().enumerate().map(|(row, p)| Block {
        question: r.platform_use.question,
        row,
        measure: Measure::Weekly {
            platform: p.id.clone(),
        },
    }));
    blocks
}

/// Every way `n` people can answer a required one-of question.
fn runs(n: u64, options: usize) -> Vec<Vec<u64>> {
    fn fill(o: usize, left: u64, run: &mut Vec<u64>, out: &mut Vec<Vec<u64>>) {
        if o + 1 == run.len() {
            run[o] = left;
            out.push(run.clone());
            return;
        }
        for c in 0..=left {
            run[o] = c;
            fill(o + 1, left - c, run, out);
        }
    }
    let mut run = vec![0; options + 1];
    run[0] = n;
    let mut out = Vec::new();
    fill(1, n, &mut run, &mut out);
    out
}

fn cell_allows(c: &Cell, count: u64, answered: u64) -> bool {
    match c {
        Cell::Rounded { percent, step } => {
            answered > 0 && grid::share_rounds_to(count, answered, *percent, *step)
        }
        other => other.allows(count, answered),
    }
}

fn yes(run: &[u64], split: &[usize]) -> u64 {
    split.iter().map(|&o| run[1 + o]).sum()
}

/// Whether a published distribution (its split cell too) allows a run.
fn allows(d: &Distribution, run: &[u64], split: &[usize]) -> bool {
    d.answered.allows(run[0])
        && d.cells
            .iter()
            .zip(&run[1..])
            .all(|(c, &x)| cell_allows(c, x, run[0]))
        && d.split
            .as_ref()
            .is_none_or(|c| cell_allows(c, yes(run, split), run[0]))
}

/// Which departments each published group holds, as the publication
/// tells (shown ones by name, the pool the rest that answered).
fn groups(seen: &Seen) -> Vec<Vec<usize>> {
    let position = |n: &str| seen.names.iter().position(|x| x.as_str() == n);
    let shown: Vec<usize> = seen
        .results
        .groups
        .iter()
        .filter_map(|g| g.name.department().and_then(position))
        .collect();
    seen.results
        .groups
        .iter()
        .map(|g| match g.name.department() {
            Some(n) => position(n).into_iter().collect(),
            None => (0..seen.names.len())
                .filter(|d| seen.respondents[*d] > 0 && !shown.contains(d))
                .collect(),
        })
        .collect()
}

/// What the attacker finds: leaks, and anything the comparison narrowed.
pub fn attack(waves: [&Seen; 2], c: &Comparison, k: u64) -> Vec<String> {
    let mut leaks = Vec::new();
    for (b, block) in blocks(waves[1].q).iter().enumerate() {
        let alone = enumerate(waves, &Claims::none(), block);
        let m = c.measures.iter().position(|x| x.measure == block.measure);
        let claims = m.map_or_else(Claims::none, |m| Claims::of(waves, c, m));
        let with = enumerate(waves, &claims, block);
        for w in 0..2 {
            let at = findings::At {
                seen: waves[w],
                wave: w,
                b,
                block,
                k,
            };
            at.truth_is_possible(&with[w]);
            leaks.extend(at.narrowed(&alone[w], &with[w]));
            leaks.extend(at.pinned(&with[w]));
            leaks.extend(at.bands(&with[w]));
        }
    }
    leaks
}
