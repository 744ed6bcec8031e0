//! Which protected counts the attacker can pin: for each, whether another
//! value (or the band's other end) is still possible given everything at
//! once, as a linear programme (an LP relaxation: counts may be fractional,
//! so a count this finds pinned is pinned; one it finds free may in rare
//! cases still be pinned by whole numbers alone, which the tests' exhaustive
//! attacker covers for small groups).
//!
//! The work is kept small: counts that a single published figure fixes are
//! fixed first (with their bounds tightened to whole numbers); what remains
//! falls apart into independent pieces (a platform's use and follow-ups
//! across the departments, say); and one solution of a piece often shows
//! many counts free at once, so most need no solve of their own.

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, Solution};

use super::model::{Model, Protected, Requirement, Target};

const EPS: f64 = 1e-7;

/// The bounds after fixing what single figures fix.
pub struct Presolved {
    pub lo: Vec<f64>,
    pub hi: Vec<f64>,
}

impl Presolved {
    pub fn fixed(&self, v: usize) -> bool {
        self.hi[v] - self.lo[v] < 0.5
    }
}

/// Tightens bounds from rows that have one free unknown left, to whole
/// numbers, until nothing changes.
pub fn presolve(model: &Model) -> Presolved {
    let mut lo: Vec<f64> = model.lo.iter().map(|x| (x - EPS).ceil()).collect();
    let mut hi: Vec<f64> = model.hi.iter().map(|x| (x + EPS).floor()).collect();
    loop {
        let mut changed = false;
        for row in &model.rows {
            let mut free = None;
            let mut constant = 0.0;
            let mut several = false;
            for &(v, c) in &row.terms {
                if hi[v] - lo[v] < 0.5 {
                    constant += c * lo[v];
                } else if free.is_some_and(|(f, _)| f != v) {
                    several = true;
                    break;
                } else {
                    free = Some((v, c + free.map_or(0.0, |(_, c0)| c0)));
                }
            }
            let (Some((v, c)), false) = (free, several) else {
                continue;
            };
            if c.abs() < EPS {
                continue;
            }
            let (a, b) = ((row.lo - constant) / c, (row.hi - constant) / c);
            let (new_lo, new_hi) = if c > 0.0 { (a, b) } else { (b, a) };
            let new_lo = (new_lo - EPS).ceil();
            let new_hi = (new_hi + EPS).floor();
            if new_lo > lo[v] + EPS {
                lo[v] = new_lo;
                changed = true;
            }
            if new_hi < hi[v] - EPS {
                hi[v] = new_hi;
                changed = true;
            }
        }
        if !changed {
            return Presolved { lo, hi };
        }
    }
}

/// Groups unknowns that share a row or a requirement (union–find).
pub struct Pieces {
    parent: Vec<usize>,
}

impl Pieces {
    fn new(n: usize) -> Pieces {
        Pieces {
            parent: (0..n).collect(),
        }
    }

