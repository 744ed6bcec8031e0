//! How the readiness index and the pilot suggestions are worked out, for
//! HR, in their language: docs/readiness.md without the formulas and the
//! code, with the weights, fits and first steps of the survey's own
//! questionnaire (they live in its file, not in Stemme).

use maud::{Markup, html};

use super::admin_page;
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::{Goal, Readiness, Step};
use crate::report::results::sentences;
use crate::service::SurveyDetails;
use crate::service::accounts::AdminSession;
use crate::web::context::PageContext;

pub fn readiness_page(ctx: &PageContext, admin: &AdminSession, s: &SurveyDetails) -> Markup {
    let l = ctx.language;
    let k = s.min_group_size.get();
    let title = t(l, "readiness-page-title");
    let body = html! {
        p.kicker { (s.title) }
        h1 { (title) }
        p.lead { (t(l, "readiness-page-lead")) }
        h2 { (t(l, "readiness-idea-heading")) }
        p { (t(l, "readiness-idea")) }
        @if let Some(r) = &s.questionnaire.readiness {
            (parts(l, r))
            (fits(l, &s.questionnaire, r))
            h2 { (t(l, "readiness-recommendation-heading")) }
            p { (t_args(l, "readiness-recommendation", &[("min", r.min_volunteers.into())])) }
            (steps(l, &s.questionnaire, r))
        } @else {
            div.notice { p { (t(l, "results-no-readiness")) } }
        }
        h2 { (t(l, "readiness-numbers-heading")) }
        p { (t_args(l, "readiness-numbers", &[("k", k.into())])) }
        h2 { (t(l, "readiness-reach-heading")) }
        p { (t_args(l, "readiness-reach", &[("k", k.into())])) }
        p { a href=(ctx.href(&format!("/admin/surveys/{}/results", s.id))) { (t(l, "results-page-link")) } }
    };
    admin_page(ctx, admin, &title, body)
}

/// A weight as people read it: "35", "2.5" (Danish "2,5").
fn number(x: f64, l: Language) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        sentences::decimal(x, l)
    }
}

fn parts(l: Language, r: &Readiness) -> Markup {
    let w = r.weights;
    let from = r.volunteer_from + 1;
    let rows = [
        ("volunteers", w.volunteers),
        ("platform-fit", w.platform_fit),
        ("already-sharing", w.already_sharing),
        ("removable-barriers", w.removable_barriers),
        ("course-interest", w.course_interest),
    ];
    html! {
        h2 { (t(l, "readiness-index-heading")) }
        p { (t(l, "readiness-index-formula")) }
        div.table-scroll tabindex="0" {
            table {
                thead { tr {
                    th scope="col" { (t(l, "readiness-part")) }
                    th.number scope="col" { (t(l, "readiness-weight")) }
                    th scope="col" { (t(l, "readiness-what")) }
                } }
                tbody { @for (part, weight) in rows { tr {
                    th scope="row" { (t(l, &format!("readiness-part-{part}"))) }
                    td.number { (number(weight, l)) }
                    td { (t_args(l, &format!("readiness-part-{part}-what"), &[("from", from.into())])) }
                } } }
            }
        }
        p.hint { (t(l, "readiness-weights-note")) }
    }
}

/// The fit of every platform for every goal, from the questionnaire.
fn fits(l: Language, q: &Questionnaire, r: &Readiness) -> Markup {
    let Some(platforms) = q.questions.get(r.platform_use.question) else {
        return html! {};
    };
    html! {
        h2 { (t(l, "readiness-fit-heading")) }
        p { (t(l, "readiness-fit-intro")) }
        div.table-scroll tabindex="0" {
            table {
                thead { tr {
                    th scope="col" { (t(l, "readiness-platform")) }
                    @for goal in Goal::ALL {
                        th.number scope="col" { (crate::export::capitalized(&sentences::goal(goal, l))) }
                    }
                } }
                tbody { @for (p, platform) in platforms.rows.iter().enumerate() { tr {
                    th scope="row" { (platform.text.get(l)) }
                    @for goal in Goal::ALL {
                        td.number { (sentences::decimal(r.fit(goal).get(p).copied().unwrap_or(0.0), l)) }
                    }
                } } }
            }
        }
    }
}

/// Which first step each barrier and motivation suggests.
fn steps(l: Language, q: &Questionnaire, r: &Readiness) -> Markup {
    let pairs = |question: usize, steps: &[Option<Step>]| -> Vec<(String, Option<Step>)> {
        q.questions.get(question).map_or_else(Vec::new, |question| {
            question
                .options
                .iter()
                .zip(steps)
                .map(|(o, s)| (o.text.get(l).to_owned(), *s))
                .collect()
        })
    };
    let mut rows = pairs(r.barriers, &r.barrier_steps);
    rows.extend(
        pairs(r.motivations, &r.motivation_steps)
            .into_iter()
            .filter(|(_, s)| s.is_some()),
    );
    html! {
        h2 { (t(l, "readiness-steps-heading")) }
        p { (t(l, "readiness-steps")) }
        div.table-scroll tabindex="0" {
            table {
                thead { tr {
                    th scope="col" { (t(l, "readiness-steps-what")) }
                    th scope="col" { (t(l, "readiness-step")) }
                } }
                tbody { @for (what, step) in rows { tr {
                    th scope="row" { (what) }
                    td { @match step {
                        Some(step) => (t(l, &format!("results-step-{}", step.id()))),
                        None => "–",
                    } }
                } } }
            }
        }
    }
}
