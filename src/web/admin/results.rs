//! A closed survey's results: the page, each chart as an SVG file, the same
//! numbers as JSON, and HR's settings for reading them (goal, the
//! company's own followers). Everything comes from the service, already
//! through rules P4 and P8; this only shows it.

use actix_web::http::StatusCode;
use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, ResponseError, web};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::forms::ResultsSettingsForm;
use super::on_survey::OnSurvey;
use super::{html, see_other, views};
use crate::charts;
use crate::questionnaire::readiness::Goal;
use crate::service::{Internal, ResultsSettings, SurveyError};
use crate::survey::SurveyStatus;
use crate::web::error::ApiError;
use maud::Markup;

#[derive(Deserialize)]
pub struct GoalQuery {
    goal: Option<String>,
}

/// The goal to read the results for: the one asked for, else HR's saved one.
fn goal(query: &GoalQuery, saved: Goal) -> Goal {
    query.goal.as_deref().and_then(Goal::parse).unwrap_or(saved)
}

pub async fn page(
    on: OnSurvey,
    query: web::Query<GoalQuery>,
) -> Result<HttpResponse, AdminPageError> {
    let results = on.service.results(&on.id).await.or_page(&on.ctx)?;
    let goal = goal(&query, results.settings.goal);
    let comparisons = comparisons(&on).await.or_page(&on.ctx)?;
    let page =
        views::results_page(&on.ctx, &on.admin.0, &results, goal, &comparisons).or_page(&on.ctx)?;
    Ok(html(StatusCode::OK, page))
}

/// Links to the comparisons this survey is part of: with its baseline, if
/// it is a follow-up, and with each of its own follow-ups once closed.
async fn comparisons(on: &OnSurvey) -> Result<Vec<Markup>, SurveyError> {
    let mut links = Vec::new();
    if let Some(of) = on.service.follow_up_of(&on.id).await? {
        match on.service.survey(&of.baseline).await {
            Ok(baseline) => links.push(views::comparison_link(
                &on.ctx,
                &on.id,
                &baseline.title,
                false,
            )),
            // Deleted since: the link went with it (migration 0008).
            Err(SurveyError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    for f in on.service.follow_ups(&on.id).await? {
        if f.status == SurveyStatus::Closed {
            links.push(views::comparison_link(&on.ctx, &f.id, &f.title, true));
        }
    }
    Ok(links)
}

/// The same numbers as the page, for HR's own tools.
pub async fn json(on: OnSurvey) -> HttpResponse {
    match on.service.results(&on.id).await {
        Ok(results) => HttpResponse::Ok().json(super::results_json::body(&results)),
        // The API's own error body and status: one mapping for both.
        Err(e) => ApiError::from(e).error_response(),
    }
}

/// One chart, as an SVG file to download.
pub async fn chart(
    on: OnSurvey,
    path: web::Path<(String, String)>,
    query: web::Query<GoalQuery>,
) -> Result<HttpResponse, AdminPageError> {
    let results = on.service.results(&on.id).await.or_page(&on.ctx)?;
    let goal = goal(&query, results.settings.goal);
    let name = path.1.trim_end_matches(".svg");
    let l = on.ctx.language;
    let r = &results.results;
    let svg = match name {
        "participation" => charts::participation(r, l),
        "platforms" => charts::platforms(r, l),
        "sharing" => charts::sharing(r, l),
        "willingness" => charts::willingness(r, l),
        "barriers" => charts::barriers(r, l),
        "motivations" => charts::motivations(r, l),
        "readiness" => charts::readiness(r, goal, l),
        "reach" => charts::reach(r, &results.settings.company_followers, l),
        _ => return Err(on.fail(super::problem::AdminProblem::NotFound)),
    }
    .map_err(|e| Internal::Render {
        what: "a chart",
        cause: Box::new(e),
    })
    .or_page(&on.ctx)?;
    let file = format!("stemme-{}-{name}-{}.svg", on.id, l.code());
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(file)],
        })
        .body(svg))
}

pub async fn settings(
    on: OnSurvey,
    form: web::Form<ResultsSettingsForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let settings = ResultsSettings::try_from(&*form)
        .map_err(|e| on.fail(super::problem::AdminProblem::BadForm(e.to_string())))?;
    let goal = settings.goal;
    on.service
        .set_results_settings(&on.id, settings, &on.actor())
        .await
        .or_page(&on.ctx)?;
    Ok(see_other(on.ctx.href(&format!(
        "/admin/surveys/{}/results?goal={}",
        on.id,
        goal.id()
    ))))
}
