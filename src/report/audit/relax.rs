//! When a protected count is pinned, which published figures to weaken: the
//! cheapest set whose relaxation lets the count take another value. A linear
//! programme finds it: the questionnaire's rules stay hard, each published
//! figure may be missed at a cost (its weight, per count it is missed by),
//! the protected count is set to its other value, and the total cost is
//! minimised. The figures it misses are the ones that pinned the count.

use std::collections::{HashMap, HashSet};

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem};

use super::model::{Model, Source, Target};
use super::solve::{Pieces, Presolved};
use crate::report::figures::FigureId;

/// The figures to weaken, with the values an alternative truth gives every
/// unknown of the piece (those outside it keep their true value).
pub struct Relaxed {
    pub figures: Vec<FigureId>,
    pub values: HashMap<usize, f64>,
}

impl Relaxed {
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
pub fn relax(
    model: &Model,
    bounds: &Presolved,
    r: usize,
    weight: &dyn Fn(FigureId) -> f64,
) -> Option<Relaxed> {
    // Near the requirement first, then further out: what pins a count is
    // mostly a figure next to it; the whole piece only when that is not so.
    for depth in [1, 3, usize::MAX] {
        let vars = around(model, bounds, r, depth);
        if let Some(relaxed) = cheapest(model, &vars, r, weight) {
            return Some(relaxed);
        }
    }
    None
}

/// The unknowns the published figures leave free in the requirement's
/// piece, and those up to `depth` rows out from them.
fn around(model: &Model, bounds: &Presolved, r: usize, depth: usize) -> Vec<usize> {
    let free = |v: usize| !bounds.fixed(v);
    let mut pieces = Pieces::of(model, &free);
    let req = &model.requirements[r];
    let mut inside: HashSet<usize> = HashSet::new();
    if let Some(&(v, _)) = req.terms.iter().find(|(v, _)| free(*v)) {
        let piece = pieces.find(v);
        inside.extend((0..model.lo.len()).filter(|&x| free(x) && pieces.find(x) == piece));
    }
    inside.extend(req.terms.iter().map(|t| t.0));
    for _ in 0..depth {
        let next: Vec<usize> = model
            .rows
            .iter()
            .filter(|row| row.terms.iter().any(|(v, _)| inside.contains(v)))
            .flat_map(|row| row.terms.iter().map(|t| t.0))
            .filter(|v| !inside.contains(v))
            .collect();
        if next.is_empty() {
            break;
        }
        inside.extend(next);
    }
    let mut vars: Vec<usize> = inside
        .into_iter()
        .filter(|&v| model.hi[v] > model.lo[v])
        .collect();
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
    let mut best: Option<(f64, Relaxed)> = None;
    for target in req.targets() {
        let Some((cost, relaxed)) = solve(model, vars, r, target, weight) else {
            continue;
        };
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, relaxed));
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
    weight: &dyn Fn(FigureId) -> f64,
) -> Option<(f64, Relaxed)> {
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    // As the check does: whole numbers in small pieces, where a rounded
    // share can pin what fractions would leave free.
    let whole = vars.len() <= super::solve::WHOLE_NUMBERS_UP_TO;
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
    for row in &model.rows {
        if !row.terms.iter().any(|(v, _)| index.contains_key(v)) {
            continue;
        }
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
        if let Source::Figure(id) = row.source {
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
    let (op, value) = match target {
        Target::At(v) => (ComparisonOp::Eq, v),
        Target::AtMost(v) => (ComparisonOp::Le, v),
        Target::AtLeast(v) => (ComparisonOp::Ge, v),
    };
    problem.add_constraint(expr, op, value - constant);
    let solution = problem.solve().ok()?.into_solution().ok()?;
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
