//! Before and after in one run: a second `stemme` binary (an older build)
//! issues tokens and takes the 64 clients' responses on a fresh database of
//! its own with the same counts, right after this one. The ratios then
//! compare two servers on one machine in one state, which two runs on
//! different days would not.

use std::path::Path;
use std::time::Duration;

use super::limits::RsaTimes;
use super::load::LoadReport;
use super::report::{self, Memory, verdict};
use super::timed::{issuance, submission};
use super::{Plan, client, setup};

/// Issue 15's targets: issuance at least four times the old server's, and
/// submissions' p99 at 64 clients with a quarter to spare under 20 ms.
const ISSUANCE_RATIO_TARGET: f64 = 4.0;
const P99_TARGET: Duration = Duration::from_millis(15);

pub async fn compare(
    plan: &Plan,
    baseline: &Path,
    rsa: &RsaTimes,
    (issued, loaded): (&LoadReport, &LoadReport),
) -> anyhow::Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    // The old server signed with blind-rsa-signatures: its limits are those.
    let old_rsa = RsaTimes {
        sign: rsa.reference_sign,
        verify: rsa.reference_verify,
        reference_sign: rsa.reference_sign,
        reference_verify: rsa.reference_verify,
    };
    let fixture = setup::prepare(&plan.dir, plan.departments, plan.tokens).await?;
    let (blinded, requests) = client::blind(&fixture, plan.tokens)?;
    let mut memory = Memory::default();
    let (old_issued, stats) = issuance(plan, baseline, &fixture, &requests, &mut memory).await?;
    let name = baseline.display();
    println!(
        "baseline {name}: {}",
        report::issuance(&old_issued, &stats, &old_rsa, cores)
    );
    let ballots = client::ballots(&fixture, &blinded, &old_issued.answers)?;
    let many = &ballots[..plan.submissions];
    let (old_loaded, stats) =
        submission(plan, baseline, &fixture, many, plan.clients, &mut memory).await?;
    println!(
        "baseline {name}: {}",
        report::submission(&old_loaded, &stats, &old_rsa, cores)
    );
    let ratio = issued.per_second() / old_issued.per_second();
    let limit = cores as f64 / rsa.sign.as_secs_f64();
    let share = issued.per_second() / limit;
    let p99 = loaded.quantile(0.99);
    println!(
        "before → after, this run: issuance {}/s → {}/s = {ratio:.1}× (target ≥ 4×: {}), \
         {:.0} % of this machine's RSA limit (target ≥ 50 %: {}) · submission, {} clients: \
         {}/s → {}/s, p99 {} → {} (target ≤ 15 ms: {})",
        report::count(old_issued.per_second()),
        report::count(issued.per_second()),
        verdict(ratio >= ISSUANCE_RATIO_TARGET),
        share * 100.0,
        verdict(share >= 0.5),
        loaded.connections,
        report::count(old_loaded.per_second()),
        report::count(loaded.per_second()),
        report::ms(old_loaded.quantile(0.99)),
        report::ms(p99),
        verdict(p99 <= P99_TARGET),
    );
    Ok(())
}
