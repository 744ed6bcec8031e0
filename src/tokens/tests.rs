//! The OpenSSL server side held against blind-rsa-signatures, the crate it
//! replaced and the client the tests use: for the same keys and inputs both
//! must give the same answers.

use std::sync::LazyLock;

use blind_rsa_signatures::{
    BlindSignature, DefaultRng, KeyPair, MessageRandomizer, PSS, PublicKey, Randomized, SecretKey,
    Sha384, Signature,
};
use openssl::bn::BigNum;
use openssl::hash::MessageDigest;
use openssl::pkey::PKey;
use openssl::rsa::{Padding, Rsa};
use openssl::sign::{RsaPssSaltlen, Signer};
use proptest::prelude::*;

use super::*;
use crate::survey::SurveyId;

type RefPublic = PublicKey<Sha384, PSS, Randomized>;
type RefSecret = SecretKey<Sha384, PSS, Randomized>;

/// One key in both implementations.
struct Pair {
    signing: SigningKey,
    verifying: VerifyingKey,
    ref_secret: RefSecret,
    ref_public: RefPublic,
}

impl Pair {
    /// Made by the new code, loaded into the reference from its stored DER.
    fn generated() -> Self {
        let (signing, verifying) = generate_key_pair().unwrap();
        let ref_secret = RefSecret::from_der(signing.to_pkcs8_der().unwrap().as_bytes()).unwrap();
        let ref_public = RefPublic::from_der(verifying.spki_der()).unwrap();
        Pair {
            signing,
            verifying,
            ref_secret,
            ref_public,
        }
    }

    /// Made by the old code, loaded into the new types from its stored DER.
    fn generated_by_the_reference() -> Self {
        let pair =
            KeyPair::<Sha384, PSS, Randomized>::generate(&mut DefaultRng, MODULUS_BITS).unwrap();
        Pair {
            signing: SigningKey::from_pkcs8_der(&pair.sk.to_der().unwrap()).unwrap(),
            verifying: VerifyingKey::from_spki_der(&pair.pk.to_der().unwrap()).unwrap(),
            ref_secret: pair.sk,
            ref_public: pair.pk,
        }
    }

    fn modulus(&self) -> Vec<u8> {
        self.ref_public.components().n()
    }

    /// The private key as OpenSSL sees it, to make PSS signatures directly.
    fn openssl_key(&self) -> PKey<openssl::pkey::Private> {
        PKey::private_key_from_pkcs8(self.signing.to_pkcs8_der().unwrap().as_bytes()).unwrap()
    }
}

/// Key generation is slow: a handful of keys, made once for every test.
static KEYS: LazyLock<Vec<Pair>> = LazyLock::new(|| {
    vec![
        Pair::generated(),
        Pair::generated(),
        Pair::generated_by_the_reference(),
    ]
});

fn key(i: usize) -> &'static Pair {
    &KEYS[i % KEYS.len()]
}

fn token_message(nonce: [u8; 32]) -> TokenMessage {
    TokenMessage::new(&SurveyId::parse("abcdefghjkmn").unwrap(), nonce)
}

/// The reference's verdict on a finished token.
fn reference_verifies(pair: &Pair, msg: &[u8], prefix: &MessagePrefix, sig: &[u8]) -> bool {
    pair.ref_public
        .verify(
            &Signature(sig.to_vec()),
            Some(MessageRandomizer(prefix.as_bytes().try_into().unwrap())),
            msg,
        )
        .is_ok()
}

