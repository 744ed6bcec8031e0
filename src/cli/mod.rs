//! The command line: `stemme serve`, `stemme survey …`, `stemme invites …`.
//!
//! Results go to standard output (a new survey's id, invite CSV), messages
//! and logs to standard error, so scripts can capture results cleanly.

mod admin;
mod invites;
mod surveys;

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::config::{PublicUrl, Settings, Synchronous};
use crate::service::Service;
use crate::store::Store;
use crate::web::Application;

#[derive(Debug, Parser)]
#[command(
    name = "stemme",
    version,
    about = "Anonymous employee surveys, one answer per invite, unlinkable by design."
)]
pub struct Cli {
    /// SQLite database file; created, with its schema, on first use.
    #[arg(long, env = "STEMME_DB", default_value = "stemme.db", global = true)]
    pub db: PathBuf,

    /// Address where employees reach the service; invite links start with it.
    #[arg(
        long,
        env = "STEMME_PUBLIC_URL",
        default_value = "http://localhost:8080",
        global = true
    )]
    pub public_url: String,

    /// What to log, as a tracing filter such as `info` or `stemme=debug,warn`.
    #[arg(long, env = "STEMME_LOG", default_value = "info", global = true)]
    pub log: String,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service.
    Serve(ServeArgs),
    /// Create, list, open and close surveys.
    #[command(subcommand)]
    Survey(surveys::SurveyCommand),
    /// Make invite codes for a department.
    #[command(subcommand)]
    Invites(invites::InvitesCommand),
    /// Manage the accounts of HR's administrators.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on; port 0 picks a free one.
    #[arg(long, env = "STEMME_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// When an answer counts as stored: `full` waits for the disk (survives a
    /// power cut), `normal` only for the operating system (survives a crash
    /// of Stemme). See docs/performance.md.
    #[arg(long, env = "STEMME_SYNCHRONOUS", value_enum, default_value_t)]
    pub synchronous: Synchronous,
}

/// Runs one command to completion.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let public_url = PublicUrl::parse(&cli.public_url)?;
    match cli.command {
        Command::Serve(args) => {
            let settings = Settings {
                database: cli.db,
                bind: args.bind,
                public_url,
                synchronous: args.synchronous,
            };
            serve(settings).await
        }
        Command::Survey(command) => surveys::run(command, &open(&cli.db)?).await,
        Command::Invites(command) => invites::run(command, &open(&cli.db)?, &public_url).await,
        Command::Admin(command) => admin::run(command, &cli.db).await,
    }
}

fn open(db: &std::path::Path) -> anyhow::Result<Service> {
    let store =
        Store::open(db).with_context(|| format!("could not open the database {}", db.display()))?;
    Ok(Service::new(store))
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let public_url = settings.public_url.clone();
    let app = Application::build(settings)?;
    // On standard output, not in the log: the log must carry no addresses.
    println!(
        "Stemme is listening on port {} (public address {public_url})",
        app.port()
    );
    if let Some(link) = app.admins().setup_link(&public_url).await? {
        println!(
            "No administrator yet. Open this one-time link to choose the first \
             administrator's password (it works once; a restart prints a new one):\n{link}"
        );
    }
    let store = app.service().store().clone();
    app.run_until_stopped()
        .await
        .context("the web server stopped with an error")?;
    // Totals only, once: how well group commit batched (read by stemme-bench).
    tracing::info!("group commit: {}", store.writer_stats());
    Ok(())
}
