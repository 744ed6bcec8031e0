//! One line per figure, each beside its target or its limit.

use std::time::Duration;

use super::Plan;
use super::limits::RsaTimes;
use super::load::LoadReport;
use stemme::store::WriterStats;

const ISSUANCE_TARGET: f64 = 1_000.0;
const SUBMISSION_TARGET: f64 = 5_000.0;
const SUBMISSION_P99_TARGET: Duration = Duration::from_millis(20);
const IDLE_MEMORY_TARGET: u64 = 30 * 1024 * 1024;

/// "12,345" for 12345.4.
pub fn count(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    // Three digits, whatever the size: 0.052 ms, 1.13 ms, 12.1 ms.
    let decimals = if ms < 1.0 {
        3
    } else if ms < 10.0 {
        2
    } else {
        1
    };
    format!("{ms:.decimals$} ms")
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0)
}

pub fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "NOT met" }
}

fn timing(load: &LoadReport, what: &str) -> String {
    format!(
        "p50 {} · p99 {} · {} {what} in {:.2} s · {}",
        ms(load.quantile(0.5)),
        ms(load.quantile(0.99)),
        count(load.latencies.len() as f64),
        load.elapsed.as_secs_f64(),
        load.cores()
    )
}

fn group_commit(stats: &WriterStats, what: &str) -> String {
    format!(
        "group commit: {} {what} in {} commits (mean {:.1}, largest {}; sizes {})",
        count(stats.jobs as f64),
        count(stats.batches as f64),
        stats.mean_batch(),
        stats.largest_batch,
        sizes(stats)
    )
}

/// "1:3 2-3:5 …" from the statistics' own rendering.
fn sizes(stats: &WriterStats) -> String {
    let line = stats.to_string();
    let sizes = line.split("sizes=").nth(1).unwrap_or_default();
    sizes.replace(',', " ")
}

/// The server measured and the work it will be given.
pub fn setup(plan: &Plan) -> String {
    let quick = if plan.quick {
        " (--quick: too few to measure anything)"
    } else {
        ""
    };
    format!(
        "server: {} --synchronous {}\nworkload: {} departments, {} tokens, \
         {} submissions from {} clients, {} from 1{quick}",
        plan.server.display(),
        plan.synchronous.pragma().to_ascii_lowercase(),
        plan.departments,
        count(plan.tokens as f64),
        count(plan.submissions as f64),
        plan.clients,
        count(plan.single_submissions as f64),
    )
}

pub fn rsa(times: &RsaTimes, cores: usize) -> String {
    let limit = |d: Duration| count(cores as f64 / d.as_secs_f64());
    let faster = |old: Duration, new: Duration| old.as_secs_f64() / new.as_secs_f64();
    format!(
        "RSA-2048 on one core: blind signature {} → issuance limit {}/s on {cores} cores · \
         verification {} → submission limit {}/s on {cores} cores, before HTTP, JSON and SQLite\n\
         RSA-2048 on one core, blind-rsa-signatures (the code before OpenSSL), same key: \
         blind signature {} (limit {}/s; OpenSSL {:.1}× faster) · verification {} (limit {}/s; \
         OpenSSL {:.1}× faster)",
        ms(times.sign),
        limit(times.sign),
        ms(times.verify),
        limit(times.verify),
        ms(times.reference_sign),
        limit(times.reference_sign),
        faster(times.reference_sign, times.sign),
        ms(times.reference_verify),
        limit(times.reference_verify),
        faster(times.reference_verify, times.verify),
    )
}

pub fn issuance(load: &LoadReport, stats: &WriterStats, rsa: &RsaTimes, cores: usize) -> String {
    let rate = load.per_second();
    let limit = cores as f64 / rsa.sign.as_secs_f64();
    format!(
        "token issuance, {} clients: {}/s (target ≥ 1,000/s: {}; {:.0} % of the {}/s RSA limit) · {} · {}",
        load.connections,
        count(rate),
        verdict(rate >= ISSUANCE_TARGET),
        rate / limit * 100.0,
        count(limit),
        timing(load, "tokens"),
        group_commit(stats, "claims")
    )
}

pub fn submission(load: &LoadReport, stats: &WriterStats, rsa: &RsaTimes, cores: usize) -> String {
    let rate = load.per_second();
    let limit = cores as f64 / rsa.verify.as_secs_f64();
    let targets = if load.connections > 1 {
        let p99 = load.quantile(0.99);
        format!(
            " (target ≥ 5,000/s: {}; p99 ≤ 20 ms: {}; {:.0} % of the {}/s RSA limit)",
            verdict(rate >= SUBMISSION_TARGET),
            verdict(p99 <= SUBMISSION_P99_TARGET),
            rate / limit * 100.0,
            count(limit)
        )
    } else {
        " (latency floor)".to_owned()
    };
    let clients = match load.connections {
        1 => "1 client".to_owned(),
        n => format!("{n} clients"),
    };
    format!(
        "submission, {clients}: {}/s{targets} · {} · {} · WAL {} at the end",
        count(rate),
        timing(load, "responses"),
        group_commit(stats, "responses"),
        mb(load.wal_bytes)
    )
}

