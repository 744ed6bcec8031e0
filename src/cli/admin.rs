use std::io::BufRead;
use std::path::Path;

use anyhow::Context;
use clap::Subcommand;

use crate::accounts::Actor;
use crate::config::Synchronous;

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator account; asks for the password twice.
    Create {
        /// The name to sign in with (2 to 64 characters, no spaces).
        #[arg(long, env = "STEMME_ADMIN_USERNAME")]
        username: String,
        /// Read the password from the first line of standard input instead
        /// of asking for it, for scripts.
        #[arg(long)]
        password_stdin: bool,
    },
}

pub async fn run(command: AdminCommand, db: &Path) -> anyhow::Result<()> {
    let AdminCommand::Create {
        username,
        password_stdin,
    } = command;
    let password = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("could not read the password from standard input")?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        prompt()?
    };
    let (_, admins) = crate::service::open(db, Synchronous::Full)
        .with_context(|| format!("could not open the database {}", db.display()))?;
    let name = admins
        .create_account(&username, &password, Actor::CommandLine)
        .await?;
    eprintln!("Created the administrator \"{name}\"; sign in at /admin.");
    Ok(())
}

/// Asks twice without echo, so a typing mistake cannot lock anyone out.
fn prompt() -> anyhow::Result<String> {
    let password = rpassword::prompt_password("New password: ")
        .context("could not read the password (use --password-stdin without a terminal)")?;
    let again = rpassword::prompt_password("The same password again: ")
        .context("could not read the password")?;
    anyhow::ensure!(
        password == again,
        "the two passwords differ; nothing was changed"
    );
    Ok(password)
}
