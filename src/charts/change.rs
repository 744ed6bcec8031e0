//! A comparison's chart for one measure, a dumbbell per group: before as a
//! ring, after as a filled dot, joined by an arrow; an end that is rounded
//! or banded is drawn as the short bar of the values it allows, never as
//! one dot; a missing end is left out (the table says why). Pilot groups
//! are starred, everyone is last and in bold.

use super::ChartError;
use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, INK, MUTED, Rgb, WHITE};
use super::sketch::{Anchor, Sketch};
use crate::export::compare::words::{self as w, is_index, scaled};
use crate::export::compare::{measure_sentence, rows};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::compare::{Comparison, UnitKind, Verdict};
use crate::report::results::Range;

/// Gridlines: light enough to stay behind the marks.
pub(super) const GRID: Rgb = Rgb(0xDD, 0xDD, 0xDD);
const ROW: f64 = 30.0;
/// Room right of the plot for the change in points.
const RIGHT: f64 = 110.0;
const BEFORE: Rgb = MUTED;
const AFTER: Rgb = BLUE;

/// One end: a dot where exact, a short bar across its range where not;
/// `hollow` for before (a ring), so the two ends differ in shape as well
/// as in colour.
fn end(s: &mut Sketch, x: impl Fn(f64) -> f64, r: Range, mid: f64, color: Rgb, hollow: bool) {
    let fill = if hollow { WHITE } else { color };
    if r.is_exact() {
        s.dot(x(r.low), mid, 6.0, fill, Some(color));
    } else {
        let (a, b) = (x(r.low), x(r.high).max(x(r.low) + 4.0));
        s.outlined(a, mid - 5.0, b - a, 10.0, fill, color);
    }
}

fn centre(r: Range) -> f64 {
    (r.low + r.high) / 2.0
}

/// The chart of measure `m`: its title, a row per group, the legend and
/// the sentence that reads it.
pub fn change(c: &Comparison, m: usize, language: Language) -> Result<String, ChartError> {
    let l = language;
    let Some(info) = c.measures.get(m) else {
        return Err(ChartError::Draw(format!("no measure {m}")));
    };
    let measure = &info.measure;
    let name = w::measure_name(info, l);
    let title = t_args(l, "comparison-chart-title", &[("measure", name.into())]);
    let desc = measure_sentence(c, m, l);
    let mut s = frame::start(&title);
    let units = rows(c);
    let labels: Vec<String> = units.iter().map(|u| w::unit_label(u, l)).collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 240.0);
    let plot = WIDTH - left - MARGIN - RIGHT;
    let x = |v: f64| left + 8.0 + (plot - 16.0) * scaled(measure, v).clamp(0.0, 100.0) / 100.0;
    // The scale, 0 to 100 (% or index points), above the first row.
    let top = TOP + 16.0;
    let bottom = top + ROW * units.len() as f64;
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let at = x(if is_index(measure) {
            tick
        } else {
            tick / 100.0
        });
        s.line((at, top), (at, bottom), GRID, 1);
        let text = if is_index(measure) {
            format!("{tick}")
        } else {
            t_args(l, "results-percent", &[("value", (tick as u64).into())])
        };
        s.text(at, top - 8.0, text, SMALL_SIZE, Anchor::Middle, MUTED);
    }
    let mut y = top;
    for (unit, label) in units.iter().zip(&labels) {
        let mid = y + ROW / 2.0;
        frame::row_label(&mut s, label, left, mid, unit.kind == UnitKind::Everyone);
        if let Some(ch) = unit.changes.get(m) {
            if let (Some(b), Some(a)) = (ch.before, ch.after) {
                let (from, to) = (x(centre(b.value)), x(centre(a.value)));
                s.line((from, mid), (to, mid), MUTED, 2);
                // An arrowhead where the ends are far enough apart to see it.
                if (to - from).abs() > 14.0 {
                    let back = if to > from { -7.0 } else { 7.0 };
                    let tip = to + if to > from { -7.0 } else { 7.0 };
                    s.line((tip, mid), (tip + back, mid - 5.0), MUTED, 2);
                    s.line((tip, mid), (tip + back, mid + 5.0), MUTED, 2);
                }
            }
            if let Some(b) = ch.before {
                end(&mut s, x, b.value, mid, BEFORE, true);
            }
            if let Some(a) = ch.after {
                end(&mut s, x, a.value, mid, AFTER, false);
            }
            let text = match (&ch.verdict, ch.change) {
                (Verdict::NotCompared { .. }, _) | (_, None) => "–".to_owned(),
                (_, Some(r)) => w::signed_range(measure, r, l),
            };
            let right = WIDTH - MARGIN - RIGHT + 8.0;
            s.text(right, mid, text, SMALL_SIZE, Anchor::Start, INK);
        }
        y += ROW;
    }
    // The sentence stays the SVG's description, not a visible note: the
    // page writes it right above the chart, and a reader would meet it
    // twice (as on the results page, issue 21).
    let y = legend(&mut s, y + 6.0, l);
    s.height = y + MARGIN;
    s.render(&title, &desc)
}

/// Ring, dot, range bar and star, with what they mean.
fn legend(s: &mut Sketch, y: f64, l: Language) -> f64 {
    let mid = y + 10.0;
    let mut x = MARGIN + 6.0;
    let items = [
        (0, t(l, "comparison-legend-before")),
        (1, t(l, "comparison-legend-after")),
        (2, t(l, "comparison-legend-range")),
        (3, t(l, "comparison-legend-pilot")),
    ];
    let mut line = mid;
    for (kind, label) in items {
        let width = 22.0 + super::sketch::text_width(&label, SMALL_SIZE) + 18.0;
        if x + width > s.width - MARGIN && x > MARGIN + 6.0 {
            x = MARGIN + 6.0;
            line += 20.0;
        }
        match kind {
            0 => s.dot(x + 6.0, line, 6.0, WHITE, Some(BEFORE)),
            1 => s.dot(x + 6.0, line, 6.0, AFTER, Some(AFTER)),
            2 => s.outlined(x - 2.0, line - 5.0, 18.0, 10.0, AFTER, AFTER),
            _ => {}
        }
        let at = if kind == 3 { x } else { x + 20.0 };
        s.text(at, line, label, SMALL_SIZE, Anchor::Start, MUTED);
        x += width;
    }
    line + 16.0
}
