use std::fmt;

use blind_rsa_signatures::{
    BlindSignature, DefaultRng, KeyPair, MessageRandomizer, PublicKey, SecretKey, Signature,
};
use sha2::{Digest, Sha256};

use super::{Hash, MODULUS_BITS, MessagePrefix, Prepare, Salt, TokenError, TokenMessage};

/// Hex SHA-256 of a public key's SubjectPublicKeyInfo DER: the fingerprint
/// employees can compare with the one HR publishes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(pub [u8; 32]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a key id is 64 hexadecimal digits")]
pub struct KeyIdError;

impl KeyId {
    pub fn of_spki(spki_der: &[u8]) -> Self {
        KeyId(Sha256::digest(spki_der).into())
    }

    pub fn parse(hex_digits: &str) -> Result<Self, KeyIdError> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(hex_digits, &mut bytes).map_err(|_| KeyIdError)?;
        Ok(KeyId(bytes))
    }

    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    /// The first 16 hex digits (64 bits): what invite links carry for the
    /// page to compare, and what HR's pages and slips show for people to
    /// compare. Making an RSA key whose SHA-256 starts with given 64 bits
    /// takes about 2⁶⁴ tries, far beyond an operator's means.
    pub fn short_hex(self) -> String {
        hex::encode(&self.0[..8])
    }

    /// The short fingerprint in groups of four: `0123 4567 89ab cdef`.
    pub fn short_fingerprint(self) -> String {
        let digits = self.short_hex();
        let groups: Vec<&str> = (0..4)
            .filter_map(|i| digits.get(i * 4..i * 4 + 4))
            .collect();
        groups.join(" ")
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({})", self.to_hex())
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// A department's private key. Lives only while its survey is open.
pub struct SigningKey {
    key: SecretKey<Hash, Salt, Prepare>,
    modulus: Vec<u8>,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

/// A department's public key, with its DER form and fingerprint.
#[derive(Clone)]
pub struct VerifyingKey {
    key: PublicKey<Hash, Salt, Prepare>,
    spki_der: Vec<u8>,
    id: KeyId,
    modulus_len: usize,
}

impl fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VerifyingKey({})", self.id)
    }
}

/// A fresh RSA-2048 key pair. Takes tens to hundreds of milliseconds: run it
/// off the async workers.
pub fn generate_key_pair() -> Result<(SigningKey, VerifyingKey), TokenError> {
    let pair = KeyPair::<Hash, Salt, Prepare>::generate(&mut DefaultRng, MODULUS_BITS)
        .map_err(|_| TokenError::Crypto)?;
    let verifying = VerifyingKey::from_public(pair.pk)?;
    let signing = SigningKey::from_secret(pair.sk);
    Ok((signing, verifying))
}

impl SigningKey {
    fn from_secret(key: SecretKey<Hash, Salt, Prepare>) -> Self {
        let modulus = key.components().n();
        SigningKey { key, modulus }
    }

    /// Builds a key from its parts; used by the RFC 9474 test vectors.
    pub fn from_rsa(key: rsa::RsaPrivateKey) -> Self {
        Self::from_secret(SecretKey::new(key))
    }

    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self, TokenError> {
        SecretKey::from_der(der)
            .map(Self::from_secret)
            .map_err(|_| TokenError::KeyEncoding)
    }

    pub fn to_pkcs8_der(&self) -> Result<Vec<u8>, TokenError> {
        self.key.to_der().map_err(|_| TokenError::KeyEncoding)
    }

    pub fn verifying_key(&self) -> Result<VerifyingKey, TokenError> {
        let public = self.key.public_key().map_err(|_| TokenError::KeyEncoding)?;
        VerifyingKey::from_public(public)
    }

    pub fn modulus_len(&self) -> usize {
        self.modulus.len()
    }

    /// RFC 9474 §4.3 BlindSign. Checks length and range first so that a bad
    /// request gets a precise answer rather than a generic failure.
    pub fn sign_blinded(&self, blinded: &[u8]) -> Result<Vec<u8>, TokenError> {
        if blinded.len() != self.modulus.len() {
            return Err(TokenError::BlindedLength {
                expected: self.modulus.len(),
                actual: blinded.len(),
            });
        }
        // Equal-length big-endian byte strings compare like the numbers they encode.
        if blinded >= self.modulus.as_slice() {
            return Err(TokenError::BlindedOutOfRange);
        }
        let signature: BlindSignature = self
            .key
            .blind_sign(blinded)
            .map_err(|_| TokenError::Crypto)?;
        Ok(signature.0)
    }
}

impl VerifyingKey {
    fn from_public(key: PublicKey<Hash, Salt, Prepare>) -> Result<Self, TokenError> {
        let spki_der = key.to_der().map_err(|_| TokenError::KeyEncoding)?;
        let id = KeyId::of_spki(&spki_der);
        let modulus_len = key.components().n().len();
        Ok(VerifyingKey {
            key,
            spki_der,
            id,
            modulus_len,
        })
    }

    /// Parses a standard rsaEncryption SubjectPublicKeyInfo.
    pub fn from_spki_der(der: &[u8]) -> Result<Self, TokenError> {
        PublicKey::from_der(der)
            .map_err(|_| TokenError::KeyEncoding)
            .and_then(Self::from_public)
    }

    pub fn spki_der(&self) -> &[u8] {
        &self.spki_der
    }

    pub fn id(&self) -> KeyId {
        self.id
    }

    pub fn modulus_len(&self) -> usize {
        self.modulus_len
    }

    /// RFC 9474 §4.5 Verify, over `prefix ‖ message`.
    pub fn verify(
        &self,
        message: &TokenMessage,
        prefix: &MessagePrefix,
        signature: &[u8],
    ) -> Result<(), TokenError> {
        let expected = self.modulus_len;
        if signature.len() != expected {
            return Err(TokenError::SignatureLength {
                expected,
                actual: signature.len(),
            });
        }
        self.verify_bytes(message.as_bytes(), prefix, signature)
    }

    /// Verify over arbitrary bytes: the RFC test vectors sign messages that
    /// are not Stemme tokens, and must go through the same code.
    pub fn verify_bytes(
        &self,
        message: &[u8],
        prefix: &MessagePrefix,
        signature: &[u8],
    ) -> Result<(), TokenError> {
        let signature = Signature(signature.to_vec());
        let prefix: [u8; 32] = prefix
            .as_bytes()
            .try_into()
            .map_err(|_| TokenError::BadSignature)?;
        let randomizer = Some(MessageRandomizer(prefix));
        self.key
            .verify(&signature, randomizer, message)
            .map_err(|_| TokenError::BadSignature)
    }

    /// The underlying key, for clients written against the same crate.
    pub fn public_key(&self) -> &PublicKey<Hash, Salt, Prepare> {
        &self.key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_fingerprint_is_the_first_sixteen_digits_in_groups_of_four() {
        let id = KeyId::parse(&"0123456789abcdef".repeat(4)).unwrap();
        assert_eq!(id.short_hex(), "0123456789abcdef");
        assert_eq!(id.short_fingerprint(), "0123 4567 89ab cdef");
        assert!(id.to_hex().starts_with(&id.short_hex()));
    }
}
