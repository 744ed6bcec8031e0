//! HR's side in the browser: sign in, run surveys, watch participation.
//! Every page needs a signed-in administrator except setup and sign-in;
//! every POST must come from these pages (origin check and CSRF token).

mod auth;
mod comparison;
mod comparison_json;
mod device;
mod error;
mod export;
mod follow_up;
mod forms;
mod invites;
pub(crate) mod oidc;
mod on_survey;
mod preview;
mod problem;
mod readiness;
mod results;
mod results_json;
mod return_to;
mod signed_in;
mod survey_actions;
mod survey_list;
mod views;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, middleware, web};
use maud::Markup;

use crate::survey::SurveyId;
use crate::web::context::PageContext;

/// Form bodies are small; the questionnaire upload has its own limit.
const MAX_FORM_BYTES: usize = 16 * 1024;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/admin")
            .wrap(middleware::from_fn(signed_in::same_origin))
            .app_data(form_config())
            .app_data(query_config())
            .app_data(survey_list::upload_config())
            .route("", web::get().to(survey_list::list))
            .route("/", web::get().to(survey_list::list))
            .service(resource("/setup").get(auth::setup_page).post(auth::setup))
            .service(
                resource("/sign-in")
                    .get(auth::sign_in_page)
                    .post(auth::sign_in),
            )
            .service(resource("/sign-out").get(back_to_list).post(auth::sign_out))
            .route("/audit", web::get().to(survey_list::audit))
            .service(
                resource("/surveys/new")
                    .get(survey_list::new_page)
                    .post(survey_list::create),
            )
            .route("/surveys/{id}", web::get().to(survey_actions::show))
            .service(
                resource("/surveys/{id}/close")
                    .get(survey_actions::close_page)
                    .post(survey_actions::close),
            )
            .service(
                resource("/surveys/{id}/open")
                    .get(survey_actions::open_page)
                    .post(survey_actions::open),
            )
            .service(
                resource("/surveys/{id}/batches/{batch}/void")
                    .get(back_to_survey)
                    .post(survey_actions::void_batch),
            )
            .service(resource("/surveys/{id}/preview").get(preview::preview))
            .service(
                resource("/surveys/{id}/follow-up")
                    .get(follow_up::page)
                    .post(follow_up::create),
            )
            .service(
                resource("/surveys/{id}/departments")
                    .get(back_to_survey)
                    .post(survey_actions::departments),
            )
            .service(
                resource("/surveys/{id}/settings")
                    .get(back_to_survey)
                    .post(survey_actions::settings),
            )
            .service(
                resource("/surveys/{id}/results")
                    .get(results::page)
                    .post(results::settings),
            )
            .service(resource("/surveys/{id}/results.json").get(results::json))
            .service(resource("/surveys/{id}/comparison").get(comparison::page))
            .service(resource("/surveys/{id}/comparison.json").get(comparison::json))
            .service(resource("/surveys/{id}/comparison.xlsx").get(comparison::xlsx))
            .service(resource("/surveys/{id}/comparison.csv").get(comparison::csv))
            .service(resource("/surveys/{id}/readiness").get(readiness::page))
            .service(resource("/surveys/{id}/charts/{chart}").get(results::chart))
            .configure(export::routes)
            .configure(oidc::routes)
            .service(
                resource("/surveys/{id}/invites")
                    .get(back_to_survey)
                    .post(invites::create),
            ),
    );
}

/// A resource of HR's pages; another method than it takes is a page too.
fn resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(|ctx: PageContext| async move {
        Err::<HttpResponse, _>(ctx.fail(problem::AdminProblem::MethodNotAllowed))
    }))
}

fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(MAX_FORM_BYTES)
        .error_handler(|error, req| {
            let problem = match &error {
                actix_web::error::UrlencodedError::Payload(e)
                    if crate::web::deadline::timed_out(e) =>
                {
                    problem::AdminProblem::TooSlow
                }
                other => problem::AdminProblem::BadForm(other.to_string()),
            };
            signed_in::context(req).fail(problem).into()
        })
}

/// A query HR's pages cannot read (`?done=a&done=b`) is a page too.
fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|error, req| {
        signed_in::context(req)
            .fail(problem::AdminProblem::BadForm(error.to_string()))
            .into()
    })
}

pub fn html(status: StatusCode, page: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.into_string())
}

pub fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Forms answer with a page at their own address; the language switch on
/// it asks for that address with GET, which leads back to the survey.
async fn back_to_survey(ctx: PageContext, req: actix_web::HttpRequest) -> HttpResponse {
    match SurveyId::parse(req.match_info().get("id").unwrap_or_default()) {
        Ok(id) => see_other(ctx.href(&format!("/admin/surveys/{id}"))),
        Err(_) => see_other(ctx.href("/admin")),
    }
}

async fn back_to_list(ctx: PageContext) -> HttpResponse {
    see_other(ctx.href("/admin"))
}
