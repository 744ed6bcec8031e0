//! base64url (RFC 4648 §5), as the API, cookies and links carry bytes:
//! written without padding; read with or without it, but nothing else
//! non-canonical.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not valid base64url")]
pub struct Base64Error;

pub fn encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    // Clients differ on padding; accept it, but nothing else non-canonical.
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .map_err(|_| Base64Error)
}
