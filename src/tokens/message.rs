use sha2::{Digest, Sha256};

use crate::survey::SurveyId;

const DOMAIN: &[u8] = b"stemme-v1:";
pub const NONCE_LEN: usize = 32;

/// The message a token signs: `"stemme-v1:" ‖ survey_id ‖ ":" ‖ 32 random bytes`.
///
/// Binding the survey id into the message means a token minted for one
/// survey can never be spent in another, even if keys were somehow shared.
#[derive(Clone, PartialEq, Eq)]
pub struct TokenMessage(Vec<u8>);

/// RFC 9474's 32-byte `msg_prefix` of the randomized variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessagePrefix(pub [u8; 32]);

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
        TokenMessage(bytes)
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
        Ok(TokenMessage(bytes))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn hash(&self) -> TokenHash {
        TokenHash(Sha256::digest(&self.0).into())
    }
}

impl std::fmt::Debug for TokenMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenMessage(<redacted>)")
    }
}

impl MessagePrefix {
    pub fn parse(bytes: &[u8]) -> Result<Self, TokenMessageError> {
        bytes
            .try_into()
            .map(MessagePrefix)
            .map_err(|_| TokenMessageError::WrongPrefixLength)
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
