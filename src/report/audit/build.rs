//! The attacker's model of a survey: one unknown per department and counter
//! (answered, each option, and the volunteers' part of the compared
//! questions), the questionnaire's rules as rows, every published figure as
//! rows, and the protected counts.

use super::model::{Model, Need, Protected, Requirement, Source};
use crate::questionnaire::{Kind, Questionnaire};
use crate::report::figures::{At, Cell, Count, FigureId, Figures, Part, Published, Side, grid};
use crate::report::tally::Tally;

/// What the audit reads besides the figures.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub questionnaire: &'a Questionnaire,
    pub tally: &'a Tally,
    /// Per department, in the tally's order: whether its own counts are
    /// protected (it has fewer than k respondents and sits in the pool).
    pub protected: &'a [bool],
    /// Rule P4's k.
    pub k: u64,
}

type Terms = Vec<(usize, f64)>;

/// Where each department's unknowns are.
struct Vars<'a> {
    input: Input<'a>,
    /// Unknowns per department.
    width: usize,
    /// Per compared question: (question, offset of its volunteer block).
    splits: Vec<(usize, usize)>,
    /// Every department in a published group.
    everyone: Vec<usize>,
}

impl Vars<'_> {
    fn a(&self, d: usize, q: usize, r: usize) -> usize {
        d * self.width + self.input.tally.layout.run(q, r).start
    }

    fn c(&self, d: usize, q: usize, r: usize, o: usize) -> usize {
        self.a(d, q, r) + 1 + o
    }

    fn av(&self, d: usize, s: usize) -> usize {
        d * self.width + self.input.tally.layout.width() + self.splits[s].1
    }

    fn cv(&self, d: usize, s: usize, o: usize) -> usize {
        self.av(d, s) + 1 + o
    }

    fn members<'f>(&'f self, figures: &'f Figures, at: At) -> &'f [usize] {
        match at {
            At::Group(g) => figures.groups.get(g).map_or(&[], |g| &g.members),
            At::Total => &self.everyone,
        }
    }

    /// The volunteers of a department: willingness from `volunteer_from`.
    fn volunteers(&self, d: usize) -> Terms {
        let Some(r) = &self.input.questionnaire.readiness else {
            return Vec::new();
        };
        let options = self.input.questionnaire.questions[r.willingness]
            .options
            .len();
        (r.volunteer_from..options)
            .map(|o| (self.c(d, r.willingness, 0, o), 1.0))
            .collect()
    }
}

/// Builds the model of the survey as `figures` publish it now; with
/// `probes`, each withheld figure that is not itself protected becomes a
/// probe: a requirement whose failure means the figure is given away.
pub fn build(input: Input, figures: &Figures, probes: bool) -> Model {
    let q = input.questionnaire;
    let layout = &input.tally.layout;
    let mut splits = Vec::new();
    let mut offset = 0;
    for s in &figures.splits {
        splits.push((s.question, offset));
        offset += 1 + q.questions[s.question].options.len();
    }
    let mut everyone: Vec<usize> = figures
        .groups
        .iter()
        .flat_map(|g| g.members.iter().copied())
        .collect();
    everyone.sort_unstable();
    let vars = Vars {
        input,
        width: layout.width() + offset,
        splits,
        everyone,
    };
    let mut model = Model::default();
    for (d, counts) in input.tally.departments.iter().enumerate() {
        let n = counts.respondents as f64;
        for i in 0..vars.width {
            let truth = if i < layout.width() {
                counts.all[i]
            } else {
                volunteer_truth(&vars, d, i - layout.width())
            };
            model.var(0.0, n, truth as f64);
        }
    }
    for &d in &vars.everyone {
        structure(&vars, d, &mut model);
    }
    let reach = reach_vars(&vars, figures, &mut model);
    for id in figures.ids() {
        figure(&vars, figures, &reach, id, &mut model, probes);
    }
    for &d in &vars.everyone {
        if input.protected.get(d).copied().unwrap_or(false) {
            protect_department(&vars, d, &mut model);
        }
    }
    model
}

/// The true volunteer counts: `i` is the place in the volunteer blocks.
fn volunteer_truth(vars: &Vars, d: usize, i: usize) -> u64 {
    let counts = &vars.input.tally.departments[d];
    for &(question, offset) in &vars.splits {
        let width = 1 + vars.input.questionnaire.questions[question].options.len();
        if (offset..offset + width).contains(&i) {
            let start = vars.input.tally.layout.run(question, 0).start;
            return counts.volunteer[start + i - offset];
        }
    }
    0
}

