//! Making a follow-up of a closed survey on one screen: its title, its
//! questionnaire, each baseline department's name in it and whether it ran
//! the pilot, and new departments. Also how the two surveys' pages point
//! at each other.

use maud::{Markup, html};

use super::{admin_page, csrf_field, departments_message, error_summary, status_badge};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::Goal;
use crate::report::compare::{Unmatched, Wave};
use crate::report::results::sentences;
use crate::service::accounts::AdminSession;
use crate::service::{FollowUpError, FollowUpPlan, FollowUpSummary, QuestionnaireChoice};
use crate::survey::follow_up::LinkError;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::web::context::PageContext;

/// What the form holds: prefilled from the plan, or as HR sent it.
pub struct FollowUpForm {
    pub goal: Goal,
    pub title: String,
    pub questionnaire: QuestionnaireChoice,
    /// One per baseline department, in its order.
    pub rows: Vec<FollowUpRow>,
    pub new_departments: String,
}

pub struct FollowUpRow {
    pub baseline: DepartmentName,
    /// Its name in the follow-up; empty to leave it out.
    pub name: String,
    pub pilot: bool,
}

fn choice_id(choice: QuestionnaireChoice) -> &'static str {
    match choice {
        QuestionnaireChoice::Same => "same",
        QuestionnaireChoice::Newest => "newest",
    }
}

pub fn follow_up_page(
    ctx: &PageContext,
    admin: &AdminSession,
    plan: &FollowUpPlan,
    form: &FollowUpForm,
    errors: &[String],
) -> Markup {
    let l = ctx.language;
    let base = &plan.baseline;
    let url = ctx.href(&format!("/admin/surveys/{}/follow-up", base.id));
    let title = t_args(
        l,
        "follow-up-page-title",
        &[("title", base.title.clone().into())],
    );
    let body = html! {
        h1 { (title) }
        p { (t_args(l, "follow-up-intro", &[("title", base.title.clone().into())])) }
        p.no-print { a href=(ctx.href(&format!("/admin/surveys/{}", base.id))) { (t(l, "results-page-back")) } }
        (error_summary(ctx, errors))
        // Another goal ticks other pilots: the page again, no script needed.
        form.inline-form.no-print method="get" action=(url) {
            div.field {
                label for="goal" { (t(l, "follow-up-goal-label")) }
                select #goal name="goal" {
                    @for g in Goal::ALL {
                        option value=(g.id()) selected[g == form.goal] { (sentences::goal(g, l)) }
                    }
                }
            }
            button.secondary type="submit" { (t(l, "follow-up-goal-show")) }
        }
        form method="post" action=(url) {
            (csrf_field(admin))
            input type="hidden" name="goal" value=(form.goal.id());
            div.field {
                label for="title" { (t(l, "follow-up-title-label")) }
                input #title type="text" name="title" value=(form.title) required;
            }
            p { (t_args(l, "follow-up-k", &[("k", base.min_group_size.get().into())])) }
            (questionnaires(l, plan, form))
            (departments(l, form))
            div.field {
                label for="new_departments" { (t(l, "follow-up-new-departments")) }
                p.hint #new-departments-hint { (t(l, "follow-up-new-departments-hint")) }
                textarea #new_departments name="new_departments" rows="4"
                    aria-describedby="new-departments-hint" { (form.new_departments) }
            }
            button type="submit" { (t(l, "follow-up-submit")) }
        }
    };
    admin_page(ctx, admin, &title, body)
}

