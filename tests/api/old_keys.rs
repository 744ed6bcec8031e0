//! Keys across the move from blind-rsa-signatures to OpenSSL: databases hold
//! keys the old code wrote (its PKCS#8 and SPKI DER), and they must load and
//! work unchanged; keys the new code writes must load into the old code.

use blind_rsa_signatures::{
    BlindSignature, DefaultRng, KeyPair, PSS, Randomized, SecretKey, Sha384,
};
use stemme::accounts::{Action, AuditEntry};
use stemme::store::{KeyRecord, Store};
use stemme::survey::DepartmentName;
use stemme::tokens::{
    KeyId, MODULUS_BITS, MessagePrefix, PrivateKeyDer, SigningKey, TokenMessage, VerifyingKey,
    generate_key_pair,
};

use crate::helpers::*;

type OldKeyPair = KeyPair<Sha384, PSS, Randomized>;
type OldSecretKey = SecretKey<Sha384, PSS, Randomized>;

/// A key pair made as the old `generate_key_pair` made it.
fn old_key_pair() -> OldKeyPair {
    OldKeyPair::generate(&mut DefaultRng, MODULUS_BITS).unwrap()
}

fn message() -> TokenMessage {
    let survey = stemme::survey::SurveyId::parse("abcdefghjkmn").unwrap();
    TokenMessage::new(&survey, rand_bytes())
}

#[test]
fn keys_the_old_code_wrote_load_into_the_new_types_and_sign_and_verify_alike() {
    let old = old_key_pair();
    // Exactly what the old `to_pkcs8_der` and `spki_der` stored.
    let pkcs8 = old.sk.to_der().unwrap();
    let spki = old.pk.to_der().unwrap();

    let signing = SigningKey::from_pkcs8_der(&pkcs8).unwrap();
    let verifying = VerifyingKey::from_spki_der(&spki).unwrap();

    // Same key, same fingerprint, same stored forms.
    assert_eq!(verifying.spki_der(), spki.as_slice());
    assert_eq!(verifying.id(), KeyId::of_spki(&spki));
    assert_eq!(signing.verifying_key().unwrap().spki_der(), spki.as_slice());
    assert_eq!(signing.to_pkcs8_der().unwrap().as_bytes(), pkcs8);
    assert_eq!((signing.modulus_len(), verifying.modulus_len()), (256, 256));
    // A token through the new server side, blinded and finalised by the old client.
    let msg = message();
    let blinding = old.pk.blind(&mut DefaultRng, msg.as_bytes()).unwrap();
    let blind_sig = signing.sign_blinded(&blinding.blind_message.0).unwrap();
    assert_eq!(
        blind_sig,
        old.sk.blind_sign(&blinding.blind_message.0).unwrap().0
    );
    let sig = old
        .pk
        .finalize(&BlindSignature(blind_sig), &blinding, msg.as_bytes())
        .unwrap();
    let prefix = MessagePrefix::parse(&blinding.msg_randomizer.unwrap().0).unwrap();
    assert_eq!(verifying.verify(&msg, &prefix, &sig.0), Ok(()));
}

#[test]
fn keys_the_new_code_writes_load_into_the_old_code_and_sign_and_verify_alike() {
    let (signing, verifying) = generate_key_pair().unwrap();
    let pkcs8 = signing.to_pkcs8_der().unwrap().as_bytes().to_vec();

    let old_sk = OldSecretKey::from_der(&pkcs8).unwrap();
    let old_pk = ClientKey::from_der(verifying.spki_der()).unwrap();

    assert_eq!(old_sk.to_der().unwrap(), pkcs8);
    assert_eq!(old_pk.to_der().unwrap(), verifying.spki_der());
    assert_eq!(old_sk.public_key().unwrap(), old_pk);
    let e = old_pk.components().e();
    assert_eq!(
        e.iter().skip_while(|&&b| b == 0).collect::<Vec<_>>(),
        [&1, &0, &1]
    );
    assert_eq!(old_pk.components().n().len(), 256);
    assert!(
        old_pk.components().n()[0] >= 0x80,
        "a full 2048-bit modulus"
    );
    // Signed by the old code, verified by the new, and the other way round.
    let msg = message();
    let blinding = old_pk.blind(&mut DefaultRng, msg.as_bytes()).unwrap();
    let old_blind_sig = old_sk.blind_sign(&blinding.blind_message.0).unwrap();
    let new_blind_sig = signing.sign_blinded(&blinding.blind_message.0).unwrap();
    assert_eq!(new_blind_sig, old_blind_sig.0);
    let sig = old_pk
        .finalize(&old_blind_sig, &blinding, msg.as_bytes())
        .unwrap();
    let prefix = MessagePrefix::parse(&blinding.msg_randomizer.unwrap().0).unwrap();
    assert_eq!(verifying.verify(&msg, &prefix, &sig.0), Ok(()));
    assert!(
        old_pk
            .verify(&sig, blinding.msg_randomizer, msg.as_bytes())
            .is_ok()
    );
}

#[tokio::test]
async fn a_survey_opened_with_keys_the_old_code_made_issues_and_accepts_tokens() {
    // Arrange: a survey opened as the old code opened it, keys in the store.
    let app = spawn_app().await;
    let id = app.create_survey("Salg,Kundeservice").await;
    let codes = app.invites(&id, "Salg", 5).await;
    let mut keys = Vec::new();
    for name in ["Salg", "Kundeservice"] {
        let old = old_key_pair();
        let public_key = old.pk.to_der().unwrap();
        keys.push(KeyRecord {
            department: DepartmentName::parse(name).unwrap(),
            key_id: KeyId::of_spki(&public_key),
            public_key,
            private_key: PrivateKeyDer::new(old.sk.to_der().unwrap()),
        });
    }
    let salg_key = keys[0].public_key.clone();
    // A second connection to the server's database file, as an upgrade
    // finds it: the old code's keys in place of the ones opening would make.
    let store = Store::open(&app.db_path).unwrap();
    let audit = AuditEntry {
        at: 0,
        actor: "old code".into(),
        action: Action::SurveyOpened,
        survey: Some(id.clone()),
        detail: String::new(),
    };
    store.open_survey(&id, keys, audit).await.unwrap();
    store.stop_writing().await;

    // Act
    let token = app.obtain_token(&id, &codes[0]).await;
    let response = app.submit(&id, &token, valid_answers()).await;
    let mut forged = app.obtain_token(&id, &codes[1]).await;
    forged.signature[10] ^= 1;
    let refused = app.submit(&id, &forged, valid_answers()).await;

    // Assert
    assert_eq!(token.key_id, KeyId::of_spki(&salg_key).to_hex());
    assert_eq!(response.status(), 201);
    assert_eq!(error_code(refused).await, (403, "bad_signature".into()));
}
