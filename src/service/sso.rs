//! Vouchers through the company's sign-in, per survey (rule P11): HR
//! chooses codes, sign-in or both, and maps the provider's department
//! claim to the survey's departments with how many people each has. A
//! person who signs in gets a pass (`crate::pass`), which their browser
//! uses as it would use a code: the voucher is blinded and signed exactly
//! as with a code, and at most one is issued per person and survey. Stemme
//! keeps a keyed hash of the person and a used flag, nothing else.

use sha2::{Digest, Sha256};

use super::{Internal, IssueError, Service, SurveyError, audit, blocking};
use crate::accounts::{Action, Actor};
use crate::oidc::Identity;
use crate::pass::{SsoPass, SubjectHash};
use crate::random::random_bytes;
use crate::store::{AccessMode, SlotClaim, SlotRecord, SsoChange, SsoChangeOutcome, SsoRecord};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::{BlindedMessage, KeyId, TokenError};

use super::issuance::{InviteInfo, IssuedToken};

/// At most this many people per department may sign in, as for a batch of invites.
pub const MAX_SEATS: u64 = 100_000;

/// Why an employee's sign-in gives no pass; each has its page.
#[derive(Debug, thiserror::Error)]
pub enum SsoError {
    #[error("there is no such survey")]
    SurveyNotFound,
    #[error("the survey is {0}, not open")]
    NotOpen(SurveyStatus),
    #[error("this survey does not use sign-in")]
    SignInOff,
    #[error("the department claim matches none of the survey's departments")]
    Unmapped { values: Vec<String> },
    #[error("the department claim matches more than one department")]
    Ambiguous { departments: Vec<DepartmentName> },
    #[error("every place of the department is taken")]
    NoSeat(DepartmentName),
    #[error(transparent)]
    Internal(#[from] Internal),
}

impl From<crate::store::StoreError> for SsoError {
    fn from(e: crate::store::StoreError) -> Self {
        Internal::Store(e).into()
    }
}

/// HR's settings as a form sends them: a department's claim values and seats.
pub struct SsoDepartmentSetting {
    pub department: DepartmentName,
    pub claim_values: Vec<String>,
    pub seats: u64,
}

impl Service {
    /// How a survey's employees get their voucher, with HR's map.
    pub async fn sso_settings(&self, survey: &SurveyId) -> Result<SsoRecord, SurveyError> {
        Ok(self.store.sso_settings(survey).await?)
    }

