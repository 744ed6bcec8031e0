//! HR's accounts: the first-start setup link, sign-in with a throttle,
//! sessions that expire after inactivity, and the audit of sign-ins.

use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

use secrecy::{ExposeSecret, SecretString};

use crate::accounts::{
    AccountError, Action, Actor, AuditEntry, Password, PasswordHashError, SessionKey, SetupSecret,
    SignIn, Username, hash_password, verify_password,
};
use crate::config::PublicUrl;
use crate::random::{RandomnessError, random_bytes};
use crate::service::Internal;
use crate::store::{SetupOutcome, Store, StoreError};

mod guard;
mod once;
mod provider;
mod sessions;

use guard::{From as Whence, Guard};

pub use once::OnceForms;
pub use sessions::{AdminSession, IDLE_TIMEOUT, MAX_SESSION, NewSession};

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("the user name or the password is wrong")]
    WrongCredentials,
    #[error("too many failed attempts; wait {} minutes", .0.as_secs().div_ceil(60))]
    Throttled(Duration),
    #[error("too many sign-ins at once; try again in a moment")]
    Busy,
    #[error(transparent)]
    Invalid(#[from] AccountError),
    #[error("an account called \"{0}\" already exists")]
    NameTaken(Username),
    #[error("this setup link is not valid: it has been used, or a newer one was printed")]
    SetupRefused,
    #[error(transparent)]
    Internal(#[from] Internal),
}

impl From<StoreError> for AccountsError {
    fn from(e: StoreError) -> Self {
        Internal::Store(e).into()
    }
}

impl From<RandomnessError> for AccountsError {
    fn from(e: RandomnessError) -> Self {
        Internal::Randomness(e).into()
    }
}

impl From<PasswordHashError> for AccountsError {
    fn from(e: PasswordHashError) -> Self {
        Internal::Hashing(e).into()
    }
}

pub struct Admins {
    store: Store,
    key: OnceCell<SessionKey>,
    guard: Guard,
    /// One-time tokens of the invite forms.
    pub forms: OnceForms,
}

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Admins {
    pub(in crate::service) fn new(store: Store) -> Self {
        Admins {
            store,
            key: OnceCell::new(),
            guard: Guard::default(),
            forms: OnceForms::default(),
        }
    }

    /// The session key, made and stored on first start.
    pub async fn key(&self) -> Result<&SessionKey, AccountsError> {
        self.key
            .get_or_try_init(|| async {
                let fresh = random_bytes()?;
                Ok(SessionKey::new(self.store.session_key(fresh).await?))
            })
            .await
    }

    /// At start-up: with no administrator yet, a one-time link where the
    /// first one chooses a password. The secret travels in the fragment,
    /// which browsers never send, so it reaches no log (rule P3).
    pub async fn setup_link(
        &self,
        public_url: &PublicUrl,
    ) -> Result<Option<String>, AccountsError> {
        self.key().await?;
        if self.store.has_admin().await? {
            return Ok(None);
        }
        let secret: [u8; 32] = random_bytes()?;
        if !self
            .store
            .set_setup_token(Sha256::digest(secret).into())
            .await?
        {
            return Ok(None);
        }
        Ok(Some(format!(
            "{public_url}/admin/setup#token={}",
            crate::base64url::encode(&secret)
        )))
    }

    pub async fn needs_setup(&self) -> Result<bool, AccountsError> {
        Ok(!self.store.has_admin().await?)
    }

    async fn hash(&self, password: Password) -> Result<String, AccountsError> {
        let _permit = self.guard.hashing().await?;
        let hash = tokio::task::spawn_blocking(move || hash_password(&password))
            .await
            .map_err(|_| Internal::Task("password hashing"))??;
        Ok(hash)
    }

    async fn verify(
        &self,
        attempt: SecretString,
        stored: Option<String>,
    ) -> Result<bool, AccountsError> {
        let _permit = self.guard.hashing().await?;
        tokio::task::spawn_blocking(move || {
            verify_password(attempt.expose_secret(), stored.as_deref())
        })
        .await
        .map_err(|_| Internal::Task("password checking").into())
    }

    /// Adds an administrator (from the command line).
    pub async fn create_account(
        &self,
        username: &Username,
        password: Password,
        actor: Actor,
    ) -> Result<(), AccountsError> {
        let hash = self.hash(password).await?;
        let entry = audit(&actor, Action::AccountCreated, username.to_string());
        if !self.store.create_account(username, hash, entry).await? {
            return Err(AccountsError::NameTaken(username.clone()));
        }
        Ok(())
    }

    /// Creates the first administrator through the setup link, and signs them in.
    /// The link is checked before the costly hash of the new password, and
    /// a wrong link counts against the client like a wrong password.
    pub async fn complete_setup(
        &self,
        secret: &SetupSecret,
        username: Username,
        password: Password,
        client: IpAddr,
    ) -> Result<NewSession, AccountsError> {
        self.guard.client_allowed(client)?;
        let token_hash = secret.hash();
        if self.store.has_admin().await? || !self.store.setup_token_is(token_hash).await? {
            self.guard.client_failed(client)?;
            return Err(AccountsError::SetupRefused);
        }
        let hash = self.hash(password).await?;
        let actor = Actor::Account(username.clone());
        let entry = audit(&actor, Action::AccountCreated, username.to_string());
        let outcome = self
            .store
            .complete_setup(token_hash, &username, hash, entry)
            .await?;
        if outcome == SetupOutcome::Refused {
            return Err(AccountsError::SetupRefused);
        }
        self.start_session(username).await
    }

    /// Checks a password, within the limits of [`guard`]. A wrong password
    /// and an unknown name get the same answer, in about the same time.
    /// `device` is the remembered-device cookie the browser sent, if any.
    pub async fn sign_in(
        &self,
        attempt: SignIn,
        client: IpAddr,
        device: Option<&str>,
    ) -> Result<NewSession, AccountsError> {
        let account = attempt.account();
        let stored = match attempt.username() {
            Some(name) => self.store.password_hash(name).await?,
            None => None,
        };
        let device = match device {
            Some(cookie) => self.key().await?.open_device_cookie(account, cookie),
            None => None,
        };
        let from = device.map_or(Whence::Client(client), Whence::Device);
        let reserved = self.guard.reserve(account, stored.is_some(), from)?;
        match (
            attempt.username(),
            self.verify(attempt.password().clone(), stored).await?,
        ) {
            (Some(name), true) => {
                self.guard.succeeded(reserved);
                self.start_session(name.clone()).await
            }
            _ => Err(AccountsError::WrongCredentials),
        }
    }
}

/// An audit line about HR's accounts, now.
fn audit(actor: &Actor, action: Action, detail: String) -> AuditEntry {
    AuditEntry {
        at: now(),
        actor: actor.to_string(),
        action,
        survey: None,
        detail,
    }
}
