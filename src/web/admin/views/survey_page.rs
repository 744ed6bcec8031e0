//! One survey: participation, its minimum group size, and what can be done
//! with it in its current state.

use maud::{Markup, html};

use super::invite_forms;
use super::participation::participation_table;
use super::survey_page_data::{SurveyPage, action};
use super::{admin_page, csrf_field, error_summary, status_badge};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::service::SurveyDetails;
use crate::service::accounts::AdminSession;
use crate::survey::{MinGroupSize, SurveyStatus};
use crate::web::context::PageContext;

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
        // Once closed, the results are what HR came for: first, not ~1,300 px down.
        (super::follow_up_links(ctx, p.follow_up_of.as_ref(), &p.follow_ups))
        @if s.status == SurveyStatus::Closed {
            p.results-first {
                a.button href=(action(ctx, p, "results")) { (t(l, "results-page-link")) } " "
                a.button.secondary href=(action(ctx, p, "follow-up")) { (t(l, "follow-up-make")) }
            }
        }
        @if s.status != SurveyStatus::Closed {
            p { (t(l, "admin-employee-link")) " " code.link { (p.employee_link) } }
        }
        (preview_links(ctx, p))
        section aria-labelledby="participation" {
            h2 #participation { (t(l, "admin-participation")) }
            p.hint { (t(l, match s.status {
                SurveyStatus::Draft => "admin-participation-draft",
                SurveyStatus::Open => "admin-participation-open",
                SurveyStatus::Closed => "admin-participation-closed",
            })) }
            (participation_table(ctx, p.participation, s.status))
        }
        (key_fingerprints(ctx, s))
        (group_size(ctx, admin, p))
        @if s.status == SurveyStatus::Draft { (departments(ctx, admin, p)) }
        @if s.status != SurveyStatus::Closed {
            (invite_forms::invites(ctx, admin, p))
            (invite_forms::batches(ctx, admin, p))
        }
        (super::sso::sign_in_section(ctx, admin, p))
        (life_cycle(ctx, p))
    };
    admin_page(ctx, admin, &s.title, body)
}

/// The questionnaire as employees will see it, in each language; opening
/// it spends no code.
fn preview_links(ctx: &PageContext, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    html! {
        p.no-print {
            (t(l, "admin-preview")) ": "
            @for (i, language) in Language::ALL.iter().enumerate() {
                @if i > 0 { " · " }
                a href=(format!("{}?in={}", action(ctx, p, "preview"), language.code())) lang=(language.code()) {
                    (t(*language, &format!("lang-{}", language.code())))
                }
            }
        }
    }
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
            @if p.follow_up_of.is_some() {
                p.hint { (t_args(l, "follow-up-error-keeps-k", &[("k", k.into())])) }
            } @else if p.survey.status == SurveyStatus::Draft {
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

fn life_cycle(ctx: &PageContext, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    html! {
        section aria-labelledby="life-cycle" {
            h2 #life-cycle { (t(l, "admin-life-cycle")) }
            @match p.survey.status {
                SurveyStatus::Draft => {
                    p { (t(l, "admin-open-explained")) }
                    a.button href=(action(ctx, p, "open")) { (t(l, "admin-open-ellipsis")) }
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
