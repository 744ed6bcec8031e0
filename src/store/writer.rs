//! The single writer: group commit on a dedicated thread.
//!
//! Requests queue on a channel. The thread takes the first, then everything
//! else already waiting (up to a limit), runs each in its own savepoint so
//! one failure does not spoil the rest, commits once, and only then answers
//! each request. One fsync thus covers a whole batch.
//!
//! After every commit the writer checkpoints the write-ahead log and
//! truncates it to nothing: a log that grew over many commits would keep,
//! frame after frame, the order in which invites were used and answers
//! arrived (rule P1). So the log holds at most the batch being committed.

mod stats;

use std::sync::Arc;
use std::thread;

use rusqlite::Connection;
use tokio::sync::{mpsc, oneshot};

use super::StoreError;
use stats::Counters;
pub use stats::{StatsLineError, WriterStats};

const QUEUE: usize = 8192;
const MAX_BATCH: usize = 1024;

type CommitResult = Result<(), Arc<rusqlite::Error>>;

trait Job: Send {
    /// Runs the work, inside the batch's transaction unless `alone`; returns
    /// how to answer once the outcome of the commit is known.
    fn run(self: Box<Self>, conn: &Connection, alone: bool) -> Box<dyn Finish>;

    /// Answers with a failure without running.
    fn fail(self: Box<Self>, error: Arc<rusqlite::Error>);
}

trait Finish: Send {
    fn finish(self: Box<Self>, commit: CommitResult);
}

struct Work<F, T> {
    f: F,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

struct Done<T> {
    result: Result<T, StoreError>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<F, T> Job for Work<F, T>
where
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    T: Send + 'static,
{
    fn run(self: Box<Self>, conn: &Connection, alone: bool) -> Box<dyn Finish> {
        let Work { f, reply } = *self;
        let result = if alone {
            contained(|| f(conn))
        } else {
            in_savepoint(conn, f)
        };
        Box::new(Done { result, reply })
    }

    fn fail(self: Box<Self>, error: Arc<rusqlite::Error>) {
        let _ = self.reply.send(Err(StoreError::Commit(error)));
    }
}

impl<T: Send> Finish for Done<T> {
    fn finish(self: Box<Self>, commit: CommitResult) {
        let answer = commit.map_err(StoreError::Commit).and(self.result);
        // The requester may have gone away (client disconnected); that is fine.
        let _ = self.reply.send(answer);
    }
}

/// Runs a job, turning a panic into an error: the job fails, the writer
/// lives on for every other request.
fn contained<T>(f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        tracing::error!(panic = %what, "a database job panicked; it is rolled back");
        Err(StoreError::Panicked)
    })
}

fn in_savepoint<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    run_cached(conn, "SAVEPOINT job")?;
    let result = contained(|| f(conn));
    if result.is_err() {
        run_cached(conn, "ROLLBACK TO job")?;
    }
    run_cached(conn, "RELEASE job")?;
    result
}

/// Every job and batch runs these: prepared once, not parsed each time.
fn run_cached(conn: &Connection, sql: &str) -> Result<(), rusqlite::Error> {
    conn.prepare_cached(sql)?.execute([]).map(drop)
}

/// Most work joins a batch; maintenance such as `VACUUM` must run outside
/// any transaction, alone; `Stop` ends the writer once everything sent
/// before it is committed.
enum Request {
    Batched(Box<dyn Job>),
    Alone(Box<dyn Job>),
    Stop(oneshot::Sender<()>),
}

pub(super) struct Writer {
    queue: mpsc::Sender<Request>,
    counters: Arc<Counters>,
}

impl Writer {
    pub(super) fn spawn(conn: Connection) -> std::io::Result<Writer> {
        let (queue, receiver) = mpsc::channel(QUEUE);
        let counters = Arc::new(Counters::default());
        let thread_counters = Arc::clone(&counters);
        thread::Builder::new()
            .name("stemme-writer".into())
            .spawn(move || run(conn, receiver, &thread_counters))?;
        Ok(Writer { queue, counters })
    }

    pub(super) async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        self.submit(f, false).await
    }

    /// Runs `f` outside any transaction, after the current batch.
    pub(super) async fn alone<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        self.submit(f, true).await
    }

    async fn submit<T, F>(&self, f: F, alone: bool) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Box<dyn Job> = Box::new(Work { f, reply });
        let request = if alone {
            Request::Alone(job)
        } else {
            Request::Batched(job)
        };
        self.queue
            .send(request)
            .await
            .map_err(|_| StoreError::WriterGone)?;
        answer.await.map_err(|_| StoreError::WriterGone)?
    }

    pub(super) fn stats(&self) -> WriterStats {
        self.counters.snapshot()
    }

    /// Commits everything asked before, empties the log, and stops: writes
    /// asked after this fail with `WriterGone`.
    pub(super) async fn stop(&self) {
        let (done, stopped) = oneshot::channel();
        if self.queue.send(Request::Stop(done)).await.is_ok() {
            // An error means the writer had already gone: stopped either way.
            let _ = stopped.await;
        }
    }
}

fn run(conn: Connection, mut receiver: mpsc::Receiver<Request>, counters: &Counters) {
    let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(MAX_BATCH);
    let mut waiting: Option<Request> = None;
    // Ends when every sender is dropped, i.e. when the store is dropped.
    while let Some(first) = waiting.take().or_else(|| receiver.blocking_recv()) {
        match first {
            Request::Stop(done) => {
                receiver.close();
                let _ = done.send(());
                break;
            }
            Request::Alone(job) => {
                job.run(&conn, true).finish(Ok(()));
                truncate_log(&conn);
            }
            Request::Batched(job) => {
                batch.push(job);
                while batch.len() < MAX_BATCH {
                    match receiver.try_recv() {
                        Ok(Request::Batched(job)) => batch.push(job),
                        Ok(other) => {
                            waiting = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                counters.record(batch.len() as u64);
                commit_batch(&conn, batch.drain(..));
                truncate_log(&conn);
            }
        }
    }
}

fn commit_batch(conn: &Connection, jobs: impl Iterator<Item = Box<dyn Job>>) {
    if let Err(e) = run_cached(conn, "BEGIN IMMEDIATE") {
        let e = Arc::new(e);
        for job in jobs {
            job.fail(Arc::clone(&e));
        }
        return;
    }
    let finishes: Vec<Box<dyn Finish>> = jobs.map(|job| job.run(conn, false)).collect();
    let commit = run_cached(conn, "COMMIT").map_err(|e| {
        tracing::error!(error = %e, "group commit failed; rolling back the batch");
        let _ = conn.execute_batch("ROLLBACK");
        Arc::new(e)
    });
    for finish in finishes {
        finish.finish(commit.clone());
    }
}

/// Copies the write-ahead log into the database and empties it (rule P1).
/// Readers that began before the commit delay it for a moment (the busy
/// handler); a checkpoint that still cannot finish leaves the batch in the
/// log until the next one, and says so.
pub(super) fn truncate_log(conn: &Connection) {
    let outcome = conn
        .prepare_cached("PRAGMA wal_checkpoint(TRUNCATE)")
        .and_then(|mut s| {
            s.query_row([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
        });
    match outcome {
        Ok((0, _, _)) => {}
        Ok((_, log, done)) => tracing::warn!(
            frames = log,
            copied = done,
            "the write-ahead log could not be emptied: readers kept it busy"
        ),
        Err(e) => tracing::warn!(error = %e, "the write-ahead log could not be emptied"),
    }
}

#[cfg(test)]
mod tests;
