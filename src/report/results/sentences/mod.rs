//! One plain-language sentence per chart, in da, nb and en, from the
//! published results only ("Sales has the most volunteers: 14 of 31").
//! Texts live in `assets/i18n/*/results.ftl`. Here: numbers, shares and
//! names as the sentences write them; the sentences in `charts`.

mod charts;
mod readiness;

use fluent_templates::fluent_bundle::FluentValue;

pub use charts::{
    already_sharing, barriers_or_motivations, participation, platform_use, willingness,
};
pub use readiness::{pilot_reason, reach, readiness};

use super::model::{Cell, Count, GroupName, Index};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;

/// A whole number with the language's thousands separator: 68.172,
/// 68 172, 68,172.
pub fn count(n: u64, language: Language) -> String {
    let separator = match language {
        Language::Da => ".",
        Language::Nb => "\u{a0}",
        Language::En => ",",
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A number with one decimal: "4,5" in da and nb, "4.5" in en.
pub fn decimal(x: f64, language: Language) -> String {
    let text = format!("{x:.1}");
    match language {
        Language::En => text,
        Language::Da | Language::Nb => text.replace('.', ","),
    }
}

/// A share 0–1 as a whole percentage: "62 %" in da and nb, "62%" in en.
pub fn percent(share: f64, language: Language) -> String {
    let value = (share * 100.0).round().clamp(0.0, 100.0) as u64;
    t_args(language, "results-percent", &[("value", value.into())])
}

/// What a cell says in words: a percentage, about a percentage, or its band.
pub fn cell(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Exact { share, .. } => percent(*share, language),
        Cell::Rounded { percent: p, .. } => about_percent(*p, language),
        Cell::AlmostAll => t(language, "results-almost-all"),
        Cell::AlmostNone => t(language, "results-almost-none"),
        Cell::Hidden => t(language, "results-hidden"),
    }
}

/// A text in the language's quotation marks: »…«, «…», “…”.
pub fn quote(text: &str, language: Language) -> String {
    t_args(
        language,
        "results-quote",
        &[("text", text.to_owned().into())],
    )
}

/// A rounded share: "about 45 %".
pub fn about_percent(value: u32, language: Language) -> String {
    t_args(
        language,
        "results-about-percent",
        &[("value", value.into())],
    )
}

/// A published count in words: the number, "about" a rounded one, or
/// "not shown".
pub fn count_of(count: &Count, language: Language) -> String {
    match *count {
        Count::Exact { value } => self::count(value, language),
        Count::Rounded { value, .. } | Count::Significant { value, .. } => t_args(
            language,
            "results-about-count",
            &[("value", self::count(value, language).into())],
        ),
        Count::Hidden => t(language, "results-hidden"),
    }
}

/// An index: one number, or the range it lies in ("62–70").
pub fn index(index: &Index) -> String {
    if index.is_exact() {
        index.low.to_string()
    } else {
        format!("{}–{}", index.low, index.high)
    }
}

pub fn group_name(name: &GroupName, language: Language) -> String {
    match name {
        GroupName::Department { name } => name.clone(),
        GroupName::Other { .. } => t(language, "results-other-departments"),
    }
}

pub fn goal(goal: Goal, language: Language) -> String {
    t(language, &format!("results-goal-{}", goal.id()))
}

fn args(pairs: Vec<(&'static str, String)>) -> Vec<(&'static str, FluentValue<'static>)> {
    pairs
        .into_iter()
        .map(|(k, v)| (k, FluentValue::from(v)))
        .collect()
}

pub(super) fn say(language: Language, key: &str, pairs: Vec<(&'static str, String)>) -> String {
    t_args(language, key, &args(pairs))
}
