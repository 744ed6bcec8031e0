//! A follow-up survey compared with its baseline (issue 22), shown: the
//! words, sentences and tables that the comparison page, its charts,
//! `comparison.json`, the workbook's "Change" sheet and the CSV share.
//!
//! Pure: from a [`Comparison`] (already computed from the two audited
//! publications alone, rule P9) and [`ComparisonView`] (what names the two
//! surveys) to text and bytes. It sits here, beside the results' exports,
//! so that the charts and the web both read it and it reads neither.

mod csv;
#[cfg(test)]
pub(crate) mod fixture;
mod sentences;
mod sheet;
pub mod words;
mod xlsx;
mod xlsx_cells;

pub use csv::comparison_csv;
pub use sentences::{
    how_to_read, measure_sentence, not_compared_line, pilots_intro, pilots_sentence, unmatched_line,
};
pub use sheet::long_table;
pub use xlsx::comparison_xlsx;

use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::compare::{Comparison, Unit, UnitKind};
use crate::survey::SurveyId;

/// What names the two surveys of a comparison, besides the comparison
/// itself: the service fills it in from the two surveys' details.
#[derive(Debug, Clone, Copy)]
pub struct ComparisonView<'a> {
    pub baseline_title: &'a str,
    pub follow_up_title: &'a str,
    pub baseline_id: &'a SurveyId,
    pub follow_up_id: &'a SurveyId,
    /// The goal HR reads the follow-up for (`settings.goal` in
    /// `comparison.json`, as in `results.json`).
    pub goal: Goal,
}

/// The units as every view lists them: the compared departments (and the
/// pool) in the comparison's order, then everyone, once.
pub fn rows(c: &Comparison) -> Vec<&Unit> {
    c.units
        .iter()
        .filter(|u| u.kind != UnitKind::Everyone)
        .chain(std::iter::once(&c.everyone))
        .collect()
}

/// The comparison's title: "Survey 2027 compared with Survey 2026".
pub fn comparison_title(view: &ComparisonView<'_>, language: Language) -> String {
    crate::i18n::t_args(
        language,
        "comparison-title",
        &[
            ("follow_up", view.follow_up_title.to_owned().into()),
            ("baseline", view.baseline_title.to_owned().into()),
        ],
    )
}

/// The file's name in HR's language: "Opfølgning – sammenligning.xlsx".
pub fn file_name(view: &ComparisonView<'_>, extension: &str, language: Language) -> String {
    let what = crate::i18n::t(language, "comparison-file");
    crate::export::named(view.follow_up_title, &what, extension)
}

/// The same name in ASCII, for programs that cannot read the other.
pub fn ascii_file_name(view: &ComparisonView<'_>, extension: &str, language: Language) -> String {
    format!(
        "stemme-{}-comparison-{}.{extension}",
        view.follow_up_id.as_str(),
        language.code()
    )
}

#[cfg(test)]
mod tests;
