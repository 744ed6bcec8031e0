//! Native Excel charts, each with its numbers in a table beside it, as on
//! the results page: participation by department, and willingness 1–5.
//! Colours are those of the page's charts (`charts/palette.rs`: Okabe–Ito,
//! readable by colour-blind readers and in gray).

use rust_xlsxwriter::{Chart, ChartFormat, ChartSolidFill, ChartType, Worksheet, XlsxError};

use super::cells::{Formats, column, row, value};
use super::sheet::Value;
use super::words::Words;
use crate::report::results::{Cell, Distribution, Results};

const ANSWERED: &str = "#0072B2";
const NOT_ANSWERED: &str = "#D9D9D9";
const LIKERT: [&str; 5] = ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"];
/// Where the charts go: to the right of their tables.
const CHART_COLUMN: u16 = 8;

fn fill(color: &str) -> ChartFormat {
    let mut format = ChartFormat::new();
    format.set_solid_fill(ChartSolidFill::new().set_color(color));
    format
}

fn height(rows: usize) -> u32 {
    u32::try_from(rows).unwrap_or(40).min(40) * 28 + 140
}

pub fn write(
    ws: &mut Worksheet,
    name: &str,
    r: &Results,
    w: &Words,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    ws.set_column_width(0, 30)?;
    let next = participation(ws, name, r, w, f)?;
    willingness(ws, name, next + 2, r, w, f)?;
    Ok(())
}

/// Answered and invited-but-not-answered per published group, stacked.
fn participation(
    ws: &mut Worksheet,
    name: &str,
    r: &Results,
    w: &Words,
    f: &Formats,
) -> Result<usize, XlsxError> {
    let title = w.t("results-chart-participation");
    ws.write_string_with_format(0, 0, &title, &f.heading)?;
    let header = [
        w.t("admin-department"),
        w.t("results-legend-answered"),
        w.t("results-legend-not-answered"),
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(1, column(c)?, h, &f.header)?;
    }
    for (i, g) in r.groups.iter().enumerate() {
        let p = g.participation;
        value(ws, i + 2, 0, &Value::Text(w.group(&g.name)), f)?;
        value(ws, i + 2, 1, &Value::Int(p.answered), f)?;
        value(
            ws,
            i + 2,
            2,
            &Value::Int(p.invited.saturating_sub(p.answered)),
            f,
        )?;
    }
    let last = r.groups.len() + 1;
    if r.groups.is_empty() {
        return Ok(last);
    }
    let mut chart = Chart::new(ChartType::BarStacked);
    for (c, color) in [(1, ANSWERED), (2, NOT_ANSWERED)] {
        chart
            .add_series()
            .set_name((name, 1, c))
            .set_categories((name, 2, 0, row(last)?, 0))
            .set_values((name, 2, c, row(last)?, c))
            .set_format(&mut fill(color))
            .set_gap(60);
    }
    chart.title().set_name(&title);
    // Bars top to bottom in the table's order.
    chart.y_axis().set_reverse();
    chart.set_alt_text(crate::report::results::sentences::participation(
        r, w.language,
    ));
    chart.set_width(560).set_height(height(r.groups.len()));
    ws.insert_chart(0, CHART_COLUMN, &chart)?;
    Ok(last.max(18))
}

/// Willingness 1–5 as 100 % stacked bars, for the groups whose five cells
/// are all exact; a group with a band is named below instead, since a bar
/// of a band would look like a number.
fn willingness(
    ws: &mut Worksheet,
    name: &str,
    top: usize,
    r: &Results,
    w: &Words,
    f: &Formats,
) -> Result<(), XlsxError> {
    let Some(readiness) = &r.readiness else {
        return Ok(());
    };
    let Some(q) = r
        .questions
        .iter()
        .find(|q| q.id == readiness.roles.willingness)
    else {
        return Ok(());
    };
    let Some(table) = q.tables.first() else {
        return Ok(());
    };
    let title = w.t("results-chart-willingness");
    ws.write_string_with_format(row(top)?, 0, &title, &f.heading)?;
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
    let header_row = top + 1;
    ws.write_string_with_format(row(header_row)?, 0, w.t("admin-department"), &f.header)?;
    for (o, option) in q.options.iter().enumerate() {
        ws.write_string_with_format(row(header_row)?, column(o + 1)?, w.of(option), &f.header)?;
    }
    for (i, (group, d)) in exact.iter().enumerate() {
        value(ws, header_row + 1 + i, 0, &Value::Text(group.clone()), f)?;
        for (o, cell) in d.cells.iter().enumerate() {
            if let Cell::Exact { share, .. } = cell {
                value(ws, header_row + 1 + i, o + 1, &Value::Share(*share), f)?;
            }
        }
    }
    if !banded.is_empty() {
        let names: Vec<&str> = banded.iter().map(|(n, _)| n.as_str()).collect();
        let note = w.t_args(
            "export-chart-left-out",
            &[("groups", names.join(", ").into())],
        );
        value(ws, header_row + 1 + exact.len(), 0, &Value::Text(note), f)?;
    }
    if exact.is_empty() {
        return Ok(());
    }
    let (first, last) = (row(header_row + 1)?, row(header_row + exact.len())?);
    let mut chart = Chart::new(ChartType::BarPercentStacked);
    for o in 0..q.options.len() {
        let c = column(o + 1)?;
        chart
            .add_series()
            .set_name((name, row(header_row)?, c))
            .set_categories((name, first, 0, last, 0))
            .set_values((name, first, c, last, c))
            .set_format(&mut fill(LIKERT[o % LIKERT.len()]))
            .set_gap(60);
    }
    chart.title().set_name(&title);
    chart.y_axis().set_reverse();
    chart.x_axis().set_num_format("0%");
    chart.set_alt_text(crate::report::results::sentences::willingness(
        r, w.language,
    ));
    chart.set_width(560).set_height(height(exact.len()));
    ws.insert_chart(row(top)?, CHART_COLUMN, &chart)?;
    Ok(())
}
