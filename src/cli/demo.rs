//! `stemme demo`: the whole product in a minute. A temporary database gets
//! a closed survey of about 300 synthetic employees in eight departments,
//! who answered through the real issuance and submission code (the blind
//! signatures made by this program playing each browser), then the server
//! starts on it with a demo administrator.

use anyhow::Context;

use super::{ServeArgs, serve, settings};
use crate::accounts::Actor;
use crate::config::PublicUrl;
use crate::demo::{answers_in_all, departments, make_survey};
use crate::random::random_base32;
use crate::service::accounts::Admins;

const USER: &str = "demo";

pub async fn run(args: ServeArgs, public_url: PublicUrl) -> anyhow::Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("stemme-demo-")
        .tempdir()
        .context("cannot make a temporary directory for the demo")?;
    let db = dir.path().join("demo.db");
    eprintln!("Making the demo survey in {} …", db.display());
    let (service, admins) = crate::service::open(&db, args.synchronous)?;
    let survey = make_survey(&service).await?;
    let password = demo_admin(&admins).await?;
    let settings = settings(db, &args, public_url)?;
    serve(settings, Some((service, admins)), move |port| {
        format!(
            "Demo: a closed survey of {} answers in {} departments. Sign in at \
             http://localhost:{port}/admin/surveys/{survey}/results\n  user name: {USER}\n  password:  {password}\n\
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
