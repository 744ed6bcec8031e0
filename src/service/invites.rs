//! Making invites: codes shown once, only their hashes kept.

use super::{Internal, Service, SurveyError, audit};
use crate::accounts::{Action, Actor};
use crate::config::PublicUrl;
use crate::invites::{InviteBatchSummary, InviteCode, InviteFormat};
use crate::random::random_bytes;
use crate::spreadsheet::{CsvStyle, text_cell};
use crate::store::{AddInvitesOutcome, NewBatch, NewInvites, VoidOutcome};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
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
        department: &DepartmentName,
        count: u32,
        by: &Actor,
        format: InviteFormat,
    ) -> Result<InviteBatch, SurveyError> {
        check_count(count)?;
        let department = self.find_department(survey, department).await?;
        let mut made = self
            .make_invites(survey, vec![department], count, by, format)
            .await?;
        made.pop().ok_or(SurveyError::NotFound)
    }

    /// Makes `count` invites for every department of a draft or open
    /// survey, in the survey's order, in one transaction: every batch is
    /// made and shown, or none is (a failure in the last department must
    /// not leave the first ones with codes HR never saw).
    pub async fn create_invites_for_all(
        &self,
        survey: &SurveyId,
        count: u32,
        by: &Actor,
        format: InviteFormat,
    ) -> Result<Vec<InviteBatch>, SurveyError> {
        check_count(count)?;
        let record = self
            .store
            .survey(survey)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let departments = record
            .departments
            .into_iter()
            .map(|d| (d.name, d.key.map(|(id, _)| id)))
            .collect();
        self.make_invites(survey, departments, count, by, format)
            .await
    }

    /// Fresh codes for each department, stored (hashed) with their ballots
    /// and audit lines in one transaction.
    async fn make_invites(
        &self,
        survey: &SurveyId,
        departments: Vec<(DepartmentName, Option<KeyId>)>,
        count: u32,
        by: &Actor,
        format: InviteFormat,
    ) -> Result<Vec<InviteBatch>, SurveyError> {
        let questionnaire = self
            .questionnaire_of(survey)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let shape = match format {
            InviteFormat::Csv => "CSV",
            InviteFormat::Slips => "slips",
        };
        let mut batches = Vec::with_capacity(departments.len());
        let mut new = Vec::with_capacity(departments.len());
        for (department, key) in departments {
            let codes = (0..count)
                .map(|_| InviteCode::generate())
                .collect::<Result<Vec<_>, _>>()?;
            let detail = format!("{department}: {count} ({shape})");
            new.push(NewInvites {
                department: department.clone(),
                codes: codes.iter().map(InviteCode::hash).collect(),
                ballots: (0..count)
                    .map(|_| random_bytes())
                    .collect::<Result<_, _>>()?,
                record_width: questionnaire.record_width(),
                batch: NewBatch {
                    format: format.as_str().to_owned(),
                    made_by: by.to_string(),
                },
                audit: audit(by, Action::InvitesCreated, survey, detail),
            });
            batches.push(InviteBatch {
                survey: survey.clone(),
                department,
                key,
                codes,
            });
        }
        match self.store.add_invites(survey, new).await? {
            AddInvitesOutcome::Added => Ok(batches),
            AddInvitesOutcome::SurveyNotFound => Err(SurveyError::NotFound),
            AddInvitesOutcome::TooFew {
                k,
                department,
                invites,
            } => Err(SurveyError::TooFewInvitesOpen {
                k,
                department,
                invites,
            }),
            AddInvitesOutcome::DepartmentNotFound(department) => {
                Err(SurveyError::DepartmentNotFound(department.to_string()))
            }
            AddInvitesOutcome::SurveyClosed => Err(SurveyError::WrongStatus {
                expected: SurveyStatus::Open,
                actual: SurveyStatus::Closed,
            }),
        }
    }
}

fn check_count(count: u32) -> Result<(), SurveyError> {
    if count == 0 || count > MAX_INVITES_PER_BATCH {
        return Err(SurveyError::InviteCount {
            max: MAX_INVITES_PER_BATCH,
        });
    }
    Ok(())
}

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
                expected: SurveyStatus::Open,
                actual: SurveyStatus::Closed,
            }),
        }
    }
}