    /// Saves HR's choice: the mode, and per department its claim values
    /// and seats, with an empty ballot per new seat (rule P1). An open
    /// survey's seats only grow.
    pub async fn save_sso_settings(
        &self,
        survey: &SurveyId,
        mode: AccessMode,
        departments: Vec<SsoDepartmentSetting>,
        actor: &Actor,
    ) -> Result<(), SurveyError> {
        let questionnaire = self
            .questionnaire_of(survey)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let before = self.store.sso_settings(survey).await?;
        let added: u64 = departments
            .iter()
            .map(|d| {
                let old = before
                    .departments
                    .iter()
                    .find(|b| b.department == d.department)
                    .map_or(0, |b| b.seats);
                d.seats.saturating_sub(old)
            })
            .sum();
        let ballot_ids = (0..added)
            .map(|_| random_bytes())
            .collect::<Result<Vec<[u8; 16]>, _>>()?;
        let detail = format!(
            "{}: {}",
            mode.as_str(),
            departments
                .iter()
                .map(|d| format!("{} {}", d.department, d.seats))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let change = SsoChange {
            mode,
            departments: departments
                .into_iter()
                .map(|d| (d.department, d.claim_values, d.seats))
                .collect(),
            fresh_key: random_bytes()?,
            ballot_ids,
            record_width: questionnaire.record_width(),
        };
        let entry = audit(
            actor,
            Action::SettingsChanged,
            survey,
            format!("sign-in {detail}"),
        );
        match self.store.save_sso_settings(survey, change, entry).await? {
            SsoChangeOutcome::Done => Ok(()),
            SsoChangeOutcome::NotFound => Err(SurveyError::NotFound),
            SsoChangeOutcome::Closed => Err(SurveyError::WrongStatus {
                expected: SurveyStatus::Open,
                actual: SurveyStatus::Closed,
            }),
            SsoChangeOutcome::UnknownDepartment(d) => {
                Err(SurveyError::DepartmentNotFound(d.to_string()))
            }
            SsoChangeOutcome::Shrinks(d) => Err(SurveyError::SeatsShrink(d.to_string())),
        }
    }

    /// How the survey's employees get their voucher (codes if HR never chose).
    pub async fn access_mode(&self, survey: &SurveyId) -> Result<AccessMode, SurveyError> {
        Ok(self.store.sso_settings(survey).await?.mode)
    }

    /// An employee signed in for `survey`: their pass, if the provider's
    /// `department_claim` names exactly one of the survey's departments and
    /// it has a place left (or they have theirs already). Nothing about
    /// the person is stored here.
    pub async fn sso_pass(
        &self,
        survey: &SurveyId,
        identity: &Identity,
        department_claim: &str,
    ) -> Result<SsoPass, SsoError> {
        let status = self
            .store
            .survey_status(survey)
            .await?
            .ok_or(SsoError::SurveyNotFound)?;
        if status != SurveyStatus::Open {
            return Err(SsoError::NotOpen(status));
        }
        let settings = self.store.sso_settings(survey).await?;
        let (true, Some(key)) = (
            settings.mode.signs_in(),
            self.store.subject_key(survey).await?,
        ) else {
            return Err(SsoError::SignInOff);
        };
        let values = identity.claim_values(department_claim);
        let mut matching: Vec<_> = settings
            .departments
            .iter()
            .filter(|d| d.seats > 0 && d.claim_values.iter().any(|v| values.contains(v)))
            .collect();
        matching.dedup_by(|a, b| a.department == b.department);
        let department = match matching.as_slice() {
            [] => return Err(SsoError::Unmapped { values }),
            [one] => *one,
            many => {
                return Err(SsoError::Ambiguous {
                    departments: many.iter().map(|d| d.department.clone()).collect(),
                });
            }
        };
        let subject = SubjectHash::of(&key, &identity.issuer, &identity.subject);
        let has_slot = self.store.sso_slot(survey, subject.0).await?.is_some();
        if !has_slot && department.used >= department.seats {
            return Err(SsoError::NoSeat(department.department.clone()));
        }
        Ok(SsoPass::make(
            &key,
            survey,
            subject,
            department.department.clone(),
        ))
    }

    /// A pass, checked: it must have been made with the survey's key.
    async fn open_pass(&self, survey: &SurveyId, pass: &SsoPass) -> Result<(), IssueError> {
        match self.store.subject_key(survey).await? {
            Some(key) if pass.is_valid(&key, survey) => Ok(()),
            Some(_) => Err(IssueError::InviteInvalid),
            None => match self.store.survey_status(survey).await? {
                None => Err(IssueError::SurveyNotFound),
                Some(SurveyStatus::Open) => Err(IssueError::InviteInvalid),
                Some(status) => Err(IssueError::NotOpen(status)),
            },
        }
    }

    /// As [`Service::look_up_invite`], for a pass.
    pub async fn look_up_pass(
        &self,
        survey: &SurveyId,
        pass: &SsoPass,
    ) -> Result<InviteInfo, IssueError> {
        self.open_pass(survey, pass).await?;
        let signer = self.signer(survey, &pass.department).await?;
        let used = self.store.sso_slot(survey, pass.subject.0).await?.is_some();
        let invited = self.store.invited(survey, &pass.department).await?;
        Ok(InviteInfo {
            department: pass.department.clone(),
            key_id: signer.key_id,
            used,
            invited,
        })
    }

    /// As [`Service::issue_token`], for a pass: one voucher per person,
    /// and a retry with the same blinded message gets the kept signature.
    pub async fn issue_pass_token(
        &self,
        survey: &SurveyId,
        pass: &SsoPass,
        blinded: BlindedMessage,
        expected_key: KeyId,
    ) -> Result<IssuedToken, IssueError> {
        self.open_pass(survey, pass).await?;
        let signer = self.signer(survey, &pass.department).await?;
        if expected_key != signer.key_id {
            return Err(IssueError::WrongKey);
        }
        let blinded_hash: [u8; 32] = Sha256::digest(blinded.as_bytes()).into();
        let issued = |blind_sig, fresh| IssuedToken {
            department: pass.department.clone(),
            key_id: signer.key_id,
            blind_sig,
            fresh,
        };
        if let Some(slot) = self.store.sso_slot(survey, pass.subject.0).await? {
            return if slot.blinded_hash == blinded_hash {
                Ok(issued(slot.blind_sig, false))
            } else {
                Err(IssueError::InviteUsed)
            };
        }
        let key = signer.clone();
        let blind_sig = blocking("signing", move || key.key.sign_blinded(blinded.as_bytes()))
            .await?
            .map_err(|e| match e {
                TokenError::BlindedLength { .. } | TokenError::BlindedOutOfRange => {
                    IssueError::BlindedMessage(e)
                }
                other => Internal::Crypto(other).into(),
            })?;
        let slot = SlotRecord {
            key_id: signer.key_id.0,
            blinded_hash,
            blind_sig,
        };
        match self
            .store
            .claim_sso_slot(survey, &pass.department, pass.subject.0, slot)
            .await?
        {
            SlotClaim::Claimed(blind_sig) => Ok(issued(blind_sig, true)),
            SlotClaim::AlreadyUsed => Err(IssueError::InviteUsed),
            SlotClaim::NoSeat => Err(IssueError::NoSeat),
            SlotClaim::SurveyNotOpen => {
                self.cache.signing.forget(survey);
                Err(IssueError::NotOpen(SurveyStatus::Closed))
            }
        }
    }
}
