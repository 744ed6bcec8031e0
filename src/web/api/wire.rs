//! The API's request bodies as they arrive, and their parsing into the
//! domain types the service takes. Everything a client can get wrong in
//! the shape of a request is refused here, with the API's error codes.

use actix_web::http::StatusCode;
use serde::Deserialize;

use crate::base64url;
use crate::invites::InviteCode;
use crate::pass::SsoPass;
use crate::questionnaire::SubmittedAnswers;
use crate::service::{Ballot, TokenRequest};
use crate::survey::SurveyId;
use crate::tokens::{BlindedMessage, KeyId, MessagePrefix, Signature, TokenMessage};
use crate::web::ApiError;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRequestBody {
    invite_code: String,
    blinded_msg: String,
    /// The key the message was blinded for. Required: a message blinded for
    /// another key would be signed, spend the invite, and never unblind.
    key_id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteBody {
    invite_code: String,
}

/// What the browser sends to answer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotBody {
    key_id: String,
    msg: String,
    msg_prefix: String,
    signature: String,
    /// Any JSON object: whether it fits the questionnaire is the
    /// service's to check.
    answers: SubmittedAnswers,
}

fn bad(code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::request(StatusCode::BAD_REQUEST, code, message)
}

fn bytes(field: &'static str, value: &str) -> Result<Vec<u8>, ApiError> {
    base64url::decode(value).map_err(|_| {
        bad(
            "malformed_base64",
            format!("{field} is not valid base64url"),
        )
    })
}

fn key_id(value: &str) -> Result<KeyId, ApiError> {
    KeyId::parse(value).map_err(|e| bad("invalid_field", format!("key_id: {e}")))
}

pub fn invite_code(value: &str) -> Result<InviteCode, ApiError> {
    InviteCode::parse(value).map_err(|e| bad("invite_malformed", e.to_string()))
}

/// A sign-in pass in place of a code (`crate::pass`), if it is one.
fn pass(value: &str) -> Result<Option<SsoPass>, ApiError> {
    if !SsoPass::looks_like(value) {
        return Ok(None);
    }
    SsoPass::parse(value)
        .map(Some)
        .map_err(|e| bad("invite_malformed", e.to_string()))
}

impl InviteBody {
    pub fn code(&self) -> Result<InviteCode, ApiError> {
        invite_code(&self.invite_code)
    }

    pub fn pass(&self) -> Result<Option<SsoPass>, ApiError> {
        pass(&self.invite_code)
    }
}

impl TokenRequestBody {
    /// A request with a sign-in pass: the pass, the blinded message, the key.
    pub fn pass(&self) -> Result<Option<(SsoPass, BlindedMessage, KeyId)>, ApiError> {
        let Some(pass) = pass(&self.invite_code)? else {
            return Ok(None);
        };
        let blinded = BlindedMessage::new(bytes("blinded_msg", &self.blinded_msg)?);
        Ok(Some((pass, blinded, key_id(&self.key_id)?)))
    }

    pub fn parse(self) -> Result<TokenRequest, ApiError> {
        let code = invite_code(&self.invite_code)?;
        let blinded = BlindedMessage::new(bytes("blinded_msg", &self.blinded_msg)?);
        Ok(TokenRequest {
            code,
            blinded,
            key_id: key_id(&self.key_id)?,
        })
    }
}

impl BallotBody {
    pub fn parse(self, survey: &SurveyId) -> Result<Ballot, ApiError> {
        let key_id = key_id(&self.key_id)?;
        let message = TokenMessage::parse(bytes("msg", &self.msg)?, survey)
            .map_err(|e| bad("invalid_msg", e.to_string()))?;
        let prefix = MessagePrefix::parse(&bytes("msg_prefix", &self.msg_prefix)?)
            .map_err(|e| bad("invalid_msg", e.to_string()))?;
        let signature = Signature::new(bytes("signature", &self.signature)?);
        Ok(Ballot {
            key_id,
            message,
            prefix,
            signature,
            answers: self.answers,
        })
    }
}
