//! One-time form tokens. The invite form's answer is the only place the
//! codes ever exist, so a browser's "resubmit?" on reload must not quietly
//! make a second batch: each rendered form carries a token that works once.

use std::collections::{HashSet, VecDeque};
use std::sync::{Mutex, PoisonError};

use crate::random::{RandomnessError, random_bytes};

/// Forms issued but not yet submitted; the oldest are forgotten first.
const REMEMBERED: usize = 10_000;

#[derive(Default)]
pub struct OnceForms(Mutex<(HashSet<String>, VecDeque<String>)>);

impl OnceForms {
    /// A fresh token for a form about to be shown.
    pub fn issue(&self) -> Result<String, RandomnessError> {
        let token = hex::encode(random_bytes::<16>()?);
        let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let (issued, order) = &mut *guard;
        if order.len() >= REMEMBERED
            && let Some(oldest) = order.pop_front()
        {
            issued.remove(&oldest);
        }
        issued.insert(token.clone());
        order.push_back(token.clone());
        Ok(token)
    }

    /// True exactly once per issued token.
    pub fn spend(&self, token: &str) -> bool {
        let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let (issued, order) = &mut *guard;
        let known = issued.remove(token);
        if known {
            order.retain(|t| t != token);
        }
        known
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_spent_once() {
        let forms = OnceForms::default();
        let token = forms.issue().unwrap();
        assert!(forms.spend(&token));
        assert!(!forms.spend(&token));
    }

    #[test]
    fn unknown_tokens_are_refused() {
        assert!(!OnceForms::default().spend("0123"));
    }
}
