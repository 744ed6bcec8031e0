//! How a comparison's parts are named and its numbers written, in HR's
//! language (`assets/i18n/*/comparison.ftl`) or as the stable codes that
//! `comparison.json` and the CSV's id columns use.

use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::compare::{
    Comparison, DiffInDiff, Measure, MeasureInfo, Missing, NotComparedWhy, Pilot, Unit, UnitKind,
    Value, Verdict, Wave,
};
use crate::report::results::{Range, sentences};

/// The id written for the pool and for everyone, as in the results' exports.
pub use crate::export::words::{EVERYONE_ID, OTHER_ID};

/// A measure's stable id: `participation`, `weekly.linkedin`, `index.sales`.
pub fn measure_id(m: &Measure) -> String {
    match m {
        Measure::Participation => "participation".to_owned(),
        Measure::Volunteers => "volunteers".to_owned(),
        Measure::AlreadySharing => "already_sharing".to_owned(),
        Measure::CourseInterest => "course_interest".to_owned(),
        Measure::Weekly { platform } => format!("weekly.{platform}"),
        Measure::Index { goal } => format!("index.{}", goal.id()),
    }
}

/// The readiness index is 0–100 points; every other measure is a share.
pub fn is_index(m: &Measure) -> bool {
    matches!(m, Measure::Index { .. })
}

/// A measure's name: "Volunteers", "Weekly use of LinkedIn".
pub fn measure_name(info: &MeasureInfo, l: Language) -> String {
    match &info.measure {
        Measure::Participation => t(l, "comparison-measure-participation"),
        Measure::Volunteers => t(l, "comparison-measure-volunteers"),
        Measure::AlreadySharing => t(l, "comparison-measure-already-sharing"),
        Measure::CourseInterest => t(l, "comparison-measure-course-interest"),
        Measure::Weekly { platform } => {
            let name = info
                .label
                .as_ref()
                .map_or_else(|| platform.clone(), |text| text.get(l).to_owned());
            t_args(l, "comparison-measure-weekly", &[("platform", name.into())])
        }
        Measure::Index { goal } => t_args(
            l,
            "comparison-measure-index",
            &[("goal", sentences::goal(*goal, l).into())],
        ),
    }
}

/// A unit's name as HR knows it now: the follow-up's department (with
/// what it was called before, where that differs), the pool, or everyone.
pub fn unit_name(unit: &Unit, l: Language) -> String {
    match unit.kind {
        UnitKind::Pool => t(l, "results-other-departments"),
        UnitKind::Everyone => t(l, "results-everyone"),
        UnitKind::Department | UnitKind::Together => {
            let now = unit.follow_up.join(" + ");
            let before = unit.baseline.join(" + ");
            if now == before || before.is_empty() {
                now
            } else {
                t_args(
                    l,
                    "comparison-unit-renamed",
                    &[("name", now.into()), ("before", before.into())],
                )
            }
        }
    }
}

/// The unit's name with the pilots' mark: ★ ran the pilot, ☆ partly;
/// everyone, partly by definition, unmarked.
pub fn unit_label(unit: &Unit, l: Language) -> String {
    let name = unit_name(unit, l);
    if unit.kind == UnitKind::Everyone {
        return name;
    }
    match unit.pilot {
        Pilot::Yes => format!("★ {name}"),
        Pilot::Partly => format!("☆ {name}"),
        Pilot::No => name,
    }
}

/// A unit's stable id: the follow-up's department names, `_other`, `_all`.
pub fn unit_id(unit: &Unit) -> String {
    match unit.kind {
        UnitKind::Pool => OTHER_ID.to_owned(),
        UnitKind::Everyone => EVERYONE_ID.to_owned(),
        UnitKind::Department | UnitKind::Together => unit.follow_up.join(" + "),
    }
}

pub fn unit_kind_code(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Department => "department",
        UnitKind::Together => "together",
        UnitKind::Pool => "pool",
        UnitKind::Everyone => "everyone",
    }
}

pub fn pilot_code(p: Pilot) -> &'static str {
    match p {
        Pilot::Yes => "yes",
        Pilot::No => "no",
        Pilot::Partly => "partly",
    }
}

/// A number on the measure's own scale: percentage points for shares,
/// index points for the index.
pub fn scaled(m: &Measure, x: f64) -> f64 {
    if is_index(m) { x } else { x * 100.0 }
}

/// A whole number with its sign, "+7", "−3", "+0", "0" (a true minus sign;
/// float noise of a sum counts as none).
pub fn signed(x: f64) -> String {
    let n = x.round() as i64;
    match n {
        // A change that rounds to nothing keeps its direction: an interval
        // "+0 to +21" lies above zero, as its verdict says; "0" is none.
        0 if x > 1e-9 => "+0".to_owned(),
        0 if x < -1e-9 => "\u{2212}0".to_owned(),
        0 => "0".to_owned(),
        n if n > 0 => format!("+{n}"),
        n => format!("\u{2212}{}", n.unsigned_abs()),
    }
}

/// A share or an index as the page writes it: "62 %", "55–65 %", "62",
/// "58–66".
pub fn level(m: &Measure, r: Range, l: Language) -> String {
    let (low, high) = (scaled(m, r.low).round(), scaled(m, r.high).round());
    let (low, high) = (low.max(0.0) as u64, high.max(0.0) as u64);
    match (is_index(m), low == high) {
        (true, true) => low.to_string(),
        (true, false) => format!("{low}–{high}"),
        (false, true) => t_args(l, "results-percent", &[("value", low.into())]),
        (false, false) => t_args(
            l,
            "results-page-range",
            &[("low", low.into()), ("high", high.into())],
        ),
    }
}

