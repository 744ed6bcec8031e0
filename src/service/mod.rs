//! What Stemme does, independent of how it is asked: one method per use
//! case, shared by the web pages, the API and the command line. Callers
//! parse their input into domain types first and get back service-level
//! types; none of them reaches the store.

pub mod accounts;
mod cache;
mod drafts;
mod errors;
mod export;
mod invites;
mod issuance;
mod results;
mod submission;
mod surveys;

use std::path::Path;
use std::sync::Arc;

pub use errors::{Internal, IssueError, SubmitError, SurveyError};
pub use export::Exported;
pub use invites::{InviteBatch, InviteBatchSummary, MAX_INVITES_PER_BATCH, invites_csv};
pub use issuance::{InviteInfo, IssuedToken, TokenRequest};
pub use results::{ResultsSettings, SurveyResults};
pub use submission::Ballot;
pub use surveys::{
    Department, DepartmentParticipation, NewSurvey, Participation, SurveyDetails, SurveySummary,
};

use crate::accounts::{Action, Actor, AuditEntry};
use crate::config::Synchronous;
use crate::store::{Store, StoreError, WriterStats};
use crate::survey::SurveyId;
use accounts::{Admins, now};
use cache::Cache;

/// The operations of Stemme over one database. Cheap to clone.
#[derive(Clone)]
pub struct Service {
    store: Store,
    cache: Arc<Cache>,
}

/// Opens (creating if need be) the database: the service and HR's accounts
/// over it.
pub fn open(path: &Path, synchronous: Synchronous) -> Result<(Service, Admins), StoreError> {
    let store = Store::open_with(path, synchronous)?;
    let admins = Admins::new(store.clone());
    let service = Service {
        store,
        cache: Arc::default(),
    };
    Ok((service, admins))
}

impl Service {
    /// Whether the database can be read and its writer answers.
    pub async fn healthy(&self) -> Result<(), Internal> {
        // Constant time: it once listed every survey with its counts, 440 ms
        // of CPU with 439,000 invites, for anyone who asked.
        self.store.ping_reader().await?;
        Ok(self.store.ping_writer().await?)
    }

    /// Commits every write asked for so far and accepts no more: the last
    /// step of a clean shutdown.
    pub async fn stop_writing(&self) {
        self.store.stop_writing().await;
    }

    /// How well group commit batched, for the log line at shutdown.
    pub fn writer_stats(&self) -> WriterStats {
        self.store.writer_stats()
    }

    /// A consistent copy of the whole database into `path`, an empty file.
    pub async fn back_up_into(&self, path: &Path) -> Result<(), Internal> {
        Ok(self.store.back_up_into(path.to_owned()).await?)
    }

    /// The latest entries of HR's audit trail, newest first.
    pub async fn audit_trail(&self, limit: u32) -> Result<Vec<AuditEntry>, Internal> {
        Ok(self.store.audit_trail(limit).await?)
    }
}

/// An audit line for `action` on `survey`, by `actor`, now.
fn audit(actor: &Actor, action: Action, survey: &SurveyId, detail: String) -> AuditEntry {
    AuditEntry {
        at: now(),
        actor: actor.to_string(),
        action,
        survey: Some(survey.clone()),
        detail,
    }
}

/// Runs CPU-heavy work (RSA) on the blocking pool, off the async workers.
async fn blocking<T: Send + 'static>(
    what: &'static str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Internal> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| Internal::Task(what))
}
