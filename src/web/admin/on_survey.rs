//! What every request about one survey needs: who asks, in which language,
//! which survey, and the service. One extractor instead of six arguments.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};

use super::error::{OrPage, PageError, Problem};
use super::session::{Admin, context};
use super::{html, see_other, views};
use crate::accounts::Action;
use crate::config::Settings;
use crate::service::accounts::Admins;
use crate::service::{Service, ServiceError};
use crate::survey::SurveyId;
use crate::web::pages::PageContext;

pub struct OnSurvey {
    pub ctx: PageContext,
    pub admin: Admin,
    pub service: web::Data<Service>,
    pub settings: web::Data<Settings>,
    pub admins: web::Data<Admins>,
    pub id: SurveyId,
}

impl FromRequest for OnSurvey {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let ctx = context(req);
        let admin = Admin::from_request(req, payload);
        let service = req.app_data::<web::Data<Service>>().cloned();
        let settings = req.app_data::<web::Data<Settings>>().cloned();
        let admins = req.app_data::<web::Data<Admins>>().cloned();
        // A malformed id can name no survey: it is simply not found.
        let id = req
            .match_info()
            .get("id")
            .and_then(|id| SurveyId::parse(id).ok());
        Box::pin(async move {
            let admin = admin.await?;
            match (service, settings, admins, id) {
                (Some(service), Some(settings), Some(admins), Some(id)) => Ok(OnSurvey {
                    ctx,
                    admin,
                    service,
                    settings,
                    admins,
                    id,
                }),
                _ => Err(ctx.fail(Problem::NotFound)),
            }
        })
    }
}

impl OnSurvey {
    /// Every state-changing form carries the session's CSRF token.
    pub fn check(&self, csrf: &str) -> Result<(), PageError> {
        self.admin.check(&self.ctx, csrf)
    }

    pub fn fail(&self, problem: impl Into<Problem>) -> PageError {
        self.ctx.fail(problem)
    }

    /// The survey's page, with a notice or with the problems of a form.
    pub async fn render(
        &self,
        notice: Option<String>,
        errors: Vec<String>,
    ) -> Result<HttpResponse, PageError> {
        let (ctx, id) = (&self.ctx, &self.id);
        let view = self.service.survey(id).await.or_page(ctx)?;
        let participation = self.service.store().participation(id).await;
        let participation = participation.map_err(ServiceError::from).or_page(ctx)?;
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = views::SurveyPage {
            survey: &view.survey,
            questionnaire_title: view.questionnaire.title.get(ctx.language),
            participation: &participation,
            employee_link: format!("{}/s/{id}", self.settings.public_url),
            invite_form: self
                .admins
                .forms
                .issue()
                .map_err(ServiceError::from)
                .or_page(ctx)?,
            notice,
            errors,
        };
        Ok(html(status, views::survey_page(ctx, &self.admin.0, &page)))
    }

    /// The survey's page again, with what was wrong with a form.
    pub async fn refuse(&self, message: String) -> Result<HttpResponse, PageError> {
        self.render(None, vec![message]).await
    }

    /// Writes HR's action to the audit trail, then goes back to the survey
    /// with a notice of what was `done`.
    pub async fn done(
        &self,
        action: Action,
        detail: String,
        done: &str,
    ) -> Result<HttpResponse, PageError> {
        self.audit(action, detail).await?;
        let id = &self.id;
        Ok(see_other(
            self.ctx.href(&format!("/admin/surveys/{id}?done={done}")),
        ))
    }

    pub async fn audit(&self, action: Action, detail: String) -> Result<(), PageError> {
        let actor = self.admin.0.actor();
        self.service
            .audit(&actor, action, Some(&self.id), detail)
            .await
            .or_page(&self.ctx)
    }
}
