//! Barriers and motivations: one bar per option for everyone, and where
//! rule P8 allows it, for the volunteers and for everyone else beside it.

use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, HIDDEN, HIDDEN_EDGE, INK, ORANGE, Rgb, SKY_BLUE};
use super::sketch::{Anchor, Sketch};
use super::{ChartError, cell_text};
use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Cell, Distribution, Results, Split, sentences};

pub fn barriers(results: &Results, language: Language) -> Result<String, ChartError> {
    let r = results.readiness.as_ref();
    let question = r.map(|r| r.roles.barriers.as_str());
    let split = r.and_then(|r| r.barriers_split.as_ref());
    options_chart(results, question, split, "results-chart-barriers", language)
}

pub fn motivations(results: &Results, language: Language) -> Result<String, ChartError> {
    let r = results.readiness.as_ref();
    let question = r.map(|r| r.roles.motivations.as_str());
    let split = r.and_then(|r| r.motivations_split.as_ref());
    options_chart(
        results,
        question,
        split,
        "results-chart-motivations",
        language,
    )
}

fn options_chart(
    results: &Results,
    question: Option<&str>,
    split: Option<&Split>,
    title_key: &str,
    language: Language,
) -> Result<String, ChartError> {
    let title = t(language, title_key);
    let mut sketch = frame::start(&title);
    let found = question.and_then(|id| results.questions.iter().find(|q| q.id == id));
    let (Some(question), Some(id)) = (found, question) else {
        let text = t(language, "results-no-readiness");
        let y = frame::note(&mut sketch, TOP, &text);
        sketch.height = y + MARGIN;
        return sketch.render(&title, &text);
    };
    let desc = sentences::barriers_or_motivations(results, id, split, language);
    let everyone = question.tables.first().and_then(|t| t.total.as_ref());
    let mut series: Vec<(Rgb, String, Option<&Distribution>)> =
        vec![(BLUE, t(language, "results-everyone"), everyone)];
    if let Some(split) = split {
        series.push((
            SKY_BLUE,
            t(language, "results-volunteers"),
            Some(&split.volunteers),
        ));
        series.push((ORANGE, t(language, "results-rest"), Some(&split.rest)));
    }
    let labels: Vec<String> = question
        .options
        .iter()
        .map(|o| o.text.get(language).to_owned())
        .collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 300.0);
    let value_space = 90.0;
    let plot = WIDTH - left - MARGIN - value_space;
    let bar = 14.0;
    let row = (bar + 3.0) * series.len() as f64 + 12.0;
    let mut y = TOP;
    for (o, label) in labels.iter().enumerate() {
        frame::row_label(&mut sketch, label, left, y + row / 2.0, false);
        for (s, (color, _, dist)) in series.iter().enumerate() {
            let by = y + 6.0 + s as f64 * (bar + 3.0);
            let cell = dist
                .and_then(|d| d.cells.get(o).copied())
                .unwrap_or(Cell::Hidden);
            draw_bar(
                &mut sketch,
                (left, by, plot, bar),
                &cell,
                dist.and_then(|d| d.answered.value()),
                *color,
                language,
            );
        }
        y += row;
    }
    let mut items: Vec<_> = series.iter().map(|(c, l, _)| (*c, l.clone())).collect();
    items.push((HIDDEN, t(language, "results-legend-hidden")));
    let mut y = frame::legend(&mut sketch, y, &items);
    if split.is_none() {
        y = frame::note(
            &mut sketch,
            y - 8.0,
            &t(language, "results-split-not-shown"),
        );
    }
    sketch.height = y + MARGIN;
    sketch.render(&title, &desc)
}

/// An exact share as a bar; a band as an outlined bar to its stand-in
/// length; a hidden cell as a short gray stub. The text says which.
fn draw_bar(
    sketch: &mut Sketch,
    (x, y, w, h): (f64, f64, f64, f64),
    cell: &Cell,
    answered: Option<u64>,
    color: Rgb,
    language: Language,
) {
    let text = cell_text(cell, language);
    let length = match cell {
        Cell::Exact { share, .. } => {
            sketch.rect(x, y, w * share, h, color);
            w * share
        }
        Cell::Rounded { .. } => {
            let (low, high) = super::cell_span(cell, answered).unwrap_or((0.0, 0.0));
            let v = (low + high) / 2.0;
            sketch.rect(x, y, w * v, h, color);
            w * v
        }
        Cell::AlmostAll | Cell::AlmostNone => {
            // A band: solid to the least it allows, outlined to the most.
            let (low, high) = super::cell_span(cell, answered).unwrap_or((0.0, 0.0));
            sketch.rect(x, y, w * low, h, color);
            sketch.outlined(x + w * low, y, w * (high - low), h, HIDDEN, color);
            w * high
        }
        Cell::Hidden => {
            sketch.outlined(x, y, 10.0, h, HIDDEN, HIDDEN_EDGE);
            10.0
        }
    };
    sketch.text(
        x + length + 5.0,
        y + h / 2.0,
        text,
        SMALL_SIZE,
        Anchor::Start,
        INK,
    );
}
