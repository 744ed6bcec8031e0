//! The comparison as a workbook: a "Change" sheet with a block per measure
//! (each unit before, after, the change, its 95 % interval and the verdict,
//! then the pilots against the rest) and below each block a native Excel
//! chart of the changes; then every number in one long table, as in the
//! CSV. Printed like the results' workbook (`export/print.rs`): A4, the
//! survey named in the header, pages numbered.

use rust_xlsxwriter::{
    Chart, ChartPoint, ChartType, DocProperties, Workbook, Worksheet, XlsxError,
};

use super::sentences::{measure_sentence, pilots_sentence};
use super::sheet::long_table;
use super::words::{self, is_index};
use super::xlsx_cells::{Scales, WIDTHS, line, paragraph, verdict_cell};
use super::{ComparisonView, rows};
use crate::export::cells::{Formats, column, row, table};
use crate::export::charts::{BLUE, NEUTRAL, fill};
use crate::export::print::{Layout, page_setup};
use crate::export::words::Words;
use crate::export::{ExportError, Values};
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::{Comparison, Pilot, UnitKind};

/// A chart's width in pixels: about the block's seven columns.
const CHART_WIDTH: u32 = 720;
const ROW_PIXELS: u32 = 20;
/// The darkest gray of the page's charts, for everyone's bar.
const EVERYONE: &str = "#555555";

pub fn comparison_xlsx(
    view: &ComparisonView<'_>,
    comparison: &Comparison,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    Ok(workbook(view, comparison, language)?)
}

fn workbook(view: &ComparisonView<'_>, c: &Comparison, l: Language) -> Result<Vec<u8>, XlsxError> {
    let w = Words::new(l, Values::Labels);
    let f = Formats::new();
    let mut book = Workbook::new();
    let title = super::comparison_title(view, l);
    book.set_properties(
        &DocProperties::new()
            .set_title(title.clone())
            .set_comment(t(l, "export-aggregates-only")),
    );
    let ws = book.add_worksheet();
    let name = t(l, "comparison-sheet-change");
    change_sheet(ws, &name, &title, c, l, &f)?;
    let layout = Layout {
        landscape: true,
        title_rows: None,
        title_column: false,
        pages_wide: 1,
    };
    page_setup(ws, view.follow_up_title, &layout, &w)?;
    let ws = book.add_worksheet();
    let sheet = long_table(c, l);
    table(ws, &t(l, "comparison-sheet-numbers"), &sheet, &f)?;
    let layout = Layout {
        landscape: true,
        title_rows: Some((0, 0)),
        title_column: true,
        pages_wide: 2,
    };
    page_setup(ws, view.follow_up_title, &layout, &w)?;
    book.save_to_buffer()
}

fn change_sheet(
    ws: &mut Worksheet,
    name: &str,
    title: &str,
    c: &Comparison,
    l: Language,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (i, width) in WIDTHS.iter().enumerate() {
        ws.set_column_width(column(i)?, *width)?;
    }
    let g = Scales::new();
    ws.write_string_with_format(0, 0, title, &f.title)?;
    paragraph(ws, 1, &t(l, "comparison-xlsx-note"), f)?;
    let mut top = 3;
    for m in 0..c.measures.len() {
        top = block(ws, name, top, c, m, l, (f, &g))?;
    }
    Ok(())
}

/// Measure `m`'s block at `top`, its chart below; returns the first free
/// row after both.
fn block(
    ws: &mut Worksheet,
    name: &str,
    top: usize,
    c: &Comparison,
    m: usize,
    l: Language,
    (f, g): (&Formats, &Scales),
) -> Result<usize, XlsxError> {
    let info = &c.measures[m];
    let measure = &info.measure;
    let heading = words::measure_name(info, l);
    ws.write_string_with_format(row(top)?, 0, &heading, &f.heading)?;
    let header = top + 1;
    for (i, key) in [
        "comparison-unit",
        "comparison-before",
        "comparison-after",
        "comparison-change",
        "comparison-interval-low",
        "comparison-interval-high",
        "comparison-verdict",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(row(header)?, column(i)?, t(l, key), &f.header)?;
    }
    ws.set_row_height(row(header)?, crate::export::cells::height(2))?;
    let units = rows(c);
    let mut r = header + 1;
    let mut colors = Vec::with_capacity(units.len());
    for unit in &units {
        let Some(ch) = unit.changes.get(m) else {
            continue;
        };
        line(ws, r, &words::unit_label(unit, l), measure, ch, l, (f, g))?;
        colors.push(match (unit.kind, unit.pilot) {
            (UnitKind::Everyone, _) => EVERYONE,
            (_, Pilot::Yes) => BLUE,
            _ => NEUTRAL,
        });
        r += 1;
    }
    let (first, last) = (header + 1, r - 1);
    let pilots = c
        .pilots_vs_rest
        .as_ref()
        .and_then(|p| p.measures.get(m).cloned().flatten());
    if let Some(d) = &pilots {
        line(
            ws,
            r,
            &t(l, "comparison-pilots"),
            measure,
            &d.pilots,
            l,
            (f, g),
        )?;
        line(
            ws,
            r + 1,
            &t(l, "comparison-rest"),
            measure,
            &d.rest,
            l,
            (f, g),
        )?;
        let difference = d.as_change();
        line(
            ws,
            r + 2,
            &t(l, "comparison-difference"),
            measure,
            &difference,
            l,
            (f, g),
        )?;
        // The difference's verdict says which side's change was higher.
        let verdict = words::difference_in_words(c, measure, d, l);
        verdict_cell(ws, r + 2, &verdict, f)?;
        r += 3;
    }
    let sentence = measure_sentence(c, m, l);
    paragraph(ws, r, &sentence, f)?;
    r += 1;
    if let Some(d) = &pilots {
        paragraph(ws, r, &pilots_sentence(c, m, d, l), f)?;
        r += 1;
    }
    if colors.is_empty() {
        return Ok(r + 1);
    }
    let mut chart = Chart::new(ChartType::Bar);
    let points: Vec<ChartPoint> = colors
        .iter()
        .map(|color| ChartPoint::new().set_format(&mut fill(color)))
        .collect();
    chart
        .add_series()
        .set_name((name, row(header)?, 3))
        .set_categories((name, row(first)?, 0, row(last)?, 0))
        .set_values((name, row(first)?, 3, row(last)?, 3))
        .set_points(&points)
        .set_gap(60);
    chart.title().set_name(&heading);
    chart.legend().set_hidden();
    chart.y_axis().set_reverse();
    // The groups' names left of the plot, clear of bars that go below zero.
    chart
        .y_axis()
        .set_label_position(rust_xlsxwriter::ChartAxisLabelPosition::Low);
    chart.x_axis().set_num_format(if is_index(measure) {
        "+0;-0;0"
    } else {
        "+0%;-0%;0%"
    });
    chart.set_alt_text(&sentence);
    let bars = u32::try_from(colors.len()).unwrap_or(40).clamp(3, 40);
    let height = bars * 22 + 110;
    chart.set_width(CHART_WIDTH).set_height(height);
    ws.insert_chart(row(r)?, 0, &chart)?;
    Ok(r + (height / ROW_PIXELS) as usize + 2)
}
