//! Making invites: a CSV file for a mail merge, or a sheet of slips to
//! print. The codes exist only in this one response; the database keeps
//! their hashes, and the response is never cached (`Cache-Control: no-store`).

use actix_web::http::StatusCode;
use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{OrPage, PageError};
use super::session::Admin;
use super::survey::{render, survey_id};
use super::{html, views};
use crate::accounts::Action;
use crate::config::Settings;
use crate::i18n::t_args;
use crate::service::{InviteBatch, MAX_INVITES_PER_BATCH, Service, ServiceError};
use crate::survey::SurveyId;
use crate::web::pages::PageContext;

/// A sheet of slips is for handing out in person; more than this is a job
/// for several sheets, or for the CSV.
pub const MAX_SLIPS: u32 = 400;

#[derive(Deserialize)]
pub struct InvitesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    count: String,
    #[serde(default)]
    format: String,
}

fn slug(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug.trim_matches('-').to_owned()
}

fn csv_response(batch: &InviteBatch, settings: &Settings) -> Result<HttpResponse, ServiceError> {
    let csv = batch
        .to_csv(&settings.public_url)
        .map_err(|_| ServiceError::Task)?;
    let name = format!(
        "invites-{}-{}.csv",
        batch.survey,
        slug(batch.department.as_str())
    );
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::Filename(name)],
    };
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(disposition)
        .body(csv))
}

/// The count typed into the form, within the format's limit.
fn count(l: crate::language::Language, form: &InvitesForm) -> Result<u32, String> {
    let max = if form.format == "csv" {
        MAX_INVITES_PER_BATCH
    } else {
        MAX_SLIPS
    };
    match form.count.trim().parse::<u32>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(t_args(
            l,
            "admin-error-invite-count",
            &[("max", max.into())],
        )),
    }
}

pub async fn create(
    ctx: PageContext,
    admin: Admin,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
    form: web::Form<InvitesForm>,
) -> Result<HttpResponse, PageError> {
    let id: SurveyId = survey_id(&ctx, &path)?;
    admin.check(&ctx, &form.csrf)?;
    let l = ctx.language;
    let refuse = |message| render(&ctx, &admin, &service, &settings, &id, None, vec![message]);
    let count = match count(l, &form) {
        Ok(n) => n,
        Err(message) => return refuse(message).await,
    };
    let batch = match service.create_invites(&id, &form.department, count).await {
        Ok(batch) => batch,
        Err(e @ ServiceError::DepartmentNotFound(_)) => {
            return refuse(views::service_message(l, &e)).await;
        }
        Err(e) => return Err(ctx.fail(e)),
    };
    let slips = form.format != "csv";
    let detail = format!(
        "{}: {count} ({})",
        batch.department,
        if slips { "slips" } else { "CSV" }
    );
    service
        .audit(&admin.0.actor(), Action::InvitesCreated, Some(&id), detail)
        .await
        .or_page(&ctx)?;
    if !slips {
        return csv_response(&batch, &settings).or_page(&ctx);
    }
    let view = service.survey(&id).await.or_page(&ctx)?;
    let page = views::slips_page(
        &ctx,
        &admin.0,
        &view.survey.title,
        &batch,
        &settings.public_url,
    )
    .map_err(|_| ServiceError::Task)
    .or_page(&ctx)?;
    Ok(html(StatusCode::OK, page))
}
