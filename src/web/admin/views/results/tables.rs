//! The numbers behind each chart, as tables a screen reader can read and a
//! manager can quote: the same published cells the chart draws.

use maud::{Markup, html};

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
    html! {
        div.table-scroll { table.numbers {
            caption { (t(l, "results-chart-participation")) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                th.number scope="col" { (t(l, "results-page-invited")) }
                th.number scope="col" { (t(l, "results-legend-answered")) }
                th.number scope="col" { (t(l, "results-page-rate")) }
            } }
            tbody { @for (g, name) in r.groups.iter().zip(groups(r, l)) { tr {
                th scope="row" { (name) }
                td.number { (sentences::count(g.participation.invited, l)) }
                td.number { (sentences::count(g.participation.answered, l)) }
                td.number { (percent_or_dash(g.participation.response_rate, l)) }
            } } }
            @if let Some(total) = &r.total { tfoot { tr {
                th scope="row" { (t(l, "results-everyone")) }
                td.number { (sentences::count(total.invited, l)) }
                td.number { (sentences::count(total.answered, l)) }
                td.number { (percent_or_dash(total.response_rate, l)) }
            } } }
        } }
    }
}

/// Groups as rows, a share per column (one column per platform, say).
fn shares_by_group(
    r: &Results,
    columns: &[(String, &Shares)],
    caption: &str,
    l: Language,
) -> Markup {
    let names = groups(r, l);
    html! {
        div.table-scroll { table.numbers {
            caption { (caption) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                @for (name, _) in columns { th.number scope="col" { (name) } }
            } }
            tbody { @for (i, name) in names.iter().enumerate() { tr {
                th scope="row" { (name) }
                @for (_, s) in columns { td.number { (share(s.groups.get(i), l)) } }
            } } }
            tfoot { tr {
                th scope="row" { (t(l, "results-everyone")) }
                @for (_, s) in columns { td.number { (share(s.total.as_ref(), l)) } }
            } }
        } }
    }
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
    let names = groups(r, l);
    let row = |d: Option<&Distribution>, o: usize| {
        d.and_then(|d| d.cells.get(o))
            .map_or_else(|| t(l, "results-hidden"), |c| cell(c, l))
    };
    html! {
        div.table-scroll { table.numbers {
            caption { (q.text.get(l)) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                @for o in &q.options { th.number scope="col" { (o.text.get(l)) } }
            } }
            tbody { @for (i, name) in names.iter().enumerate() { tr {
                th scope="row" { (name) }
                @for o in 0..q.options.len() { td.number { (row(table.groups.get(i), o)) } }
            } } }
            tfoot { tr {
                th scope="row" { (t(l, "results-everyone")) }
                @for o in 0..q.options.len() { td.number { (row(table.total.as_ref(), o)) } }
            } }
        } }
    }
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
    html! {
        div.table-scroll { table.numbers {
            caption { (q.text.get(l)) }
            thead { tr {
                th scope="col" { (t(l, "results-page-option")) }
                th.number scope="col" { (t(l, "results-everyone")) }
                @if split.is_some() {
                    th.number scope="col" { (t(l, "results-volunteers")) }
                    th.number scope="col" { (t(l, "results-rest")) }
                }
            } }
            tbody { @for (o, option) in options.iter().enumerate() { tr {
                th scope="row" { (option.text.get(l)) }
                td.number { (at(total, o)) }
                @if let Some(s) = split {
                    td.number { (at(Some(&s.volunteers), o)) }
                    td.number { (at(Some(&s.rest), o)) }
                }
            } } }
        } }
        @if split.is_none() { p.hint { (t(l, "results-split-not-shown")) } }
    }
}

pub fn readiness(r: &Results, readiness: &ReadinessResults, goal: Goal, l: Language) -> Markup {
    let Some(g) = readiness.goals.iter().find(|g| g.goal == goal) else {
        return html! {};
    };
    html! {
        div.table-scroll { table.numbers {
            caption { (t(l, "results-legend-index")) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                th.number scope="col" { (t(l, "results-page-index")) }
                th.number scope="col" { (t(l, "results-volunteers")) }
                th.number scope="col" { (t(l, "results-page-fit")) }
                th.number scope="col" { (t(l, "results-page-sharing")) }
                th.number scope="col" { (t(l, "results-page-course")) }
                th.number scope="col" { (t(l, "results-page-removable")) }
            } }
            tbody { @for (index, name) in g.index.iter().zip(groups(r, l)) { tr {
                th scope="row" { (name) }
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
            } } }
        } }
    }
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
    html! {
        div.table-scroll { table.numbers {
            caption { (t(l, "results-chart-reach")) }
            thead { tr {
                th scope="col" { (t(l, "results-page-platform")) }
                th.number scope="col" { (t(l, "results-volunteers")) }
                th.number scope="col" { (t(l, "results-page-followers")) }
                th.number scope="col" { (t(l, "results-legend-company")) }
                th.number scope="col" { (t(l, "results-page-multiple")) }
            } }
            tbody { @for p in &readiness.reach.platforms { tr {
                th scope="row" { (name(&p.platform)) }
                td.number { (n(p.volunteers)) }
                td.number { (n(p.followers)) }
                td.number { (or_dash(p.company_followers, |x| sentences::count(x, l))) }
                td.number { (or_dash(p.multiple, |x| sentences::decimal(x, l))) }
            } } }
            tfoot { tr {
                th scope="row" { (t(l, "results-page-all-platforms")) }
                td {}
                td.number { (sentences::count(readiness.reach.total, l)) }
                td {} td {}
            } }
        } }
    }
}
