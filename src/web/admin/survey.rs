//! One survey: its page, changes while it is a draft, opening and closing.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{OrPage, PageError};
use super::on_survey::OnSurvey;
use super::{html, min_group_size, see_other, views};
use crate::accounts::Action;
use crate::i18n::t;
use crate::service::ServiceError;
use crate::survey::{DepartmentEdit, DepartmentName, SurveyStatus};

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

pub async fn show(on: OnSurvey, query: web::Query<Done>) -> Result<HttpResponse, PageError> {
    let notice = query
        .done
        .as_deref()
        .filter(|d| NOTICES.contains(d))
        .map(|d| t(on.ctx.language, &format!("admin-done-{d}")));
    on.render(notice, Vec::new()).await
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
    on: OnSurvey,
    form: web::Form<DepartmentForm>,
) -> Result<HttpResponse, PageError> {
    on.check(&form.csrf)?;
    let l = on.ctx.language;
    let edit = match department_edit(&form) {
        Ok(edit) => edit,
        Err(e) => return on.refuse(views::service_message(l, &e)).await,
    };
    if let DepartmentEdit::Remove(name) = &edit {
        let participation = on.service.store().participation(&on.id).await;
        let invites = participation
            .map_err(ServiceError::from)
            .or_page(&on.ctx)?
            .iter()
            .find(|p| p.department == *name)
            .map_or(0, |p| p.invites);
        if invites > 0 && form.confirm != "yes" {
            return on.refuse(t(l, "admin-error-confirm-remove")).await;
        }
    }
    match on.service.edit_departments(&on.id, edit.clone()).await {
        Ok(removed) => {
            let detail = describe(&edit, removed);
            on.done(Action::DepartmentsChanged, detail, "departments")
                .await
        }
        Err(e @ (ServiceError::Departments(_) | ServiceError::Name(_))) => {
            on.refuse(views::service_message(l, &e)).await
        }
        Err(e) => Err(on.fail(e)),
    }
}

pub async fn settings(
    on: OnSurvey,
    form: web::Form<SettingsForm>,
) -> Result<HttpResponse, PageError> {
    on.check(&form.csrf)?;
    let k = match min_group_size(on.ctx.language, &form.min_group_size) {
        Ok(k) => k,
        Err(message) => return on.refuse(message).await,
    };
    on.service
        .set_min_group_size(&on.id, k)
        .await
        .or_page(&on.ctx)?;
    let detail = format!("k = {}", k.get());
    on.done(Action::SettingsChanged, detail, "settings").await
}

pub async fn open(on: OnSurvey, form: web::Form<ConfirmForm>) -> Result<HttpResponse, PageError> {
    on.check(&form.csrf)?;
    on.service.open_survey(&on.id).await.or_page(&on.ctx)?;
    on.done(Action::SurveyOpened, String::new(), "opened").await
}

pub async fn close_page(on: OnSurvey) -> Result<HttpResponse, PageError> {
    let view = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    if view.survey.status != SurveyStatus::Open {
        return Ok(see_other(on.ctx.href(&format!("/admin/surveys/{}", on.id))));
    }
    let page = views::close_page(&on.ctx, &on.admin.0, &view.survey, &[]);
    Ok(html(StatusCode::OK, page))
}

pub async fn close(on: OnSurvey, form: web::Form<ConfirmForm>) -> Result<HttpResponse, PageError> {
    on.check(&form.csrf)?;
    if form.confirm != "yes" {
        let view = on.service.survey(&on.id).await.or_page(&on.ctx)?;
        let errors = [t(on.ctx.language, "admin-error-confirm-close")];
        let page = views::close_page(&on.ctx, &on.admin.0, &view.survey, &errors);
        return Ok(html(StatusCode::BAD_REQUEST, page));
    }
    on.service.close_survey(&on.id).await.or_page(&on.ctx)?;
    on.done(Action::SurveyClosed, String::new(), "closed").await
}
