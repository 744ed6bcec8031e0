//! Willingness 1–5 as diverging stacked bars: 1–2 to the left of a centre
//! line, 4–5 to the right, 3 split across it (the usual Likert picture).

use super::frame::{self, MARGIN, SMALL_SIZE, TOP};
use super::groups::{Asked, Drawing, chart, finish};
use super::palette::{LIKERT, MUTED};
use super::sketch::{Anchor, Sketch, text_width};
use super::{ChartError, cell_text};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::results::{Cell, Distribution, Results, sentences};

pub fn willingness(results: &Results, language: Language) -> Result<String, ChartError> {
    chart(results, language, Asked::Willingness, |sketch, d| {
        draw(sketch, d, language)
    })
}

fn draw(mut sketch: Sketch, d: Drawing, language: Language) -> Result<String, ChartError> {
    let left = d.left;
    let half = (sketch.width - left - MARGIN) / 2.0;
    let centre = left + half;
    let row = 30.0;
    let mut y = TOP + 16.0;
    sketch.text(
        centre - 4.0,
        TOP + 6.0,
        "← 1–2",
        SMALL_SIZE,
        Anchor::End,
        MUTED,
    );
    sketch.text(
        centre + 4.0,
        TOP + 6.0,
        "4–5 →",
        SMALL_SIZE,
        Anchor::Start,
        MUTED,
    );
    // The centre line runs through the diverging bars but stops at a band,
    // which spans the whole plot so that its words fit and stay legible.
    let mut axis = Vec::new();
    let mut from = TOP + 14.0;
    for r in &d.rows {
        let (dist, share) = (r.dist, r.share);
        frame::row_label(&mut sketch, &r.label, left, y + row / 2.0, r.everyone);
        let bar = (y + 4.0, row - 8.0);
        if dist.cells.len() == 5 && dist.cells.iter().all(Cell::is_exact) {
            diverging(&mut sketch, dist, centre, half, bar, language);
        } else {
            let value = share.map_or_else(
                || t(language, "results-hidden"),
                |s| cell_text(&s.cell, language),
            );
            let text = t_args(
                language,
                "results-willingness-band",
                &[("value", value.into())],
            );
            axis.push((from, y));
            frame::banded_bar(&mut sketch, centre - half, bar.0, 2.0 * half, bar.1, &text);
            from = y + row;
        }
        y += row;
    }
    axis.push((from, y));
    for (from, to) in axis {
        if to > from {
            sketch.rect(centre - 0.5, from, 1.0, to - from, MUTED);
        }
    }
    finish(sketch, y, &d, &LIKERT, language)
}

fn diverging(
    sketch: &mut super::sketch::Sketch,
    dist: &Distribution,
    centre: f64,
    half: f64,
    (y, h): (f64, f64),
    language: Language,
) {
    let share = |i: usize| match dist.cells[i] {
        Cell::Exact { share, .. } => share,
        _ => 0.0,
    };
    // Segments from the centre outwards: 3's left half, 2, 1 to the left;
    // 3's right half, 4, 5 to the right.
    let mut left = centre - half * share(2) / 2.0;
    let mut right = centre + half * share(2) / 2.0;
    sketch.rect(left, y, right - left, h, LIKERT[2]);
    for i in [1, 0] {
        let w = half * share(i);
        left -= w;
        segment(sketch, left, y, w, h, i, share(i), language);
    }
    for i in [3, 4] {
        let w = half * share(i);
        segment(sketch, right, y, w, h, i, share(i), language);
        right += w;
    }
}

#[allow(clippy::too_many_arguments)]
fn segment(
    sketch: &mut super::sketch::Sketch,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    i: usize,
    share: f64,
    language: Language,
) {
    sketch.rect(x, y, w, h, LIKERT[i]);
    let text = sentences::percent(share, language);
    if text_width(&text, SMALL_SIZE) + 6.0 <= w {
        sketch.text(
            x + w / 2.0,
            y + h / 2.0,
            text,
            SMALL_SIZE,
            Anchor::Middle,
            LIKERT[i].text_on(),
        );
    }
}
