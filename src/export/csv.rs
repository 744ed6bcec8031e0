//! A table as CSV that opens right in HR's Excel: UTF-8, the delimiter
//! and byte-order mark of the language (no `sep=` line, which makes Excel
//! ignore the mark and misread æ, ø and å), numbers with the language's
//! decimal mark, shares as percentages, every text made safe from being
//! read as a formula.

use super::sheet::{Sheet, Value};
use super::words::Words;
use super::{ExportError, Options};
use crate::language::Language;
use crate::spreadsheet::text_cell;

const BOM: &[u8] = "\u{feff}".as_bytes();

pub fn write(sheet: &Sheet, options: &Options, w: &Words) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(64 * (sheet.rows.len() + 1));
    if options.bom {
        out.extend_from_slice(BOM);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(sheet.headers.iter().map(|h| text_cell(h).into_owned()))?;
    for row in &sheet.rows {
        writer.write_record(row.iter().map(|v| field(v, w.language)))?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Io(e.into_error()))
}

/// `12.5` as the language writes it: "12,5" in Danish and Norwegian.
fn decimal(text: String, language: Language) -> String {
    match language {
        Language::En => text,
        Language::Da | Language::Nb => text.replace('.', ","),
    }
}

fn field(value: &Value, language: Language) -> String {
    match value {
        Value::Text(s) => text_cell(s).into_owned(),
        Value::Int(n) => n.to_string(),
        Value::Share(x) => decimal(format!("{:.1}", x * 100.0), language),
        Value::Decimal(x) => decimal(format!("{x:.2}"), language),
        Value::Empty => String::new(),
    }
}
