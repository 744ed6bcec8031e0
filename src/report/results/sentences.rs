//! One plain-language sentence per chart, in da, nb and en, from the
//! published results only ("Sales has the most volunteers: 14 of 31").
//! Texts live in `assets/i18n/*/results.ftl`.

use fluent_templates::fluent_bundle::FluentValue;

use super::cell::Cell;
use super::model::{GroupName, Recommendation, Results, Share, Split};
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

/// What a cell says in words: a percentage, or its band.
pub fn cell(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Exact { share, .. } => percent(*share, language),
        Cell::AlmostAll => t(language, "results-almost-all"),
        Cell::AlmostNone => t(language, "results-almost-none"),
        Cell::Hidden => t(language, "results-hidden"),
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

fn say(language: Language, key: &str, pairs: Vec<(&'static str, String)>) -> String {
    t_args(language, key, &args(pairs))
}

pub fn participation(results: &Results, language: Language) -> String {
    let Some(total) = results.total else {
        return t(language, "results-nothing-shown");
    };
    let mut sentence = say(
        language,
        "results-participation-total",
        vec![
            ("answered", count(total.answered, language)),
            ("invited", count(total.invited, language)),
            (
                "rate",
                percent(total.response_rate.unwrap_or(0.0), language),
            ),
        ],
    );
    let best = results
        .groups
        .iter()
        .filter_map(|g| g.participation.response_rate.map(|r| (g, r)))
        .fold(None, |best: Option<(_, f64)>, (g, r)| match best {
            Some((_, b)) if b >= r => best,
            _ => Some((g, r)),
        });
    if let (Some((group, rate)), true) = (best, results.groups.len() > 1) {
        sentence.push(' ');
        sentence.push_str(&say(
            language,
            "results-participation-best",
            vec![
                ("group", group_name(&group.name, language)),
                ("rate", percent(rate, language)),
            ],
        ));
    }
    sentence
}

/// The exact share that is highest, with its index.
fn highest<'a>(shares: impl Iterator<Item = (usize, &'a Share)>) -> Option<(usize, u64, u64, f64)> {
    shares
        .filter_map(|(i, s)| match s.cell {
            Cell::Exact { count, share } => Some((i, count, s.answered, share)),
            _ => None,
        })
        .fold(None, |best, x| match best {
            Some(b) if b.3 >= x.3 => Some(b),
            _ => Some(x),
        })
}

pub fn platform_use(results: &Results, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let totals = r
        .weekly
        .iter()
        .enumerate()
        .filter_map(|(p, s)| s.total.as_ref().map(|t| (p, t)));
    match highest(totals) {
        Some((p, _, _, share)) => say(
            language,
            "results-platform-top",
            vec![
                ("platform", r.platforms[p].text.get(language).to_owned()),
                ("share", percent(share, language)),
            ],
        ),
        None => t(language, "results-platform-no-total"),
    }
}

pub fn already_sharing(results: &Results, language: Language) -> String {
    let total = results
        .readiness
        .as_ref()
        .and_then(|r| r.already_sharing.total);
    match total {
        Some(share) if share.cell != Cell::Hidden => say(
            language,
            "results-sharing-total",
            vec![("share", cell(&share.cell, language))],
        ),
        _ => t(language, "results-nothing-shown"),
    }
}

pub fn willingness(results: &Results, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let by_count = r
        .volunteers
        .groups
        .iter()
        .enumerate()
        .filter_map(|(g, s)| match s.cell {
            Cell::Exact { count, .. } => Some((g, count, s.answered)),
            _ => None,
        })
        .fold(None, |best: Option<(usize, u64, u64)>, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        });
    let mut sentence = match by_count {
        Some((g, n, of)) if n > 0 && results.groups.len() > 1 => say(
            language,
            "results-willingness-most",
            vec![
                ("group", group_name(&results.groups[g].name, language)),
                ("count", count(n, language)),
                ("respondents", count(of, language)),
            ],
        ),
        _ => String::new(),
    };
    if let Some(Share {
        answered,
        cell: Cell::Exact { count: n, .. },
    }) = r.volunteers.total
    {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(&say(
            language,
            "results-willingness-total",
            vec![
                ("count", count(n, language)),
                ("respondents", count(answered, language)),
                ("from", r.volunteer_from.to_string()),
            ],
        ));
    }
    if sentence.is_empty() {
        t(language, "results-nothing-shown")
    } else {
        sentence
    }
}

