//! Making invites: a CSV file for a mail merge (one department, or all at
//! once), or a sheet of slips to print in the employees' language. The
//! codes exist only in this one response; the database keeps their hashes,
//! and the response is never cached (`Cache-Control: no-store`).

use actix_web::http::StatusCode;
use actix_web::http::header::{
    Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::{HttpResponse, web};

use super::error::{AdminPageError, OrPage};
use super::forms::{InvitesForm, InvitesRequest};
use super::on_survey::OnSurvey;
use super::{html, views};
use crate::i18n::t;
use crate::invites::InviteFormat;
use crate::language::Language;
use crate::service::{Internal, InviteBatch, SurveyError, invites_csv};
use crate::spreadsheet::CsvStyle;

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

pub async fn create(
    on: OnSurvey,
    form: web::Form<InvitesForm>,
) -> Result<HttpResponse, AdminPageError> {
    on.check(&form.csrf)?;
    let l = on.ctx.language;
    // A CSV downloads without leaving the page, so it cannot be sent twice
    // by a reload; the slips page can, and its form works once.
    if form.slips() && !on.admins.forms.spend(&form.once) {
        return on.refuse(t(l, "admin-error-invites-resubmitted")).await;
    }
    let request = match InvitesRequest::try_from(&*form) {
        Ok(request) => request,
        Err(e) => return on.refuse(views::form_message(l, &e)).await,
    };
    let survey = on.service.survey(&on.id).await.or_page(&on.ctx)?;
    let (count, format, by) = (request.count, request.format, on.actor());
    let made = match &request.department {
        None => {
            on.service
                .create_invites_for_all(&on.id, count, &by, format)
                .await
        }
        Some(department) => on
            .service
            .create_invites(&on.id, department, count, &by, format)
            .await
            .map(|batch| vec![batch]),
    };
    let batches = match made {
        Ok(batches) => batches,
        Err(e @ SurveyError::DepartmentNotFound(_)) => {
            return on.refuse(views::survey_message(l, &e)).await;
        }
        Err(e) => return Err(on.fail(e)),
    };
    if format == InviteFormat::Csv {
        let style = request.csv_style.unwrap_or(CsvStyle::for_language(l));
        return csv_response(&on, &batches, style).or_page(&on.ctx);
    }
    let Some(batch) = batches.first() else {
        return Err(on.fail(SurveyError::NotFound));
    };
    let page = views::slips_page(
        &on.ctx,
        &on.admin.0,
        &survey.title,
        batch,
        &on.settings.public_url,
        request.slip_language.unwrap_or(l),
    )
    .map_err(|e| Internal::Render {
        what: "the QR codes of the slips",
        cause: Box::new(e),
    })
    .or_page(&on.ctx)?;
    Ok(html(StatusCode::OK, page))
}
