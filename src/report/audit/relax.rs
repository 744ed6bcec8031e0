//! When a protected count is pinned, which published figures to weaken: the
//! cheapest set whose relaxation lets the count take another value. A linear
//! programme finds it: the questionnaire's rules stay hard, each published
//! figure may be missed at a cost (its weight, per count it is missed by),
//! the protected count is set to its other value, and the total cost is
//! minimised. The figures it misses are the ones that pinned the count.

use std::collections::{HashMap, HashSet};

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem};

use super::model::{Model, Source, Target};
use super::solve::Presolved;
use crate::report::figures::FigureId;

/// The figures to weaken, with the values an alternative truth gives every
/// unknown of the piece (those outside it keep their true value).
pub struct Relaxed {
    pub figures: Vec<FigureId>,
    pub values: HashMap<usize, f64>,
}

impl Relaxed {
    /// Whether these values keep every row and meet requirement `r`: the
    /// solver's word is checked, not taken.
    fn satisfies(&self, model: &Model, r: usize) -> bool {
        const EPS: f64 = 1e-6;
        let vars: Vec<usize> = self.values.keys().copied().collect();
        touching(model, &vars).into_iter().all(|i| {
            let row = &model.rows[i];
            let x = self.value(model, &row.terms);
            x >= row.lo - EPS && x <= row.hi + EPS
        }) && model.requirements[r].met_by(self.value(model, &model.requirements[r].terms))
    }

    pub fn value(&self, model: &Model, terms: &[(usize, f64)]) -> f64 {
        terms
            .iter()
            .map(|&(v, c)| c * self.values.get(&v).copied().unwrap_or(model.truth[v]))
            .sum()
    }
}

/// The cheapest relaxation that frees requirement `r`, if any does (none
/// does when the questionnaire's rules alone pin it). The programme holds
/// the unknowns the published figures leave free around the requirement and
/// those that a single figure fixes next to them: what pins a count is a
/// figure that touches it, or one that fixes its neighbour. Whatever lies
/// further out keeps its value; if that was not enough, the next pass
/// finds the count still pinned and relaxes again.
pub fn relax(model: &Model, r: usize, weight: &dyn Fn(FigureId) -> f64) -> Option<Relaxed> {
    // Near the requirement first, then further out: what pins a count is
    // mostly a figure next to it; the whole piece only when that is not so.
    for depth in [1, 2, 4, usize::MAX] {
        let vars = around(model, r, depth, &|v| model.hi[v] > model.lo[v]);
        if let Some(relaxed) = cheapest(model, &vars, r, weight) {
            return Some(relaxed);
        }
    }
    None
}

/// Whether requirement `r` holds with every figure kept exactly, shown by
/// a solution in fractions over the unknowns near it (those further out at
/// their true value), each solved afresh. The check asks this of what its warm-started
/// solves found impossible: microlp's `fix_var` has been seen to call
/// feasible values infeasible (Specy/microlp#47), and a solution found here
/// is a solution of the whole system.
pub fn holds_nearby(model: &Model, bounds: &Presolved, r: usize) -> bool {
    let req = &model.requirements[r];
    [1].into_iter().any(|depth| {
        // What the presolve fixed has its true value in every solution.
        let vars = around(model, r, depth, &|v| !bounds.fixed(v));
        req.targets().into_iter().any(|target| {
            solve(model, &vars, r, target, None, false)
                .is_some_and(|(_, found)| found.satisfies(model, r))
        })
    })
}

/// The requirement's unknowns and those up to `depth` rows out from them.
fn around(model: &Model, r: usize, depth: usize, free: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let req = &model.requirements[r];
    let mut inside: HashSet<usize> = req.terms.iter().map(|t| t.0).filter(|&v| free(v)).collect();
    let mut edge: Vec<usize> = inside.iter().copied().collect();
    for _ in 0..depth {
        let next: HashSet<usize> = touching(model, &edge)
            .into_iter()
            .flat_map(|i| model.rows[i].terms.iter().map(|t| t.0))
            .filter(|&v| free(v) && !inside.contains(&v))
            .collect();
        if next.is_empty() {
            break;
        }
        inside.extend(next.iter().copied());
        edge = next.into_iter().collect();
    }
    let mut vars: Vec<usize> = inside.into_iter().collect();
    vars.sort_unstable();
    vars
}

