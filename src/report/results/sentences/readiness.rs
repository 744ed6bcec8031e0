//! The sentences under the readiness and reach charts: where to start, and
//! how far the volunteers' own networks reach.

use super::super::model::{
    Because, MainBarrier, NoneReady, Pilot, ReadinessResults, Recommendation, Results,
};
use super::charts::names;
use super::{cell, count, decimal, goal, index, quote, say};
use crate::i18n::t;
use crate::language::Language;
use crate::questionnaire::readiness::Goal;

fn label(r: &ReadinessResults, id: &str, language: Language) -> String {
    r.platforms
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| id.to_owned(), |l| l.text.get(language).to_owned())
}

/// Why a pilot: index, volunteers, the platform (or why none is named), the
/// barrier named most, and the first step with what it answers.
pub fn pilot_reason(
    r: &ReadinessResults,
    results: &Results,
    p: &Pilot,
    language: Language,
) -> String {
    let barrier = |id: &str| option_text(results, &r.roles.barriers, id, language);
    let motivation = |id: &str| option_text(results, &r.roles.motivations, id, language);
    let mut sentence = say(
        language,
        "results-pilot-reason",
        vec![
            ("department", p.department.clone()),
            ("index", index(&p.index)),
            ("volunteers", cell(&p.volunteers, language)),
        ],
    );
    sentence.push(' ');
    sentence.push_str(&match &p.platform {
        Some(platform) => say(
            language,
            "results-pilot-platform",
            vec![
                ("platform", label(r, platform, language)),
                ("weekly", cell(&p.weekly_on_platform, language)),
                ("willing", cell(&p.willing_on_platform, language)),
            ],
        ),
        None => t(language, "results-pilot-platform-withheld"),
    });
    if !p.maybe_better.is_empty() {
        let others: Vec<String> = p
            .maybe_better
            .iter()
            .map(|id| label(r, id, language))
            .collect();
        sentence.push(' ');
        sentence.push_str(&say(
            language,
            "results-pilot-maybe-better",
            vec![("platforms", names(&others, language))],
        ));
    }
    sentence.push(' ');
    sentence.push_str(&match &p.main_barrier {
        MainBarrier::Named { options, sure } => {
            let texts: Vec<String> = options
                .iter()
                .map(|o| quote(&barrier(o), language))
                .collect();
            let key = if *sure {
                "results-pilot-main-barrier"
            } else {
                "results-pilot-main-barrier-shown"
            };
            say(language, key, vec![("barriers", names(&texts, language))])
        }
        MainBarrier::None => t(language, "results-pilot-no-barrier"),
    });
    let step = t(language, &format!("results-step-{}", p.first_step.id()));
    sentence.push(' ');
    sentence.push_str(&match &p.first_step_because {
        Because::Barrier { option } => say(
            language,
            "results-pilot-step-barrier",
            vec![
                ("step", step),
                ("barrier", quote(&barrier(option), language)),
            ],
        ),
        Because::Motivation { option } => say(
            language,
            "results-pilot-step-motivation",
            vec![
                ("step", step),
                ("motivation", quote(&motivation(option), language)),
            ],
        ),
        Because::CourseInterest => say(language, "results-pilot-step-course", vec![("step", step)]),
        Because::Default => say(language, "results-pilot-step-default", vec![("step", step)]),
    });
    sentence
}

fn option_text(results: &Results, question: &str, option: &str, language: Language) -> String {
    results
        .questions
        .iter()
        .find(|q| q.id == question)
        .and_then(|q| q.options.iter().find(|o| o.id == option))
        .map_or_else(|| option.to_owned(), |o| o.text.get(language).to_owned())
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
            let departments: Vec<String> = pilots.iter().map(|p| p.department.clone()).collect();
            let mut sentence = say(
                language,
                "results-pilots",
                vec![
                    ("goal", goal(goal_, language)),
                    ("departments", names(&departments, language)),
                ],
            );
            for p in pilots {
                sentence.push(' ');
                sentence.push_str(&pilot_reason(r, results, p, language));
            }
            sentence
        }
        Recommendation::NoneReady { why } => {
            let why = match why {
                NoneReady::NoDepartmentShown => t(language, "results-why-no-department-shown"),
                NoneReady::TooFewVolunteers { min_volunteers } => say(
                    language,
                    "results-why-too-few-volunteers",
                    vec![("min", min_volunteers.to_string())],
                ),
                NoneReady::NoPlatformFits => t(language, "results-why-no-platform-fits"),
            };
            say(
                language,
                "results-none-ready",
                vec![("goal", goal(goal_, language)), ("why", why)],
            )
        }
    }
}

/// The reach sentence; `company_followers` are HR's own figures per
/// platform id, to compare with.
pub fn reach(results: &Results, company_followers: &[(String, u64)], language: Language) -> String {
    let Some(r) = &results.readiness else {
        return t(language, "results-no-readiness");
    };
    let top = r
        .reach
        .platforms
        .iter()
        .filter_map(|x| x.followers.shown().map(|f| (x, f)))
        .max_by_key(|&(_, f)| f);
    let Some((top, followers)) = top else {
        return t(language, "results-reach-hidden");
    };
    let platform = label(r, &top.platform, language);
    let mut sentence = say(
        language,
        "results-reach-total",
        vec![
            ("reach", count(r.reach.total, language)),
            ("platform", platform.clone()),
            ("platform_reach", count(followers, language)),
        ],
    );
    if let Some(multiple) = r.reach.multiple(&top.platform, company_followers) {
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
