//! The results as SVG charts, drawn on the server with plotters. Each chart
//! reads the published [`Results`] only (never raw counts), so it shows
//! exactly what the page, the JSON and the spreadsheet show, bands and
//! hidden cells included. Every SVG has `role="img"`, a `<title>` and a
//! `<desc>` (the chart's plain-language sentence). No views here: the pages
//! put these strings where they belong.

mod barriers;
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

/// A short text for a cell inside a chart: "62 %", "≈ all", "≈ none", "–";
/// the legend and the description say what the bands mean.
fn cell_text(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Exact { share, .. } => sentences::percent(*share, language),
        Cell::AlmostAll => t(language, "results-almost-all-short"),
        Cell::AlmostNone => t(language, "results-almost-none-short"),
        Cell::Hidden => t(language, "results-hidden"),
    }
}

#[cfg(test)]
mod tests;
