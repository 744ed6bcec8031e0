//! What Stemme does, independent of how it is asked: the operations the web
//! handlers and the command line share. Handlers stay thin by calling these.

pub mod accounts;
mod cache;
mod drafts;
mod issuance;
mod submission;
mod surveys;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub use issuance::{InviteInfo, IssuedToken};
pub use submission::Ballot;
pub use surveys::{InviteBatch, MAX_INVITES_PER_BATCH, SurveyView};

use crate::invites::InviteCodeError;
use crate::questionnaire::{AnswerProblem, QuestionnaireError};
use crate::random::RandomnessError;
use crate::store::{Store, StoreError};
use crate::survey::{DepartmentsError, MinGroupSizeError, NameError, SurveyStatus};
use crate::tokens::{KeyId, TokenError, TokenMessageError};
use cache::Cache;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("there is no such survey")]
    SurveyNotFound,
    #[error("the survey has no department called \"{0}\"")]
    DepartmentNotFound(String),
    #[error("the survey is {0}, not open")]
    SurveyNotOpen(SurveyStatus),
    #[error("the survey is closed")]
    SurveyClosed,
    #[error("the survey is {actual}; this needs it to be {expected}")]
    WrongStatus {
        expected: SurveyStatus,
        actual: SurveyStatus,
    },
    #[error("{0}")]
    InviteMalformed(#[from] InviteCodeError),
    #[error("this invite code is not valid for this survey")]
    InviteInvalid,
    #[error("no survey has this invite code")]
    InviteUnknown,
    #[error("this invite code has already been used")]
    InviteUsed,
    #[error("{field} is not valid base64url")]
    NotBase64 { field: &'static str },
    #[error("{field}: {reason}")]
    InvalidField { field: &'static str, reason: String },
    #[error("{0}")]
    BlindedMessage(TokenError),
    #[error("{0}")]
    BadMessage(#[from] TokenMessageError),
    #[error("no key of this survey has that key_id")]
    UnknownKey,
    #[error("the blinded message was made for another key than this invite's department uses")]
    WrongKey,
    #[error("the token's signature does not verify")]
    BadSignature,
    #[error("this token has already been used to answer")]
    TokenSpent,
    #[error("some answers are not valid")]
    InvalidAnswers(Vec<AnswerProblem>),
    #[error("the questionnaire is not valid: {0}")]
    Questionnaire(#[from] QuestionnaireError),
    #[error(transparent)]
    Name(#[from] NameError),
    #[error(transparent)]
    Departments(#[from] DepartmentsError),
    #[error(transparent)]
    MinGroupSize(#[from] MinGroupSizeError),
    #[error("the number of invites must be between 1 and {max}")]
    InviteCount { max: u32 },
    #[error("storage failed")]
    Store(#[from] StoreError),
    #[error("a cryptographic operation failed")]
    Crypto(#[source] TokenError),
    #[error("no randomness available")]
    Randomness(#[from] RandomnessError),
    #[error("a background task failed")]
    Task,
    #[error("could not encode the answers for storage")]
    Encode(#[source] serde_json::Error),
}

/// The operations of Stemme over one database. Cheap to clone.
#[derive(Clone)]
pub struct Service {
    store: Store,
    cache: std::sync::Arc<Cache>,
}

impl Service {
    pub fn new(store: Store) -> Self {
        Service {
            store,
            cache: Default::default(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Commits every write asked for so far and accepts no more: the last
    /// step of a clean shutdown.
    pub async fn stop_writing(&self) {
        self.store.stop_writing().await;
    }

    /// A consistent copy of the whole database into `path`, an empty file.
    pub async fn back_up_into(&self, path: &std::path::Path) -> Result<(), ServiceError> {
        Ok(self.store.back_up_into(path.to_owned()).await?)
    }

    /// How well group commit batched, for the log line at shutdown.
    pub fn writer_stats(&self) -> crate::store::WriterStats {
        self.store.writer_stats()
    }
}

pub(crate) fn decode_base64(field: &'static str, value: &str) -> Result<Vec<u8>, ServiceError> {
    // Clients differ on padding; accept it, but nothing else non-canonical.
    URL_SAFE_NO_PAD
        .decode(value.trim_end_matches('='))
        .map_err(|_| ServiceError::NotBase64 { field })
}

fn parse_key_id(value: &str) -> Result<KeyId, ServiceError> {
    KeyId::parse(value).map_err(|e| ServiceError::InvalidField {
        field: "key_id",
        reason: e.to_string(),
    })
}

pub fn encode_base64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Runs CPU-heavy work (RSA) on the blocking pool, off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ServiceError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| ServiceError::Task)
}
