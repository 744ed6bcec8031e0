//! A demo company for `stemme demo` and for the tests that look at results:
//! a closed survey of about 300 synthetic employees in eight departments,
//! who answered through the real issuance and submission code, this module
//! playing each browser (blinding, finalising: RFC 9474's client side).

mod follow_up;
mod people;
mod wave;

pub use follow_up::make_follow_up;

use rand::rngs::StdRng;

use crate::accounts::Actor;
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::service::{NewSurvey, Service};
use crate::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};
use people::COMPANY;

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
    let names: Vec<&str> = COMPANY.iter().map(|p| p.name).collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Sociale medier hos Nordlys")?,
        departments: Departments::parse(&names)?,
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
        min_group_size: MinGroupSize::default(),
    };
    let survey = service.create_survey(new, &Actor::CommandLine).await?;
    let departments = COMPANY
        .iter()
        .map(|p| {
            Ok(wave::Department {
                name: DepartmentName::parse(p.name)?,
                invited: p.invited,
                answering: vec![(*p, p.answering)],
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    wave::fill_and_close(service, &survey, &departments, 2026).await?;
    Ok(survey)
}
