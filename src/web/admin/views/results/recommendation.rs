//! Where to start: the pilot departments for the chosen goal, each with its
//! reasons in words, or why no department is ready yet.

use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Because, NoneReady, Recommendation, Results, sentences};

fn because(b: &Because, options: &[(String, String)], l: Language) -> String {
    let text = |id: &str| {
        options
            .iter()
            .find(|(o, _)| o == id)
            .map_or_else(|| id.to_owned(), |(_, text)| text.clone())
    };
    match b {
        Because::Barrier { option } => t_args(
            l,
            "results-page-because-barrier",
            &[("option", text(option).into())],
        ),
        Because::Motivation { option } => t_args(
            l,
            "results-page-because-motivation",
            &[("option", text(option).into())],
        ),
        Because::CourseInterest => t(l, "results-page-because-course"),
        Because::Default => t(l, "results-page-because-default"),
    }
}

/// Option texts of the barrier and motivation questions, by id.
fn option_texts(r: &Results, l: Language) -> Vec<(String, String)> {
    let Some(readiness) = &r.readiness else {
        return Vec::new();
    };
    let roles = [&readiness.roles.barriers, &readiness.roles.motivations];
    r.questions
        .iter()
        .filter(|q| roles.contains(&&q.id))
        .flat_map(|q| q.options.iter())
        .map(|o| (o.id.clone(), o.text.get(l).to_owned()))
        .collect()
}

pub fn section(r: &Results, goal: Goal, l: Language) -> Markup {
    let Some(readiness) = &r.readiness else {
        return html! {};
    };
    let Some(g) = readiness.goals.iter().find(|g| g.goal == goal) else {
        return html! {};
    };
    let options = option_texts(r, l);
    let platform = |id: &str| {
        readiness
            .platforms
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.text.get(l).to_owned())
    };
    let goal_name = sentences::goal(goal, l);
    html! {
        section.recommendation aria-labelledby="h-recommendation" {
            h2 #h-recommendation { (t_args(l, "results-page-where-to-start", &[("goal", goal_name.into())])) }
            @match &g.recommendation {
                Recommendation::Pilots { pilots } => {
                    ol.pilots { @for p in pilots { li {
                        h3 { (p.department) " " span.index { (t_args(l, "results-page-index-of", &[("index", p.index.into())])) } }
                        ul {
                            li { (t_args(l, "results-page-pilot-volunteers", &[
                                ("volunteers", sentences::cell(&p.volunteers, l).into()),
                                ("respondents", sentences::count(p.respondents, l).into()),
                            ])) }
                            li { (t_args(l, "results-page-pilot-platform", &[
                                ("platform", platform(&p.platform).into()),
                                ("weekly", sentences::cell(&p.weekly_on_platform, l).into()),
                            ])) }
                            li {
                                strong { (t_args(l, "results-page-pilot-step", &[
                                    ("step", t(l, &format!("results-step-{}", p.first_step.id())).into()),
                                ])) }
                                " " (because(&p.first_step_because, &options, l))
                            }
                        }
                    } } }
                    // Relative: the results page is /admin/surveys/{id}/results.
                    p.hint { (t(l, "results-page-pilots-explained")) " " a href="readiness" { (t(l, "readiness-link")) } }
                }
                Recommendation::NoneReady { why } => {
                    div.notice { p { (sentences::readiness(r, goal, l)) } }
                    @if matches!(why, NoneReady::TooFewVolunteers { .. }) {
                        p { (t(l, "results-page-none-ready-advice")) }
                    }
                }
            }
        }
    }
}
