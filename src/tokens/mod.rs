//! The blind-signature scheme: RFC 9474, RSABSSA-SHA384-PSS-Randomized, 2048-bit keys.
//!
//! The server side only, on OpenSSL: key pairs per department, signing
//! blinded messages, and verifying the finalised token at submission. The
//! client side lives in the browser (`assets/js/blindrsa.mjs`) and, for tests
//! and the benchmark, in the blind-rsa-signatures crate, which the tests also
//! hold the server code against.

mod keys;
mod message;
mod private_key;
mod succession;
#[cfg(test)]
mod tests;

pub use keys::{KeyId, KeyIdError, SigningKey, VerifyingKey, generate_key_pair};
pub use message::{
    BlindedMessage, MessagePrefix, Signature, TokenHash, TokenMessage, TokenMessageError,
};
pub use private_key::PrivateKeyDer;
pub use succession::succession_prefix;

/// The variant's name as RFC 9474 spells it; published in the API.
pub const VARIANT: &str = "RSABSSA-SHA384-PSS-Randomized";
pub const MODULUS_BITS: usize = 2048;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("the blinded message must be {expected} bytes long, not {actual}")]
    BlindedLength { expected: usize, actual: usize },
    #[error("the blinded message is not smaller than the key's modulus")]
    BlindedOutOfRange,
    #[error("the signature must be {expected} bytes long, not {actual}")]
    SignatureLength { expected: usize, actual: usize },
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the key could not be encoded or decoded")]
    KeyEncoding,
    #[error("RSA operation failed")]
    Crypto,
}
