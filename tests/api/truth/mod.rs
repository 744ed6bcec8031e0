//! The ground-truth test of the results (rule P9): a company whose every
//! answer the test knows answers through the real server; every number of
//! the publication — in `results.json`, both CSV files, every sheet of the
//! workbook and the results page — is recomputed from the raw answers by
//! this test's own code (docs/readiness.md's formulas) and compared, and no
//! count of fewer than k people may be shown or come back by subtraction.

pub mod counts;
pub mod files;
mod json;
pub mod people;
mod pilots;

use serde_json::Value;
use stemme::accounts::Actor;
use stemme::questionnaire::Questionnaire;
use stemme::questionnaire::readiness::Goal;
use stemme::service::NewSurvey;
use stemme::survey::{Departments, MinGroupSize, SurveyTitle};

use crate::helpers::*;
use counts::{Counts, count, questionnaire, sum};
use people::{Department, company};

/// What the test knows: the questionnaire, the company, its counts, k.
pub struct Truth {
    pub q: Questionnaire,
    pub departments: Vec<Department>,
    pub counts: Vec<Counts>,
    pub k: u64,
}

impl Truth {
    pub fn index(&self, name: &str) -> usize {
        self.departments
            .iter()
            .position(|d| d.name == name)
            .expect("a department")
    }

    fn question(&self, id: &str) -> &stemme::questionnaire::Question {
        self.q
            .questions
            .iter()
            .find(|q| q.id == id)
            .expect("a question")
    }

    pub fn width(&self, question: &str) -> usize {
        self.question(question).options.len()
    }

    pub fn option(&self, question: &str, id: &str) -> usize {
        self.question(question)
            .options
            .iter()
            .position(|o| o.id == id)
            .expect("an option")
    }

    pub fn options(&self, question: &str) -> Vec<String> {
        self.question(question)
            .options
            .iter()
            .map(|o| o.id.clone())
            .collect()
    }

    /// A group's share of `options` of a question's row, from the raw counts.
    fn share(&self, members: &[usize], question: &str, row: &str, options: &[&str]) -> f64 {
        let cs: Vec<&Counts> = members.iter().map(|&d| &self.counts[d]).collect();
        let run = sum(
            &cs,
            &(question.to_owned(), row.to_owned()),
            self.width(question),
            false,
        );
        let picked: u64 = options
            .iter()
            .map(|o| run[1 + self.option(question, o)])
            .sum();
        if run[0] == 0 {
            0.0
        } else {
            picked as f64 / run[0] as f64
        }
    }

    /// The readiness index of a group from the raw answers, as
    /// docs/readiness.md writes it: 100 × Σ weight · part / Σ weights,
    /// rounded half up.
    pub fn readiness_index(&self, members: &[usize], goal: Goal) -> u64 {
        let r = self.q.readiness.as_ref().expect("readiness");
        let platforms: Vec<String> = self
            .question("platform_use")
            .rows
            .iter()
            .map(|r| r.id.clone())
            .collect();
        let volunteers = self.share(members, "willingness", "", &["4", "5"]);
        let fit = r.fit(goal);
        let platform_fit = platforms
            .iter()
            .enumerate()
            .map(|(p, id)| fit[p] * self.share(members, "platform_use", id, &["weekly", "daily"]))
            .fold(0.0f64, f64::max);
        let sharing = self.share(members, "shares_work", "", &["sometimes", "often"]);
        let course = self.share(members, "course_interest", "", &["yes"]);
        let unremovable: Vec<String> = r
            .unremovable
            .iter()
            .map(|&o| self.question("barriers").options[o].id.clone())
            .collect();
        let cs: Vec<&Counts> = members.iter().map(|&d| &self.counts[d]).collect();
        let barriers = sum(
            &cs,
            &("barriers".to_owned(), String::new()),
            self.width("barriers"),
            false,
        );
        let removable = if barriers[0] == 0 {
            1.0
        } else {
            let stuck: f64 = unremovable
                .iter()
                .map(|o| barriers[1 + self.option("barriers", o)] as f64 / barriers[0] as f64)
                .sum();
            (1.0 - stuck).clamp(0.0, 1.0)
        };
        let w = r.weights;
        let total = w.volunteers
            + w.platform_fit
            + w.already_sharing
            + w.course_interest
            + w.removable_barriers;
        let sum = w.volunteers * volunteers
            + w.platform_fit * platform_fit
            + w.already_sharing * sharing
            + w.course_interest * course
            + w.removable_barriers * removable;
        (100.0 * sum / total + 1e-9).round() as u64
    }
}

