//! One survey: participation, its minimum group size, and what can be done
//! with it in its current state.

use maud::{Markup, html};

use super::participation::participation_table;
use super::{admin_page, csrf_field, error_summary, status_badge};
use crate::i18n::{t, t_args};
use crate::service::MAX_INVITES_PER_BATCH;
use crate::service::accounts::AdminSession;
use crate::service::{Participation, SurveyDetails};
use crate::survey::{MinGroupSize, SurveyStatus};
use crate::web::context::PageContext;

/// What the survey page shows.
pub struct SurveyPage<'a> {
    pub survey: &'a SurveyDetails,
    pub questionnaire_title: &'a str,
    pub participation: &'a Participation,
    pub employee_link: String,
    /// The invite form's one-time token.
    pub invite_form: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
}

fn action(ctx: &PageContext, p: &SurveyPage<'_>, what: &str) -> String {
    ctx.href(&format!("/admin/surveys/{}/{what}", p.survey.id))
}

pub fn survey_page(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    let s = p.survey;
    let body = html! {
        h1 { (s.title) }
        p.survey-meta {
            (status_badge(ctx, s.status)) " "
            span { (t(l, "admin-survey-id")) " " code { (s.id) } } " "
            span { (t(l, "admin-questionnaire")) ": " (p.questionnaire_title) }
        }
        @if let Some(notice) = &p.notice {
            div.notice.ok role="status" { p { (notice) } }
        }
        (error_summary(ctx, &p.errors))
        p { (t(l, "admin-employee-link")) " " code.link { (p.employee_link) } }
        section aria-labelledby="participation" {
            h2 #participation { (t(l, "admin-participation")) }
            p.hint { (t(l, match s.status {
                SurveyStatus::Draft => "admin-participation-draft",
                SurveyStatus::Open => "admin-participation-open",
                SurveyStatus::Closed => "admin-participation-closed",
            })) }
            (participation_table(ctx, p.participation))
        }
        (key_fingerprints(ctx, s))
        (group_size(ctx, admin, p))
        @if s.status == SurveyStatus::Draft { (departments(ctx, admin, p)) }
        @if s.status != SurveyStatus::Closed { (invites(ctx, admin, p)) }
        (life_cycle(ctx, admin, p))
    };
    admin_page(ctx, admin, &s.title, body)
}

/// Each department's short key, for employees to compare with their page.
fn key_fingerprints(ctx: &PageContext, s: &SurveyDetails) -> Markup {
    let l = ctx.language;
    html! {
        @if s.departments.iter().any(|d| d.key_id.is_some()) {
            section aria-labelledby="keys" {
                h2 #keys { (t(l, "admin-keys")) }
                p.hint { (t(l, "admin-keys-hint")) }
                dl.facts.keys-list {
                    @for d in &s.departments {
                        @if let Some(key) = d.key_id {
                            dt { (d.name.as_str()) }
                            dd.fingerprint { (key.short_fingerprint()) }
                        }
                    }
                }
            }
        }
    }
}

fn group_size(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    let k = p.survey.min_group_size.get();
    html! {
        section aria-labelledby="group-size" {
            h2 #group-size { (t(l, "admin-k-heading")) }
            p { (t_args(l, "admin-k-explained", &[("k", k.into())])) }
            @if p.survey.status == SurveyStatus::Draft {
                form.inline-form method="post" action=(action(ctx, p, "settings")) {
                    (csrf_field(admin))
                    div.field {
                        label for="k" { (t(l, "admin-k-label")) }
                        input #k type="number" name="min_group_size" value=(k) required
                            min=(MinGroupSize::FLOOR) max=(MinGroupSize::CEILING) inputmode="numeric";
                    }
                    button.secondary type="submit" { (t(l, "admin-save")) }
                }
            }
        }
    }
}

