//! Session ids, their signed cookie form, and the CSRF token bound to them.
//!
//! The cookie carries a random id and an HMAC of it under the server's key,
//! so forged cookies are refused before any database look-up; the database
//! keeps only the id's SHA-256. The CSRF token is another HMAC of the id:
//! bound to the session, and nothing to store.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretSlice};
use sha2::{Digest, Sha256};

use crate::random::{RandomnessError, random_bytes};

type HmacSha256 = Hmac<Sha256>;

/// The server's key for sessions, kept in the database. Like the session
/// ids below it is a credential: `Debug` shows `[REDACTED]` and the bytes are
/// zeroed when dropped (`secrecy`).
#[derive(Clone, Debug)]
pub struct SessionKey(SecretSlice<u8>);

/// The secret a session cookie stands for.
#[derive(Clone, Debug)]
pub struct SessionId(SecretSlice<u8>);

impl SessionKey {
    pub fn new(bytes: [u8; 32]) -> Self {
        SessionKey(bytes.to_vec().into())
    }

    #[expect(
        clippy::expect_used,
        reason = "HMAC takes keys of any length: new_from_slice cannot fail"
    )]
    fn mac(&self, purpose: &[u8], id: &SessionId) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(self.0.expose_secret())
            .expect("HMAC takes keys of any length");
        mac.update(purpose);
        mac.update(id.0.expose_secret());
        mac
    }

    /// `id.signature`, both base64url.
    pub fn cookie_value(&self, id: &SessionId) -> String {
        let tag = self.mac(b"session:", id).finalize().into_bytes();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(id.0.expose_secret()),
            URL_SAFE_NO_PAD.encode(tag)
        )
    }

    /// The session id of a cookie this key signed; `None` for anything else.
    pub fn open_cookie(&self, value: &str) -> Option<SessionId> {
        let (id, tag) = value.split_once('.')?;
        let id = URL_SAFE_NO_PAD.decode(id).ok()?;
        if id.len() != 32 {
            return None;
        }
        let id = SessionId(id.into());
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.mac(b"session:", &id).verify_slice(&tag).ok()?;
        Some(id)
    }

    pub fn csrf_token(&self, id: &SessionId) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(b"csrf:", id).finalize().into_bytes())
    }

    /// Compares in constant time.
    pub fn csrf_matches(&self, id: &SessionId, token: &str) -> bool {
        URL_SAFE_NO_PAD
            .decode(token.trim())
            .is_ok_and(|tag| self.mac(b"csrf:", id).verify_slice(&tag).is_ok())
    }
}

/// A browser where an account signed in before: a random id, and an HMAC
/// binding it to that account. It lets its holder past the account-wide
/// sign-in limit (service/accounts/guard.rs), never past a password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DeviceId([u8; 16]);

impl DeviceId {
    pub fn generate() -> Result<Self, RandomnessError> {
        random_bytes().map(DeviceId)
    }
}

impl SessionKey {
    fn device_mac(&self, account: &str, id: &DeviceId) -> HmacSha256 {
        let mut mac = self.mac(b"device:", &SessionId(id.0.to_vec().into()));
        mac.update(b":");
        mac.update(account.as_bytes());
        mac
    }

    /// `id.signature`, both base64url; the account name is not in it.
    pub fn device_cookie(&self, account: &str, id: &DeviceId) -> String {
        let tag = self.device_mac(account, id).finalize().into_bytes();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(id.0),
            URL_SAFE_NO_PAD.encode(tag)
        )
    }

    /// The device of a cookie this key made for `account`; `None` otherwise.
    pub fn open_device_cookie(&self, account: &str, value: &str) -> Option<DeviceId> {
        let (id, tag) = value.split_once('.')?;
        let id = DeviceId(URL_SAFE_NO_PAD.decode(id).ok()?.try_into().ok()?);
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.device_mac(account, &id).verify_slice(&tag).ok()?;
        Some(id)
    }
}

impl SessionId {
    pub fn generate() -> Result<Self, RandomnessError> {
        random_bytes::<32>().map(|id| SessionId(id.to_vec().into()))
    }

    /// What the database keeps.
    pub fn hash(&self) -> [u8; 32] {
        Sha256::digest(self.0.expose_secret()).into()
    }
}

impl PartialEq for SessionId {
    fn eq(&self, other: &Self) -> bool {
        self.hash() == other.hash()
    }
}

impl Eq for SessionId {}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SessionKey {
        SessionKey::new(random_bytes().unwrap())
    }

    #[test]
    fn a_cookie_opens_only_with_the_key_that_signed_it() {
        let (key, id) = (key(), SessionId::generate().unwrap());
        let cookie = key.cookie_value(&id);
        assert_eq!(key.open_cookie(&cookie), Some(id.clone()));
        assert_eq!(self::key().open_cookie(&cookie), None);
        let forged = format!("{}x", &cookie[..cookie.len() - 1]);
        assert_eq!(key.open_cookie(&forged), None);
        assert_eq!(key.open_cookie("garbage"), None);
    }

    #[test]
    fn a_csrf_token_belongs_to_one_session() {
        let key = key();
        let (a, b) = (
            SessionId::generate().unwrap(),
            SessionId::generate().unwrap(),
        );
        let token = key.csrf_token(&a);
        assert!(key.csrf_matches(&a, &token));
        assert!(!key.csrf_matches(&b, &token));
        assert!(!key.csrf_matches(&a, ""));
    }

    #[test]
    fn a_device_cookie_speaks_for_one_account_only() {
        let (key, id) = (key(), DeviceId::generate().unwrap());
        let cookie = key.device_cookie("anne.hr", &id);
        assert_eq!(key.open_device_cookie("anne.hr", &cookie), Some(id));
        assert_eq!(key.open_device_cookie("bo.it", &cookie), None);
        assert_eq!(self::key().open_device_cookie("anne.hr", &cookie), None);
        assert_eq!(key.open_device_cookie("anne.hr", "x.y"), None);
    }

    #[test]
    fn debug_output_shows_no_secret() {
        let id = SessionId::generate().unwrap();
        for debug in [format!("{id:?}"), format!("{:?}", key())] {
            assert!(debug.contains("REDACTED"), "{debug}");
        }
    }
}
