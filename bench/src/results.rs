//! HR's side of a large closed survey: 100,000 responses in 20 departments.
//! The survey is made through the library, its ballots filled with
//! synthetic answers straight in the database (signing 100,000 tokens would
//! only measure RSA again), then the real server closes it (counting the
//! answers once) and serves the results page, which is timed.

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::Plan;
use super::http::{Client, Response};
use super::server::Server;
use stemme::accounts::Actor;
use stemme::config::Synchronous;
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::{MAX_INVITES_PER_BATCH, NewSurvey};
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};

pub const USER: &str = "bench.hr";
pub const PASSWORD: &str = "a long benchmark password";

pub struct ResultsReport {
    pub responses: usize,
    pub departments: usize,
    pub close: Duration,
    pub first: Duration,
    pub later: Vec<Duration>,
    pub page_bytes: usize,
    pub resident_after: u64,
    /// `/healthz` with every invite of the database in place.
    pub health: super::health::HealthReport,
    /// The database, left closed for the export phase.
    pub db: std::path::PathBuf,
    pub survey: SurveyId,
    /// A survey of the same shape with [`SMALL`] responses, also closed:
    /// the export's cost should not grow with the responses.
    pub small: SurveyId,
}

/// Responses in the small survey the large one's export is held against.
pub const SMALL: usize = 1_000;

/// Makes the survey, fills it, closes it through HR's page and times views.
pub async fn run(plan: &Plan, dir: &std::path::Path) -> anyhow::Result<ResultsReport> {
    let db = dir.join("results.db");
    let responses = plan.results_responses;
    let departments = plan.departments;
    let survey = prepare(&db, departments, responses, true).await?;
    let small = prepare(&db, departments, SMALL, false).await?;
    // The health check is timed over a million invites (the full run).
    let invites = if plan.quick {
        0
    } else {
        super::health::INVITES
    };
    super::health::add_invites(&db, departments, invites.saturating_sub(responses + SMALL)).await?;
    let log = dir.join("results.log");
    let server = Server::start(&plan.server, &db, log, plan.synchronous)?;
    let client = Client::new(server.address);
    let cookie = client.sign_in(USER, PASSWORD).await?;
    let page = client
        .get(&format!("/admin/surveys/{survey}"), &cookie)
        .await?;
    let csrf = page
        .hidden_field("csrf")
        .context("no form token on the survey page")?;
    let form = format!("csrf={csrf}&confirm=yes");
    let started = Instant::now();
    let closed = client
        .post_form(
            &format!("/admin/surveys/{survey}/close"),
            &cookie,
            form.clone(),
        )
        .await?;
    let close = started.elapsed();
    expect(&closed, 303, "closing")?;
    let closed = client
        .post_form(&format!("/admin/surveys/{small}/close"), &cookie, form)
        .await?;
    expect(&closed, 303, "closing the small survey")?;
    let path = format!("/admin/surveys/{survey}/results");
    let views = Views::time(plan, &client, &cookie, &path, "the results page").await?;
    let (first, later, first_page) = (views.first, views.later, views.page);
    let health = super::health::time(&client, &db).await?;
    let resident_after = server.resident_memory()?;
    server.stop()?;
    Ok(ResultsReport {
        responses,
        departments,
        close,
        first,
        later,
        page_bytes: first_page.body.len(),
        resident_after,
        health,
        db,
        survey,
        small,
    })
}

/// A page's first view and later ones (sorted), timed one after another.
pub struct Views {
    pub first: Duration,
    pub later: Vec<Duration>,
    pub page: Response,
}

impl Views {
    pub async fn time(
        plan: &Plan,
        client: &Client,
        cookie: &str,
        path: &str,
        what: &str,
    ) -> anyhow::Result<Views> {
        let started = Instant::now();
        let page = client.get(path, cookie).await?;
        let first = started.elapsed();
        expect(&page, 200, what)?;
        let mut later = Vec::new();
        for _ in 0..if plan.quick { 3 } else { 30 } {
            let started = Instant::now();
            expect(&client.get(path, cookie).await?, 200, what)?;
            later.push(started.elapsed());
        }
        later.sort();
        Ok(Views { first, later, page })
    }
}

