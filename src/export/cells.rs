//! What the workbook's sheets share: cell formats, sheet names in HR's
//! language, and a table written with its header frozen, filters on and
//! columns as wide as their text.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

use super::sheet::{Sheet, Value};
use super::words::Words;

/// The widest a column is made to fit its values, in characters: wider
/// text wraps rather than pushing the next column off the page.
const MAX_CHARS: usize = 48;
/// The narrowest, so a short header wraps into few lines.
const MIN_CHARS: usize = 10;

/// The cell formats the sheets share.
pub struct Formats {
    pub header: Format,
    pub percent: Format,
    pub int: Format,
    pub decimal: Format,
    pub text: Format,
    pub datetime: Format,
    pub title: Format,
    pub heading: Format,
    pub bold: Format,
    /// Text longer than its column: wrapped, so none is cut at the edge.
    pub wrap: Format,
}

impl Formats {
    pub fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xE8_EE_F4))
                .set_border_bottom(FormatBorder::Thin),
            // Number formats are stored locale-free; Excel shows them with
            // the reader's own separators (12,5 % in Danish).
            // Top-aligned like wrapped text, so a row taller than one line
            // reads across from its top.
            percent: Format::new()
                .set_num_format("0%")
                .set_align(FormatAlign::Top),
            int: Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Top),
            decimal: Format::new()
                .set_num_format("0.0")
                .set_align(FormatAlign::Top),
            text: Format::new().set_align(FormatAlign::Top),
            datetime: Format::new()
                .set_num_format("yyyy-mm-dd hh:mm")
                .set_align(FormatAlign::Left),
            title: Format::new().set_bold().set_font_size(16),
            heading: Format::new().set_bold().set_font_size(12),
            // At the top, beside a sentence that wraps below it.
            bold: Format::new().set_bold().set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}

/// The sheets' names in HR's language.
pub struct SheetNames {
    pub summary: String,
    pub charts: String,
    pub departments: String,
    pub long: String,
    pub codebook: String,
}

impl SheetNames {
    pub fn new(w: &Words) -> SheetNames {
        SheetNames {
            summary: w.t("export-sheet-summary"),
            charts: w.t("export-sheet-charts"),
            departments: w.t("export-sheet-departments"),
            long: w.t("export-sheet-long"),
            codebook: w.t("export-sheet-codebook"),
        }
    }
}

pub fn column(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

pub fn row(r: usize) -> Result<u32, XlsxError> {
    u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)
}

/// One value in its cell, with the number format of its kind.
pub fn value(
    ws: &mut Worksheet,
    r: usize,
    c: usize,
    v: &Value,
    f: &Formats,
) -> Result<(), XlsxError> {
    let (r, c) = (row(r)?, column(c)?);
    match v {
        // The writer stores text as text: a leading "=" is no formula here.
        Value::Text(s) => ws.write_string_with_format(r, c, s, &f.text),
        Value::Int(n) => ws.write_number_with_format(r, c, *n as f64, &f.int),
        Value::Share(x) => ws.write_number_with_format(r, c, *x, &f.percent),
        Value::Decimal(x) => ws.write_number_with_format(r, c, *x, &f.decimal),
        Value::Empty => Ok(ws),
    }?;
    Ok(())
}

/// A table on a sheet of its own: the header row frozen with the first
/// column, an autofilter over it, columns as wide as their values, and
/// headers wrapped in a row tall enough for them.
pub fn table(ws: &mut Worksheet, name: &str, sheet: &Sheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let mut tallest = 1;
    let mut widths = Vec::with_capacity(sheet.headers.len());
    for (c, header) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, column(c)?, header, &f.header)?;
        let width = width_of(sheet, c);
        ws.set_column_width(column(c)?, width as f64)?;
        tallest = tallest.max(lines(header, header_room(width)));
        widths.push(width);
    }
    // LibreOffice does not grow a row for wrapped text it did not lay out
    // itself: a header taller than its row ran over the first row of data.
    ws.set_row_height(0, height(tallest))?;
    for (r, values) in sheet.rows.iter().enumerate() {
        let mut tallest = 1;
        for (c, v) in values.iter().enumerate() {
            let width = widths.get(c).copied().unwrap_or(MIN_CHARS);
            match v {
                Value::Text(text) if text.chars().count() > width => {
                    ws.write_string_with_format(row(r + 1)?, column(c)?, text, &f.wrap)?;
                    tallest = tallest.max(lines(text, text_room(width)));
                }
                _ => value(ws, r + 1, c, v, f)?,
            }
        }
        // Nor does it grow one for wrapped values.
        if tallest > 1 {
            ws.set_row_height(row(r + 1)?, height(tallest))?;
        }
    }
    let last_column = column(sheet.headers.len().saturating_sub(1))?;
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, row(sheet.rows.len())?, last_column)?;
    Ok(())
}

/// A column's width in characters: its widest value, within bounds; the
/// header wraps to it (with room for the filter button).
fn width_of(sheet: &Sheet, c: usize) -> usize {
    let widest = sheet
        .rows
        .iter()
        .filter_map(|r| r.get(c))
        .map(shown_chars)
        .max()
        .unwrap_or(0);
    // A word of the header split in two reads as two words, or none.
    let longest_word = sheet.headers.get(c).map_or(0, |h| {
        h.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    });
    (widest + 2)
        .max(longest_word * 11 / 10 + 4)
        .clamp(MIN_CHARS, MAX_CHARS)
}

/// About how many characters a value takes when shown.
fn shown_chars(v: &Value) -> usize {
    match v {
        Value::Text(s) => s.chars().count(),
        Value::Int(n) => n.to_string().len() + n.to_string().len() / 3,
        Value::Share(_) => 5,
        Value::Decimal(x) => format!("{x:.1}").len(),
        Value::Empty => 0,
    }
}

/// How many characters of a bold header fit on a line of a column `width`
/// characters wide (a column's width counts digits; bold letters and the
/// filter button take more).
pub fn header_room(width: usize) -> usize {
    (width * 9 / 10).saturating_sub(2).max(4)
}

/// How many characters of plain text fit on a line of `width` (letters are
/// on average a little narrower than digits; kept on the careful side).
pub fn text_room(width: usize) -> usize {
    width.max(4)
}

/// A row's height in points for `lines` lines of 11-point text.
pub fn height(lines: usize) -> f64 {
    15.0 * lines as f64 + 3.0
}

/// The sum of the columns' widths in characters, for the page setup.
pub fn total_width(sheet: &Sheet) -> usize {
    (0..sheet.headers.len()).map(|c| width_of(sheet, c)).sum()
}

/// The lines `text` takes with `room` characters a line, breaking at
/// spaces as a spreadsheet does.
pub fn lines(text: &str, room: usize) -> usize {
    let room = room.max(1);
    let mut lines = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if used == 0 {
            used = n;
        } else if used + 1 + n <= room {
            used += 1 + n;
        } else {
            lines += 1;
            used = n;
        }
        while used > room {
            lines += 1;
            used -= room;
        }
    }
    lines
}
