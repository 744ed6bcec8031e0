//! The benchmark's phases in order, each line printed as it is measured.

use super::report::{self, Memory, count};
use super::setup;
use super::timed::{issuance, submission};
use super::{Plan, client, limits};

pub async fn run(plan: &Plan) -> anyhow::Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    println!("machine: {}", limits::machine());
    println!("{}", report::setup(plan));
    let invites = plan.tokens + plan.visits();
    let fixture = setup::prepare(&plan.dir, plan.departments, invites).await?;
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
    let unspent = &rest[single.len()..];
    let visits = visits(plan, &fixture, unspent)?;
    for visit in super::visit::run(plan, ours, &fixture, &visits).await? {
        println!("{}", visit.line());
    }
    if plan.sso_vouchers == 0 {
        // A department opens with at least k places (rule P10): none asked, none timed.
        println!("issuance with sign-in: skipped (--sso-vouchers 0)");
    } else {
        match super::sso::run(plan).await? {
            Some(sso) => println!("{}", sso.line()),
            None => println!(
                "issuance with sign-in: skipped (node, which runs the test provider, was not found)"
            ),
        }
    }
    if let Some(baseline) = &plan.baseline {
        super::baseline::compare(plan, baseline, &rsa, (&issued, &loaded)).await?;
    }
    // Before the results phase, so its server is not running beside it.
    super::audit::print(plan.quick)?;
    let results = super::results::run(plan, fixture.dir.path()).await?;
    memory.after.push((
        format!("{} results views", count(results.later.len() as f64 + 1.0)),
        results.resident_after,
    ));
    println!("{}", report::results(&results));
    let export = super::export::run(plan, &results).await?;
    println!("{}", report::export(&export));
    let comparison = super::comparison::run(plan, &results).await?;
    println!("{}", report::comparison(&comparison));
    println!("{}", memory.line());
    println!("machine at the end: {}", limits::machine());
    Ok(())
}

/// What each visit sends: a look-up and a voucher request for an invite
/// no phase has used, and the answers of a voucher issued earlier.
fn visits(
    plan: &Plan,
    fixture: &setup::Fixture,
    unspent: &[bytes::Bytes],
) -> anyhow::Result<Vec<super::visit::Visit>> {
    let (_, tokens) = client::blind_from(fixture, plan.tokens, plan.visits())?;
    Ok(tokens
        .into_iter()
        .zip(unspent)
        .enumerate()
        .map(|(i, (token, ballot))| super::visit::Visit {
            lookup: client::invite_lookup(fixture, plan.tokens + i),
            token,
            ballot: ballot.clone(),
        })
        .collect())
}
