//! The sentence under each chart, built from the published results. A
//! sentence that names "the most" compares only what can be compared: a
//! figure counts by the least and the most it can stand for, and where a
//! withheld figure might be higher, the sentence says so.

use super::super::model::{Cell, Label, Results, Share, Shares, Split};
use super::{cell, count, group_name, percent, quote, say};
use crate::i18n::t;
use crate::language::Language;

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
    if !results.empty.is_empty() {
        let names: Vec<&str> = results.empty.iter().map(|e| e.name.as_str()).collect();
        sentence.push(' ');
        sentence.push_str(&say(
            language,
            "results-participation-empty",
            vec![("departments", names.join(", "))],
        ));
    }
    sentence
}

/// Of several figures (each the range of shares it allows, `None` when
/// withheld), the one surely or apparently highest: (index, others that
/// might be as high, whether any of those is withheld).
pub(super) struct Top {
    pub best: usize,
    pub ties: Vec<usize>,
    pub withheld: Vec<usize>,
}

pub(super) fn top(ranges: &[Option<(f64, f64)>]) -> Option<Top> {
    let (best, low) = ranges
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.map(|r| (i, r.0)))
        .fold(None, |best: Option<(usize, f64)>, (i, low)| match best {
            Some((_, b)) if b >= low => best,
            _ => Some((i, low)),
        })?;
    if ranges[best].is_some_and(|r| r.1 <= 0.0) {
        return None;
    }
    let ties = ranges
        .iter()
        .enumerate()
        .filter(|&(i, r)| i != best && r.is_some_and(|r| r.1 >= low && r.1 > 0.0))
        .map(|(i, _)| i)
        .collect();
    let withheld = ranges
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_none())
        .map(|(i, _)| i)
        .collect();
    Some(Top {
        best,
        ties,
        withheld,
    })
}

fn total_range(s: &Shares) -> Option<(f64, f64)> {
    s.total.as_ref().and_then(Share::range)
}

/// "A and B" in the language's words.
pub(super) fn names(names: &[String], language: Language) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => say(
            language,
            "results-list-and",
            vec![("first", init.join(", ")), ("last", last.clone())],
        ),
    }
}

pub fn platform_use(results: &Results, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let ranges: Vec<Option<(f64, f64)>> = r.weekly.iter().map(total_range).collect();
    let Some(top) = top(&ranges) else {
        return t(language, "results-platform-no-total");
    };
    let label = |p: usize| r.platforms[p].text.get(language).to_owned();
    let share = |p: usize| {
        r.weekly[p]
            .total
            .map_or_else(String::new, |s| cell(&s.cell, language))
    };
    let mut sentence = if top.ties.is_empty() {
        say(
            language,
            "results-platform-top",
            vec![("platform", label(top.best)), ("share", share(top.best))],
        )
    } else {
        let all: Vec<usize> = std::iter::once(top.best)
            .chain(top.ties.iter().copied())
            .collect();
        let listed: Vec<String> = all
            .iter()
            .map(|&p| format!("{} ({})", label(p), share(p)))
            .collect();
        say(
            language,
            "results-platform-top-tied",
            vec![("platforms", names(&listed, language))],
        )
    };
    if !top.withheld.is_empty() {
        let withheld: Vec<String> = top.withheld.iter().map(|&p| label(p)).collect();
        sentence.push(' ');
        sentence.push_str(&say(
            language,
            "results-top-withheld",
            vec![("names", names(&withheld, language))],
        ));
    }
    sentence
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

/// "14 of 31", "about 33 %", or a band, for a share.
fn of(share: &Share, language: Language) -> String {
    match (share.cell, share.answered.value()) {
        (Cell::Exact { count: n, .. }, Some(of)) => say(
            language,
            "results-count-of",
            vec![("count", count(n, language)), ("of", count(of, language))],
        ),
        (c, _) => cell(&c, language),
    }
}

pub fn willingness(results: &Results, language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let counts: Vec<Option<(f64, f64)>> = r
        .volunteers
        .groups
        .iter()
        .map(|s| {
            let n = s.answered.value()? as f64;
            s.range().map(|(lo, hi)| (lo * n, hi * n))
        })
        .collect();
    let mut sentence = String::new();
    if let (Some(top), true) = (top(&counts), results.groups.len() > 1) {
        let group = |g: usize| group_name(&results.groups[g].name, language);
        let key = if top.ties.is_empty() && top.withheld.is_empty() {
            "results-willingness-most"
        } else {
            "results-willingness-most-shown"
        };
        sentence = say(
            language,
            key,
            vec![
                ("group", group(top.best)),
                ("volunteers", of(&r.volunteers.groups[top.best], language)),
            ],
        );
    }
    if let Some(total) = r.volunteers.total.filter(|s| s.cell != Cell::Hidden) {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(&say(
            language,
            "results-willingness-total",
            vec![
                ("volunteers", of(&total, language)),
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

/// The option chosen by the most, compared by the ranges of its cells.
fn top_option(
    cells: &[Cell],
    answered: Option<u64>,
    labels: &[Label],
    language: Language,
) -> Option<(String, bool)> {
    let ranges: Vec<Option<(f64, f64)>> = cells.iter().map(|c| c.share_range(answered)).collect();
    let top = top(&ranges)?;
    let all: Vec<usize> = std::iter::once(top.best)
        .chain(top.ties.iter().copied())
        .collect();
    let listed: Vec<String> = all
        .iter()
        .map(|&o| {
            format!(
                "{} ({})",
                quote(labels[o].text.get(language), language),
                cell(&cells[o], language)
            )
        })
        .collect();
    Some((names(&listed, language), !top.withheld.is_empty()))
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
    let top_total =
        total.and_then(|d| top_option(&d.cells, d.answered.value(), &q.options, language));
    let mut sentence = match top_total {
        Some((options, withheld)) => {
            let key = if withheld {
                "results-top-overall-shown"
            } else {
                "results-top-overall"
            };
            say(language, key, vec![("options", options)])
        }
        None => t(language, "results-nothing-shown"),
    };
    let top_volunteers = split.and_then(|s| {
        top_option(
            &s.volunteers.cells,
            s.volunteers.answered.value(),
            &s.options,
            language,
        )
    });
    sentence.push(' ');
    match top_volunteers {
        Some((options, withheld)) => {
            let key = if withheld {
                "results-top-volunteers-shown"
            } else {
                "results-top-volunteers"
            };
            sentence.push_str(&say(language, key, vec![("options", options)]));
        }
        None => sentence.push_str(&t(language, "results-split-not-shown")),
    }
    sentence
}
