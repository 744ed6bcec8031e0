//! The sentence under each chart, built from the published results.

use super::super::cell::Cell;
use super::super::model::{Results, Share, Split};
use super::{cell, count, group_name, percent, say};
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
    labels: &[super::super::Label],
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
