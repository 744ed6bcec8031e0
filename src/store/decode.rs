//! Reading values back from rows: a value this version cannot parse means
//! the file was changed by something else, and says so.

use super::StoreError;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};
use crate::tokens::KeyId;

pub(super) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

pub(super) fn survey_id(raw: String) -> Result<SurveyId, StoreError> {
    SurveyId::parse(&raw).map_err(|_| corrupt(format!("survey id {raw:?}")))
}

pub(super) fn status(raw: &str) -> Result<SurveyStatus, StoreError> {
    SurveyStatus::parse(raw).ok_or_else(|| corrupt(format!("survey status {raw:?}")))
}

pub(super) fn department(raw: &str) -> Result<DepartmentName, StoreError> {
    DepartmentName::existing(raw).map_err(|_| corrupt(format!("department {raw:?}")))
}

pub(super) fn key_id(raw: Vec<u8>) -> Result<KeyId, StoreError> {
    raw.try_into()
        .map(KeyId)
        .map_err(|_| corrupt("key id length"))
}
