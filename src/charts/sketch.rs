//! A chart as a list of marks laid out by hand, drawn by plotters' SVG
//! backend, then given `role="img"`, `<title>` and `<desc>`.
//!
//! Why by hand: without the `ttf` feature plotters cannot measure text, and
//! its own estimate counts bytes (so "æ" counts twice). Labels here are
//! measured from their characters, and margins sized from that.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ChartError;
use super::palette::Rgb;

/// Where a text is anchored horizontally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: Rgb,
        stroke: Option<Rgb>,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        size: f64,
        bold: bool,
        anchor: Anchor,
        color: Rgb,
    },
    /// A straight line, `width` pixels wide.
    Line {
        from: (f64, f64),
        to: (f64, f64),
        color: Rgb,
        width: u32,
    },
    /// A dot; outlined where `stroke` is given.
    Dot {
        x: f64,
        y: f64,
        r: f64,
        fill: Rgb,
        stroke: Option<Rgb>,
    },
}

/// The font every chart uses; the browser picks the face. Arial's metrics
/// (Arial, Liberation Sans, Helvetica) come first; where none is installed
/// Linux falls back to DejaVu Sans, about 10 % wider, so the widths below
/// are DejaVu's: on Arial a label has a little room to spare, never less.
pub const FONT: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/// Roughly how wide a text is, in pixels, at a font size in pixels: the
/// widest of Arial and DejaVu Sans per kind of character, bold included.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.36,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '/' | '-' | '\u{a0}' => 0.46,
            'm' | 'w' | 'M' | 'W' | 'æ' | 'Æ' | 'œ' | '%' | '@' | '★' | '☆' | '…' => 1.06,
            c if c.is_uppercase() || c.is_ascii_digit() => 0.8,
            _ => 0.68,
        })
        .sum();
    em * size
}

/// The text, shortened with "…" to fit `max` pixels.
pub fn fit(text: &str, size: f64, max: f64) -> String {
    if text_width(text, size) <= max {
        return text.to_owned();
    }
    let mut out: String = String::new();
    for c in text.chars() {
        let candidate = format!("{out}{c}…");
        if text_width(&candidate, size) > max {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sketch {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
}

impl Sketch {
    pub fn new(width: f64, height: f64) -> Sketch {
        Sketch {
            width,
            height,
            marks: Vec::new(),
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Rgb) {
        if w > 0.0 && h > 0.0 {
            self.marks.push(Mark::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke: None,
            });
        }
    }

    pub fn outlined(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Rgb, stroke: Rgb) {
        if w > 0.0 && h > 0.0 {
            let stroke = Some(stroke);
            self.marks.push(Mark::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            });
        }
    }

    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        text: impl Into<String>,
        size: f64,
        anchor: Anchor,
        color: Rgb,
    ) {
        let text = text.into();
        let bold = false;
        self.marks.push(Mark::Text {
            x,
            y,
            text,
            size,
            bold,
            anchor,
            color,
        });
    }

    pub fn bold(
        &mut self,
        x: f64,
        y: f64,
        text: impl Into<String>,
        size: f64,
        anchor: Anchor,
        color: Rgb,
    ) {
        let text = text.into();
        let bold = true;
        self.marks.push(Mark::Text {
            x,
            y,
            text,
            size,
            bold,
            anchor,
            color,
        });
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), color: Rgb, width: u32) {
        self.marks.push(Mark::Line {
            from,
            to,
            color,
            width,
        });
    }

    pub fn dot(&mut self, x: f64, y: f64, r: f64, fill: Rgb, stroke: Option<Rgb>) {
        self.marks.push(Mark::Dot {
            x,
            y,
            r,
            fill,
            stroke,
        });
    }

    /// Draws the marks with plotters and adds the accessible name and
    /// description.
    pub fn render(&self, title: &str, desc: &str) -> Result<String, ChartError> {
        let mut svg = String::new();
        let size = (self.width.ceil() as u32, self.height.ceil() as u32);
        {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            root.fill(&WHITE).map_err(draw_error)?;
            for mark in &self.marks {
                draw(&root, mark)?;
            }
            root.present().map_err(draw_error)?;
        }
        accessible(&svg, title, desc)
    }
}

fn draw_error<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

fn px(x: f64) -> i32 {
    x.round() as i32
}

fn draw(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    mark: &Mark,
) -> Result<(), ChartError> {
    match mark {
        Mark::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        } => {
            let corners = [(px(*x), px(*y)), (px(x + w), px(y + h))];
            root.draw(&Rectangle::new(corners, fill.color().filled()))
                .map_err(draw_error)?;
            if let Some(stroke) = stroke {
                root.draw(&Rectangle::new(corners, stroke.color().stroke_width(1)))
                    .map_err(draw_error)?;
            }
        }
        Mark::Text {
            x,
            y,
            text,
            size,
            bold,
            anchor,
            color,
        } => {
            let h = match anchor {
                Anchor::Start => HPos::Left,
                Anchor::Middle => HPos::Center,
                Anchor::End => HPos::Right,
            };
            // plotters writes font-size as size / 1.24.
            let font = (FONT, size * 1.24).into_font();
            let font = if *bold {
                font.style(FontStyle::Bold)
            } else {
                font
            };
            let fill = color.color();
            let style = TextStyle::from(font)
                .color(&fill)
                .pos(Pos::new(h, VPos::Center));
            root.draw_text(text, &style, (px(*x), px(*y)))
                .map_err(draw_error)?;
        }
        Mark::Line {
            from,
            to,
            color,
            width,
        } => {
            let points = vec![(px(from.0), px(from.1)), (px(to.0), px(to.1))];
            let style = color.color().stroke_width(*width);
            root.draw(&PathElement::new(points, style))
                .map_err(draw_error)?;
        }
        Mark::Dot {
            x,
            y,
            r,
            fill,
            stroke,
        } => {
            let centre = (px(*x), px(*y));
            let radius = r.round() as i32;
            root.draw(&Circle::new(centre, radius, fill.color().filled()))
                .map_err(draw_error)?;
            if let Some(stroke) = stroke {
                let style = stroke.color().stroke_width(2);
                root.draw(&Circle::new(centre, radius, style))
                    .map_err(draw_error)?;
            }
        }
    }
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `role="img"` on the root, and `<title>` and `<desc>` as its first
/// children: what a screen reader announces for the picture.
fn accessible(svg: &str, title: &str, desc: &str) -> Result<String, ChartError> {
    let open = svg.find("<svg").ok_or(ChartError::Svg)?;
    let close = open + svg[open..].find('>').ok_or(ChartError::Svg)?;
    let mut out = String::with_capacity(svg.len() + title.len() + desc.len() + 64);
    out.push_str(&svg[..close]);
    out.push_str(" role=\"img\">\n<title>");
    out.push_str(&escape(title));
    out.push_str("</title>\n<desc>");
    out.push_str(&escape(desc));
    out.push_str("</desc>");
    out.push_str(&svg[close + 1..]);
    Ok(out)
}
