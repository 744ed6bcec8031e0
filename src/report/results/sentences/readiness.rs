//! The sentences under the readiness and reach charts: where to start, and
//! how far the volunteers' own networks reach.

use super::super::model::{Recommendation, Results};
use super::{cell, count, decimal, goal, say};
use crate::i18n::t;
use crate::language::Language;
use crate::questionnaire::readiness::Goal;

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
                super::super::NoneReady::NoDepartmentShown => {
                    t(language, "results-why-no-department-shown")
                }
                super::super::NoneReady::TooFewVolunteers { min_volunteers } => say(
                    language,
                    "results-why-too-few-volunteers",
                    vec![("min", min_volunteers.to_string())],
                ),
                super::super::NoneReady::NoPlatformFits => {
                    t(language, "results-why-no-platform-fits")
                }
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