/// The questionnaire's rules for one department.
fn structure(vars: &Vars, d: usize, model: &mut Model) {
    let questionnaire = vars.input.questionnaire;
    let n = vars.input.tally.departments[d].respondents as f64;
    let s = Source::Structure;
    for (q, question) in questionnaire.questions.iter().enumerate() {
        let options = question.options.len();
        for r in 0..vars.input.tally.layout.rows(q) {
            let a = vars.a(d, q, r);
            if question.required && question.follows.is_none() {
                model.lo[a] = n;
            }
            if let Some(f) = &question.follows {
                // Asked only of those who answered the earlier row with an
                // option outside `except`, and then of all of them if required.
                let mut terms: Terms = vec![(a, 1.0)];
                let earlier = f.rows.get(r).copied().unwrap_or(r);
                terms.extend(
                    (0..questionnaire.questions[f.question].options.len())
                        .filter(|o| !f.except.contains(o))
                        .map(|o| (vars.c(d, f.question, earlier, o), -1.0)),
                );
                let lo = if question.required {
                    0.0
                } else {
                    f64::NEG_INFINITY
                };
                model.row(terms, lo, 0.0, s);
            }
            let c = |o: usize| vars.c(d, q, r, o);
            if question.kind == Kind::Multiple {
                any_of(question, &|o| vec![(c(o), 1.0)], &[(a, 1.0)], model);
            } else {
                let mut terms: Terms = (0..options).map(|o| (c(o), 1.0)).collect();
                terms.push((a, -1.0));
                model.row(terms, 0.0, 0.0, s);
            }
        }
    }
    for (s_index, &(q, _)) in vars.splits.iter().enumerate() {
        let question = &questionnaire.questions[q];
        let (a, av) = (vars.a(d, q, 0), vars.av(d, s_index));
        let volunteers = vars.volunteers(d);
        model.row(vec![(av, 1.0), (a, -1.0)], f64::NEG_INFINITY, 0.0, s);
        let mut terms = vec![(av, 1.0)];
        terms.extend(volunteers.iter().map(|&(v, c)| (v, -c)));
        model.row(terms, f64::NEG_INFINITY, 0.0, s);
        // Those who answered and are not volunteers are at most those who
        // are not volunteers.
        let mut terms = vec![(a, 1.0), (av, -1.0)];
        terms.extend(volunteers.iter().copied());
        model.row(terms, f64::NEG_INFINITY, n, s);
        let cv = |o: usize| vec![(vars.cv(d, s_index, o), 1.0)];
        let rest = |o: usize| vec![(vars.c(d, q, 0, o), 1.0), (vars.cv(d, s_index, o), -1.0)];
        any_of(question, &cv, &[(av, 1.0)], model);
        any_of(question, &rest, &[(a, 1.0), (av, -1.0)], model);
    }
}

/// The rules of a multiple-choice question for counts `option(o)` among
/// `answered`: each at most the answerers, an exclusive option with no other
/// beside it, and at least one option each where the question is required.
fn any_of(
    question: &crate::questionnaire::Question,
    option: &dyn Fn(usize) -> Terms,
    answered: &[(usize, f64)],
    model: &mut Model,
) {
    let s = Source::Structure;
    let minus = |t: &[(usize, f64)]| t.iter().map(|&(v, c)| (v, -c)).collect::<Terms>();
    let options = question.options.len();
    for o in 0..options {
        let mut terms = option(o);
        terms.extend(minus(answered));
        model.row(terms, f64::NEG_INFINITY, 0.0, s);
    }
    for e in (0..options).filter(|&e| question.options[e].exclusive) {
        for o in (0..options).filter(|&o| o != e) {
            let mut terms = option(e);
            terms.extend(option(o));
            terms.extend(minus(answered));
            model.row(terms, f64::NEG_INFINITY, 0.0, s);
        }
    }
    if question.required {
        let mut terms: Terms = (0..options).flat_map(option).collect();
        terms.extend(minus(answered));
        model.row(terms, 0.0, f64::INFINITY, s);
    }
}

