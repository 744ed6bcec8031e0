//! Issuance with the company's sign-in in front, against the same with
//! codes: one server, two surveys of one department each (one whose
//! employees sign in, one with invite codes), the same number of clients.
//! A voucher with codes is two requests (look the code up, get the blind
//! signature); with sign-in, three more in front (Stemme's sign-in address,
//! the provider's authorization endpoint, Stemme's callback, which itself
//! asks the provider's token endpoint and checks the ID token). The
//! provider is tests/oidc/bad-provider.mjs in its `many` mode (a new
//! person at every sign-in, no login page), run by node; without node the
//! phase is skipped and says so.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use futures_util::future::try_join_all;
use hyper::Method;
use serde_json::{Value, json};

use super::Plan;
use super::setup::ClientKey;
use super::sso_http::{connect, send, sign_in_once};
use stemme::accounts::Actor;
use stemme::base64url::encode;
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::{NewSurvey, SsoDepartmentSetting};
use stemme::store::AccessMode;
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};
use stemme::tokens::TokenMessage;

/// Vouchers per second, each way.
pub struct SsoReport {
    pub clients: usize,
    pub vouchers: usize,
    pub codes: Duration,
    pub sign_in: Duration,
}

struct Survey {
    id: SurveyId,
    key_id: String,
    key: ClientKey,
    /// Invite codes (the codes survey) or nothing (the sign-in survey).
    codes: Vec<String>,
}

/// Runs the phase, or says why not.
pub async fn run(plan: &Plan) -> anyhow::Result<Option<SsoReport>> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/oidc/bad-provider.mjs");
    let Some(mut provider) = start_provider(&script) else {
        return Ok(None);
    };
    let outcome = measure(plan, &provider.1).await;
    let _ = provider.0.kill();
    let _ = provider.0.wait();
    outcome.map(Some)
}

async fn measure(plan: &Plan, provider: &str) -> anyhow::Result<SsoReport> {
    let count = plan.sso_vouchers;
    let dir = tempfile::Builder::new()
        .prefix("stemme-bench-sso-")
        .tempdir_in(&plan.dir)?;
    let db = dir.path().join("sso.db");
    let (sso, codes) = prepare(&db, count).await?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut server = serve(plan, &db, port, &format!("{provider}/many"))?;
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let clients = plan.clients.min(count);
    let codes_time = timed(address, clients, count, &codes, false).await?;
    let sign_in_time = timed(address, clients, count, &sso, true).await?;
    let _ = server.kill();
    let _ = server.wait();
    Ok(SsoReport {
        clients,
        vouchers: count,
        codes: codes_time,
        sign_in: sign_in_time,
    })
}

fn start_provider(script: &Path) -> Option<(Child, String)> {
    let mut child = Command::new("node")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdout = BufReader::new(child.stdout.take()?);
    let mut line = String::new();
    stdout.read_line(&mut line).ok()?;
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let said: Value = serde_json::from_str(&line).ok()?;
    Some((child, said["base"].as_str()?.to_owned()))
}

/// Two open surveys of one department "Salg": one whose employees sign in
/// (`count` places, claim `department` = "Salg"), one with `count` codes.
async fn prepare(db: &Path, count: usize) -> anyhow::Result<(Survey, Survey)> {
    let (service, _) = stemme::service::open(db, stemme::config::Synchronous::Normal)?;
    let actor = Actor::CommandLine;
    let mut made = Vec::new();
    for mode in [AccessMode::SignIn, AccessMode::Codes] {
        let new = NewSurvey {
            title: SurveyTitle::parse("Benchmark")?,
            departments: Departments::parse_list("Salg")?,
            questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
            min_group_size: MinGroupSize::default(),
        };
        let id = service.create_survey(new, &actor).await?;
        let mut codes = Vec::new();
        if mode == AccessMode::SignIn {
            let salg = SsoDepartmentSetting {
                department: DepartmentName::parse("Salg")?,
                claim_values: vec!["Salg".into()],
                seats: count as u64,
            };
            service
                .save_sso_settings(&id, mode, vec![salg], &actor)
                .await?;
        } else {
            let batch = service
                .create_invites(
                    &id,
                    &DepartmentName::parse("Salg")?,
                    u32::try_from(count)?,
                    &actor,
                    InviteFormat::Csv,
                )
                .await?;
            codes = batch
                .codes
                .iter()
                .map(stemme::invites::InviteCode::grouped)
                .collect();
        }
        service.open_survey(&id, &actor).await?;
        let details = service.survey(&id).await?;
        let department = details.departments.first().context("no department")?;
        let key_id = department.key_id.context("no key")?.to_hex();
        let der = department.public_key.as_deref().context("no key")?;
        let key = ClientKey::from_der(der)?;
        made.push(Survey {
            id,
            key_id,
            key,
            codes,
        });
    }
    service.stop_writing().await;
    let codes = made.pop().context("two surveys")?;
    let sso = made.pop().context("two surveys")?;
    Ok((sso, codes))
}

