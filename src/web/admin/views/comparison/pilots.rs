//! The pilot departments against the rest: who is on each side, a
//! sentence per measure worded by what chance alone gives (never an
//! effect, never a cause), the chart, and a table of both changes and the
//! difference with its interval.

use maud::{Markup, html};

use super::super::table::{Column, Row, Table};
use super::figure;
use crate::export::compare::words::{change, difference_in_words, interval, measure_name};
use crate::export::compare::{pilots_intro, pilots_sentence};
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::Comparison;
use crate::web::context::PageContext;

fn dash() -> String {
    "–".to_owned()
}

fn table(c: &Comparison, l: Language) -> Markup {
    let Some(p) = &c.pilots_vs_rest else {
        return html! {};
    };
    let caption = t(l, "comparison-pilots-title");
    let rows = p
        .measures
        .iter()
        .enumerate()
        .filter_map(|(m, d)| Some((c.measures.get(m)?, d.as_ref()?)))
        .map(|(info, d)| {
            let m = &info.measure;
            let text =
                |r: Option<crate::report::results::Range>| r.map_or_else(dash, |r| change(m, r, l));
            Row {
                name: measure_name(info, l),
                cells: html! {
                    td.number { (text(d.pilots.change)) }
                    td.number { (text(d.rest.change)) }
                    td.number { (text(d.difference)) }
                    td.number { (d.interval.map_or_else(dash, |r| interval(m, r, l))) }
                    td { (difference_in_words(c, m, d, l)) }
                },
            }
        })
        .collect();
    Table {
        class: "numbers",
        caption: &caption,
        columns: vec![
            Column::Text(t(l, "comparison-measure")),
            Column::Number(t(l, "comparison-pilots")),
            Column::Number(t(l, "comparison-rest")),
            Column::Number(t(l, "comparison-difference")),
            Column::Number(t(l, "comparison-interval")),
            Column::Text(t(l, "comparison-verdict")),
        ],
        rows,
        total: None,
    }
    .render()
}

pub fn section(c: &Comparison, svg: Option<&str>, ctx: &PageContext) -> Markup {
    let l = ctx.language;
    let title = t(l, "comparison-pilots-title");
    let sentences: Vec<String> = c
        .pilots_vs_rest
        .iter()
        .flat_map(|p| p.measures.iter().enumerate())
        .filter_map(|(m, d)| d.as_ref().map(|d| pilots_sentence(c, m, d, l)))
        .collect();
    html! {
        section.result #pilots {
            h2 #h-pilots { (title) }
            p.sentence { (pilots_intro(c, l)) }
            @for s in &sentences { p.sentence { (s) } }
            @if let Some(svg) = svg {
                div.result-body {
                    (figure(&title, svg, ctx))
                    div.result-numbers { (table(c, l)) }
                }
            }
        }
    }
}
