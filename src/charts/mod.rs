//! The results as SVG charts, drawn on the server with plotters. Each chart
//! reads the published [`Results`] only (never raw counts), so it shows
//! exactly what the page, the JSON and the spreadsheet show, bands and
//! hidden cells included. Every SVG has `role="img"`, a `<title>` and a
//! `<desc>` (the chart's plain-language sentence; the results page, which
//! prints it above, drops it: [`without_description`]). No views here: the pages
//! put these strings where they belong.

mod barriers;
mod change;
mod change_pilots;
mod frame;
mod groups;
mod palette;
mod participation;
mod platforms;
mod reach;
mod readiness;
mod sharing;
mod sketch;
mod willingness;

pub use barriers::{barriers, motivations};
pub use change::change;
pub use change_pilots::pilots_vs_rest;
pub use participation::participation;
pub use platforms::platforms;
pub use reach::reach;
pub use readiness::readiness;
pub use sharing::sharing;
pub use willingness::willingness;

use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Cell, Results, sentences};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChartError {
    #[error("drawing the chart failed: {0}")]
    Draw(String),
    #[error("the SVG backend wrote no <svg> element")]
    Svg,
}

/// The labels of the published groups, and "Everyone" for the total.
fn group_labels(results: &Results, language: Language) -> Vec<String> {
    results
        .groups
        .iter()
        .map(|g| sentences::group_name(&g.name, language))
        .collect()
}

/// The chart as the results page shows it: without its `<desc>`, since the
/// page prints the same sentence in a paragraph just above the picture and a
/// screen reader would otherwise read it twice. The downloaded SVG, which
/// stands alone, keeps it.
pub fn without_description(svg: &str) -> String {
    match (svg.find("<desc>"), svg.find("</desc>")) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", &svg[..open], &svg[close + "</desc>".len()..])
        }
        _ => svg.to_owned(),
    }
}

/// A short text for a cell inside a chart: "62 %", "≈ all", "≈ none", "–";
/// the legend and the description say what the bands mean.
fn cell_text(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Exact { share, .. } => sentences::percent(*share, language),
        Cell::Rounded { percent, .. } => crate::i18n::t_args(
            language,
            "results-about-percent-short",
            &[("value", (*percent).into())],
        ),
        Cell::AlmostAll => t(language, "results-almost-all-short"),
        Cell::AlmostNone => t(language, "results-almost-none-short"),
        Cell::Hidden => t(language, "results-hidden"),
    }
}

/// Where a cell's bar or colour goes, 0–1, and whether it is a range: an
/// exact or rounded share is one value; a band spans the shares it allows,
/// drawn as a range, never as one number.
fn cell_span(cell: &Cell, answered: Option<u64>) -> Option<(f64, f64)> {
    cell.share_range(answered)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_change;
