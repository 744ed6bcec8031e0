//! Making a follow-up of a closed survey (issue 22), on HR's one screen and
//! from the command line, against the real server and the real binary.

mod cli;
mod form;
mod versions;

use stemme::accounts::Actor;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::report::compare::{Unmatched, Wave};
use stemme::service::{FollowUpOf, NewSurvey, QuestionnaireChoice};
use stemme::survey::follow_up::{Continues, Link};
use stemme::survey::{Departments, MinGroupSize, SurveyId, SurveyStatus, SurveyTitle};

use crate::admin::{AdminClient, location};
use crate::cli::{stderr, stdout, stemme};
use crate::helpers::*;

/// Salg 6 answers, Lager 5, Jura 5, Kantine 5 (k = 5), closed.
pub async fn closed_baseline(app: &TestApp) -> SurveyId {
    let id = app.create_survey("Salg,Lager,Jura,Kantine").await;
    let departments = [("Salg", 6), ("Lager", 5), ("Jura", 5), ("Kantine", 5)];
    answer_and_close(app, &id, &departments).await;
    id
}

/// Opens the draft `id`, lets `n` people of each department answer (all
/// its invites) and closes it.
pub async fn answer_and_close(app: &TestApp, id: &SurveyId, departments: &[(&str, u32)]) {
    let all: Vec<(&str, u32, u32)> = departments.iter().map(|&(d, n)| (d, n, n)).collect();
    crate::results::answer_in(app, id, &all).await;
}

pub fn path(id: &SurveyId) -> String {
    format!("/admin/surveys/{id}/follow-up")
}

/// The form as HR sends it: the baseline's four departments under
/// `names`, pilots ticked by index, and new departments one per line.
pub async fn post_follow_up(
    admin: &AdminClient,
    id: &SurveyId,
    title: &str,
    names: [&str; 4],
    pilots: &[usize],
    new: &str,
) -> reqwest::Response {
    let mut fields: Vec<(String, String)> = vec![
        ("title".into(), title.into()),
        ("questionnaire".into(), "same".into()),
        ("new_departments".into(), new.into()),
    ];
    for (i, name) in names.iter().enumerate() {
        fields.push((format!("name-{i}"), (*name).into()));
    }
    for i in pilots {
        fields.push((format!("pilot-{i}"), "yes".into()));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    admin.post(&path(id), &fields).await
}

pub fn continues(department: &str, baseline: &[&str]) -> Continues {
    Continues {
        department: dept(department),
        baseline: baseline.iter().map(|b| dept(b)).collect(),
    }
}

/// How many surveys there are, and the baseline's follow-ups.
pub async fn made(app: &TestApp, baseline: &SurveyId) -> (usize, usize) {
    let surveys = app.app.list_surveys().await.unwrap().len();
    let follow_ups = app.app.follow_ups(baseline).await.unwrap().len();
    (surveys, follow_ups)
}
