//! HR's pages as small maud components, in the one layout.

mod auth;
mod comparison;
mod confirm;
mod follow_up;
mod invite_forms;
mod messages;
mod participation;
mod readiness_page;
mod results;
mod slips;
mod sso;
mod survey_list;
mod survey_page;
mod survey_page_data;
mod table;

use maud::{Markup, html};

pub use auth::{setup_page, sign_in_page};
pub use comparison::{comparison_link, comparison_page, comparison_page_title};
pub use confirm::{close_page, open_page};
pub use follow_up::{
    FollowUpForm, FollowUpRow, follow_up_links, follow_up_message, follow_up_page,
};
pub use messages::{
    accounts_message, departments_message, form_message, name_message, survey_message,
};
pub use readiness_page::readiness_page;
pub use results::{export_refused_page, results_page};
pub use slips::slips_page;
pub use sso::SignInSection;
pub use survey_list::{NewSurveyForm, audit_page, list_page, new_survey_page};
pub use survey_page::survey_page;
pub use survey_page_data::SurveyPage;

use super::problem::AdminProblem;
use crate::accounts::Actor;
use crate::i18n::t;
use crate::service::accounts::AdminSession;
use crate::survey::SurveyStatus;
use crate::web::context::PageContext;
use crate::web::pages::page;

/// An HR page: the layout, with a bar naming who is signed in.
pub fn admin_page(ctx: &PageContext, admin: &AdminSession, title: &str, body: Markup) -> Markup {
    let l = ctx.language;
    page(
        ctx,
        title,
        html! {
            nav.admin-bar.no-print aria-label=(t(l, "admin-nav-label")) {
                a href=(ctx.href("/admin")) { (t(l, "admin-nav-surveys")) }
                a href=(ctx.href("/admin/audit")) { (t(l, "admin-nav-audit")) }
                form.sign-out method="post" action=(ctx.href("/admin/sign-out")) {
                    (csrf_field(admin))
                    span.signed-in { (t(l, "admin-signed-in-as")) " " strong { (admin.username) } }
                    button.secondary type="submit" { (t(l, "admin-sign-out")) }
                }
            }
            (body)
        },
    )
}

pub fn csrf_field(admin: &AdminSession) -> Markup {
    html! { input type="hidden" name="csrf" value=(admin.csrf_token()); }
}

/// Problems with a form, announced to screen readers, listed at its top.
pub fn error_summary(ctx: &PageContext, errors: &[String]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.notice.error role="alert" tabindex="-1" #errors {
                p { strong { (t(ctx.language, "admin-form-has-problems")) } }
                ul { @for e in errors { li { (e) } } }
            }
        }
    }
}

/// Who did something, as HR reads it: an account's name, or the command
/// line in the reader's language (stored as `Actor::COMMAND_LINE`).
pub fn actor_name(ctx: &PageContext, stored: &str) -> String {
    if stored == Actor::COMMAND_LINE {
        t(ctx.language, "admin-actor-command-line")
    } else {
        stored.to_owned()
    }
}

pub fn status_badge(ctx: &PageContext, status: SurveyStatus) -> Markup {
    let key = match status {
        SurveyStatus::Draft => "admin-status-draft",
        SurveyStatus::Open => "admin-status-open",
        SurveyStatus::Closed => "admin-status-closed",
    };
    html! { span class={ "status status-" (status.as_str()) } { (t(ctx.language, key)) } }
}

pub fn error_page(ctx: &PageContext, problem: &AdminProblem, server: bool) -> Markup {
    let l = ctx.language;
    let message = match problem {
        _ if server => t(l, "error-server"),
        AdminProblem::SignInRequired(_) => t(l, "admin-sign-in-required"),
        AdminProblem::CrossSite => t(l, "admin-error-cross-site"),
        AdminProblem::NotFound => t(l, "error-not-found"),
        AdminProblem::MethodNotAllowed => t(l, "error-method"),
        AdminProblem::BadForm(_) => t(l, "admin-error-bad-form"),
        AdminProblem::TooSlow => t(l, "error-too-slow"),
        AdminProblem::Survey(e) => survey_message(l, e),
        AdminProblem::Accounts(e) => accounts_message(l, e),
        AdminProblem::Internal(_) => t(l, "error-server"),
    };
    page(
        ctx,
        &t(l, "error-title"),
        html! {
            h1 { (t(l, "error-title")) }
            div.notice.error role="alert" { p { (message) } }
            p { a href=(ctx.href("/admin")) { (t(l, "admin-back-to-surveys")) } }
        },
    )
}
