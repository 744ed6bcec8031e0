//! The workbook: Summary, Charts, By department, Long table and Codebook,
//! with number formats (percentages, whole numbers), a frozen header row,
//! an autofilter on each table, columns as wide as their text, and a page
//! setup on every sheet (`print.rs`).

use rust_xlsxwriter::{DocProperties, Workbook, XlsxError};

use super::cells::{Formats, SheetNames, table, total_width};
use super::print::{Layout, page_setup};
use super::words::Words;
use super::{Dates, Published, Values, charts, codebook, departments, long, summary};
use crate::questionnaire::readiness::Goal;

pub fn workbook(
    survey: &Published<'_>,
    dates: &Dates,
    goal: Goal,
    w: &Words,
) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let names = SheetNames::new(w);
    let mut book = Workbook::new();
    let title = w.t_args(
        "results-page-title",
        &[("title", survey.title.to_owned().into())],
    );
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_comment(w.t("export-aggregates-only")),
    );
    // The summary and the charts are for people: texts whatever the tables use.
    let people = Words::new(w.language, Values::Labels);
    let ws = book.add_worksheet();
    summary::write(ws, &names, survey, dates, goal, &people, &f)?;
    page_setup(ws, survey.title, &portrait(), w)?;
    let ws = book.add_worksheet();
    charts::write(ws, &names.charts, survey.results, goal, &people, &f)?;
    page_setup(ws, survey.title, &portrait(), w)?;
    let tables = [
        (&names.departments, departments::table(survey, goal, w)),
        (&names.long, long::table(survey, w)),
        (&names.codebook, codebook::table(survey.questionnaire, w)),
    ];
    for (name, sheet) in &tables {
        let ws = book.add_worksheet();
        table(ws, name, sheet, &f)?;
        let layout = Layout {
            landscape: sheet.headers.len() > 4,
            title_rows: Some((0, 0)),
            title_column: true,
            pages_wide: pages_wide(total_width(sheet)),
        };
        page_setup(ws, survey.title, &layout, w)?;
    }
    book.save_to_buffer()
}

/// The characters of column width that a landscape A4 page holds at about
/// 70 %, still readable: a wider table prints across more pages, each with
/// the first column repeated.
const CHARS_PER_PAGE: usize = 180;

/// One page wide while the scale stays readable (down to about 50 %),
/// else as many pages as keep it near 70 %.
fn pages_wide(chars: usize) -> usize {
    if chars <= CHARS_PER_PAGE * 3 / 2 {
        1
    } else {
        chars.div_ceil(CHARS_PER_PAGE)
    }
}

fn portrait() -> Layout {
    Layout {
        landscape: false,
        title_rows: None,
        title_column: false,
        pages_wide: 1,
    }
}
