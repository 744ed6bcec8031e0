//! HR signing in through the identity provider: once the provider vouched
//! for the person and the configuration says they are an administrator,
//! a session of the account bound to their identity, named as the
//! provider names them (the audit trail's actor).

use sha2::{Digest, Sha256};

use super::{AccountsError, Admins, NewSession, audit};
use crate::accounts::{Action, Actor, Username};
use crate::store::ProviderAccount;

impl Admins {
    /// `identity` is the provider's issuer and subject; `name` how the
    /// provider names the person (an e-mail address or a user name).
    pub async fn sign_in_with_provider(
        &self,
        identity: String,
        name: &str,
    ) -> Result<NewSession, AccountsError> {
        // A name Stemme cannot take as an account name (spaces, too long)
        // gives way to a stable one made from the identity.
        let username = Username::parse(name).or_else(|_| {
            let digest = Sha256::digest(identity.as_bytes());
            Username::parse(&format!("sso-{}", &hex::encode(digest)[..16]))
        })?;
        let actor = Actor::Account(username.clone());
        let entry = audit(
            &actor,
            Action::AccountCreated,
            format!("{username} (sign-in)"),
        );
        match self
            .store
            .provider_account(identity, &username, entry)
            .await?
        {
            ProviderAccount::Account(username) => self.start_session(username).await,
            ProviderAccount::NameTaken(username) => Err(AccountsError::NameTaken(username)),
        }
    }
}
