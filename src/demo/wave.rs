//! One wave of the demo company: invites made, the survey opened, its
//! synthetic people answering through the real issuance and submission
//! code (this module playing each browser: blinding, finalising, RFC
//! 9474's client side), and the survey closed.

use anyhow::Context;
use blind_rsa_signatures::{BlindSignature, DefaultRng, PSS, PublicKey, Randomized, Sha384};
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::people::Profile;
use crate::accounts::Actor;
use crate::invites::{InviteCode, InviteFormat};
use crate::random::random_bytes;
use crate::service::{Ballot, Service, TokenRequest};
use crate::survey::{DepartmentName, SurveyId};
use crate::tokens::{BlindedMessage, KeyId, MessagePrefix, Signature, TokenMessage};

type ClientKey = PublicKey<Sha384, PSS, Randomized>;

/// A department of a wave: how many are invited, and who answers — a
/// department merged from two has the people of both.
pub struct Department {
    pub name: DepartmentName,
    pub invited: u32,
    pub answering: Vec<(Profile, u32)>,
}

/// Invites, opens, answers and closes the draft survey `survey`, whose
/// departments are `departments` in its own order.
pub async fn fill_and_close(
    service: &Service,
    survey: &SurveyId,
    departments: &[Department],
    seed: u64,
) -> anyhow::Result<()> {
    let by = Actor::CommandLine;
    let mut codes = Vec::new();
    for d in departments {
        let batch = service
            .create_invites(survey, &d.name, d.invited, &by, InviteFormat::Csv)
            .await?;
        codes.push(batch.codes);
    }
    service.open_survey(survey, &by).await?;
    let details = service.survey(survey).await?;
    // A fixed seed: every demo shows the same company.
    let mut rng = StdRng::seed_from_u64(seed);
    for (d, codes) in departments.iter().zip(&codes) {
        let opened = details
            .departments
            .iter()
            .find(|o| o.name == d.name)
            .context("a department of the demo is not in its survey")?;
        let (Some(key_id), Some(spki)) = (opened.key_id, &opened.public_key) else {
            anyhow::bail!("an open survey's department has no key");
        };
        let key = ClientKey::from_der(spki)?;
        let mut codes = codes.iter();
        for (profile, answering) in &d.answering {
            for code in codes.by_ref().take(*answering as usize) {
                answer(service, survey, &key, key_id, code, profile, &mut rng).await?;
            }
        }
    }
    service.close_survey(survey, &by).await?;
    Ok(())
}

/// What a browser does: blind, get the blind signature, finalise, answer.
async fn answer(
    service: &Service,
    survey: &SurveyId,
    key: &ClientKey,
    key_id: KeyId,
    code: &InviteCode,
    profile: &Profile,
    rng: &mut StdRng,
) -> anyhow::Result<()> {
    let message = TokenMessage::new(survey, random_bytes()?);
    let blinding = key.blind(&mut DefaultRng, message.as_bytes())?;
    let request = TokenRequest {
        code: code.clone(),
        blinded: BlindedMessage::new(blinding.blind_message.0.clone()),
        key_id,
    };
    let issued = service.issue_token(survey, request).await?;
    let signature = key.finalize(
        &BlindSignature(issued.blind_sig),
        &blinding,
        message.as_bytes(),
    )?;
    let prefix = blinding
        .msg_randomizer
        .context("the randomized variant has a message prefix")?;
    let ballot = Ballot {
        key_id,
        message,
        prefix: MessagePrefix::parse(&prefix.0)?,
        signature: Signature::new(signature.0),
        answers: profile.answers(rng).into(),
    };
    service.submit_response(survey, ballot).await?;
    Ok(())
}
