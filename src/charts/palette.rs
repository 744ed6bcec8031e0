//! Colours that colour-blind readers can tell apart and that survive a
//! grayscale printout: Okabe–Ito for categories, viridis for amounts.
//! Ordered categories use colours of increasing lightness, so order shows
//! in gray too; every chart also writes its numbers as text.

use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn color(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }

    /// Relative luminance 0–1 as WCAG 2 defines it (linear light, Rec. 709
    /// weights): what contrast ratios are computed from.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG 2's contrast ratio between two colours, 1–21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever contrasts more with this colour. Judged by
    /// WCAG's contrast rather than by gamma-encoded lightness (which put
    /// white on viridis's teal at 3.5:1): one of the two always reaches
    /// 4.58:1 or more, so every label on a fill passes WCAG AA.
    pub fn text_on(self) -> Rgb {
        if self.contrast(BLACK) >= self.contrast(WHITE) {
            BLACK
        } else {
            WHITE
        }
    }
}

pub const BLACK: Rgb = Rgb(0, 0, 0);
pub const WHITE: Rgb = Rgb(255, 255, 255);
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
/// Hidden cells: light gray with a darker outline.
pub const HIDDEN: Rgb = Rgb(0xE4, 0xE4, 0xE4);
pub const HIDDEN_EDGE: Rgb = Rgb(0x99, 0x99, 0x99);
pub const TRACK: Rgb = Rgb(0xF1, 0xF1, 0xF1);

// Okabe & Ito (2008), "Color Universal Design".
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const NEUTRAL: Rgb = Rgb(0xBB, 0xBB, 0xBB);

/// The five points of a 1–5 scale: dark vermillion to dark blue through
/// gray, the usual diverging Likert picture.
pub const LIKERT: [Rgb; 5] = [VERMILLION, ORANGE, NEUTRAL, SKY_BLUE, BLUE];

/// Viridis at nine stops, dark purple (0) to yellow (1).
const VIRIDIS: [Rgb; 9] = [
    Rgb(0x44, 0x01, 0x54),
    Rgb(0x47, 0x2D, 0x7B),
    Rgb(0x3B, 0x52, 0x8B),
    Rgb(0x2C, 0x72, 0x8E),
    Rgb(0x21, 0x91, 0x8C),
    Rgb(0x28, 0xAE, 0x80),
    Rgb(0x5E, 0xC9, 0x62),
    Rgb(0xAD, 0xDC, 0x30),
    Rgb(0xFD, 0xE7, 0x25),
];

/// Viridis at `t` 0–1, lightness rising with `t`.
pub fn viridis(t: f64) -> Rgb {
    let t = t.clamp(0.0, 1.0) * (VIRIDIS.len() - 1) as f64;
    let i = (t.floor() as usize).min(VIRIDIS.len() - 2);
    let f = t - i as f64;
    let (a, b) = (VIRIDIS[i], VIRIDIS[i + 1]);
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// `n` ordered categories along viridis, skipping its darkest end so
/// black labels stay readable on most of them.
pub fn ordered(n: usize) -> Vec<Rgb> {
    match n {
        0 => Vec::new(),
        1 => vec![viridis(0.5)],
        n => (0..n)
            .map(|i| viridis(0.15 + 0.85 * i as f64 / (n - 1) as f64))
            .collect(),
    }
}
