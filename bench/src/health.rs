//! `/healthz` over a large database: the target is a millisecond with a
//! million invites, so the results phase's database is topped up with a
//! survey of invites alone (nobody answered them) before its server starts.

use std::time::{Duration, Instant};

use super::http::Client;
use super::report::count;
use stemme::accounts::Actor;
use stemme::config::Synchronous;
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::{MAX_INVITES_PER_BATCH, NewSurvey};
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyTitle};

/// Invites in the database when the health check is timed (full run).
pub const INVITES: usize = 1_000_000;
const TARGET: Duration = Duration::from_millis(1);
const PROBES: usize = 200;

pub struct HealthReport {
    pub invites: u64,
    pub p50: Duration,
    pub p99: Duration,
}

impl HealthReport {
    pub fn line(&self) -> String {
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
        format!(
            "/healthz with {} invites in the database, a new connection per probe: p50 {} · p99 {} \
             (target ≤ 1 ms: {})",
            count(self.invites as f64),
            ms(self.p50),
            ms(self.p99),
            super::report::verdict(self.p50 <= TARGET)
        )
    }
}

/// A survey of `invites` invites over `departments`, opened, in `db`.
pub async fn add_invites(
    db: &std::path::Path,
    departments: usize,
    invites: usize,
) -> anyhow::Result<()> {
    if invites == 0 {
        return Ok(());
    }
    let (service, admins) = stemme::service::open(db, Synchronous::Normal)?;
    let by = Actor::CommandLine;
    let names: Vec<String> = (1..=departments).map(|d| format!("Unit {d:02}")).collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Invites only")?,
        departments: Departments::parse(&names)?,
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
        min_group_size: MinGroupSize::default(),
    };
    let survey = service.create_survey(new, &by).await?;
    for (d, name) in names.iter().enumerate() {
        let mut left = invites / departments + usize::from(d < invites % departments);
        while left > 0 {
            let n = left.min(MAX_INVITES_PER_BATCH as usize);
            let department = DepartmentName::parse(name)?;
            service
                .create_invites(&survey, &department, n as u32, &by, InviteFormat::Csv)
                .await?;
            left -= n;
        }
    }
    service.open_survey(&survey, &by).await?;
    service.stop_writing().await;
    drop((service, admins));
    Ok(())
}

/// Times `/healthz` on the running server and counts the invites it holds.
pub async fn time(client: &Client, db: &std::path::Path) -> anyhow::Result<HealthReport> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let invites: u64 = conn.query_row("SELECT count(*) FROM invites", [], |r| r.get(0))?;
    drop(conn);
    let mut times = Vec::with_capacity(PROBES);
    for _ in 0..PROBES {
        let started = Instant::now();
        let response = client.get_anonymous("/healthz").await?;
        times.push(started.elapsed());
        super::results::expect(&response, 200, "/healthz")?;
    }
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    Ok(HealthReport {
        invites,
        p50: at(0.5),
        p99: at(0.99),
    })
}
