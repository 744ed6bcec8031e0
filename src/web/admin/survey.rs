//! One survey: its page, changes while it is a draft, opening and closing.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{OrPage, PageError, Problem};
use super::session::Admin;
use super::{html, min_group_size, see_other, views};
use crate::accounts::Action;
use crate::config::Settings;
use crate::i18n::t;
use crate::service::{Service, ServiceError};
use crate::survey::{DepartmentEdit, DepartmentName, SurveyId, SurveyStatus};
use crate::web::pages::PageContext;

/// Notices shown after an action, named in the address (`?done=opened`).
const NOTICES: [&str; 5] = ["created", "opened", "closed", "departments", "settings"];

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

#[derive(Deserialize)]
pub struct DepartmentForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    new_name: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    min_group_size: String,
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

pub fn survey_id(ctx: &PageContext, raw: &str) -> Result<SurveyId, PageError> {
    SurveyId::parse(raw).map_err(|_| ctx.fail(Problem::NotFound))
}

/// Writes HR's action to the audit trail, then goes back to the survey
/// with a notice of what was `done`.
async fn done(
    ctx: &PageContext,
    admin: &Admin,
    service: &Service,
    id: &SurveyId,
    action: Action,
    detail: String,
    done: &str,
) -> Result<HttpResponse, PageError> {
    service
        .audit(&admin.0.actor(), action, Some(id), detail)
        .await
        .or_page(ctx)?;
    Ok(see_other(
        ctx.href(&format!("/admin/surveys/{id}?done={done}")),
    ))
}

/// The survey's page, with a notice or with the problems of a form.
pub(super) async fn render(
    ctx: &PageContext,
    admin: &Admin,
    service: &Service,
    settings: &Settings,
    id: &SurveyId,
    notice: Option<String>,
    errors: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let view = service.survey(id).await.or_page(ctx)?;
    let participation = service.store().participation(id).await;
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
        employee_link: format!("{}/s/{id}", settings.public_url),
        notice,
        errors,
    };
    Ok(html(status, views::survey_page(ctx, &admin.0, &page)))
}

pub async fn show(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    let notice = query
        .done
        .as_deref()
        .filter(|d| NOTICES.contains(d))
        .map(|d| t(ctx.language, &format!("admin-done-{d}")));
    render(&ctx, &admin, &service, &settings, &id, notice, Vec::new()).await
}

fn department_edit(form: &DepartmentForm) -> Result<DepartmentEdit, ServiceError> {
    let name = DepartmentName::parse(&form.name)?;
    Ok(match form.action.as_str() {
        "add" => DepartmentEdit::Add(name),
        "rename" => DepartmentEdit::Rename {
            from: name,
            to: DepartmentName::parse(&form.new_name)?,
        },
        _ => DepartmentEdit::Remove(name),
    })
}

fn describe(edit: &DepartmentEdit, invites_removed: u64) -> String {
    match edit {
        DepartmentEdit::Add(name) => format!("+ {name}"),
        DepartmentEdit::Rename { from, to } => format!("{from} → {to}"),
        DepartmentEdit::Remove(name) => format!("− {name} ({invites_removed})"),
    }
}

pub async fn departments(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
    form: web::Form<DepartmentForm>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    admin.check(&ctx, &form.csrf)?;
    let l = ctx.language;
    let refuse =
        |message: String| render(&ctx, &admin, &service, &settings, &id, None, vec![message]);
    let edit = match department_edit(&form) {
        Ok(edit) => edit,
        Err(e) => return refuse(views::service_message(l, &e)).await,
    };
    if let DepartmentEdit::Remove(name) = &edit {
        let participation = service.store().participation(&id).await;
        let invites = participation
            .map_err(ServiceError::from)
            .or_page(&ctx)?
            .iter()
            .find(|p| p.department == *name)
            .map_or(0, |p| p.invites);
        if invites > 0 && form.confirm != "yes" {
            return refuse(t(l, "admin-error-confirm-remove")).await;
        }
    }
    match service.edit_departments(&id, edit.clone()).await {
        Ok(removed) => {
            let detail = describe(&edit, removed);
            let action = Action::DepartmentsChanged;
            done(&ctx, &admin, &service, &id, action, detail, "departments").await
        }
        Err(e @ (ServiceError::Departments(_) | ServiceError::Name(_))) => {
            refuse(views::service_message(l, &e)).await
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn settings(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
    form: web::Form<SettingsForm>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    admin.check(&ctx, &form.csrf)?;
    let k = match min_group_size(ctx.language, &form.min_group_size) {
        Ok(k) => k,
        Err(message) => {
            return render(&ctx, &admin, &service, &settings, &id, None, vec![message]).await;
        }
    };
    service.set_min_group_size(&id, k).await.or_page(&ctx)?;
    let detail = format!("k = {}", k.get());
    done(
        &ctx,
        &admin,
        &service,
        &id,
        Action::SettingsChanged,
        detail,
        "settings",
    )
    .await
}

pub async fn open(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    admin.check(&ctx, &form.csrf)?;
    service.open_survey(&id).await.or_page(&ctx)?;
    done(
        &ctx,
        &admin,
        &service,
        &id,
        Action::SurveyOpened,
        String::new(),
        "opened",
    )
    .await
}

pub async fn close_page(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    let view = service.survey(&id).await.or_page(&ctx)?;
    if view.survey.status != SurveyStatus::Open {
        return Ok(see_other(ctx.href(&format!("/admin/surveys/{id}"))));
    }
    Ok(html(
        StatusCode::OK,
        views::close_page(&ctx, &admin.0, &view.survey, &[]),
    ))
}

pub async fn close(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, PageError> {
    let id = survey_id(&ctx, &path)?;
    admin.check(&ctx, &form.csrf)?;
    if form.confirm != "yes" {
        let view = service.survey(&id).await.or_page(&ctx)?;
        let errors = [t(ctx.language, "admin-error-confirm-close")];
        let page = views::close_page(&ctx, &admin.0, &view.survey, &errors);
        return Ok(html(StatusCode::BAD_REQUEST, page));
    }
    service.close_survey(&id).await.or_page(&ctx)?;
    done(
        &ctx,
        &admin,
        &service,
        &id,
        Action::SurveyClosed,
        String::new(),
        "closed",
    )
    .await
}
