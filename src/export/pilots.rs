//! A recommended pilot's reasons in words, as the results page gives them:
//! volunteers, the platform to start on, the first step and why.

use super::words::Words;
use crate::report::results::{Because, Pilot, ReadinessResults, Results, sentences};

/// A pilot's reasons, as the results page gives them.
pub fn reasons(r: &Results, readiness: &ReadinessResults, p: &Pilot, w: &Words) -> Vec<String> {
    let l = w.language;
    let platform = p.platform.as_deref().map(|id| {
        readiness
            .platforms
            .iter()
            .find(|x| x.id == id)
            .map_or_else(|| id.to_owned(), |x| x.text.get(l).to_owned())
    });
    let option = |id: &str| {
        r.questions
            .iter()
            .filter(|q| q.id == readiness.roles.barriers || q.id == readiness.roles.motivations)
            .flat_map(|q| q.options.iter())
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.text.get(l).to_owned())
    };
    let step = w.t(&format!("results-step-{}", p.first_step.id()));
    let because = match &p.first_step_because {
        Because::Barrier { option: o } => w.t_args(
            "results-page-because-barrier",
            &[("option", option(o).into())],
        ),
        Because::Motivation { option: o } => w.t_args(
            "results-page-because-motivation",
            &[("option", option(o).into())],
        ),
        Because::CourseInterest => w.t("results-page-because-course"),
        Because::Default => w.t("results-page-because-default"),
    };
    vec![
        w.t_args(
            "results-page-pilot-volunteers",
            &[
                ("volunteers", sentences::cell(&p.volunteers, l).into()),
                ("respondents", sentences::count(p.respondents, l).into()),
            ],
        ),
        match platform {
            Some(platform) => w.t_args(
                "results-page-pilot-platform",
                &[
                    ("platform", platform.into()),
                    ("weekly", sentences::cell(&p.weekly_on_platform, l).into()),
                ],
            ),
            None => w.t("results-pilot-platform-withheld"),
        },
        format!(
            "{} {because}",
            w.t_args("results-page-pilot-step", &[("step", step.into())])
        ),
    ]
}
