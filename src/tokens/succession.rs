//! A key that hands over to its successor. When a restored backup retires
//! an open survey's keys (docs/operations.md, "Restoring an open survey"),
//! each old key signs the id of the new one before its private half is
//! destroyed: RSASSA-PSS (SHA-384, 48-byte salt, as tokens are signed) over
//! a fixed prefix and the new key's id. An invite link that names the old
//! key's fingerprint can then check, in the browser, that the key the
//! server names now was named by the old one, and not chosen for one person.

use openssl::hash::MessageDigest;
use openssl::pkey::PKey;
use openssl::rsa::Padding;
use openssl::sign::{RsaPssSaltlen, Signer};
use sha2::{Digest, Sha256};

use super::{KeyId, MessagePrefix, SigningKey, TokenError, VerifyingKey};

/// What the endorsement signs before the new key's id: SHA-256 of a label,
/// so it can never be taken for a token's random prefix by accident.
pub fn succession_prefix() -> [u8; 32] {
    Sha256::digest(b"stemme key succession v1").into()
}

impl SigningKey {
    /// This key's signature on `successor`, for the browser to check.
    pub fn endorse(&self, successor: KeyId) -> Result<Vec<u8>, TokenError> {
        let sign = || -> Result<Vec<u8>, openssl::error::ErrorStack> {
            let key = PKey::from_rsa(self.key.clone())?;
            let mut signer = Signer::new(MessageDigest::sha384(), &key)?;
            signer.set_rsa_padding(Padding::PKCS1_PSS)?;
            signer.set_rsa_pss_saltlen(RsaPssSaltlen::custom(48))?;
            signer.set_rsa_mgf1_md(MessageDigest::sha384())?;
            signer.update(&succession_prefix())?;
            signer.update(&successor.0)?;
            signer.sign_to_vec()
        };
        sign().map_err(|_| TokenError::Crypto)
    }
}

impl VerifyingKey {
    /// Whether `endorsement` is this key's signature on `successor`.
    pub fn endorsed(&self, successor: KeyId, endorsement: &[u8]) -> bool {
        MessagePrefix::parse(&succession_prefix()).is_ok_and(|prefix| {
            self.verify_bytes(&successor.0, &prefix, endorsement)
                .is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::generate_key_pair;

    #[test]
    fn an_old_key_endorses_its_successor_and_nothing_else() {
        let (old, old_public) = generate_key_pair().unwrap();
        let (_, new_public) = generate_key_pair().unwrap();
        let (_, other) = generate_key_pair().unwrap();
        let endorsement = old.endorse(new_public.id()).unwrap();
        assert!(old_public.endorsed(new_public.id(), &endorsement));
        assert!(!old_public.endorsed(other.id(), &endorsement));
        assert!(!new_public.endorsed(new_public.id(), &endorsement));
    }
}
