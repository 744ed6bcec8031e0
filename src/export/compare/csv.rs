//! The comparison as one long CSV: every number, with the separator,
//! byte-order mark and decimal mark of HR's language, like the results'
//! CSV files (`export/csv.rs`).

use super::ComparisonView;
use super::sheet::long_table;
use crate::export::words::Words;
use crate::export::{CsvTable, ExportError, Format, Options, Values};
use crate::language::Language;
use crate::report::compare::Comparison;

pub fn comparison_csv(
    view: &ComparisonView<'_>,
    comparison: &Comparison,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    // The view names the surveys in the file's name, not in its lines.
    let _ = view;
    let sheet = long_table(comparison, language);
    let options = Options::new(Format::Csv(CsvTable::Long), language);
    crate::export::csv::write(&sheet, &options, &Words::new(language, Values::Labels))
}
