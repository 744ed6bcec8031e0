//! The database gateway: the only place that speaks SQL.
//!
//! Reads run on a small pool of read-only connections inside
//! `spawn_blocking`, never on an async worker. Writes go to one writer thread
//! that gathers whatever is waiting into one transaction (group commit) and
//! answers every request only after that transaction is durable.

mod accounts;
mod audit;
mod backup;
mod ballots;
mod batches;
mod decode;
mod departments;
mod follow_ups;
mod invites;
mod keys;
mod migrations;
mod restore;
mod results;
mod sso;
mod sso_admins;
mod sso_slots;
mod surveys;
#[cfg(test)]
mod testing;
mod writer;

use std::path::Path;
use std::sync::Arc;

use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::Connection;

use crate::config::Synchronous;
pub use accounts::{SessionRecord, SetupOutcome};

pub use backup::{BackupStats, back_up};
pub use ballots::RecordOutcome;
pub use batches::VoidOutcome;
pub use departments::DraftChange;
pub use follow_ups::{FollowUpOutcome, FollowUpSummary, NewFollowUp};
pub use invites::{
    AddInvitesOutcome, ClaimOutcome, DepartmentParticipation, InviteRecord, NewBatch, NewInvites,
};
pub use keys::{KeyRecord, Transition};
pub use restore::RetiredDepartment;
pub use results::SavedResults;
pub use sso::{AccessMode, SsoChange, SsoChangeOutcome, SsoDepartment, SsoRecord};
pub use sso_admins::{NO_PASSWORD, ProviderAccount};
pub use sso_slots::{SlotClaim, SlotRecord};
pub use surveys::{DepartmentRecord, NewSurvey, SurveyRecord, SurveySummary};
pub use writer::{StatsLineError, WriterStats};

use writer::Writer;

type Pool = r2d2::Pool<SqliteConnectionManager>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error")]
    Sqlite(#[from] rusqlite::Error),
    #[error("could not get a database connection")]
    Pool(#[from] r2d2::Error),
    #[error("could not bring the database schema up to date")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("could not commit the transaction")]
    Commit(#[source] Arc<rusqlite::Error>),
    #[error("the database writer has stopped")]
    WriterGone,
    #[error("could not start the database writer")]
    Spawn(#[source] std::io::Error),
    #[error("a database task panicked or was cancelled")]
    Task,
    #[error("a database job panicked and was rolled back")]
    Panicked,
    #[error("the database holds a value this version cannot read: {0}")]
    Corrupt(String),
}

/// Handle to the database; cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: Pool,
    writer: Arc<Writer>,
    /// What opening a restored backup retired (`restore.rs`), if it was one.
    restored: Option<Arc<Vec<RetiredDepartment>>>,
}

const READERS: u32 = 4;

impl Store {
    /// Opens (creating if needed) the database file and migrates it. Every
    /// commit is durable before it is acknowledged, power loss included.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, Synchronous::Full)
    }

    /// Like [`Store::open`], with the durability the operator chose.
    pub fn open_with(path: &Path, synchronous: Synchronous) -> Result<Self, StoreError> {
        let mut conn = Connection::open(path)?;
        configure_writer(&conn, synchronous)?;
        let migrations = migrations::migrations();
        let before = usize::from(migrations.current_version(&conn)?);
        migrations.to_latest(&mut conn)?;
        if (1..migrations::IN_PLACE).contains(&before) {
            // The tables migration 3 replaced kept their write order in
            // their pages; rewriting the file leaves nothing of it.
            conn.execute_batch("VACUUM")?;
        }
        // A restored backup retires its open surveys' keys before anything
        // can use them (restore.rs).
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let restored = restore::apply_if_marked(&mut conn, now)?.map(Arc::new);
        // A crash may have left a batch in the log.
        writer::truncate_log(&conn);
        let manager = SqliteConnectionManager::file(path).with_init(configure_reader);
        let pool = r2d2::Pool::builder().max_size(READERS).build(manager)?;
        let writer = Writer::spawn(conn).map_err(StoreError::Spawn)?;
        Ok(Store {
            pool,
            writer: Arc::new(writer),
            restored,
        })
    }

    /// Runs `f` on a read-only connection, off the async workers.
    async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&*pool.get()?))
            .await
            .map_err(|_| StoreError::Task)?
    }

    /// Runs `f` inside the writer's next group-committed transaction.
    async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        self.writer.write(f).await
    }

    /// Whether the writer answers: it runs an empty job and commits.
    pub async fn ping_writer(&self) -> Result<(), StoreError> {
        self.write(|_| Ok(())).await
    }

    /// Whether the database reads: one row at most, whatever its size.
    pub async fn ping_reader(&self) -> Result<(), StoreError> {
        self.read(|conn| {
            conn.query_row("SELECT EXISTS (SELECT 1 FROM surveys)", [], |_| Ok(()))?;
            Ok(())
        })
        .await
    }

    /// Commits what was asked so far and stops writing; for a clean
    /// shutdown. Reads keep working.
    pub async fn stop_writing(&self) {
        self.writer.stop().await;
    }

    /// What opening this file retired, if it was a restored backup.
    pub fn restored(&self) -> Option<&[RetiredDepartment]> {
        self.restored.as_deref().map(Vec::as_slice)
    }

    /// Marks a file about to be restored, so that opening it applies the
    /// rule for restored backups (`restore.rs`) whatever made the file.
    pub fn mark_for_restore(path: &Path) -> Result<(), StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        restore::mark(&conn)?;
        Ok(())
    }
    /// How well group commit is batching, for the benchmark.
    pub fn writer_stats(&self) -> WriterStats {
        self.writer.stats()
    }
}

/// WAL lets readers proceed while the writer commits (the writer empties
/// the log after each commit, see `writer.rs`); `synchronous` decides
/// whether each commit waits for its fsync (see [`Synchronous`]);
/// `secure_delete` overwrites deleted content such as private keys; temporary
/// tables and sorts stay in memory, so no temporary file holds rows either.
fn configure_writer(conn: &Connection, synchronous: Synchronous) -> Result<(), rusqlite::Error> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    // A checkpoint waits for readers that began before it; they are short,
    // so yield to them rather than sleep whole milliseconds at a time.
    conn.busy_handler(Some(retry_soon))?;
    conn.pragma_update(None, "synchronous", synchronous.pragma())
}

/// Busy handler: yield for the first thousand tries, then sleep 1 ms at a
/// time, giving up after about five seconds.
fn retry_soon(attempt: i32) -> bool {
    match attempt {
        0..1000 => std::thread::yield_now(),
        1000..6000 => std::thread::sleep(std::time::Duration::from_millis(1)),
        _ => return false,
    }
    true
}

fn configure_reader(conn: &mut Connection) -> Result<(), rusqlite::Error> {
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;
         PRAGMA temp_store = MEMORY;
         PRAGMA query_only = ON;",
    )
}
