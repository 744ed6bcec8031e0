//! Sign-ins under way: between sending the browser to the provider and
//! its return, what only Stemme may know (the PKCE verifier, the nonce)
//! and what the sign-in is for, found by the hash of its `state`, taken
//! out on return so that a `state` works once. In memory: a restart ends
//! the sign-ins under way, which start again with one click.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use openidconnect::{CsrfToken, Nonce, PkceCodeVerifier};
use sha2::{Digest, Sha256};

use super::SignInError;
use crate::survey::SurveyId;

/// A sign-in not finished within this long must start again.
const LIFETIME: Duration = Duration::from_secs(10 * 60);
/// At most this many sign-ins wait at once; the oldest make way.
const MAX_PENDING: usize = 20_000;

/// What a sign-in is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// HR signing in to manage surveys, and the page of HR's to land on
    /// afterwards (a path the web edge checked, and checks again on return).
    Admin { return_to: Option<String> },
    /// An employee getting a voucher for this survey.
    Survey(SurveyId),
}

/// Where to send the browser, and the cookie that ties the sign-in to it
/// (so a link to another person's return address signs nobody in).
pub struct SignInStart {
    pub url: String,
    pub binding: String,
}

pub(super) struct Waiting {
    pub verifier: PkceCodeVerifier,
    pub nonce: Nonce,
    pub purpose: Purpose,
    binding: [u8; 32],
    started: Instant,
}

#[derive(Default)]
pub(super) struct Pending(Mutex<HashMap<[u8; 32], Waiting>>);

fn hash(value: &str) -> [u8; 32] {
    Sha256::digest(value.as_bytes()).into()
}

impl Pending {
    pub fn add(
        &self,
        state: &CsrfToken,
        verifier: PkceCodeVerifier,
        nonce: Nonce,
        purpose: Purpose,
    ) -> Result<String, SignInError> {
        let binding = CsrfToken::new_random().secret().clone();
        let mut map = self.0.lock().map_err(|_| SignInError::StateUnknown)?;
        map.retain(|_, w| w.started.elapsed() < LIFETIME);
        let oldest = map.iter().min_by_key(|(_, w)| w.started).map(|(k, _)| *k);
        if let (true, Some(oldest)) = (map.len() >= MAX_PENDING, oldest) {
            map.remove(&oldest);
        }
        map.insert(
            hash(state.secret()),
            Waiting {
                verifier,
                nonce,
                purpose,
                binding: hash(&binding),
                started: Instant::now(),
            },
        );
        Ok(binding)
    }

    /// The sign-in `state` names, once; only in the browser that began it.
    pub fn take(&self, state: &str, binding: Option<&str>) -> Result<Waiting, SignInError> {
        let mut map = self.0.lock().map_err(|_| SignInError::StateUnknown)?;
        let key = hash(state);
        let waiting = map.remove(&key).ok_or(SignInError::StateUnknown)?;
        if waiting.started.elapsed() >= LIFETIME {
            return Err(SignInError::StateUnknown);
        }
        if binding.map(hash) != Some(waiting.binding) {
            return Err(SignInError::OtherBrowser);
        }
        Ok(waiting)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(pending: &Pending) -> (CsrfToken, String) {
        let state = CsrfToken::new_random();
        let (_, verifier) = openidconnect::PkceCodeChallenge::new_random_sha256();
        let binding = pending
            .add(
                &state,
                verifier,
                Nonce::new_random(),
                Purpose::Admin { return_to: None },
            )
            .unwrap();
        (state, binding)
    }

    #[test]
    fn a_state_works_once_and_only_in_its_own_browser() {
        let pending = Pending::default();
        let (state, binding) = add(&pending);
        assert!(pending.take(state.secret(), Some(&binding)).is_ok());
        assert!(matches!(
            pending.take(state.secret(), Some(&binding)),
            Err(SignInError::StateUnknown)
        ));
        let (state, _) = add(&pending);
        assert!(matches!(
            pending.take(state.secret(), Some("another browser")),
            Err(SignInError::OtherBrowser)
        ));
        // Refused in the wrong browser, it is gone for the right one too.
        assert!(pending.take(state.secret(), None).is_err());
        assert!(matches!(
            pending.take("made up", None),
            Err(SignInError::StateUnknown)
        ));
    }
}