/// Resident memory of the server: idle just after start, and after each load.
#[derive(Default)]
pub struct Memory {
    pub idle: Option<u64>,
    pub after: Vec<(String, u64)>,
}

impl Memory {
    pub fn line(&self) -> String {
        let Some(idle) = self.idle else {
            return "idle memory: not measured".to_owned();
        };
        let after: Vec<String> = self
            .after
            .iter()
            .map(|(what, rss)| format!("{} after {what}", mb(*rss)))
            .collect();
        format!(
            "idle memory: {} RSS after start (target ≤ 30 MB: {}) · {}",
            mb(idle),
            verdict(idle <= IDLE_MEMORY_TARGET),
            after.join(" · ")
        )
    }
}

/// Target for HR's results page with 100,000 responses.
const RESULTS_PAGE_TARGET: Duration = Duration::from_millis(150);

/// Milliseconds with one decimal, as the pages' lines give them.
fn tenths(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The `q` quantile of sorted times, by nearest rank.
fn nearest(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len().saturating_sub(1)) as f64 * q).round() as usize]
}

pub fn results(r: &crate::results::ResultsReport) -> String {
    let ms = tenths;
    let at = |q: f64| nearest(&r.later, q);
    let p50 = at(0.5);
    format!(
        "results page, {} responses in {} departments: first view {} · later views p50 {} · p99 {} \
         (target ≤ 150 ms: {}) · closing, which counts the answers once and publishes them \
         through the audit: {} (target ≤ 500 ms: {}) · page {} KB · server {} RSS after\n{}",
        count(r.responses as f64),
        r.departments,
        ms(r.first),
        ms(p50),
        ms(at(0.99)),
        verdict(r.first <= RESULTS_PAGE_TARGET && p50 <= RESULTS_PAGE_TARGET),
        ms(r.close),
        verdict(r.close <= CLOSE_TARGET),
        r.page_bytes / 1024,
        mb(r.resident_after),
        r.health.line()
    )
}

const CLOSE_TARGET: Duration = Duration::from_millis(500);

const EXPORT_TARGET: Duration = Duration::from_secs(1);
const EXPORT_MEMORY_TARGET: u64 = 60 * 1024 * 1024;

pub fn export(e: &crate::export::ExportReport) -> String {
    let ms = tenths;
    format!(
        "XLSX export, {} responses: {} ({} KB) · a survey of the same shape with {} responses: {} · \
         long table as CSV: {} · server peak memory while making a workbook {} ({} before) \
         (targets ≤ 1 s, peak ≤ 60 MB: {})",
        count(e.responses as f64),
        ms(e.large),
        e.xlsx_bytes / 1024,
        count(crate::results::SMALL as f64),
        ms(e.small),
        ms(e.long_csv),
        mb(e.peak),
        mb(e.before),
        verdict(e.large <= EXPORT_TARGET && e.peak <= EXPORT_MEMORY_TARGET)
    )
}

pub fn comparison(c: &crate::comparison::ComparisonReport) -> String {
    let ms = tenths;
    let at = |q: f64| nearest(&c.later, q);
    let p50 = at(0.5);
    format!(
        "comparison page, two waves of {} responses in {} departments: first view {} · later \
         views p50 {} · p99 {} (target ≤ 150 ms: {}) · comparison.json {} · page {} KB",
        count(c.responses as f64),
        c.departments,
        ms(c.first),
        ms(p50),
        ms(at(0.99)),
        verdict(c.first <= RESULTS_PAGE_TARGET && p50 <= RESULTS_PAGE_TARGET),
        ms(c.json),
        c.page_bytes / 1024,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(count(0.0), "0");
        assert_eq!(count(999.4), "999");
        assert_eq!(count(1_000.0), "1,000");
        assert_eq!(count(1_234_567.0), "1,234,567");
    }

    #[test]
    fn quantiles_are_taken_by_nearest_rank() {
        let load = LoadReport {
            connections: 1,
            elapsed: Duration::from_secs(1),
            latencies: (1..=100).map(Duration::from_millis).collect(),
            answers: Vec::new(),
            wal_bytes: 0,
            cpu: None,
        };
        assert_eq!(load.quantile(0.5), Duration::from_millis(51));
        assert_eq!(load.quantile(0.99), Duration::from_millis(99));
        assert_eq!(load.per_second(), 100.0);
    }
}
