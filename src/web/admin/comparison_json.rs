//! `comparison.json`'s own wire types: a follow-up against its baseline as
//! HR's scripts read it, in `results.json`'s terms (ranges as low and high,
//! counts exact, rounded or hidden, verdicts as codes, measures and groups
//! named by ids). Kept apart from the domain model, so a refactoring cannot
//! change the API (docs/api.md documents these fields).

use serde::Serialize;

use super::results_json::{CountJson, count};
use crate::export::compare::words::{
    is_index, measure_id, missing_code, not_compared_code, pilot_code, unit_id, unit_kind_code,
    verdict_code, wave_code,
};
use crate::export::compare::{ComparisonView, rows};
use crate::questionnaire::Text;
use crate::report::compare::{Change, Comparison, Measure, Unit, Verdict};
use crate::report::results::Range;

#[derive(Serialize)]
struct RangeJson {
    low: f64,
    high: f64,
}

fn range(r: Option<Range>) -> Option<RangeJson> {
    r.map(|r| RangeJson {
        low: r.low,
        high: r.high,
    })
}

#[derive(Serialize)]
struct EndJson {
    low: f64,
    high: f64,
    /// How many answered (for participation: were invited).
    base: CountJson,
}

#[derive(Serialize)]
struct VerdictJson {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<&'static str>,
}

fn verdict(v: &Verdict) -> VerdictJson {
    VerdictJson {
        kind: verdict_code(v),
        why: match v {
            Verdict::NotCompared { why } => Some(missing_code(*why)),
            _ => None,
        },
    }
}

#[derive(Serialize)]
struct ChangeJson {
    measure: String,
    before: Option<EndJson>,
    after: Option<EndJson>,
    change: Option<RangeJson>,
    interval: Option<RangeJson>,
    verdict: VerdictJson,
}

fn change(m: &Measure, ch: &Change) -> ChangeJson {
    let end = |v: Option<crate::report::compare::Value>| {
        v.map(|v| EndJson {
            low: v.value.low,
            high: v.value.high,
            base: count(&v.base),
        })
    };
    ChangeJson {
        measure: measure_id(m),
        before: end(ch.before),
        after: end(ch.after),
        change: range(ch.change),
        interval: range(ch.interval),
        verdict: verdict(&ch.verdict),
    }
}

#[derive(Serialize)]
struct MeasureJson<'a> {
    id: String,
    kind: &'static str,
    /// `share` (0–1) or `index` (0–100 points).
    scale: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goal: Option<&'static str>,
    label: Option<&'a Text>,
}

fn measure_kind(m: &Measure) -> &'static str {
    match m {
        Measure::Participation => "participation",
        Measure::Volunteers => "volunteers",
        Measure::AlreadySharing => "already_sharing",
        Measure::CourseInterest => "course_interest",
        Measure::Weekly { .. } => "weekly",
        Measure::Index { .. } => "index",
    }
}

#[derive(Serialize)]
struct UnitJson<'a> {
    id: String,
    kind: &'static str,
    baseline: &'a [String],
    follow_up: &'a [String],
    pilot: &'static str,
    changes: Vec<ChangeJson>,
}

fn unit<'a>(c: &Comparison, u: &'a Unit) -> UnitJson<'a> {
    UnitJson {
        id: unit_id(u),
        kind: unit_kind_code(u.kind),
        baseline: &u.baseline,
        follow_up: &u.follow_up,
        pilot: pilot_code(u.pilot),
        changes: c
            .measures
            .iter()
            .zip(&u.changes)
            .map(|(info, ch)| change(&info.measure, ch))
            .collect(),
    }
}

#[derive(Serialize)]
struct DiffJson {
    measure: String,
    pilots: ChangeJson,
    rest: ChangeJson,
    difference: Option<RangeJson>,
    interval: Option<RangeJson>,
    verdict: VerdictJson,
    /// Groups left out of this measure's sides: a figure of theirs is
    /// withheld in a wave.
    left_out: Vec<String>,
}

#[derive(Serialize)]
struct PilotsJson {
    /// Group ids on each side.
    pilot_units: Vec<String>,
    rest_units: Vec<String>,
    /// Measures that have a difference (never the index).
    measures: Vec<DiffJson>,
}

fn pilots(c: &Comparison) -> Option<PilotsJson> {
    let p = c.pilots_vs_rest.as_ref()?;
    let ids = |units: &[usize]| {
        units
            .iter()
            .filter_map(|&i| c.units.get(i))
            .map(unit_id)
            .collect()
    };
    Some(PilotsJson {
        pilot_units: ids(&p.pilot_units),
        rest_units: ids(&p.rest_units),
        measures: c
            .measures
            .iter()
            .zip(&p.measures)
            .filter_map(|(info, d)| {
                let d = d.as_ref()?;
                let m = &info.measure;
                Some(DiffJson {
                    measure: measure_id(m),
                    pilots: change(m, &d.pilots),
                    rest: change(m, &d.rest),
                    difference: range(d.difference),
                    interval: range(d.interval),
                    verdict: verdict(&d.verdict),
                    left_out: ids(&d.left_out),
                })
            })
            .collect(),
    })
}

#[derive(Serialize)]
struct NotComparedJson<'a> {
    department: &'a str,
    wave: &'static str,
    why: &'static str,
}

#[derive(Serialize)]
struct UnmatchedJson<'a> {
    question: &'a str,
    item: Option<&'a str>,
    only_in: &'static str,
}

#[derive(Serialize)]
struct ComparisonJson<'a> {
    min_group_size: u32,
    measures: Vec<MeasureJson<'a>>,
    /// The compared groups, the pool, and everyone last.
    units: Vec<UnitJson<'a>>,
    not_compared: Vec<NotComparedJson<'a>>,
    unmatched: Vec<UnmatchedJson<'a>>,
    pilots_vs_rest: Option<PilotsJson>,
}

/// The whole answer of `GET /admin/surveys/{id}/comparison.json`.
pub fn comparison_json(view: &ComparisonView<'_>, c: &Comparison) -> serde_json::Value {
    let body = ComparisonJson {
        min_group_size: c.min_group_size,
        measures: c
            .measures
            .iter()
            .map(|info| MeasureJson {
                id: measure_id(&info.measure),
                kind: measure_kind(&info.measure),
                scale: if is_index(&info.measure) {
                    "index"
                } else {
                    "share"
                },
                platform: match &info.measure {
                    Measure::Weekly { platform } => Some(platform),
                    _ => None,
                },
                goal: match &info.measure {
                    Measure::Index { goal } => Some(goal.id()),
                    _ => None,
                },
                label: info.label.as_ref(),
            })
            .collect(),
        units: rows(c).into_iter().map(|u| unit(c, u)).collect(),
        not_compared: c
            .not_compared
            .iter()
            .map(|n| NotComparedJson {
                department: &n.department,
                wave: wave_code(n.wave),
                why: not_compared_code(n.why),
            })
            .collect(),
        unmatched: c
            .unmatched
            .iter()
            .map(|u| UnmatchedJson {
                question: &u.question,
                item: u.item.as_deref(),
                only_in: wave_code(u.only_in),
            })
            .collect(),
        pilots_vs_rest: pilots(c),
    };
    serde_json::json!({
        "baseline": { "id": view.baseline_id.as_str(), "title": view.baseline_title },
        "follow_up": { "id": view.follow_up_id.as_str(), "title": view.follow_up_title },
        "settings": { "goal": view.goal.id() },
        "comparison": body,
    })
}

#[cfg(test)]
mod tests;