pub fn expect(response: &Response, status: u16, what: &str) -> anyhow::Result<()> {
    if response.status != status {
        bail!("{what} answered {} instead of {status}", response.status);
    }
    Ok(())
}

/// A survey of `departments` with `responses` invites, opened, every ballot
/// filled with a synthetic answer; with `admin`, an administrator to close it.
async fn prepare(
    db: &std::path::Path,
    departments: usize,
    responses: usize,
    admin: bool,
) -> anyhow::Result<SurveyId> {
    let (service, admins) = stemme::service::open(db, Synchronous::Normal)?;
    let by = Actor::CommandLine;
    let names: Vec<String> = (1..=departments)
        .map(|d| format!("Department {d:02}"))
        .collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Results benchmark")?,
        departments: Departments::parse(&names)?,
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
        min_group_size: MinGroupSize::default(),
    };
    let survey = service.create_survey(new, &by).await?;
    let names: Vec<DepartmentName> = names
        .iter()
        .map(|n| DepartmentName::parse(n))
        .collect::<Result<_, _>>()?;
    invite(&service, &survey, &names, responses).await?;
    service.open_survey(&survey, &by).await?;
    if admin {
        admins
            .create_account(
                &stemme::accounts::Username::parse(USER)?,
                stemme::accounts::Password::parse(PASSWORD)?,
                by,
            )
            .await?;
    }
    service.stop_writing().await;
    drop((service, admins));
    fill(db, &survey, 100_000)?;
    Ok(survey)
}

/// `responses` invites spread evenly over `departments`, in batches.
pub async fn invite(
    service: &stemme::service::Service,
    survey: &SurveyId,
    departments: &[DepartmentName],
    responses: usize,
) -> anyhow::Result<()> {
    let count = departments.len();
    for (d, name) in departments.iter().enumerate() {
        let mut left = responses / count + usize::from(d < responses % count);
        while left > 0 {
            let n = left.min(MAX_INVITES_PER_BATCH as usize);
            service
                .create_invites(
                    survey,
                    name,
                    n as u32,
                    &Actor::CommandLine,
                    InviteFormat::Csv,
                )
                .await?;
            left -= n;
        }
    }
    Ok(())
}

/// Every ballot filled with a valid record, every invite used: what 100,000
/// employees answering would leave, minus the tokens.
pub fn fill(db: &std::path::Path, survey: &SurveyId, seed: u64) -> anyhow::Result<()> {
    let questionnaire = Questionnaire::parse(DEFAULT_SOURCE)?;
    let mut conn = rusqlite::Connection::open(db)?;
    let tx = conn.transaction()?;
    let ballots: Vec<(String, Vec<u8>)> = tx
        .prepare("SELECT department, id FROM ballots WHERE survey_id = ?1")?
        .query_map([survey.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut rng = StdRng::seed_from_u64(seed);
    {
        let mut update = tx.prepare(
            // The whole primary key, department included: without it each
            // update would scan the survey's ballots.
            "UPDATE ballots SET filled = 1, answers = ?4 \
             WHERE survey_id = ?1 AND department = ?2 AND id = ?3",
        )?;
        for (i, (department, id)) in ballots.iter().enumerate() {
            let number: usize = department
                .trim_start_matches("Department ")
                .parse()
                .unwrap_or(i);
            let answers = stemme::demo::synthetic_answers(number, &mut rng);
            let answers = questionnaire
                .check_answers(&answers)
                .map_err(|p| anyhow::anyhow!("synthetic answers not valid: {p:?}"))?;
            update.execute(rusqlite::params![
                survey.as_str(),
                department,
                id,
                answers.to_record(&questionnaire)
            ])?;
        }
        tx.execute(
            "UPDATE invites SET used = 1 WHERE survey_id = ?1",
            [survey.as_str()],
        )?;
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(())
}
