//! The ground-truth test of the follow-up comparison (issue 22): two waves
//! of a company whose every answer the test knows answer through the real
//! server; every change number in `comparison.json`, the comparison CSV,
//! the "Change" sheet and the page is recomputed from the raw answers by
//! this test's own code and compared.

mod demo;
mod expect;
mod files;
mod json;
mod page;
mod waves;

use serde_json::Value;
use stemme::accounts::Actor;
use stemme::service::{NewFollowUp, QuestionnaireChoice};
use stemme::survey::follow_up::Continues;
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};

use crate::helpers::*;
use expect::Known;
use truth_people::Department;

use crate::truth::people as truth_people;

const K: u32 = 5;

/// Invites every department, answers with its people, closes.
async fn answer_and_close(app: &TestApp, id: &SurveyId, departments: &[Department]) {
    let mut codes = Vec::new();
    for d in departments {
        codes.push(app.invites(id, d.name, d.invited).await);
    }
    app.app.open_survey(id, &Actor::CommandLine).await.unwrap();
    for (d, codes) in departments.iter().zip(&codes) {
        for (person, code) in d.people.iter().zip(codes) {
            let token = app.obtain_token(id, code).await;
            assert_eq!(
                app.submit(id, &token, person.clone()).await.status(),
                201,
                "{person}"
            );
        }
    }
    app.app.close_survey(id, &Actor::CommandLine).await.unwrap();
}

fn name(s: &str) -> DepartmentName {
    DepartmentName::parse(s).unwrap()
}

/// Both waves answered and closed; the follow-up's id and what the test knows.
async fn two_waves() -> (TestApp, crate::admin::AdminClient, SurveyId, [Known; 2]) {
    let mut app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let before = waves::baseline();
    let names: Vec<&str> = before.iter().map(|d| d.name).collect();
    let new = stemme::service::NewSurvey {
        title: SurveyTitle::parse("Sociale medier hos Nordlys").unwrap(),
        departments: Departments::parse(&names).unwrap(),
        questionnaire: waves::baseline_questionnaire(),
        min_group_size: MinGroupSize::new(K).unwrap(),
    };
    let baseline = app
        .app
        .create_survey(new, &Actor::CommandLine)
        .await
        .unwrap();
    answer_and_close(&app, &baseline, &before).await;
    let after = waves::follow_up(&before);
    let follow_up = NewFollowUp {
        title: SurveyTitle::parse("Sociale medier hos Nordlys, et halvt år efter").unwrap(),
        departments: waves::LINK
            .iter()
            .filter(|(_, from)| !from.is_empty())
            .map(|(to, from)| Continues {
                department: name(to),
                baseline: from.iter().map(|f| name(f)).collect(),
            })
            .collect(),
        new_departments: waves::LINK
            .iter()
            .filter(|(_, from)| from.is_empty())
            .map(|(to, _)| name(to))
            .collect(),
        pilots: waves::PILOTS.iter().map(|p| name(p)).collect(),
        questionnaire: QuestionnaireChoice::Newest,
    };
    let id = app
        .app
        .create_follow_up(&baseline, follow_up, &Actor::CommandLine)
        .await
        .unwrap();
    // Six months later, from another machine: one address answering both
    // waves in seconds would meet the per-address limit, as it should.
    app.client = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    answer_and_close(&app, &id, &after).await;
    let known = [
        Known::new(waves::baseline_questionnaire(), before, u64::from(K)),
        Known::new(waves::follow_up_questionnaire(), after, u64::from(K)),
    ];
    (app, admin, id, known)
}

#[tokio::test]
async fn every_change_number_of_a_follow_up_is_true_of_the_answers_of_both_waves() {
    let (_app, admin, id, known) = two_waves().await;
    let response = admin
        .get(&format!("/admin/surveys/{id}/comparison.json"))
        .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let comparison = &body["comparison"];
    let mut checked = json::check(comparison, &known, 1e-9, true);
    checked += files::check_files(&admin, &id, &known).await;
    checked += page::check_page(&admin, &id, &known).await;
    assert!(checked > 600, "only {checked} numbers checked");
}

#[tokio::test]
async fn stemme_export_compare_with_writes_the_comparison_and_refuses_a_survey_that_does_not_follow_up_the_one_named()
 {
    let (app, admin, id, known) = two_waves().await;
    let baseline = app.app.follow_up_of(&id).await.unwrap().unwrap().baseline;
    let (survey, base) = (id.as_str(), baseline.as_str());
    let args = ["export", "--survey", survey, "--compare-with", base];
    let csv = crate::cli::stemme(&app.db_path, &[&args[..], &["--format", "csv"]].concat());
    assert!(csv.status.success(), "{}", crate::cli::stderr(&csv));
    let rows = files::csv_rows(&csv.stdout);
    assert!(files::check_rows(&rows, &known) > 300);
    // The same file as the page's download, byte for byte.
    let web = admin
        .get(&format!("/admin/surveys/{id}/comparison.csv?lang=en"))
        .await;
    assert_eq!(web.bytes().await.unwrap().to_vec(), csv.stdout);
    let xlsx = crate::cli::stemme(&app.db_path, &[&args[..], &["--format", "xlsx"]].concat());
    assert!(xlsx.status.success() && xlsx.stdout.starts_with(b"PK"));

    for (survey, base, reason) in [
        (base, survey, "is not a follow-up of"),
        (survey, survey, "follows up survey"),
        (survey, "aaaaaaaaaaaa", "follows up survey"),
    ] {
        let refused = crate::cli::stemme(
            &app.db_path,
            &[
                "export",
                "--survey",
                survey,
                "--compare-with",
                base,
                "--format",
                "csv",
            ],
        );
        assert!(!refused.status.success());
        assert!(refused.stdout.is_empty());
        let said = crate::cli::stderr(&refused);
        assert!(said.contains(reason), "{said}");
    }
}
