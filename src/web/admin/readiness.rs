//! The explanation of the readiness index, as a page of HR's in their
//! language, linked from the results' suggestion of where to start.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use super::error::{AdminPageError, OrPage};
use super::on_survey::OnSurvey;
use super::{html, views};

pub async fn page(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let page = views::readiness_page(&on.ctx, &on.admin.0, &survey);
    Ok(html(StatusCode::OK, page))
}
