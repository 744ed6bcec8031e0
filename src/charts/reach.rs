//! The volunteers' potential reach per platform, an upper bound, with the
//! company's own followers beside it where HR gave them.

use super::ChartError;
use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, INK, ORANGE};
use super::sketch::{Anchor, text_width};
use crate::i18n::t;
use crate::language::Language;
use crate::report::results::{Results, sentences};

/// `company_followers`: HR's own follower counts per platform id.
pub fn reach(
    results: &Results,
    company_followers: &[(String, u64)],
    language: Language,
) -> Result<String, ChartError> {
    let title = t(language, "results-chart-reach");
    let desc = sentences::reach(results, company_followers, language);
    let mut sketch = frame::start(&title);
    let Some(r) = &results.readiness else {
        let y = frame::note(&mut sketch, TOP, &desc);
        sketch.height = y + MARGIN;
        return sketch.render(&title, &desc);
    };
    let company_of = |id: &str| {
        company_followers
            .iter()
            .find(|(p, _)| p == id)
            .map(|&(_, n)| n)
    };
    let labels: Vec<String> = r
        .reach
        .platforms
        .iter()
        .map(|p| {
            r.platforms
                .iter()
                .find(|l| l.id == p.platform)
                .map_or_else(|| p.platform.clone(), |l| l.text.get(language).to_owned())
        })
        .collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 220.0);
    let most = r
        .reach
        .platforms
        .iter()
        .flat_map(|p| [p.followers.shown(), company_of(&p.platform)])
        .flatten()
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let widest = r
        .reach
        .platforms
        .iter()
        .filter_map(|p| p.followers.shown().or(company_of(&p.platform)))
        .map(|n| text_width(&sentences::count(n, language), SMALL_SIZE))
        .fold(
            text_width(&t(language, "results-hidden"), SMALL_SIZE),
            f64::max,
        );
    let plot = WIDTH - left - MARGIN - widest - 10.0;
    let company = r
        .reach
        .platforms
        .iter()
        .any(|p| company_of(&p.platform).is_some());
    let row = if company { 36.0 } else { 26.0 };
    let mut y = TOP;
    for (p, label) in labels.iter().enumerate() {
        frame::row_label(&mut sketch, label, left, y + row / 2.0, false);
        let platform = &r.reach.platforms[p];
        let bar_h = if company { 13.0 } else { row - 10.0 };
        let mut by = y + 5.0;
        match platform.followers.shown() {
            Some(n) => {
                let w = plot * n as f64 / most;
                sketch.rect(left, by, w, bar_h, BLUE);
                let text = format!("≤ {}", sentences::count(n, language));
                sketch.text(
                    left + w + 5.0,
                    by + bar_h / 2.0,
                    text,
                    SMALL_SIZE,
                    Anchor::Start,
                    INK,
                );
            }
            None => {
                let text = t(language, "results-hidden");
                sketch.text(
                    left + 5.0,
                    by + bar_h / 2.0,
                    text,
                    SMALL_SIZE,
                    Anchor::Start,
                    INK,
                );
            }
        }
        if let Some(n) = company_of(&platform.platform) {
            by += bar_h + 2.0;
            let w = plot * n as f64 / most;
            sketch.rect(left, by, w, bar_h, ORANGE);
            let text = sentences::count(n, language);
            sketch.text(
                left + w + 5.0,
                by + bar_h / 2.0,
                text,
                SMALL_SIZE,
                Anchor::Start,
                INK,
            );
        }
        y += row;
    }
    let mut items = vec![(BLUE, t(language, "results-volunteers"))];
    if company {
        items.push((ORANGE, t(language, "results-legend-company")));
    }
    let y = frame::legend(&mut sketch, y, &items);
    let y = frame::note(&mut sketch, y - 8.0, &desc);
    sketch.height = y + MARGIN;
    sketch.render(&title, &desc)
}
