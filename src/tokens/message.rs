use secrecy::{ExposeSecret, SecretSlice};
use sha2::{Digest, Sha256};

use crate::survey::SurveyId;

const DOMAIN: &[u8] = b"stemme-v1:";
pub const NONCE_LEN: usize = 32;

/// The message a token signs: `"stemme-v1:" ‖ survey_id ‖ ":" ‖ 32 random bytes`.
///
/// Binding the survey id into the message means a token minted for one
/// survey can never be spent in another, even if keys were somehow shared.
/// With its prefix and signature it is an employee's vote: `Debug` shows
/// `[REDACTED]` and the bytes are zeroed when dropped (`secrecy`).
#[derive(Clone, Debug)]
pub struct TokenMessage(SecretSlice<u8>);

/// RFC 9474's 32-byte `msg_prefix` of the randomized variant.
#[derive(Clone, Debug)]
pub struct MessagePrefix(SecretSlice<u8>);

/// SHA-256 of a token message: the spent-token set stores only this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenHash(pub [u8; 32]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenMessageError {
    #[error("the message does not start with \"stemme-v1:<survey id>:\" for this survey")]
    WrongSurvey,
    #[error("the message must end with exactly {NONCE_LEN} random bytes")]
    WrongNonceLength,
    #[error("msg_prefix must be exactly 32 bytes")]
    WrongPrefixLength,
}

impl TokenMessage {
    pub fn new(survey: &SurveyId, nonce: [u8; NONCE_LEN]) -> Self {
        let mut bytes = Self::header(survey);
        bytes.extend_from_slice(&nonce);
        TokenMessage(bytes.into())
    }

    fn header(survey: &SurveyId) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(DOMAIN.len() + survey.as_str().len() + 1 + NONCE_LEN);
        bytes.extend_from_slice(DOMAIN);
        bytes.extend_from_slice(survey.as_str().as_bytes());
        bytes.push(b':');
        bytes
    }

    pub fn parse(bytes: Vec<u8>, survey: &SurveyId) -> Result<Self, TokenMessageError> {
        let header = Self::header(survey);
        if !bytes.starts_with(&header) {
            return Err(TokenMessageError::WrongSurvey);
        }
        if bytes.len() != header.len() + NONCE_LEN {
            return Err(TokenMessageError::WrongNonceLength);
        }
        Ok(TokenMessage(bytes.into()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret()
    }

    pub fn hash(&self) -> TokenHash {
        TokenHash(Sha256::digest(self.as_bytes()).into())
    }
}

impl PartialEq for TokenMessage {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for TokenMessage {}

impl MessagePrefix {
    pub const LEN: usize = 32;

    pub fn parse(bytes: &[u8]) -> Result<Self, TokenMessageError> {
        if bytes.len() != Self::LEN {
            return Err(TokenMessageError::WrongPrefixLength);
        }
        Ok(MessagePrefix(bytes.to_vec().into()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret()
    }
}

/// A finalised token's signature, as submitted. Its length is checked
/// against the key that is to verify it.
#[derive(Clone, Debug)]
pub struct Signature(SecretSlice<u8>);

impl Signature {
    pub fn new(bytes: Vec<u8>) -> Self {
        Signature(bytes.into())
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret()
    }
}

/// A blinded token message as a browser sends it for signing. Whether it
/// is one modulus long and below the modulus is checked against the key
/// that is to sign it. Not secret: the server is meant to see it, and it
/// reveals nothing of the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlindedMessage(Vec<u8>);

impl BlindedMessage {
    pub fn new(bytes: Vec<u8>) -> Self {
        BlindedMessage(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn survey() -> SurveyId {
        SurveyId::parse("abcdefghjkmn").unwrap()
    }

    #[test]
    fn a_message_for_this_survey_parses() {
        let message = TokenMessage::new(&survey(), [7; 32]);
        let parsed = TokenMessage::parse(message.as_bytes().to_vec(), &survey()).unwrap();
        assert_eq!(parsed, message);
        assert!(parsed.as_bytes().starts_with(b"stemme-v1:abcdefghjkmn:"));
    }

    #[test]
    fn a_message_for_another_survey_is_refused() {
        let other = SurveyId::parse("0123456789ab").unwrap();
        let message = TokenMessage::new(&other, [7; 32]);
        assert_eq!(
            TokenMessage::parse(message.as_bytes().to_vec(), &survey()),
            Err(TokenMessageError::WrongSurvey)
        );
    }

    #[test]
    fn a_short_nonce_is_refused() {
        let mut bytes = TokenMessage::new(&survey(), [7; 32]).as_bytes().to_vec();
        bytes.pop();
        assert_eq!(
            TokenMessage::parse(bytes, &survey()),
            Err(TokenMessageError::WrongNonceLength)
        );
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
            let _ = TokenMessage::parse(bytes, &survey());
        }
    }
}
