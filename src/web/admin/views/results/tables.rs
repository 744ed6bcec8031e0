//! The numbers behind each chart, as tables a screen reader can read and a
//! manager can quote: the same published cells the chart draws.

use maud::{Markup, html};

use super::super::table::{Column, Row, Table, headers};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{
    Cell, Distribution, Label, Range, ReadinessResults, Results, Share, Shares, Split, sentences,
};

fn cell(c: &Cell, l: Language) -> String {
    match c {
        Cell::Exact { count, share } => {
            format!(
                "{} ({})",
                sentences::percent(*share, l),
                sentences::count(*count, l)
            )
        }
        Cell::Rounded { percent, .. } => sentences::about_percent(*percent, l),
        Cell::AlmostAll => t(l, "results-almost-all"),
        Cell::AlmostNone => t(l, "results-almost-none"),
        Cell::Hidden => t(l, "results-hidden"),
    }
}

/// A derived part of the index: one percentage, or the range it lies in.
fn range(r: Option<Range>, l: Language) -> String {
    match r {
        None => t(l, "results-hidden"),
        Some(r) if r.is_exact() => sentences::percent(r.low, l),
        Some(r) => {
            let low = (r.low * 100.0).round() as u64;
            let high = (r.high * 100.0).round() as u64;
            t_args(
                l,
                "results-page-range",
                &[("low", low.into()), ("high", high.into())],
            )
        }
    }
}

fn groups(r: &Results, l: Language) -> Vec<String> {
    r.groups
        .iter()
        .map(|g| sentences::group_name(&g.name, l))
        .collect()
}

/// A number that does not apply (no one invited, no company figure given): a dash.
fn or_dash<T>(x: Option<T>, show: impl FnOnce(T) -> String) -> String {
    x.map_or_else(|| "–".to_owned(), show)
}

fn percent_or_dash(x: Option<f64>, l: Language) -> String {
    or_dash(x, |x| sentences::percent(x, l))
}

fn share(s: Option<&Share>, l: Language) -> String {
    s.map_or_else(|| t(l, "results-hidden"), |s| cell(&s.cell, l))
}

pub fn participation(r: &Results, l: Language) -> Markup {
    let counts = |invited: u64, answered: u64, rate: Option<f64>| {
        html! {
            td.number { (sentences::count(invited, l)) }
            td.number { (sentences::count(answered, l)) }
            td.number { (percent_or_dash(rate, l)) }
        }
    };
    Table {
        class: "numbers",
        caption: &t(l, "results-chart-participation"),
        columns: headers(
            l,
            &[
                "admin-department",
                "results-page-invited",
                "results-legend-answered",
                "results-page-rate",
            ],
        ),
        // Departments where nobody answered are named too: they count in
        // the total, and HR saw them while the survey ran.
        rows: r
            .groups
            .iter()
            .zip(groups(r, l))
            .map(|(g, name)| {
                let p = &g.participation;
                Row {
                    name,
                    cells: counts(p.invited, p.answered, p.response_rate),
                }
            })
            .chain(r.empty.iter().map(|e| Row {
                name: e.name.clone(),
                cells: counts(e.invited, 0, (e.invited > 0).then_some(0.0)),
            }))
            .collect(),
        total: r.total.as_ref().map(|total| Row {
            name: t(l, "results-everyone"),
            cells: counts(total.invited, total.answered, total.response_rate),
        }),
    }
    .render()
}

/// Groups as rows, each with a cell per column, and everyone's row below.
fn by_group(
    r: &Results,
    caption: &str,
    columns: Vec<String>,
    cells: impl Fn(Option<usize>) -> Markup,
    l: Language,
) -> Markup {
    let mut header = vec![Column::Text(t(l, "admin-department"))];
    header.extend(columns.into_iter().map(Column::Number));
    Table {
        class: "numbers",
        caption,
        columns: header,
        rows: groups(r, l)
            .into_iter()
            .enumerate()
            .map(|(i, name)| Row {
                name,
                cells: cells(Some(i)),
            })
            .collect(),
        total: Some(Row {
            name: t(l, "results-everyone"),
            cells: cells(None),
        }),
    }
    .render()
}

/// Groups as rows, a share per column (one column per platform, say).
fn shares_by_group(
    r: &Results,
    columns: &[(String, &Shares)],
    caption: &str,
    l: Language,
) -> Markup {
    let names = columns.iter().map(|(name, _)| name.clone()).collect();
    let cells = |group: Option<usize>| {
        html! {
            @for (_, s) in columns {
                td.number { (share(group.map_or(s.total.as_ref(), |i| s.groups.get(i)), l)) }
            }
        }
    };
    by_group(r, caption, names, cells, l)
}

pub fn platforms(r: &Results, readiness: &ReadinessResults, l: Language) -> Markup {
    let columns: Vec<(String, &Shares)> = readiness
        .platforms
        .iter()
        .zip(&readiness.weekly)
        .map(|(p, s)| (p.text.get(l).to_owned(), s))
        .collect();
    shares_by_group(r, &columns, &t(l, "results-chart-platforms"), l)
}

