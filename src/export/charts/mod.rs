//! Every chart of the results page as a native Excel chart, in the page's
//! order, each below the table of its numbers: participation, readiness,
//! platform use, already sharing, willingness, barriers, motivations and
//! reach. Colours are those of the page's charts (`charts/palette.rs`:
//! Okabe–Ito, readable by colour-blind readers and in gray).
//!
//! Only exact cells are drawn: a band or a hidden cell is left blank in the
//! chart's table (a bar for it would look like a number) and the table
//! beside it, like the page, says which.

mod answers;
mod readiness;

use rust_xlsxwriter::{Chart, ChartFormat, ChartSolidFill, ChartType, Worksheet, XlsxError};

use super::cells::{self, Formats, column, row, value};
use super::sheet::Value;
use super::words::Words;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Cell, Results};

pub(in crate::export) const BLUE: &str = "#0072B2";
pub(in crate::export) const SKY_BLUE: &str = "#56B4E9";
pub(in crate::export) const ORANGE: &str = "#E69F00";
pub(in crate::export) const VERMILLION: &str = "#D55E00";
pub(in crate::export) const NEUTRAL: &str = "#BBBBBB";
const LIGHT: &str = "#D9D9D9";
const LIKERT: [&str; 5] = [VERMILLION, ORANGE, NEUTRAL, SKY_BLUE, BLUE];
/// Series beyond the named colours, in an order that stays apart in gray.
const MANY: [&str; 9] = [
    BLUE, ORANGE, SKY_BLUE, VERMILLION, "#009E73", "#CC79A7", "#F0E442", "#000000", NEUTRAL,
];
/// The widths of the category column and the others, in characters.
const CATEGORY_CHARS: usize = 30;
const SERIES_CHARS: usize = 12;
/// A chart's width in pixels: fits a portrait A4 page at 100 %.
const CHART_WIDTH: u32 = 640;
/// The default row's height in pixels, to leave room below a chart.
const ROW_PIXELS: u32 = 20;

/// One series of a chart: its name and a value per category, `None` where
/// the cell is not exact.
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub color: &'static str,
}

/// A chart with the table it is drawn from.
pub struct Block {
    pub title: String,
    /// The header of the category column ("Department", "Platform").
    pub category: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub kind: ChartType,
    /// Shares 0–1 shown as percentages; else whole numbers.
    pub percent: bool,
    /// The chart's sentence, for screen readers.
    pub alt: String,
    /// What the chart leaves out and why, under the table.
    pub note: Option<String>,
}

/// The value of a cell that a chart may draw.
/// The share a chart draws: exact, or the rounded share the page shows for
/// the whole company; a band or a withheld cell is not drawn.
pub fn exact(cell: Option<&Cell>) -> Option<f64> {
    match cell {
        Some(Cell::Exact { share, .. }) => Some(*share),
        Some(Cell::Rounded { percent, .. }) => Some(f64::from(*percent) / 100.0),
        _ => None,
    }
}

pub fn write(
    ws: &mut Worksheet,
    name: &str,
    r: &Results,
    (goal, company): (Goal, &[(String, u64)]),
    w: &Words,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    ws.set_column_width(0, CATEGORY_CHARS as f64)?;
    for c in 1..=20 {
        ws.set_column_width(c, SERIES_CHARS as f64)?;
    }
    let mut blocks = vec![answers::participation(r, w)];
    if r.readiness.is_some() {
        blocks.extend([
            readiness::index(r, goal, w),
            readiness::platforms(r, w),
            answers::sharing(r, w),
            answers::willingness(r, w),
            readiness::options(r, true, w),
            readiness::options(r, false, w),
            readiness::reach(r, company, w),
        ]);
    }
    let mut top = 0;
    for block in blocks.into_iter().flatten() {
        top = draw(ws, name, top, &block, f)?;
    }
    Ok(())
}

/// Writes the table at `top` and its chart below it; returns the first
/// free row after both.
fn draw(
    ws: &mut Worksheet,
    name: &str,
    top: usize,
    b: &Block,
    f: &Formats,
) -> Result<usize, XlsxError> {
    ws.write_string_with_format(row(top)?, 0, &b.title, &f.heading)?;
    let header = top + 1;
    ws.write_string_with_format(row(header)?, 0, &b.category, &f.header)?;
    for (s, series) in b.series.iter().enumerate() {
        ws.write_string_with_format(row(header)?, column(s + 1)?, &series.name, &f.header)?;
    }
    let tallest = b
        .series
        .iter()
        .map(|s| cells::lines(&s.name, cells::header_room(SERIES_CHARS)))
        .chain([cells::lines(
            &b.category,
            cells::header_room(CATEGORY_CHARS),
        )])
        .max()
        .unwrap_or(1);
    ws.set_row_height(row(header)?, cells::height(tallest))?;
    for (c, category) in b.categories.iter().enumerate() {
        value(ws, header + 1 + c, 0, &Value::Text(category.clone()), f)?;
        for (s, series) in b.series.iter().enumerate() {
            let v = match series.values.get(c).copied().flatten() {
                Some(x) if b.percent => Value::Share(x),
                Some(x) => Value::Int(x.round().max(0.0) as u64),
                None => Value::Text(super::words::unknown()),
            };
            value(ws, header + 1 + c, s + 1, &v, f)?;
        }
    }
    let mut next = header + 1 + b.categories.len();
    if let Some(note) = &b.note {
        value(ws, next, 0, &Value::Text(note.clone()), f)?;
        next += 1;
    }
    if b.categories.is_empty() || b.series.is_empty() {
        return Ok(next + 1);
    }
    let (first, last) = (row(header + 1)?, row(header + b.categories.len())?);
    let mut chart = Chart::new(b.kind);
    for (s, series) in b.series.iter().enumerate() {
        let c = column(s + 1)?;
        chart
            .add_series()
            .set_name((name, row(header)?, c))
            .set_categories((name, first, 0, last, 0))
            .set_values((name, first, c, last, c))
            .set_format(&mut fill(series.color))
            .set_gap(60);
    }
    chart.title().set_name(&b.title);
    // Bars top to bottom in the table's order.
    chart.y_axis().set_reverse();
    if b.percent {
        chart.x_axis().set_num_format("0%");
    }
    chart.set_alt_text(&b.alt);
    let bars = b.categories.len() * if stacked(b.kind) { 1 } else { b.series.len() };
    let height = chart_height(bars);
    chart.set_width(CHART_WIDTH).set_height(height);
    ws.insert_chart(row(next)?, 0, &chart)?;
    Ok(next + (height / ROW_PIXELS) as usize + 2)
}

fn stacked(kind: ChartType) -> bool {
    matches!(kind, ChartType::BarStacked | ChartType::BarPercentStacked)
}

pub(in crate::export) fn fill(color: &str) -> ChartFormat {
    let mut format = ChartFormat::new();
    format.set_solid_fill(ChartSolidFill::new().set_color(color));
    format
}

/// Room for every bar and the legend, within reason.
fn chart_height(bars: usize) -> u32 {
    u32::try_from(bars).unwrap_or(80).clamp(3, 80) * 16 + 160
}
