//! A comparison built by hand for the views' tests: a department, a
//! renamed one, two merged, the pool and everyone; exact, rounded and
//! missing ends; pilots against the rest within chance and beyond.

use crate::questionnaire::Text;
use crate::questionnaire::readiness::Goal;
use crate::report::compare::*;
use crate::report::results::{Count, Range};
use crate::survey::SurveyId;

pub fn ids() -> (SurveyId, SurveyId) {
    (
        SurveyId::parse("baseaaaaaaaa").unwrap(),
        SurveyId::parse("nextaaaaaaaa").unwrap(),
    )
}

pub fn view<'a>(ids: &'a (SurveyId, SurveyId)) -> super::ComparisonView<'a> {
    super::ComparisonView {
        baseline_title: "Sociale medier 2026",
        follow_up_title: "Sociale medier 2027",
        baseline_id: &ids.0,
        follow_up_id: &ids.1,
        goal: Goal::Recruitment,
    }
}

fn value(x: f64, n: u64) -> Option<crate::report::compare::Value> {
    Some(crate::report::compare::Value {
        value: Range::exact(x),
        base: Count::exact(n),
    })
}

fn ranged(low: f64, high: f64, n: u64) -> Option<crate::report::compare::Value> {
    Some(crate::report::compare::Value {
        value: Range { low, high },
        base: Count::Rounded { value: n, base: 5 },
    })
}

/// A change between two known ends, with its interval and verdict.
pub fn change(
    before: Option<crate::report::compare::Value>,
    after: Option<crate::report::compare::Value>,
    interval: (f64, f64),
    verdict: Verdict,
) -> Change {
    let change = match (before, after) {
        (Some(b), Some(a)) => Some(Range {
            low: a.value.low - b.value.high,
            high: a.value.high - b.value.low,
        }),
        _ => None,
    };
    let (low, high) = interval;
    Change {
        before,
        after,
        change,
        interval: change.map(|_| Range { low, high }),
        verdict,
    }
}

/// A change of the index: no interval of chance (it is not a share).
fn points(
    before: Option<crate::report::compare::Value>,
    after: Option<crate::report::compare::Value>,
    verdict: Verdict,
) -> Change {
    Change {
        interval: None,
        ..change(before, after, (0.0, 0.0), verdict)
    }
}

fn missing(why: Missing, before: Option<crate::report::compare::Value>) -> Change {
    Change {
        before,
        after: None,
        change: None,
        interval: None,
        verdict: Verdict::NotCompared { why },
    }
}

fn unit(
    baseline: &[&str],
    follow_up: &[&str],
    kind: UnitKind,
    pilot: Pilot,
    changes: Vec<Change>,
) -> Unit {
    Unit {
        baseline: baseline.iter().map(|s| (*s).to_owned()).collect(),
        follow_up: follow_up.iter().map(|s| (*s).to_owned()).collect(),
        kind,
        pilot,
        changes,
    }
}

