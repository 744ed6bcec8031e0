//! The employee's whole visit as a browser makes it (issue 23): the survey
//! page and every file it needs, the code's look-up, the voucher, the
//! answers. Timed three ways, one respondent at a time and many at once:
//! a first visit (nothing cached), a repeat visit (the same devices, later
//! than any short cache lasts) and the API alone (what the visit costs
//! without the page).
//!
//! Each visit asks for a voucher of its own (the server signs) and sends
//! the answers of a voucher issued earlier in the benchmark (the server
//! verifies and stores): the server does a visit's whole work while the
//! client does no RSA work in the timed part.

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::future::try_join_all;
use hyper::StatusCode;

use super::browser::Device;
use super::report::{ms, verdict};
use super::setup::Fixture;
use super::{Plan, cpu, timed};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    First,
    Repeat,
    ApiOnly,
}

/// What one visit sends, prepared in advance.
pub struct Visit {
    pub lookup: Bytes,
    pub token: Bytes,
    pub ballot: Bytes,
}

pub struct VisitReport {
    pub kind: Kind,
    pub respondents: usize,
    /// Sorted, shortest first.
    pub latencies: Vec<Duration>,
    pub server_cpu: Duration,
    pub requests: usize,
    pub bytes: u64,
}

impl VisitReport {
    pub fn quantile(&self, q: f64) -> Duration {
        let Some(last) = self.latencies.len().checked_sub(1) else {
            return Duration::ZERO;
        };
        self.latencies[((last as f64) * q).round() as usize]
    }

    fn visits(&self) -> usize {
        self.latencies.len().max(1)
    }

    pub fn cpu_per_visit(&self) -> Duration {
        self.server_cpu / self.visits() as u32
    }

    pub fn requests_per_visit(&self) -> f64 {
        self.requests as f64 / self.visits() as f64
    }

    pub fn bytes_per_visit(&self) -> f64 {
        self.bytes as f64 / self.visits() as f64
    }
}

/// Runs the three kinds of visit alone and `plan.clients` at once against
/// a fresh `binary`, spending `visits` in order.
pub async fn run(
    plan: &Plan,
    binary: &Path,
    fixture: &Fixture,
    visits: &[Visit],
) -> anyhow::Result<Vec<VisitReport>> {
    let server = timed::start(plan, binary, fixture, "visits").await?;
    let page = format!("/s/{}", fixture.survey);
    // The first page the server renders loads the interface texts of
    // every language: once per process, not per visit.
    let mut warm = Device::new(server.address, IpAddr::V4(Ipv4Addr::new(127, 0, 255, 254)));
    warm.load_page(&page).await?;
    let mut reports = Vec::new();
    let (mut spent, mut devices_made) = (0, 0);
    for (respondents, count) in [(1, plan.visits_alone), (plan.clients, plan.visits_together)] {
        // A device per visit, as employees have (so that no address meets
        // its limits); its repeat visit and its API-only visit come from it
        // again, with what it cached.
        let mut devices: Vec<Device> = (devices_made..devices_made + count)
            .map(|i| Device::new(server.address, address(i)))
            .collect();
        devices_made += count;
        let per_respondent = count.div_ceil(respondents).max(1);
        for kind in [Kind::First, Kind::Repeat, Kind::ApiOnly] {
            let Some(share) = visits.get(spent..spent + count) else {
                anyhow::bail!("too few vouchers left for the visits");
            };
            spent += count;
            let before = cpu::snapshot(server.pid())?;
            let done = try_join_all(
                devices
                    .chunks_mut(per_respondent)
                    .zip(share.chunks(per_respondent))
                    .map(|(devices, visits)| respond(devices, visits, kind, &page, fixture)),
            )
            .await?;
            let usage = before.until(&cpu::snapshot(server.pid())?);
            let mut latencies: Vec<Duration> =
                done.iter().flat_map(|d| d.0.iter().copied()).collect();
            latencies.sort_unstable();
            reports.push(VisitReport {
                kind,
                respondents,
                latencies,
                server_cpu: usage.server,
                requests: done.iter().map(|d| d.1).sum(),
                bytes: done.iter().map(|d| d.2).sum(),
            });
        }
    }
    server.stop()?;
    Ok(reports)
}

/// Loopback addresses from 127.0.1.2 on, one per device.
fn address(i: usize) -> IpAddr {
    let [a, b] = u16::try_from(258 + i).unwrap_or(u16::MAX).to_be_bytes();
    IpAddr::V4(Ipv4Addr::new(127, 0, a, b))
}

/// One respondent's visits, one after the other, each from its device:
/// their times, requests and bytes.
async fn respond(
    devices: &mut [Device],
    visits: &[Visit],
    kind: Kind,
    page: &str,
    fixture: &Fixture,
) -> anyhow::Result<(Vec<Duration>, usize, u64)> {
    let survey = format!("/api/v1/surveys/{}", fixture.survey);
    let (mut times, mut requests, mut bytes) = (Vec::new(), 0, 0);
    for (device, visit) in devices.iter_mut().zip(visits) {
        let started = Instant::now();
        if kind != Kind::ApiOnly {
            device.load_page(page).await?;
        }
        let ok = StatusCode::OK;
        device
            .post(&format!("{survey}/invite"), visit.lookup.clone(), ok)
            .await?;
        device
            .post(&format!("{survey}/tokens"), visit.token.clone(), ok)
            .await?;
        let created = StatusCode::CREATED;
        device
            .post(
                &format!("{survey}/responses"),
                visit.ballot.clone(),
                created,
            )
            .await?;
        times.push(started.elapsed());
        requests += device.requests;
        bytes += device.bytes;
        device.leave();
    }
    Ok((times, requests, bytes))
}

impl VisitReport {
    pub fn line(&self) -> String {
        let v = self;
        let kind = match v.kind {
            Kind::First => "first visit (page, every file, look-up, voucher, answers)",
            Kind::Repeat => "repeat visit (files cached as the server allows)",
            Kind::ApiOnly => "API only (look-up, voucher, answers)",
        };
        let target = match (v.kind, v.respondents) {
            (Kind::First, 1) => format!(
                " [target p50 ≤ 30 ms: {}]",
                verdict(v.quantile(0.5) <= Duration::from_millis(30))
            ),
            (Kind::First, _) => format!(
                " [target CPU ≤ 1.0 ms: {}]",
                verdict(v.cpu_per_visit() <= Duration::from_millis(1))
            ),
            (Kind::ApiOnly, n) if n > 1 => format!(
                " [target CPU ≤ 0.6 ms: {}]",
                verdict(v.cpu_per_visit() <= Duration::from_micros(600))
            ),
            (Kind::Repeat, _) => format!(
                " [target: no file fetched again: {}]",
                verdict(v.requests_per_visit() <= 4.0)
            ),
            _ => String::new(),
        };
        format!(
            "{kind}, {} at a time: {} visits; wall p50 {} p99 {}; server CPU {} per completion; \
         {:.1} requests and {:.1} KB received per visit{target}",
            v.respondents,
            v.latencies.len(),
            ms(v.quantile(0.5)),
            ms(v.quantile(0.99)),
            ms(v.cpu_per_visit()),
            v.requests_per_visit(),
            v.bytes_per_visit() / 1000.0,
        )
    }
}
