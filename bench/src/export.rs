//! The results as a spreadsheet: the workbook of the large closed survey,
//! downloaded as HR's button does, held against the same survey with
//! `results::SMALL` responses. An export reads the results counted at close, so its
//! cost should not grow with the responses; the server's peak memory is
//! read over the exports alone.

use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use super::Plan;
use super::http::Client;
use super::results::{PASSWORD, ResultsReport, USER, expect};
use super::server::Server;
use stemme::survey::SurveyId;

pub struct ExportReport {
    pub responses: usize,
    /// Median time of a workbook download, large survey then small.
    pub large: Duration,
    pub small: Duration,
    /// The long table as CSV, large survey.
    pub long_csv: Duration,
    pub xlsx_bytes: usize,
    /// The server's peak resident memory while making its first workbook.
    pub peak: u64,
    /// Its resident memory just before it.
    pub before: u64,
}

pub async fn run(plan: &Plan, results: &ResultsReport) -> anyhow::Result<ExportReport> {
    let log = results.db.with_file_name("export.log");
    let server = Server::start(&plan.server, &results.db, log, plan.synchronous)?;
    let client = Client::new(server.address);
    let cookie = client.sign_in(USER, PASSWORD).await?;
    let rounds = if plan.quick { 1 } else { 5 };
    let large = Download::prepare(&client, &cookie, &results.survey).await?;
    let small = Download::prepare(&client, &cookie, &results.small).await?;
    // The peak of one workbook, the first: later ones reuse its memory.
    let before = server.resident_memory()?;
    server.reset_peak_memory()?;
    large.median(&client, &cookie, "results.xlsx", 1).await?;
    let peak = server.peak_memory()?;
    let (large_time, bytes) = large
        .median(&client, &cookie, "results.xlsx", rounds)
        .await?;
    let (small_time, _) = small
        .median(&client, &cookie, "results.xlsx", rounds)
        .await?;
    let (long_csv, _) = large.median(&client, &cookie, "long.csv", rounds).await?;
    server.stop()?;
    Ok(ExportReport {
        responses: results.responses,
        large: large_time,
        small: small_time,
        long_csv,
        xlsx_bytes: bytes,
        peak,
        before,
    })
}

/// One survey's download form: its address and form token.
struct Download {
    survey: SurveyId,
    csrf: String,
}

impl Download {
    async fn prepare(client: &Client, cookie: &str, survey: &SurveyId) -> anyhow::Result<Self> {
        let page = client
            .get(&format!("/admin/surveys/{survey}/results"), cookie)
            .await?;
        expect(&page, 200, "the results page")?;
        let csrf = page
            .hidden_field("csrf")
            .context("no form token on the results page")?;
        Ok(Download {
            survey: survey.clone(),
            csrf,
        })
    }

    /// Downloads `file` `rounds` times; the median time and the size.
    async fn median(
        &self,
        client: &Client,
        cookie: &str,
        file: &str,
        rounds: usize,
    ) -> anyhow::Result<(Duration, usize)> {
        let path = format!("/admin/surveys/{}/export/{file}", self.survey);
        let mut times = Vec::with_capacity(rounds);
        let mut size = 0;
        for _ in 0..rounds {
            let form = format!("csrf={}&values=labels", self.csrf);
            let started = Instant::now();
            let response = client.post_form(&path, cookie, form).await?;
            times.push(started.elapsed());
            expect(&response, 200, file)?;
            if file.ends_with(".xlsx") && !response.body.starts_with(b"PK") {
                bail!("{file} is not a workbook");
            }
            size = response.body.len();
        }
        times.sort();
        Ok((times[times.len() / 2], size))
    }
}
