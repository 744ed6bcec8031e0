//! The results as a spreadsheet: three download buttons, the answer to
//! "where is the raw data?", and the page that refuses an export of a
//! survey that is not closed yet (rule P5).

use maud::{Markup, html};

use super::super::{admin_page, csrf_field, status_badge};
use crate::i18n::{t, t_args};
use crate::questionnaire::readiness::Goal;
use crate::service::accounts::AdminSession;
use crate::survey::{SurveyId, SurveyStatus};
use crate::web::context::PageContext;

/// Forms, not links: an export is recorded in HR's audit trail, so it is
/// asked for with the session's CSRF token like every other action, and a
/// refusal comes back as a page rather than as a downloaded file.
pub fn section(ctx: &PageContext, admin: &AdminSession, survey: &SurveyId, goal: Goal) -> Markup {
    let l = ctx.language;
    let action = |file: &str| ctx.href(&format!("/admin/surveys/{survey}/export/{file}"));
    html! {
        section.downloads.no-print aria-labelledby="h-downloads" {
            h2 #h-downloads { (t(l, "export-downloads-title")) }
            p.hint { (t(l, "export-downloads-hint")) }
            form method="post" action=(action("results.xlsx")) {
                (csrf_field(admin))
                input type="hidden" name="goal" value=(goal.id());
                button type="submit" { (t(l, "export-download-xlsx")) }
                " "
                button.secondary type="submit" formaction=(action("departments.csv")) {
                    (t(l, "export-download-departments"))
                }
                " "
                button.secondary type="submit" formaction=(action("long.csv")) {
                    (t(l, "export-download-long"))
                }
            }
            div.notice.raw-data {
                h3 { (t(l, "export-raw-data-title")) }
                p { (t(l, "export-raw-data")) }
            }
        }
    }
}

/// An export asked for before the survey is closed: why not, and back.
pub fn refused_page(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyId,
    status: SurveyStatus,
) -> Markup {
    let l = ctx.language;
    let title = t(l, "export-refused-title");
    let status_name = super::super::messages::status_name(l, status);
    let body = html! {
        h1 { (title) " " (status_badge(ctx, status)) }
        div.notice.error role="alert" {
            p { (t_args(l, "export-refused", &[("status", status_name.into())])) }
        }
        p { a href=(ctx.href(&format!("/admin/surveys/{survey}"))) { (t(l, "export-refused-back")) } }
    };
    admin_page(ctx, admin, &title, body)
}
