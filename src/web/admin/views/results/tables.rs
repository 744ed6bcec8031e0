//! The numbers behind each chart, as tables a screen reader can read and a
//! manager can quote: the same published cells the chart draws.

use maud::{Markup, html};

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
    html! {
        div.table-scroll { table.numbers {
            caption { (t(l, "results-chart-participation")) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                th.number scope="col" { (t(l, "results-page-invited")) }
                th.number scope="col" { (t(l, "results-legend-answered")) }
                th.number scope="col" { (t(l, "results-page-rate")) }
            } }
            tbody {
                @for (g, name) in r.groups.iter().zip(groups(r, l)) { tr {
                    th scope="row" { (name) }
                    td.number { (sentences::count(g.participation.invited, l)) }
                    td.number { (sentences::count(g.participation.answered, l)) }
                    td.number { (percent_or_dash(g.participation.response_rate, l)) }
                } }
                @for e in &r.empty { tr {
                    th scope="row" { (e.name) }
                    td.number { (sentences::count(e.invited, l)) }
                    td.number { (sentences::count(0, l)) }
                    td.number { (percent_or_dash((e.invited > 0).then_some(0.0), l)) }
                } }
            }
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
            tbody { @for (i, (index, name)) in g.index.iter().zip(groups(r, l)).enumerate() { tr {
                th scope="row" { (name) }
                @if let Some(index) = index {
                    td.number { strong { (sentences::index(index)) } }
                    // Parts read straight off one cell show its words
                    // (a band stays a band); derived parts show their range.
                    td.number { (share(readiness.volunteers.groups.get(i), l)) }
                    td.number { (range(index.platform_fit, l)) }
                    td.number { (share(readiness.already_sharing.groups.get(i), l)) }
                    td.number { (share(readiness.course_interest.groups.get(i), l)) }
                    td.number { (range(index.removable_barriers, l)) }
                } @else {
                    td.number colspan="6" { (t(l, "results-hidden")) }
                }
            } } }
        } }
    }
}

pub fn reach(readiness: &ReadinessResults, company: &[(String, u64)], l: Language) -> Markup {
    let name = |id: &str| {
        readiness
            .platforms
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.text.get(l).to_owned())
    };
    let own = |id: &str| company.iter().find(|(p, _)| p == id).map(|&(_, n)| n);
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
                td.number { (sentences::count_of(&p.volunteers, l)) }
                td.number { (sentences::count_of(&p.followers, l)) }
                td.number { (or_dash(own(&p.platform), |x| sentences::count(x, l))) }
                td.number { (or_dash(readiness.reach.multiple(&p.platform, company), |x| sentences::decimal(x, l))) }
            } } }
            tfoot { tr {
                th scope="row" { (t(l, "results-page-all-platforms")) }
                td {}
                td.number { (t_args(l, "results-about-count", &[("value", sentences::count(readiness.reach.total, l).into())])) }
                td {} td {}
            } }
        } }
    }
}
