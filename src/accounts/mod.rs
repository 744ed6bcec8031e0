//! HR's accounts: who may manage surveys. Nothing here is about employees.
//!
//! Domain types only: names and passwords that parse rather than validate,
//! password hashing, the sign-in throttle and the audit trail's actions.

mod audit;
mod cookies;
mod password;
mod sign_in;
mod throttle;

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

pub use audit::{Action, Actor, AuditEntry};
pub use cookies::{DeviceId, SessionId, SessionKey};
pub use password::{PasswordHashError, hash_password, verify_password};
pub use sign_in::{SetupSecret, SignIn};
pub use throttle::{Limit, MAX_KEYS, Throttle};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AccountError {
    #[error("a user name has {min} to {max} characters")]
    UsernameLength { min: usize, max: usize },
    #[error("a user name cannot contain spaces or control characters")]
    UsernameCharacter,
    #[error("a password needs at least {min} characters")]
    PasswordTooShort { min: usize },
    #[error("a password can have at most {max} characters")]
    PasswordTooLong { max: usize },
}

/// An administrator's name, lower-cased so `Anne` and `anne` are one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub const MIN_CHARS: usize = 2;
    pub const MAX_CHARS: usize = 64;

    pub fn parse(input: &str) -> Result<Self, AccountError> {
        let name = input.trim().to_lowercase();
        let count = name.chars().count();
        if !(Self::MIN_CHARS..=Self::MAX_CHARS).contains(&count) {
            return Err(AccountError::UsernameLength {
                min: Self::MIN_CHARS,
                max: Self::MAX_CHARS,
            });
        }
        if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(AccountError::UsernameCharacter);
        }
        Ok(Username(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that meets the rules: long rather than complicated
/// (NIST SP 800-63B), and short enough that hashing it is no burden.
/// `Debug` shows `[REDACTED]`; the text is zeroed when dropped (`secrecy`).
#[derive(Clone, Debug)]
pub struct Password(SecretString);

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(input: &str) -> Result<Self, AccountError> {
        let count = input.chars().count();
        if count < Self::MIN_CHARS {
            return Err(AccountError::PasswordTooShort {
                min: Self::MIN_CHARS,
            });
        }
        if count > Self::MAX_CHARS {
            return Err(AccountError::PasswordTooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Password(input.into()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret().as_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn user_names_are_trimmed_and_lower_cased() {
        assert_eq!(Username::parse("  Anne.HR ").unwrap().as_str(), "anne.hr");
        assert_eq!(Username::parse("Ærø").unwrap().as_str(), "ærø");
    }

    #[test]
    fn user_names_with_spaces_or_of_the_wrong_length_are_refused() {
        assert_eq!(
            Username::parse("anne hansen"),
            Err(AccountError::UsernameCharacter)
        );
        assert!(matches!(
            Username::parse("a"),
            Err(AccountError::UsernameLength { .. })
        ));
        assert!(Username::parse(&"x".repeat(65)).is_err());
    }

    #[test]
    fn passwords_need_twelve_characters_and_never_show_in_debug_output() {
        assert_eq!(
            Password::parse("kort").unwrap_err(),
            AccountError::PasswordTooShort { min: 12 }
        );
        let password = Password::parse("rød hest på bakken").unwrap();
        assert!(!format!("{password:?}").contains("hest"));
        assert!(Password::parse(&"x".repeat(257)).is_err());
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_names_and_passwords_never_panics(s in "\\PC*") {
            let _ = Username::parse(&s);
            let _ = Password::parse(&s);
        }
    }
}
