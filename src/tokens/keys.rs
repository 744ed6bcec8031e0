use std::fmt;

use openssl::bn::BigNum;
use openssl::error::ErrorStack;
use openssl::hash::MessageDigest;
use openssl::pkey::{HasPublic, Id, PKey, Private, Public};
use openssl::rsa::{Padding, Rsa, RsaRef};
use openssl::sign::{RsaPssSaltlen, Verifier};
use sha2::{Digest, Sha256};

use super::{MODULUS_BITS, MessagePrefix, PrivateKeyDer, TokenError, TokenMessage};

/// RSASSA-PSS salt length of RSABSSA-SHA384-PSS: SHA-384's 48 bytes.
const SALT_LEN: i32 = 48;
const PUBLIC_EXPONENT: u32 = 65_537;

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
    pub(super) key: Rsa<Private>,
    /// The modulus n, big-endian, exactly `modulus_len` bytes.
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
    key: PKey<Public>,
    spki_der: Vec<u8>,
    id: KeyId,
    modulus_len: usize,
}

impl fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VerifyingKey({})", self.id)
    }
}

/// A fresh RSA-2048 key pair with e = 65537. Takes tens of milliseconds: run
/// it off the async workers.
pub fn generate_key_pair() -> Result<(SigningKey, VerifyingKey), TokenError> {
    let e = BigNum::from_u32(PUBLIC_EXPONENT).map_err(|_| TokenError::Crypto)?;
    let key = Rsa::generate_with_e(MODULUS_BITS as u32, &e).map_err(|_| TokenError::Crypto)?;
    let signing = SigningKey::from_openssl(key)?;
    let verifying = signing.verifying_key()?;
    Ok((signing, verifying))
}

/// The keys Stemme accepts, as blind-rsa-signatures did before: a modulus
/// of 2048 to 4096 bits and e = 3 or 65537.
fn check_parameters<T: HasPublic>(key: &RsaRef<T>) -> Result<(), TokenError> {
    let bits = key.size() * 8;
    let e = key.e().to_vec();
    if (2048..=4096).contains(&bits) && (e == [3] || e == [1, 0, 1]) {
        Ok(())
    } else {
        Err(TokenError::KeyEncoding)
    }
}

impl SigningKey {
    fn from_openssl(key: Rsa<Private>) -> Result<Self, TokenError> {
        check_parameters(&key)?;
        let modulus_len = i32::try_from(key.size()).map_err(|_| TokenError::KeyEncoding)?;
        let modulus = key
            .n()
            .to_vec_padded(modulus_len)
            .map_err(|_| TokenError::KeyEncoding)?;
        Ok(SigningKey { key, modulus })
    }

    /// Parses an unencrypted PKCS#8 PrivateKeyInfo holding an RSA key, and
    /// checks the key is consistent (RSA_check_key).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self, TokenError> {
        let key = PKey::private_key_from_pkcs8(der).map_err(|_| TokenError::KeyEncoding)?;
        if key.id() != Id::RSA {
            return Err(TokenError::KeyEncoding);
        }
        let key = key.rsa().map_err(|_| TokenError::KeyEncoding)?;
        if !key.check_key().unwrap_or(false) {
            return Err(TokenError::KeyEncoding);
        }
        Self::from_openssl(key)
    }

    pub fn to_pkcs8_der(&self) -> Result<PrivateKeyDer, TokenError> {
        PKey::from_rsa(self.key.clone())
            .and_then(|key| key.private_key_to_pkcs8())
            .map(PrivateKeyDer::new)
            .map_err(|_| TokenError::KeyEncoding)
    }

    pub fn verifying_key(&self) -> Result<VerifyingKey, TokenError> {
        let spki_der = self
            .key
            .public_key_to_der()
            .map_err(|_| TokenError::KeyEncoding)?;
        VerifyingKey::from_spki_der(&spki_der)
    }

    pub fn modulus_len(&self) -> usize {
        self.modulus.len()
    }

    /// RFC 9474 §4.3 BlindSign. Checks length and range first so that a bad
    /// request gets a precise answer rather than a generic failure.
    pub fn sign_blinded(&self, blinded: &[u8]) -> Result<Vec<u8>, TokenError> {
        let modulus_len = self.modulus.len();
        if blinded.len() != modulus_len {
            return Err(TokenError::BlindedLength {
                expected: modulus_len,
                actual: blinded.len(),
            });
        }
        // Equal-length big-endian byte strings compare like the numbers they encode.
        if blinded >= self.modulus.as_slice() {
            return Err(TokenError::BlindedOutOfRange);
        }
        // RSASP1: the raw private-key operation, which OpenSSL does with
        // base blinding and the CRT.
        let mut signature = vec![0; modulus_len];
        let written = self
            .key
            .private_decrypt(blinded, &mut signature, Padding::NONE)
            .map_err(|_| TokenError::Crypto)?;
        // RSAVP1 on the result must give the message back: a fault in the
        // CRT computation would otherwise leak the key through the signature.
        let mut check = vec![0; modulus_len];
        let checked = self
            .key
            .public_encrypt(&signature, &mut check, Padding::NONE)
            .map_err(|_| TokenError::Crypto)?;
        if written != modulus_len || checked != modulus_len || check != blinded {
            return Err(TokenError::Crypto);
        }
        Ok(signature)
    }
}

impl VerifyingKey {
    /// Parses a standard rsaEncryption SubjectPublicKeyInfo, in DER and
    /// nothing else: the key id is the hash of exactly these bytes.
    pub fn from_spki_der(der: &[u8]) -> Result<Self, TokenError> {
        let key = PKey::public_key_from_der(der).map_err(|_| TokenError::KeyEncoding)?;
        if key.id() != Id::RSA {
            return Err(TokenError::KeyEncoding);
        }
        let rsa = key.rsa().map_err(|_| TokenError::KeyEncoding)?;
        check_parameters(&rsa)?;
        // OpenSSL's parser tolerates trailing bytes; the canonical encoding
        // must be the input itself.
        let spki_der = key
            .public_key_to_der()
            .map_err(|_| TokenError::KeyEncoding)?;
        if spki_der != der {
            return Err(TokenError::KeyEncoding);
        }
        Ok(VerifyingKey {
            key,
            id: KeyId::of_spki(&spki_der),
            spki_der,
            modulus_len: rsa.size() as usize,
        })
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
        match self.pss_verify(message, prefix, signature) {
            Ok(true) => Ok(()),
            Ok(false) | Err(_) => Err(TokenError::BadSignature),
        }
    }

    /// RSASSA-PSS-VERIFY with SHA-384, MGF1-SHA-384 and a 48-byte salt,
    /// over the randomized variant's `prefix ‖ message`.
    fn pss_verify(
        &self,
        message: &[u8],
        prefix: &MessagePrefix,
        signature: &[u8],
    ) -> Result<bool, ErrorStack> {
        if signature.len() != self.modulus_len {
            return Ok(false);
        }
        let mut verifier = Verifier::new(MessageDigest::sha384(), &self.key)?;
        verifier.set_rsa_padding(Padding::PKCS1_PSS)?;
        verifier.set_rsa_pss_saltlen(RsaPssSaltlen::custom(SALT_LEN))?;
        verifier.set_rsa_mgf1_md(MessageDigest::sha384())?;
        verifier.update(prefix.as_bytes())?;
        verifier.update(message)?;
        verifier.verify(signature)
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
