//! Creating, opening and closing surveys, and making invites.

use std::sync::Arc;

use super::{Service, ServiceError, blocking};
use crate::accounts::Actor;
use crate::config::PublicUrl;
use crate::invites::{InviteCode, InviteFormat};
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::random::random_bytes;
use crate::store::{AddInvitesOutcome, NewBatch, NewInvites};
use crate::store::{KeyRecord, NewSurvey, SurveyRecord, SurveySummary, Transition};
use crate::survey::{
    DepartmentName, Departments, MinGroupSize, SurveyId, SurveyStatus, SurveyTitle,
};
use crate::tokens::generate_key_pair;

/// A survey with its parsed questionnaire.
pub struct SurveyView {
    pub survey: SurveyRecord,
    pub questionnaire: Arc<Questionnaire>,
}

/// Fresh invite codes: shown once, never stored in clear.
pub struct InviteBatch {
    pub survey: SurveyId,
    pub department: DepartmentName,
    pub codes: Vec<InviteCode>,
}

pub const MAX_INVITES_PER_BATCH: u32 = 10_000;

impl InviteBatch {
    /// The codes as CSV for a mail merge: `department,code,link`, the link
    /// carrying the code in its fragment. The CLI and the web UI both use it.
    pub fn to_csv(&self, public_url: &PublicUrl) -> csv::Result<Vec<u8>> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["department", "code", "link"])?;
        for code in &self.codes {
            let link = public_url.invite_link(&self.survey, code);
            let department = crate::spreadsheet::text_cell(self.department.as_str());
            writer.write_record([&department, code.grouped().as_str(), link.as_str()])?;
        }
        writer.into_inner().map_err(|e| e.into_error().into())
    }
}

impl Service {
    /// Creates a draft survey. Without a questionnaire, the default one.
    pub async fn create_survey(
        &self,
        title: &str,
        departments: Departments,
        questionnaire: Option<&str>,
        min_group_size: MinGroupSize,
    ) -> Result<SurveyId, ServiceError> {
        let title = SurveyTitle::parse(title)?;
        let questionnaire = Questionnaire::parse(questionnaire.unwrap_or(DEFAULT_SOURCE))?;
        let id = SurveyId::generate()?;
        self.store
            .create_survey(NewSurvey {
                id: id.clone(),
                title,
                departments,
                questionnaire: questionnaire.source().to_owned(),
                min_group_size,
            })
            .await?;
        Ok(id)
    }

    pub async fn list_surveys(&self) -> Result<Vec<SurveySummary>, ServiceError> {
        Ok(self.store.list_surveys().await?)
    }

    pub async fn survey(&self, id: &SurveyId) -> Result<SurveyView, ServiceError> {
        let survey = self
            .store
            .survey(id)
            .await?
            .ok_or(ServiceError::SurveyNotFound)?;
        let questionnaire = self.parsed_questionnaire(id, &survey.questionnaire)?;
        Ok(SurveyView {
            survey,
            questionnaire,
        })
    }

    pub(super) async fn questionnaire(
        &self,
        id: &SurveyId,
    ) -> Result<Arc<Questionnaire>, ServiceError> {
        if let Some(q) = self.cache.questionnaires.get(id) {
            return Ok(q);
        }
        Ok(self.survey(id).await?.questionnaire)
    }

    fn parsed_questionnaire(
        &self,
        id: &SurveyId,
        source: &str,
    ) -> Result<Arc<Questionnaire>, ServiceError> {
        if let Some(q) = self.cache.questionnaires.get(id) {
            return Ok(q);
        }
        let parsed = Arc::new(Questionnaire::parse(source)?);
        self.cache
            .questionnaires
            .insert(id.clone(), Arc::clone(&parsed));
        Ok(parsed)
    }

