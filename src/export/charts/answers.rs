//! The charts of who answered and how: participation by department, who
//! already shares their work online, and willingness 1–5.

use rust_xlsxwriter::ChartType;

use super::{BLUE, Block, LIGHT, LIKERT, Series};
use crate::export::words::Words;
use crate::report::results::{Cell, Distribution, Results, sentences};

/// Answered and invited-but-not-answered per published group, stacked.
pub fn participation(r: &Results, w: &Words) -> Option<Block> {
    let groups = &r.groups;
    let answered = groups.iter().map(|g| Some(g.participation.answered as f64));
    let not_answered = groups.iter().map(|g| {
        let p = g.participation;
        Some(p.invited.saturating_sub(p.answered) as f64)
    });
    Some(Block {
        title: w.t("results-chart-participation"),
        category: w.t("admin-department"),
        categories: groups.iter().map(|g| w.group(&g.name)).collect(),
        series: vec![
            Series {
                name: w.t("results-legend-answered"),
                values: answered.collect(),
                color: BLUE,
            },
            Series {
                name: w.t("results-legend-not-answered"),
                values: not_answered.collect(),
                color: LIGHT,
            },
        ],
        kind: ChartType::BarStacked,
        percent: false,
        alt: sentences::participation(r, w.language),
        note: None,
    })
}

pub fn willingness(r: &Results, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let alt = sentences::willingness(r, w.language);
    distribution(
        r,
        &readiness.roles.willingness,
        "results-chart-willingness",
        alt,
        w,
    )
}

pub fn sharing(r: &Results, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let alt = sentences::already_sharing(r, w.language);
    distribution(
        r,
        &readiness.roles.shares_work,
        "results-chart-sharing",
        alt,
        w,
    )
}

/// A one-answer question as 100 % stacked bars, for the groups whose cells
/// are all exact; a group with a band is named below instead, since a bar
/// of a band would look like a number.
fn distribution(
    r: &Results,
    question: &str,
    title_key: &str,
    alt: String,
    w: &Words,
) -> Option<Block> {
    let q = r.questions.iter().find(|q| q.id == question)?;
    let table = q.tables.first()?;
    let mut rows: Vec<(String, &Distribution)> = r
        .groups
        .iter()
        .zip(&table.groups)
        .map(|(g, d)| (w.group(&g.name), d))
        .collect();
    if let (Some(total), true) = (&table.total, r.groups.len() > 1) {
        rows.push((w.everyone(), total));
    }
    let (exact, banded): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|(_, d)| !d.cells.is_empty() && d.cells.iter().all(Cell::is_exact));
    let note = (!banded.is_empty()).then(|| {
        let names: Vec<&str> = banded.iter().map(|(n, _)| n.as_str()).collect();
        w.t_args(
            "export-chart-left-out",
            &[("groups", names.join(", ").into())],
        )
    });
    let colors = ordered(q.options.len());
    let series = q
        .options
        .iter()
        .enumerate()
        .map(|(o, option)| Series {
            name: w.of(option),
            values: exact
                .iter()
                .map(|(_, d)| super::exact(d.cells.get(o)))
                .collect(),
            color: colors[o],
        })
        .collect();
    Some(Block {
        title: w.t(title_key),
        category: w.t("admin-department"),
        categories: exact.iter().map(|(n, _)| n.clone()).collect(),
        series,
        kind: ChartType::BarPercentStacked,
        percent: true,
        alt,
        note,
    })
}

/// Colours for `n` ordered options, from "no" to "yes": the Likert five
/// where there are five, else a run from the same ends.
fn ordered(n: usize) -> Vec<&'static str> {
    match n {
        5 => LIKERT.to_vec(),
        4 => vec![LIKERT[0], LIKERT[1], LIKERT[3], LIKERT[4]],
        3 => vec![LIKERT[0], LIKERT[2], LIKERT[4]],
        _ => (0..n).map(|i| super::MANY[i % super::MANY.len()]).collect(),
    }
}