fn serve(plan: &Plan, db: &Path, port: u16, issuer: &str) -> anyhow::Result<Child> {
    let mut child = Command::new(&plan.server)
        .arg("--db")
        .arg(db)
        .args([
            "--log",
            "warn",
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
        ])
        .args(["--public-url", &format!("http://127.0.0.1:{port}")])
        .args(["--oidc-issuer", issuer, "--oidc-client-id", "stemme"])
        .args([
            "--oidc-admins",
            "nobody@example.com",
            "--oidc-employee-scopes",
            "department",
        ])
        .args([
            "--synchronous",
            &plan.synchronous.pragma().to_ascii_lowercase(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot start {}", plan.server.display()))?;
    let mut line = String::new();
    let mut stdout = BufReader::new(child.stdout.take().context("no output")?);
    stdout.read_line(&mut line)?;
    if !line.contains("listening") {
        bail!("the server did not start: {line}");
    }
    // It says more (the setup link): a closed pipe would end it.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    Ok(child)
}

/// `count` vouchers over `clients` connections; with `sign_in`, each
/// person signs in first. Everything blinded before the clock starts.
async fn timed(
    server: SocketAddr,
    clients: usize,
    count: usize,
    survey: &Survey,
    sign_in: bool,
) -> anyhow::Result<Duration> {
    let blinded = (0..count)
        .map(|_| {
            let message = TokenMessage::new(&survey.id, stemme::random::random_bytes()?);
            let blinding = survey
                .key
                .blind(&mut blind_rsa_signatures::DefaultRng, message.as_bytes())?;
            Ok(encode(&blinding.blind_message.0))
        })
        .collect::<anyhow::Result<Vec<String>>>()?;
    let mut workers = Vec::new();
    for i in 0..clients {
        workers.push(connect(server, i).await?);
    }
    // The department's signing key is loaded before the clock starts (a
    // look-up spends nothing; the warm-up sign-in is a person of its own).
    let warm = match sign_in {
        true => sign_in_once(&mut workers[0], server, &survey.id).await?,
        false => survey.codes[0].clone(),
    };
    let found = json!({ "invite_code": warm });
    let invite = format!("/api/v1/surveys/{}/invite", survey.id);
    send(
        &mut workers[0],
        Method::POST,
        &invite,
        &[],
        Some(found),
        200,
    )
    .await?;
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    try_join_all(workers.into_iter().map(|mut stemme| {
        let (next, blinded) = (&next, &blinded);
        async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(blinded) = blinded.get(i) else {
                    return Ok::<_, anyhow::Error>(());
                };
                let code = match sign_in {
                    true => sign_in_once(&mut stemme, server, &survey.id).await?,
                    false => survey.codes[i].clone(),
                };
                let api = format!("/api/v1/surveys/{}", survey.id);
                let found = json!({ "invite_code": code });
                send(
                    &mut stemme,
                    Method::POST,
                    &format!("{api}/invite"),
                    &[],
                    Some(found),
                    200,
                )
                .await?;
                let body =
                    json!({ "invite_code": code, "blinded_msg": blinded, "key_id": survey.key_id });
                send(
                    &mut stemme,
                    Method::POST,
                    &format!("{api}/tokens"),
                    &[],
                    Some(body),
                    200,
                )
                .await?;
            }
        }
    }))
    .await?;
    Ok(started.elapsed())
}

impl SsoReport {
    /// "issuance with sign-in in front, 64 clients: 410/s; with codes: 1,650/s (25 %)".
    pub fn line(&self) -> String {
        let rate = |d: Duration| self.vouchers as f64 / d.as_secs_f64();
        let (sso, codes) = (rate(self.sign_in), rate(self.codes));
        format!(
            "issuance with sign-in in front, {} clients: {}/s; the same with codes: {}/s \
             (sign-in's rate is {:.0} % of codes'); {} vouchers each, one server, one department",
            self.clients,
            super::report::count(sso),
            super::report::count(codes),
            100.0 * sso / codes,
            self.vouchers,
        )
    }
}
