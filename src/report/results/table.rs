//! Per-department counters into a published table: rule P4 through
//! `suppression::tabulate` (pooling, complementary suppression, the total),
//! then rule P8 cell by cell, then complementary protection of the total.

use super::cell::{self, Cell, Limits, Shape};
use super::model::{Distribution, Share, Shares, Table};
use crate::report::suppression::{Plan, Row};

/// Adds one run of counters into another, for pooled rows and the total.
fn add_runs(sum: &mut Vec<u64>, run: &[u64]) {
    if sum.len() < run.len() {
        sum.resize(run.len(), 0);
    }
    sum.iter_mut().zip(run).for_each(|(s, x)| *s += x);
}

/// The published rows' runs `[answered, option 0, …]` and the total's.
pub fn pooled<K>(plan: &Plan<K>, runs: &[Vec<u64>]) -> (Vec<Vec<u64>>, Option<Vec<u64>>) {
    let table = plan.tabulate(runs, |sum, run| add_runs(sum, run));
    let rows = table
        .rows
        .into_iter()
        .map(|row| match row {
            Row::Group { value, .. } | Row::Other { value, .. } => value,
        })
        .collect();
    (rows, table.total)
}

fn split_run(run: &[u64], options: usize) -> (u64, Vec<u64>) {
    let answered = run.first().copied().unwrap_or(0);
    let mut counts: Vec<u64> = run.iter().skip(1).copied().collect();
    counts.resize(options, 0);
    (answered, counts)
}

/// Publishes a table of one question (or matrix row), and the yes/no share
/// of `split` (a set of its options) if given.
pub fn publish<K>(
    plan: &Plan<K>,
    runs: &[Vec<u64>],
    options: usize,
    shape: Shape,
    limits: Limits,
    split: Option<&[usize]>,
) -> (Table, Option<Shares>) {
    let (rows, total) = pooled(plan, runs);
    let publish_one = |run: &[u64]| {
        let (answered, counts) = split_run(run, options);
        let published = cell::publish(&counts, answered, shape, limits, split);
        (answered, published)
    };
    let mut rows: Vec<_> = rows.iter().map(|r| publish_one(r)).collect();
    let partnered = if shape == Shape::AnyOf && total.is_some() {
        protect_in_rows(&mut rows, options)
    } else {
        vec![false; options]
    };
    let total = total.map(|t| {
        let (answered, mut published) = publish_one(&t);
        // The split's cell is one more column that adds up over the rows.
        let mut columns: Vec<Cell> = published.cells.clone();
        columns.extend(published.split);
        let row_columns: Vec<Vec<Cell>> = rows
            .iter()
            .map(|(_, p)| p.cells.iter().copied().chain(p.split).collect())
            .collect();
        let refs: Vec<&[Cell]> = row_columns.iter().map(Vec::as_slice).collect();
        let kept: Vec<Cell> = columns.clone();
        cell::protect_total(&refs, &mut columns);
        for (column, partnered) in partnered.iter().enumerate() {
            if *partnered {
                columns[column] = kept[column];
            }
        }
        published.split = published.split.map(|_| columns[options]);
        columns.truncate(options);
        published.cells = columns;
        (answered, published)
    });
    let distribution = |(answered, p): &(u64, cell::Published)| Distribution {
        answered: *answered,
        cells: p.cells.clone(),
    };
    let share = |(answered, p): &(u64, cell::Published)| {
        p.split.map(|cell| Share {
            answered: *answered,
            cell,
        })
    };
    let shares = split.map(|_| Shares {
        groups: rows.iter().filter_map(share).collect(),
        total: total.as_ref().and_then(share),
    });
    let table = Table {
        groups: rows.iter().map(distribution).collect(),
        total: total.as_ref().map(distribution),
    };
    (table, shares)
}

/// For yes/no options, whose columns are independent: where a row's cell
/// is a band or hidden, the same column's cell of another row is hidden too,
/// so that the total can stay (complementary cell suppression). The partner
/// is the smallest row whose exact count is neither 0 nor all: then one
/// more or one fewer in the band is always matched by the partner, and the
/// total minus the rest cannot tell which. Returns, per column, whether a
/// partner was found; where not, the caller hides the total's cell.
fn protect_in_rows(rows: &mut [(u64, cell::Published)], options: usize) -> Vec<bool> {
    let mut partnered = vec![false; options];
    for (column, done) in partnered.iter_mut().enumerate() {
        let needs = rows
            .iter()
            .any(|(_, p)| p.cells.get(column).is_some_and(|c| !c.is_exact()));
        if !needs {
            continue;
        }
        let partner = rows
            .iter()
            .enumerate()
            .filter(|(_, (answered, p))| {
                matches!(p.cells.get(column), Some(Cell::Exact { count, .. }) if *count >= 1 && count < answered)
            })
            .min_by_key(|(_, (answered, _))| *answered)
            .map(|(i, _)| i);
        if let Some(i) = partner {
            rows[i].1.cells[column] = Cell::Hidden;
            *done = true;
        }
    }
    partnered
}

/// The yes/no share of one option of a published multiple-choice table.
pub fn option_shares(table: &Table, option: Option<usize>) -> Shares {
    let share = |d: &Distribution| Share {
        answered: d.answered,
        cell: option
            .and_then(|o| d.cells.get(o).copied())
            .unwrap_or(Cell::Hidden),
    };
    Shares {
        groups: table.groups.iter().map(share).collect(),
        total: table.total.as_ref().map(share),
    }
}
