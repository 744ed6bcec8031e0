//! Text that a spreadsheet opens as text. A cell starting with `=`, `+`,
//! `-` or `@` (or a tab or carriage return) is a formula to Excel and
//! LibreOffice, so a department named `=HYPERLINK(…)` would become a live
//! link in HR's file. As OWASP advises for CSV injection, such a cell gets a
//! leading apostrophe, which the spreadsheet shows as text.

use std::borrow::Cow;

use crate::language::Language;

/// How a CSV file is written for the spreadsheet that will open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub delimiter: u8,
    /// A UTF-8 byte-order mark first: without it Danish and Norwegian Excel
    /// reads UTF-8 as Windows-1252 ("Ã˜konomi"). No `sep=` line: it makes
    /// Excel ignore the mark.
    pub bom: bool,
}

impl CsvStyle {
    /// What Danish and Norwegian Excel expect: `;` (their decimal comma
    /// takes `,`) and the byte-order mark.
    pub const NORDIC_EXCEL: CsvStyle = CsvStyle {
        delimiter: b';',
        bom: true,
    };
    /// Plain CSV: `,`, no mark; for English Excel and for scripts.
    pub const PLAIN: CsvStyle = CsvStyle {
        delimiter: b',',
        bom: false,
    };

    /// The default for a reader of `language`.
    pub fn for_language(language: Language) -> CsvStyle {
        match language {
            Language::Da | Language::Nb => CsvStyle::NORDIC_EXCEL,
            Language::En => CsvStyle::PLAIN,
        }
    }

    /// A CSV writer in this style over `out`, the mark already written.
    pub fn writer(self, mut out: Vec<u8>) -> csv::Writer<Vec<u8>> {
        if self.bom {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .from_writer(out)
    }
}

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `value`, made safe to put in a cell of a CSV file Stemme writes.
pub fn text_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_text_stays_as_it_is() {
        assert_eq!(
            text_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text_cell(start).starts_with('\''), "{start:?}");
        }
        assert_eq!(text_cell("Økonomi"), "Økonomi");
        assert_eq!(text_cell("Salg – Øst"), "Salg – Øst");
    }
}