fn questionnaires(l: Language, plan: &FollowUpPlan, form: &FollowUpForm) -> Markup {
    let baseline = &plan.baseline.questionnaire;
    html! {
        fieldset {
            legend { (t(l, "follow-up-questionnaire")) }
            @for option in &plan.questionnaires {
                @let q = &option.questionnaire;
                @let id = choice_id(option.choice);
                @let key = match option.choice {
                    QuestionnaireChoice::Same => "follow-up-questionnaire-same",
                    QuestionnaireChoice::Newest => "follow-up-questionnaire-newest",
                };
                label.choice {
                    input type="radio" name="questionnaire" value=(id)
                        checked[option.choice == form.questionnaire];
                    span { (t_args(l, key, &[("title", q.title.get(l).to_owned().into()), ("version", q.version.into())])) }
                }
                @if option.choice == QuestionnaireChoice::Newest {
                    @if option.unmatched.is_empty() {
                        p.hint { (t(l, "follow-up-all-matched")) }
                    } @else {
                        div.hint {
                            p { (t(l, "follow-up-unmatched-intro")) }
                            ul.unmatched {
                                @for u in &option.unmatched {
                                    li { (unmatched(l, baseline, q, u)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One item only one wave asks, in the words of the questionnaire that has it.
fn unmatched(
    l: Language,
    baseline: &Questionnaire,
    newest: &Questionnaire,
    u: &Unmatched,
) -> String {
    let q = match u.only_in {
        Wave::Baseline => baseline,
        Wave::FollowUp => newest,
    };
    let wave = t(
        l,
        &format!(
            "follow-up-wave-{}",
            match u.only_in {
                Wave::Baseline => "baseline",
                Wave::FollowUp => "follow_up",
            }
        ),
    );
    let question = q.questions.iter().find(|x| x.id == u.question);
    let question_text = question.map_or(u.question.clone(), |x| x.text.get(l).to_owned());
    match &u.item {
        None => t_args(
            l,
            "follow-up-unmatched-question",
            &[("question", question_text.into()), ("wave", wave.into())],
        ),
        Some(item) => {
            let text = question
                .and_then(|x| x.rows.iter().chain(&x.options).find(|c| &c.id == item))
                .map_or(item.clone(), |c| c.text.get(l).to_owned());
            t_args(
                l,
                "follow-up-unmatched-item",
                &[
                    ("question", question_text.into()),
                    ("item", text.into()),
                    ("wave", wave.into()),
                ],
            )
        }
    }
}

fn departments(l: Language, form: &FollowUpForm) -> Markup {
    html! {
        fieldset {
            legend { (t(l, "follow-up-departments")) }
            p.hint { (t(l, "follow-up-departments-hint")) }
            p.hint { (t(l, "follow-up-goal-hint")) }
            table.follow-up-departments {
                thead {
                    tr {
                        th scope="col" { (t(l, "follow-up-column-baseline")) }
                        th scope="col" #column-name { (t(l, "follow-up-column-name")) }
                        th scope="col" #column-pilot { (t(l, "follow-up-column-pilot")) }
                    }
                }
                tbody {
                    @for (i, row) in form.rows.iter().enumerate() {
                        tr {
                            th scope="row" id={ "baseline-" (i) } { (row.baseline) }
                            td {
                                input id={ "name-" (i) } type="text" name={ "name-" (i) } value=(row.name)
                                    aria-labelledby={ "column-name baseline-" (i) };
                            }
                            td {
                                input id={ "pilot-" (i) } type="checkbox" name={ "pilot-" (i) } value="yes"
                                    checked[row.pilot] aria-labelledby={ "column-pilot baseline-" (i) };
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What went wrong making a follow-up, where HR can put it right.
pub fn follow_up_message(l: Language, e: &FollowUpError) -> String {
    let name = |key: &str, name: &str| t_args(l, key, &[("name", name.to_owned().into())]);
    match e {
        FollowUpError::Departments(e) => departments_message(l, e),
        FollowUpError::Link(LinkError::UnknownBaseline(n)) => {
            name("follow-up-error-unknown-baseline", n)
        }
        FollowUpError::Link(LinkError::Split(n)) => name("follow-up-error-split", n),
        FollowUpError::Link(LinkError::NothingContinued) => {
            t(l, "follow-up-error-nothing-continued")
        }
        FollowUpError::NoNewerQuestionnaire => t(l, "follow-up-error-no-newer"),
        _ => t(l, "admin-error-bad-form"),
    }
}

/// On a survey's page: the baseline it follows up, and its follow-ups.
pub fn follow_up_links(
    ctx: &PageContext,
    of: Option<&(SurveyId, String)>,
    follow_ups: &[FollowUpSummary],
) -> Markup {
    let l = ctx.language;
    let link = |id: &SurveyId| ctx.href(&format!("/admin/surveys/{id}"));
    html! {
        @if let Some((id, title)) = of {
            p.follow-up-of { (t(l, "follow-up-is-of")) " " a href=(link(id)) { (title) } }
        }
        @if !follow_ups.is_empty() {
            section aria-labelledby="follow-ups" {
                h2 #follow-ups { (t(l, "follow-up-list")) }
                ul {
                    @for f in follow_ups {
                        li {
                            a href=(link(&f.id)) { (f.title) } " " (status_badge(ctx, f.status))
                            @if f.status == SurveyStatus::Closed {
                                " · " a href=(ctx.href(&format!("/admin/surveys/{}/comparison", f.id))) { (t(l, "follow-up-comparison")) }
                            }
                        }
                    }
                }
            }
        }
    }
}
