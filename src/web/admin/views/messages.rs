//! Errors in words HR understands, in their language.

use fluent_templates::fluent_bundle::FluentValue;

use crate::accounts::AccountError;
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::service::SurveyError;
use crate::service::accounts::AccountsError;
use crate::survey::{
    DepartmentsError, MinGroupSize, MinGroupSizeError, NameError, NameField, SurveyStatus,
};
use crate::web::admin::forms::FormError;

fn n(value: impl Into<FluentValue<'static>>) -> FluentValue<'static> {
    value.into()
}

pub fn status_name(l: Language, status: SurveyStatus) -> String {
    t(l, &format!("admin-status-{}", status.as_str()))
}

pub fn survey_message(l: Language, e: &SurveyError) -> String {
    use SurveyError as E;
    match e {
        E::NotFound => t(l, "admin-error-survey-not-found"),
        E::DepartmentNotFound(name) => t_args(
            l,
            "admin-error-department-not-found",
            &[("name", n(name.clone()))],
        ),
        E::WrongStatus { actual, .. } => t_args(
            l,
            "admin-error-wrong-status",
            &[("status", n(status_name(l, *actual)))],
        ),
        E::Departments(e) => departments_message(l, e),
        E::DepartmentHasInvites { .. } => t(l, "admin-error-confirm-remove"),
        E::InviteCount { max } => t_args(l, "admin-error-invite-count", &[("max", n(*max))]),
        E::BatchNotFound => t(l, "admin-error-batch-not-found"),
        E::TooFewInvites { k, departments } => crate::i18n::too_few_invites(l, *k, departments),
        E::TooFewInvitesOpen {
            k,
            department,
            invites,
        } => t_args(
            l,
            "admin-error-too-few-invites-open",
            &[
                ("department", n(department.to_string())),
                ("invites", n(*invites)),
                ("k", n(*k)),
            ],
        ),
        E::SeatsShrink(d) => t_args(
            l,
            "admin-sso-error-shrink",
            &[("department", d.clone().into())],
        ),
        E::FollowUpKeepsK { k } => t_args(l, "follow-up-error-keeps-k", &[("k", n(*k))]),
        E::NotAFollowUp => t(l, "follow-up-error-not-a-follow-up"),
        E::Internal(_) => t(l, "error-server"),
    }
}

/// What is wrong with one of HR's forms (`forms.rs`).
pub fn form_message(l: Language, e: &FormError) -> String {
    match e {
        FormError::NotOffered(_) => t(l, "admin-error-bad-form"),
        FormError::Name(e) => name_message(l, e),
        FormError::MinGroupSizeNumber => t_args(
            l,
            "admin-error-k-number",
            &[("min", n(MinGroupSize::FLOOR))],
        ),
        FormError::MinGroupSize(e) => k_message(l, e),
        FormError::InviteCount { max } => {
            t_args(l, "admin-error-invite-count", &[("max", n(*max))])
        }
        FormError::Department(name) => t_args(
            l,
            "admin-error-department-not-found",
            &[("name", n(name.clone()))],
        ),
        FormError::Followers => t(l, "results-page-error-followers"),
    }
}

pub fn k_message(l: Language, e: &MinGroupSizeError) -> String {
    match e {
        MinGroupSizeError::TooSmall => t(l, "admin-error-k-too-small"),
        MinGroupSizeError::TooLarge => t(l, "admin-error-k-too-large"),
    }
}

pub fn name_message(l: Language, e: &NameError) -> String {
    let title = e.field() == NameField::Title;
    match (e, title) {
        (NameError::Empty { .. }, true) => t(l, "admin-error-title-empty"),
        (NameError::Empty { .. }, false) => t(l, "admin-error-department-empty"),
        (NameError::TooLong { max, .. }, true) => {
            t_args(l, "admin-error-title-too-long", &[("max", n(*max))])
        }
        (NameError::TooLong { max, .. }, false) => {
            t_args(l, "admin-error-department-too-long", &[("max", n(*max))])
        }
        (NameError::ControlCharacter { .. }, _) => t(l, "admin-error-control-character"),
        (NameError::Invisible { .. }, _) => t(l, "admin-error-department-invisible"),
    }
}

pub fn departments_message(l: Language, e: &DepartmentsError) -> String {
    match e {
        DepartmentsError::None => t(l, "admin-error-departments-none"),
        DepartmentsError::TooMany { max } => {
            t_args(l, "admin-error-departments-too-many", &[("max", n(*max))])
        }
        DepartmentsError::Duplicate(name) => t_args(
            l,
            "admin-error-department-twice",
            &[("name", n(name.clone()))],
        ),
        DepartmentsError::Unknown(name) => t_args(
            l,
            "admin-error-department-not-found",
            &[("name", n(name.clone()))],
        ),
        DepartmentsError::LookAlike { .. } => {
            crate::i18n::departments_problem(l, e).unwrap_or_else(|| t(l, "error-server"))
        }
        DepartmentsError::Name(e) => name_message(l, e),
    }
}

pub fn accounts_message(l: Language, e: &AccountsError) -> String {
    use AccountsError as E;
    match e {
        E::WrongCredentials => t(l, "admin-error-wrong-credentials"),
        E::Busy => t(l, "admin-error-busy"),
        E::Throttled(wait) => t_args(
            l,
            "admin-error-throttled",
            &[("minutes", n(wait.as_secs().div_ceil(60)))],
        ),
        E::Invalid(AccountError::UsernameLength { min, max }) => t_args(
            l,
            "admin-error-username-length",
            &[("min", n(*min)), ("max", n(*max))],
        ),
        E::Invalid(AccountError::UsernameCharacter) => t(l, "admin-error-username-character"),
        E::Invalid(AccountError::PasswordTooShort { min }) => {
            t_args(l, "admin-error-password-short", &[("min", n(*min))])
        }
        E::Invalid(AccountError::PasswordTooLong { max }) => {
            t_args(l, "admin-error-password-long", &[("max", n(*max))])
        }
        E::NameTaken(name) => t_args(
            l,
            "admin-error-name-taken",
            &[("name", n(name.to_string()))],
        ),
        E::SetupRefused => t(l, "admin-error-setup-refused"),
        E::Internal(_) => t(l, "error-server"),
    }
}
