//! `stemme demo`: the whole product in a minute. A temporary database gets
//! a closed survey of about 300 synthetic employees in eight departments,
//! who answered through the real issuance and submission code (the blind
//! signatures made by this program playing each browser), then the server
//! starts on it with a demo administrator.

use std::net::{SocketAddr, TcpListener};

use anyhow::Context;

use super::{ServeArgs, serve, settings};
use crate::accounts::Actor;
use crate::config::PublicUrl;
use crate::demo::{answers_in_all, departments, make_survey};
use crate::random::random_base32;
use crate::service::accounts::Admins;

const USER: &str = "demo";

/// `public_url` as given with `--public-url`; without it, the address the
/// demo listens on, so the links and slips made in it lead back to it.
pub async fn run(mut args: ServeArgs, public_url: Option<PublicUrl>) -> anyhow::Result<()> {
    args.bind = with_known_port(args.bind)?;
    let public_url = match public_url {
        Some(url) => url,
        None => listening_address(&args)?,
    };
    let dir = tempfile::Builder::new()
        .prefix("stemme-demo-")
        .tempdir()
        .context("cannot make a temporary directory for the demo")?;
    let db = dir.path().join("demo.db");
    eprintln!("Making the demo survey in {} …", db.display());
    let (service, admins) = crate::service::open(&db, args.synchronous)?;
    let survey = make_survey(&service).await?;
    let password = demo_admin(&admins).await?;
    let settings = settings(db, &args, public_url);
    let results = format!("{}/admin/surveys/{survey}/results", settings.public_url);
    serve(settings, Some((service, admins)), move |_| {
        format!(
            "Demo: a closed survey of {} answers in {} departments. Sign in at \
             {results}\n  user name: {USER}\n  password:  {password}\n\
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
        .create_account(USER, &password, Actor::CommandLine)
        .await?;
    Ok(password)
}

/// Port 0 asks for any free port: take one now, so the public address can
/// name it before the server starts. It is released and taken again at
/// once: only a program grabbing that very port in between could interfere.
fn with_known_port(bind: SocketAddr) -> anyhow::Result<SocketAddr> {
    if bind.port() != 0 {
        return Ok(bind);
    }
    let probe = TcpListener::bind(bind).with_context(|| format!("could not listen on {bind}"))?;
    let port = probe.local_addr()?.port();
    Ok(SocketAddr::new(bind.ip(), port))
}

/// `http://localhost:PORT` for a loopback or any-address bind (the browser
/// on this machine reaches both that way), else the address itself.
fn listening_address(args: &ServeArgs) -> anyhow::Result<PublicUrl> {
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
