//! Who already shares their work online: one stacked bar per group, the
//! options in order (never → often) in colours that lighten in order.

use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::ordered;
use super::sketch::{Anchor, text_width};
use super::{ChartError, cell_text, group_labels};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::results::{Cell, Distribution, Results, Share, sentences};

pub fn sharing(results: &Results, language: Language) -> Result<String, ChartError> {
    let title = t(language, "results-chart-sharing");
    let desc = sentences::already_sharing(results, language);
    let mut sketch = frame::start(&title);
    let Some(r) = &results.readiness else {
        let y = frame::note(&mut sketch, TOP, &t(language, "results-no-readiness"));
        sketch.height = y + MARGIN;
        return sketch.render(&title, &desc);
    };
    let Some(question) = results
        .questions
        .iter()
        .find(|q| q.id == r.roles.shares_work)
    else {
        return sketch.render(&title, &desc);
    };
    let table = &question.tables[0];
    let mut rows: Vec<(String, &Distribution, Option<Share>, bool)> =
        group_labels(results, language)
            .into_iter()
            .zip(&table.groups)
            .zip(&r.already_sharing.groups)
            .map(|((l, d), s)| (l, d, Some(*s), false))
            .collect();
    if let (Some(total), true) = (&table.total, results.groups.len() > 1) {
        rows.push((
            t(language, "results-everyone"),
            total,
            r.already_sharing.total,
            true,
        ));
    }
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 240.0);
    let plot = WIDTH - left - MARGIN;
    let colors = ordered(question.options.len());
    let row = 30.0;
    let mut y = TOP;
    for (label, dist, share, bold) in &rows {
        frame::row_label(&mut sketch, label, left, y + row / 2.0, *bold);
        stacked(
            &mut sketch,
            dist,
            *share,
            &colors,
            (left, y + 4.0, plot, row - 8.0),
            language,
        );
        y += row;
    }
    let items: Vec<_> = question
        .options
        .iter()
        .zip(&colors)
        .map(|(o, c)| (*c, o.text.get(language).to_owned()))
        .collect();
    let y = frame::legend(&mut sketch, y, &items);
    sketch.height = y + MARGIN;
    sketch.render(&title, &desc)
}

/// One stacked bar; a row with any banded or hidden cell is drawn gray with
/// its published yes/no share in words instead.
fn stacked(
    sketch: &mut super::sketch::Sketch,
    dist: &Distribution,
    share: Option<Share>,
    colors: &[super::palette::Rgb],
    (x, y, w, h): (f64, f64, f64, f64),
    language: Language,
) {
    if !dist.cells.iter().all(Cell::is_exact) {
        let value = share.map_or_else(
            || t(language, "results-hidden"),
            |s| cell_text(&s.cell, language),
        );
        let text = t_args(language, "results-sharing-band", &[("value", value.into())]);
        frame::banded_bar(sketch, x, y, w, h, &text);
        return;
    }
    let mut at = x;
    for (cell, color) in dist.cells.iter().zip(colors) {
        let Cell::Exact { share, .. } = cell else {
            continue;
        };
        let width = w * share;
        sketch.rect(at, y, width, h, *color);
        let text = sentences::percent(*share, language);
        if text_width(&text, SMALL_SIZE) + 6.0 <= width {
            sketch.text(
                at + width / 2.0,
                y + h / 2.0,
                text,
                SMALL_SIZE,
                Anchor::Middle,
                color.text_on(),
            );
        }
        at += width;
    }
}