#[test]
fn a_token_blinded_by_the_client_signed_and_finalised_verifies() {
    let pair = key(0);
    let msg = token_message([9; 32]);
    let blinding = pair
        .ref_public
        .blind(&mut DefaultRng, msg.as_bytes())
        .unwrap();

    let blind_sig = pair
        .signing
        .sign_blinded(&blinding.blind_message.0)
        .unwrap();
    let sig = pair
        .ref_public
        .finalize(&BlindSignature(blind_sig), &blinding, msg.as_bytes())
        .unwrap();
    let prefix = MessagePrefix::parse(&blinding.msg_randomizer.unwrap().0).unwrap();

    assert_eq!(pair.verifying.verify(&msg, &prefix, &sig.0), Ok(()));
    let other = token_message([8; 32]);
    assert_eq!(
        pair.verifying.verify(&other, &prefix, &sig.0),
        Err(TokenError::BadSignature)
    );
    assert_eq!(
        pair.verifying
            .verify(&msg, &MessagePrefix::parse(&[0; 32]).unwrap(), &sig.0),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn a_new_key_is_rsa_2048_with_exponent_65537_and_its_id_is_the_hash_of_its_spki() {
    let pair = key(0);
    let n = pair.modulus();

    assert_eq!(n.len(), 256);
    assert!(n[0] >= 0x80, "the modulus has all 2048 bits");
    let e = pair.ref_public.components().e();
    assert_eq!(
        e.iter().skip_while(|&&b| b == 0).collect::<Vec<_>>(),
        [&1, &0, &1]
    );
    assert_eq!(pair.signing.modulus_len(), 256);
    assert_eq!(pair.verifying.modulus_len(), 256);
    assert_eq!(
        pair.verifying.id(),
        KeyId::of_spki(pair.verifying.spki_der())
    );
    assert_eq!(
        pair.signing.verifying_key().unwrap().spki_der(),
        pair.verifying.spki_der()
    );
    assert_ne!(key(0).verifying.id(), key(1).verifying.id());
}

#[test]
fn keys_survive_their_stored_forms_unchanged() {
    for pair in KEYS.iter() {
        let pkcs8 = pair.signing.to_pkcs8_der().unwrap().as_bytes().to_vec();
        let reloaded = SigningKey::from_pkcs8_der(&pkcs8).unwrap();
        assert_eq!(reloaded.to_pkcs8_der().unwrap().as_bytes(), pkcs8);
        assert_eq!(pair.ref_secret.to_der().unwrap(), pkcs8);

        let spki = pair.verifying.spki_der();
        let reloaded = VerifyingKey::from_spki_der(spki).unwrap();
        assert_eq!(reloaded.spki_der(), spki);
        assert_eq!(reloaded.id(), pair.verifying.id());
        assert_eq!(pair.ref_public.to_der().unwrap(), spki);
    }
}

#[test]
fn debug_output_shows_no_key_material() {
    let pair = key(0);
    let signing = format!("{:?}", pair.signing);
    let verifying = format!("{:?}", pair.verifying);

    assert_eq!(signing, "SigningKey(<redacted>)");
    assert_eq!(verifying, format!("VerifyingKey({})", pair.verifying.id()));
    let d = hex::encode(pair.ref_secret.components().d());
    assert!(!signing.contains(&d[..16]) && !verifying.contains(&d[..16]));
}

#[test]
fn malformed_or_unsupported_keys_are_refused_like_the_reference_refuses_them() {
    let pair = key(0);
    let pkcs8 = pair.signing.to_pkcs8_der().unwrap().as_bytes().to_vec();
    let spki = pair.verifying.spki_der().to_vec();
    let with_trailing_byte = |der: &[u8]| [der, &[0]].concat();
    let rsa_with = |bits: u32, e: u32| {
        let key = Rsa::generate_with_e(bits, &BigNum::from_u32(e).unwrap()).unwrap();
        let key = PKey::from_rsa(key).unwrap();
        (
            key.private_key_to_pkcs8().unwrap(),
            key.public_key_to_der().unwrap(),
        )
    };
    let ec = {
        let group = openssl::ec::EcGroup::from_curve_name(openssl::nid::Nid::X9_62_PRIME256V1);
        let key = PKey::from_ec_key(openssl::ec::EcKey::generate(&group.unwrap()).unwrap());
        let key = key.unwrap();
        (
            key.private_key_to_pkcs8().unwrap(),
            key.public_key_to_der().unwrap(),
        )
    };
    let mut private = vec![
        (vec![], "empty"),
        (pkcs8[..pkcs8.len() - 1].to_vec(), "truncated"),
        (ec.0, "an EC key"),
    ];
    let mut public = vec![
        (vec![], "empty"),
        (spki[..spki.len() - 1].to_vec(), "truncated"),
        (with_trailing_byte(&spki), "trailing byte"),
        (ec.1, "an EC key"),
    ];
    for (bits, e, what) in [(1024, 65537, "1024 bits"), (2048, 17, "e = 17")] {
        let (private_der, public_der) = rsa_with(bits, e);
        private.push((private_der, what));
        public.push((public_der, what));
    }

    for (der, what) in public {
        assert!(RefPublic::from_der(&der).is_err(), "reference: {what}");
        assert_eq!(
            VerifyingKey::from_spki_der(&der).unwrap_err(),
            TokenError::KeyEncoding,
            "{what}"
        );
    }
    for (der, what) in private {
        assert!(RefSecret::from_der(&der).is_err(), "reference: {what}");
        assert_eq!(
            SigningKey::from_pkcs8_der(&der).unwrap_err(),
            TokenError::KeyEncoding,
            "{what}"
        );
    }
    // Other exponents the reference accepts are accepted too.
    let (private_der, public_der) = rsa_with(2048, 3);
    assert!(SigningKey::from_pkcs8_der(&private_der).is_ok());
    assert!(VerifyingKey::from_spki_der(&public_der).is_ok());
}

#[test]
fn a_private_key_whose_parts_do_not_fit_is_refused() {
    let key = key(0).openssl_key().rsa().unwrap();
    // d off by two: still parses, but no longer inverts e.
    let mut d = key.d().to_owned().unwrap();
    d.add_word(2).unwrap();
    let broken = openssl::rsa::RsaPrivateKeyBuilder::new(
        key.n().to_owned().unwrap(),
        key.e().to_owned().unwrap(),
        d,
    )
    .unwrap()
    .set_factors(
        key.p().unwrap().to_owned().unwrap(),
        key.q().unwrap().to_owned().unwrap(),
    )
    .unwrap()
    .set_crt_params(
        key.dmp1().unwrap().to_owned().unwrap(),
        key.dmq1().unwrap().to_owned().unwrap(),
        key.iqmp().unwrap().to_owned().unwrap(),
    )
    .unwrap()
    .build();
    let der = PKey::from_rsa(broken)
        .unwrap()
        .private_key_to_pkcs8()
        .unwrap();

    assert!(RefSecret::from_der(&der).is_err());
    assert_eq!(
        SigningKey::from_pkcs8_der(&der).unwrap_err(),
        TokenError::KeyEncoding
    );
}

#[test]
fn a_signature_of_the_wrong_length_is_refused_with_the_lengths() {
    let pair = key(0);
    let msg = token_message([1; 32]);
    let prefix = MessagePrefix::parse(&[2; 32]).unwrap();

    for len in [0, 255, 257, 512] {
        assert_eq!(
            pair.verifying.verify(&msg, &prefix, &vec![1; len]),
            Err(TokenError::SignatureLength {
                expected: 256,
                actual: len
            })
        );
        assert_eq!(
            pair.verifying
                .verify_bytes(msg.as_bytes(), &prefix, &vec![1; len]),
            Err(TokenError::BadSignature)
        );
    }
}

/// `n + delta` as 256 bytes, if it fits.
fn offset(n: &[u8], delta: i64) -> Option<Vec<u8>> {
    let mut value = BigNum::from_slice(n).unwrap();
    let magnitude = u32::try_from(delta.unsigned_abs()).unwrap();
    if delta < 0 {
        value.sub_word(magnitude).unwrap();
    } else {
        value.add_word(magnitude).unwrap();
    }
    value.to_vec_padded(256).ok()
}

/// What `sign_blinded` must answer, from the reference's answer.
fn expected_answer(pair: &Pair, blinded: &[u8]) -> Result<Vec<u8>, TokenError> {
    let reference = pair.ref_secret.blind_sign(blinded);
    if blinded.len() != 256 {
        assert!(reference.is_err());
        Err(TokenError::BlindedLength {
            expected: 256,
            actual: blinded.len(),
        })
    } else {
        reference
            .map(|s| s.0)
            .map_err(|_| TokenError::BlindedOutOfRange)
    }
}

#[test]
fn blinded_messages_at_the_edges_of_the_range_are_answered_like_the_reference() {
    for pair in KEYS.iter() {
        let n = pair.modulus();
        let mut cases = vec![vec![0; 256], vec![0xff; 256], n.clone()];
        let mut one = vec![0; 256];
        one[255] = 1;
        cases.push(one);
        cases.extend([-2, -1, 1, 2].iter().filter_map(|&d| offset(&n, d)));

        for blinded in cases {
            let expected = expected_answer(pair, &blinded);
            assert_eq!(pair.signing.sign_blinded(&blinded), expected);
        }
        assert!(pair.signing.sign_blinded(&offset(&n, -1).unwrap()).is_ok());
        assert_eq!(
            pair.signing.sign_blinded(&n),
            Err(TokenError::BlindedOutOfRange)
        );
    }
}

/// Blinded messages: uniformly random, close to the modulus, or of any length.
fn blinded_input() -> impl Strategy<Value = (usize, Vec<u8>)> {
    prop_oneof![
        (0..3usize, proptest::collection::vec(any::<u8>(), 256)),
        (0..3usize, -70_000i64..70_000).prop_map(|(k, delta)| {
            let bytes = offset(&key(k).modulus(), delta).unwrap_or_default();
            (k, bytes)
        }),
        (0..3usize, proptest::collection::vec(any::<u8>(), 0..600)),
    ]
}

/// A PSS signature over `prefix ‖ msg` made directly with OpenSSL, with the
/// scheme's parameters or others.
fn pss_sign(pair: &Pair, md: MessageDigest, salt: i32, prefix: &[u8], msg: &[u8]) -> Vec<u8> {
    let key = pair.openssl_key();
    let mut signer = Signer::new(md, &key).unwrap();
    signer.set_rsa_padding(Padding::PKCS1_PSS).unwrap();
    signer
        .set_rsa_pss_saltlen(RsaPssSaltlen::custom(salt))
        .unwrap();
    signer.set_rsa_mgf1_md(md).unwrap();
    signer.update(prefix).unwrap();
    signer.update(msg).unwrap();
    signer.sign_to_vec().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_message_blinded_by_the_reference_client_is_signed_alike_and_verifies_under_both(
        k in 0..3usize,
        msg in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let pair = key(k);
        let blinding = pair.ref_public.blind(&mut DefaultRng, &msg).unwrap();

        let blind_sig = pair.signing.sign_blinded(&blinding.blind_message.0).unwrap();

        prop_assert_eq!(
            &blind_sig,
            &pair.ref_secret.blind_sign(&blinding.blind_message.0).unwrap().0
        );
        let sig = pair
            .ref_public
            .finalize(&BlindSignature(blind_sig), &blinding, &msg)
            .unwrap();
        let prefix = MessagePrefix::parse(&blinding.msg_randomizer.unwrap().0).unwrap();
        prop_assert!(reference_verifies(pair, &msg, &prefix, &sig.0));
        prop_assert_eq!(pair.verifying.verify_bytes(&msg, &prefix, &sig.0), Ok(()));
    }

    #[test]
    fn any_bytes_as_a_blinded_message_get_the_references_answer((k, blinded) in blinded_input()) {
        let pair = key(k);
        let expected = expected_answer(pair, &blinded);

        prop_assert_eq!(pair.signing.sign_blinded(&blinded), expected);
    }

    #[test]
    fn a_signature_verifies_under_the_new_code_exactly_when_under_the_reference(
        k in 0..3usize,
        msg in proptest::collection::vec(any::<u8>(), 0..200),
        prefix in any::<[u8; 32]>(),
        sha256 in proptest::bool::weighted(0.2),
        salt in prop_oneof![Just(48), Just(0), Just(32), Just(47), Just(49), Just(64)],
        flip in proptest::option::weighted(0.3, (0..256usize, 0..8u8)),
        random in proptest::option::weighted(0.1, proptest::collection::vec(any::<u8>(), 256)),
    ) {
        let pair = key(k);
        let md = if sha256 { MessageDigest::sha256() } else { MessageDigest::sha384() };
        let mut sig = pss_sign(pair, md, salt, &prefix, &msg);
        if let Some((i, bit)) = flip {
            sig[i] ^= 1 << bit;
        }
        let was_random = random.is_some();
        let sig = random.unwrap_or(sig);
        let prefix = MessagePrefix::parse(&prefix).unwrap();

        let reference = reference_verifies(pair, &msg, &prefix, &sig);
        let new = pair.verifying.verify_bytes(&msg, &prefix, &sig);

        prop_assert_eq!(new.is_ok(), reference);
        if new.is_err() {
            prop_assert_eq!(new, Err(TokenError::BadSignature));
        }
        let as_designed = !sha256 && salt == 48 && flip.is_none() && !was_random;
        prop_assert_eq!(reference, as_designed);
    }
}
