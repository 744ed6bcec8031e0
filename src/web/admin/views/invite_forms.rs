//! Making invites, one department after another or all at once, and the
//! batches made so far, with a way to void the unused invites of one.

use maud::{Markup, html};

use super::survey_page_data::{SurveyPage, action};
use super::{actor_name, csrf_field};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::service::MAX_INVITES_PER_BATCH;
use crate::service::accounts::AdminSession;
use crate::survey::SurveyStatus;
use crate::web::context::PageContext;

pub fn invites(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    let nordic = matches!(l, Language::Da | Language::Nb);
    html! {
        section aria-labelledby="invites" {
            h2 #invites { (t(l, "admin-invites")) }
            div.notice { p { (t(l, "admin-codes-once")) } }
            @if p.survey.status == SurveyStatus::Draft {
                p.hint { (t(l, "admin-invites-draft-no-key")) }
            }
            form method="post" action=(action(ctx, p, "invites")) {
                (csrf_field(admin))
                input type="hidden" name="once" value=(p.invite_form);
                div.field {
                    label for="invite-department" { (t(l, "admin-department")) }
                    select #invite-department name="department" required {
                        @for d in &p.participation.departments {
                            option value=(d.department) { (d.department) }
                        }
                        option value="*" { (t(l, "admin-invites-all-departments")) }
                    }
                    p.hint { (t(l, "admin-invites-all-hint")) }
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
                    div.field.sub-field {
                        label for="slip-language" { (t(l, "admin-slip-language")) }
                        select #slip-language name="slip_language" {
                            @for language in Language::ALL {
                                option value=(language.code()) selected[language == l] lang=(language.code()) {
                                    (t(language, &format!("lang-{}", language.code())))
                                }
                            }
                        }
                    }
                    label.choice {
                        input type="radio" name="format" value="csv";
                        span { (t(l, "admin-format-csv")) }
                    }
                    div.field.sub-field {
                        label for="csv-style" { (t(l, "admin-csv-style")) }
                        select #csv-style name="csv_style" {
                            option value="nordic" selected[nordic] { (t(l, "admin-csv-nordic")) }
                            option value="plain" selected[!nordic] { (t(l, "admin-csv-plain")) }
                        }
                    }
                }
                button type="submit" { (t(l, "admin-make-invites")) }
            }
        }
    }
}

pub fn batches(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    if p.batches.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby="batches" {
            h2 #batches { (t(l, "admin-batches")) }
            p.hint { (t(l, "admin-batches-explained")) }
            div.table-scroll { table.batches {
                thead { tr {
                    th scope="col" { (t(l, "admin-batch-number")) }
                    th scope="col" { (t(l, "admin-department")) }
                    th scope="col" { (t(l, "admin-batch-format")) }
                    th scope="col" { (t(l, "admin-batch-made-by")) }
                    th.number scope="col" { (t(l, "admin-batch-made")) }
                    th.number scope="col" { (t(l, "admin-batch-used")) }
                    th scope="col" { span.visually-hidden { (t(l, "admin-batch-void")) } }
                } }
                tbody { @for b in p.batches { tr {
                    th scope="row" { (b.number) }
                    td { (b.department) }
                    td { (t(l, &format!("admin-batch-format-{}", b.format))) }
                    td { (actor_name(ctx, &b.made_by)) }
                    td.number { (b.remaining) @if b.remaining < b.made { " " span.muted { "(" (t_args(l, "admin-batch-voided", &[("count", (b.made - b.remaining).into())])) ")" } } }
                    td.number { (b.used) }
                    td {
                        @if b.remaining > b.used {
                            form.inline-form method="post" action=(format!("{}/{}/void", action(ctx, p, "batches"), b.id)) {
                                (csrf_field(admin))
                                label.choice {
                                    input type="checkbox" name="confirm" value="yes" required;
                                    span { (t_args(l, "admin-batch-void-confirm", &[("count", (b.remaining - b.used).into())])) }
                                }
                                button.danger type="submit" {
                                    (t(l, "admin-batch-void")) " "
                                    span.visually-hidden { (b.number) }
                                }
                            }
                        }
                    }
                } } }
            } }
        }
    }
}
