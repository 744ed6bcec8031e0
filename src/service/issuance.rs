//! Token issuance: an invite code and a blinded message in, a blind signature out.
//!
//! The server never sees the token it signs: the browser blinds it first
//! (RFC 9474). The invite is marked used in the same transaction that
//! decides the issuance, so one invite yields exactly one token.

use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::cache::DepartmentSigner;
use super::{Service, ServiceError, blocking, decode_base64, parse_key_id};
use crate::invites::InviteCode;
use crate::store::{ClaimOutcome, InviteRecord};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::{KeyId, SigningKey, TokenError};

#[derive(Debug)]
pub struct IssuedToken {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub blind_sig: Vec<u8>,
}

/// What an invite code gives access to: which key to blind the token for.
#[derive(Debug)]
pub struct InviteInfo {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub used: bool,
}

impl Service {
    /// Tells the holder of a code which department key to blind for, before
    /// anything is signed or spent. Reveals nothing the code's holder would
    /// not learn from issuance itself.
    pub async fn look_up_invite(
        &self,
        survey: &SurveyId,
        invite_code: &str,
    ) -> Result<InviteInfo, ServiceError> {
        let code = InviteCode::parse(invite_code)?;
        let invite = self.open_invite(survey, &code).await?;
        let signer = self.signer(survey, &invite.department).await?;
        Ok(InviteInfo {
            department: invite.department,
            key_id: signer.key_id,
            used: invite.used,
        })
    }

    /// The survey a code belongs to, whatever its status: for a code typed
    /// on the front page, where no link says which survey it is for. The
    /// code's holder learns nothing the invite link would not tell them.
    pub async fn find_invite(&self, invite_code: &str) -> Result<SurveyId, ServiceError> {
        let code = InviteCode::parse(invite_code)?;
        let invite = self.store.invite(code.hash()).await?;
        invite.map(|i| i.survey).ok_or(ServiceError::InviteUnknown)
    }

    /// `key_id` must be the key the code's department signs with: a token
    /// blinded for another key could never be unblinded, and the invite
    /// would be lost for nothing.
    pub async fn issue_token(
        &self,
        survey: &SurveyId,
        invite_code: &str,
        blinded_msg: &str,
        key_id: &str,
    ) -> Result<IssuedToken, ServiceError> {
        let code = InviteCode::parse(invite_code)?;
        let blinded = decode_base64("blinded_msg", blinded_msg)?;
        let expected_key = parse_key_id(key_id)?;
        let invite = self.open_invite(survey, &code).await?;
        let blinded_hash: [u8; 32] = Sha256::digest(&blinded).into();
        // A retry with the same blinded message is the same request whose
        // answer was lost; anything else on a used invite is a second token.
        let retry = invite.used && invite.blinded_hash == Some(blinded_hash);
        if invite.used && !retry {
            return Err(ServiceError::InviteUsed);
        }
        let signer = self.signer(survey, &invite.department).await?;
        if expected_key != signer.key_id {
            return Err(ServiceError::WrongKey);
        }
        let key_id = signer.key_id;
        // The signature a retry asks for again was kept with the invite:
        // a flood of retries costs no RSA operation.
        if let (true, Some(blind_sig)) = (retry, invite.blind_sig) {
            return Ok(IssuedToken {
                department: invite.department,
                key_id,
                blind_sig,
            });
        }
        let blind_sig = blocking(move || signer.key.sign_blinded(&blinded))
            .await?
            .map_err(|e| match e {
                TokenError::BlindedLength { .. } | TokenError::BlindedOutOfRange => {
                    ServiceError::BlindedMessage(e)
                }
                other => ServiceError::Crypto(other),
            })?;
        let claim = self
            .store
            .claim_invite(code.hash(), blinded_hash, blind_sig.clone())
            .await?;
        match claim {
            ClaimOutcome::Claimed => {}
            ClaimOutcome::AlreadyUsed => return Err(ServiceError::InviteUsed),
            ClaimOutcome::SurveyNotOpen => {
                return Err(ServiceError::SurveyNotOpen(SurveyStatus::Closed));
            }
        }
        Ok(IssuedToken {
            department: invite.department,
            key_id,
            blind_sig,
        })
    }

    /// The invite behind a code, if it belongs to this survey and the survey is open.
    async fn open_invite(
        &self,
        survey: &SurveyId,
        code: &InviteCode,
    ) -> Result<InviteRecord, ServiceError> {
        let Some(invite) = self.store.invite(code.hash()).await? else {
            return Err(self.unknown_invite(survey).await);
        };
        if invite.survey != *survey {
            return Err(ServiceError::InviteInvalid);
        }
        if invite.survey_status != SurveyStatus::Open {
            return Err(ServiceError::SurveyNotOpen(invite.survey_status));
        }
        Ok(invite)
    }

    /// An unknown code for an existing survey is forbidden; for a survey
    /// that does not exist, the survey is what is missing.
    async fn unknown_invite(&self, survey: &SurveyId) -> ServiceError {
        match self.store.survey_status(survey).await {
            Ok(Some(_)) => ServiceError::InviteInvalid,
            Ok(None) => ServiceError::SurveyNotFound,
            Err(e) => e.into(),
        }
    }

    /// The department's private key, parsed once and kept while the survey is open.
    async fn signer(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Result<Arc<DepartmentSigner>, ServiceError> {
        let cache_key = (survey.clone(), department.clone());
        if let Some(signer) = self.cache.signing.get(&cache_key) {
            return Ok(signer);
        }
        let der = self
            .store
            .signing_key(survey, department)
            .await?
            .ok_or(ServiceError::SurveyNotOpen(SurveyStatus::Closed))?;
        let signer = blocking(move || -> Result<DepartmentSigner, TokenError> {
            let key = SigningKey::from_pkcs8_der(&der)?;
            let key_id = key.verifying_key()?.id();
            Ok(DepartmentSigner { key, key_id })
        })
        .await?
        .map_err(ServiceError::Crypto)?;
        let signer = Arc::new(signer);
        self.cache.signing.insert(cache_key, Arc::clone(&signer));
        Ok(signer)
    }
}
