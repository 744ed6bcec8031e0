//! A demo company for `stemme demo` and for the tests that look at results:
//! a closed survey of about 300 synthetic employees in eight departments,
//! who answered through the real issuance and submission code, this module
//! playing each browser (blinding, finalising: RFC 9474's client side).

mod people;

use anyhow::Context;
use blind_rsa_signatures::{BlindSignature, DefaultRng, PSS, PublicKey, Randomized, Sha384};
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::accounts::Actor;
use crate::invites::{InviteCode, InviteFormat};
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::random::random_bytes;
use crate::service::{Ballot, NewSurvey, Service, TokenRequest};
use crate::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};
use crate::tokens::{BlindedMessage, KeyId, MessagePrefix, Signature, TokenMessage};
use people::{COMPANY, Profile};

type ClientKey = PublicKey<Sha384, PSS, Randomized>;

/// How many employees answer in the demo company.
pub fn answers_in_all() -> u32 {
    COMPANY.iter().map(|p| p.answering).sum()
}

/// How many departments the demo company has.
pub fn departments() -> usize {
    COMPANY.len()
}

/// A plausible set of answers to the default questionnaire, as an employee
/// of the demo company's `department`-th department (cycling through the
/// eight) would give them: for the benchmark's large surveys.
pub fn synthetic_answers(
    department: usize,
    rng: &mut StdRng,
) -> serde_json::Map<String, serde_json::Value> {
    COMPANY[department % COMPANY.len()].answers(rng)
}

/// Makes, fills and closes the demo survey; returns its id.
pub async fn make_survey(service: &Service) -> anyhow::Result<SurveyId> {
    let by = Actor::CommandLine;
    let names: Vec<&str> = COMPANY.iter().map(|p| p.name).collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Sociale medier hos Nordlys")?,
        departments: Departments::parse(&names)?,
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
        min_group_size: MinGroupSize::default(),
    };
    let survey = service.create_survey(new, &by).await?;
    let mut codes = Vec::new();
    for profile in &COMPANY {
        let batch = service
            .create_invites(
                &survey,
                &DepartmentName::parse(profile.name)?,
                profile.invited,
                &by,
                InviteFormat::Csv,
            )
            .await?;
        codes.push(batch.codes);
    }
    service.open_survey(&survey, &by).await?;
    let details = service.survey(&survey).await?;
    // A fixed seed: every demo shows the same company.
    let mut rng = StdRng::seed_from_u64(2026);
    for ((profile, codes), department) in COMPANY.iter().zip(&codes).zip(&details.departments) {
        let (Some(key_id), Some(spki)) = (department.key_id, &department.public_key) else {
            anyhow::bail!("an open survey's department has no key");
        };
        let key = ClientKey::from_der(spki)?;
        for code in codes.iter().take(profile.answering as usize) {
            answer(service, &survey, &key, key_id, code, profile, &mut rng).await?;
        }
    }
    service.close_survey(&survey, &by).await?;
    Ok(survey)
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