/// One end of a change with how many it describes: "62 % of 31".
pub fn end(m: &Measure, v: &Value, l: Language) -> String {
    let value = level(m, v.value, l);
    match v.base.shown() {
        Some(_) => t_args(
            l,
            "comparison-of",
            &[
                ("value", value.into()),
                ("base", sentences::count_of(&v.base, l).into()),
            ],
        ),
        None => value,
    }
}

/// A signed number of points, or the range it lies in: "+2 to +9".
pub fn signed_range(m: &Measure, r: Range, l: Language) -> String {
    let (low, high) = (signed(scaled(m, r.low)), signed(scaled(m, r.high)));
    if low == high {
        low
    } else {
        t_args(
            l,
            "comparison-range",
            &[("low", low.into()), ("high", high.into())],
        )
    }
}

/// A change in points: "+7 percentage points", "+2 to +9 index points".
pub fn change(m: &Measure, r: Range, l: Language) -> String {
    let key = if is_index(m) {
        "comparison-points-index"
    } else {
        "comparison-points-share"
    };
    t_args(l, key, &[("value", signed_range(m, r, l).into())])
}

/// The interval of a change, always written as from–to.
pub fn interval(m: &Measure, r: Range, l: Language) -> String {
    let (low, high) = (signed(scaled(m, r.low)), signed(scaled(m, r.high)));
    let range = t_args(
        l,
        "comparison-range",
        &[("low", low.into()), ("high", high.into())],
    );
    let key = if is_index(m) {
        "comparison-points-index"
    } else {
        "comparison-points-share"
    };
    t_args(l, key, &[("value", range.into())])
}

/// A verdict in words; never "effect" (see `comparison.ftl`).
pub fn verdict(m: &Measure, v: &Verdict, l: Language) -> String {
    let index = is_index(m);
    match v {
        Verdict::Up if index => t(l, "comparison-verdict-up-index"),
        Verdict::Down if index => t(l, "comparison-verdict-down-index"),
        Verdict::Up => t(l, "comparison-verdict-up"),
        Verdict::Down => t(l, "comparison-verdict-down"),
        Verdict::WithinChance => t(l, "comparison-verdict-within-chance"),
        Verdict::Unclear => t(l, "comparison-verdict-unclear"),
        Verdict::NotCompared { why } => missing(*why, l),
    }
}

/// The verdict on the pilots' change against the rest's: which was
/// higher beyond what chance gives, or within chance.
pub fn difference_verdict(m: &Measure, v: &Verdict, l: Language) -> String {
    match v {
        Verdict::Up => t(l, "comparison-pilots-verdict-more"),
        Verdict::Down => t(l, "comparison-pilots-verdict-less"),
        other => verdict(m, other, l),
    }
}

/// The difference's verdict, and which groups it leaves out (a figure of
/// theirs withheld in a wave), in words.
pub fn difference_in_words(c: &Comparison, m: &Measure, d: &DiffInDiff, l: Language) -> String {
    let verdict = difference_verdict(m, &d.verdict, l);
    let names: Vec<String> = d
        .left_out
        .iter()
        .filter_map(|&u| c.units.get(u))
        .map(|u| unit_name(u, l))
        .collect();
    if names.is_empty() {
        return verdict;
    }
    let note = t_args(
        l,
        "comparison-left-out",
        &[("groups", names.join(", ").into())],
    );
    // The verdict is a phrase without a full stop; the note a sentence.
    format!("{verdict}. {note}")
}

pub fn verdict_code(v: &Verdict) -> &'static str {
    match v {
        Verdict::Up => "up",
        Verdict::Down => "down",
        Verdict::WithinChance => "within_chance",
        Verdict::Unclear => "unclear",
        Verdict::NotCompared { .. } => "not_compared",
    }
}

/// Why one measure of a unit is not compared, in words.
pub fn missing(why: Missing, l: Language) -> String {
    t(
        l,
        &format!("comparison-missing-{}", missing_code(why).replace('_', "-")),
    )
}

pub fn missing_code(why: Missing) -> &'static str {
    match why {
        Missing::WithheldBefore => "withheld_before",
        Missing::WithheldAfter => "withheld_after",
        Missing::NotAskedBefore => "not_asked_before",
        Missing::NotAskedAfter => "not_asked_after",
        Missing::NoIndexTogether => "no_index_together",
    }
}

/// Why a department is compared only within everyone, in words.
pub fn not_compared_why(why: NotComparedWhy, l: Language) -> String {
    t(
        l,
        &format!(
            "comparison-not-compared-{}",
            not_compared_code(why).replace('_', "-")
        ),
    )
}

pub fn not_compared_code(why: NotComparedWhy) -> &'static str {
    match why {
        NotComparedWhy::New => "new",
        NotComparedWhy::Dropped => "dropped",
        NotComparedWhy::PublishedInOneWaveOnly => "published_in_one_wave_only",
        NotComparedWhy::NoAnswers => "no_answers",
    }
}

pub fn wave_code(w: Wave) -> &'static str {
    match w {
        Wave::Baseline => "baseline",
        Wave::FollowUp => "follow_up",
    }
}
