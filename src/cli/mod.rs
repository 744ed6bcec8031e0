//! The command line: `stemme serve`, `stemme survey …`, `stemme invites …`.
//!
//! Results go to standard output (a new survey's id, invite CSV), messages
//! and logs to standard error, so scripts can capture results cleanly.

mod admin;
mod backup;
mod demo;
mod export;
mod follow_up;
mod invites;
mod oidc;
mod serve;
mod surveys;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::config::{PublicUrl, Synchronous};
use crate::service::Service;
use serve::{serve, settings};

/// Where employees reach the service when no `--public-url` says otherwise.
const DEFAULT_PUBLIC_URL: &str = "http://localhost:8080";

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
    /// Without it, http://localhost:8080; `demo` uses the address it listens on.
    #[arg(long, env = "STEMME_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

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
    /// Write a consistent copy of the database, also while the server runs.
    Backup(backup::BackupArgs),
    /// Make a backup the database again; open surveys get new keys
    /// (docs/operations.md, "Restoring an open survey").
    Restore(backup::RestoreArgs),
    /// Write a closed survey's results as XLSX or CSV (aggregates only).
    Export(export::ExportArgs),
    /// Serve a temporary demo: a closed survey of about 300 synthetic
    /// employees in eight departments, and a demo administrator. Takes the
    /// flags of `serve`; --db is not used.
    Demo(ServeArgs),
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

    /// Seconds a whole request may take, body included; a slower one is
    /// answered 408 and its connection closed.
    #[arg(long, env = "STEMME_REQUEST_TIMEOUT", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout: u64,

    /// Open connections at most; more wait to be accepted. Lowered to what
    /// the open-file limit allows, with a warning.
    #[arg(long, env = "STEMME_MAX_CONNECTIONS", default_value_t = 4096, value_parser = clap::value_parser!(u64).range(16..=1_000_000))]
    pub max_connections: u64,

    /// Open connections of one client address (for IPv6, of one /64) at
    /// most; more are closed at once. Behind a reverse proxy every
    /// connection comes from the proxy: raise it to --max-connections.
    #[arg(long, env = "STEMME_MAX_CONNECTIONS_PER_ADDRESS", default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections_per_address: u64,

    /// Seconds a client may read nothing of an answer before its
    /// connection is closed.
    #[arg(long, env = "STEMME_SEND_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub send_timeout: u64,

    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, env = "STEMME_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The private key (PEM, PKCS#8, PKCS#1 or SEC1) of --tls-cert.
    #[arg(long, env = "STEMME_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    #[command(flatten)]
    pub oidc: oidc::OidcArgs,
}

/// Runs one command to completion.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let given = cli
        .public_url
        .as_deref()
        .map(PublicUrl::parse)
        .transpose()?;
    let public_url = match &given {
        Some(url) => url.clone(),
        None => PublicUrl::parse(DEFAULT_PUBLIC_URL)?,
    };
    match cli.command {
        // One settings value from the flags, the database and the address
        // in it: `demo` only puts its own database in.
        Command::Serve(args) => {
            serve(settings(cli.db, &args, public_url)?, None, |_| {
                String::new()
            })
            .await
        }
        Command::Demo(mut args) => {
            // The demo's links and slips lead where it listens, unless
            // --public-url says otherwise.
            args.bind = demo::with_known_port(args.bind)?;
            let public_url = match given {
                Some(url) => url,
                None => demo::listening_address(&args)?,
            };
            demo::run(settings(cli.db, &args, public_url)?).await
        }
        Command::Survey(command) => surveys::run(command, &open(&cli.db)?).await,
        Command::Invites(command) => invites::run(command, &open(&cli.db)?, &public_url).await,
        Command::Admin(command) => admin::run(command, &cli.db).await,
        Command::Backup(args) => backup::run(args, &cli.db).await,
        Command::Restore(args) => backup::restore(args, &cli.db).await,
        Command::Export(args) => export::run(args, &open(&cli.db)?).await,
    }
}

fn open(db: &std::path::Path) -> anyhow::Result<Service> {
    let (service, _) = crate::service::open(db, Synchronous::Full)
        .with_context(|| format!("could not open the database {}", db.display()))?;
    Ok(service)
}
