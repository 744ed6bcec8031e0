//! Opening and closing are for good: each asks once more, saying exactly
//! what will happen.

use maud::{Markup, html};

use super::{admin_page, csrf_field, error_summary};
use crate::i18n::{small_department, t, t_args};
use crate::service::accounts::AdminSession;
use crate::service::{DepartmentParticipation, Participation, SurveyDetails};
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
    // As the store judges it: a department without invites holds no
    // ballots, so it stands apart from nobody; it gets its first batch of
    // at least k once the survey is open.
    let k = u64::from(survey.min_group_size.get());
    let small: Vec<&DepartmentParticipation> = participation
        .departments
        .iter()
        .filter(|d| d.invites > 0 && d.invites < k)
        .collect();
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
        @if small.is_empty() {
            (confirm_form(ctx, admin, survey, "open", ("admin-open-confirm", "admin-open"), None))
        } @else {
            (merge_forms(ctx, admin, survey, participation, &small))
        }
    };
    admin_page(ctx, admin, &title, body)
}

/// Rule P10: a department with fewer invites than *k* cannot open; HR
/// merges it into another one here (or makes more invites first).
fn merge_forms(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyDetails,
    participation: &Participation,
    small: &[&DepartmentParticipation],
) -> Markup {
    let l = ctx.language;
    let k = survey.min_group_size.get();
    let url = ctx.href(&format!("/admin/surveys/{}/departments", survey.id));
    html! {
        section.notice.error #small-departments aria-labelledby="small-heading" {
            h2 #small-heading { (t(l, "admin-small-departments")) }
            @for (i, d) in small.iter().enumerate() {
                form.inline-form method="post" action=(url) {
                    (csrf_field(admin))
                    input type="hidden" name="action" value="merge";
                    input type="hidden" name="back" value="open";
                    input type="hidden" name="name" value=(d.department);
                    p { (small_department(l, k, &d.department, d.invites)) }
                    div.field {
                        label for={ "merge-" (i) } {
                            (t_args(l, "admin-merge-into", &[("department", d.department.to_string().into())]))
                        }
                        select id={ "merge-" (i) } name="new_name" required {
                            @for other in participation.departments.iter().filter(|o| o.department != d.department) {
                                option value=(other.department) { (other.department) " (" (other.invites) ")" }
                            }
                        }
                    }
                    button.secondary type="submit" { (t(l, "admin-merge")) }
                }
            }
        }
    }
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
        (confirm_form(ctx, admin, survey, "close", ("admin-close-confirm", "admin-close-submit"), Some("danger")))
    };
    admin_page(ctx, admin, &title, body)
}

/// The box to tick, the button that acts (`class` "danger" for what
/// destroys) and the way back to the survey, unchanged.
fn confirm_form(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyDetails,
    action: &str,
    (tick, button): (&str, &str),
    class: Option<&str>,
) -> Markup {
    let l = ctx.language;
    let survey_url = ctx.href(&format!("/admin/surveys/{}", survey.id));
    html! {
        form method="post" action=(format!("{survey_url}/{action}")) {
            (csrf_field(admin))
            label.choice {
                input type="checkbox" name="confirm" value="yes" required;
                span { (t(l, tick)) }
            }
            p.actions {
                button class=[class] type="submit" { (t(l, button)) } " "
                a href=(survey_url) { (t(l, "admin-cancel")) }
            }
        }
    }
}
