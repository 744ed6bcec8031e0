//! The list of surveys, the form for a new one, and the audit trail.

use actix_web::cookie::time::OffsetDateTime;
use maud::{Markup, html};

use super::{actor_name, admin_page, csrf_field, error_summary, status_badge};
use crate::accounts::AuditEntry;
use crate::i18n::{t, t_args};
use crate::questionnaire::Problem;
use crate::service::SurveySummary;
use crate::service::accounts::AdminSession;
use crate::survey::{MinGroupSize, SurveyTitle};
use crate::web::context::PageContext;

pub fn list_page(ctx: &PageContext, admin: &AdminSession, surveys: &[SurveySummary]) -> Markup {
    let l = ctx.language;
    let body = html! {
        h1 { (t(l, "admin-surveys-title")) }
        p { a.button href=(ctx.href("/admin/surveys/new")) { (t(l, "admin-new-survey")) } }
        @if surveys.is_empty() {
            p { (t(l, "admin-no-surveys")) }
        } @else {
            div.table-scroll { table {
                caption.visually-hidden { (t(l, "admin-surveys-title")) }
                thead { tr {
                    th scope="col" { (t(l, "admin-title")) }
                    th scope="col" { (t(l, "admin-status")) }
                    th.number scope="col" { (t(l, "admin-departments")) }
                    th.number scope="col" { (t(l, "admin-invites-made")) }
                    th.number scope="col" { (t(l, "admin-tokens-issued")) }
                    th.number scope="col" { (t(l, "admin-responses-received")) }
                } }
                tbody { @for s in surveys { tr {
                    th scope="row" { a href=(ctx.href(&format!("/admin/surveys/{}", s.id))) { (s.title) } }
                    td { (status_badge(ctx, s.status)) }
                    td.number { (s.departments) }
                    td.number { (s.invites) }
                    td.number { (s.started) }
                    td.number { (s.answered) }
                } } }
            } }
        }
    };
    admin_page(ctx, admin, &t(l, "admin-surveys-title"), body)
}

/// What was typed into the new-survey form, kept when it is shown again.
#[derive(Debug, Default)]
pub struct NewSurveyForm {
    pub title: String,
    pub departments: String,
    pub min_group_size: String,
    pub own_questionnaire: bool,
    pub errors: Vec<String>,
    /// Problems in an uploaded questionnaire, with their lines.
    pub problems: Vec<Problem>,
}

pub fn new_survey_page(ctx: &PageContext, admin: &AdminSession, form: &NewSurveyForm) -> Markup {
    let l = ctx.language;
    let k = if form.min_group_size.is_empty() {
        MinGroupSize::default().get().to_string()
    } else {
        form.min_group_size.clone()
    };
    let body = html! {
        h1 { (t(l, "admin-new-survey")) }
        (error_summary(ctx, &form.errors))
        form method="post" action=(ctx.href("/admin/surveys/new")) enctype="multipart/form-data" {
            (csrf_field(admin))
            div.field {
                label for="title" { (t(l, "admin-title")) }
                p.hint #title-hint { (t(l, "admin-title-hint")) }
                input #title type="text" name="title" value=(form.title) required
                    maxlength=(SurveyTitle::MAX_CHARS) aria-describedby="title-hint";
            }
            div.field {
                label for="departments" { (t(l, "admin-departments")) }
                p.hint #departments-hint { (t(l, "admin-departments-hint")) }
                textarea #departments name="departments" rows="6" required
                    aria-describedby="departments-hint" { (form.departments) }
            }
            div.field {
                label for="k" { (t(l, "admin-k-label")) }
                p.hint #k-hint { (t_args(l, "admin-k-hint", &[("min", MinGroupSize::FLOOR.into())])) }
                input #k type="number" name="min_group_size" value=(k) required
                    min=(MinGroupSize::FLOOR) max=(MinGroupSize::CEILING) inputmode="numeric"
                    aria-describedby="k-hint";
            }
            (questionnaire_choice(ctx, form))
            button type="submit" { (t(l, "admin-create-draft")) }
        }
    };
    admin_page(ctx, admin, &t(l, "admin-new-survey"), body)
}

fn questionnaire_choice(ctx: &PageContext, form: &NewSurveyForm) -> Markup {
    let l = ctx.language;
    let invalid = !form.problems.is_empty();
    html! {
        fieldset aria-invalid=[invalid.then_some("true")] aria-describedby=[invalid.then_some("questionnaire-problems")] {
            legend { (t(l, "admin-questionnaire")) }
            label.choice {
                input type="radio" name="questionnaire" value="default" checked[!form.own_questionnaire];
                span { (t(l, "admin-questionnaire-default")) }
            }
            label.choice {
                input type="radio" name="questionnaire" value="upload" checked[form.own_questionnaire];
                span { (t(l, "admin-questionnaire-upload")) }
            }
            @if invalid {
                div.field-error #questionnaire-problems {
                    p { (t(l, "admin-questionnaire-problems")) }
                    ul { @for problem in &form.problems {
                        li { (t_args(l, "admin-line", &[("line", problem.line.into())])) " " (problem.message) }
                    } }
                }
            }
            div.field {
                label for="questionnaire-file" { (t(l, "admin-questionnaire-file")) }
                p.hint #file-hint { (t(l, "admin-questionnaire-file-hint")) }
                input #questionnaire-file type="file" name="file" accept=".toml,text/plain"
                    aria-describedby="file-hint";
            }
        }
    }
}

/// `2026-03-01T14:05Z`, for a `<time>` element and, with a space and
/// "UTC" in place of `T` and `Z`, for people.
fn utc(at: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(at) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute()
        ),
        Err(_) => at.to_string(),
    }
}

pub fn audit_page(ctx: &PageContext, admin: &AdminSession, entries: &[AuditEntry]) -> Markup {
    let l = ctx.language;
    let body = html! {
        h1 { (t(l, "admin-audit-title")) }
        p { (t(l, "admin-audit-intro")) }
        div.table-scroll { table {
            caption.visually-hidden { (t(l, "admin-audit-title")) }
            thead { tr {
                th scope="col" { (t(l, "admin-audit-when")) }
                th scope="col" { (t(l, "admin-audit-who")) }
                th scope="col" { (t(l, "admin-audit-what")) }
                th scope="col" { (t(l, "admin-audit-survey")) }
                th scope="col" { (t(l, "admin-audit-detail")) }
            } }
            tbody { @for e in entries { tr {
                @let when = utc(e.at);
                td { time datetime=(when) { (when.replace('T', " ").replace('Z', " UTC")) } }
                td { (actor_name(ctx, &e.actor)) }
                td { (t(l, &format!("admin-action-{}", e.action.as_str().replace('_', "-")))) }
                td { @if let Some(s) = &e.survey {
                    a href=(ctx.href(&format!("/admin/surveys/{s}"))) { code { (s) } }
                } }
                td { (e.detail) }
            } } }
        } }
    };
    admin_page(ctx, admin, &t(l, "admin-audit-title"), body)
}
