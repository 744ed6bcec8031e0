//! Making invites: a CSV file for a mail merge, or a sheet of slips to
//! print. The codes exist only in this one response; the database keeps
//! their hashes, and the response is never cached (`Cache-Control: no-store`).

use actix_web::http::StatusCode;
use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::on_survey::OnSurvey;
use super::{html, views};
use crate::config::Settings;
use crate::i18n::{t, t_args};
use crate::invites::InviteFormat;
use crate::service::{Internal, InviteBatch, MAX_INVITES_PER_BATCH, SurveyError};

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
    #[serde(default)]
    once: String,
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

fn csv_response(batch: &InviteBatch, settings: &Settings) -> Result<HttpResponse, Internal> {
    let csv = batch.to_csv(&settings.public_url)?;
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
    on: OnSurvey,
    form: web::Form<InvitesForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let l = on.ctx.language;
    if !on.admins.forms.spend(&form.once) {
        return on.refuse(t(l, "admin-error-invites-resubmitted")).await;
    }
    let count = match count(l, &form) {
        Ok(n) => n,
        Err(message) => return on.refuse(message).await,
    };
    let slips = form.format != "csv";
    let format = if slips {
        InviteFormat::Slips
    } else {
        InviteFormat::Csv
    };
    let batch = match on
        .service
        .create_invites(&on.id, &form.department, count, &on.actor(), format)
        .await
    {
        Ok(batch) => batch,
        Err(e @ SurveyError::DepartmentNotFound(_)) => {
            return on.refuse(views::survey_message(l, &e)).await;
        }
        Err(e) => return Err(on.fail(e)),
    };
    if !slips {
        return csv_response(&batch, &on.settings).or_page(&on.ctx);
    }
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let page = views::slips_page(
        &on.ctx,
        &on.admin.0,
        &survey.title,
        &batch,
        &on.settings.public_url,
    )
    .map_err(|e| Internal::Render {
        what: "the QR codes of the slips",
        cause: Box::new(e),
    })
    .or_page(&on.ctx)?;
    Ok(html(StatusCode::OK, page))
}
