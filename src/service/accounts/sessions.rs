//! Sessions: started at sign-in, found by their cookie, ended by sign-out
//! or after inactivity. Last activity is kept in the database, so expiry
//! survives restarts and a test can age a session without waiting.

use std::time::Duration;

use super::{AccountsError, Admins, now};
use crate::accounts::{Action, Actor, DeviceId, SessionId, SessionKey, Username};

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// …and after this long in any case.
pub const MAX_SESSION: Duration = Duration::from_secs(12 * 60 * 60);
/// Last activity is written at most this often, to spare the writer.
const TOUCH_EVERY: i64 = 60;

/// A signed-in administrator, as a request sees them.
#[derive(Debug, Clone)]
pub struct AdminSession {
    pub username: Username,
    pub id: SessionId,
    pub key: SessionKey,
}

impl AdminSession {
    pub fn csrf_token(&self) -> String {
        self.key.csrf_token(&self.id)
    }

    pub fn csrf_matches(&self, token: &str) -> bool {
        self.key.csrf_matches(&self.id, token)
    }

    pub fn actor(&self) -> Actor {
        Actor::Account(self.username.clone())
    }
}

/// A session just started: its cookie value goes to the browser once, with
/// a remembered-device cookie that exempts this browser from the
/// account-wide sign-in limit next time (guard.rs).
pub struct NewSession {
    pub username: Username,
    pub cookie: String,
    pub device: String,
}

impl Admins {
    pub(super) async fn start_session(
        &self,
        username: Username,
    ) -> Result<NewSession, AccountsError> {
        let id = SessionId::generate()?;
        let actor = Actor::Account(username.clone());
        let entry = super::audit(&actor, Action::SignedIn, String::new());
        self.store
            .create_session(id.hash(), &username, entry)
            .await?;
        let key = self.key().await?;
        let cookie = key.cookie_value(&id);
        let device = key.device_cookie(username.as_str(), &DeviceId::generate()?);
        Ok(NewSession {
            username,
            cookie,
            device,
        })
    }

    /// The live session behind a cookie; expired ones are ended here.
    pub async fn session(&self, cookie: &str) -> Result<Option<AdminSession>, AccountsError> {
        let key = self.key().await?;
        let Some(id) = key.open_cookie(cookie) else {
            return Ok(None);
        };
        let Some(record) = self.store.session(id.hash()).await? else {
            return Ok(None);
        };
        let now = now();
        let idle = now - record.last_seen_at;
        if idle > IDLE_TIMEOUT.as_secs() as i64
            || now - record.created_at > MAX_SESSION.as_secs() as i64
        {
            self.store
                .end_session(id.hash(), stale_before(now), None)
                .await?;
            return Ok(None);
        }
        if idle >= TOUCH_EVERY {
            self.store.touch_session(id.hash(), now).await?;
        }
        Ok(Some(AdminSession {
            username: record.username,
            id,
            key: key.clone(),
        }))
    }

    pub async fn sign_out(&self, session: &AdminSession) -> Result<(), AccountsError> {
        let entry = super::audit(&session.actor(), Action::SignedOut, String::new());
        Ok(self
            .store
            .end_session(session.id.hash(), stale_before(now()), Some(entry))
            .await?)
    }
}

fn stale_before(now: i64) -> i64 {
    now - IDLE_TIMEOUT.as_secs() as i64
}
