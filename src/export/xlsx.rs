//! The workbook: Summary, Charts, By department, Long table and Codebook,
//! with number formats (percentages, whole numbers), a frozen header row,
//! an autofilter on each table and columns as wide as their text.

use rust_xlsxwriter::{DocProperties, Workbook, XlsxError};

use super::cells::{Formats, SheetNames, table};
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
    summary::write(
        book.add_worksheet(),
        &names,
        survey,
        dates,
        goal,
        &people,
        &f,
    )?;
    charts::write(
        book.add_worksheet(),
        &names.charts,
        survey.results,
        &people,
        &f,
    )?;
    let by_department = departments::table(survey, goal, w);
    table(book.add_worksheet(), &names.departments, &by_department, &f)?;
    table(
        book.add_worksheet(),
        &names.long,
        &long::table(survey, w),
        &f,
    )?;
    let codes = codebook::table(survey.questionnaire, w);
    table(book.add_worksheet(), &names.codebook, &codes, &f)?;
    book.save_to_buffer()
}
