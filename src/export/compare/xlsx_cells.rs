//! The cells of the comparison workbook's "Change" sheet: the columns'
//! widths and number formats, one line of a block (before, after, the
//! change, its interval, the verdict in words), and sentences wrapped
//! across the block, each in a row tall enough for LibreOffice and Excel
//! to print it whole.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::words::{self, is_index};
use crate::export::cells::{Formats, column, row, value};
use crate::export::sheet::Value;
use crate::language::Language;
use crate::report::compare::{Change, Measure};

/// Column widths of a block, in characters: unit, before, after, change,
/// interval low and high, verdict.
pub(super) const WIDTHS: [f64; 7] = [30.0, 14.0, 14.0, 22.0, 11.0, 11.0, 44.0];

/// The number formats of a block: levels and changes, on the share's or
/// the index's scale.
pub(super) struct Scales {
    share: Format,
    index: Format,
    share_change: Format,
    index_change: Format,
    /// A range in words in a column of numbers: right-aligned like them.
    text: Format,
}

impl Scales {
    pub(super) fn new() -> Scales {
        let top = || Format::new().set_align(rust_xlsxwriter::FormatAlign::Top);
        Scales {
            share: top().set_num_format("0%"),
            index: top().set_num_format("0"),
            // Percentage points carry a sign: the change, not a level.
            share_change: top().set_num_format("+0%;-0%;0%"),
            index_change: top().set_num_format("+0;-0;0"),
            text: top().set_align(rust_xlsxwriter::FormatAlign::Right),
        }
    }

    fn level(&self, m: &Measure) -> &Format {
        if is_index(m) {
            &self.index
        } else {
            &self.share
        }
    }

    fn change(&self, m: &Measure) -> &Format {
        if is_index(m) {
            &self.index_change
        } else {
            &self.share_change
        }
    }
}

/// A sentence across the block's columns, wrapped, in a row tall enough
/// for it: text running on past the block would widen the printout.
pub(super) fn paragraph(
    ws: &mut Worksheet,
    r: usize,
    text: &str,
    f: &Formats,
) -> Result<(), XlsxError> {
    let last = column(WIDTHS.len() - 1)?;
    ws.merge_range(row(r)?, 0, row(r)?, last, text, &f.wrap)?;
    let chars: f64 = WIDTHS.iter().sum();
    let lines = crate::export::cells::lines(text, crate::export::cells::text_room(chars as usize));
    ws.set_row_height(row(r)?, crate::export::cells::height(lines))?;
    Ok(())
}

/// A number where the end is exact, else the range in words.
fn level_cell(
    ws: &mut Worksheet,
    (r, col): (usize, usize),
    m: &Measure,
    v: Option<crate::report::results::Range>,
    l: Language,
    g: &Scales,
) -> Result<(), XlsxError> {
    match v {
        Some(x) if x.is_exact() => {
            ws.write_number_with_format(row(r)?, column(col)?, x.low, g.level(m))?;
        }
        Some(x) => {
            ws.write_string_with_format(row(r)?, column(col)?, words::level(m, x, l), &g.text)?;
        }
        None => {
            let dash = crate::export::words::unknown();
            ws.write_string_with_format(row(r)?, column(col)?, dash, &g.text)?;
        }
    }
    Ok(())
}

/// One line of a block: before, after, change, interval and verdict.
pub(super) fn line(
    ws: &mut Worksheet,
    r: usize,
    label: &str,
    m: &Measure,
    ch: &Change,
    l: Language,
    (f, g): (&Formats, &Scales),
) -> Result<(), XlsxError> {
    value(ws, r, 0, &Value::Text(label.to_owned()), f)?;
    level_cell(ws, (r, 1), m, ch.before.map(|v| v.value), l, g)?;
    level_cell(ws, (r, 2), m, ch.after.map(|v| v.value), l, g)?;
    match ch.change {
        Some(x) if x.is_exact() => {
            ws.write_number_with_format(row(r)?, 3, x.low, g.change(m))?;
        }
        Some(x) => {
            ws.write_string_with_format(row(r)?, 3, words::change(m, x, l), &g.text)?;
        }
        None => {
            ws.write_string_with_format(row(r)?, 3, crate::export::words::unknown(), &g.text)?;
        }
    }
    if let Some(i) = ch.interval {
        ws.write_number_with_format(row(r)?, 4, i.low, g.change(m))?;
        ws.write_number_with_format(row(r)?, 5, i.high, g.change(m))?;
    }
    verdict_cell(ws, r, &words::verdict(m, &ch.verdict, l), f)
}

/// The verdict in words, wrapped, in a row tall enough for it (LibreOffice
/// does not grow a row for text it did not wrap itself).
pub(super) fn verdict_cell(
    ws: &mut Worksheet,
    r: usize,
    text: &str,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(row(r)?, 6, text, &f.wrap)?;
    let lines =
        crate::export::cells::lines(text, crate::export::cells::text_room(WIDTHS[6] as usize));
    if lines > 1 {
        ws.set_row_height(row(r)?, crate::export::cells::height(lines))?;
    }
    Ok(())
}
