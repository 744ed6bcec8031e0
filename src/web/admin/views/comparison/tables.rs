//! A measure's numbers as a table: per group before, after, the change,
//! its 95 % interval of chance and what it says in words; everyone's row
//! closes it. A missing end is a dash, and the last column says why.

use maud::{Markup, html};

use super::super::table::{Column, Row, Table};
use crate::export::compare::rows;
use crate::export::compare::words::{change, end, interval, measure_name, unit_label, verdict};
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::{Change, Comparison, Measure, UnitKind};

fn dash() -> String {
    "–".to_owned()
}

pub fn columns(first: &str, l: Language) -> Vec<Column> {
    vec![
        Column::Text(t(l, first)),
        Column::Number(t(l, "comparison-before")),
        Column::Number(t(l, "comparison-after")),
        Column::Number(t(l, "comparison-change")),
        Column::Number(t(l, "comparison-interval")),
        Column::Text(t(l, "comparison-verdict")),
    ]
}

/// The five cells after a row's name.
pub fn cells(m: &Measure, ch: &Change, l: Language) -> Markup {
    let before = ch.before.map_or_else(dash, |v| end(m, &v, l));
    let after = ch.after.map_or_else(dash, |v| end(m, &v, l));
    let diff = ch.change.map_or_else(dash, |r| change(m, r, l));
    let range = ch.interval.map_or_else(dash, |r| interval(m, r, l));
    html! {
        td.number { (before) }
        td.number { (after) }
        td.number { (diff) }
        td.number { (range) }
        td { (verdict(m, &ch.verdict, l)) }
    }
}

pub fn measure(c: &Comparison, m: usize, l: Language) -> Markup {
    let Some(info) = c.measures.get(m) else {
        return html! {};
    };
    let measure = &info.measure;
    let caption = measure_name(info, l);
    let row = |u: &crate::report::compare::Unit| {
        u.changes.get(m).map(|ch| Row {
            name: unit_label(u, l),
            cells: cells(measure, ch, l),
        })
    };
    Table {
        class: "numbers",
        caption: &caption,
        columns: columns("comparison-unit", l),
        rows: rows(c)
            .into_iter()
            .filter(|u| u.kind != UnitKind::Everyone)
            .filter_map(row)
            .collect(),
        total: row(&c.everyone),
    }
    .render()
}
