//! Errors on HR's pages: a page in the reader's language with a message a
//! person understands, or a redirect to sign in. Server failures show an
//! opaque page; their cause chain goes to the log.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use super::views;
use crate::service::ServiceError;
use crate::service::accounts::AccountsError;
use crate::web::error::{cause_chain, service_code};
use crate::web::pages::PageContext;

#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("signing in is required")]
    SignInRequired,
    #[error("the request came from another site or without a valid form token")]
    CrossSite,
    #[error("there is nothing at this address")]
    NotFound,
    #[error("this address does not take that method")]
    MethodNotAllowed,
    #[error("the form could not be read: {0}")]
    BadForm(String),
    #[error("the form took too long to arrive")]
    TooSlow,
    #[error(transparent)]
    Service(#[from] ServiceError),
    #[error(transparent)]
    Accounts(#[from] AccountsError),
}

/// A problem, with what is needed to explain it on a page.
#[derive(Debug, thiserror::Error)]
#[error("{problem}")]
pub struct PageError {
    pub ctx: PageContext,
    #[source]
    pub problem: Box<Problem>,
}

/// `result.or_page(&ctx)?` in handlers.
pub trait OrPage<T> {
    fn or_page(self, ctx: &PageContext) -> Result<T, PageError>;
}

impl<T, E: Into<Problem>> OrPage<T> for Result<T, E> {
    fn or_page(self, ctx: &PageContext) -> Result<T, PageError> {
        self.map_err(|e| PageError {
            ctx: ctx.clone(),
            problem: Box::new(e.into()),
        })
    }
}

impl PageContext {
    pub fn fail(&self, problem: impl Into<Problem>) -> PageError {
        PageError {
            ctx: self.clone(),
            problem: Box::new(problem.into()),
        }
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

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match &*self.problem {
            Problem::SignInRequired => StatusCode::SEE_OTHER,
            Problem::CrossSite => StatusCode::FORBIDDEN,
            Problem::NotFound => StatusCode::NOT_FOUND,
            Problem::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Problem::BadForm(_) => StatusCode::BAD_REQUEST,
            Problem::TooSlow => StatusCode::REQUEST_TIMEOUT,
            Problem::Service(e) => service_code(e).0,
            Problem::Accounts(e) => accounts_status(e),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if let Problem::SignInRequired = *self.problem {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, self.ctx.href("/admin/sign-in")))
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
