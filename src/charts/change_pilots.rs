//! The pilot departments against the rest, per measure: the change in the
//! pilots (blue) and in the rest (vermillion) as bars from zero, and the
//! difference between them as a dot with its 95 % interval of chance as an
//! error bar; where the bar crosses the zero line, the difference is within
//! what chance alone gives.

use super::ChartError;
use super::change::GRID;
use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, HIDDEN, INK, MUTED, Rgb, VERMILLION};
use super::sketch::{Anchor, Sketch};
use crate::export::compare::words::signed_range;
use crate::export::compare::words::{self as w, scaled};
use crate::export::compare::{pilots_intro, pilots_sentence};
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::{Comparison, DiffInDiff, Measure};
use crate::report::results::Range;

const ROW: f64 = 24.0;
const RIGHT: f64 = 110.0;

/// The largest number the chart must show, in points, rounded up to ten.
fn extent(c: &Comparison, shown: &[(usize, &DiffInDiff)]) -> f64 {
    let mut most: f64 = 10.0;
    for (m, d) in shown {
        let measure = &c.measures[*m].measure;
        for r in [d.pilots.change, d.rest.change, d.difference, d.interval]
            .into_iter()
            .flatten()
        {
            most = most
                .max(scaled(measure, r.low).abs())
                .max(scaled(measure, r.high).abs());
        }
    }
    (most / 10.0).ceil() * 10.0
}

/// A change as a bar from zero: solid to the end nearer zero, outlined on
/// to the far end where the change is a range (all outlined where the
/// range takes in zero).
fn bar(s: &mut Sketch, x: &impl Fn(f64) -> f64, r: Range, mid: f64, color: Rgb) {
    let zero = x(0.0);
    let (a, b) = (x(r.low), x(r.high));
    let solid = if r.low >= 0.0 {
        Some((zero, a))
    } else if r.high <= 0.0 {
        Some((b, zero))
    } else {
        None
    };
    if let Some((p, q)) = solid {
        s.rect(p, mid - 7.0, (q - p).max(2.0), 14.0, color);
    }
    if !r.is_exact() {
        s.outlined(a, mid - 7.0, (b - a).max(2.0), 14.0, HIDDEN, color);
    }
}

pub fn pilots_vs_rest(c: &Comparison, language: Language) -> Result<String, ChartError> {
    let l = language;
    let title = t(l, "comparison-pilots-chart-title");
    let mut desc = pilots_intro(c, l);
    let shown: Vec<(usize, &DiffInDiff)> = c
        .pilots_vs_rest
        .iter()
        .flat_map(|p| p.measures.iter().enumerate())
        .filter_map(|(m, d)| d.as_ref().map(|d| (m, d)))
        .filter(|(m, _)| *m < c.measures.len())
        .collect();
    for (m, d) in &shown {
        desc.push(' ');
        desc.push_str(&pilots_sentence(c, *m, d, l));
    }
    let mut s = frame::start(&title);
    if shown.is_empty() {
        let y = frame::note(&mut s, TOP, &desc);
        s.height = y + MARGIN;
        return s.render(&title, &desc);
    }
    let sides = [
        t(l, "comparison-pilots"),
        t(l, "comparison-rest"),
        t(l, "comparison-difference"),
    ];
    let left = frame::label_column(&sides, LABEL_SIZE, 240.0);
    let plot = WIDTH - left - MARGIN - RIGHT;
    let most = extent(c, &shown);
    let x = |points: f64| left + 8.0 + (plot - 16.0) * (points + most) / (2.0 * most);
    let top = TOP + 16.0;
    let height = shown.len() as f64 * (4.0 * ROW + 8.0);
    for tick in [-most, -most / 2.0, 0.0, most / 2.0, most] {
        let at = x(tick);
        let color = if tick == 0.0 { INK } else { GRID };
        s.line((at, top), (at, top + height), color, 1);
        s.text(
            at,
            top - 8.0,
            w::signed(tick),
            SMALL_SIZE,
            Anchor::Middle,
            MUTED,
        );
    }
    let mut y = top;
    for (m, d) in &shown {
        let info = &c.measures[*m];
        let measure = &info.measure;
        let px = |v: f64| x(scaled(measure, v));
        s.bold(
            MARGIN,
            y + ROW / 2.0,
            w::measure_name(info, l),
            LABEL_SIZE,
            Anchor::Start,
            INK,
        );
        y += ROW;
        for (side, change, color) in [(0, d.pilots.change, BLUE), (1, d.rest.change, VERMILLION)] {
            let mid = y + ROW / 2.0;
            frame::row_label(&mut s, &sides[side], left, mid, false);
            number(&mut s, measure, change, mid, l);
            if let Some(r) = change {
                bar(&mut s, &px, r, mid, color);
            }
            y += ROW;
        }
        let mid = y + ROW / 2.0;
        frame::row_label(&mut s, &sides[2], left, mid, true);
        number(&mut s, measure, d.difference, mid, l);
        if let Some(i) = d.interval {
            let (a, b) = (px(i.low), px(i.high));
            s.line((a, mid), (b, mid), INK, 2);
            s.line((a, mid - 6.0), (a, mid + 6.0), INK, 2);
            s.line((b, mid - 6.0), (b, mid + 6.0), INK, 2);
        }
        if let Some(r) = d.difference {
            if r.is_exact() {
                s.dot(px(r.low), mid, 5.0, INK, None);
            } else {
                let (a, b) = (px(r.low), px(r.high).max(px(r.low) + 4.0));
                s.rect(a, mid - 5.0, b - a, 10.0, INK);
            }
        }
        y += ROW + 8.0;
    }
    let items = [
        (BLUE, t(l, "comparison-pilots")),
        (VERMILLION, t(l, "comparison-rest")),
        (INK, t(l, "comparison-pilots-chart-interval")),
    ];
    let y = frame::legend(&mut s, y, &items);
    let y = frame::note(&mut s, y - 8.0, &t(l, "comparison-how-chance"));
    s.height = y + MARGIN;
    s.render(&title, &desc)
}

fn number(s: &mut Sketch, m: &Measure, r: Option<Range>, mid: f64, l: Language) {
    let text = r.map_or_else(|| "–".to_owned(), |r| signed_range(m, r, l));
    s.text(
        WIDTH - MARGIN - RIGHT + 8.0,
        mid,
        text,
        SMALL_SIZE,
        Anchor::Start,
        INK,
    );
}
