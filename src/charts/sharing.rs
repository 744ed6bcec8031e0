//! Who already shares their work online: one stacked bar per group, the
//! options in order (never → often) in colours that lighten in order.

use super::frame::{self, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::groups::{Asked, Drawing, chart, finish};
use super::palette::ordered;
use super::sketch::{Anchor, Sketch, text_width};
use super::{ChartError, cell_text};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::results::{Cell, Distribution, Results, Share, sentences};

pub fn sharing(results: &Results, language: Language) -> Result<String, ChartError> {
    chart(results, language, Asked::SharesWork, |sketch, d| {
        draw(sketch, d, language)
    })
}

fn draw(mut sketch: Sketch, d: Drawing, language: Language) -> Result<String, ChartError> {
    let left = d.left;
    let plot = WIDTH - left - MARGIN;
    let colors = ordered(d.question.options.len());
    let row = 30.0;
    let mut y = TOP;
    for r in &d.rows {
        frame::row_label(&mut sketch, &r.label, left, y + row / 2.0, r.everyone);
        stacked(
            &mut sketch,
            r.dist,
            r.share,
            &colors,
            (left, y + 4.0, plot, row - 8.0),
            language,
        );
        y += row;
    }
    finish(sketch, y, &d, &colors, language)
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
