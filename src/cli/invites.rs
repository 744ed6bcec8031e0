use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Subcommand;

use super::surveys::parse_id;
use crate::accounts::Actor;
use crate::config::PublicUrl;
use crate::invites::InviteFormat;
use crate::service::Service;
use crate::survey::DepartmentName;

#[derive(Debug, Subcommand)]
pub enum InvitesCommand {
    /// Make invite codes and write them as CSV (department,code,link).
    Create {
        /// The survey's id.
        #[arg(long, env = "STEMME_SURVEY")]
        survey: String,
        /// The department the invites are for.
        #[arg(long, env = "STEMME_DEPARTMENT", value_parser = DepartmentName::parse)]
        department: DepartmentName,
        /// How many invites to make (1 to 10000).
        #[arg(long, env = "STEMME_COUNT")]
        count: u32,
        /// Write the CSV to this new file instead of standard output.
        #[arg(long, env = "STEMME_OUT")]
        out: Option<PathBuf>,
    },
}

pub async fn run(
    command: InvitesCommand,
    service: &Service,
    public_url: &PublicUrl,
) -> anyhow::Result<()> {
    let InvitesCommand::Create {
        survey,
        department,
        count,
        out,
    } = command;
    let survey = parse_id(&survey)?;
    // Codes are shown only once: make sure they can be written before
    // creating them, and never overwrite an earlier file of codes.
    let file = match &out {
        Some(path) => Some(prepare(path)?),
        None => None,
    };
    let batch = service
        .create_invites(
            &survey,
            &department,
            count,
            &Actor::CommandLine,
            InviteFormat::Csv,
        )
        .await?;
    let csv = batch.to_csv(public_url)?;
    match (file, &out) {
        (Some(mut file), Some(path)) => {
            file.write_all(&csv)?;
            file.as_file().sync_all()?;
            file.persist_noclobber(path).with_context(|| {
                format!(
                    "could not write {}; the {count} new invites are unusable",
                    path.display()
                )
            })?;
            eprintln!(
                "Wrote {count} invites for {} to {}.",
                batch.department,
                path.display()
            );
        }
        _ => std::io::stdout().write_all(&csv)?,
    }
    Ok(())
}

fn prepare(path: &Path) -> anyhow::Result<tempfile::NamedTempFile> {
    if path.exists() {
        anyhow::bail!(
            "{} already exists; choose a new file name so no codes are lost",
            path.display()
        );
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write a file in {}", dir.display()))
}