    pub fn find(&mut self, mut v: usize) -> usize {
        while self.parent[v] != v {
            self.parent[v] = self.parent[self.parent[v]];
            v = self.parent[v];
        }
        v
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    /// Joins the free unknowns of each row and each requirement.
    pub fn of(model: &Model, free: &dyn Fn(usize) -> bool) -> Pieces {
        let mut pieces = Pieces::new(model.lo.len());
        let terms = model
            .rows
            .iter()
            .map(|r| &r.terms)
            .chain(model.requirements.iter().map(|r| &r.terms));
        for terms in terms {
            let mut first = None;
            for &(v, _) in terms.iter().filter(|(v, _)| free(*v)) {
                match first {
                    None => first = Some(v),
                    Some(f) => pieces.join(f, v),
                }
            }
        }
        pieces
    }
}

/// Pieces with at most this many free unknowns are checked in whole
/// numbers (branch and bound): small groups are where a rounded share or a
/// band can pin a count that fractions would leave free, and their pieces
/// are small. Larger pieces are checked as linear programmes.
pub const WHOLE_NUMBERS_UP_TO: usize = 160;

/// Branch-and-bound nodes a search in whole numbers may take. A count
/// whose whole-number search runs out is taken as pinned (the figures
/// around it are weakened), never as free: so a hard search costs HR some
/// precision, never an employee their privacy, and publishing cannot stall.
/// Nodes, not seconds, so the same answers always publish the same figures.
const NODES: u64 = 2_000;

/// Solves `problem` within the node budget.
pub fn solve_bounded(problem: &Problem) -> Result<microlp::SolveOutcome, microlp::Error> {
    let mut options = microlp::SolveOptions::default();
    options.node_limit = Some(NODES);
    problem.solve_with(options)
}

/// A piece as a linear programme over its free unknowns.
pub struct Lp {
    /// Per requirement of the piece: (requirement, its auxiliary unknown).
    pub aux: Vec<(usize, microlp::Variable)>,
    /// The piece's own unknowns, to tell a whole-number solution.
    vars: Vec<microlp::Variable>,
    problem: Problem,
}

impl Lp {
    /// The programme of the unknowns `vars` (free ones; the fixed enter as
    /// constants), with an auxiliary unknown equal to each requirement's
    /// expression, and the objective `sense · Σ auxiliaries`.
    pub fn new(
        model: &Model,
        bounds: &Presolved,
        vars: &[usize],
        rows: &[usize],
        requirements: &[usize],
        sense: f64,
        whole: bool,
    ) -> Lp {
        let mut problem = Problem::new(OptimizationDirection::Minimize);
        let mut index = std::collections::HashMap::with_capacity(vars.len());
        for &v in vars {
            let x = if whole {
                let bound = |x: f64| x.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32;
                problem.add_integer_var(0.0, (bound(bounds.lo[v]), bound(bounds.hi[v])))
            } else {
                problem.add_var(0.0, (bounds.lo[v], bounds.hi[v]))
            };
            index.insert(v, x);
        }
        for &r in rows {
            let row = &model.rows[r];
            add_row(&mut problem, &index, bounds, &row.terms, row.lo, row.hi);
        }
        let mut aux = Vec::with_capacity(requirements.len());
        for &r in requirements {
            let req = &model.requirements[r];
            let y = if whole {
                problem.add_integer_var(sense, (-1_000_000_000, 1_000_000_000))
            } else {
                problem.add_var(sense, (f64::NEG_INFINITY, f64::INFINITY))
            };
            let mut terms = req.terms.clone();
            terms.push((usize::MAX, -1.0));
            add_row_aux(&mut problem, &index, bounds, &terms, y);
            aux.push((r, y));
        }
        Lp {
            aux,
            vars: index.values().copied().collect(),
            problem,
        }
    }

