//! Pages that cannot be shown: a 404 or a 500, as a page in the visitor's
//! language. The cause of a 500 goes to the log, never to the page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use maud::html;

use super::{PageContext, page};
use crate::i18n::t;
use crate::service::SurveyError;
use crate::web::error::{HttpError, cause_chain};

#[derive(Debug, thiserror::Error)]
pub enum EmployeePageError {
    #[error("there is no page at this address")]
    PageNotFound(PageContext),
    #[error("there is no such survey")]
    SurveyNotFound(PageContext),
    #[error("the page could not be made")]
    Service(PageContext, #[source] SurveyError),
}

impl EmployeePageError {
    pub fn from_service(ctx: &PageContext, error: SurveyError) -> Self {
        match error {
            SurveyError::NotFound => EmployeePageError::SurveyNotFound(ctx.clone()),
            other => EmployeePageError::Service(ctx.clone(), other),
        }
    }

    fn context(&self) -> &PageContext {
        match self {
            EmployeePageError::PageNotFound(ctx)
            | EmployeePageError::SurveyNotFound(ctx)
            | EmployeePageError::Service(ctx, _) => ctx,
        }
    }
}

impl ResponseError for EmployeePageError {
    fn status_code(&self) -> StatusCode {
        match self {
            EmployeePageError::PageNotFound(_) | EmployeePageError::SurveyNotFound(_) => {
                StatusCode::NOT_FOUND
            }
            EmployeePageError::Service(_, e) => e.status(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let ctx = self.context();
        let language = ctx.language;
        let (title, message) = match self {
            EmployeePageError::PageNotFound(_) => ("not-found-title", "error-not-found"),
            EmployeePageError::SurveyNotFound(_) => ("not-found-title", "not-found-survey"),
            EmployeePageError::Service(_, e) if e.status().is_server_error() => {
                tracing::error!(error = %cause_chain(self), "page failed");
                ("error-title", "error-server")
            }
            EmployeePageError::Service(..) => ("error-title", "error-request"),
        };
        let title = t(language, title);
        let body = page(
            ctx,
            &title,
            html! {
                h1 { (title) }
                p { (t(language, message)) }
                p { a href=(ctx.href("/")) { (t(language, "go-home")) } }
            },
        );
        HttpResponse::build(self.status_code())
            .content_type("text/html; charset=utf-8")
            .body(body.into_string())
    }
}
