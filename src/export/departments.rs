//! The table by department: one row per published group (a department of
//! its own or "Other departments", as rule P4 placed them), the total where
//! it is published, and a column per aggregate HR takes to management.

use std::iter::once;

use super::Published;
use super::sheet::{At, Sheet, Value, count_value, share_value};
use super::words::{Words, unknown};
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Cell, QuestionResults, ReadinessResults, Results, Shares};

/// The most barriers named in the "main barriers" column.
const MAIN_BARRIERS: usize = 3;

struct Column<'a> {
    header: String,
    value: Box<dyn Fn(At) -> Value + 'a>,
}

impl<'a> Column<'a> {
    fn new(header: String, value: impl Fn(At) -> Value + 'a) -> Column<'a> {
        Column {
            header,
            value: Box::new(value),
        }
    }
}

pub fn table(survey: &Published<'_>, goal: Goal, w: &Words) -> Sheet {
    let r = &survey.results;
    let mut columns = participation(r, w);
    if let Some(readiness) = &r.readiness {
        columns.extend(readiness_columns(survey, readiness, goal, w));
    }
    let mut at: Vec<At> = (0..r.groups.len()).map(At::Group).collect();
    if r.total.is_some() {
        at.push(At::Total);
    }
    let headers = once(w.header_key("department", "admin-department"))
        .chain(columns.iter().map(|c| c.header.clone()))
        .collect();
    let rows = at
        .into_iter()
        .map(|at| {
            let name = match at {
                At::Group(g) => w.group(&r.groups[g].name),
                At::Total => w.everyone(),
            };
            once(Value::Text(name))
                .chain(columns.iter().map(|c| (c.value)(at)))
                .collect()
        })
        .collect();
    Sheet { headers, rows }
}

fn participation<'a>(r: &'a Results, w: &'a Words) -> Vec<Column<'a>> {
    let of = move |at: At| match at {
        At::Group(g) => r.groups.get(g).map(|g| g.participation),
        At::Total => r.total,
    };
    vec![
        Column::new(w.header_key("invited", "results-page-invited"), move |at| {
            of(at).map_or(Value::Empty, |p| Value::Int(p.invited))
        }),
        Column::new(
            w.header_key("answered", "results-legend-answered"),
            move |at| of(at).map_or(Value::Empty, |p| Value::Int(p.answered)),
        ),
        Column::new(
            w.header_key("response_rate", "results-page-rate"),
            move |at| match of(at).and_then(|p| p.response_rate) {
                Some(rate) => Value::Share(rate),
                None => Value::Text(unknown()),
            },
        ),
    ]
}

fn shares<'a>(header: String, s: &'a Shares, w: &'a Words) -> Column<'a> {
    Column::new(header, move |at| {
        share_value(at.share(s).map(|s| &s.cell), w)
    })
}

fn question<'a>(r: &'a Results, id: &str) -> Option<&'a QuestionResults> {
    r.questions.iter().find(|q| q.id == id)
}

fn readiness_columns<'a>(
    survey: &'a Published<'a>,
    readiness: &'a ReadinessResults,
    goal: Goal,
    w: &'a Words,
) -> Vec<Column<'a>> {
    let r = &survey.results;
    let goal_name = crate::report::results::sentences::goal(goal, w.language);
    let index = readiness.goals.iter().find(|g| g.goal == goal);
    let mut columns = vec![Column::new(
        w.header(&format!("index_{}", goal.id()), || {
            w.t_args("export-col-index", &[("goal", goal_name.into())])
        }),
        move |at| match (at, index) {
            (At::Group(g), Some(index)) => index.index.get(g).copied().flatten().map_or_else(
                || Value::Text(unknown()),
                |i| {
                    if i.is_exact() {
                        Value::Int(u64::from(i.low))
                    } else {
                        Value::Text(crate::report::results::sentences::index(&i))
                    }
                },
            ),
            _ => Value::Text(unknown()),
        },
    )];
    for (platform, weekly) in readiness.platforms.iter().zip(&readiness.weekly) {
        let header = w.header(&format!("weekly_{}", platform.id), || {
            let name = platform.text.get(w.language).to_owned();
            w.t_args("export-col-weekly", &[("platform", name.into())])
        });
        columns.push(shares(header, weekly, w));
    }
    columns.push(shares(
        w.header_key("already_sharing", "results-page-sharing"),
        &readiness.already_sharing,
        w,
    ));
    columns.push(shares(
        w.header_key("course_interest", "results-page-course"),
        &readiness.course_interest,
        w,
    ));
    if let Some(q) = question(r, &readiness.roles.willingness) {
        columns.extend(willingness(survey, q, w));
    }
    let volunteers = &readiness.volunteers;
    columns.push(Column::new(
        w.header_key("volunteers", "results-volunteers"),
        move |at| count_value(at.share(volunteers).map(|s| &s.cell), w),
    ));
    columns.push(shares(
        w.header_key("volunteers_share", "export-col-volunteers-share"),
        volunteers,
        w,
    ));
    if let Some(q) = question(r, &readiness.roles.barriers) {
        let questionnaire = &survey.questionnaire;
        let exclusive: Vec<bool> = questionnaire
            .question_index(&q.id)
            .map(|i| {
                questionnaire.questions[i]
                    .options
                    .iter()
                    .map(|o| o.exclusive)
                    .collect()
            })
            .unwrap_or_default();
        columns.push(Column::new(
            w.header_key("main_barriers", "export-col-barriers"),
            move |at| main_barriers(q, &exclusive, at, w),
        ));
    }
    let reach = &readiness.reach;
    let shown = reach
        .platforms
        .iter()
        .any(|p| p.followers.shown().is_some());
    columns.push(Column::new(
        w.header_key("reach", "export-col-reach"),
        move |at| match at {
            At::Total if shown => Value::Text(w.about_count(reach.total)),
            At::Total => Value::Text(w.band(&Cell::Hidden)),
            // Reach is published for all volunteers together only.
            At::Group(_) => Value::Text(unknown()),
        },
    ));
    columns
}

