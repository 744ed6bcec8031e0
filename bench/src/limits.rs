//! What bounds the figures: the machine, and the cost of the server's RSA-2048
//! operations (blind signing, verifying) measured on one core with its own code.

use std::time::{Duration, Instant};

use anyhow::Context;
use blind_rsa_signatures::{
    BlindSignature, DefaultRng, MessageRandomizer, PSS, Randomized, SecretKey, Sha384, Signature,
};

use super::client::parallel;
use super::setup::{ClientKey, Fixture};
use stemme::random::random_bytes;
use stemme::tokens::{MessagePrefix, TokenMessage};

/// Cores, CPU model, memory and load: enough to judge the figures by.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = field(&cpuinfo, "model name").unwrap_or_else(|| "unknown CPU".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = field(&meminfo, "MemTotal")
        .and_then(|m| m.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or("unknown memory".into(), |kib| {
            format!("{:.1} GiB", kib / 1024.0 / 1024.0)
        });
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!(
        "{cores} cores, {model}, {memory}, load average {}",
        load.join(" ")
    )
}

fn field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// The server's two RSA operations, each timed alone on this thread: the
/// server's own (OpenSSL), and blind-rsa-signatures' (the `rsa` crate) it
/// replaced, on the same key and inputs.
pub struct RsaTimes {
    /// `SigningKey::sign_blinded`: issuance.
    pub sign: Duration,
    /// `VerifyingKey::verify`: submission.
    pub verify: Duration,
    /// `SecretKey::blind_sign` of blind-rsa-signatures.
    pub reference_sign: Duration,
    /// `PublicKey::verify` of blind-rsa-signatures.
    pub reference_verify: Duration,
}

type ReferenceSecret = SecretKey<Sha384, PSS, Randomized>;

/// Mean times over `samples` tokens under a key pair like the
/// departments', made (blinded, signed, finalised) beforehand and untimed.
pub fn rsa_times(fixture: &Fixture, samples: usize) -> anyhow::Result<RsaTimes> {
    let key = &ClientKey::from_der(fixture.verifying_key.spki_der())?;
    let blindings = parallel(samples.max(1), |_| {
        let message = TokenMessage::new(&fixture.survey, random_bytes()?);
        let blinding = key.blind(&mut DefaultRng, message.as_bytes())?;
        Ok((message, blinding))
    })?;
    let started = Instant::now();
    let signed = blindings
        .iter()
        .map(|(_, b)| fixture.signing_key.sign_blinded(&b.blind_message.0))
        .collect::<Result<Vec<_>, _>>()?;
    let sign = started.elapsed() / signed.len() as u32;
    let tokens = parallel(signed.len(), |i| {
        let (message, blinding) = &blindings[i];
        let signature = key.finalize(
            &BlindSignature(signed[i].clone()),
            blinding,
            message.as_bytes(),
        )?;
        let prefix = blinding.msg_randomizer.context("no message randomizer")?;
        Ok((MessagePrefix::parse(&prefix.0)?, signature.0))
    })?;
    let started = Instant::now();
    for ((message, _), (prefix, signature)) in blindings.iter().zip(&tokens) {
        fixture.verifying_key.verify(message, prefix, signature)?;
    }
    let verify = started.elapsed() / tokens.len() as u32;
    let secret = ReferenceSecret::from_der(fixture.signing_key.to_pkcs8_der()?.as_bytes())?;
    let started = Instant::now();
    for (_, blinding) in &blindings {
        secret.blind_sign(&blinding.blind_message.0)?;
    }
    let reference_sign = started.elapsed() / blindings.len() as u32;
    let started = Instant::now();
    for ((message, _), (prefix, signature)) in blindings.iter().zip(&tokens) {
        let randomizer = MessageRandomizer(prefix.as_bytes().try_into()?);
        key.verify(
            &Signature(signature.clone()),
            Some(randomizer),
            message.as_bytes(),
        )?;
    }
    let reference_verify = started.elapsed() / tokens.len() as u32;
    Ok(RsaTimes {
        sign,
        verify,
        reference_sign,
        reference_verify,
    })
}
