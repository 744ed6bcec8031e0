//! Making invites: a CSV file for a mail merge (one department, or all at
//! once), or a sheet of slips to print in the employees' language. The
//! codes exist only in this one response; the database keeps their hashes,
//! and the response is never cached (`Cache-Control: no-store`).

use actix_web::http::StatusCode;
use actix_web::http::header::{
    Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::on_survey::OnSurvey;
use super::{html, views};
use crate::i18n::{t, t_args};
use crate::invites::InviteFormat;
use crate::language::Language;
use crate::service::{Internal, InviteBatch, MAX_INVITES_PER_BATCH, SurveyError, invites_csv};
use crate::spreadsheet::CsvStyle;
use crate::survey::DepartmentName;

/// A sheet of slips is for handing out in person; more than this is a job
/// for several sheets, or for the CSV.
pub const MAX_SLIPS: u32 = 400;
/// The department field's value for "every department, `count` each".
pub const ALL_DEPARTMENTS: &str = "*";

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
    /// The slips' language, which is the employees', not HR's screen's.
    #[serde(default)]
    slip_language: String,
    /// `nordic` (`;` and a byte-order mark) or `plain` (`,`).
    #[serde(default)]
    csv_style: String,
    #[serde(default)]
    once: String,
}

/// A file name with æ, ø and å as they are (RFC 6266 `filename*`), and an
/// ASCII stand-in for the few programs that cannot read that.
fn attachment(name: &str) -> ContentDisposition {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            'æ' => 'a',
            'ø' => 'o',
            'å' => 'a',
            'Æ' => 'A',
            'Ø' => 'O',
            'Å' => 'A',
            c if c.is_ascii_alphanumeric() || "-_.".contains(c) => c,
            _ => '-',
        })
        .collect();
    ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(ascii),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".to_owned()),
                language_tag: None,
                value: name.as_bytes().to_vec(),
            }),
        ],
    }
}

fn file_name(batches: &[InviteBatch], l: Language) -> String {
    let who = match batches {
        [one] => one.department.as_str().to_lowercase().replace(' ', "-"),
        _ => t(l, "admin-invites-file-all"),
    };
    let survey = batches
        .first()
        .map(|b| b.survey.to_string())
        .unwrap_or_default();
    format!("{}-{survey}-{who}.csv", t(l, "admin-invites-file"))
}

fn csv_response(
    on: &OnSurvey,
    batches: &[InviteBatch],
    style: CsvStyle,
) -> Result<HttpResponse, Internal> {
    let csv = invites_csv(batches, &on.settings.public_url, style)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(attachment(&file_name(batches, on.ctx.language)))
        .body(csv))
}

/// The department chosen in the form; a name that cannot be one is no
/// department of the survey either.
fn department(input: &str) -> Result<DepartmentName, SurveyError> {
    DepartmentName::parse(input).map_err(|_| SurveyError::DepartmentNotFound(input.trim().into()))
}

/// The count typed into the form, within the format's limit.
fn count(l: Language, form: &InvitesForm) -> Result<u32, String> {
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
    let slips = form.format != "csv";
    // A CSV downloads without leaving the page, so it cannot be sent twice
    // by a reload; the slips page can, and its form works once.
    if slips && !on.admins.forms.spend(&form.once) {
        return on.refuse(t(l, "admin-error-invites-resubmitted")).await;
    }
    let count = match count(l, &form) {
        Ok(n) => n,
        Err(message) => return on.refuse(message).await,
    };
    let format = if slips {
        InviteFormat::Slips
    } else {
        InviteFormat::Csv
    };
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let made = if form.department == ALL_DEPARTMENTS && !slips {
        on.service
            .create_invites_for_all(&on.id, count, &on.actor(), format)
            .await
    } else {
        match department(&form.department) {
            Ok(department) => on
                .service
                .create_invites(&on.id, &department, count, &on.actor(), format)
                .await
                .map(|batch| vec![batch]),
            Err(e) => Err(e),
        }
    };
    let batches = match made {
        Ok(batches) => batches,
        Err(e @ SurveyError::DepartmentNotFound(_)) => {
            return on.refuse(views::survey_message(l, &e)).await;
        }
        Err(e) => return Err(on.fail(e)),
    };
    if !slips {
        let style = match form.csv_style.as_str() {
            "nordic" => CsvStyle::NORDIC_EXCEL,
            "plain" => CsvStyle::PLAIN,
            _ => CsvStyle::for_language(l),
        };
        return csv_response(&on, &batches, style).or_page(&on.ctx);
    }
    let slip_language = Language::from_tag(&form.slip_language).unwrap_or(l);
    let page = views::slips_page(
        &on.ctx,
        &on.admin.0,
        &survey.title,
        &batches[0],
        &on.settings.public_url,
        slip_language,
    )
    .map_err(|e| Internal::Render {
        what: "the QR codes of the slips",
        cause: Box::new(e),
    })
    .or_page(&on.ctx)?;
    Ok(html(StatusCode::OK, page))
}
