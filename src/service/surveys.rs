//! A survey's life: created as a draft, opened (keys made), closed (keys
//! destroyed); what HR may read of it meanwhile.

use std::sync::Arc;

use super::{Internal, Service, SurveyError, audit, blocking};
use crate::accounts::{Action, Actor};
use crate::questionnaire::Questionnaire;
use crate::report::suppression::{self, Placement};
use crate::store::{self, KeyRecord, Transition};
use crate::survey::{
    DepartmentName, Departments, MinGroupSize, SurveyId, SurveyStatus, SurveyTitle,
};
use crate::tokens::{KeyId, generate_key_pair};

/// A survey to create, its parts already parsed.
pub struct NewSurvey {
    pub title: SurveyTitle,
    pub departments: Departments,
    pub questionnaire: Questionnaire,
    pub min_group_size: MinGroupSize,
}

/// One line of the list of surveys.
#[derive(Debug, Clone)]
pub struct SurveySummary {
    pub id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
    pub departments: u64,
    pub invites: u64,
    pub started: u64,
    pub answered: u64,
}

/// A department and, once the survey is open, its public key.
#[derive(Debug, Clone)]
pub struct Department {
    pub name: DepartmentName,
    pub key_id: Option<KeyId>,
    /// SPKI DER.
    pub public_key: Option<Vec<u8>>,
}

/// A survey as HR's pages and the API describe it.
pub struct SurveyDetails {
    pub id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
    pub min_group_size: MinGroupSize,
    pub questionnaire: Arc<Questionnaire>,
    pub departments: Vec<Department>,
}

/// Per department: invites made, invites used to start (a token issued),
/// answers received, and where the department will appear in the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartmentParticipation {
    pub department: DepartmentName,
    pub invites: u64,
    pub started: u64,
    pub answered: u64,
    pub placement: Placement,
}

/// Participation in a survey: only counts, never answers (rule P5), each
/// department already placed by the minimum-group-size rule (P4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    pub departments: Vec<DepartmentParticipation>,
    pub invites: u64,
    pub started: u64,
    pub answered: u64,
}

impl Service {
    /// Creates a draft survey.
    pub async fn create_survey(&self, new: NewSurvey, by: &Actor) -> Result<SurveyId, SurveyError> {
        let id = SurveyId::generate()?;
        let detail = format!(
            "{} ({}, k = {})",
            new.title.as_str(),
            new.departments.names().len(),
            new.min_group_size.get()
        );
        let entry = audit(by, Action::SurveyCreated, &id, detail);
        let record = store::NewSurvey {
            id: id.clone(),
            title: new.title,
            departments: new.departments,
            questionnaire: new.questionnaire.source().to_owned(),
            min_group_size: new.min_group_size,
        };
        self.store.create_survey(record, entry).await?;
        Ok(id)
    }

    pub async fn list_surveys(&self) -> Result<Vec<SurveySummary>, Internal> {
        let surveys = self.store.list_surveys().await?;
        Ok(surveys
            .into_iter()
            .map(|s| SurveySummary {
                id: s.id,
                title: s.title,
                status: s.status,
                departments: s.departments,
                invites: s.invites,
                started: s.tokens,
                answered: s.responses,
            })
            .collect())
    }

    pub async fn survey(&self, id: &SurveyId) -> Result<SurveyDetails, SurveyError> {
        let record = self.store.survey(id).await?.ok_or(SurveyError::NotFound)?;
        let questionnaire = self.parsed_questionnaire(id, &record.questionnaire)?;
        Ok(SurveyDetails {
            id: record.id,
            title: record.title,
            status: record.status,
            min_group_size: record.min_group_size,
            questionnaire,
            departments: record
                .departments
                .into_iter()
                .map(|d| {
                    let (key_id, public_key) = d.key.unzip();
                    Department {
                        name: d.name,
                        key_id,
                        public_key,
                    }
                })
                .collect(),
        })
    }

    /// Participation per department, each placed as the results will place it.
    pub async fn participation(&self, id: &SurveyId) -> Result<Participation, SurveyError> {
        let k = self
            .store
            .survey(id)
            .await?
            .ok_or(SurveyError::NotFound)?
            .min_group_size;
        let rows = self.store.participation(id).await?;
        let plan = suppression::plan(rows.iter().map(|r| (&r.department, r.responses)), k);
        let departments: Vec<DepartmentParticipation> = rows
            .iter()
            .zip(plan.groups())
            .map(|(row, (_, _, placement))| DepartmentParticipation {
                department: row.department.clone(),
                invites: row.invites,
                started: row.tokens,
                answered: row.responses,
                placement,
            })
            .collect();
        let sum = |f: fn(&DepartmentParticipation) -> u64| departments.iter().map(f).sum();
        Ok(Participation {
            invites: sum(|d| d.invites),
            started: sum(|d| d.started),
            answered: sum(|d| d.answered),
            departments,
        })
    }

