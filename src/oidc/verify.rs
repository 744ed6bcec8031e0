//! The ID token's checks, all made by the `openidconnect` crate: the
//! signature against the provider's keys, issuer, audience, expiry and
//! issue time (with the configured clock skew), nonce. What this file adds
//! is the clock skew and a name for each failure, for its page.

use openidconnect::core::{
    CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
};
use openidconnect::{ClaimsVerificationError, IdToken, Nonce, SignatureVerificationError};

use super::identity::{Identity, OtherClaims};
use super::{Oidc, OidcClient, SignInError};

type Token = IdToken<
    OtherClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

impl Oidc {
    pub(super) fn verify(
        &self,
        client: &OidcClient,
        id_token: &Token,
        nonce: &Nonce,
    ) -> Result<Identity, SignInError> {
        let skew = chrono::Duration::from_std(self.settings.clock_skew)
            .unwrap_or_else(|_| chrono::Duration::seconds(60));
        let verifier = client
            .id_token_verifier()
            // Expired only once `exp` is more than the skew behind us…
            .set_time_fn(move || chrono::Utc::now() - skew)
            // …and not valid before `iat` is less than the skew ahead.
            .set_issue_time_verifier_fn(move |iat| {
                if iat > chrono::Utc::now() + skew {
                    Err(format!("{NOT_YET} issued at {iat}"))
                } else {
                    Ok(())
                }
            });
        let claims = id_token.claims(&verifier, nonce).map_err(classify)?;
        let other = claims.additional_claims().claims.clone();
        let nbf = other.get("nbf").and_then(serde_json::Value::as_i64);
        if let Some(nbf) = nbf.filter(|&nbf| nbf > (chrono::Utc::now() + skew).timestamp()) {
            return Err(SignInError::NotYetValid(format!("not before {nbf}")));
        }
        let email = claims.email().map(|e| {
            (
                e.as_str().to_lowercase(),
                claims.email_verified() == Some(true),
            )
        });
        Ok(Identity::new(
            claims.issuer().as_str().to_owned(),
            claims.subject().as_str().to_owned(),
            email,
            claims.preferred_username().map(|u| u.as_str().to_owned()),
            other,
        ))
    }
}

const NOT_YET: &str = "not yet valid:";

fn classify(error: ClaimsVerificationError) -> SignInError {
    match error {
        ClaimsVerificationError::Expired(m) if m.starts_with(NOT_YET) => {
            SignInError::NotYetValid(m)
        }
        ClaimsVerificationError::Expired(m) => SignInError::Expired(m),
        ClaimsVerificationError::InvalidAudience(m) => SignInError::WrongAudience(m),
        ClaimsVerificationError::InvalidIssuer(m) => SignInError::WrongIssuer(m),
        ClaimsVerificationError::InvalidNonce(m) => SignInError::WrongNonce(m),
        ClaimsVerificationError::SignatureVerification(
            SignatureVerificationError::NoMatchingKey,
        ) => SignInError::UnknownKey,
        ClaimsVerificationError::SignatureVerification(e) => {
            SignInError::BadSignature(e.to_string())
        }
        other => SignInError::Invalid(other.to_string()),
    }
}
