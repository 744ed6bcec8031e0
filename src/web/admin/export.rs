//! The results as a spreadsheet, downloaded from the results page: the
//! workbook, or one table as CSV, in the page's language. Every number is
//! the page's own (the service reads the same published results); a survey
//! that is not closed gets a page that says why not (rule P5).

use actix_web::http::StatusCode;
use actix_web::http::header::{
    Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::on_survey::OnSurvey;
use super::problem::AdminProblem;
use super::{html, see_other, views};
use crate::export::{CsvTable, Format, Options, Values};
use crate::questionnaire::readiness::Goal;
use crate::service::{Exported, SurveyError};
use crate::survey::SurveyId;
use crate::web::context::PageContext;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/surveys/{id}/export/{file}")
            .get(back_to_results)
            .post(download),
    );
}

#[derive(Deserialize)]
pub struct ExportForm {
    #[serde(default)]
    csrf: String,
    /// The goal the page shows; HR's saved one if missing.
    #[serde(default)]
    goal: String,
    /// `ids` or `labels` (the default).
    #[serde(default)]
    values: String,
}

fn format(file: &str) -> Option<Format> {
    match file {
        "results.xlsx" => Some(Format::Xlsx),
        "departments.csv" => Some(Format::Csv(CsvTable::Departments)),
        "long.csv" => Some(Format::Csv(CsvTable::Long)),
        _ => None,
    }
}

pub async fn download(
    on: OnSurvey,
    path: web::Path<(String, String)>,
    form: web::Form<ExportForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let Some(format) = format(&path.1) else {
        return Err(on.fail(AdminProblem::NotFound));
    };
    let mut options = Options::new(format, on.ctx.language);
    options.goal = Goal::parse(&form.goal);
    options.values = Values::parse(&form.values).unwrap_or_default();
    match on.service.export(&on.id, options, &on.actor()).await {
        Ok(exported) => Ok(attachment(exported)),
        Err(SurveyError::WrongStatus { actual, .. }) => {
            let page = views::export_refused_page(&on.ctx, &on.admin.0, &on.id, actual);
            Ok(html(StatusCode::CONFLICT, page))
        }
        Err(e) => Err(e).or_page(&on.ctx),
    }
}

/// The file, named in HR's language (RFC 6266 `filename*`, so æ, ø and å
/// survive) with an ASCII name beside it for older clients.
pub(super) fn attachment(exported: Exported) -> HttpResponse {
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(exported.ascii_file_name),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".to_owned()),
                language_tag: None,
                value: exported.file_name.into_bytes(),
            }),
        ],
    };
    HttpResponse::Ok()
        .content_type(exported.content_type)
        .insert_header(disposition)
        .body(exported.bytes)
}

/// The address typed or reloaded: the results page, where the buttons are.
async fn back_to_results(ctx: PageContext, path: web::Path<(String, String)>) -> HttpResponse {
    match SurveyId::parse(&path.0) {
        Ok(id) => see_other(ctx.href(&format!("/admin/surveys/{id}/results"))),
        Err(_) => see_other(ctx.href("/admin")),
    }
}