/// The company answers through the real server, the survey closes, and the
/// test fetches the publication in every form.
async fn published(
    k: u32,
) -> (
    TestApp,
    crate::admin::AdminClient,
    stemme::survey::SurveyId,
    Truth,
) {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let departments = company();
    let names: Vec<&str> = departments.iter().map(|d| d.name).collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Sociale medier hos Nordlys").unwrap(),
        departments: Departments::parse_list(&names.join(",")).unwrap(),
        questionnaire: questionnaire(),
        min_group_size: MinGroupSize::new(k).unwrap(),
    };
    let id = app
        .app
        .create_survey(new, &Actor::CommandLine)
        .await
        .unwrap();
    let mut codes = Vec::new();
    for d in &departments {
        codes.push(app.invites(&id, d.name, d.invited.max(k)).await);
    }
    app.app.open_survey(&id, &Actor::CommandLine).await.unwrap();
    for (d, codes) in departments.iter().zip(&codes) {
        for (person, code) in d.people.iter().zip(codes) {
            let token = app.obtain_token(&id, code).await;
            assert_eq!(
                app.submit(&id, &token, person.clone()).await.status(),
                201,
                "{person}"
            );
        }
    }
    app.app
        .close_survey(&id, &Actor::CommandLine)
        .await
        .unwrap();
    let q = questionnaire();
    let counts = departments.iter().map(|d| count(&q, d)).collect();
    let mut departments = departments;
    for (d, codes) in departments.iter_mut().zip(&codes) {
        d.invited = codes.len() as u32;
    }
    let truth = Truth {
        q,
        departments,
        counts,
        k: u64::from(k),
    };
    (app, admin, id, truth)
}

#[tokio::test]
async fn every_published_number_is_true_and_nothing_below_k_can_be_recovered() {
    for k in [5, 10] {
        let (_app, admin, id, t) = published(k).await;
        let json: Value = admin
            .get(&format!("/admin/surveys/{id}/results.json"))
            .await
            .json()
            .await
            .unwrap();
        let results = &json["results"];
        // Participation: every department's invites in the total, the
        // empty one included.
        let invited: u64 = t.departments.iter().map(|d| u64::from(d.invited)).sum();
        let answered: u64 = t.counts.iter().map(|c| c.respondents).sum();
        assert_eq!(
            results["total"]["invited"].as_u64(),
            Some(invited),
            "k = {k}"
        );
        assert_eq!(results["total"]["answered"].as_u64(), Some(answered));
        assert_eq!(results["empty_departments"][0]["name"], "Kantine");
        let members = json::members(results, &t);
        for (g, group) in results["groups"].as_array().unwrap().iter().enumerate() {
            let n: u64 = members[g].iter().map(|&d| t.counts[d].respondents).sum();
            assert_eq!(group["answered"].as_u64(), Some(n), "group {g}");
            assert!(n >= t.k, "group {g} of {n}");
        }
        let mut checked = json::check_tables(results, &t, &members);
        checked += json::check_readiness(results, &t, &members);
        checked += files::check_files(&admin, &id, &t, &members, results).await;
        assert!(checked > 2_000, "k = {k}: only {checked} numbers checked");
    }
}
