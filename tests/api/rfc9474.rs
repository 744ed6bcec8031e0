//! The RFC 9474 test vector for RSABSSA-SHA384-PSS-Randomized, through the
//! server's own code path: the key goes through the PKCS#8 DER the store
//! keeps, signing through `SigningKey::sign_blinded`, verification through
//! `VerifyingKey::verify_bytes`, the function behind every submission.

use rsa::BoxedUint;
use rsa::pkcs8::EncodePrivateKey;
use serde_json::Value;
use stemme::tokens::{MessagePrefix, SigningKey, TokenError, VerifyingKey};

fn vector() -> Value {
    let all: Vec<Value> =
        serde_json::from_str(include_str!("../data/rfc9474_vectors.json")).unwrap();
    all.into_iter()
        .find(|v| v["name"] == "RSABSSA-SHA384-PSS-Randomized")
        .unwrap()
}

fn uint(v: &Value, field: &str) -> BoxedUint {
    let hex = v[field].as_str().unwrap().trim_start_matches("0x");
    BoxedUint::from_str_radix_vartime(hex, 16).unwrap()
}

fn bytes(v: &Value, field: &str) -> Vec<u8> {
    hex::decode(v[field].as_str().unwrap().trim_start_matches("0x")).unwrap()
}

fn server_key(v: &Value) -> SigningKey {
    let key = rsa::RsaPrivateKey::from_components(
        uint(v, "n"),
        uint(v, "e"),
        uint(v, "d"),
        vec![uint(v, "p"), uint(v, "q")],
    )
    .unwrap();
    // PKCS#8 DER as the old code wrote keys to the store, loaded as the
    // server loads them, then round-tripped through the server's own form.
    let der = key.to_pkcs8_der().unwrap();
    let loaded = SigningKey::from_pkcs8_der(der.as_bytes()).unwrap();
    assert_eq!(loaded.to_pkcs8_der().unwrap().as_bytes(), der.as_bytes());
    SigningKey::from_pkcs8_der(loaded.to_pkcs8_der().unwrap().as_bytes()).unwrap()
}

#[test]
fn the_server_signs_the_vectors_blinded_message_into_its_blind_signature() {
    let v = vector();
    let key = server_key(&v);

    let blind_sig = key.sign_blinded(&bytes(&v, "blinded_msg")).unwrap();

    assert_eq!(blind_sig, bytes(&v, "blind_sig"));
}

#[test]
fn the_server_verifies_the_vectors_signature_and_refuses_altered_ones() {
    let v = vector();
    let verifying = server_key(&v).verifying_key().unwrap();
    let verifying = VerifyingKey::from_spki_der(verifying.spki_der()).unwrap();
    let prefix = MessagePrefix::parse(&bytes(&v, "msg_prefix")).unwrap();
    let (msg, sig) = (bytes(&v, "msg"), bytes(&v, "sig"));

    assert_eq!(verifying.verify_bytes(&msg, &prefix, &sig), Ok(()));
    let mut altered = sig.clone();
    altered[0] ^= 1;
    assert!(verifying.verify_bytes(&msg, &prefix, &altered).is_err());
    let other_prefix = MessagePrefix::parse(&[0; 32]).unwrap();
    assert!(verifying.verify_bytes(&msg, &other_prefix, &sig).is_err());
    let mut other_msg = msg.clone();
    other_msg[0] ^= 1;
    assert_eq!(
        verifying.verify_bytes(&other_msg, &prefix, &sig),
        Err(TokenError::BadSignature)
    );
    assert_eq!(
        verifying.verify_bytes(&msg, &prefix, &sig[1..]),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn the_server_refuses_blinded_messages_of_the_wrong_length_or_not_below_the_vectors_modulus() {
    let v = vector();
    let key = server_key(&v);
    let blinded = bytes(&v, "blinded_msg");
    // The vector's key has a 4096-bit modulus.
    let n = bytes(&v, "n");
    assert_eq!((n.len(), blinded.len(), key.modulus_len()), (512, 512, 512));

    assert_eq!(
        key.sign_blinded(&blinded[1..]),
        Err(TokenError::BlindedLength {
            expected: 512,
            actual: 511
        })
    );
    let mut longer = vec![0];
    longer.extend_from_slice(&blinded);
    assert_eq!(
        key.sign_blinded(&longer),
        Err(TokenError::BlindedLength {
            expected: 512,
            actual: 513
        })
    );
    assert_eq!(key.sign_blinded(&n), Err(TokenError::BlindedOutOfRange));
    assert_eq!(
        key.sign_blinded(&[0xff; 512]),
        Err(TokenError::BlindedOutOfRange)
    );
    let mut below_n = n.clone();
    *below_n.last_mut().unwrap() -= 1;
    assert!(key.sign_blinded(&below_n).is_ok());
}

#[test]
fn the_vectors_public_key_is_the_one_the_server_publishes() {
    let v = vector();
    let verifying = server_key(&v).verifying_key().unwrap();
    let public = rsa::RsaPublicKey::new(uint(&v, "n"), uint(&v, "e")).unwrap();
    use rsa::pkcs8::EncodePublicKey;
    let spki = public.to_public_key_der().unwrap();

    assert_eq!(verifying.spki_der(), spki.as_bytes());
    assert_eq!(
        VerifyingKey::from_spki_der(spki.as_bytes()).unwrap().id(),
        verifying.id()
    );
    assert_eq!(verifying.modulus_len(), 512);
}
