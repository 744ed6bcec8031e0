//! Signing in through the company's identity provider (OpenID Connect):
//! discovery from the issuer URL, the authorization code flow with PKCE,
//! `state` and `nonce`, and the ID token checked by the `openidconnect`
//! crate — signature against the provider's keys (fetched again when a
//! token names a key not yet seen: key rotation), issuer, audience, expiry
//! and issue time with a configured clock skew, nonce. Nothing here checks
//! a JWT by hand.
//!
//! HR signs in with it, and employees of a survey that uses sign-in get a
//! voucher with it. Which of the two a sign-in was for travels with the
//! pending sign-in, kept in memory for ten minutes and used once.

mod flow;
mod http;
mod identity;
mod settings;
mod verify;

use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreProviderMetadata,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, Client, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl,
    JsonWebKeySet, Nonce, PkceCodeChallenge, RedirectUrl, RequestTokenError, Scope,
    StandardErrorResponse, StandardTokenResponse,
};
use secrecy::ExposeSecret;
use tokio::sync::RwLock;

pub use flow::{Purpose, SignInStart};
pub use identity::Identity;
pub use settings::{OidcSettings, OidcSettingsError};

use flow::Pending;
use http::Http;
use identity::OtherClaims;

type Fields = IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type Tokens = StandardTokenResponse<Fields, CoreTokenType>;
type OidcClient = Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    Tokens,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The discovery document is read again after this long.
const DISCOVERY_TTL: Duration = Duration::from_secs(60 * 60);

/// Why a sign-in did not succeed. Each has its own page (web/pages/sso.rs).
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("the identity provider cannot be reached")]
    ProviderDown(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("the identity provider's discovery document or keys are not usable")]
    ProviderBroken(String),
    #[error("this sign-in is unknown: used already, expired, or never started here")]
    StateUnknown,
    #[error("this sign-in was started in another browser")]
    OtherBrowser,
    #[error("the identity provider refused the sign-in: {0}")]
    Refused(String),
    #[error("the identity provider sent no ID token")]
    NoIdToken,
    #[error("the ID token is for another application: {0}")]
    WrongAudience(String),
    #[error("the ID token comes from another issuer: {0}")]
    WrongIssuer(String),
    #[error("the ID token has expired: {0}")]
    Expired(String),
    #[error("the ID token is not valid yet: {0}")]
    NotYetValid(String),
    #[error("the ID token's signature is not valid: {0}")]
    BadSignature(String),
    #[error("the ID token is signed with a key the provider does not publish")]
    UnknownKey,
    #[error("the ID token does not belong to this sign-in (nonce): {0}")]
    WrongNonce(String),
    #[error("the ID token is not acceptable: {0}")]
    Invalid(String),
}

struct Discovered {
    metadata: CoreProviderMetadata,
    at: Instant,
}

/// The client of one identity provider. Shared by every worker.
pub struct Oidc {
    settings: OidcSettings,
    http: Http,
    redirect: RedirectUrl,
    discovered: RwLock<Option<Arc<Discovered>>>,
    pending: Pending,
}

impl Oidc {
    /// `redirect` is where the provider sends the browser back:
    /// `{public URL}/oidc/callback`, as registered with the provider.
    pub fn new(settings: OidcSettings, redirect: &str) -> Result<Self, SignInError> {
        let redirect = RedirectUrl::new(redirect.to_owned())
            .map_err(|e| SignInError::ProviderBroken(e.to_string()))?;
        let http =
            Http::new(settings.timeout).map_err(|e| SignInError::ProviderDown(Box::new(e)))?;
        Ok(Oidc {
            settings,
            http,
            redirect,
            discovered: RwLock::new(None),
            pending: Pending::default(),
        })
    }

    pub fn settings(&self) -> &OidcSettings {
        &self.settings
    }

