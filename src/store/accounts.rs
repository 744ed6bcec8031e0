//! Administrator accounts, their sessions and the server's own secrets.
//! Times here are about HR's sign-ins, in seconds since 1970.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, StoreError};
use crate::accounts::{AuditEntry, Username};

/// A session as the server remembers it, found by the hash of its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub username: Username,
    pub created_at: i64,
    pub last_seen_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupOutcome {
    Done,
    /// The secret does not match, or the setup was already used.
    Refused,
}

const SESSION_KEY: &str = "session_key";
const SETUP_TOKEN: &str = "setup_token";

impl Store {
    /// The key that signs session cookies: `fresh` is kept if there is
    /// none yet (first start), else the kept one is returned.
    pub async fn session_key(&self, fresh: [u8; 32]) -> Result<[u8; 32], StoreError> {
        self.write(move |conn| {
            conn.execute(
                "INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?1, ?2)",
                params![SESSION_KEY, &fresh[..]],
            )?;
            let key: Vec<u8> = conn.query_row(
                "SELECT value FROM server_secrets WHERE name = ?1",
                [SESSION_KEY],
                |r| r.get(0),
            )?;
            key.try_into()
                .map_err(|_| super::decode::corrupt("session key length"))
        })
        .await
    }

    pub async fn has_admin(&self) -> Result<bool, StoreError> {
        self.read(admin_exists).await
    }

    /// Replaces the setup secret's hash, while no administrator exists.
    /// Returns false (and stores nothing) once one does.
    pub async fn set_setup_token(&self, hash: [u8; 32]) -> Result<bool, StoreError> {
        self.write(move |conn| {
            if admin_exists(conn)? {
                return Ok(false);
            }
            conn.execute(
                "INSERT OR REPLACE INTO server_secrets (name, value) VALUES (?1, ?2)",
                params![SETUP_TOKEN, &hash[..]],
            )?;
            Ok(true)
        })
        .await
    }

    /// Whether `token_hash` is the current setup secret's hash.
    pub async fn setup_token_is(&self, token_hash: [u8; 32]) -> Result<bool, StoreError> {
        self.read(move |conn| {
            let found = conn
                .prepare_cached("SELECT 1 FROM server_secrets WHERE name = ?1 AND value = ?2")?
                .query_row(params![SETUP_TOKEN, &token_hash[..]], |_| Ok(()))
                .optional()?;
            Ok(found.is_some())
        })
        .await
    }

    /// Creates the first administrator if `token_hash` is the setup secret's,
    /// and spends the secret in the same transaction: it works exactly once.
    pub async fn complete_setup(
        &self,
        token_hash: [u8; 32],
        username: &Username,
        password_hash: String,
        audit: AuditEntry,
    ) -> Result<SetupOutcome, StoreError> {
        let username = username.clone();
        self.write(move |conn| {
            let deleted = conn.execute(
                "DELETE FROM server_secrets WHERE name = ?1 AND value = ?2",
                params![SETUP_TOKEN, &token_hash[..]],
            )?;
            if deleted == 0 || admin_exists(conn)? {
                return Ok(SetupOutcome::Refused);
            }
            insert_account(conn, &username, &password_hash, audit.at)?;
            super::audit::record(conn, &audit)?;
            Ok(SetupOutcome::Done)
        })
        .await
    }

    /// Adds an account; false if the name is taken.
    pub async fn create_account(
        &self,
        username: &Username,
        password_hash: String,
        audit: AuditEntry,
    ) -> Result<bool, StoreError> {
        let username = username.clone();
        self.write(move |conn| {
            let added = insert_account(conn, &username, &password_hash, audit.at)?;
            if added {
                // The setup link has no use once an administrator exists.
                conn.execute("DELETE FROM server_secrets WHERE name = ?1", [SETUP_TOKEN])?;
                super::audit::record(conn, &audit)?;
            }
            Ok(added)
        })
        .await
    }

    pub async fn password_hash(&self, username: &Username) -> Result<Option<String>, StoreError> {
        let username = username.clone();
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT password_hash FROM admin_accounts WHERE username = ?1")?
                .query_row([username.as_str()], |r| r.get(0))
                .optional()?)
        })
        .await
    }

    /// Starts a session, and records the sign-in with it.
    pub async fn create_session(
        &self,
        id_hash: [u8; 32],
        username: &Username,
        audit: AuditEntry,
    ) -> Result<(), StoreError> {
        let username = username.clone();
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO admin_sessions (id_hash, username, created_at, last_seen_at)
                 VALUES (?1, ?2, ?3, ?3)",
                params![&id_hash[..], username.as_str(), audit.at],
            )?;
            super::audit::record(conn, &audit)?;
            Ok(())
        })
        .await
    }

    pub async fn session(&self, id_hash: [u8; 32]) -> Result<Option<SessionRecord>, StoreError> {
        self.read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT username, created_at, last_seen_at FROM admin_sessions
                     WHERE id_hash = ?1",
                )?
                .query_row([&id_hash[..]], |r| {
                    Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()?;
            row.map(|(name, created_at, last_seen_at)| {
                Ok(SessionRecord {
                    username: Username::parse(&name)
                        .map_err(|_| super::decode::corrupt(format!("user name {name:?}")))?,
                    created_at,
                    last_seen_at,
                })
            })
            .transpose()
        })
        .await
    }

    pub async fn touch_session(&self, id_hash: [u8; 32], now: i64) -> Result<(), StoreError> {
        self.write(move |conn| {
            conn.execute(
                "UPDATE admin_sessions SET last_seen_at = ?1 WHERE id_hash = ?2",
                params![now, &id_hash[..]],
            )?;
            Ok(())
        })
        .await
    }

    /// Ends one session, and forgets every session idle since
    /// `stale_before`; a sign-out is recorded with it (an expiry is not).
    pub async fn end_session(
        &self,
        id_hash: [u8; 32],
        stale_before: i64,
        audit: Option<AuditEntry>,
    ) -> Result<(), StoreError> {
        self.write(move |conn| {
            conn.execute(
                "DELETE FROM admin_sessions WHERE id_hash = ?1 OR last_seen_at < ?2",
                params![&id_hash[..], stale_before],
            )?;
            if let Some(entry) = &audit {
                super::audit::record(conn, entry)?;
            }
            Ok(())
        })
        .await
    }
}

fn admin_exists(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn
        .query_row("SELECT 1 FROM admin_accounts LIMIT 1", [], |_| Ok(()))
        .optional()?
        .is_some())
}

fn insert_account(
    conn: &Connection,
    username: &Username,
    password_hash: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let added = conn.execute(
        "INSERT OR IGNORE INTO admin_accounts (username, password_hash, created_at)
         VALUES (?1, ?2, ?3)",
        params![username.as_str(), password_hash, now],
    )?;
    Ok(added == 1)
}
