//! API errors: `{"error": code, "message": text}` with the right status.
//! Server-side failures answer with an opaque message; their cause chain
//! goes to the log instead.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::service::{Internal, IssueError, SubmitError, SurveyError};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Issue(#[from] IssueError),
    #[error(transparent)]
    Submit(#[from] SubmitError),
    #[error(transparent)]
    Survey(#[from] SurveyError),
    #[error(transparent)]
    Internal(#[from] Internal),
    /// The request itself is unusable (JSON, size, content type, route, a
    /// field that does not parse).
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

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        use StatusCode as S;
        const INTERNAL: (StatusCode, &str) = (S::INTERNAL_SERVER_ERROR, "internal_error");
        match self {
            ApiError::Request { status, code, .. } => (*status, code),
            ApiError::Internal(_) => INTERNAL,
            ApiError::Issue(e) => match e {
                IssueError::SurveyNotFound => (S::NOT_FOUND, "survey_not_found"),
                IssueError::NotOpen(_) => (S::CONFLICT, "survey_not_open"),
                IssueError::InviteInvalid | IssueError::InviteUnknown => {
                    (S::FORBIDDEN, "invite_invalid")
                }
                IssueError::InviteUsed => (S::CONFLICT, "invite_used"),
                IssueError::NoSeat => (S::CONFLICT, "no_seat"),
                IssueError::WrongKey => (S::CONFLICT, "wrong_key"),
                IssueError::BlindedMessage(_) => (S::BAD_REQUEST, "invalid_blinded_msg"),
                IssueError::Internal(_) => INTERNAL,
            },
            ApiError::Submit(e) => match e {
                SubmitError::SurveyNotFound => (S::NOT_FOUND, "survey_not_found"),
                SubmitError::NotOpen(_) => (S::CONFLICT, "survey_not_open"),
                SubmitError::Closed => (S::CONFLICT, "survey_closed"),
                SubmitError::UnknownKey => (S::FORBIDDEN, "unknown_key"),
                SubmitError::SignatureLength(_) => (S::BAD_REQUEST, "invalid_field"),
                SubmitError::BadSignature => (S::FORBIDDEN, "bad_signature"),
                SubmitError::TokenSpent => (S::CONFLICT, "token_spent"),
                SubmitError::InvalidAnswers(_) => (S::BAD_REQUEST, "invalid_answers"),
                SubmitError::Internal(_) => INTERNAL,
            },
            // The API only reads surveys: the rest of HR's errors cannot
            // reach it, and would be conflicts if they did.
            ApiError::Survey(e) => match e {
                SurveyError::NotFound => (S::NOT_FOUND, "survey_not_found"),
                SurveyError::Internal(_) => INTERNAL,
                _ => (S::CONFLICT, "conflict"),
            },
        }
    }
}

pub(crate) use crate::telemetry::cause_chain;

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status_and_code().0
    }

    fn error_response(&self) -> HttpResponse {
        let (status, code) = self.status_and_code();
        let mut body = json!({ "error": code, "message": self.to_string() });
        if status.is_server_error() {
            tracing::error!(error = %cause_chain(self), "request failed");
            body["message"] = "Something went wrong on the server. Please try again later.".into();
        }
        if let ApiError::Submit(SubmitError::InvalidAnswers(problems)) = self {
            body["problems"] = json!(problems);
        }
        HttpResponse::build(status).json(body)
    }
}
