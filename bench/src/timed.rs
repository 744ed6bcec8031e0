//! One server binary under a timed load: issuance and submission, each
//! against a freshly started server, so the group-commit totals it logs at
//! shutdown are that phase's alone.

use std::path::Path;

use hyper::{Method, StatusCode};

use super::load::{self, Load, LoadReport};
use super::report::{Memory, count};
use super::server::Server;
use super::setup::Fixture;
use super::{Plan, client, cpu};
use stemme::store::WriterStats;

pub async fn issuance(
    plan: &Plan,
    binary: &Path,
    fixture: &Fixture,
    requests: &[bytes::Bytes],
    memory: &mut Memory,
) -> anyhow::Result<(LoadReport, WriterStats)> {
    let server = start(plan, binary, fixture, "issuance").await?;
    memory.idle = Some(server.resident_memory()?);
    // Each department's signing key is loaded before the clock starts.
    let lookups = client::invite_lookups(fixture);
    warm_up(
        &server,
        post(fixture, "invite", &lookups, 1, StatusCode::OK),
    )
    .await?;
    let load = post(fixture, "tokens", requests, plan.clients, StatusCode::OK);
    let report = measure(&server, &load).await?;
    let after = format!("{} issuances", count(requests.len() as f64));
    memory.after.push((after, server.resident_memory()?));
    Ok((report, server.stop()?))
}

pub async fn submission(
    plan: &Plan,
    binary: &Path,
    fixture: &Fixture,
    ballots: &[bytes::Bytes],
    clients: usize,
    memory: &mut Memory,
) -> anyhow::Result<(LoadReport, WriterStats)> {
    let server = start(plan, binary, fixture, &format!("submission-{clients}")).await?;
    // The questionnaire and every department's public key are loaded before
    // the clock starts, as the browsers' own GETs of the survey would.
    let unsigned = client::unsigned_ballots(fixture)?;
    let forbidden = StatusCode::FORBIDDEN;
    warm_up(&server, post(fixture, "responses", &unsigned, 1, forbidden)).await?;
    let load = post(fixture, "responses", ballots, clients, StatusCode::CREATED);
    let mut report = measure(&server, &load).await?;
    report.wal_bytes =
        std::fs::metadata(fixture.db.with_extension("db-wal")).map_or(0, |m| m.len());
    let after = format!("{} submissions from {clients}", count(ballots.len() as f64));
    memory.after.push((after, server.resident_memory()?));
    Ok((report, server.stop()?))
}

/// Runs a timed load, noting the CPU time each side used meanwhile.
async fn measure(server: &Server, load: &Load<'_>) -> anyhow::Result<LoadReport> {
    let before = cpu::snapshot(server.pid())?;
    let mut report = load::run(server.address, load).await?;
    report.cpu = Some(before.until(&cpu::snapshot(server.pid())?));
    Ok(report)
}

/// Starts a server and waits until it answers a request about the survey,
/// which also loads the questionnaire.
pub async fn start(
    plan: &Plan,
    binary: &Path,
    fixture: &Fixture,
    phase: &str,
) -> anyhow::Result<Server> {
    let log = fixture.dir.path().join(format!("{phase}.log"));
    let server = Server::start(binary, &fixture.db, log, plan.synchronous)?;
    let empty = [bytes::Bytes::new()];
    let survey = Load {
        method: Method::GET,
        path: format!("/api/v1/surveys/{}", fixture.survey),
        bodies: &empty,
        connections: 1,
        expect: StatusCode::OK,
    };
    warm_up(&server, survey).await?;
    Ok(server)
}

async fn warm_up(server: &Server, load: Load<'_>) -> anyhow::Result<()> {
    load::run(server.address, &load).await.map(drop)
}

fn post<'a>(
    fixture: &Fixture,
    endpoint: &str,
    bodies: &'a [bytes::Bytes],
    connections: usize,
    expect: StatusCode,
) -> Load<'a> {
    Load {
        method: Method::POST,
        path: format!("/api/v1/surveys/{}/{endpoint}", fixture.survey),
        bodies,
        connections,
        expect,
    }
}
