//! Token issuance and response submission.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::survey_id;
use super::wire::{BallotBody, InviteBody, TokenRequestBody};
use crate::base64url;
use crate::service::Service;
use crate::web::ApiError;

#[derive(Serialize)]
struct InviteResponse {
    department: String,
    key_id: String,
    used: bool,
    /// How many were invited to the department: the size of the crowd the
    /// answer will be among (rule P10), shown before answering.
    invited: u64,
}

#[derive(Serialize)]
struct FoundInvite {
    survey_id: String,
}

#[derive(Serialize)]
struct TokenResponse {
    department: String,
    key_id: String,
    blind_sig: String,
}

pub async fn issue_token(
    req: HttpRequest,
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<TokenRequestBody>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    let body = body.into_inner();
    let (issued, code) = match body.pass()? {
        Some((pass, blinded, key_id)) => {
            let issued = service
                .issue_pass_token(&survey, &pass, blinded, key_id)
                .await?;
            (issued, false)
        }
        None => (service.issue_token(&survey, body.parse()?).await?, true),
    };
    // Counted in memory only, for HR's warning sign; never stored or logged.
    // Only for codes: a sign-in pass is the person's own.
    if let (true, true, Some(peer)) = (code, issued.fresh, req.peer_addr())
        && let Err(e) = service
            .note_code_used(&survey, &issued.department, peer.ip())
            .await
    {
        tracing::warn!(error = %e, "could not check codes used from one address");
    }
    Ok(HttpResponse::Ok().json(TokenResponse {
        department: issued.department.to_string(),
        key_id: issued.key_id.to_hex(),
        blind_sig: base64url::encode(&issued.blind_sig),
    }))
}

pub async fn look_up_invite(
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<InviteBody>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    let info = match body.pass()? {
        Some(pass) => service.look_up_pass(&survey, &pass).await?,
        None => service.look_up_invite(&survey, &body.code()?).await?,
    };
    Ok(HttpResponse::Ok().json(InviteResponse {
        department: info.department.to_string(),
        key_id: info.key_id.to_hex(),
        used: info.used,
        invited: info.invited,
    }))
}

/// For a code typed without its link: which survey's page to go to.
pub async fn find_invite(
    service: web::Data<Service>,
    body: web::Json<InviteBody>,
) -> Result<HttpResponse, ApiError> {
    let survey = service.find_invite(&body.code()?).await?;
    Ok(HttpResponse::Ok().json(FoundInvite {
        survey_id: survey.to_string(),
    }))
}

pub async fn submit_response(
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<BallotBody>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    let ballot = body.into_inner().parse(&survey)?;
    service.submit_response(&survey, ballot).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "status": "recorded" })))
}
