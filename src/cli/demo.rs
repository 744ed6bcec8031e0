//! `stemme demo`: the whole product in a minute. A temporary database gets
//! a closed survey of about 300 synthetic employees in eight departments,
//! who answered through the real issuance and submission code (the blind
//! signatures made by this program playing each browser), and its closed
//! follow-up six months later; then the server starts on it with a demo
//! administrator.

use std::net::{SocketAddr, TcpListener};

use anyhow::Context;

use super::{ServeArgs, serve};
use crate::accounts::{Actor, Password, Username};
use crate::config::{PublicUrl, Settings};
use crate::demo::{answers_in_all, departments, make_follow_up, make_survey};
use crate::random::random_base32;
use crate::service::accounts::Admins;

const USER: &str = "demo";

/// The demo on its own temporary database; `settings.public_url` is where
/// its links and slips lead (the address it listens on, unless given).
pub async fn run(mut settings: Settings) -> anyhow::Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("stemme-demo-")
        .tempdir()
        .context("cannot make a temporary directory for the demo")?;
    settings.database = dir.path().join("demo.db");
    eprintln!(
        "Making the demo survey in {} …",
        settings.database.display()
    );
    let (service, admins) = crate::service::open(&settings.database, settings.synchronous)?;
    let survey = make_survey(&service).await?;
    eprintln!("Making its follow-up six months later …");
    let follow_up = make_follow_up(&service, &survey).await?;
    let password = demo_admin(&admins).await?;
    let results = format!("{}/admin/surveys/{survey}/results", settings.public_url);
    let comparison = format!(
        "{}/admin/surveys/{follow_up}/comparison",
        settings.public_url
    );
    serve(settings, Some((service, admins)), move |_| {
        format!(
            "Demo: a closed survey of {} answers in {} departments, and its follow-up \
             six months later. Sign in at {results}\n  (the follow-up against it: \
             {comparison})\n  user name: {USER}\n  password:  {password}\n\
             (everything lives in a temporary directory, removed when the demo stops)",
            answers_in_all(),
            departments()
        )
    })
    .await?;
    drop(dir);
    Ok(())
}

async fn demo_admin(admins: &Admins) -> anyhow::Result<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz23456789-";
    let password = random_base32(ALPHABET, 20)?;
    admins
        .create_account(
            &Username::parse(USER)?,
            Password::parse(&password)?,
            Actor::CommandLine,
        )
        .await?;
    Ok(password)
}

/// Port 0 asks for any free port: take one now, so the public address can
/// name it before the server starts. It is released and taken again at
/// once: only a program grabbing that very port in between could interfere.
pub(super) fn with_known_port(bind: SocketAddr) -> anyhow::Result<SocketAddr> {
    if bind.port() != 0 {
        return Ok(bind);
    }
    let probe = TcpListener::bind(bind).with_context(|| format!("could not listen on {bind}"))?;
    let port = probe.local_addr()?.port();
    Ok(SocketAddr::new(bind.ip(), port))
}

/// `http://localhost:PORT` for a loopback or any-address bind (the browser
/// on this machine reaches both that way), else the address itself.
pub(super) fn listening_address(args: &ServeArgs) -> anyhow::Result<PublicUrl> {
    let scheme = if args.tls_cert.is_some() {
        "https"
    } else {
        "http"
    };
    let ip = args.bind.ip();
    let host = if ip.is_loopback() || ip.is_unspecified() {
        "localhost".to_owned()
    } else if ip.is_ipv6() {
        format!("[{ip}]")
    } else {
        ip.to_string()
    };
    let url = format!("{scheme}://{host}:{}", args.bind.port());
    Ok(PublicUrl::parse(&url)?)
}
