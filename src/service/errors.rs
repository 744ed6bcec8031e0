//! Errors by use case: what can go wrong issuing a token is not what can go
//! wrong running a survey, so each has its own type and every caller
//! handles exactly the failures it can meet. What the server itself failed
//! at is [`Internal`]: callers show an opaque message and log its causes.

use crate::accounts::PasswordHashError;
use crate::questionnaire::{AnswerProblem, QuestionnaireError};
use crate::random::RandomnessError;
use crate::store::StoreError;
use crate::survey::{DepartmentName, DepartmentsError, SurveyStatus};
use crate::tokens::TokenError;

/// A failure of the server, not of the request.
#[derive(Debug, thiserror::Error)]
pub enum Internal {
    #[error("storage failed")]
    Store(#[from] StoreError),
    #[error("a cryptographic operation failed")]
    Crypto(#[source] TokenError),
    #[error("no randomness available")]
    Randomness(#[from] RandomnessError),
    #[error("password hashing failed")]
    Hashing(#[from] PasswordHashError),
    #[error("{0} panicked or was cancelled")]
    Task(&'static str),
    #[error("a stored questionnaire does not parse")]
    Questionnaire(#[source] QuestionnaireError),
    #[error("the answers could not be counted")]
    Counting(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("could not write {what}")]
    Render {
        what: &'static str,
        #[source]
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Asking for a token, or what an invite code gives access to.
#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error("there is no such survey")]
    SurveyNotFound,
    #[error("the survey is {0}, not open")]
    NotOpen(SurveyStatus),
    #[error("this invite code is not valid for this survey")]
    InviteInvalid,
    #[error("no survey has this invite code")]
    InviteUnknown,
    #[error("this invite code has already been used")]
    InviteUsed,
    #[error("every place of this department for signing in is taken; ask HR")]
    NoSeat,
    #[error("the blinded message was made for another key than this invite's department uses")]
    WrongKey,
    #[error("{0}")]
    BlindedMessage(TokenError),
    #[error(transparent)]
    Internal(#[from] Internal),
}

/// Answering with a token.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("there is no such survey")]
    SurveyNotFound,
    #[error("the survey is {0}, not open")]
    NotOpen(SurveyStatus),
    #[error("the survey is closed")]
    Closed,
    #[error("no key of this survey has that key_id")]
    UnknownKey,
    #[error(
        "this voucher was issued before the service was restored from a backup, and can no longer be used"
    )]
    KeyRetired,
    #[error("signature: {0}")]
    SignatureLength(TokenError),
    #[error("the token's signature does not verify")]
    BadSignature,
    #[error("this token has already been used to answer")]
    TokenSpent,
    #[error("some answers are not valid")]
    InvalidAnswers(Vec<AnswerProblem>),
    #[error(transparent)]
    Internal(#[from] Internal),
}

/// HR running a survey: creating, changing, opening, closing, inviting,
/// reading what may be read.
#[derive(Debug, thiserror::Error)]
pub enum SurveyError {
    #[error("there is no such survey")]
    NotFound,
    #[error("the survey has no department called \"{0}\"")]
    DepartmentNotFound(String),
    #[error("the survey is {actual}; this needs it to be {expected}")]
    WrongStatus {
        expected: SurveyStatus,
        actual: SurveyStatus,
    },
    #[error(transparent)]
    Departments(#[from] DepartmentsError),
    #[error("removing \"{department}\" would remove its {invites} invites; confirm it")]
    DepartmentHasInvites { department: String, invites: u64 },
    #[error(
        "{} fewer invites than the minimum group size ({k}): merge {} with another department, or make more invites, before opening",
        describe_small(departments), if departments.len() == 1 { "it" } else { "each" }
    )]
    TooFewInvites {
        k: u32,
        departments: Vec<(DepartmentName, u64)>,
    },
    #[error(
        "\"{department}\" would have {invites} invites in an open survey, fewer than the minimum group size ({k}), and its answers would stand apart"
    )]
    TooFewInvitesOpen {
        k: u32,
        department: DepartmentName,
        invites: u64,
    },
    #[error("the number of invites must be between 1 and {max}")]
    InviteCount { max: u32 },
    #[error("this survey has no such batch of invites")]
    BatchNotFound,
    #[error("\"{0}\" has people signed in already: an open survey's places can grow, not shrink")]
    SeatsShrink(String),
    #[error(
        "a follow-up keeps its baseline's minimum group size ({k}), so that the two can be compared"
    )]
    FollowUpKeepsK { k: u32 },
    #[error("this survey is not a follow-up of another, so it has nothing to be compared with")]
    NotAFollowUp,
    #[error(transparent)]
    Internal(#[from] Internal),
}

macro_rules! internal_from {
    ($($error:ty),*) => {$(
        impl From<StoreError> for $error {
            fn from(e: StoreError) -> Self {
                Internal::Store(e).into()
            }
        }
        impl From<RandomnessError> for $error {
            fn from(e: RandomnessError) -> Self {
                Internal::Randomness(e).into()
            }
        }
    )*};
}

internal_from!(IssueError, SubmitError, SurveyError);

/// `Jura (3 invites) and IT (4 invites) have`, for the command line.
fn describe_small(departments: &[(DepartmentName, u64)]) -> String {
    let listed: Vec<String> = departments
        .iter()
        .map(|(name, n)| format!("\"{name}\" ({n} invites)"))
        .collect();
    let verb = if listed.len() == 1 { "has" } else { "have" };
    format!("{} {verb}", listed.join(", "))
}
