//! The questionnaire as employees will see it, in any language, from the
//! survey's page: nothing is asked for, nothing is spent, nothing is sent.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use maud::html;

use super::error::{AdminPageError, OrPage};
use super::html;
use super::on_survey::OnSurvey;
use crate::i18n::t;
use crate::web::pages::page;
use crate::web::pages::questionnaire::questions;

pub async fn preview(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let l = on.ctx.language;
    let q = &survey.questionnaire;
    let back = on.ctx.href(&format!("/admin/surveys/{}", survey.id));
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
    Ok(html(StatusCode::OK, page(&on.ctx, q.title.get(l), body)))
}
