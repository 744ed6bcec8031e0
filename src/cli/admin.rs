use std::io::BufRead;
use std::path::Path;

use anyhow::Context;
use clap::Subcommand;
use secrecy::zeroize::Zeroize;
use secrecy::{ExposeSecret, SecretString};

use crate::accounts::{Actor, Password, Username};
use crate::config::Synchronous;

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator account; asks for the password twice.
    Create {
        /// The name to sign in with (2 to 64 characters, no spaces).
        #[arg(long, env = "STEMME_ADMIN_USERNAME", value_parser = Username::parse)]
        username: Username,
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
        let mut typed = String::new();
        let read = std::io::stdin().lock().read_line(&mut typed);
        let line: SecretString = typed.trim_end_matches(['\r', '\n']).into();
        typed.zeroize();
        read.context("could not read the password from standard input")?;
        line
    } else {
        prompt()?
    };
    let password = Password::parse(password.expose_secret())?;
    let (_, admins) = crate::service::open(db, Synchronous::Full)
        .with_context(|| format!("could not open the database {}", db.display()))?;
    admins
        .create_account(&username, password, Actor::CommandLine)
        .await?;
    eprintln!("Created the administrator \"{username}\"; sign in at /admin.");
    Ok(())
}

/// Asks twice without echo, so a typing mistake cannot lock anyone out.
fn prompt() -> anyhow::Result<SecretString> {
    let password: SecretString = rpassword::prompt_password("New password: ")
        .context("could not read the password (use --password-stdin without a terminal)")?
        .into();
    let again: SecretString = rpassword::prompt_password("The same password again: ")
        .context("could not read the password")?
        .into();
    anyhow::ensure!(
        password.expose_secret() == again.expose_secret(),
        "the two passwords differ; nothing was changed"
    );
    Ok(password)
}