/// A column per willingness option, then the mean.
fn willingness<'a>(
    survey: &'a Published<'a>,
    q: &'a QuestionResults,
    w: &'a Words,
) -> Vec<Column<'a>> {
    let table = q.tables.first();
    let mut columns: Vec<Column<'a>> = q
        .options
        .iter()
        .enumerate()
        .map(|(o, option)| {
            let header = w.header(&format!("willingness_{}", option.id), || {
                let name = option.text.get(w.language).to_owned();
                w.t_args("export-col-willingness", &[("option", name.into())])
            });
            Column::new(header, move |at| {
                let d = table.and_then(|t| at.distribution(t));
                share_value(d.and_then(|d| d.cells.get(o)), w)
            })
        })
        .collect();
    // The points of the scale, as the questionnaire gives them.
    let points: Vec<f64> = survey
        .questionnaire
        .question_index(&q.id)
        .map(|i| &survey.questionnaire.questions[i].options)
        .map(|options| {
            options
                .iter()
                .enumerate()
                .map(|(o, c)| c.value.unwrap_or(o as f64 + 1.0))
                .collect()
        })
        .unwrap_or_default();
    columns.push(Column::new(
        w.header_key("willingness_mean", "export-col-mean"),
        move |at| {
            let d = table.and_then(|t| at.distribution(t));
            d.and_then(|d| mean(&d.cells, &points))
                .map_or_else(|| Value::Text(unknown()), Value::Decimal)
        },
    ));
    columns
}

/// The mean of a scale, only where every cell is exact: a band or a hidden
/// cell leaves it unknowable, and a guess would look like a fact.
pub(super) fn mean(cells: &[Cell], points: &[f64]) -> Option<f64> {
    if cells.len() != points.len() {
        return None;
    }
    let mut sum = 0.0;
    let mut n = 0u64;
    for (cell, point) in cells.iter().zip(points) {
        let Cell::Exact { count, .. } = cell else {
            return None;
        };
        sum += *count as f64 * point;
        n += count;
    }
    (n > 0).then(|| sum / n as f64)
}

/// The barriers named most: "almost all" first, then exact or rounded
/// shares, highest first; options nobody (or almost nobody) named, and
/// "nothing holds me back", are left out.
fn main_barriers(q: &QuestionResults, exclusive: &[bool], at: At, w: &Words) -> Value {
    let Some(d) = q.tables.first().and_then(|t| at.distribution(t)) else {
        return Value::Text(w.band(&Cell::Hidden));
    };
    let mut named: Vec<(usize, f64, &Cell)> = d
        .cells
        .iter()
        .enumerate()
        .filter(|(o, _)| !exclusive.get(*o).copied().unwrap_or(false))
        .filter_map(|(o, c)| match c {
            Cell::AlmostAll => Some((o, 2.0, c)),
            Cell::Exact { count, share } if *count > 0 => Some((o, *share, c)),
            Cell::Rounded { percent, .. } if *percent > 0 => {
                Some((o, f64::from(*percent) / 100.0, c))
            }
            _ => None,
        })
        .collect();
    named.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let parts: Vec<String> = named
        .iter()
        .take(MAIN_BARRIERS)
        .map(|(o, _, cell)| {
            let option = &q.options[*o];
            match (w.values, cell) {
                (super::Values::Ids, _) => option.id.clone(),
                (_, Cell::Exact { share, .. }) => {
                    format!("{} ({})", w.of(option), w.percent(*share))
                }
                (_, Cell::Rounded { percent, .. }) => {
                    format!("{} ({})", w.of(option), w.about_percent(*percent))
                }
                (_, band) => format!("{} ({})", w.of(option), w.band(band)),
            }
        })
        .collect();
    if parts.is_empty() {
        Value::Text(unknown())
    } else {
        let separator = if w.values == super::Values::Ids {
            "|"
        } else {
            "; "
        };
        Value::Text(parts.join(separator))
    }
}
