//! Page setup for every sheet, so the workbook prints as management reads
//! it: A4, fitted to the page's width, the titles repeated on every page, a
//! header naming the survey and the sheet, and page numbers in the footer.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::words::Words;

/// Excel's number for A4 paper.
const A4: u8 = 9;
/// Excel refuses a header of more than 255 characters, codes included.
const MAX_TITLE: usize = 120;

/// How one sheet prints.
pub struct Layout {
    pub landscape: bool,
    /// Rows to repeat at the top of every page (first, last).
    pub title_rows: Option<(u32, u32)>,
    /// Whether the first column (the department, the platform) repeats.
    pub title_column: bool,
    /// Pages side by side that the sheet is fitted to.
    pub pages_wide: usize,
}

pub fn page_setup(
    ws: &mut Worksheet,
    survey: &str,
    layout: &Layout,
    w: &Words,
) -> Result<(), XlsxError> {
    ws.set_paper_size(A4);
    if layout.landscape {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
    // As many pages tall as it takes, and wide as set: one, or for a table
    // too wide to read on one, a few, each with the first column repeated.
    let wide = u16::try_from(layout.pages_wide).unwrap_or(u16::MAX);
    ws.set_print_fit_to_pages(wide, 0);
    if let Some((first, last)) = layout.title_rows {
        ws.set_repeat_rows(first, last)?;
    }
    if layout.title_column {
        ws.set_repeat_columns(0, 0)?;
    }
    let title: String = survey.chars().take(MAX_TITLE).collect();
    // "&" starts a code in a header; "&&" is a literal ampersand.
    ws.set_header(format!("&L{}&R&A", title.replace('&', "&&")));
    let pages = w.t_args(
        "export-page-of",
        &[("page", "&P".into()), ("pages", "&N".into())],
    );
    ws.set_footer(format!("&C{pages}"));
    Ok(())
}
