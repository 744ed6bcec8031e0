//! Opening and closing are for good: each asks once more, saying exactly
//! what will happen.

use maud::{Markup, html};

use super::{admin_page, csrf_field, error_summary};
use crate::i18n::{t, t_args};
use crate::service::accounts::AdminSession;
use crate::service::{Participation, SurveyDetails};
use crate::web::context::PageContext;

/// Opening locks the departments and makes one key per department.
pub fn open_page(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyDetails,
    participation: &Participation,
    errors: &[String],
) -> Markup {
    let l = ctx.language;
    let title = t_args(
        l,
        "admin-open-title",
        &[("title", survey.title.clone().into())],
    );
    let url = ctx.href(&format!("/admin/surveys/{}/open", survey.id));
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors))
        div.notice {
            p { strong { (t(l, "admin-open-what")) } }
            ul {
                li { (t_args(l, "admin-open-keys", &[("count", survey.departments.len().into())])) }
                li { (t(l, "admin-open-locked")) }
                li { (t(l, "admin-open-answering")) }
            }
        }
        table.open-departments {
            caption { (t(l, "admin-open-departments")) }
            thead { tr {
                th scope="col" { (t(l, "admin-department")) }
                th.number scope="col" { (t(l, "admin-invites-made")) }
            } }
            tbody { @for d in &participation.departments { tr {
                th scope="row" { (d.department) }
                td.number { (d.invites) }
            } } }
        }
        form method="post" action=(url) {
            (csrf_field(admin))
            label.choice {
                input type="checkbox" name="confirm" value="yes" required;
                span { (t(l, "admin-open-confirm")) }
            }
            p.actions {
                button type="submit" { (t(l, "admin-open")) } " "
                a href=(ctx.href(&format!("/admin/surveys/{}", survey.id))) { (t(l, "admin-cancel")) }
            }
        }
    };
    admin_page(ctx, admin, &title, body)
}

/// Closing is final: ask once more, and say what it destroys and who is
/// still answering.
pub fn close_page(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyDetails,
    participation: &Participation,
    errors: &[String],
) -> Markup {
    let l = ctx.language;
    let title = t_args(
        l,
        "admin-close-title",
        &[("title", survey.title.clone().into())],
    );
    let url = ctx.href(&format!("/admin/surveys/{}/close", survey.id));
    let answering = participation.started.saturating_sub(participation.answered);
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors))
        div.notice.error {
            p { strong { (t(l, "admin-close-final")) } }
            ul {
                @if answering > 0 {
                    li { strong { (t_args(l, "admin-close-still-answering", &[("count", answering.into())])) } }
                }
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
