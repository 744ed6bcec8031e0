//! Making invites: codes shown once, only their hashes kept.

use super::{Internal, Service, SurveyError, audit};
use crate::accounts::{Action, Actor};
use crate::config::PublicUrl;
use crate::invites::{InviteCode, InviteFormat};
use crate::random::random_bytes;
use crate::spreadsheet::{CsvStyle, text_cell};
use crate::store::{AddInvitesOutcome, BatchRecord, NewBatch, NewInvites, VoidOutcome};
use crate::survey::{DepartmentName, SurveyId};
use crate::tokens::KeyId;

/// Fresh invite codes: shown once, never stored in clear.
pub struct InviteBatch {
    pub survey: SurveyId,
    pub department: DepartmentName,
    /// The department's key, if the survey was open: its links carry it.
    pub key: Option<KeyId>,
    pub codes: Vec<InviteCode>,
}

pub const MAX_INVITES_PER_BATCH: u32 = 10_000;

impl InviteBatch {
    /// The invite link of one of the batch's codes.
    pub fn link(&self, public_url: &PublicUrl, code: &InviteCode) -> String {
        public_url.invite_link(&self.survey, code, self.key)
    }

    /// The codes as plain CSV (`,`, no byte-order mark), for scripts.
    pub fn to_csv(&self, public_url: &PublicUrl) -> Result<Vec<u8>, Internal> {
        invites_csv(std::slice::from_ref(self), public_url, CsvStyle::PLAIN)
    }
}

/// Batches as one CSV file for a mail merge: `department,code,link`, the
/// link carrying the code in its fragment. The CLI and the web UI both use it.
pub fn invites_csv(
    batches: &[InviteBatch],
    public_url: &PublicUrl,
    style: CsvStyle,
) -> Result<Vec<u8>, Internal> {
    let failed = |e: csv::Error| Internal::Render {
        what: "the invite CSV",
        cause: Box::new(e),
    };
    let mut writer = style.writer(Vec::new());
    writer
        .write_record(["department", "code", "link"])
        .map_err(failed)?;
    for batch in batches {
        let department = text_cell(batch.department.as_str());
        for code in &batch.codes {
            let link = batch.link(public_url, code);
            writer
                .write_record([&department, code.grouped().as_str(), link.as_str()])
                .map_err(failed)?;
        }
    }
    writer
        .into_inner()
        .map_err(|e| failed(e.into_error().into()))
}

impl Service {
    /// Makes `count` invites for a department of a draft or open survey,
    /// each with an empty ballot for the answers it will bring, and records
    /// it in the audit trail in the same transaction.
    pub async fn create_invites(
        &self,
        survey: &SurveyId,
        department: &str,
        count: u32,
        by: &Actor,
        format: InviteFormat,
    ) -> Result<InviteBatch, SurveyError> {
        if count == 0 || count > MAX_INVITES_PER_BATCH {
            return Err(SurveyError::InviteCount {
                max: MAX_INVITES_PER_BATCH,
            });
        }
        let (department, key) = self.find_department(survey, department).await?;
        let questionnaire = self
            .questionnaire_of(survey)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let codes = (0..count)
            .map(|_| InviteCode::generate())
            .collect::<Result<Vec<_>, _>>()?;
        let new = NewInvites {
            codes: codes.iter().map(InviteCode::hash).collect(),
            ballots: (0..count)
                .map(|_| random_bytes())
                .collect::<Result<_, _>>()?,
            record_width: questionnaire.record_width(),
            batch: NewBatch {
                format: format.as_str().to_owned(),
                made_by: by.to_string(),
            },
        };
        let shape = match format {
            InviteFormat::Csv => "CSV",
            InviteFormat::Slips => "slips",
        };
        let detail = format!("{department}: {count} ({shape})");
        let entry = audit(by, Action::InvitesCreated, survey, detail);
        match self
            .store
            .add_invites(survey, &department, new, entry)
            .await?
        {
            AddInvitesOutcome::Added => Ok(InviteBatch {
                survey: survey.clone(),
                department,
                key,
                codes,
            }),
            AddInvitesOutcome::SurveyNotFound => Err(SurveyError::NotFound),
            AddInvitesOutcome::TooFew { k, invites } => Err(SurveyError::TooFewInvitesOpen {
                k,
                department: department.clone(),
                invites,
            }),
            AddInvitesOutcome::DepartmentNotFound => {
                Err(SurveyError::DepartmentNotFound(department.to_string()))
            }
            AddInvitesOutcome::SurveyClosed => Err(SurveyError::WrongStatus {
                expected: crate::survey::SurveyStatus::Open,
                actual: crate::survey::SurveyStatus::Closed,
            }),
        }
    }
}

/// A batch of invites as HR's page lists it.
pub type InviteBatchSummary = BatchRecord;

impl Service {
    /// The batches of invites made for a survey, oldest first.
    pub async fn invite_batches(
        &self,
        survey: &SurveyId,
    ) -> Result<Vec<InviteBatchSummary>, SurveyError> {
        Ok(self.store.batches(survey).await?)
    }

    /// Voids a batch's unused invites (a sheet of slips that was never
    /// handed out): their codes are refused like unknown ones from now on.
    /// Used invites are untouched. Recorded in the audit trail in the same
    /// transaction. Returns how many were voided.
    pub async fn void_batch(
        &self,
        survey: &SurveyId,
        batch: i64,
        by: &Actor,
    ) -> Result<u64, SurveyError> {
        let (id, by) = (survey.clone(), by.clone());
        let number = self
            .store
            .batches(survey)
            .await?
            .iter()
            .find(|b| b.id == batch)
            .map(|b| (b.number, b.department.to_string()));
        let Some((number, department)) = number else {
            return Err(SurveyError::BatchNotFound);
        };
        let name = department.clone();
        let entry = move |voided: u64| {
            let detail = format!("{department}: batch {number}, {voided} unused voided");
            audit(&by, Action::InvitesVoided, &id, detail)
        };
        match self.store.void_batch(survey, batch, entry).await? {
            VoidOutcome::Voided(n) => Ok(n),
            VoidOutcome::NoSuchBatch => Err(SurveyError::BatchNotFound),
            VoidOutcome::TooFew { k, invites } => Err(SurveyError::TooFewInvitesOpen {
                k,
                department: crate::survey::DepartmentName::existing(&name)
                    .map_err(|_| SurveyError::BatchNotFound)?,
                invites,
            }),
            VoidOutcome::SurveyClosed => Err(SurveyError::WrongStatus {
                expected: crate::survey::SurveyStatus::Open,
                actual: crate::survey::SurveyStatus::Closed,
            }),
        }
    }
}
