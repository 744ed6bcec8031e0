//! What every chart shares: its title, a column of row labels sized to the
//! longest label, wrapped legends and text that fits.

use super::palette::{HIDDEN, HIDDEN_EDGE, INK, MUTED, Rgb};
use super::sketch::{Anchor, Sketch, fit, text_width};

pub const WIDTH: f64 = 760.0;
pub const MARGIN: f64 = 12.0;
pub const TITLE_SIZE: f64 = 16.0;
pub const LABEL_SIZE: f64 = 13.0;
/// Chart text is never below 12 px: the page shows charts at their own
/// size (never shrunk), scrolling sideways where the screen is narrower.
pub const SMALL_SIZE: f64 = 12.0;
/// The willingness chart's width: narrow enough that on a 360 px phone its
/// centre line, where the willing half starts, is on the first screen.
pub const NARROW: f64 = 440.0;
/// The y where the first row starts, below the title.
pub const TOP: f64 = 44.0;

/// A sketch of the standard width with its title drawn.
pub fn start(title: &str) -> Sketch {
    start_at(title, WIDTH)
}

/// A sketch `width` wide with its title drawn.
pub fn start_at(title: &str, width: f64) -> Sketch {
    let mut sketch = Sketch::new(width, 0.0);
    let max = width - 2.0 * MARGIN;
    sketch.bold(
        MARGIN,
        20.0,
        fit(title, TITLE_SIZE, max),
        TITLE_SIZE,
        Anchor::Start,
        INK,
    );
    sketch
}

/// The width of the label column: the longest label, within bounds.
pub fn label_column(labels: &[String], size: f64, max: f64) -> f64 {
    let widest = labels
        .iter()
        .map(|l| text_width(l, size))
        .fold(0.0, f64::max);
    (widest + 2.0 * MARGIN).clamp(80.0, max)
}

/// Splits a text into at most `lines` lines of at most `max` pixels; the
/// last line is shortened with "…" if the text does not fit.
pub fn wrap(text: &str, size: f64, max: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let candidate = if current.is_empty() {
            (*word).to_owned()
        } else {
            format!("{current} {word}")
        };
        if text_width(&candidate, size) <= max || current.is_empty() {
            current = candidate;
            continue;
        }
        if out.len() + 1 == lines {
            let rest = words[i..].join(" ");
            current = fit(&format!("{current} {rest}"), size, max);
            out.push(std::mem::take(&mut current));
            return out;
        }
        out.push(std::mem::replace(&mut current, (*word).to_owned()));
    }
    if !current.is_empty() {
        out.push(fit(&current, size, max));
    }
    out
}

/// A row label, right-aligned against the plot, on one or two lines.
pub fn row_label(sketch: &mut Sketch, text: &str, right: f64, mid: f64, bold: bool) {
    let lines = wrap(text, LABEL_SIZE, right - MARGIN, 2);
    let step = LABEL_SIZE + 2.0;
    let first = mid - step * (lines.len() as f64 - 1.0) / 2.0;
    for (i, line) in lines.iter().enumerate() {
        let y = first + step * i as f64;
        if bold {
            sketch.bold(right - 8.0, y, line.clone(), LABEL_SIZE, Anchor::End, INK);
        } else {
            sketch.text(right - 8.0, y, line.clone(), LABEL_SIZE, Anchor::End, INK);
        }
    }
}

/// Swatches with labels, wrapped over as many lines as needed, from `y`;
/// returns the y below the legend.
pub fn legend(sketch: &mut Sketch, y: f64, items: &[(Rgb, String)]) -> f64 {
    let (mut x, mut y) = (MARGIN, y + 8.0);
    let line = 20.0;
    for (color, label) in items {
        let label = fit(label, SMALL_SIZE, sketch.width - 4.0 * MARGIN - 16.0);
        let width = 16.0 + text_width(&label, SMALL_SIZE) + 18.0;
        if x + width > sketch.width - MARGIN && x > MARGIN {
            x = MARGIN;
            y += line;
        }
        if *color == HIDDEN {
            sketch.outlined(x, y - 6.0, 12.0, 12.0, HIDDEN, HIDDEN_EDGE);
        } else {
            sketch.rect(x, y - 6.0, 12.0, 12.0, *color);
        }
        sketch.text(x + 16.0, y, label, SMALL_SIZE, Anchor::Start, MUTED);
        x += width;
    }
    y + line
}

/// A note in small muted text, wrapped to the width; returns the y below it.
pub fn note(sketch: &mut Sketch, y: f64, text: &str) -> f64 {
    let mut y = y + 6.0;
    for line in wrap(text, SMALL_SIZE, sketch.width - 2.0 * MARGIN, 4) {
        y += SMALL_SIZE + 4.0;
        sketch.text(MARGIN, y, line, SMALL_SIZE, Anchor::Start, MUTED);
    }
    y + 8.0
}

/// A bar for a row whose numbers are banded or hidden: gray, outlined,
/// with what can be said about it in words.
pub fn banded_bar(sketch: &mut Sketch, x: f64, y: f64, w: f64, h: f64, text: &str) {
    sketch.outlined(x, y, w, h, HIDDEN, HIDDEN_EDGE);
    let text = fit(text, SMALL_SIZE, w - 12.0);
    sketch.text(x + 6.0, y + h / 2.0, text, SMALL_SIZE, Anchor::Start, INK);
}
