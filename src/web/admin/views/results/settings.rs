//! Reading the results for a goal, and HR's settings: the goal of the
//! programme and the company's own followers per platform.

use maud::{Markup, html};

use super::super::csrf_field;
use crate::i18n::t;
use crate::questionnaire::readiness::Goal;
use crate::report::results::sentences;
use crate::service::accounts::AdminSession;
use crate::service::{SurveyDetails, SurveyResults};
use crate::web::context::PageContext;

/// Links to read the same results for each goal.
pub fn goal_tabs(ctx: &PageContext, survey: &SurveyDetails, current: Goal) -> Markup {
    let l = ctx.language;
    let base = ctx.href(&format!("/admin/surveys/{}/results", survey.id));
    html! {
        nav.goal-tabs.no-print aria-label=(t(l, "results-page-goal-label")) {
            span { (t(l, "results-page-goal-label")) ": " }
            @for goal in Goal::ALL {
                @if goal == current {
                    a aria-current="page" href=(format!("{base}?goal={}", goal.id())) { (sentences::goal(goal, l)) }
                } @else {
                    a href=(format!("{base}?goal={}", goal.id())) { (sentences::goal(goal, l)) }
                }
            }
        }
    }
}

pub fn form(ctx: &PageContext, admin: &AdminSession, survey: &SurveyResults, goal: Goal) -> Markup {
    let l = ctx.language;
    let Some(readiness) = &survey.results.readiness else {
        return html! {};
    };
    let given = |platform: &str| {
        survey
            .settings
            .company_followers
            .iter()
            .find(|(p, _)| p == platform)
            .map(|(_, n)| n.to_string())
            .unwrap_or_default()
    };
    let action = ctx.href(&format!("/admin/surveys/{}/results", survey.survey.id));
    html! {
        section.no-print aria-labelledby="h-settings" {
            h2 #h-settings { (t(l, "results-page-settings")) }
            p.hint { (t(l, "results-page-settings-explained")) }
            form method="post" action=(action) {
                (csrf_field(admin))
                div.field {
                    label for="goal" { (t(l, "results-page-goal-label")) }
                    select #goal name="goal" {
                        @for g in Goal::ALL {
                            option value=(g.id()) selected[g == goal] { (sentences::goal(g, l)) }
                        }
                    }
                }
                fieldset {
                    legend { (t(l, "results-legend-company")) }
                    @for p in &readiness.platforms {
                        div.field {
                            label for={ "followers-" (p.id) } { (p.text.get(l)) }
                            input id={ "followers-" (p.id) } type="text" inputmode="numeric"
                                name={ "followers_" (p.id) } value=(given(&p.id)) autocomplete="off";
                        }
                    }
                }
                button type="submit" { (t(l, "admin-save")) }
            }
        }
    }
}