/// Per reach figure: the volunteers counted and their followers' sum, as
/// two unknowns bounded by what they are made of (company-wide).
fn reach_vars(vars: &Vars, figures: &Figures, model: &mut Model) -> Vec<(usize, usize)> {
    let questionnaire = vars.input.questionnaire;
    let Some(r) = &questionnaire.readiness else {
        return Vec::new();
    };
    let followers = &questionnaire.questions[r.followers];
    let values: Vec<(usize, f64)> = followers
        .options
        .iter()
        .enumerate()
        .filter_map(|(o, option)| option.value.map(|v| (o, v)))
        .collect();
    let (min, max) = values
        .iter()
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), &(_, v)| {
            (lo.min(v), hi.max(v))
        });
    let s = Source::Structure;
    let mut out = Vec::new();
    for figure in &figures.reach {
        let p = figure.platform;
        let (count, sum) = vars.everyone.iter().fold((0u64, 0.0), |(c, s), &d| {
            let (n, f) = vars.input.tally.departments[d]
                .reach
                .get(p)
                .copied()
                .unwrap_or((0, 0.0));
            (c + n, s + f)
        });
        let total = vars
            .everyone
            .iter()
            .map(|&d| vars.input.tally.departments[d].respondents)
            .sum::<u64>() as f64;
        let rv = model.var(0.0, total, count as f64);
        let fv = model.var(0.0, total * max.max(0.0), sum.round());
        let row = r.followers_row(p);
        let mut gave: Terms = vec![(rv, 1.0)];
        let mut weighted: Terms = vec![(fv, 1.0)];
        for &d in &vars.everyone {
            if let Some(fr) = row {
                for &(o, v) in &values {
                    gave.push((vars.c(d, r.followers, fr, o), -1.0));
                    weighted.push((vars.c(d, r.followers, fr, o), -v));
                }
            }
        }
        model.row(gave, f64::NEG_INFINITY, 0.0, s);
        model.row(weighted, f64::NEG_INFINITY, 0.0, s);
        let mut volunteers: Terms = vec![(rv, 1.0)];
        for &d in &vars.everyone {
            volunteers.extend(vars.volunteers(d).into_iter().map(|(v, c)| (v, -c)));
        }
        model.row(volunteers, f64::NEG_INFINITY, 0.0, s);
        if let Some(w) = r.willing_rows.iter().position(|&row| row == Some(p)) {
            let mut willing: Terms = vec![(rv, 1.0)];
            willing.extend(
                vars.everyone
                    .iter()
                    .map(|&d| (vars.c(d, r.willing_platforms, 0, w), -1.0)),
            );
            model.row(willing, f64::NEG_INFINITY, 0.0, s);
        }
        if min.is_finite() {
            model.row(vec![(fv, 1.0), (rv, -min)], 0.0, f64::INFINITY, s);
            model.row(vec![(fv, 1.0), (rv, -max)], f64::NEG_INFINITY, 0.0, s);
        }
        out.push((rv, fv));
    }
    out
}

/// The expression of a figure and of its group's answerers.
fn expressions(
    vars: &Vars,
    figures: &Figures,
    reach: &[(usize, usize)],
    id: FigureId,
) -> (Terms, Terms) {
    let sum = |members: &[usize], f: &dyn Fn(usize) -> Terms| -> Terms {
        members.iter().flat_map(|&d| f(d)).collect()
    };
    match id {
        FigureId::Table {
            question,
            row,
            at,
            part,
        } => {
            let members = vars.members(figures, at);
            let answered = sum(members, &|d| vec![(vars.a(d, question, row), 1.0)]);
            let expr = match part {
                Part::Answered => answered.clone(),
                Part::Option(o) => sum(members, &|d| vec![(vars.c(d, question, row, o), 1.0)]),
                Part::Split => {
                    let options = counted(vars, question);
                    sum(members, &|d| {
                        options
                            .iter()
                            .map(|&o| (vars.c(d, question, row, o), 1.0))
                            .collect()
                    })
                }
            };
            (expr, answered)
        }
        FigureId::Split { split, side, part } => {
            let q = vars.splits.get(split).map_or(0, |s| s.0);
            let members = &vars.everyone;
            let av = |d| (vars.av(d, split), 1.0);
            let answered = match side {
                Side::Volunteers => sum(members, &|d| vec![av(d)]),
                Side::Rest => sum(members, &|d| {
                    vec![(vars.a(d, q, 0), 1.0), (vars.av(d, split), -1.0)]
                }),
            };
            let expr = match (side, part) {
                (_, Part::Answered | Part::Split) => answered.clone(),
                (Side::Volunteers, Part::Option(o)) => {
                    sum(members, &|d| vec![(vars.cv(d, split, o), 1.0)])
                }
                (Side::Rest, Part::Option(o)) => sum(members, &|d| {
                    vec![(vars.c(d, q, 0, o), 1.0), (vars.cv(d, split, o), -1.0)]
                }),
            };
            (expr, answered)
        }
        FigureId::ReachVolunteers { reach: i } => (
            reach.get(i).map(|r| vec![(r.0, 1.0)]).unwrap_or_default(),
            Vec::new(),
        ),
        FigureId::ReachFollowers { reach: i } => (
            reach.get(i).map(|r| vec![(r.1, 1.0)]).unwrap_or_default(),
            Vec::new(),
        ),
    }
}

fn counted(vars: &Vars, question: usize) -> Vec<usize> {
    let q = vars.input.questionnaire;
    q.readiness
        .as_ref()
        .and_then(|r| r.counted_options(question, q.questions[question].options.len()))
        .unwrap_or_default()
}

fn minus(t: &[(usize, f64)], scale: f64) -> Terms {
    t.iter().map(|&(v, c)| (v, -c * scale)).collect()
}

