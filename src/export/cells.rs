//! What the workbook's sheets share: cell formats, sheet names in HR's
//! language, and a table written with its header frozen, filters on and
//! columns as wide as their text.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

use super::sheet::{Sheet, Value};
use super::words::Words;

/// The widest a column is made to fit its text, in pixels: wider text
/// wraps rather than pushing the next column off the screen.
const MAX_WIDTH: u32 = 420;

/// The cell formats the sheets share.
pub struct Formats {
    pub header: Format,
    pub percent: Format,
    pub int: Format,
    pub decimal: Format,
    pub datetime: Format,
    pub title: Format,
    pub heading: Format,
    pub bold: Format,
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
            percent: Format::new().set_num_format("0%"),
            int: Format::new().set_num_format("#,##0"),
            decimal: Format::new().set_num_format("0.0"),
            datetime: Format::new()
                .set_num_format("yyyy-mm-dd hh:mm")
                .set_align(FormatAlign::Left),
            title: Format::new().set_bold().set_font_size(16),
            heading: Format::new().set_bold().set_font_size(12),
            bold: Format::new().set_bold(),
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
        Value::Text(s) => ws.write_string(r, c, s),
        Value::Int(n) => ws.write_number_with_format(r, c, *n as f64, &f.int),
        Value::Share(x) => ws.write_number_with_format(r, c, *x, &f.percent),
        Value::Decimal(x) => ws.write_number_with_format(r, c, *x, &f.decimal),
        Value::Empty => Ok(ws),
    }?;
    Ok(())
}

/// A table on a sheet of its own: the header row frozen with the first
/// column, an autofilter over it, widths that fit the text.
pub fn table(ws: &mut Worksheet, name: &str, sheet: &Sheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (c, header) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, column(c)?, header, &f.header)?;
    }
    for (r, values) in sheet.rows.iter().enumerate() {
        for (c, v) in values.iter().enumerate() {
            value(ws, r + 1, c, v, f)?;
        }
    }
    let last_column = column(sheet.headers.len().saturating_sub(1))?;
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, row(sheet.rows.len())?, last_column)?;
    ws.set_autofit_max_width(MAX_WIDTH);
    ws.autofit();
    Ok(())
}