pub fn comparison() -> Comparison {
    use Verdict::{Down, Up, WithinChance};
    let measures = vec![
        MeasureInfo {
            measure: Measure::Participation,
            label: None,
        },
        MeasureInfo {
            measure: Measure::Volunteers,
            label: None,
        },
        MeasureInfo {
            measure: Measure::Weekly {
                platform: "linkedin".to_owned(),
            },
            label: Some(Text {
                da: "LinkedIn".to_owned(),
                nb: "LinkedIn".to_owned(),
                en: "LinkedIn".to_owned(),
            }),
        },
        MeasureInfo {
            measure: Measure::Index {
                goal: Goal::Recruitment,
            },
            label: None,
        },
    ];
    let index = |low: f64, high: f64| {
        Some(crate::report::compare::Value {
            value: Range { low, high },
            base: Count::exact(40),
        })
    };
    let sales = unit(
        &["Salg"],
        &["Salg"],
        UnitKind::Department,
        Pilot::Yes,
        vec![
            change(
                value(0.70, 50),
                value(0.80, 50),
                (-0.15, 0.15),
                WithinChance,
            ),
            change(value(0.20, 35), value(0.45, 40), (-0.2, 0.2), Up),
            change(
                value(0.60, 35),
                value(0.55, 40),
                (-0.21, 0.21),
                WithinChance,
            ),
            points(index(48.0, 48.0), index(61.0, 61.0), Up),
        ],
    );
    let tech = unit(
        &["IT"],
        &["Teknik"],
        UnitKind::Department,
        Pilot::No,
        vec![
            change(value(0.60, 40), value(0.50, 40), (-0.2, 0.2), WithinChance),
            missing(Missing::WithheldBefore, None),
            change(value(0.90, 24), value(0.40, 20), (-0.28, 0.28), Down),
            points(index(40.0, 44.0), index(41.0, 45.0), Verdict::Unclear),
        ],
    );
    let admin = unit(
        &["Økonomi", "HR"],
        &["Administration"],
        UnitKind::Together,
        Pilot::Partly,
        vec![
            change(
                value(0.50, 30),
                value(0.60, 30),
                (-0.25, 0.25),
                WithinChance,
            ),
            change(
                ranged(0.1, 0.2, 15),
                value(0.30, 18),
                (-0.3, 0.3),
                WithinChance,
            ),
            change(
                value(0.50, 15),
                value(0.50, 18),
                (-0.33, 0.33),
                WithinChance,
            ),
            missing(Missing::NoIndexTogether, None),
        ],
    );
    let pool = unit(
        &[],
        &[],
        UnitKind::Pool,
        Pilot::No,
        vec![
            change(value(0.40, 20), value(0.45, 20), (-0.3, 0.3), WithinChance),
            change(
                value(0.25, 8),
                ranged(0.3, 0.4, 9),
                (-0.4, 0.4),
                WithinChance,
            ),
            missing(Missing::NotAskedBefore, None),
            missing(Missing::WithheldAfter, index(30.0, 30.0)),
        ],
    );
    let everyone = unit(
        &[],
        &[],
        UnitKind::Everyone,
        Pilot::No,
        vec![
            change(
                value(0.56, 140),
                value(0.62, 140),
                (-0.08, 0.08),
                WithinChance,
            ),
            change(value(0.22, 90), value(0.37, 95), (-0.13, 0.13), Up),
            change(value(0.66, 80), value(0.49, 85), (-0.14, 0.14), Down),
            points(index(45.0, 45.0), index(52.0, 52.0), Up),
        ],
    );
    let diff = |pilots: Change, rest: Change, interval: (f64, f64), verdict: Verdict| {
        let difference = match (pilots.change, rest.change) {
            (Some(p), Some(r)) => Some(Range {
                low: p.low - r.high,
                high: p.high - r.low,
            }),
            _ => None,
        };
        Some(DiffInDiff {
            pilots,
            rest,
            difference,
            interval: Some(Range {
                low: interval.0,
                high: interval.1,
            }),
            verdict,
            left_out: Vec::new(),
        })
    };
    let pilots_vs_rest = PilotsVsRest {
        pilot_units: vec![0],
        rest_units: vec![1, 3],
        measures: vec![
            diff(
                change(
                    value(0.70, 50),
                    value(0.80, 50),
                    (-0.15, 0.15),
                    WithinChance,
                ),
                change(
                    value(0.52, 60),
                    value(0.48, 60),
                    (-0.17, 0.17),
                    WithinChance,
                ),
                (-0.08, 0.36),
                WithinChance,
            ),
            diff(
                change(value(0.20, 35), value(0.45, 40), (-0.2, 0.2), Up),
                change(
                    value(0.25, 40),
                    value(0.27, 45),
                    (-0.19, 0.19),
                    WithinChance,
                ),
                (0.03, 0.43),
                Up,
            ),
            diff(
                change(
                    value(0.60, 35),
                    value(0.55, 40),
                    (-0.21, 0.21),
                    WithinChance,
                ),
                change(value(0.90, 24), value(0.40, 20), (-0.28, 0.28), Down),
                (0.10, 0.80),
                Up,
            ),
            None,
        ],
    };
    Comparison {
        min_group_size: 5,
        measures,
        units: vec![sales, tech, admin, pool],
        everyone,
        not_compared: vec![
            NotCompared {
                department: "Lager".to_owned(),
                wave: Wave::Baseline,
                why: NotComparedWhy::Dropped,
            },
            NotCompared {
                department: "Kundeservice".to_owned(),
                wave: Wave::FollowUp,
                why: NotComparedWhy::New,
            },
            NotCompared {
                department: "Jura".to_owned(),
                wave: Wave::FollowUp,
                why: NotComparedWhy::PublishedInOneWaveOnly,
            },
        ],
        unmatched: vec![
            Unmatched {
                question: "platform_use".to_owned(),
                item: Some("tiktok".to_owned()),
                only_in: Wave::FollowUp,
            },
            Unmatched {
                question: "newsletter".to_owned(),
                item: None,
                only_in: Wave::Baseline,
            },
        ],
        pilots_vs_rest: Some(pilots_vs_rest),
    }
}