fn top_option(
    split_cells: &[Cell],
    labels: &[super::Label],
    language: Language,
) -> Option<(String, String)> {
    split_cells
        .iter()
        .enumerate()
        .filter_map(|(o, c)| match c {
            Cell::Exact { share, .. } if *share > 0.0 => Some((o, *share)),
            _ => None,
        })
        .fold(None, |best: Option<(usize, f64)>, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        })
        .map(|(o, share)| {
            (
                labels[o].text.get(language).to_owned(),
                percent(share, language),
            )
        })
}

/// The barriers (or motivations) sentence: overall, then the volunteers'.
pub fn barriers_or_motivations(
    results: &Results,
    question: &str,
    split: Option<&Split>,
    language: Language,
) -> String {
    let Some(q) = results.questions.iter().find(|q| q.id == question) else {
        return t(language, "results-nothing-shown");
    };
    let total = q.tables.first().and_then(|t| t.total.as_ref());
    let mut sentence = match total.and_then(|d| top_option(&d.cells, &q.options, language)) {
        Some((option, share)) => say(
            language,
            "results-top-overall",
            vec![("option", option), ("share", share)],
        ),
        None => t(language, "results-nothing-shown"),
    };
    match split.and_then(|s| top_option(&s.volunteers.cells, &s.options, language)) {
        Some((option, share)) => {
            sentence.push(' ');
            sentence.push_str(&say(
                language,
                "results-top-volunteers",
                vec![("option", option), ("share", share)],
            ));
        }
        None => {
            sentence.push(' ');
            sentence.push_str(&t(language, "results-split-not-shown"));
        }
    }
    sentence
}

pub fn readiness(results: &Results, goal_: Goal, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let Some(g) = r.goals.iter().find(|g| g.goal == goal_) else {
        return t(language, "results-no-readiness");
    };
    match &g.recommendation {
        Recommendation::Pilots { pilots } => {
            let names: Vec<&str> = pilots.iter().map(|p| p.department.as_str()).collect();
            let mut sentence = say(
                language,
                "results-pilots",
                vec![
                    ("goal", goal(goal_, language)),
                    ("departments", names.join(", ")),
                ],
            );
            for p in pilots {
                let platform = r.platforms.iter().find(|l| l.id == p.platform);
                sentence.push(' ');
                sentence.push_str(&say(
                    language,
                    "results-pilot-reason",
                    vec![
                        ("department", p.department.clone()),
                        ("index", p.index.to_string()),
                        ("volunteers", cell(&p.volunteers, language)),
                        (
                            "platform",
                            platform.map_or(String::new(), |l| l.text.get(language).to_owned()),
                        ),
                        (
                            "step",
                            t(language, &format!("results-step-{}", p.first_step.id())),
                        ),
                    ],
                ));
            }
            sentence
        }
        Recommendation::NoneReady { why } => {
            let why = match why {
                super::NoneReady::NoDepartmentShown => {
                    t(language, "results-why-no-department-shown")
                }
                super::NoneReady::TooFewVolunteers { min_volunteers } => say(
                    language,
                    "results-why-too-few-volunteers",
                    vec![("min", min_volunteers.to_string())],
                ),
                super::NoneReady::NoPlatformFits => t(language, "results-why-no-platform-fits"),
            };
            say(
                language,
                "results-none-ready",
                vec![("goal", goal(goal_, language)), ("why", why)],
            )
        }
    }
}

pub fn reach(results: &Results, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let top = r
        .reach
        .platforms
        .iter()
        .enumerate()
        .filter_map(|(p, x)| x.followers.map(|f| (p, f)))
        .max_by_key(|&(p, f)| (f, std::cmp::Reverse(p)));
    let Some((p, followers)) = top else {
        return t(language, "results-reach-hidden");
    };
    let platform = r.platforms[p].text.get(language).to_owned();
    let mut sentence = say(
        language,
        "results-reach-total",
        vec![
            ("reach", count(r.reach.total, language)),
            ("platform", platform.clone()),
            ("platform_reach", count(followers, language)),
        ],
    );
    if let Some(multiple) = r.reach.platforms[p].multiple {
        sentence.push(' ');
        sentence.push_str(&say(
            language,
            "results-reach-multiple",
            vec![
                ("platform", platform),
                ("multiple", decimal(multiple, language)),
            ],
        ));
    }
    sentence
}