/// The cheapest relaxation over `vars` that lets requirement `r` hold.
fn cheapest(
    model: &Model,
    vars: &[usize],
    r: usize,
    weight: &dyn Fn(FigureId) -> f64,
) -> Option<Relaxed> {
    let req = &model.requirements[r];
    // Fractions first where the piece is large; if they find the count
    // free with nothing relaxed, only whole numbers pinned it: ask again in
    // whole numbers (rare, and slower). A small piece asks whole numbers
    // first, and fractions if that search ran out of nodes.
    let small = vars.len() <= super::solve::WHOLE_NUMBERS_UP_TO;
    let mut best: Option<(f64, Relaxed)> = None;
    for whole in [small, !small] {
        for target in req.targets() {
            let Some((cost, relaxed)) = solve(model, vars, r, target, Some(weight), whole) else {
                continue;
            };
            if relaxed.figures.is_empty() {
                continue;
            }
            if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                best = Some((cost, relaxed));
            }
        }
        if best.is_some() {
            break;
        }
    }
    best.map(|(_, relaxed)| relaxed)
        .filter(|r| !r.figures.is_empty())
}

fn solve(
    model: &Model,
    vars: &[usize],
    r: usize,
    target: Target,
    weight: Option<&dyn Fn(FigureId) -> f64>,
    whole: bool,
) -> Option<(f64, Relaxed)> {
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let bound = |x: f64| x.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32;
    let index: HashMap<usize, microlp::Variable> = vars
        .iter()
        .map(|&v| {
            let x = if whole {
                problem.add_integer_var(0.0, (bound(model.lo[v]), bound(model.hi[v])))
            } else {
                problem.add_var(0.0, (model.lo[v], model.hi[v]))
            };
            (v, x)
        })
        .collect();
    let mut slacks: Vec<(FigureId, microlp::Variable, microlp::Variable)> = Vec::new();
    for i in touching(model, vars) {
        let row = &model.rows[i];
        let scale = row
            .terms
            .iter()
            .fold(0.0f64, |m, (_, c)| m.max(c.abs()))
            .max(1.0);
        let mut expr = LinearExpr::empty();
        let mut constant = 0.0;
        for &(v, c) in &row.terms {
            match index.get(&v) {
                Some(&x) => expr.add(x, c / scale),
                None => constant += c * model.truth[v],
            }
        }
        if let (Source::Figure(id), Some(weight)) = (row.source, weight) {
            let cost = weight(id);
            let up = problem.add_var(cost, (0.0, f64::INFINITY));
            let down = problem.add_var(cost, (0.0, f64::INFINITY));
            expr.add(up, 1.0);
            expr.add(down, -1.0);
            slacks.push((id, up, down));
        }
        let (lo, hi) = ((row.lo - constant) / scale, (row.hi - constant) / scale);
        if lo.is_finite() {
            problem.add_constraint(expr.clone(), ComparisonOp::Ge, lo);
        }
        if hi.is_finite() {
            problem.add_constraint(expr, ComparisonOp::Le, hi);
        }
    }
    let req = &model.requirements[r];
    let mut expr = LinearExpr::empty();
    let mut constant = 0.0;
    for &(v, c) in &req.terms {
        match index.get(&v) {
            Some(&x) => expr.add(x, c),
            None => constant += c * model.truth[v],
        }
    }
    // An equality as two inequalities, as in the check (Specy/microlp#47).
    let (lo, hi) = match target {
        Target::At(v) => (Some(v), Some(v)),
        Target::AtMost(v) => (None, Some(v)),
        Target::AtLeast(v) => (Some(v), None),
    };
    if let Some(lo) = lo {
        problem.add_constraint(expr.clone(), ComparisonOp::Ge, lo - constant);
    }
    if let Some(hi) = hi {
        problem.add_constraint(expr, ComparisonOp::Le, hi - constant);
    }
    let solution = super::solve::solve_bounded(&problem)
        .ok()?
        .into_solution()
        .ok()?;
    let mut figures: Vec<FigureId> = slacks
        .iter()
        .filter(|(_, up, down)| solution.var_value(*up) + solution.var_value(*down) > 1e-6)
        .map(|(id, _, _)| *id)
        .collect();
    figures.sort_unstable();
    figures.dedup();
    let values = index
        .iter()
        .map(|(&v, &x)| (v, solution.var_value(x)))
        .collect();
    Some((solution.objective(), Relaxed { figures, values }))
}

/// The rows any of `vars` appears in, each once, in order.
fn touching(model: &Model, vars: &[usize]) -> Vec<usize> {
    let mut rows: Vec<usize> = vars
        .iter()
        .flat_map(|&v| model.rows_of[v].iter().copied())
        .collect();
    rows.sort_unstable();
    rows.dedup();
    rows
}