/// A question's distribution: groups as rows, options as columns.
pub fn question(r: &Results, id: &str, l: Language) -> Markup {
    let Some(q) = r.questions.iter().find(|q| q.id == id) else {
        return html! {};
    };
    let Some(table) = q.tables.first() else {
        return html! {};
    };
    let at = |d: Option<&Distribution>, o: usize| {
        d.and_then(|d| d.cells.get(o))
            .map_or_else(|| t(l, "results-hidden"), |c| cell(c, l))
    };
    let options = q.options.iter().map(|o| o.text.get(l).to_owned()).collect();
    let cells = |group: Option<usize>| {
        let d = group.map_or(table.total.as_ref(), |i| table.groups.get(i));
        html! { @for o in 0..q.options.len() { td.number { (at(d, o)) } } }
    };
    by_group(r, q.text.get(l), options, cells, l)
}

/// Options as rows: everyone, and volunteers against the rest where shown.
pub fn split(r: &Results, id: &str, split: Option<&Split>, l: Language) -> Markup {
    let Some(q) = r.questions.iter().find(|q| q.id == id) else {
        return html! {};
    };
    let total = q.tables.first().and_then(|t| t.total.as_ref());
    let at = |d: Option<&Distribution>, o: usize| {
        d.and_then(|d| d.cells.get(o))
            .map_or_else(|| t(l, "results-hidden"), |c| cell(c, l))
    };
    let options: &[Label] = &q.options;
    let mut columns = vec![
        Column::Text(t(l, "results-page-option")),
        Column::Number(t(l, "results-everyone")),
    ];
    if split.is_some() {
        columns.push(Column::Number(t(l, "results-volunteers")));
        columns.push(Column::Number(t(l, "results-rest")));
    }
    let rows = options
        .iter()
        .enumerate()
        .map(|(o, option)| Row {
            name: option.text.get(l).to_owned(),
            cells: html! {
                td.number { (at(total, o)) }
                @if let Some(s) = split {
                    td.number { (at(Some(&s.volunteers), o)) }
                    td.number { (at(Some(&s.rest), o)) }
                }
            },
        })
        .collect();
    let table = Table {
        class: "numbers",
        caption: q.text.get(l),
        columns,
        rows,
        total: None,
    };
    html! {
        (table.render())
        @if split.is_none() { p.hint { (t(l, "results-split-not-shown")) } }
    }
}

pub fn readiness(r: &Results, readiness: &ReadinessResults, goal: Goal, l: Language) -> Markup {
    let Some(g) = readiness.goals.iter().find(|g| g.goal == goal) else {
        return html! {};
    };
    let columns = [
        "admin-department",
        "results-page-index",
        "results-volunteers",
        "results-page-fit",
        "results-page-sharing",
        "results-page-course",
        "results-page-removable",
    ];
    // Parts read straight off one cell show its words (a band stays a
    // band); derived parts show the range they lie in.
    let rows = g
        .index
        .iter()
        .zip(groups(r, l))
        .enumerate()
        .map(|(g, (index, name))| Row {
            name,
            cells: html! {
                @if let Some(i) = index {
                    td.number { strong { (sentences::index(i)) } }
                    td.number { (share(readiness.volunteers.groups.get(g), l)) }
                    td.number { (range(i.platform_fit, l)) }
                    td.number { (share(readiness.already_sharing.groups.get(g), l)) }
                    td.number { (share(readiness.course_interest.groups.get(g), l)) }
                    td.number { (range(i.removable_barriers, l)) }
                } @else {
                    td.number colspan="6" { (t(l, "results-hidden")) }
                }
            },
        })
        .collect();
    Table {
        class: "numbers",
        caption: &t(l, "results-legend-index"),
        columns: headers(l, &columns),
        rows,
        total: None,
    }
    .render()
}

pub fn reach(readiness: &ReadinessResults, company: &[(String, u64)], l: Language) -> Markup {
    let own = |id: &str| company.iter().find(|(p, _)| p == id).map(|&(_, n)| n);
    let name = |id: &str| {
        readiness
            .platforms
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.text.get(l).to_owned())
    };
    let columns = [
        "results-page-platform",
        "results-volunteers",
        "results-page-followers",
        "results-legend-company",
        "results-page-multiple",
    ];
    let rows = readiness
        .reach
        .platforms
        .iter()
        .map(|p| Row {
            name: name(&p.platform),
            cells: html! {
                td.number { (sentences::count_of(&p.volunteers, l)) }
                td.number { (sentences::count_of(&p.followers, l)) }
                td.number { (or_dash(own(&p.platform), |x| sentences::count(x, l))) }
                td.number { (or_dash(readiness.reach.multiple(&p.platform, company), |x| sentences::decimal(x, l))) }
            },
        })
        .collect();
    Table {
        class: "numbers",
        caption: &t(l, "results-chart-reach"),
        columns: headers(l, &columns),
        rows,
        total: Some(Row {
            name: t(l, "results-page-all-platforms"),
            cells: html! {
                td {}
                td.number { (t_args(l, "results-about-count", &[("value", sentences::count(readiness.reach.total, l).into())])) }
                td {} td {}
            },
        }),
    }
    .render()
}
