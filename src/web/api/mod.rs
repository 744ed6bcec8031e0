//! The JSON API, version 1. Described in `docs/api.md`.

mod ballots;
mod surveys;
mod wire;

use actix_web::error::JsonPayloadError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError, web};

use super::{ApiError, MAX_BODY_BYTES};
use crate::service::{IssueError, Service};
use crate::survey::SurveyId;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health))
        .service(
            web::resource("/api/v1/invites")
                .route(web::post().to(ballots::find_invite))
                .default_service(only("POST")),
        )
        .service(
            web::resource("/api/v1/surveys/{id}")
                .route(web::get().to(surveys::get_survey))
                .default_service(only("GET")),
        )
        .service(
            web::resource("/api/v1/surveys/{id}/invite")
                .route(web::post().to(ballots::look_up_invite))
                .default_service(only("POST")),
        )
        .service(
            web::resource("/api/v1/surveys/{id}/tokens")
                .route(web::post().to(ballots::issue_token))
                .default_service(only("POST")),
        )
        .service(
            web::resource("/api/v1/surveys/{id}/responses")
                .route(web::post().to(ballots::submit_response))
                .default_service(only("POST")),
        );
}

/// JSON bodies: bounded in size, `application/json` required, and every
/// failure answered in the API's error format.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(MAX_BODY_BYTES)
        .content_type_required(true)
        .error_handler(|error, _req| json_error(error).into())
}

fn json_error(error: JsonPayloadError) -> ApiError {
    match error {
        JsonPayloadError::OverflowKnownLength { limit, .. }
        | JsonPayloadError::Overflow { limit } => {
            let message = format!("the request body is larger than {limit} bytes");
            ApiError::request(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", message)
        }
        JsonPayloadError::ContentType => ApiError::request(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the request body as JSON with Content-Type: application/json",
        ),
        JsonPayloadError::Payload(e) if super::deadline::timed_out(&e) => ApiError::request(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            "the request body took too long to arrive; please try again",
        ),
        JsonPayloadError::Deserialize(e) => ApiError::request(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!("the JSON body is not valid: {e}"),
        ),
        other => ApiError::request(
            StatusCode::BAD_REQUEST,
            "invalid_body",
            format!("the request body could not be read: {other}"),
        ),
    }
}

/// A malformed id can name no survey: it is simply not found.
fn survey_id(raw: &str) -> Result<SurveyId, ApiError> {
    SurveyId::parse(raw).map_err(|_| IssueError::SurveyNotFound.into())
}

/// Healthy when the database reads and its writer commits: a writer that
/// stopped would otherwise leave every read green while every answer fails.
async fn health(service: web::Data<Service>) -> HttpResponse {
    match service.healthy().await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })),
        Err(e) => {
            tracing::error!(error = %super::error::cause_chain(&e), "health check failed");
            HttpResponse::ServiceUnavailable().json(serde_json::json!({
                "error": "unhealthy",
                "message": "the database cannot be written",
            }))
        }
    }
}

/// Nothing at this API address.
pub fn not_found_error() -> ApiError {
    ApiError::request(
        StatusCode::NOT_FOUND,
        "not_found",
        "there is nothing at this address",
    )
}

/// Answers any other method with 405 and the `Allow` header RFC 9110 asks for.
fn only(allow: &'static str) -> actix_web::Route {
    web::to(move || async move {
        let message = "this address does not accept that method";
        let error = ApiError::request(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            message,
        );
        let mut response = error.error_response();
        let value = actix_web::http::header::HeaderValue::from_static(allow);
        response
            .headers_mut()
            .insert(actix_web::http::header::ALLOW, value);
        response
    })
}
