//! Participation by department: answered against invited, with the rate.

use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, HIDDEN_EDGE, INK, TRACK};
use super::sketch::{Anchor, text_width};
use super::{ChartError, group_labels};
use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Participation, Results, sentences};

pub fn participation(results: &Results, language: Language) -> Result<String, ChartError> {
    let title = t(language, "results-chart-participation");
    let mut rows: Vec<(String, Participation, bool)> = group_labels(results, language)
        .into_iter()
        .zip(results.groups.iter().map(|g| g.participation))
        .map(|(label, p)| (label, p, false))
        .collect();
    if let (Some(total), true) = (results.total, results.groups.len() > 1) {
        rows.push((t(language, "results-everyone"), total, true));
    }
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 240.0);
    let value_text = |p: &Participation| {
        let rate = p
            .response_rate
            .map(|r| sentences::percent(r, language))
            .unwrap_or_default();
        format!(
            "{} / {}  {rate}",
            sentences::count(p.answered, language),
            sentences::count(p.invited, language)
        )
    };
    let right_width = rows
        .iter()
        .map(|r| text_width(&value_text(&r.1), SMALL_SIZE))
        .fold(60.0, f64::max)
        + MARGIN;
    let plot = WIDTH - left - right_width - MARGIN;
    let most = rows
        .iter()
        .map(|r| r.1.invited.max(r.1.answered))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut sketch = frame::start(&title);
    let row = 28.0;
    let mut y = TOP;
    for (label, p, is_total) in &rows {
        let mid = y + row / 2.0;
        frame::row_label(&mut sketch, label, left, mid, *is_total);
        let width = |n: u64| plot * n as f64 / most;
        sketch.outlined(
            left,
            y + 5.0,
            width(p.invited),
            row - 10.0,
            TRACK,
            HIDDEN_EDGE,
        );
        sketch.rect(left, y + 5.0, width(p.answered), row - 10.0, BLUE);
        let x = left + width(p.invited.max(p.answered)) + 6.0;
        sketch.text(x, mid, value_text(p), SMALL_SIZE, Anchor::Start, INK);
        y += row;
    }
    let items = [
        (BLUE, t(language, "results-legend-answered")),
        (TRACK, t(language, "results-legend-not-answered")),
    ];
    let y = frame::legend(&mut sketch, y, &items);
    sketch.height = y + MARGIN;
    sketch.render(&title, &sentences::participation(results, language))
}
