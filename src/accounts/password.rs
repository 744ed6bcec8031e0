//! Argon2id password hashes with OWASP's parameters (19 MiB, 2 passes, 1 lane:
//! the `argon2` crate's defaults). Hashing takes tens of milliseconds on
//! purpose: callers run it on the blocking pool, never on an async worker.

use argon2::{Argon2, PasswordHasher, PasswordVerifier};

use super::Password;
use crate::random::{RandomnessError, random_bytes};

#[derive(Debug, thiserror::Error)]
pub enum PasswordHashError {
    #[error(transparent)]
    Randomness(#[from] RandomnessError),
    #[error("Argon2 failed: {0}")]
    Argon2(String),
}

/// A hash of a password nobody knows, with the same parameters as real ones.
/// Unknown user names are checked against it, so that they take as long to
/// refuse as a wrong password and do not reveal which accounts exist.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$\
    Hq0QqVqvq6rY1a2uMk3Rbg$yHcZ3cS2jR0QeWQ7eX6cM8lZpGgU7I2a0f0jvY5cW1E";

/// Hashes a new password with a fresh 16-byte salt, as a PHC string.
pub fn hash_password(password: &Password) -> Result<String, PasswordHashError> {
    let salt: [u8; 16] = random_bytes()?;
    Argon2::default()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PasswordHashError::Argon2(e.to_string()))
}

/// Whether `attempt` matches `stored`; with no stored hash (an unknown
/// user), spends the same effort on the dummy hash and answers no.
pub fn verify_password(attempt: &str, stored: Option<&str>) -> bool {
    let matches = Argon2::default()
        .verify_password(attempt.as_bytes(), stored.unwrap_or(DUMMY_HASH))
        .is_ok();
    matches && stored.is_some()
}

#[cfg(test)]
mod tests {
    use argon2::{Params, PasswordHash};

    use super::*;

    #[test]
    fn a_hash_verifies_its_password_and_nothing_else() {
        let password = Password::parse("korrekt hest batteri").unwrap();
        let hash = hash_password(&password).unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("korrekt hest batteri", Some(&hash)));
        assert!(!verify_password("korrekt hest batteri!", Some(&hash)));
    }

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_costs_and_admits_nobody() {
        let dummy = PasswordHash::new(DUMMY_HASH).unwrap();
        let (params, default) = (Params::try_from(&dummy).unwrap(), Params::default());
        let costs = |p: &Params| (p.m_cost(), p.t_cost(), p.p_cost());
        assert_eq!(costs(&params), costs(&default));
        assert!(!verify_password("", None));
        assert!(!verify_password("anything", None));
    }

    #[test]
    fn a_corrupt_stored_hash_admits_nobody() {
        assert!(!verify_password("x", Some("not a hash")));
    }
}
