//! The employees' browsers, minus the HTTP: RFC 9474 blinding before
//! issuance and finalising after it, done for every token up front so that
//! during a timed phase the client spends its CPU on HTTP alone.

use std::thread;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use blind_rsa_signatures::{BlindSignature, BlindingResult, DefaultRng};
use bytes::Bytes;
use serde_json::{Value, json};

use super::setup::Fixture;
use stemme::base64url::encode as encode_base64;
use stemme::random::random_bytes;
use stemme::tokens::TokenMessage;

/// A token that has been blinded and waits for its signature.
pub struct Blinded {
    message: TokenMessage,
    blinding: BlindingResult,
}

/// The `POST …/tokens` bodies for the first `count` invites, and what the
/// client must remember to finalise each.
pub fn blind(fixture: &Fixture, count: usize) -> anyhow::Result<(Vec<Blinded>, Vec<Bytes>)> {
    blind_from(fixture, 0, count)
}

/// The same for `count` invites from invite `first` on.
pub fn blind_from(
    fixture: &Fixture,
    first: usize,
    count: usize,
) -> anyhow::Result<(Vec<Blinded>, Vec<Bytes>)> {
    let pairs = parallel(count, |i| {
        let (department, code) = fixture.invite(first + i);
        let message = TokenMessage::new(&fixture.survey, random_bytes()?);
        let blinding = department
            .client_key
            .blind(&mut DefaultRng, message.as_bytes())?;
        let body = json!({
            "invite_code": code,
            "blinded_msg": encode_base64(&blinding.blind_message.0),
            "key_id": department.key_id.to_hex(),
        });
        Ok((Blinded { message, blinding }, Bytes::from(body.to_string())))
    })?;
    Ok(pairs.into_iter().unzip())
}

/// Unblinds each issuance answer and makes the `POST …/responses` body that
/// spends the token, with answers that vary from ballot to ballot.
pub fn ballots(
    fixture: &Fixture,
    blinded: &[Blinded],
    answers: &[Bytes],
) -> anyhow::Result<Vec<Bytes>> {
    if blinded.len() != answers.len() {
        bail!("{} tokens but {} answers", blinded.len(), answers.len());
    }
    parallel(blinded.len(), |i| {
        let (department, _) = fixture.invite(i);
        let Blinded { message, blinding } = &blinded[i];
        let answer: Value = serde_json::from_slice(&answers[i])?;
        let blind_sig = answer["blind_sig"]
            .as_str()
            .and_then(|s| URL_SAFE_NO_PAD.decode(s).ok())
            .context("an issuance answer without a blind signature")?;
        let key = &department.client_key;
        let signature = key.finalize(&BlindSignature(blind_sig), blinding, message.as_bytes())?;
        let prefix = blinding.msg_randomizer.context("no message randomizer")?;
        let body = json!({
            "key_id": department.key_id.to_hex(),
            "msg": encode_base64(message.as_bytes()),
            "msg_prefix": encode_base64(&prefix.0),
            "signature": encode_base64(&signature.0),
            "answers": sample_answers(i),
        });
        Ok(Bytes::from(body.to_string()))
    })
}

/// Per department, a ballot whose signature cannot verify: answered 403,
/// it makes the server load that department's key without storing anything.
pub fn unsigned_ballots(fixture: &Fixture) -> anyhow::Result<Vec<Bytes>> {
    let mut bodies = Vec::with_capacity(fixture.departments.len());
    for department in &fixture.departments {
        let message = TokenMessage::new(&fixture.survey, random_bytes()?);
        let body = json!({
            "key_id": department.key_id.to_hex(),
            "msg": encode_base64(message.as_bytes()),
            "msg_prefix": encode_base64(&random_bytes::<32>()?),
            "signature": encode_base64(&vec![0; department.key.modulus_len()]),
            "answers": sample_answers(0),
        });
        bodies.push(Bytes::from(body.to_string()));
    }
    Ok(bodies)
}

/// The `POST …/invite` body for invite `i`.
pub fn invite_lookup(fixture: &Fixture, i: usize) -> Bytes {
    Bytes::from(json!({ "invite_code": fixture.invite(i).1 }).to_string())
}

/// Per department, the `POST …/invite` body an employee's browser sends first.
pub fn invite_lookups(fixture: &Fixture) -> Vec<Bytes> {
    (0..fixture.departments.len())
        .map(|d| Bytes::from(json!({ "invite_code": fixture.invite(d).1 }).to_string()))
        .collect()
}

/// A valid set of answers to the default questionnaire; `i` varies a few.
fn sample_answers(i: usize) -> Value {
    let shares_work = ["never", "rarely", "sometimes", "often"][i % 4];
    json!({
        "platform_use": {
            "linkedin": "daily", "facebook": "weekly", "instagram": "monthly", "x": "never",
            "tiktok": "never", "youtube": "monthly", "snapchat": "never", "blog": "never",
            "intranet": "weekly"
        },
        "platform_purpose": { "linkedin": "professional", "facebook": "mixed" },
        "shares_work": shares_work,
        "willingness": ((i / 4) % 5 + 1).to_string(),
        "willing_platforms": ["linkedin", "facebook"],
        "course_interest": "yes",
        "guidelines_help": "somewhat",
        "barriers": ["work_private_apart", "no_time"],
        "motivations": ["mission", "own_profile"],
        "followers": { "linkedin": "500_999", "facebook": "100_499" }
    })
}

/// `f(0) … f(n − 1)` in order, spread over every core: the server is idle
/// while the client prepares, so both cores are the client's.
pub fn parallel<T: Send>(
    n: usize,
    f: impl Fn(usize) -> anyhow::Result<T> + Sync,
) -> anyhow::Result<Vec<T>> {
    let threads = thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = n.div_ceil(threads).max(1);
    thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = (0..n)
            .step_by(chunk)
            .map(|start| scope.spawn(move || (start..n.min(start + chunk)).map(f).collect()))
            .collect();
        let mut all = Vec::with_capacity(n);
        for handle in handles {
            let part: anyhow::Result<Vec<T>> = handle
                .join()
                .map_err(|_| anyhow::anyhow!("a client thread panicked"))?;
            all.extend(part?);
        }
        Ok(all)
    })
}
