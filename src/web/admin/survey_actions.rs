//! One survey: its page, changes while it is a draft, opening and closing.
//! Each action is one call to the service, which records it in the audit
//! trail in the same transaction.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::forms::{DepartmentForm, min_group_size};
use super::on_survey::OnSurvey;
use super::{html, see_other, views};
use crate::i18n::t;
use crate::service::SurveyError;
use crate::survey::{DepartmentEdit, SurveyStatus};

/// Notices shown after an action, named in the address (`?done=opened`).
const NOTICES: [&str; 8] = [
    "sign-in",
    "created",
    "opened",
    "closed",
    "departments",
    "settings",
    "voided",
    "follow-up",
];

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    min_group_size: String,
}

/// A form whose action is for good: sent only with its box ticked.
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

impl ConfirmForm {
    fn confirmed(&self) -> bool {
        self.confirm == "yes"
    }
}

pub async fn show(on: OnSurvey, query: web::Query<Done>) -> Result<HttpResponse, AdminPageError> {
    let notice = query
        .done
        .as_deref()
        .filter(|d| NOTICES.contains(d))
        .map(|d| t(on.ctx.language, &format!("admin-done-{d}")));
    on.render(notice, Vec::new()).await
}

pub async fn departments(
    on: OnSurvey,
    form: web::Form<DepartmentForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let l = on.ctx.language;
    let edit = match DepartmentEdit::try_from(&*form) {
        Ok(edit) => edit,
        Err(e) => return on.refuse(views::form_message(l, &e)).await,
    };
    let confirmed = form.confirmed();
    match on
        .service
        .edit_departments(&on.id, edit, confirmed, &on.actor())
        .await
    {
        Ok(_) if form.back == "open" => Ok(see_other(
            on.ctx.href(&format!("/admin/surveys/{}/open", on.id)),
        )),
        Ok(_) => Ok(on.done("departments")),
        Err(
            e @ (SurveyError::Departments(_)
            | SurveyError::DepartmentHasInvites { .. }
            | SurveyError::DepartmentNotFound(_)),
        ) => on.refuse(views::survey_message(l, &e)).await,
        Err(e) => Err(on.fail(e)),
    }
}

pub async fn settings(
    on: OnSurvey,
    form: web::Form<SettingsForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let k = match min_group_size(&form.min_group_size) {
        Ok(k) => k,
        Err(e) => return on.refuse(views::form_message(on.ctx.language, &e)).await,
    };
    on.service
        .set_min_group_size(&on.id, k, &on.actor())
        .await
        .or_page(&on.ctx)?;
    Ok(on.done("settings"))
}

/// The confirmation before opening, or back to the survey if it is no draft.
pub async fn open_page(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    confirmation(&on, SurveyStatus::Draft, &[]).await
}

pub async fn open(
    on: OnSurvey,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    if !form.confirmed() {
        let errors = [t(on.ctx.language, "admin-error-confirm-open")];
        return confirmation(&on, SurveyStatus::Draft, &errors).await;
    }
    match on.service.open_survey(&on.id, &on.actor()).await {
        Ok(()) => Ok(on.done("opened")),
        Err(e @ (SurveyError::TooFewInvites { .. } | SurveyError::Departments(_))) => {
            let errors = [views::survey_message(on.ctx.language, &e)];
            confirmation(&on, SurveyStatus::Draft, &errors).await
        }
        Err(e) => Err(on.fail(e)),
    }
}

/// The page that confirms opening (`Draft`) or closing (`Open`).
async fn confirmation(
    on: &OnSurvey,
    from: SurveyStatus,
    errors: &[String],
) -> Result<HttpResponse, AdminPageError> {
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    if survey.status != from {
        return Ok(see_other(on.ctx.href(&format!("/admin/surveys/{}", on.id))));
    }
    let participation = on.service.participation(&on.id).await.or_page(&on.ctx)?;
    let (ctx, admin) = (&on.ctx, &on.admin.0);
    let page = match from {
        SurveyStatus::Draft => views::open_page(ctx, admin, &survey, &participation, errors),
        _ => views::close_page(ctx, admin, &survey, &participation, errors),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(html(status, page))
}

pub async fn close_page(on: OnSurvey) -> Result<HttpResponse, AdminPageError> {
    confirmation(&on, SurveyStatus::Open, &[]).await
}

/// Voids the unused invites of one batch.
pub async fn void_batch(
    on: OnSurvey,
    path: web::Path<(String, i64)>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    if !form.confirmed() {
        return on
            .refuse(t(on.ctx.language, "admin-error-confirm-void"))
            .await;
    }
    on.service
        .void_batch(&on.id, path.1, &on.actor())
        .await
        .or_page(&on.ctx)?;
    Ok(on.done("voided"))
}

pub async fn close(
    on: OnSurvey,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    if !form.confirmed() {
        let errors = [t(on.ctx.language, "admin-error-confirm-close")];
        return confirmation(&on, SurveyStatus::Open, &errors).await;
    }
    on.service
        .close_survey(&on.id, &on.actor())
        .await
        .or_page(&on.ctx)?;
    Ok(on.done("closed"))
}
