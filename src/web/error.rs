//! API errors: `{"error": code, "message": text}` with the right status.
//! Server-side failures answer with an opaque message; their cause chain
//! goes to the log instead.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::service::ServiceError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// The request itself is unusable (JSON, size, content type, route).
    #[error("{message}")]
    Request {
        status: StatusCode,
        code: &'static str,
        message: String,
    },
}

impl ApiError {
    pub fn request(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError::Request {
            status,
            code,
            message: message.into(),
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::Request { code, .. } => code,
            ApiError::Service(e) => service_code(e).1,
        }
    }
}

pub(super) fn service_code(e: &ServiceError) -> (StatusCode, &'static str) {
    use ServiceError as E;
    match e {
        E::SurveyNotFound => (StatusCode::NOT_FOUND, "survey_not_found"),
        E::DepartmentNotFound(_) => (StatusCode::NOT_FOUND, "department_not_found"),
        E::SurveyNotOpen(_) => (StatusCode::CONFLICT, "survey_not_open"),
        E::SurveyClosed => (StatusCode::CONFLICT, "survey_closed"),
        E::WrongStatus { .. } => (StatusCode::CONFLICT, "wrong_status"),
        E::InviteMalformed(_) => (StatusCode::BAD_REQUEST, "invite_malformed"),
        E::InviteInvalid | E::InviteUnknown => (StatusCode::FORBIDDEN, "invite_invalid"),
        E::InviteUsed => (StatusCode::CONFLICT, "invite_used"),
        E::NotBase64 { .. } => (StatusCode::BAD_REQUEST, "malformed_base64"),
        E::InvalidField { .. } => (StatusCode::BAD_REQUEST, "invalid_field"),
        E::BlindedMessage(_) => (StatusCode::BAD_REQUEST, "invalid_blinded_msg"),
        E::BadMessage(_) => (StatusCode::BAD_REQUEST, "invalid_msg"),
        E::UnknownKey => (StatusCode::FORBIDDEN, "unknown_key"),
        E::BadSignature => (StatusCode::FORBIDDEN, "bad_signature"),
        E::WrongKey => (StatusCode::CONFLICT, "wrong_key"),
        E::TokenSpent => (StatusCode::CONFLICT, "token_spent"),
        E::InvalidAnswers(_) => (StatusCode::BAD_REQUEST, "invalid_answers"),
        E::Questionnaire(_) => (StatusCode::BAD_REQUEST, "invalid_questionnaire"),
        E::Name(_) | E::Departments(_) | E::MinGroupSize(_) | E::InviteCount { .. } => {
            (StatusCode::BAD_REQUEST, "invalid_input")
        }
        E::Store(_) | E::Crypto(_) | E::Randomness(_) | E::Task | E::Encode(_) => {
            (StatusCode::INTERNAL_SERVER_ERROR, "internal_error")
        }
    }
}

/// "outer: middle: inner", for the log.
pub(crate) fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Request { status, .. } => *status,
            ApiError::Service(e) => service_code(e).0,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let mut body = json!({ "error": self.code(), "message": self.to_string() });
        if status.is_server_error() {
            tracing::error!(error = %cause_chain(self), "request failed");
            body["message"] = "Something went wrong on the server. Please try again later.".into();
        }
        if let ApiError::Service(ServiceError::InvalidAnswers(problems)) = self {
            body["problems"] = json!(problems);
        }
        HttpResponse::build(status).json(body)
    }
}