    /// Opens a draft: one fresh RSA-2048 key pair per department.
    pub async fn open_survey(&self, id: &SurveyId) -> Result<(), ServiceError> {
        let survey = self
            .store
            .survey(id)
            .await?
            .ok_or(ServiceError::SurveyNotFound)?;
        expect_status(SurveyStatus::Draft, survey.status)?;
        // One blocking task per department: key generation runs on every core.
        let tasks: Vec<_> = survey
            .departments
            .into_iter()
            .map(|d| blocking(move || generate_key_pair().map(|pair| (d.name, pair))))
            .collect();
        let mut keys = Vec::with_capacity(tasks.len());
        for task in tasks {
            let (department, (signing, verifying)) = task.await?.map_err(ServiceError::Crypto)?;
            keys.push(KeyRecord {
                department,
                key_id: verifying.id(),
                public_key: verifying.spki_der().to_vec(),
                private_key: signing.to_pkcs8_der().map_err(ServiceError::Crypto)?,
            });
        }
        transition(SurveyStatus::Draft, self.store.open_survey(id, keys).await?)
    }

    /// Closes an open survey for good; its private keys are destroyed.
    pub async fn close_survey(&self, id: &SurveyId) -> Result<(), ServiceError> {
        let outcome = self.store.close_survey(id).await?;
        self.cache.forget_signers(id);
        transition(SurveyStatus::Open, outcome)
    }

    /// Makes `count` invites for a department of a draft or open survey,
    /// each with an empty ballot for the answers it will bring.
    pub async fn create_invites(
        &self,
        survey: &SurveyId,
        department: &str,
        count: u32,
        by: &Actor,
        format: InviteFormat,
    ) -> Result<InviteBatch, ServiceError> {
        if count == 0 || count > MAX_INVITES_PER_BATCH {
            return Err(ServiceError::InviteCount {
                max: MAX_INVITES_PER_BATCH,
            });
        }
        let department = self.find_department(survey, department).await?;
        let codes = (0..count)
            .map(|_| InviteCode::generate())
            .collect::<Result<Vec<_>, _>>()?;
        let new = NewInvites {
            codes: codes.iter().map(InviteCode::hash).collect(),
            ballots: (0..count)
                .map(|_| random_bytes())
                .collect::<Result<_, _>>()?,
            record_width: self.questionnaire(survey).await?.record_width(),
            batch: NewBatch {
                format: format.as_str().to_owned(),
                made_by: by.to_string(),
            },
        };
        match self.store.add_invites(survey, &department, new).await? {
            AddInvitesOutcome::Added => Ok(InviteBatch {
                survey: survey.clone(),
                department,
                codes,
            }),
            AddInvitesOutcome::SurveyNotFound => Err(ServiceError::SurveyNotFound),
            AddInvitesOutcome::DepartmentNotFound => {
                Err(ServiceError::DepartmentNotFound(department.to_string()))
            }
            AddInvitesOutcome::SurveyClosed => Err(ServiceError::SurveyClosed),
        }
    }
}

impl Service {
    /// Looks a department up regardless of case, so `sales` finds `Sales`.
    async fn find_department(
        &self,
        survey: &SurveyId,
        name: &str,
    ) -> Result<DepartmentName, ServiceError> {
        let record = self
            .store
            .survey(survey)
            .await?
            .ok_or(ServiceError::SurveyNotFound)?;
        let wanted = name.trim().to_lowercase();
        record
            .departments
            .into_iter()
            .map(|d| d.name)
            .find(|d| d.as_str().to_lowercase() == wanted)
            .ok_or_else(|| ServiceError::DepartmentNotFound(name.trim().to_owned()))
    }
}

fn expect_status(expected: SurveyStatus, actual: SurveyStatus) -> Result<(), ServiceError> {
    if expected == actual {
        Ok(())
    } else {
        Err(ServiceError::WrongStatus { expected, actual })
    }
}

fn transition(expected: SurveyStatus, outcome: Transition) -> Result<(), ServiceError> {
    match outcome {
        Transition::Done => Ok(()),
        Transition::NotFound => Err(ServiceError::SurveyNotFound),
        Transition::WrongStatus(actual) => expect_status(expected, actual),
    }
}
