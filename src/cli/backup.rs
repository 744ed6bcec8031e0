//! `stemme backup --out FILE`: a consistent copy while the server runs, and
//! `stemme restore --from FILE`: a backup made the database again, under
//! the rule for restored open surveys (docs/operations.md).

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;

use crate::service::{self, Service};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new file to write; an existing file is never overwritten.
    #[arg(long, env = "STEMME_BACKUP_OUT")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `stemme backup`. The database (--db) must not
    /// exist: stop Stemme and move the old file aside first.
    #[arg(long, env = "STEMME_RESTORE_FROM")]
    pub from: PathBuf,
}

/// A new file beside `path`, readable by this user only: while a survey is
/// open, a copy holds its private keys.
fn staging_for(path: &Path) -> anyhow::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write a file in {}", dir.display()))
}

/// Reads the database without opening it for writing: no writer, no
/// migration, no checkpoint that could wait on the server's.
pub async fn run(args: BackupArgs, db: &Path) -> anyhow::Result<()> {
    if args.out.exists() {
        anyhow::bail!(
            "{} already exists; choose a new file name",
            args.out.display()
        );
    }
    if !db.exists() {
        anyhow::bail!("there is no database at {}", db.display());
    }
    let staging = staging_for(&args.out)?;
    let stats = service::back_up(db, staging.path())
        .await
        .context("the backup failed")?;
    staging.as_file().sync_all()?;
    staging
        .persist_noclobber(&args.out)
        .with_context(|| format!("could not write {}", args.out.display()))?;
    eprintln!(
        "Wrote a backup to {} ({} pages in {} steps).",
        args.out.display(),
        stats.pages,
        stats.steps
    );
    Ok(())
}

pub async fn restore(args: RestoreArgs, db: &Path) -> anyhow::Result<()> {
    if db.exists() {
        anyhow::bail!(
            "{} exists; stop Stemme and move it (and its -wal and -shm files) aside before restoring",
            db.display()
        );
    }
    let staging = staging_for(db)?;
    std::fs::copy(&args.from, staging.path())
        .with_context(|| format!("could not read {}", args.from.display()))?;
    service::mark_for_restore(staging.path())
        .with_context(|| format!("{} is not a Stemme database", args.from.display()))?;
    staging.as_file().sync_all()?;
    staging
        .persist_noclobber(db)
        .with_context(|| format!("could not write {}", db.display()))?;
    let (service, _) = service::open(db, crate::config::Synchronous::Full)
        .with_context(|| format!("could not open the restored database {}", db.display()))?;
    report(&service);
    service.stop_writing().await;
    Ok(())
}

/// What the operator (and HR, through the audit trail) must know.
fn report(service: &Service) {
    let retired = service.restored().unwrap_or_default();
    if retired.is_empty() {
        eprintln!("Restored. No survey was open in the backup: nothing else changed.");
        return;
    }
    eprintln!(
        "Restored. The keys of every open survey were replaced: vouchers issued before now are refused, so that no invite gives two answers."
    );
    eprintln!(
        "Answers sent after the backup was taken are not in it. Whoever first used their code after the backup can use it again."
    );
    eprintln!(
        "At most this many people per department used their code before the backup but have no answer in it; they cannot answer again:"
    );
    for r in retired {
        eprintln!("  {} / {}: {}", r.survey, r.department, r.possibly_lost);
    }
}
