//! Errors on HR's pages: a page in the reader's language with a message a
//! person understands, or a redirect to sign in. Server failures show an
//! opaque page; their cause chain goes to the log.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use super::problem::AdminProblem;
use super::return_to::ReturnTo;
use super::views;
use crate::web::context::PageContext;
use crate::web::error::{HttpError, cause_chain};

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

impl ResponseError for AdminPageError {
    fn status_code(&self) -> StatusCode {
        match &*self.problem {
            AdminProblem::SignInRequired(_) => StatusCode::SEE_OTHER,
            AdminProblem::CrossSite => StatusCode::FORBIDDEN,
            AdminProblem::NotFound => StatusCode::NOT_FOUND,
            AdminProblem::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AdminProblem::BadForm(_) => StatusCode::BAD_REQUEST,
            AdminProblem::TooSlow => StatusCode::REQUEST_TIMEOUT,
            AdminProblem::Survey(e) => e.status(),
            AdminProblem::Accounts(e) => e.status(),
            AdminProblem::Internal(e) => e.status(),
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

#[cfg(test)]
mod tests {
    use actix_web::ResponseError;

    use super::*;
    use crate::language::Language;
    use crate::service::accounts::AccountsError;
    use crate::service::{Internal, SurveyError};
    use crate::survey::{DepartmentsError, SurveyStatus};
    use crate::web::error::ApiError;
    use crate::web::pages::EmployeePageError;

    fn survey_errors() -> Vec<fn() -> SurveyError> {
        vec![
            || SurveyError::NotFound,
            || SurveyError::DepartmentNotFound("Jura".into()),
            || SurveyError::BatchNotFound,
            || SurveyError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual: SurveyStatus::Open,
            },
            || SurveyError::Departments(DepartmentsError::None),
            || SurveyError::DepartmentHasInvites {
                department: "Jura".into(),
                invites: 3,
            },
            || SurveyError::InviteCount { max: 10 },
            || SurveyError::FollowUpKeepsK { k: 5 },
            || SurveyError::NotAFollowUp,
            || SurveyError::Internal(Internal::Task("a test")),
        ]
    }

    #[test]
    fn a_survey_error_has_one_status_in_the_api_on_hrs_pages_and_on_employees_pages() {
        let ctx = PageContext {
            language: Language::En,
            base: String::new(),
        };
        for make in survey_errors() {
            let api = ApiError::from(make()).status_code();
            let hr = ctx.fail(make()).status_code();
            let employee = EmployeePageError::from_service(&ctx, make()).status_code();
            assert_eq!((api, hr), (employee, employee), "{}", make());
        }
    }

    #[test]
    fn a_server_failure_is_a_500_whichever_use_case_met_it() {
        let ctx = PageContext {
            language: Language::En,
            base: String::new(),
        };
        let accounts = AccountsError::Internal(Internal::Task("a test"));
        let survey = SurveyError::Internal(Internal::Task("a test"));

        assert_eq!(ctx.fail(accounts).status_code(), 500);
        assert_eq!(ctx.fail(survey).status_code(), 500);
        assert_eq!(ctx.fail(Internal::Task("a test")).status_code(), 500);
    }
}
