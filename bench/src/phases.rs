//! The benchmark's phases in order. Each loaded phase gets a freshly started
//! server, so the group-commit totals it logs at shutdown are that phase's.

use std::path::Path;

use hyper::{Method, StatusCode};

use super::load::{self, Load, LoadReport};
use super::report::{self, Memory, count};
use super::server::Server;
use super::setup::{self, Fixture};
use super::{Plan, client, cpu, limits};
use stemme::store::WriterStats;

pub async fn run(plan: &Plan) -> anyhow::Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    println!("machine: {}", limits::machine());
    println!("{}", report::setup(plan));
    let fixture = setup::prepare(&plan.dir, plan.departments, plan.tokens).await?;
    let rsa = limits::rsa_times(&fixture, plan.rsa_samples)?;
    println!("{}", report::rsa(&rsa, cores));
    let (blinded, requests) = client::blind(&fixture, plan.tokens)?;
    let mut memory = Memory::default();
    let ours = &plan.server;
    let (issued, stats) = issuance(plan, ours, &fixture, &requests, &mut memory).await?;
    println!("{}", report::issuance(&issued, &stats, &rsa, cores));
    let ballots = client::ballots(&fixture, &blinded, &issued.answers)?;
    let (many, rest) = ballots.split_at(plan.submissions);
    let single = &rest[..plan.single_submissions];
    let (loaded, stats) = submission(plan, ours, &fixture, many, plan.clients, &mut memory).await?;
    println!("{}", report::submission(&loaded, &stats, &rsa, cores));
    if !single.is_empty() {
        let (load, stats) = submission(plan, ours, &fixture, single, 1, &mut memory).await?;
        println!("{}", report::submission(&load, &stats, &rsa, cores));
    }
    if let Some(baseline) = &plan.baseline {
        super::baseline::compare(plan, baseline, &rsa, (&issued, &loaded)).await?;
    }
    let results = super::results::run(plan, fixture.dir.path()).await?;
    memory.after.push((
        format!("{} results views", count(results.later.len() as f64 + 1.0)),
        results.resident_after,
    ));
    println!("{}", report::results(&results));
    let export = super::export::run(plan, &results).await?;
    println!("{}", report::export(&export));
    println!("{}", memory.line());
    println!("machine at the end: {}", limits::machine());
    Ok(())
}

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
async fn start(
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
