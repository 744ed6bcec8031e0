//! `stemme serve`: the web service until SIGTERM, then a clean stop.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;

use super::ServeArgs;
use crate::config::{Limits, PublicUrl, Settings, TlsFiles};
use crate::service::Service;
use crate::service::accounts::Admins;
use crate::web::Application;

/// The settings of `serve` (and `demo`) from their flags.
pub fn settings(
    database: PathBuf,
    args: &ServeArgs,
    public_url: PublicUrl,
) -> anyhow::Result<Settings> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(TlsFiles {
            cert: cert.clone(),
            key: key.clone(),
        }),
        _ => None,
    };
    Ok(Settings {
        database,
        bind: args.bind,
        public_url,
        synchronous: args.synchronous,
        limits: Limits {
            request_timeout: Duration::from_secs(args.request_timeout),
            max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
            max_connections_per_address: usize::try_from(args.max_connections_per_address)
                .unwrap_or(usize::MAX),
            send_timeout: Duration::from_secs(args.send_timeout),
        },
        tls,
        oidc: args.oidc.settings()?,
        local_accounts: args.oidc.local_accounts,
    })
}

/// Serves until stopped; `announce` says more on standard output once the
/// port is known (the demo's address and password).
pub async fn serve(
    mut settings: Settings,
    open: Option<(Service, Admins)>,
    announce: impl FnOnce(u16) -> String,
) -> anyhow::Result<()> {
    settings.limits.max_connections = fit_open_files(settings.limits.max_connections);
    let public_url = settings.public_url.clone();
    // With passwords switched off, nobody may choose one through a link.
    let passwords = settings.local_accounts || settings.oidc.is_none();
    let app = match open {
        Some((service, admins)) => Application::serving(settings, service, admins)?,
        None => Application::build(settings)?,
    };
    // On standard output, not in the log: the log must carry no addresses.
    println!(
        "Stemme is listening on port {} (public address {public_url})",
        app.port()
    );
    let more = announce(app.port());
    if !more.is_empty() {
        println!("{more}");
    }
    let link = match passwords {
        true => app.admins().setup_link(&public_url).await?,
        false => None,
    };
    if let Some(link) = link {
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
