//! The comparison's sentences, built from the comparison alone. Worded
//! with the uncertainty small groups carry: a change within what chance
//! alone gives is said to be so, and no sentence calls any change an
//! effect or says what caused it (other things change between surveys).

use fluent_templates::fluent_bundle::FluentValue;

use super::ComparisonView;
use super::words::{change, interval, level, measure_name, missing, not_compared_why, unit_name};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::compare::{
    Comparison, DiffInDiff, NotCompared, UnitKind, Unmatched, Verdict, Wave,
};
use crate::report::results::sentences::quote;

fn say(l: Language, key: &str, pairs: Vec<(&'static str, String)>) -> String {
    let args: Vec<(&'static str, FluentValue<'static>)> = pairs
        .into_iter()
        .map(|(k, v)| (k, FluentValue::from(v)))
        .collect();
    t_args(l, key, &args)
}

fn title(view: &ComparisonView<'_>, wave: Wave, l: Language) -> String {
    match wave {
        Wave::Baseline => quote(view.baseline_title, l),
        Wave::FollowUp => quote(view.follow_up_title, l),
    }
}

/// The page's "how to read this", a paragraph each.
pub fn how_to_read(view: &ComparisonView<'_>, c: &Comparison, l: Language) -> Vec<String> {
    vec![
        say(
            l,
            "comparison-how-waves",
            vec![
                ("baseline", title(view, Wave::Baseline, l)),
                ("follow_up", title(view, Wave::FollowUp, l)),
            ],
        ),
        t_args(l, "comparison-how-same", &[("k", c.min_group_size.into())]),
        t(l, "comparison-how-chance"),
        t(l, "comparison-how-pilots"),
    ]
}

/// The sentence above measure `m`'s chart: everyone's change, then how
/// many of the compared groups moved beyond what chance gives.
pub fn measure_sentence(c: &Comparison, m: usize, l: Language) -> String {
    let Some(info) = c.measures.get(m) else {
        return String::new();
    };
    let name = measure_name(info, l);
    let mut out = match c.everyone.changes.get(m) {
        Some(ch) => match (&ch.before, &ch.after, ch.change, &ch.verdict) {
            (_, _, _, Verdict::NotCompared { why }) => say(
                l,
                "comparison-sentence-not-compared",
                vec![("measure", name.clone()), ("why", missing(*why, l))],
            ),
            (Some(before), Some(after), Some(diff), verdict) => {
                let key = match verdict {
                    Verdict::Up | Verdict::Down if super::words::is_index(&info.measure) => {
                        "comparison-sentence-index"
                    }
                    Verdict::Up | Verdict::Down => "comparison-sentence-beyond-chance",
                    Verdict::Unclear => "comparison-sentence-unclear",
                    _ => "comparison-sentence-within-chance",
                };
                say(
                    l,
                    key,
                    vec![
                        ("measure", name.clone()),
                        ("before", level(&info.measure, before.value, l)),
                        ("after", level(&info.measure, after.value, l)),
                        ("change", change(&info.measure, diff, l)),
                    ],
                )
            }
            _ => say(
                l,
                "comparison-sentence-not-compared",
                vec![
                    ("measure", name.clone()),
                    ("why", t(l, "comparison-missing-unknown")),
                ],
            ),
        },
        None => name.clone(),
    };
    let groups: Vec<&Verdict> = c
        .units
        .iter()
        .filter(|u| u.kind != UnitKind::Everyone)
        .filter_map(|u| u.changes.get(m).map(|ch| &ch.verdict))
        .filter(|v| !matches!(v, Verdict::NotCompared { .. }))
        .collect();
    if !groups.is_empty() {
        let up = groups.iter().filter(|v| ***v == Verdict::Up).count();
        let down = groups.iter().filter(|v| ***v == Verdict::Down).count();
        let key = if super::words::is_index(&info.measure) {
            "comparison-sentence-groups-index"
        } else {
            "comparison-sentence-groups"
        };
        out.push(' ');
        out.push_str(&t_args(
            l,
            key,
            &[
                ("groups", groups.len().into()),
                ("up", up.into()),
                ("down", down.into()),
            ],
        ));
    }
    out
}

/// Who is on each side of pilots against the rest.
pub fn pilots_intro(c: &Comparison, l: Language) -> String {
    let Some(p) = &c.pilots_vs_rest else {
        return t(l, "comparison-pilots-none");
    };
    let names = |units: &[usize]| {
        units
            .iter()
            .filter_map(|&i| c.units.get(i))
            .map(|u| unit_name(u, l))
            .collect::<Vec<_>>()
            .join(", ")
    };
    say(
        l,
        "comparison-pilots-intro",
        vec![
            ("pilots", names(&p.pilot_units)),
            ("rest", names(&p.rest_units)),
        ],
    )
}

/// Measure `m` for the pilots against the rest: both changes, then the
/// difference, worded by its verdict. Within chance it is said to show
/// nothing; beyond chance it is still not said to be the pilot's doing.
pub fn pilots_sentence(c: &Comparison, m: usize, d: &DiffInDiff, l: Language) -> String {
    let Some(info) = c.measures.get(m) else {
        return String::new();
    };
    let measure = &info.measure;
    let name = measure_name(info, l);
    let mut out = match (d.pilots.change, d.rest.change) {
        (Some(pilots), Some(rest)) => say(
            l,
            "comparison-pilots-changes",
            vec![
                ("measure", name.clone()),
                ("pilots", change(measure, pilots, l)),
                ("rest", change(measure, rest, l)),
            ],
        ),
        _ => format!("{name}:"),
    };
    let difference = d.difference.map(|x| change(measure, x, l));
    let range = d.interval.map(|x| interval(measure, x, l));
    let verdict = match (&d.verdict, difference, range) {
        (Verdict::NotCompared { why }, _, _) => say(
            l,
            "comparison-pilots-not-compared",
            vec![("why", missing(*why, l))],
        ),
        (verdict, Some(difference), Some(range)) => {
            let key = match verdict {
                Verdict::Up => "comparison-pilots-more",
                Verdict::Down => "comparison-pilots-less",
                Verdict::Unclear => "comparison-pilots-unclear",
                _ => "comparison-pilots-within-chance",
            };
            say(
                l,
                key,
                vec![("difference", difference), ("interval", range)],
            )
        }
        (_, Some(difference), None) => say(
            l,
            "comparison-pilots-unclear",
            vec![("difference", difference), ("interval", String::new())],
        ),
        _ => say(
            l,
            "comparison-pilots-not-compared",
            vec![("why", t(l, "comparison-missing-unknown"))],
        ),
    };
    out.push(' ');
    out.push_str(&verdict);
    out
}

/// "Sales («Baseline 2026»): not in the follow-up".
pub fn not_compared_line(view: &ComparisonView<'_>, n: &NotCompared, l: Language) -> String {
    say(
        l,
        "comparison-not-compared-line",
        vec![
            ("department", n.department.clone()),
            ("survey", title(view, n.wave, l)),
            ("why", not_compared_why(n.why, l)),
        ],
    )
}

/// "Question q7, option or row tiktok: only in «Follow-up 2027»".
pub fn unmatched_line(view: &ComparisonView<'_>, u: &Unmatched, l: Language) -> String {
    let survey = title(view, u.only_in, l);
    match &u.item {
        Some(item) => say(
            l,
            "comparison-unmatched-item",
            vec![
                ("question", u.question.clone()),
                ("item", item.clone()),
                ("survey", survey),
            ],
        ),
        None => say(
            l,
            "comparison-unmatched-question",
            vec![("question", u.question.clone()), ("survey", survey)],
        ),
    }
}