/// The rows a published figure adds, and the requirement if it is
/// protected (a band or hidden).
fn figure(
    vars: &Vars,
    figures: &Figures,
    reach: &[(usize, usize)],
    id: FigureId,
    model: &mut Model,
    probes: bool,
) {
    let Some(published) = figures.get(&id) else {
        return;
    };
    let (expr, answered) = expressions(vars, figures, reach, id);
    model.figures.push((id, expr.clone(), answered.clone()));
    let source = Source::Figure(id);
    let truth = model.value(&expr);
    // A withheld figure must keep another value where it describes fewer
    // than k people (rule P4): a count of answerers from 1 to k − 1, or a
    // cell of such a distribution. One withheld to protect another, about
    // k or more, needs no protection of its own: if what it protects is
    // still pinned, that requirement fails; and one about nobody (no one
    // answered there) protects no one's answer.
    let k = vars.input.k as f64;
    let group = if answered.is_empty() {
        truth
    } else {
        model.value(&answered)
    };
    let under_k = group >= 0.5 && group < k - 0.5;
    let require = |model: &mut Model, terms: Terms, truth: f64, need: Need| {
        if !terms.is_empty() {
            model.requirements.push(Requirement {
                terms,
                truth,
                need,
                about: Protected::Figure(id),
            });
        }
    };
    let probe = |model: &mut Model, terms: Terms, truth: f64| {
        if probes && !terms.is_empty() {
            model.requirements.push(Requirement {
                terms,
                truth,
                need: Need::Another,
                about: Protected::Probe(id),
            });
        }
    };
    match published {
        Published::Count(count) => match count {
            Count::Hidden => {
                let followers = matches!(id, FigureId::ReachFollowers { .. });
                if !followers && under_k {
                    require(model, expr, truth, Need::Another);
                } else if !followers && truth >= 0.5 {
                    probe(model, expr, truth);
                }
            }
            other => {
                if let Some((lo, hi)) = other.interval() {
                    model.row(expr, lo as f64, hi as f64, source);
                }
            }
        },
        Published::Cell(cell) => match cell {
            Cell::Exact { count, .. } => model.row(expr, count as f64, count as f64, source),
            Cell::AlmostNone => {
                model.row(expr.clone(), 0.0, 1.0, source);
                require(model, expr, truth, Need::Value(1.0 - truth));
            }
            Cell::AlmostAll => {
                let mut terms = expr;
                terms.extend(minus(&answered, 1.0));
                let truth = model.value(&terms);
                model.row(terms.clone(), -1.0, 0.0, source);
                require(
                    model,
                    terms,
                    truth,
                    Need::Value(if truth >= -0.5 { -1.0 } else { 0.0 }),
                );
            }
            Cell::Rounded { percent, step } => {
                let (lo, hi, strict) = grid::share_bounds(percent, step);
                let scaled: Terms = expr.iter().map(|&(v, c)| (v, 200.0 * c)).collect();
                let mut lower = scaled.clone();
                lower.extend(minus(&answered, lo));
                model.row(lower, 0.0, f64::INFINITY, source);
                let mut upper = scaled;
                upper.extend(minus(&answered, hi));
                model.row(
                    upper,
                    f64::NEG_INFINITY,
                    if strict { -1.0 } else { 0.0 },
                    source,
                );
            }
            Cell::Hidden if under_k => require(model, expr, truth, Need::Another),
            Cell::Hidden if group >= k - 0.5 => probe(model, expr, truth),
            Cell::Hidden => {}
        },
    }
}

/// Every count of a department that sits in the pool with fewer than k
/// respondents must keep another possible value.
fn protect_department(vars: &Vars, d: usize, model: &mut Model) {
    let questionnaire = vars.input.questionnaire;
    let add = |model: &mut Model, v: usize, question: usize| {
        if model.hi[v] > model.lo[v] {
            model.requirements.push(Requirement {
                terms: vec![(v, 1.0)],
                truth: model.truth[v],
                need: Need::Another,
                about: Protected::Department {
                    department: d,
                    question,
                },
            });
        }
    };
    // A row nobody in the department answered holds no one's answer.
    for (q, question) in questionnaire.questions.iter().enumerate() {
        for r in 0..vars.input.tally.layout.rows(q) {
            let a = vars.a(d, q, r);
            if model.truth[a] < 0.5 {
                continue;
            }
            add(model, a, q);
            for o in 0..question.options.len() {
                add(model, vars.c(d, q, r, o), q);
            }
        }
    }
    for (s, &(q, _)) in vars.splits.iter().enumerate() {
        let av = vars.av(d, s);
        if model.truth[av] < 0.5 {
            continue;
        }
        add(model, av, q);
        for o in 0..questionnaire.questions[q].options.len() {
            add(model, vars.cv(d, s, o), q);
        }
    }
}
