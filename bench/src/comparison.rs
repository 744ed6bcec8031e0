//! The follow-up comparison (issue 22): a follow-up of the large closed
//! survey, made through the library as HR's form makes it (every
//! department carried on, the recommended pilots), filled with another
//! 100,000 synthetic answers straight in the database, closed through HR's
//! page; then the comparison page of the two waves is timed.

use std::time::{Duration, Instant};

use anyhow::Context;

use super::Plan;
use super::http::Client;
use super::results::{PASSWORD, ResultsReport, USER, Views, expect, fill, invite};
use super::server::Server;
use stemme::accounts::Actor;
use stemme::config::Synchronous;
use stemme::service::{NewFollowUp, QuestionnaireChoice, continues};
use stemme::survey::SurveyTitle;

pub struct ComparisonReport {
    pub responses: usize,
    pub departments: usize,
    pub first: Duration,
    pub later: Vec<Duration>,
    pub json: Duration,
    pub page_bytes: usize,
}

pub async fn run(plan: &Plan, results: &ResultsReport) -> anyhow::Result<ComparisonReport> {
    let db = &results.db;
    let (service, _admins) = stemme::service::open(db, Synchronous::Normal)?;
    let baseline = service.plan_follow_up(&results.survey).await?;
    let names: Vec<_> = baseline
        .baseline
        .departments
        .iter()
        .map(|d| d.name.clone())
        .collect();
    let new = NewFollowUp {
        title: SurveyTitle::parse("Results benchmark, six months later")?,
        departments: continues(names.iter().map(|n| (n.clone(), n.clone())).collect()),
        new_departments: Vec::new(),
        pilots: baseline.recommended_for(baseline.goal).to_vec(),
        questionnaire: QuestionnaireChoice::Same,
    };
    let by = Actor::CommandLine;
    let follow_up = service.create_follow_up(&results.survey, new, &by).await?;
    invite(&service, &follow_up, &names, results.responses).await?;
    service.open_survey(&follow_up, &by).await?;
    service.stop_writing().await;
    drop(service);
    fill(db, &follow_up, 200_000)?;

    let log = db.with_file_name("comparison.log");
    let server = Server::start(&plan.server, db, log, plan.synchronous)?;
    let client = Client::new(server.address);
    let cookie = client.sign_in(USER, PASSWORD).await?;
    let page = client
        .get(&format!("/admin/surveys/{follow_up}"), &cookie)
        .await?;
    let csrf = page
        .hidden_field("csrf")
        .context("no form token on the follow-up's page")?;
    let closed = client
        .post_form(
            &format!("/admin/surveys/{follow_up}/close"),
            &cookie,
            format!("csrf={csrf}&confirm=yes"),
        )
        .await?;
    expect(&closed, 303, "closing the follow-up")?;
    // Both publications are made: the baseline's by the results phase,
    // the follow-up's at its close. The comparison is what is timed.
    let path = format!("/admin/surveys/{follow_up}/comparison");
    let views = Views::time(plan, &client, &cookie, &path, "the comparison page").await?;
    let started = Instant::now();
    let json = client.get(&format!("{path}.json"), &cookie).await?;
    let json_time = started.elapsed();
    expect(&json, 200, "comparison.json")?;
    server.stop()?;
    Ok(ComparisonReport {
        responses: results.responses,
        departments: results.departments,
        first: views.first,
        later: views.later,
        json: json_time,
        page_bytes: views.page.body.len(),
    })
}
