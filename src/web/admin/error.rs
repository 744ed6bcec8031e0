//! Errors on HR's pages: a page in the reader's language with a message a
//! person understands, or a redirect to sign in. Server failures show an
//! opaque page; their cause chain goes to the log.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use super::problem::AdminProblem;
use super::return_to::ReturnTo;
use super::views;
use crate::service::SurveyError;
use crate::service::accounts::AccountsError;
use crate::web::context::PageContext;
use crate::web::error::cause_chain;

/// A problem, with what is needed to explain it on a page.
#[derive(Debug, thiserror::Error)]
#[error("{problem}")]
pub struct AdminPageError {
    pub ctx: PageContext,
    #[source]
    pub problem: Box<AdminProblem>,
}

/// `result.or_page(&ctx)?` in handlers.
pub trait OrPage<T> {
    fn or_page(self, ctx: &PageContext) -> Result<T, AdminPageError>;
}

impl<T, E: Into<AdminProblem>> OrPage<T> for Result<T, E> {
    fn or_page(self, ctx: &PageContext) -> Result<T, AdminPageError> {
        self.map_err(|e| ctx.fail(e))
    }
}

impl PageContext {
    pub fn fail(&self, problem: impl Into<AdminProblem>) -> AdminPageError {
        AdminPageError {
            ctx: self.clone(),
            problem: Box::new(problem.into()),
        }
    }
}

fn survey_status(e: &SurveyError) -> StatusCode {
    match e {
        SurveyError::NotFound | SurveyError::DepartmentNotFound(_) | SurveyError::BatchNotFound => {
            StatusCode::NOT_FOUND
        }
        SurveyError::WrongStatus { .. }
        | SurveyError::DepartmentHasInvites { .. }
        | SurveyError::TooFewInvites { .. }
        | SurveyError::TooFewInvitesOpen { .. } => StatusCode::CONFLICT,
        SurveyError::Departments(_) | SurveyError::InviteCount { .. } => StatusCode::BAD_REQUEST,
        SurveyError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn accounts_status(e: &AccountsError) -> StatusCode {
    use AccountsError as E;
    match e {
        E::WrongCredentials => StatusCode::UNAUTHORIZED,
        E::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
        E::Busy => StatusCode::SERVICE_UNAVAILABLE,
        E::Invalid(_) => StatusCode::BAD_REQUEST,
        E::NameTaken(_) => StatusCode::CONFLICT,
        E::SetupRefused => StatusCode::FORBIDDEN,
        E::Store(_) | E::Hashing(_) | E::Randomness(_) | E::Task => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

impl ResponseError for AdminPageError {
    fn status_code(&self) -> StatusCode {
        match &*self.problem {
            AdminProblem::SignInRequired(_) => StatusCode::SEE_OTHER,
            AdminProblem::CrossSite => StatusCode::FORBIDDEN,
            AdminProblem::NotFound => StatusCode::NOT_FOUND,
            AdminProblem::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AdminProblem::BadForm(_) => StatusCode::BAD_REQUEST,
            AdminProblem::TooSlow => StatusCode::REQUEST_TIMEOUT,
            AdminProblem::Survey(e) => survey_status(e),
            AdminProblem::Accounts(e) => accounts_status(e),
            AdminProblem::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if let AdminProblem::SignInRequired(back) = &*self.problem {
            let sign_in = back
                .as_ref()
                .map_or_else(|| "/admin/sign-in".to_owned(), ReturnTo::sign_in_query);
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, self.ctx.href(&sign_in)))
                .finish();
        }
        if status.is_server_error() {
            tracing::error!(error = %cause_chain(self), "page failed");
        }
        let body = views::error_page(&self.ctx, &self.problem, status.is_server_error());
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body.into_string())
    }
}
