//! Token issuance and response submission.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::survey_id;
use crate::service::{Ballot, Service, encode_base64};
use crate::web::ApiError;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    invite_code: String,
    blinded_msg: String,
    /// The key the message was blinded for. Required: a message blinded for
    /// another key would be signed, spend the invite, and never unblind.
    key_id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    invite_code: String,
}

#[derive(Serialize)]
struct InviteResponse {
    department: String,
    key_id: String,
    used: bool,
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
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    let issued = service
        .issue_token(&survey, &body.invite_code, &body.blinded_msg, &body.key_id)
        .await?;
    Ok(HttpResponse::Ok().json(TokenResponse {
        department: issued.department.to_string(),
        key_id: issued.key_id.to_hex(),
        blind_sig: encode_base64(&issued.blind_sig),
    }))
}

pub async fn look_up_invite(
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<InviteRequest>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    let info = service.look_up_invite(&survey, &body.invite_code).await?;
    Ok(HttpResponse::Ok().json(InviteResponse {
        department: info.department.to_string(),
        key_id: info.key_id.to_hex(),
        used: info.used,
    }))
}

/// For a code typed without its link: which survey's page to go to.
pub async fn find_invite(
    service: web::Data<Service>,
    body: web::Json<InviteRequest>,
) -> Result<HttpResponse, ApiError> {
    let survey = service.find_invite(&body.invite_code).await?;
    Ok(HttpResponse::Ok().json(FoundInvite {
        survey_id: survey.to_string(),
    }))
}

pub async fn submit_response(
    service: web::Data<Service>,
    path: web::Path<String>,
    body: web::Json<Ballot>,
) -> Result<HttpResponse, ApiError> {
    let survey = survey_id(&path)?;
    service.submit_response(&survey, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "status": "recorded" })))
}
