//! The questionnaire as employees will see it, in any language, from the
//! survey's page: nothing is asked for, nothing is spent, nothing is sent.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use maud::html;

use super::error::{AdminPageError, OrPage};
use super::html;
use super::on_survey::OnSurvey;
use crate::i18n::t;
use crate::language::Language;
use crate::web::context::PageContext;
use crate::web::pages::page;
use crate::web::pages::questionnaire::questions;

/// The language to preview in, from `?in=`: not `?lang=`, which would
/// also switch (and remember) HR's own interface language.
fn preview_language(req: &HttpRequest) -> Option<Language> {
    req.query_string()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("in="))
        .find_map(Language::from_tag)
}

pub async fn preview(on: OnSurvey, req: HttpRequest) -> Result<HttpResponse, AdminPageError> {
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let ctx = PageContext {
        language: preview_language(&req).unwrap_or(on.ctx.language),
        base: on.ctx.base.clone(),
    };
    let l = ctx.language;
    let q = &survey.questionnaire;
    let back = ctx.href(&format!("/admin/surveys/{}", survey.id));
    let body = html! {
        div.notice.preview-banner role="note" {
            p {
                strong { (t(l, "admin-preview-banner")) } " "
                a href=(back) { (t(l, "admin-back-to-survey")) }
            }
        }
        p.kicker { (survey.title) }
        h1 { (q.title.get(l)) }
        p.lead { (q.intro.get(l)) }
        form.questionnaire.preview aria-label=(t(l, "admin-preview")) {
            (questions(l, q))
            p { button type="button" disabled { (t(l, "admin-preview-no-send")) } }
        }
    };
    Ok(html(StatusCode::OK, page(&ctx, q.title.get(l), body)))
}
