//! What the audit withheld, and whom it protects, in HR's words: never the
//! protected figure's value, only which figure and whose answers.

use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::audit::{Now, Protects, Withheld};
use crate::report::figures::{At, Cell, Count, FigureId, Part, Side};
use crate::report::results::{Results, sentences};

/// At most this many lines; the rest are counted.
const MAX_LINES: usize = 40;

/// "Everyone – Which social media do you use…: LinkedIn – Weekly".
fn figure(r: &Results, id: &FigureId, l: Language) -> String {
    match *id {
        FigureId::Table {
            question,
            row,
            at,
            part,
        } => {
            let Some(q) = r.questions.get(question) else {
                return String::new();
            };
            let group = match at {
                At::Group(g) => r
                    .groups
                    .get(g)
                    .map(|g| sentences::group_name(&g.name, l))
                    .unwrap_or_default(),
                At::Total => t(l, "results-everyone"),
            };
            let mut what = q.text.get(l).to_owned();
            if let Some(row) = q.rows.get(row) {
                what = format!("{what} – {}", row.text.get(l));
            }
            let item = match part {
                Part::Answered => t(l, "results-page-audit-answered"),
                Part::Option(o) => q
                    .options
                    .get(o)
                    .map(|o| o.text.get(l).to_owned())
                    .unwrap_or_default(),
                Part::Split => split_name(r, &q.id, l),
            };
            format!("{group} – {what}: {item}")
        }
        FigureId::Split { split, side, part } => {
            let readiness = r.readiness.as_ref();
            let s = readiness.and_then(|x| {
                if split == 0 {
                    x.barriers_split.as_ref()
                } else {
                    x.motivations_split.as_ref()
                }
            });
            let question = s
                .and_then(|s| r.questions.iter().find(|q| q.id == s.question))
                .map(|q| q.text.get(l).to_owned())
                .unwrap_or_default();
            let side = match side {
                Side::Volunteers => t(l, "results-volunteers"),
                Side::Rest => t(l, "results-rest"),
            };
            let item = match part {
                Part::Option(o) => s
                    .and_then(|s| s.options.get(o))
                    .map(|o| o.text.get(l).to_owned())
                    .unwrap_or_default(),
                _ => t(l, "results-page-audit-answered"),
            };
            format!("{side} – {question}: {item}")
        }
        FigureId::ReachVolunteers { reach } | FigureId::ReachFollowers { reach } => {
            let platform = r
                .readiness
                .as_ref()
                .and_then(|x| x.reach.platforms.get(reach).map(|p| (x, p)))
                .and_then(|(x, p)| x.platforms.iter().find(|l| l.id == p.platform))
                .map(|p| p.text.get(l).to_owned())
                .unwrap_or_default();
            t_args(
                l,
                "results-page-audit-reach",
                &[("platform", platform.into())],
            )
        }
    }
}

/// What a question's yes/no share counts: volunteers, already sharing, …
fn split_name(r: &Results, question: &str, l: Language) -> String {
    let Some(roles) = r.readiness.as_ref().map(|x| &x.roles) else {
        return String::new();
    };
    let key = if question == roles.willingness {
        "results-volunteers"
    } else if question == roles.shares_work {
        "results-page-sharing"
    } else if question == roles.course_interest {
        "results-page-course"
    } else {
        "results-page-audit-weekly"
    };
    t(l, key)
}

fn now(n: &Now, l: Language) -> String {
    match n {
        Now::Cell {
            cell: Cell::Rounded { percent, .. },
        } => t_args(
            l,
            "results-page-audit-now-rounded",
            &[("value", (*percent).into())],
        ),
        Now::Cell {
            cell: c @ (Cell::AlmostAll | Cell::AlmostNone),
        } => t_args(
            l,
            "results-page-audit-now-band",
            &[("band", sentences::cell(c, l).into())],
        ),
        Now::Count {
            count: Count::Rounded { value, .. },
        } => t_args(
            l,
            "results-page-audit-now-count",
            &[("value", sentences::count(*value, l).into())],
        ),
        _ => t(l, "results-page-audit-now-hidden"),
    }
}

fn protects(r: &Results, p: &Protects, l: Language) -> String {
    match p {
        // Not which department: its name would say which departments the
        // pool holds, which the results page never says.
        Protects::Department { question, .. } => {
            let question = r
                .questions
                .get(*question)
                .map(|q| q.text.get(l).to_owned())
                .unwrap_or_default();
            t_args(
                l,
                "results-page-audit-protects-department",
                &[("question", question.into())],
            )
        }
        Protects::Figure { figure: f } => t_args(
            l,
            "results-page-audit-protects-figure",
            &[("figure", figure(r, f, l).into())],
        ),
    }
}

fn line(r: &Results, w: &Withheld, l: Language) -> String {
    t_args(
        l,
        "results-page-audit-line",
        &[
            ("figure", figure(r, &w.figure, l).into()),
            ("now", now(&w.now, l).into()),
            ("protects", protects(r, &w.protects, l).into()),
        ],
    )
}

pub fn section(r: &Results, l: Language) -> Markup {
    let audit = &r.audit;
    let complementary = r.groups.iter().any(|g| {
        matches!(
            g.name,
            crate::report::results::GroupName::Other {
                complementary: true,
                ..
            }
        )
    });
    html! {
        section.audit aria-labelledby="h-audit" {
            h2 #h-audit { (t(l, "results-page-audit-title")) }
            @if complementary {
                p { (t_args(l, "results-page-complementary", &[("k", r.min_group_size.into())])) }
            }
            p { (t_args(l, "results-page-audit-summary", &[("protected", audit.protected.into())])) }
            @if audit.withheld.is_empty() {
                p { (t(l, "results-page-audit-none")) }
            } @else {
                details {
                    summary { (t_args(l, "results-page-audit-some", &[("withheld", audit.withheld.len().into())])) }
                    ul { @for w in audit.withheld.iter().take(MAX_LINES) { li { (line(r, w, l)) } } }
                    @if audit.withheld.len() > MAX_LINES { p { "…" } }
                }
            }
        }
    }
}
