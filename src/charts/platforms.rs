//! The platform-use heatmap: the share using each platform weekly or more,
//! platforms down, published groups across.

use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{HIDDEN, HIDDEN_EDGE, INK, viridis};
use super::sketch::{Anchor, fit, text_width};
use super::{ChartError, cell_text, group_labels};
use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Cell, Results, Share, sentences};

pub fn platforms(results: &Results, language: Language) -> Result<String, ChartError> {
    let title = t(language, "results-chart-platforms");
    let desc = sentences::platform_use(results, language);
    let Some(r) = &results.readiness else {
        let mut sketch = frame::start(&title);
        let y = frame::note(&mut sketch, TOP, &desc);
        sketch.height = y + MARGIN;
        return sketch.render(&title, &desc);
    };
    let mut columns = group_labels(results, language);
    let with_total = r.weekly.iter().any(|s| s.total.is_some()) && results.groups.len() > 1;
    if with_total {
        columns.push(t(language, "results-everyone"));
    }
    let labels: Vec<String> = r
        .platforms
        .iter()
        .map(|p| p.text.get(language).to_owned())
        .collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 220.0);
    // A word cannot be wrapped: columns are at least as wide as the widest.
    let widest_word = columns
        .iter()
        .flat_map(|c| c.split_whitespace())
        .map(|w| text_width(w, SMALL_SIZE))
        .fold(56.0, f64::max);
    let cell_w = ((WIDTH - left - MARGIN) / columns.len().max(1) as f64).max(widest_word + 8.0);
    let width = (left + cell_w * columns.len() as f64 + MARGIN).max(WIDTH);
    let mut sketch = frame::start(&title);
    sketch.width = width;
    // Column headers: up to three lines each, so long names still fit.
    let header_lines: Vec<Vec<String>> = columns
        .iter()
        .map(|c| frame::wrap(c, SMALL_SIZE, cell_w - 6.0, 3))
        .collect();
    let header_h =
        header_lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * (SMALL_SIZE + 3.0) + 6.0;
    for (i, lines) in header_lines.iter().enumerate() {
        let x = left + cell_w * (i as f64 + 0.5);
        for (j, line) in lines.iter().enumerate() {
            let y = TOP + (SMALL_SIZE + 3.0) * (j as f64 + 0.5);
            sketch.text(x, y, line.clone(), SMALL_SIZE, Anchor::Middle, INK);
        }
    }
    let row = 30.0;
    let mut y = TOP + header_h;
    for (p, label) in labels.iter().enumerate() {
        frame::row_label(&mut sketch, label, left, y + row / 2.0, false);
        let shares = &r.weekly[p];
        let mut cells: Vec<Option<Share>> = shares.groups.iter().copied().map(Some).collect();
        if with_total {
            cells.push(shares.total);
        }
        for (i, share) in cells.iter().enumerate() {
            let x = left + cell_w * i as f64;
            let cell = share.map_or(Cell::Hidden, |s| s.cell);
            let value = share
                .and_then(|s| super::cell_span(&s.cell, s.answered.value()))
                .map(|(low, high)| (low + high) / 2.0);
            let text = fit(&cell_text(&cell, language), SMALL_SIZE, cell_w - 6.0);
            match value {
                Some(v) => {
                    let fill = viridis(v);
                    sketch.outlined(x + 1.0, y + 1.0, cell_w - 2.0, row - 2.0, fill, fill);
                    sketch.text(
                        x + cell_w / 2.0,
                        y + row / 2.0,
                        text,
                        SMALL_SIZE,
                        Anchor::Middle,
                        fill.text_on(),
                    );
                }
                None => {
                    sketch.outlined(
                        x + 1.0,
                        y + 1.0,
                        cell_w - 2.0,
                        row - 2.0,
                        HIDDEN,
                        HIDDEN_EDGE,
                    );
                    sketch.text(
                        x + cell_w / 2.0,
                        y + row / 2.0,
                        text,
                        SMALL_SIZE,
                        Anchor::Middle,
                        INK,
                    );
                }
            }
        }
        y += row;
    }
    let items = [
        (viridis(0.0), sentences::percent(0.0, language)),
        (viridis(0.5), sentences::percent(0.5, language)),
        (viridis(1.0), sentences::percent(1.0, language)),
        (HIDDEN, t(language, "results-legend-hidden")),
    ];
    let y = frame::legend(&mut sketch, y, &items);
    sketch.height = y + MARGIN;
    sketch.render(&title, &desc)
}