fn departments(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    let url = action(ctx, p, "departments");
    html! {
        section aria-labelledby="departments" {
            h2 #departments { (t(l, "admin-departments")) }
            p.hint { (t(l, "admin-departments-draft-only")) }
            ul.department-list {
                @for (i, d) in p.participation.departments.iter().enumerate() {
                    li.department-row {
                        form.inline-form method="post" action=(url) {
                            (csrf_field(admin))
                            input type="hidden" name="action" value="rename";
                            input type="hidden" name="name" value=(d.department);
                            div.field {
                                label for={ "rename-" (i) } { (d.department) }
                                input id={ "rename-" (i) } type="text" name="new_name"
                                    value=(d.department) required;
                            }
                            button.secondary type="submit" { (t(l, "admin-rename")) }
                        }
                        form.inline-form method="post" action=(url) {
                            (csrf_field(admin))
                            input type="hidden" name="action" value="remove";
                            input type="hidden" name="name" value=(d.department);
                            @if d.invites > 0 {
                                label.choice.warning {
                                    input type="checkbox" name="confirm" value="yes" required;
                                    span { (t_args(l, "admin-remove-warning", &[("count", d.invites.into())])) }
                                }
                            }
                            button.danger type="submit" {
                                (t(l, "admin-remove")) " "
                                span.visually-hidden { (d.department) }
                            }
                        }
                    }
                }
            }
            form.inline-form method="post" action=(url) {
                (csrf_field(admin))
                input type="hidden" name="action" value="add";
                div.field {
                    label for="new-department" { (t(l, "admin-new-department")) }
                    input #new-department type="text" name="name" required;
                }
                button.secondary type="submit" { (t(l, "admin-add")) }
            }
        }
    }
}

fn invites(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    html! {
        section aria-labelledby="invites" {
            h2 #invites { (t(l, "admin-invites")) }
            div.notice { p { (t(l, "admin-codes-once")) } }
            form method="post" action=(action(ctx, p, "invites")) {
                (csrf_field(admin))
                input type="hidden" name="once" value=(p.invite_form);
                div.field {
                    label for="invite-department" { (t(l, "admin-department")) }
                    select #invite-department name="department" required {
                        @for d in &p.participation.departments {
                            option value=(d.department) { (d.department) }
                        }
                    }
                }
                div.field {
                    label for="invite-count" { (t(l, "admin-invite-count")) }
                    input #invite-count type="number" name="count" value="10" required
                        min="1" max=(MAX_INVITES_PER_BATCH) inputmode="numeric";
                }
                fieldset {
                    legend { (t(l, "admin-invite-format")) }
                    label.choice {
                        input type="radio" name="format" value="slips" checked;
                        span { (t(l, "admin-format-slips")) }
                    }
                    label.choice {
                        input type="radio" name="format" value="csv";
                        span { (t(l, "admin-format-csv")) }
                    }
                }
                button type="submit" { (t(l, "admin-make-invites")) }
            }
        }
    }
}

fn life_cycle(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    html! {
        section aria-labelledby="life-cycle" {
            h2 #life-cycle { (t(l, "admin-life-cycle")) }
            @match p.survey.status {
                SurveyStatus::Draft => {
                    p { (t(l, "admin-open-explained")) }
                    form method="post" action=(action(ctx, p, "open")) {
                        (csrf_field(admin))
                        button type="submit" { (t(l, "admin-open")) }
                    }
                }
                SurveyStatus::Open => {
                    p { (t(l, "admin-close-explained")) }
                    a.button.danger href=(action(ctx, p, "close")) { (t(l, "admin-close-ellipsis")) }
                }
                SurveyStatus::Closed => {
                    p { (t(l, "admin-closed-explained")) }
                }
            }
        }
    }
}

/// Closing is final: ask once more, and say what it destroys.
pub fn close_page(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyDetails,
    errors: &[String],
) -> Markup {
    let l = ctx.language;
    let title = t_args(
        l,
        "admin-close-title",
        &[("title", survey.title.clone().into())],
    );
    let url = ctx.href(&format!("/admin/surveys/{}/close", survey.id));
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors))
        div.notice.error {
            p { strong { (t(l, "admin-close-final")) } }
            ul {
                li { (t(l, "admin-close-keys")) }
                li { (t(l, "admin-close-invites")) }
                li { (t(l, "admin-close-results")) }
            }
        }
        form method="post" action=(url) {
            (csrf_field(admin))
            label.choice {
                input type="checkbox" name="confirm" value="yes" required;
                span { (t(l, "admin-close-confirm")) }
            }
            p.actions {
                button.danger type="submit" { (t(l, "admin-close-submit")) } " "
                a href=(ctx.href(&format!("/admin/surveys/{}", survey.id))) { (t(l, "admin-cancel")) }
            }
        }
    };
    admin_page(ctx, admin, &title, body)
}
