//! The numbers behind each chart, as tables a screen reader can read and a
//! manager can quote: the same published cells the chart draws.

use maud::{Markup, html};

use super::super::table::{Column, Row, Table, headers};
use crate::i18n::t;
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{
    Cell, Distribution, Label, ReadinessResults, Results, Share, Shares, Split, sentences,
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
        Cell::AlmostAll => t(l, "results-almost-all"),
        Cell::AlmostNone => t(l, "results-almost-none"),
        Cell::Hidden => t(l, "results-hidden"),
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
    let rows = g
        .index
        .iter()
        .zip(groups(r, l))
        .map(|(index, name)| Row {
            name,
            cells: html! {
                @if let Some(i) = index {
                    td.number { strong { (i.value) } }
                    td.number { (percent_or_dash(i.volunteers, l)) }
                    td.number { (percent_or_dash(i.platform_fit, l)) }
                    td.number { (percent_or_dash(i.already_sharing, l)) }
                    td.number { (percent_or_dash(i.course_interest, l)) }
                    td.number { (percent_or_dash(i.removable_barriers, l)) }
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

pub fn reach(readiness: &ReadinessResults, l: Language) -> Markup {
    let n = |x: Option<u64>| x.map_or_else(|| t(l, "results-hidden"), |x| sentences::count(x, l));
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
                td.number { (n(p.volunteers)) }
                td.number { (n(p.followers)) }
                td.number { (or_dash(p.company_followers, |x| sentences::count(x, l))) }
                td.number { (or_dash(p.multiple, |x| sentences::decimal(x, l))) }
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
                td.number { (sentences::count(readiness.reach.total, l)) }
                td {} td {}
            },
        }),
    }
    .render()
}
