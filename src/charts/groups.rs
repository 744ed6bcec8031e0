//! The rows of a chart of one readiness question per group (who already
//! shares their work, willingness): one row per published group, and
//! "Everyone" when there are several.

use super::ChartError;
use super::frame::{self, LABEL_SIZE, MARGIN, TOP};
use super::group_labels;
use super::palette::Rgb;
use super::sketch::Sketch;
use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Distribution, QuestionResults, Results, Share, Shares, sentences};

/// One bar: its label, the group's answers, the published share that stands
/// in for the bar where a band or a hidden cell keeps it from being drawn,
/// and whether it is everyone's row (its label in bold).
pub struct GroupRow<'a> {
    pub label: String,
    pub dist: &'a Distribution,
    pub share: Option<Share>,
    pub everyone: bool,
}

/// The readiness questions drawn a bar per group.
#[derive(Clone, Copy)]
pub enum Asked {
    /// Who already shares their work online.
    SharesWork,
    /// Willingness to share the company's stories, 1–5.
    Willingness,
}

/// A chart ready to draw on its frame: title and description, the question,
/// its rows, and where the bars start right of the rows' labels.
pub struct Drawing<'a> {
    pub title: String,
    pub desc: String,
    pub question: &'a QuestionResults,
    pub rows: Vec<GroupRow<'a>>,
    pub left: f64,
}

/// Draws the question's rows, each with its published share, with `draw`;
/// or, where the survey has no readiness part or no such question, the
/// chart that says so.
pub fn chart(
    results: &Results,
    language: Language,
    asked: Asked,
    draw: impl FnOnce(Sketch, Drawing) -> Result<String, ChartError>,
) -> Result<String, ChartError> {
    match start(results, language, asked) {
        Ok((sketch, drawing)) => draw(sketch, drawing),
        Err(chart) => chart,
    }
}

/// Ends the chart below the bars at `y`: a legend of the question's options
/// in their `colors`.
pub fn finish(
    mut sketch: Sketch,
    y: f64,
    d: &Drawing,
    colors: &[Rgb],
    language: Language,
) -> Result<String, ChartError> {
    let items: Vec<_> = d
        .question
        .options
        .iter()
        .zip(colors)
        .map(|(o, c)| (*c, o.text.get(language).to_owned()))
        .collect();
    let y = frame::legend(&mut sketch, y, &items);
    sketch.height = y + MARGIN;
    sketch.render(&d.title, &d.desc)
}

fn start(
    results: &Results,
    language: Language,
    asked: Asked,
) -> Result<(Sketch, Drawing<'_>), Result<String, ChartError>> {
    let (title, desc) = match asked {
        Asked::SharesWork => (
            t(language, "results-chart-sharing"),
            sentences::already_sharing(results, language),
        ),
        Asked::Willingness => (
            t(language, "results-chart-willingness"),
            sentences::willingness(results, language),
        ),
    };
    let width = match asked {
        Asked::SharesWork => frame::WIDTH,
        Asked::Willingness => frame::NARROW,
    };
    let mut sketch = frame::start_at(&title, width);
    let Some(r) = &results.readiness else {
        let y = frame::note(&mut sketch, TOP, &t(language, "results-no-readiness"));
        sketch.height = y + MARGIN;
        return Err(sketch.render(&title, &desc));
    };
    let (id, shares): (&str, &Shares) = match asked {
        Asked::SharesWork => (&r.roles.shares_work, &r.already_sharing),
        Asked::Willingness => (&r.roles.willingness, &r.volunteers),
    };
    let Some(question) = results.questions.iter().find(|q| q.id == id) else {
        return Err(sketch.render(&title, &desc));
    };
    let table = &question.tables[0];
    let mut rows: Vec<GroupRow> = group_labels(results, language)
        .into_iter()
        .zip(&table.groups)
        .zip(&shares.groups)
        .map(|((label, dist), share)| GroupRow {
            label,
            dist,
            share: Some(*share),
            everyone: false,
        })
        .collect();
    if let (Some(total), true) = (&table.total, results.groups.len() > 1) {
        rows.push(GroupRow {
            label: t(language, "results-everyone"),
            dist: total,
            share: shares.total,
            everyone: true,
        });
    }
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let drawing = Drawing {
        title,
        desc,
        question,
        rows,
        left: frame::label_column(&labels, LABEL_SIZE, (width / 3.0).min(240.0)),
    };
    Ok((sketch, drawing))
}
