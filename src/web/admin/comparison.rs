//! A closed follow-up compared with its baseline: the page, the same
//! numbers as JSON, and the files. Everything comes from the service's
//! comparison of the two publications; this only shows it.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use super::error::{AdminPageError, OrPage};
use super::export::attachment;
use super::on_survey::OnSurvey;
use super::{html, views};
use crate::service::ComparisonFile;
use crate::web::error::ApiError;

pub async fn page(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    let s = on.service.comparison(&on.id).await.or_page(&on.ctx)?;
    let view = s.view();
    let body = views::comparison_page(&on.ctx, &view, &s.comparison).or_page(&on.ctx)?;
    let title = views::comparison_page_title(&view, &on.ctx);
    Ok(html(
        StatusCode::OK,
        views::admin_page(&on.ctx, &on.admin.0, &title, body),
    ))
}

/// The same numbers as the page, for HR's own tools.
pub async fn json(on: OnSurvey) -> HttpResponse {
    match on.service.comparison(&on.id).await {
        Ok(s) => HttpResponse::Ok().json(super::comparison_json::comparison_json(
            &s.view(),
            &s.comparison,
        )),
        Err(e) => ApiError::from(e).error_response(),
    }
}

pub async fn xlsx(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    file(on, ComparisonFile::Xlsx).await
}

pub async fn csv(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    file(on, ComparisonFile::Csv).await
}

/// The file in the page's language (`?lang=` sets it, as on every page).
async fn file(on: OnSurvey, file: ComparisonFile) -> Result<HttpResponse, AdminPageError> {
    let exported = on
        .service
        .export_comparison(&on.id, file, on.ctx.language, &on.actor())
        .await
        .or_page(&on.ctx)?;
    Ok(attachment(exported))
}