    pub fn solve(&self) -> Option<Solution> {
        self.problem.solve().ok()?.into_solution().ok()
    }
}

/// Adds `lo ≤ Σ terms ≤ hi`, fixed unknowns moved to the right-hand side.
fn add_row(
    problem: &mut Problem,
    index: &std::collections::HashMap<usize, microlp::Variable>,
    bounds: &Presolved,
    terms: &[(usize, f64)],
    lo: f64,
    hi: f64,
) {
    let mut expr = LinearExpr::empty();
    let mut constant = 0.0;
    let mut merged: Vec<(microlp::Variable, f64)> = Vec::new();
    for &(v, c) in terms {
        match index.get(&v) {
            Some(&x) => match merged.iter_mut().find(|(y, _)| *y == x) {
                Some(m) => m.1 += c,
                None => merged.push((x, c)),
            },
            None => constant += c * bounds.lo[v],
        }
    }
    if merged.is_empty() {
        return;
    }
    for (x, c) in merged {
        expr.add(x, c);
    }
    let (lo, hi) = (lo - constant, hi - constant);
    if (hi - lo).abs() < EPS {
        problem.add_constraint(expr, ComparisonOp::Eq, lo);
        return;
    }
    if lo.is_finite() && hi.is_finite() {
        let copy = expr.clone();
        problem.add_constraint(expr, ComparisonOp::Ge, lo);
        problem.add_constraint(copy, ComparisonOp::Le, hi);
    } else if lo.is_finite() {
        problem.add_constraint(expr, ComparisonOp::Ge, lo);
    } else if hi.is_finite() {
        problem.add_constraint(expr, ComparisonOp::Le, hi);
    }
}

/// Adds `Σ terms − y = 0` where the term `usize::MAX` stands for `y`.
fn add_row_aux(
    problem: &mut Problem,
    index: &std::collections::HashMap<usize, microlp::Variable>,
    bounds: &Presolved,
    terms: &[(usize, f64)],
    y: microlp::Variable,
) {
    let mut expr = LinearExpr::empty();
    let mut constant = 0.0;
    let mut merged: Vec<(microlp::Variable, f64)> = vec![(y, -1.0)];
    for &(v, c) in terms.iter().filter(|(v, _)| *v != usize::MAX) {
        match index.get(&v) {
            Some(&x) => match merged.iter_mut().find(|(z, _)| *z == x) {
                Some(m) => m.1 += c,
                None => merged.push((x, c)),
            },
            None => constant += c * bounds.lo[v],
        }
    }
    for (x, c) in merged {
        expr.add(x, c);
    }
    // Two inequalities, not one equality: microlp's `fix_var` calls a
    // feasible value infeasible when the unknown sits in an equality row
    // (Specy/microlp#47), and the auxiliaries are what gets fixed.
    problem.add_constraint(expr.clone(), ComparisonOp::Ge, -constant);
    problem.add_constraint(expr, ComparisonOp::Le, -constant);
}

/// The checks of one audit pass.
#[derive(Default)]
pub struct Checked {
    /// Requirements found unmet: the count is pinned, or the band narrowed.
    pub unmet: Vec<usize>,
    /// How many requirements were checked, and how many programmes solved.
    pub requirements: usize,
    pub solves: usize,
    /// Whether a solver failed for another reason than infeasibility (its
    /// requirements were then counted unmet, which is safe for protected
    /// counts, and for nothing else).
    pub unsure: bool,
}

/// The value of a requirement's expression with the fixed unknowns only, if
/// nothing in it is free.
fn constant_value(req: &Requirement, bounds: &Presolved) -> Option<f64> {
    req.terms.iter().try_fold(0.0, |sum, &(v, c)| {
        bounds.fixed(v).then(|| sum + c * bounds.lo[v])
    })
}

/// Checks every requirement of the model.
pub fn check(model: &Model) -> Checked {
    check_only(model, &|_| true)
}

/// Checks the requirements `asked` keeps (the others are not looked at).
pub fn check_only(model: &Model, asked: &dyn Fn(&Requirement) -> bool) -> Checked {
    let bounds = presolve(model);
    let mut checked = Checked {
        requirements: model.requirements.len(),
        ..Checked::default()
    };
    let free = |v: usize| !bounds.fixed(v);
    let mut pieces = Pieces::of(model, &free);
    // Requirements by piece; those with nothing free are decided here.
    let mut by_piece: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (r, req) in model.requirements.iter().enumerate() {
        if !asked(req) {
            continue;
        }
        if let Some(value) = constant_value(req, &bounds) {
            // Nothing free: the expression is this value, met or not.
            if !req.met_by(value) {
                checked.unmet.push(r);
            }
            continue;
        }
        let Some(&(v, _)) = req.terms.iter().find(|(v, _)| free(*v)) else {
            continue;
        };
        by_piece.entry(pieces.find(v)).or_default().push(r);
    }
    if by_piece.is_empty() {
        return checked;
    }
    let mut members: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for v in (0..model.lo.len()).filter(|&v| free(v)) {
        let p = pieces.find(v);
        if by_piece.contains_key(&p) {
            members.entry(p).or_default().push(v);
        }
    }
    // Each row belongs to the piece of its free unknowns (all in one piece).
    let mut rows: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (r, row) in model.rows.iter().enumerate() {
        if let Some(&(v, _)) = row.terms.iter().find(|(v, _)| free(*v)) {
            let p = pieces.find(v);
            if by_piece.contains_key(&p) {
                rows.entry(p).or_default().push(r);
            }
        }
    }
    for (piece, requirements) in by_piece {
        let vars = members.remove(&piece).unwrap_or_default();
        let rows = rows.remove(&piece).unwrap_or_default();
        check_piece(model, &bounds, (&vars, &rows), &requirements, &mut checked);
    }
    checked.unmet.sort_unstable();
    checked
}

/// One piece: two solutions pushing every requirement down and up, then a
/// solve of its own for each requirement neither showed to hold.
fn check_piece(
    model: &Model,
    bounds: &Presolved,
    (vars, rows): (&[usize], &[usize]),
    requirements: &[usize],
    checked: &mut Checked,
) {
    // In a small piece a solution shows a requirement holds only if it is
    // in whole numbers; what the linear programme finds possible only in
    // fractions is asked again in whole numbers. What it finds impossible
    // is impossible in whole numbers too.
    let whole = vars.len() <= WHOLE_NUMBERS_UP_TO;
    let mut fractional = Vec::new();
    let mut met = vec![false; requirements.len()];
    let mut bases = Vec::new();
    for sense in [1.0, -1.0] {
        let lp = Lp::new(model, bounds, vars, rows, requirements, sense, false);
        checked.solves += 1;
        let Some(solution) = lp.solve() else {
            // The truth is a solution, so this is a numerical failure: count
            // every requirement of the piece as unmet rather than guess.
            checked.unmet.extend_from_slice(requirements);
            checked.unsure = true;
            return;
        };
        note(model, &lp, &solution, &mut met, whole);
        bases.push((lp, solution));
    }
    for (i, &r) in requirements.iter().enumerate() {
        if met[i] {
            continue;
        }
        let req = &model.requirements[r];
        let mut found = false;
        for target in req.targets() {
            // A linear programme's solutions form one interval: the nearest
            // value that meets the target is possible if any is.
            let target = target.nearest();
            let (lp, base) = if target < req.truth {
                &bases[0]
            } else {
                &bases[1]
            };
            let y = lp.aux[i].1;
            checked.solves += 1;
            let outcome = match base.clone().fix_var(y, target) {
                Ok(outcome) => outcome,
                Err(microlp::Error::Infeasible) => continue,
                Err(_) => {
                    checked.unsure = true;
                    continue;
                }
            };
            let Some(solution) = outcome.solution() else {
                continue;
            };
            note(model, lp, solution, &mut met, whole);
            found = true;
            break;
        }
        if !found && super::relax::holds_nearby(model, bounds, r) {
            // In fractions: a small piece asks again in whole numbers.
            found = true;
            met[i] = !whole;
        }
        if !found && matches!(req.about, Protected::Probe(_)) {
            // A probe found pinned shows its figure: that must be proven,
            // not taken from a warm start (Specy/microlp#47), so the whole
            // piece is asked again from scratch.
            checked.solves += 1;
            match holds_afresh(model, bounds, (vars, rows), r) {
                Some(true) => {
                    found = true;
                    met[i] = !whole;
                }
                Some(false) => {}
                None => checked.unsure = true,
            }
        }
        if !found {
            checked.unmet.push(r);
        } else if !met[i] {
            fractional.push(r);
        }
    }
    if !fractional.is_empty() {
        check_whole(
            model,
            bounds,
            (vars, rows),
            (requirements, &fractional),
            checked,
        );
    }
}

/// Whether requirement `r` can hold in its piece as a linear programme
/// solved from scratch (`None` if the solver failed otherwise).
fn holds_afresh(
    model: &Model,
    bounds: &Presolved,
    (vars, rows): (&[usize], &[usize]),
    r: usize,
) -> Option<bool> {
    let lp = Lp::new(model, bounds, vars, rows, &[r], 0.0, false);
    let y = lp.aux[0].1;
    for target in model.requirements[r].targets() {
        let mut problem = lp.problem.clone();
        // Equalities as two inequalities, as everywhere here.
        let (lo, hi) = match target {
            Target::At(v) => (Some(v), Some(v)),
            Target::AtMost(v) => (None, Some(v)),
            Target::AtLeast(v) => (Some(v), None),
        };
        for (bound, op) in [(lo, ComparisonOp::Ge), (hi, ComparisonOp::Le)] {
            if let Some(value) = bound {
                let mut expr = LinearExpr::empty();
                expr.add(y, 1.0);
                problem.add_constraint(expr, op, value);
            }
        }
        match problem.solve().map(microlp::SolveOutcome::into_solution) {
            Ok(Ok(_)) => return Some(true),
            Ok(Err(_)) => return None,
            Err(microlp::Error::Infeasible) => {}
            Err(_) => return None,
        }
    }
    Some(false)
}

/// A small piece, in whole numbers: for each requirement not yet shown to
/// hold, a solve with its expression set to the value it needs; every
/// solution found also shows what it shows for the others.
fn check_whole(
    model: &Model,
    bounds: &Presolved,
    (vars, rows): (&[usize], &[usize]),
    (requirements, asked): (&[usize], &[usize]),
    checked: &mut Checked,
) {
    let lp = Lp::new(model, bounds, vars, rows, requirements, 0.0, true);
    let mut met = vec![false; requirements.len()];
    for (i, &r) in requirements.iter().enumerate() {
        if met[i] || !asked.contains(&r) {
            continue;
        }
        let req = &model.requirements[r];
        let y = lp.aux[i].1;
        let mut found = false;
        for target in req.targets() {
            let mut problem = lp.problem.clone();
            let mut expr = LinearExpr::empty();
            expr.add(y, 1.0);
            let (op, value) = match target {
                Target::At(v) => (ComparisonOp::Eq, v),
                Target::AtMost(v) => (ComparisonOp::Le, v),
                Target::AtLeast(v) => (ComparisonOp::Ge, v),
            };
            problem.add_constraint(expr, op, value);
            checked.solves += 1;
            let solution = match solve_bounded(&problem).map(microlp::SolveOutcome::into_solution) {
                Ok(Ok(solution)) => Some(solution),
                Ok(Err(_)) => {
                    checked.unsure = true;
                    None
                }
                Err(microlp::Error::Infeasible) => None,
                Err(_) => {
                    checked.unsure = true;
                    None
                }
            };
            if let Some(solution) = solution {
                note(model, &lp, &solution, &mut met, true);
                found = true;
                break;
            }
        }
        if !found {
            checked.unmet.push(r);
        }
    }
}

/// Marks every requirement this solution shows to hold.
fn note(model: &Model, lp: &Lp, solution: &Solution, met: &mut [bool], whole: bool) {
    let integral = |x: f64| (x - x.round()).abs() < 1e-6;
    if whole && !lp.vars.iter().all(|&v| integral(solution.var_value(v))) {
        return;
    }
    for (i, &(r, y)) in lp.aux.iter().enumerate() {
        if !met[i] && model.requirements[r].met_by(solution.var_value(y)) {
            met[i] = true;
        }
    }
}
