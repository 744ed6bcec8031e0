//! Token issuance: an invite code and a blinded message in, a blind signature out.
//!
//! The server never sees the token it signs: the browser blinds it first
//! (RFC 9474). The invite is marked used in the same transaction that
//! decides the issuance, so one invite yields exactly one token.

use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::cache::DepartmentSigner;
use super::{Internal, IssueError, Service, blocking};
use crate::invites::InviteCode;
use crate::store::{ClaimOutcome, InviteRecord};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::{BlindedMessage, KeyId, SigningKey, TokenError};

/// A request for a token, parsed: the code, the blinded message, and the key
/// it was blinded for.
#[derive(Debug)]
pub struct TokenRequest {
    pub code: InviteCode,
    pub blinded: BlindedMessage,
    /// Must be the key the code's department signs with: a token blinded
    /// for another key could never be unblinded, and the invite would be
    /// lost for nothing.
    pub key_id: KeyId,
}

#[derive(Debug)]
pub struct IssuedToken {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub blind_sig: Vec<u8>,
    /// The invite was used now, not retried.
    pub fresh: bool,
}

/// What an invite code gives access to: which key to blind the token for.
#[derive(Debug)]
pub struct InviteInfo {
    pub department: DepartmentName,
    pub key_id: KeyId,
    pub used: bool,
    /// Invites made for the department (rule P10).
    pub invited: u64,
}

impl Service {
    /// Tells the holder of a code which department key to blind for, before
    /// anything is signed or spent. Reveals nothing the code's holder would
    /// not learn from issuance itself.
    pub async fn look_up_invite(
        &self,
        survey: &SurveyId,
        code: &InviteCode,
    ) -> Result<InviteInfo, IssueError> {
        let invite = self.open_invite(survey, code).await?;
        let signer = self.signer(survey, &invite.department).await?;
        let invited = self.store.invited(survey, &invite.department).await?;
        Ok(InviteInfo {
            department: invite.department,
            key_id: signer.key_id,
            used: invite.used,
            invited,
        })
    }

    /// The survey a code belongs to, whatever its status: for a code typed
    /// on the front page, where no link says which survey it is for. The
    /// code's holder learns nothing the invite link would not tell them.
    pub async fn find_invite(&self, code: &InviteCode) -> Result<SurveyId, IssueError> {
        let invite = self.store.invite(code.hash()).await?;
        invite.map(|i| i.survey).ok_or(IssueError::InviteUnknown)
    }

    pub async fn issue_token(
        &self,
        survey: &SurveyId,
        request: TokenRequest,
    ) -> Result<IssuedToken, IssueError> {
        let TokenRequest {
            code,
            blinded,
            key_id: expected_key,
        } = request;
        let invite = self.open_invite(survey, &code).await?;
        let blinded_hash: [u8; 32] = Sha256::digest(blinded.as_bytes()).into();
        // A retry with the same blinded message is the same request whose
        // answer was lost; anything else on a used invite is a second token.
        let retry = invite.used && invite.blinded_hash == Some(blinded_hash);
        if invite.used && !retry {
            return Err(IssueError::InviteUsed);
        }
        let signer = self.signer(survey, &invite.department).await?;
        if expected_key != signer.key_id {
            return Err(IssueError::WrongKey);
        }
        let key_id = signer.key_id;
        // The signature a retry asks for again was kept with the invite:
        // a flood of retries costs no RSA operation.
        if let (true, Some(blind_sig)) = (retry, invite.blind_sig) {
            return Ok(IssuedToken {
                department: invite.department,
                key_id,
                blind_sig,
                fresh: false,
            });
        }
        let blind_sig = blocking("signing", move || {
            signer.key.sign_blinded(blinded.as_bytes())
        })
        .await?
        .map_err(|e| match e {
            TokenError::BlindedLength { .. } | TokenError::BlindedOutOfRange => {
                IssueError::BlindedMessage(e)
            }
            other => Internal::Crypto(other).into(),
        })?;
        let claim = self
            .store
            .claim_invite(code.hash(), blinded_hash, blind_sig.clone())
            .await?;
        match claim {
            ClaimOutcome::Claimed => Ok(IssuedToken {
                department: invite.department,
                key_id,
                blind_sig,
                fresh: !retry,
            }),
            ClaimOutcome::AlreadyUsed => Err(IssueError::InviteUsed),
            ClaimOutcome::SurveyNotOpen => {
                self.cache.signing.forget(survey);
                Err(IssueError::NotOpen(SurveyStatus::Closed))
            }
        }
    }

    /// Ends signing at once for surveys closed by another process (say
    /// `stemme survey close` while the server runs): their private keys
    /// leave this process's memory too (rule P6). The server calls it every
    /// few seconds; each issuance checks the status itself as well.
    pub async fn forget_closed_signers(&self) -> Result<(), Internal> {
        for survey in self.cache.signing.surveys() {
            if self.store.survey_status(&survey).await? != Some(SurveyStatus::Open) {
                self.cache.signing.forget(&survey);
            }
        }
        Ok(())
    }

    /// How many departments' private keys this process holds in memory: for
    /// the tests of rule P6.
    #[doc(hidden)]
    pub fn signing_keys_in_memory(&self) -> usize {
        self.cache.signing.len()
    }

    /// The invite behind a code, if it belongs to this survey and the survey is open.
    async fn open_invite(
        &self,
        survey: &SurveyId,
        code: &InviteCode,
    ) -> Result<InviteRecord, IssueError> {
        let Some(invite) = self.store.invite(code.hash()).await? else {
            return Err(self.unknown_invite(survey).await);
        };
        if invite.survey != *survey {
            return Err(IssueError::InviteInvalid);
        }
        if invite.survey_status != SurveyStatus::Open {
            if invite.survey_status == SurveyStatus::Closed {
                self.cache.signing.forget(survey);
            }
            return Err(IssueError::NotOpen(invite.survey_status));
        }
        Ok(invite)
    }

    /// An unknown code for an existing survey is forbidden; for a survey
    /// that does not exist, the survey is what is missing.
    async fn unknown_invite(&self, survey: &SurveyId) -> IssueError {
        match self.store.survey_status(survey).await {
            Ok(Some(_)) => IssueError::InviteInvalid,
            Ok(None) => IssueError::SurveyNotFound,
            Err(e) => e.into(),
        }
    }

    /// The department's private key, parsed once and kept while the survey is open.
    pub(super) async fn signer(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Result<Arc<DepartmentSigner>, IssueError> {
        if let Some(signer) = self.cache.signing.get(survey, department) {
            return Ok(signer);
        }
        let der = self
            .store
            .signing_key(survey, department)
            .await?
            .ok_or(IssueError::NotOpen(SurveyStatus::Closed))?;
        let signer = blocking("loading a signing key", move || {
            let key = SigningKey::from_pkcs8_der(der.as_bytes())?;
            let key_id = key.verifying_key()?.id();
            Ok::<_, TokenError>(DepartmentSigner { key, key_id })
        })
        .await?
        .map_err(Internal::Crypto)?;
        let signer = Arc::new(signer);
        self.cache
            .signing
            .insert(survey, department, Arc::clone(&signer));
        Ok(signer)
    }
}
