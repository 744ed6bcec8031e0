//! `stemme backup --out FILE`: a consistent copy while the server runs.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;

use crate::service::Service;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new file to write; an existing file is never overwritten.
    #[arg(long, env = "STEMME_BACKUP_OUT")]
    pub out: PathBuf,
}

pub async fn run(args: BackupArgs, service: &Service) -> anyhow::Result<()> {
    if args.out.exists() {
        anyhow::bail!(
            "{} already exists; choose a new file name",
            args.out.display()
        );
    }
    let dir = match args.out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Made here, readable by this user only: while a survey is open the
    // copy holds its private keys.
    let staging = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write a file in {}", dir.display()))?;
    service
        .back_up_into(staging.path())
        .await
        .context("the backup failed")?;
    staging.as_file().sync_all()?;
    staging
        .persist_noclobber(&args.out)
        .with_context(|| format!("could not write {}", args.out.display()))?;
    eprintln!("Wrote a backup to {}.", args.out.display());
    Ok(())
}