    /// Starts a sign-in: the address to send the browser to, and the value
    /// of the cookie that ties the sign-in to this browser.
    pub async fn begin(&self, purpose: Purpose) -> Result<SignInStart, SignInError> {
        let discovered = self.discover(false).await?;
        let client = self.client(&discovered)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let extra = match &purpose {
            Purpose::Admin { .. } => &self.settings.admin_scopes,
            Purpose::Survey(_) => &self.settings.employee_scopes,
        };
        let (url, state, nonce) = client
            .authorize_url(
                AuthenticationFlow::<openidconnect::core::CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scopes(extra.iter().map(|s| Scope::new(s.clone())))
            .set_pkce_challenge(challenge)
            .url();
        let binding = self.pending.add(&state, verifier, nonce, purpose)?;
        Ok(SignInStart {
            url: url.to_string(),
            binding,
        })
    }

    /// Finishes a sign-in the provider sent back with `code` and `state`:
    /// exchanges the code (with the PKCE verifier) and checks the ID token.
    pub async fn finish(
        &self,
        state: &str,
        binding: Option<&str>,
        code: &str,
    ) -> Result<(Purpose, Identity), SignInError> {
        let pending = self.pending.take(state, binding)?;
        let discovered = self.discover(false).await?;
        let client = self.client(&discovered)?;
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| SignInError::ProviderBroken(e.to_string()))?
            .set_pkce_verifier(pending.verifier)
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(r) => SignInError::Refused(r.error().to_string()),
                RequestTokenError::Request(e) => SignInError::ProviderDown(Box::new(e)),
                other => SignInError::ProviderBroken(other.to_string()),
            })?;
        let id_token = tokens
            .extra_fields()
            .id_token()
            .ok_or(SignInError::NoIdToken)?;
        let identity = match self.verify(&client, id_token, &pending.nonce) {
            // A key not seen yet: the provider may have rotated its keys.
            Err(SignInError::UnknownKey) => {
                let fresh = self.discover(true).await?;
                self.verify(&self.client(&fresh)?, id_token, &pending.nonce)?
            }
            other => other?,
        };
        Ok((pending.purpose, identity))
    }

    /// The provider's metadata and keys, read at most once an hour, or
    /// again at once when `refresh_keys` (a token named an unknown key).
    async fn discover(&self, refresh_keys: bool) -> Result<Arc<Discovered>, SignInError> {
        if let Some(found) = self.discovered.read().await.as_ref()
            && !refresh_keys
            && found.at.elapsed() < DISCOVERY_TTL
        {
            return Ok(Arc::clone(found));
        }
        let mut slot = self.discovered.write().await;
        let metadata = match (slot.as_ref(), refresh_keys) {
            (Some(found), true) => {
                let mut metadata = found.metadata.clone();
                let keys = JsonWebKeySet::fetch_async(metadata.jwks_uri(), &self.http)
                    .await
                    .map_err(|e| SignInError::ProviderDown(Box::new(e)))?;
                metadata = metadata.set_jwks(keys);
                metadata
            }
            _ => {
                let issuer = IssuerUrl::new(self.settings.issuer.clone())
                    .map_err(|e| SignInError::ProviderBroken(e.to_string()))?;
                CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| match e {
                        openidconnect::DiscoveryError::Request(e) => {
                            SignInError::ProviderDown(Box::new(e))
                        }
                        other => SignInError::ProviderBroken(other.to_string()),
                    })?
            }
        };
        let fresh = Arc::new(Discovered {
            metadata,
            at: Instant::now(),
        });
        *slot = Some(Arc::clone(&fresh));
        Ok(fresh)
    }

    fn client(&self, discovered: &Discovered) -> Result<OidcClient, SignInError> {
        let secret = self
            .settings
            .client_secret
            .as_ref()
            .map(|s| ClientSecret::new(s.expose_secret().to_owned()));
        Ok(OidcClient::from_provider_metadata(
            discovered.metadata.clone(),
            ClientId::new(self.settings.client_id.clone()),
            secret,
        )
        .set_redirect_uri(self.redirect.clone()))
    }

    /// Whether the provider says this person is one of Stemme's
    /// administrators: a value of the configured claim, or the allow-list
    /// (a subject, or an e-mail address the provider verified).
    pub fn is_admin(&self, identity: &Identity) -> bool {
        let s = &self.settings;
        let by_claim = identity
            .claim_values(&s.admin_claim)
            .iter()
            .any(|v| s.admin_values.contains(v));
        let listed = s.admins.iter().any(|a| {
            *a == identity.subject
                || identity
                    .verified_email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(a))
        });
        by_claim || listed
    }
}
