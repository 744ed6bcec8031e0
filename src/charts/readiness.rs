//! The readiness index by department for one goal, the recommended pilot
//! departments marked (blue, bold and a star) and named in the description.

use super::frame::{self, LABEL_SIZE, MARGIN, SMALL_SIZE, TOP, WIDTH};
use super::palette::{BLUE, INK, NEUTRAL, TRACK};
use super::sketch::Anchor;
use super::{ChartError, group_labels};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Recommendation, Results, sentences};

pub fn readiness(results: &Results, goal: Goal, language: Language) -> Result<String, ChartError> {
    let goal_name = sentences::goal(goal, language);
    let title = t_args(
        language,
        "results-chart-readiness",
        &[("goal", goal_name.into())],
    );
    let desc = sentences::readiness(results, goal, language);
    let mut sketch = frame::start(&title);
    let found = results
        .readiness
        .as_ref()
        .and_then(|r| r.goals.iter().find(|g| g.goal == goal));
    let Some(goal_results) = found else {
        let y = frame::note(&mut sketch, TOP, &desc);
        sketch.height = y + MARGIN;
        return sketch.render(&title, &desc);
    };
    let pilots: Vec<&str> = match &goal_results.recommendation {
        Recommendation::Pilots { pilots } => pilots.iter().map(|p| p.department.as_str()).collect(),
        Recommendation::NoneReady { .. } => Vec::new(),
    };
    let names = group_labels(results, language);
    let is_pilot = |g: usize| {
        results.groups[g]
            .name
            .department()
            .is_some_and(|d| pilots.contains(&d))
    };
    let labels: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(g, n)| {
            if is_pilot(g) {
                format!("★ {n}")
            } else {
                n.clone()
            }
        })
        .collect();
    let left = frame::label_column(&labels, LABEL_SIZE, 240.0);
    let plot = WIDTH - left - MARGIN - 50.0;
    let row = 28.0;
    let mut y = TOP;
    for (g, label) in labels.iter().enumerate() {
        let mid = y + row / 2.0;
        frame::row_label(&mut sketch, label, left, mid, is_pilot(g));
        sketch.rect(left, y + 5.0, plot, row - 10.0, TRACK);
        match goal_results.index.get(g).copied().flatten() {
            Some(index) => {
                // Solid to the least the index can be; a range outlined
                // to the most, where bands or rounding leave it open.
                let w = plot * f64::from(index.low) / 100.0;
                let w_high = plot * f64::from(index.high) / 100.0;
                let color = if is_pilot(g) { BLUE } else { NEUTRAL };
                sketch.rect(left, y + 5.0, w, row - 10.0, color);
                if index.high > index.low {
                    sketch.outlined(left + w, y + 5.0, w_high - w, row - 10.0, TRACK, color);
                }
                sketch.text(
                    left + w_high + 5.0,
                    mid,
                    sentences::index(&index),
                    SMALL_SIZE,
                    Anchor::Start,
                    INK,
                );
            }
            None => {
                sketch.text(
                    left + 5.0,
                    mid,
                    t(language, "results-hidden"),
                    SMALL_SIZE,
                    Anchor::Start,
                    INK,
                );
            }
        }
        y += row;
    }
    let items = [
        (BLUE, format!("★ {}", t(language, "results-legend-pilot"))),
        (NEUTRAL, t(language, "results-legend-index")),
    ];
    let y = frame::legend(&mut sketch, y, &items);
    let y = frame::note(&mut sketch, y - 8.0, &desc);
    sketch.height = y + MARGIN;
    sketch.render(&title, &desc)
}
