//! API errors: `{"error": code, "message": text}` with the right status.
//! Server-side failures answer with an opaque message; their cause chain
//! goes to the log instead.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::service::accounts::AccountsError;
use crate::service::{Internal, IssueError, SubmitError, SurveyError};
use crate::survey::SurveyStatus;

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
        match self {
            ApiError::Request { status, code, .. } => (*status, code),
            ApiError::Internal(e) => e.http(),
            ApiError::Issue(e) => e.http(),
            ApiError::Submit(e) => e.http(),
            ApiError::Survey(e) => e.http(),
        }
    }
}

/// What an error of the service means over HTTP: its status, and the code
/// the API's JSON names it by. One mapping per error type, which the API,
/// the employees' pages and HR's pages all read, so they cannot disagree.
pub trait HttpError {
    fn http(&self) -> (StatusCode, &'static str);

    fn status(&self) -> StatusCode {
        self.http().0
    }
}

const INTERNAL: (StatusCode, &str) = (StatusCode::INTERNAL_SERVER_ERROR, "internal_error");

impl HttpError for Internal {
    fn http(&self) -> (StatusCode, &'static str) {
        INTERNAL
    }
}

impl HttpError for IssueError {
    fn http(&self) -> (StatusCode, &'static str) {
        use StatusCode as S;
        match self {
            IssueError::SurveyNotFound => (S::NOT_FOUND, "survey_not_found"),
            IssueError::NotOpen(_) => (S::CONFLICT, "survey_not_open"),
            IssueError::InviteInvalid | IssueError::InviteUnknown => {
                (S::FORBIDDEN, "invite_invalid")
            }
            IssueError::InviteUsed => (S::CONFLICT, "invite_used"),
            IssueError::NoSeat => (S::CONFLICT, "no_seat"),
            IssueError::WrongKey => (S::CONFLICT, "wrong_key"),
            IssueError::BlindedMessage(_) => (S::BAD_REQUEST, "invalid_blinded_msg"),
            IssueError::Internal(e) => e.http(),
        }
    }
}

impl HttpError for SubmitError {
    fn http(&self) -> (StatusCode, &'static str) {
        use StatusCode as S;
        match self {
            SubmitError::SurveyNotFound => (S::NOT_FOUND, "survey_not_found"),
            SubmitError::NotOpen(_) => (S::CONFLICT, "survey_not_open"),
            SubmitError::Closed => (S::CONFLICT, "survey_closed"),
            SubmitError::UnknownKey => (S::FORBIDDEN, "unknown_key"),
            SubmitError::KeyRetired => (S::GONE, "key_retired"),
            SubmitError::SignatureLength(_) => (S::BAD_REQUEST, "invalid_field"),
            SubmitError::BadSignature => (S::FORBIDDEN, "bad_signature"),
            SubmitError::TokenSpent => (S::CONFLICT, "token_spent"),
            SubmitError::InvalidAnswers(_) => (S::BAD_REQUEST, "invalid_answers"),
            SubmitError::Internal(e) => e.http(),
        }
    }
}

impl HttpError for SurveyError {
    fn http(&self) -> (StatusCode, &'static str) {
        use StatusCode as S;
        match self {
            SurveyError::NotFound => (S::NOT_FOUND, "survey_not_found"),
            SurveyError::DepartmentNotFound(_) => (S::NOT_FOUND, "department_not_found"),
            SurveyError::BatchNotFound => (S::NOT_FOUND, "batch_not_found"),
            SurveyError::WrongStatus { expected, .. } => (
                S::CONFLICT,
                match expected {
                    SurveyStatus::Draft => "survey_not_draft",
                    SurveyStatus::Open => "survey_not_open",
                    SurveyStatus::Closed => "survey_not_closed",
                },
            ),
            SurveyError::DepartmentHasInvites { .. } => (S::CONFLICT, "department_has_invites"),
            SurveyError::TooFewInvites { .. } => (S::CONFLICT, "too_few_invites"),
            SurveyError::TooFewInvitesOpen { .. } => (S::CONFLICT, "too_few_invites"),
            SurveyError::SeatsShrink(_) => (S::CONFLICT, "seats_shrink"),
            SurveyError::FollowUpKeepsK { .. } => (S::CONFLICT, "follow_up_keeps_k"),
            SurveyError::NotAFollowUp => (S::NOT_FOUND, "not_a_follow_up"),
            SurveyError::Departments(_) => (S::BAD_REQUEST, "invalid_departments"),
            SurveyError::InviteCount { .. } => (S::BAD_REQUEST, "invalid_count"),
            SurveyError::Internal(e) => e.http(),
        }
    }
}

impl HttpError for AccountsError {
    fn http(&self) -> (StatusCode, &'static str) {
        use StatusCode as S;
        match self {
            AccountsError::WrongCredentials => (S::UNAUTHORIZED, "wrong_credentials"),
            AccountsError::Throttled(_) => (S::TOO_MANY_REQUESTS, "throttled"),
            AccountsError::Busy => (S::SERVICE_UNAVAILABLE, "busy"),
            AccountsError::Invalid(_) => (S::BAD_REQUEST, "invalid_account"),
            AccountsError::NameTaken(_) => (S::CONFLICT, "name_taken"),
            AccountsError::SetupRefused => (S::FORBIDDEN, "setup_refused"),
            AccountsError::Internal(e) => e.http(),
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
