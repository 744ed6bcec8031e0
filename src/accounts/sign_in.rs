//! What HR types to get in, parsed at the edge: a sign-in attempt and the
//! secret of the first administrator's setup link. The password and the
//! secret stay in `secrecy` wrappers from the form onward: `Debug` shows
//! `[REDACTED]` and the memory is zeroed when dropped.

use secrecy::{ExposeSecret, SecretSlice, SecretString};
use sha2::{Digest, Sha256};

use super::Username;

/// A sign-in attempt as typed. The name counts against the throttle as
/// typed (trimmed, lower-cased) whether or not it could be anyone's, so an
/// unusable name is throttled, and refused, like a wrong password.
#[derive(Debug)]
pub struct SignIn {
    account: String,
    username: Option<Username>,
    password: SecretString,
}

impl SignIn {
    pub fn parse(username: &str, password: SecretString) -> Self {
        SignIn {
            account: username.trim().to_lowercase(),
            username: Username::parse(username).ok(),
            password,
        }
    }

    /// What the throttle counts failed attempts against.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// The account it could be, if the name is a valid one.
    pub fn username(&self) -> Option<&Username> {
        self.username.as_ref()
    }

    /// The password, for checking against the stored hash.
    pub fn password(&self) -> &SecretString {
        &self.password
    }
}

/// The secret of a one-time setup link, from the link's fragment (base64url).
#[derive(Debug)]
pub struct SetupSecret(Option<SecretSlice<u8>>);

impl SetupSecret {
    /// Text that is not base64url is a secret no link has.
    pub fn parse(input: &SecretString) -> Self {
        let bytes = crate::base64url::decode(input.expose_secret().trim()).ok();
        SetupSecret(bytes.map(SecretSlice::from))
    }

    /// SHA-256 of the secret, all the database keeps of it; all zeros, which
    /// no stored hash is, for a secret no link has.
    pub fn hash(&self) -> [u8; 32] {
        match &self.0 {
            Some(secret) => Sha256::digest(secret.expose_secret()).into(),
            None => [0; 32],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_in_attempt_never_shows_its_password() {
        let attempt = SignIn::parse(" Anne.HR ", "rød hest på bakken".into());
        let printed = format!("{attempt:?}");

        assert!(!printed.contains("hest"), "{printed}");
        assert_eq!(attempt.account(), "anne.hr");
        assert_eq!(attempt.username().map(Username::as_str), Some("anne.hr"));
        assert!(
            SignIn::parse("anne hansen", "x".into())
                .username()
                .is_none()
        );
    }

    #[test]
    fn a_setup_secret_hashes_as_the_link_was_made_and_never_shows() {
        let secret = [7u8; 32];
        let typed: SecretString = crate::base64url::encode(&secret).into();
        let parsed = SetupSecret::parse(&typed);

        assert_eq!(parsed.hash(), <[u8; 32]>::from(Sha256::digest(secret)));
        assert!(!format!("{parsed:?}").contains('7'));
        assert_eq!(SetupSecret::parse(&"not base64!".into()).hash(), [0; 32]);
    }
}
