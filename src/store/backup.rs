//! `stemme backup`: a consistent copy of a database that a server may be
//! writing to, taken without holding the server's writer up.
//!
//! `VACUUM INTO` on the live file read one snapshot for as long as it ran;
//! the writer's checkpoint after each commit waits for such a reader, so
//! answering stalled for the whole backup (and after five seconds gave up
//! with a warning). Now SQLite's online backup copies the pages into memory
//! a step at a time, each step a short read, with a pause between for the
//! writer. A commit by the server between two steps makes SQLite start the
//! copy again; after a few such restarts the rest is copied in one step (a
//! page copy, much faster than a `VACUUM`). The copy in memory is then
//! written out with `VACUUM INTO`, away from the live file: rows in key
//! order, no free pages, no log (rule P1). Memory: the size of the database.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{StoreError, restore};

/// Pages per step: 4 MiB with SQLite's default page size.
const STEP_PAGES: std::ffi::c_int = 1024;
/// Restarts tolerated before the rest is copied in one step.
const MAX_RESTARTS: u32 = 3;
/// The writer's turn between two steps.
const PAUSE: Duration = Duration::from_millis(2);

/// How a backup went, for the operator and the tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupStats {
    pub steps: u32,
    pub restarts: u32,
    pub pages: u32,
}

/// Writes a consistent copy of `source` into `target` (new or empty),
/// marked as a backup, so that whoever restores it applies the rule of
/// `restore.rs`. Blocking: run it off the async workers.
pub fn back_up(source: &Path, target: &Path) -> Result<BackupStats, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let live = Connection::open_with_flags(source, flags)?;
    live.busy_timeout(Duration::from_secs(5))?;
    let mut copy = Connection::open_in_memory()?;
    let stats = copy_in_steps(&live, &mut copy)?;
    drop(live);
    copy.execute_batch("PRAGMA temp_store = MEMORY;")?;
    restore::mark(&copy)?;
    copy.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
    Ok(stats)
}

fn copy_in_steps(live: &Connection, copy: &mut Connection) -> Result<BackupStats, StoreError> {
    let backup = Backup::new(live, copy)?;
    let (mut steps, mut restarts) = (0, 0);
    let mut remaining = std::ffi::c_int::MAX;
    loop {
        let pages = if restarts >= MAX_RESTARTS {
            -1
        } else {
            STEP_PAGES
        };
        steps += 1;
        // Anything else is more to copy, or the file busy for a moment.
        if backup.step(pages)? == StepResult::Done {
            break;
        }
        let progress = backup.progress();
        if progress.remaining > remaining {
            restarts += 1;
        }
        remaining = progress.remaining;
        std::thread::sleep(PAUSE);
    }
    let pages = u32::try_from(backup.progress().pagecount).unwrap_or(0);
    Ok(BackupStats {
        steps,
        restarts,
        pages,
    })
}
