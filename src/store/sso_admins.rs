//! Administrators who sign in through the identity provider: an account
//! named as the provider names them, bound to the provider's subject.

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::accounts::{AuditEntry, Username};

/// No Argon2 hash matches this, so such an account has no password.
pub const NO_PASSWORD: &str = "!signs-in-through-the-identity-provider";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderAccount {
    /// The account of this identity, made now or before.
    Account(Username),
    /// Another account (a local one, or another identity's) has the name.
    NameTaken(Username),
}

impl Store {
    /// The account bound to `identity` (issuer and subject); made, with
    /// `name` and recorded with `audit`, on the identity's first sign-in.
    pub async fn provider_account(
        &self,
        identity: String,
        name: &Username,
        audit: AuditEntry,
    ) -> Result<ProviderAccount, StoreError> {
        let name = name.clone();
        self.write(move |conn| {
            let bound: Option<String> = conn
                .prepare_cached("SELECT username FROM admin_identities WHERE identity = ?1")?
                .query_row([&identity], |r| r.get(0))
                .optional()?;
            if let Some(bound) = bound {
                let username = Username::parse(&bound)
                    .map_err(|_| super::decode::corrupt(format!("user name {bound:?}")))?;
                return Ok(ProviderAccount::Account(username));
            }
            let added = conn.execute(
                "INSERT OR IGNORE INTO admin_accounts (username, password_hash, created_at)
                 VALUES (?1, ?2, ?3)",
                params![name.as_str(), NO_PASSWORD, audit.at],
            )?;
            if added == 0 {
                return Ok(ProviderAccount::NameTaken(name));
            }
            conn.execute(
                "INSERT INTO admin_identities (identity, username) VALUES (?1, ?2)",
                params![identity, name.as_str()],
            )?;
            // The setup link has no use once an administrator exists.
            conn.execute("DELETE FROM server_secrets WHERE name = 'setup_token'", [])?;
            super::audit::record(conn, &audit)?;
            Ok(ProviderAccount::Account(name))
        })
        .await
    }
}
