//! What Stemme does, independent of how it is asked: one method per use
//! case, shared by the web pages, the API and the command line. Callers
//! parse their input into domain types first and get back service-level
//! types; none of them reaches the store.

pub mod accounts;
mod cache;
mod clean_up;
mod comparison;
mod drafts;
mod errors;
mod export;
mod follow_up;
mod invites;
mod issuance;
mod one_address;
mod results;
mod sso;
mod submission;
mod surveys;

use std::path::Path;
use std::sync::Arc;

pub use crate::store::{BackupStats as BackupReport, RetiredDepartment};
pub use comparison::{ComparisonFile, SurveyComparison};
pub use errors::{Internal, IssueError, SubmitError, SurveyError};
pub use export::Exported;
pub use follow_up::{
    FollowUpError, FollowUpOf, FollowUpPlan, FollowUpSummary, NewFollowUp, QuestionnaireChoice,
    QuestionnaireOption, continues,
};
pub use invites::{InviteBatch, MAX_INVITES_PER_BATCH, invites_csv};
pub use issuance::{InviteInfo, IssuedToken, TokenRequest};
pub use results::{ResultsSettings, SurveyResults};
pub use sso::{MAX_SEATS, SsoDepartmentSetting, SsoError};
pub use submission::Ballot;
pub use surveys::{
    Department, DepartmentParticipation, NewSurvey, Participation, SurveyDetails, SurveySummary,
};

use crate::accounts::{Action, Actor, AuditEntry};
use crate::config::Synchronous;
use crate::store::{self, BackupStats, Store, WriterStats};
use crate::survey::SurveyId;
use accounts::{Admins, now};
use cache::Cache;

/// The operations of Stemme over one database. Cheap to clone.
#[derive(Clone)]
pub struct Service {
    store: Store,
    cache: Arc<Cache>,
    /// Codes used per department and (keyed hash of) address, in memory.
    watch: Arc<one_address::CodeWatch>,
}

/// Opens (creating if need be) the database: the service and HR's accounts
/// over it.
pub fn open(path: &Path, synchronous: Synchronous) -> Result<(Service, Admins), Internal> {
    let store = Store::open_with(path, synchronous)?;
    let admins = Admins::new(store.clone());
    let service = Service {
        store,
        cache: Arc::default(),
        watch: Arc::default(),
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

    /// What opening this database retired, if it was a restored backup.
    pub fn restored(&self) -> Option<&[crate::store::RetiredDepartment]> {
        self.store.restored()
    }

    /// A code of `department` was just used from `client`: counted in
    /// memory, and a warning in HR's audit trail if one address used a
    /// quarter of the department's codes or more within minutes
    /// (`one_address.rs`). The address is neither stored nor logged.
    pub async fn note_code_used(
        &self,
        survey: &SurveyId,
        department: &crate::survey::DepartmentName,
        client: std::net::IpAddr,
    ) -> Result<(), Internal> {
        let now = std::time::Instant::now();
        // Only a third code from one address costs a look at the count.
        let Some((key, codes)) = self.watch.used(survey, department, client, now) else {
            return Ok(());
        };
        let invited = self.store.invited(survey, department).await?;
        let Some(burst) = self.watch.judge(&key, codes, invited) else {
            return Ok(());
        };
        let minutes = one_address::WINDOW.as_secs() / 60;
        let detail = format!(
            "{}: {} of {} codes ({} %) used from one network address within {minutes} minutes",
            burst.department, burst.codes, burst.invited, burst.percent
        );
        let entry = audit(&Actor::Server, Action::CodesFromOneAddress, survey, detail);
        Ok(self.store.record_audit(entry).await?)
    }

    /// The latest entries of HR's audit trail, newest first.
    pub async fn audit_trail(&self, limit: u32) -> Result<Vec<AuditEntry>, Internal> {
        Ok(self.store.audit_trail(limit).await?)
    }
}

/// A consistent copy of the database at `source` into `target` (new or
/// empty), taken in steps beside a running server without holding its
/// writer up, and marked as a backup (`store/backup.rs`, `store/restore.rs`).
pub async fn back_up(source: &Path, target: &Path) -> Result<BackupStats, Internal> {
    let (source, target) = (source.to_owned(), target.to_owned());
    blocking("the backup", move || store::back_up(&source, &target))
        .await?
        .map_err(Internal::Store)
}

/// Marks a file about to become the database, so that opening it applies
/// the rule for restored backups whatever made the file.
pub fn mark_for_restore(path: &Path) -> Result<(), Internal> {
    Ok(Store::mark_for_restore(path)?)
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
