//! What can stop one of HR's pages, from a missing session to a survey in
//! the wrong state. `error.rs` turns it into a page; views put it in words.

use super::return_to::ReturnTo;
use crate::service::accounts::AccountsError;
use crate::service::{Internal, SurveyError};

#[derive(Debug, thiserror::Error)]
pub enum AdminProblem {
    /// With the page to come back to afterwards, where there is one.
    #[error("signing in is required")]
    SignInRequired(Option<ReturnTo>),
    #[error("the request came from another site or without a valid form token")]
    CrossSite,
    #[error("there is nothing at this address")]
    NotFound,
    #[error("this address does not take that method")]
    MethodNotAllowed,
    #[error("the form could not be read: {0}")]
    BadForm(String),
    #[error("the form took too long to arrive")]
    TooSlow,
    #[error(transparent)]
    Survey(#[from] SurveyError),
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error(transparent)]
    Internal(#[from] Internal),
}
