//! Text that a spreadsheet opens as text. A cell starting with `=`, `+`,
//! `-` or `@` (or a tab or carriage return) is a formula to Excel and
//! LibreOffice, so a department named `=HYPERLINK(…)` would become a live
//! link in HR's file. As OWASP advises for CSV injection, such a cell gets a
//! leading apostrophe, which the spreadsheet shows as text.

use std::borrow::Cow;

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
