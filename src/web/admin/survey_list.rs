//! The list of surveys, creating one (with an uploaded questionnaire), and
//! the audit trail.

use actix_multipart::form::bytes::Bytes;
use actix_multipart::form::text::Text;
use actix_multipart::form::{MultipartForm, MultipartFormConfig};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::error::{AdminPageError, OrPage};
use super::forms::min_group_size;
use super::signed_in::Admin;
use super::{html, see_other, views};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::service::{NewSurvey, Service};
use crate::survey::{Departments, MinGroupSize, SurveyTitle};
use crate::web::context::PageContext;

/// A questionnaire file is a few kilobytes; this leaves ample room.
const MAX_QUESTIONNAIRE_BYTES: usize = 256 * 1024;
const AUDIT_ENTRIES: u32 = 500;

pub fn upload_config() -> MultipartFormConfig {
    MultipartFormConfig::default()
        .total_limit(MAX_QUESTIONNAIRE_BYTES + 64 * 1024)
        .memory_limit(MAX_QUESTIONNAIRE_BYTES + 64 * 1024)
}

#[derive(MultipartForm)]
pub struct NewSurveyUpload {
    csrf: Option<Text<String>>,
    title: Option<Text<String>>,
    departments: Option<Text<String>>,
    min_group_size: Option<Text<String>>,
    questionnaire: Option<Text<String>>,
    #[multipart(limit = "256KiB")]
    file: Option<Bytes>,
}

pub async fn list(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
) -> Result<HttpResponse, AdminPageError> {
    let surveys = service.list_surveys().await.or_page(&ctx)?;
    Ok(html(
        StatusCode::OK,
        views::list_page(&ctx, &admin.0, &surveys),
    ))
}

pub async fn audit(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
) -> Result<HttpResponse, AdminPageError> {
    let entries = service.audit_trail(AUDIT_ENTRIES).await.or_page(&ctx)?;
    Ok(html(
        StatusCode::OK,
        views::audit_page(&ctx, &admin.0, &entries),
    ))
}

pub async fn new_page(ctx: PageContext, admin: Admin) -> HttpResponse {
    let form = views::NewSurveyForm::default();
    html(
        StatusCode::OK,
        views::new_survey_page(&ctx, &admin.0, &form),
    )
}

fn text(field: &Option<Text<String>>) -> String {
    field.as_ref().map(|t| t.0.clone()).unwrap_or_default()
}

/// One department per line; a single line may list them with commas.
fn department_names(input: &str) -> Vec<&str> {
    let separator = if input.trim().contains('\n') {
        '\n'
    } else {
        ','
    };
    input
        .split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every field parsed at once, so one round trip shows every problem.
struct Checked {
    title: Option<SurveyTitle>,
    departments: Option<Departments>,
    k: Option<MinGroupSize>,
    questionnaire: Option<Questionnaire>,
}

fn check(l: Language, upload: &NewSurveyUpload, form: &mut views::NewSurveyForm) -> Checked {
    let title = SurveyTitle::parse(&form.title)
        .map_err(|e| form.errors.push(views::name_message(l, &e)))
        .ok();
    let departments = Departments::parse(&department_names(&form.departments))
        .map_err(|e| form.errors.push(views::departments_message(l, &e)))
        .ok();
    let k = min_group_size(&form.min_group_size)
        .map_err(|e| form.errors.push(views::form_message(l, &e)))
        .ok();
    let file = upload.file.as_ref().filter(|f| !f.data.is_empty());
    let source = match (form.own_questionnaire, file) {
        (false, _) => Some(DEFAULT_SOURCE),
        (true, None) => {
            form.errors.push(t(l, "admin-error-no-file"));
            None
        }
        (true, Some(f)) => match std::str::from_utf8(&f.data) {
            Ok(s) => Some(s),
            Err(_) => {
                form.errors.push(t(l, "admin-error-not-utf8"));
                None
            }
        },
    };
    let questionnaire = match source.map(Questionnaire::parse) {
        Some(Ok(q)) => Some(q),
        Some(Err(e)) => {
            form.errors.push(t(l, "admin-error-questionnaire"));
            form.problems = e.problems;
            None
        }
        None => None,
    };
    Checked {
        title,
        departments,
        k,
        questionnaire,
    }
}

pub async fn create(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    upload: Result<MultipartForm<NewSurveyUpload>, actix_web::Error>,
) -> Result<HttpResponse, AdminPageError> {
    let l = ctx.language;
    let Ok(MultipartForm(upload)) = upload else {
        let form = views::NewSurveyForm {
            errors: vec![t_args(
                l,
                "admin-error-upload",
                &[("kib", (MAX_QUESTIONNAIRE_BYTES / 1024).into())],
            )],
            ..Default::default()
        };
        return Ok(html(
            StatusCode::BAD_REQUEST,
            views::new_survey_page(&ctx, &admin.0, &form),
        ));
    };
    admin.check(&ctx, &text(&upload.csrf))?;
    let mut form = views::NewSurveyForm {
        title: text(&upload.title),
        departments: text(&upload.departments),
        min_group_size: text(&upload.min_group_size),
        own_questionnaire: text(&upload.questionnaire) == "upload",
        ..Default::default()
    };
    let checked = check(l, &upload, &mut form);
    let (Some(title), Some(departments), Some(min_group_size), Some(questionnaire)) = (
        checked.title,
        checked.departments,
        checked.k,
        checked.questionnaire,
    ) else {
        return Ok(html(
            StatusCode::BAD_REQUEST,
            views::new_survey_page(&ctx, &admin.0, &form),
        ));
    };
    let new = NewSurvey {
        title,
        departments,
        questionnaire,
        min_group_size,
    };
    let id = service
        .create_survey(new, &admin.0.actor())
        .await
        .or_page(&ctx)?;
    Ok(see_other(
        ctx.href(&format!("/admin/surveys/{id}?done=created")),
    ))
}