    /// The questionnaire of a survey, parsed once; `None` if there is no such survey.
    pub(super) async fn questionnaire_of(
        &self,
        id: &SurveyId,
    ) -> Result<Option<Arc<Questionnaire>>, Internal> {
        if let Some(q) = self.cache.questionnaires.get(id) {
            return Ok(Some(q));
        }
        let Some(record) = self.store.survey(id).await? else {
            return Ok(None);
        };
        Ok(Some(self.parsed_questionnaire(id, &record.questionnaire)?))
    }

    fn parsed_questionnaire(
        &self,
        id: &SurveyId,
        source: &str,
    ) -> Result<Arc<Questionnaire>, Internal> {
        if let Some(q) = self.cache.questionnaires.get(id) {
            return Ok(q);
        }
        let parsed = Arc::new(Questionnaire::parse(source).map_err(Internal::Questionnaire)?);
        self.cache
            .questionnaires
            .insert(id.clone(), Arc::clone(&parsed));
        Ok(parsed)
    }

    /// Opens a draft: one fresh RSA-2048 key pair per department.
    pub async fn open_survey(&self, id: &SurveyId, by: &Actor) -> Result<(), SurveyError> {
        let survey = self.store.survey(id).await?.ok_or(SurveyError::NotFound)?;
        expect_status(SurveyStatus::Draft, survey.status)?;
        // Checked here to spare the key generation, and again as it opens.
        let names: Vec<&str> = survey.departments.iter().map(|d| d.name.as_str()).collect();
        Departments::parse(&names)?;
        too_few_invites(
            survey.min_group_size,
            self.store.departments_below_k(id).await?,
        )?;
        // One blocking task per department: key generation runs on every core.
        let tasks: Vec<_> = survey
            .departments
            .into_iter()
            .map(|d| {
                blocking("key generation", move || {
                    generate_key_pair().map(|pair| (d.name, pair))
                })
            })
            .collect();
        let mut keys = Vec::with_capacity(tasks.len());
        for task in tasks {
            let (department, (signing, verifying)) = task.await?.map_err(Internal::Crypto)?;
            keys.push(KeyRecord {
                department,
                key_id: verifying.id(),
                public_key: verifying.spki_der().to_vec(),
                private_key: signing.to_pkcs8_der().map_err(Internal::Crypto)?,
            });
        }
        let count = keys.len();
        let entry = audit(by, Action::SurveyOpened, id, format!("{count} keys"));
        match self.store.open_survey(id, keys, entry).await? {
            Transition::TooFewInvites(small) => too_few_invites(survey.min_group_size, small),
            other => transition(SurveyStatus::Draft, other),
        }
    }

    /// Closes an open survey for good; its private keys are destroyed, here
    /// and in this process's memory. Once the close is committed the survey
    /// is closed and this succeeds: the keys in memory are forgotten and the
    /// answers counted whatever the clean-up of the file does after it.
    pub async fn close_survey(&self, id: &SurveyId, by: &Actor) -> Result<(), SurveyError> {
        let entry = audit(by, Action::SurveyClosed, id, String::new());
        let outcome = self.store.close_survey(id, entry).await?;
        self.cache.signing.forget(id);
        transition(SurveyStatus::Open, outcome)?;
        self.rewrite_file_after_close().await;
        self.count_at_close(id).await;
        Ok(())
    }

    /// The department called `name` in any case, so `sales` finds
    /// `Sales`, and its key's id once the survey is open.
    pub(super) async fn find_department(
        &self,
        survey: &SurveyId,
        name: &DepartmentName,
    ) -> Result<(DepartmentName, Option<KeyId>), SurveyError> {
        let record = self
            .store
            .survey(survey)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let wanted = name.as_str().to_lowercase();
        record
            .departments
            .into_iter()
            .find(|d| d.name.as_str().to_lowercase() == wanted)
            .map(|d| (d.name, d.key.map(|(id, _)| id)))
            .ok_or_else(|| SurveyError::DepartmentNotFound(name.to_string()))
    }
}

pub(super) fn expect_status(
    expected: SurveyStatus,
    actual: SurveyStatus,
) -> Result<(), SurveyError> {
    if expected == actual {
        Ok(())
    } else {
        Err(SurveyError::WrongStatus { expected, actual })
    }
}

fn transition(expected: SurveyStatus, outcome: Transition) -> Result<(), SurveyError> {
    match outcome {
        Transition::Done => Ok(()),
        Transition::NotFound => Err(SurveyError::NotFound),
        Transition::WrongStatus(actual) => expect_status(expected, actual),
        Transition::TooFewInvites(_) => Err(SurveyError::Internal(Internal::Task("opening"))),
    }
}

/// Rule P10: no department with fewer invites than *k* holds ballots apart.
fn too_few_invites(k: MinGroupSize, small: Vec<(DepartmentName, u64)>) -> Result<(), SurveyError> {
    if small.is_empty() {
        return Ok(());
    }
    Err(SurveyError::TooFewInvites {
        k: k.get(),
        departments: small,
    })
}
