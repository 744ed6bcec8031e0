//! The command line: `stemme serve`, `stemme survey …`, `stemme invites …`.
//!
//! Results go to standard output (a new survey's id, invite CSV), messages
//! and logs to standard error, so scripts can capture results cleanly.

mod admin;
mod backup;
mod invites;
mod surveys;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::config::{Limits, PublicUrl, Settings, Synchronous, TlsFiles};
use crate::service::Service;
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
    /// Write a consistent copy of the database, also while the server runs.
    Backup(backup::BackupArgs),
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

    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, env = "STEMME_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The private key (PEM, PKCS#8, PKCS#1 or SEC1) of --tls-cert.
    #[arg(long, env = "STEMME_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

/// Runs one command to completion.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let public_url = PublicUrl::parse(&cli.public_url)?;
    match cli.command {
        Command::Serve(args) => {
            let tls = match (args.tls_cert, args.tls_key) {
                (Some(cert), Some(key)) => Some(TlsFiles { cert, key }),
                _ => None,
            };
            let settings = Settings {
                database: cli.db,
                bind: args.bind,
                public_url,
                synchronous: args.synchronous,
                limits: Limits {
                    request_timeout: Duration::from_secs(args.request_timeout),
                    max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
                },
                tls,
            };
            serve(settings).await
        }
        Command::Survey(command) => surveys::run(command, &open(&cli.db)?).await,
        Command::Invites(command) => invites::run(command, &open(&cli.db)?, &public_url).await,
        Command::Admin(command) => admin::run(command, &cli.db).await,
        Command::Backup(args) => backup::run(args, &open(&cli.db)?).await,
    }
}

fn open(db: &std::path::Path) -> anyhow::Result<Service> {
    let (service, _) = crate::service::open(db, Synchronous::Full)
        .with_context(|| format!("could not open the database {}", db.display()))?;
    Ok(service)
}

async fn serve(mut settings: Settings) -> anyhow::Result<()> {
    settings.limits.max_connections = fit_open_files(settings.limits.max_connections);
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
    let service = app.service().clone();
    // SIGTERM or Ctrl-C: stop accepting, let requests under way finish
    // (actix waits up to 30 s), then commit what they asked for.
    let stopped = app.run_until_stopped().await;
    service.stop_writing().await;
    stopped.context("the web server stopped with an error")?;
    // Totals only, once: how well group commit batched (read by stemme-bench).
    tracing::info!("group commit: {}", service.writer_stats());
    Ok(())
}

/// Each connection is a file descriptor: raise the soft limit on open files
/// as far as the hard limit allows, and keep the connections under it.
fn fit_open_files(wanted: usize) -> usize {
    use rustix::process::{Resource, getrlimit, setrlimit};
    // Files the server needs besides connections: the database, its log,
    // readers, listeners, standard streams.
    const SPARE: u64 = 64;
    let wanted_files = (wanted as u64).saturating_add(SPARE);
    let mut limit = getrlimit(Resource::Nofile);
    if limit.current.is_some_and(|current| current < wanted_files) {
        let raised = limit
            .maximum
            .map_or(wanted_files, |max| max.min(wanted_files));
        limit.current = Some(raised);
        let _ = setrlimit(Resource::Nofile, limit);
    }
    let allowed = getrlimit(Resource::Nofile).current.map_or(wanted, |files| {
        usize::try_from(files.saturating_sub(SPARE)).unwrap_or(wanted)
    });
    if allowed < wanted {
        tracing::warn!(
            wanted,
            allowed,
            "the open-file limit allows fewer connections than --max-connections"
        );
    }
    wanted.min(allowed).max(1)
}
