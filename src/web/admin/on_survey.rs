//! What every request about one survey needs: who asks, in which language,
//! which survey, and the service. One extractor instead of six arguments.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};

use super::error::{AdminPageError, OrPage};
use super::problem::AdminProblem;
use super::signed_in::{Admin, context};
use super::{html, see_other, views};
use crate::accounts::Actor;
use crate::config::Settings;
use crate::service::accounts::Admins;
use crate::service::{Internal, Service};
use crate::survey::SurveyId;
use crate::web::context::PageContext;

pub struct OnSurvey {
    pub ctx: PageContext,
    pub admin: Admin,
    pub service: web::Data<Service>,
    pub settings: web::Data<Settings>,
    pub admins: web::Data<Admins>,
    pub id: SurveyId,
}

impl FromRequest for OnSurvey {
    type Error = AdminPageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AdminPageError>>>>;

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
                _ => Err(ctx.fail(AdminProblem::NotFound)),
            }
        })
    }
}

impl OnSurvey {
    /// Every state-changing form carries the session's CSRF token.
    pub fn check(&self, csrf: &str) -> Result<(), AdminPageError> {
        self.admin.check(&self.ctx, csrf)
    }

    pub fn fail(&self, problem: impl Into<AdminProblem>) -> AdminPageError {
        self.ctx.fail(problem)
    }

    /// The survey's page, with a notice or with the problems of a form.
    pub async fn render(
        &self,
        notice: Option<String>,
        errors: Vec<String>,
    ) -> Result<HttpResponse, AdminPageError> {
        let (ctx, id) = (&self.ctx, &self.id);
        let survey = self.service.survey(id).await.or_page(ctx)?;
        let participation = self.service.participation(id).await.or_page(ctx)?;
        let batches = self.service.invite_batches(id).await.or_page(ctx)?;
        let follow_up_of = match self.service.follow_up_of(id).await.or_page(ctx)? {
            Some(of) => {
                let baseline = self.service.survey(&of.baseline).await.or_page(ctx)?;
                Some((of.baseline, baseline.title))
            }
            None => None,
        };
        let follow_ups = self.service.follow_ups(id).await.or_page(ctx)?;
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = views::SurveyPage {
            survey: &survey,
            questionnaire_title: survey.questionnaire.title.get(ctx.language),
            participation: &participation,
            batches: &batches,
            employee_link: format!("{}/s/{id}", self.settings.public_url),
            invite_form: self
                .admins
                .forms
                .issue()
                .map_err(Internal::from)
                .or_page(ctx)?,
            notice,
            errors,
            sign_in: super::oidc::section(self, id).await?,
            follow_up_of,
            follow_ups,
        };
        Ok(html(status, views::survey_page(ctx, &self.admin.0, &page)))
    }

    /// The survey's page again, with what was wrong with a form.
    pub async fn refuse(&self, message: String) -> Result<HttpResponse, AdminPageError> {
        self.render(None, vec![message]).await
    }

    /// Back to the survey, with a notice of what was `done`.
    pub fn done(&self, done: &str) -> HttpResponse {
        let id = &self.id;
        see_other(self.ctx.href(&format!("/admin/surveys/{id}?done={done}")))
    }

    /// Who acts, for the audit trail.
    pub fn actor(&self) -> Actor {
        self.admin.0.actor()
    }
}
