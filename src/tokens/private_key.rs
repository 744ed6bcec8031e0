//! A department's private key as bytes: PKCS#8 DER, between OpenSSL and the
//! database while its survey is open.

use secrecy::zeroize::Zeroize;
use secrecy::{ExposeSecret, SecretSlice};

/// A private key in PKCS#8 DER. `Debug` shows `[REDACTED]` and the bytes are
/// zeroed when dropped (`secrecy`), from OpenSSL or the database onward.
#[derive(Clone, Debug)]
pub struct PrivateKeyDer(SecretSlice<u8>);

impl PrivateKeyDer {
    /// Takes the bytes over; the buffer they came in is zeroed, not just freed.
    pub fn new(mut bytes: Vec<u8>) -> Self {
        // An exact-size copy, so the boxed slice needs no reallocation that
        // would leave a copy behind.
        let key = PrivateKeyDer(bytes.as_slice().to_vec().into());
        bytes.zeroize();
        key
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_key_never_shows_in_debug_output() {
        let key = PrivateKeyDer::new(vec![0xAB; 64]);
        let printed = format!("{key:?} {key:#?}");
        assert!(!printed.to_lowercase().contains("ab, ab"), "{printed}");
        assert!(!printed.contains("171"), "{printed}");
        assert!(printed.contains("REDACTED"), "{printed}");
        assert_eq!(key.as_bytes(), &[0xAB; 64][..]);
    }
}
