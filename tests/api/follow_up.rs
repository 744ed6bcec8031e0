//! Making a follow-up of a closed survey (issue 22), on HR's one screen and
//! from the command line, against the real server and the real binary.

use serde_json::json;
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

/// Opens the draft `id`, lets `n` people of each department answer
/// (willingness 2, 4 or 5 in turn) and closes it.
async fn answer_and_close(app: &TestApp, id: &SurveyId, departments: &[(&str, u32)]) {
    let mut codes = Vec::new();
    for (department, n) in departments {
        codes.push((app.invites(id, department, *n).await, *n));
    }
    app.app.open_survey(id, &Actor::CommandLine).await.unwrap();
    for (codes, n) in &codes {
        for (i, code) in codes.iter().take(*n as usize).enumerate() {
            let token = app.obtain_token(id, code).await;
            let mut answers = valid_answers();
            answers["willingness"] = json!(["2", "4", "5"][i % 3]);
            assert_eq!(app.submit(id, &token, answers).await.status(), 201);
        }
    }
    app.app.close_survey(id, &Actor::CommandLine).await.unwrap();
}

fn path(id: &SurveyId) -> String {
    format!("/admin/surveys/{id}/follow-up")
}

/// The form as HR sends it: the baseline's four departments under
/// `names`, pilots ticked by index, and new departments one per line.
async fn post_follow_up(
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

fn continues(department: &str, baseline: &[&str]) -> Continues {
    Continues {
        department: dept(department),
        baseline: baseline.iter().map(|b| dept(b)).collect(),
    }
}

/// How many surveys there are, and the baseline's follow-ups.
async fn made(app: &TestApp, baseline: &SurveyId) -> (usize, usize) {
    let surveys = app.app.list_surveys().await.unwrap().len();
    let follow_ups = app.app.follow_ups(baseline).await.unwrap().len();
    (surveys, follow_ups)
}

#[tokio::test]
async fn a_follow_up_carries_on_renamed_merged_and_new_departments_drops_one_and_keeps_its_pilots()
{
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;

    let form = admin.page(&format!("{}?lang=da", path(&baseline))).await;
    assert!(form.contains("opfølgning"), "{form}");
    assert!(form.contains("name=\"name-3\" value=\"Kantine\""), "{form}");

    let response = post_follow_up(
        &admin,
        &baseline,
        "Runde 2",
        ["Salg og marked", "Drift", "drift", ""],
        &[0, 1],
        "Kundeservice\n\n",
    )
    .await;

    assert_eq!(response.status(), 303);
    let to = location(&response);
    let id = to
        .trim_start_matches("/admin/surveys/")
        .trim_end_matches("?done=follow-up");
    let id = SurveyId::parse(id).unwrap();
    let of = app.app.follow_up_of(&id).await.unwrap();
    assert_eq!(
        of,
        Some(FollowUpOf {
            baseline: baseline.clone(),
            link: Link {
                departments: vec![
                    continues("Salg og marked", &["Salg"]),
                    continues("Drift", &["Lager", "Jura"]),
                    continues("Kundeservice", &[]),
                ],
                pilots: vec![dept("Salg"), dept("Lager")],
            },
        })
    );
    let (before, after) = (
        app.app.survey(&baseline).await.unwrap(),
        app.app.survey(&id).await.unwrap(),
    );
    assert_eq!(after.status, SurveyStatus::Draft);
    assert_eq!(after.title, "Runde 2");
    assert_eq!(after.min_group_size, before.min_group_size);
    assert_eq!(after.questionnaire, before.questionnaire);

    let page = admin.page(&to).await;
    assert!(
        page.contains(&format!("href=\"/admin/surveys/{baseline}\"")),
        "{page}"
    );
    let listed = admin.survey_page(&baseline).await;
    assert!(
        listed.contains(&format!("href=\"/admin/surveys/{id}\"")),
        "{listed}"
    );
    assert!(listed.contains("Runde 2"));
}

#[tokio::test]
async fn the_link_follows_a_rename_a_merge_and_a_removal_in_the_follow_ups_draft() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let response = post_follow_up(
        &admin,
        &baseline,
        "Runde 2",
        ["Salg", "Lager", "Jura", "Kantine"],
        &[],
        "",
    )
    .await;
    let id = location(&response);
    let id = id
        .trim_start_matches("/admin/surveys/")
        .trim_end_matches("?done=follow-up");
    let id = SurveyId::parse(id).unwrap();

    for fields in [
        [("action", "rename"), ("name", "Salg"), ("new_name", "Sælg")],
        [("action", "merge"), ("name", "Jura"), ("new_name", "Lager")],
        [("action", "remove"), ("name", "Kantine"), ("new_name", "")],
    ] {
        let response = admin.post_departments(&id, &fields).await;
        assert_eq!(response.status(), 303, "{fields:?}");
    }

    let link = app.app.follow_up_of(&id).await.unwrap().unwrap().link;
    assert_eq!(
        link.departments,
        [
            continues("Sælg", &["Salg"]),
            continues("Lager", &["Lager", "Jura"]),
        ]
    );
}

#[tokio::test]
async fn only_a_closed_survey_can_be_followed_up() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let draft = app.create_survey("Salg,Lager,Jura,Kantine").await;
    let open = app.open_survey(5).await.id;

    for id in [&draft, &open] {
        let before = app.app.list_surveys().await.unwrap().len();
        let form = admin.get(&format!("{}?lang=da", path(id))).await;
        let sent = post_follow_up(&admin, id, "Runde 2", ["Salg", "", "", ""], &[], "").await;

        assert_eq!(form.status(), 409);
        assert_eq!(sent.status(), 409);
        assert!(
            sent.text()
                .await
                .unwrap()
                .contains("Det kan ikke lade sig gøre")
        );
        assert_eq!(app.app.list_surveys().await.unwrap().len(), before);
    }
}

#[tokio::test]
async fn a_follow_up_form_with_a_mistake_comes_back_as_it_was_filled_in_and_makes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let before = made(&app, &baseline).await;
    admin.get("/admin?lang=da").await;

    let cases: [(&str, [&str; 4], &str, &str); 5] = [
        (
            "",
            ["Salg", "Lager", "Jura", "Kantine"],
            "",
            "Giv undersøgelsen en titel",
        ),
        (
            "Runde 2",
            ["Salg", "Lager", "Jura", "Kantine"],
            "SaIg",
            "til forveksling",
        ),
        (
            "Runde 2",
            ["Salg", "Lager", "Jura", "Kantine"],
            "lager",
            "to gange",
        ),
        (
            "Runde 2",
            ["", "", "", ""],
            "Kundeservice",
            "Før mindst én afdeling videre",
        ),
        ("Runde 2", ["", "", "", ""], "", "mindst én afdeling"),
    ];
    for (title, names, new, message) in cases {
        let response = post_follow_up(&admin, &baseline, title, names, &[2], new).await;

        assert_eq!(response.status(), 400, "{message}");
        let page = response.text().await.unwrap();
        assert!(page.contains(message), "{message}: {page}");
        assert!(page.contains(&format!(">{new}</textarea>")), "{page}");
        assert!(
            page.contains("name=\"pilot-2\" value=\"yes\" checked"),
            "{page}"
        );
        assert_eq!(made(&app, &baseline).await, before, "{message}");
    }
}

#[tokio::test]
async fn survey_follow_up_on_the_command_line_prints_the_new_id_and_refuses_mistakes_with_a_reason()
{
    let app = spawn_app().await;
    let baseline = closed_baseline(&app).await;
    let before = made(&app, &baseline).await;
    let follow_up = |extra: &[&str]| {
        let mut args = vec!["survey", "follow-up", "--from", baseline.as_str()];
        args.extend_from_slice(extra);
        stemme(&app.db_path, &args)
    };

    for (extra, reason) in [
        (
            &["--title", "R2", "--rename", "Ukendt=X"][..],
            "no department called \"Ukendt\"",
        ),
        (
            &[
                "--title",
                "R2",
                "--rename",
                "Salg=A",
                "--merge",
                "Salg+Lager=B",
            ][..],
            "more than one",
        ),
        (&["--title", "R2", "--add", "SaIg"][..], "SaIg"),
        (&["--title", " "][..], "the title is empty"),
        (
            &[
                "--title", "R2", "--drop", "Salg", "--drop", "Lager", "--drop", "Jura", "--drop",
                "Kantine", "--add", "Ny",
            ][..],
            "no department of the follow-up continues",
        ),
        (
            &["--title", "R2", "--questionnaire", "newest"][..],
            "no newer version",
        ),
    ] {
        let output = follow_up(extra);
        assert!(!output.status.success(), "{extra:?}");
        assert!(
            stderr(&output).contains(reason),
            "{extra:?}: {}",
            stderr(&output)
        );
        assert_eq!(made(&app, &baseline).await, before, "{extra:?}");
    }
    let output = follow_up(&[
        "--title",
        "Runde 2",
        "--rename",
        "Salg=Sælg",
        "--merge",
        "Lager+Jura=Drift",
        "--drop",
        "Kantine",
        "--add",
        "Kundeservice",
        "--pilot",
        "lager",
    ]);

    assert!(output.status.success(), "{}", stderr(&output));
    let id = SurveyId::parse(stdout(&output).trim()).unwrap();
    let of = app.app.follow_up_of(&id).await.unwrap().unwrap();
    assert_eq!(of.baseline, baseline);
    assert_eq!(
        of.link,
        Link {
            departments: vec![
                continues("Sælg", &["Salg"]),
                continues("Drift", &["Lager", "Jura"]),
                continues("Kundeservice", &[]),
            ],
            pilots: vec![dept("Lager")],
        }
    );
}

#[tokio::test]
async fn a_follow_up_may_ask_the_newest_version_and_the_form_says_plainly_what_cannot_be_compared()
{
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    // Version 1 called "rarely" "seldom"; the built-in version 2 does not.
    let older = DEFAULT_SOURCE
        .replacen("version = 2", "version = 1", 1)
        .replacen("{ id = \"rarely\"", "{ id = \"seldom\"", 1);
    let new = NewSurvey {
        title: SurveyTitle::parse("Forår").unwrap(),
        departments: Departments::parse(&["Salg", "Lager"]).unwrap(),
        questionnaire: Questionnaire::parse(&older).unwrap(),
        min_group_size: MinGroupSize::new(5).unwrap(),
    };
    let baseline = app
        .app
        .create_survey(new, &Actor::CommandLine)
        .await
        .unwrap();
    answer_and_close(&app, &baseline, &[("Salg", 5), ("Lager", 5)]).await;

    let plan = app.app.plan_follow_up(&baseline).await.unwrap();
    let choices: Vec<_> = plan.questionnaires.iter().map(|q| q.choice).collect();
    assert_eq!(
        choices,
        [QuestionnaireChoice::Same, QuestionnaireChoice::Newest]
    );
    let only = |item: &str, only_in| Unmatched {
        question: "shares_work".into(),
        item: Some(item.into()),
        only_in,
    };
    assert_eq!(
        plan.questionnaires[1].unmatched,
        [
            only("seldom", Wave::Baseline),
            only("rarely", Wave::FollowUp)
        ]
    );
    let form = admin.page(&format!("{}?lang=en", path(&baseline))).await;
    assert!(form.contains("value=\"newest\""), "{form}");
    assert!(
        form.contains("“Rarely”, only in the survey you follow up"),
        "{form}"
    );
    assert!(
        form.contains("“Rarely”, only in the newest version"),
        "{form}"
    );

    let mut fields = vec![("title", "Efterår"), ("questionnaire", "newest")];
    fields.extend([("name-0", "Salg"), ("name-1", "Lager")]);
    let response = admin.post(&path(&baseline), &fields).await;

    assert_eq!(response.status(), 303);
    let follow_ups = app.app.follow_ups(&baseline).await.unwrap();
    let made = app.app.survey(&follow_ups[0].id).await.unwrap();
    assert_eq!(made.questionnaire.version, 2);
    assert_eq!(made.questionnaire.source(), DEFAULT_SOURCE);
}

#[tokio::test]
async fn the_pilot_boxes_start_as_the_baselines_recommendation_for_the_goal_chosen() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let plan = app.app.plan_follow_up(&baseline).await.unwrap();
    let results = admin
        .page(&format!("/admin/surveys/{baseline}/results?goal=sales"))
        .await;
    assert!(results.contains(&format!(
        "href=\"/admin/surveys/{baseline}/follow-up?goal=sales\""
    )));

    for goal in stemme::questionnaire::readiness::Goal::ALL {
        let form = admin
            .page(&format!("{}?goal={}", path(&baseline), goal.id()))
            .await;

        let recommended = plan.recommended_for(goal);
        for (i, department) in plan.baseline.departments.iter().enumerate() {
            let ticked = form.contains(&format!("name=\"pilot-{i}\" value=\"yes\" checked"));
            assert_eq!(
                ticked,
                recommended.contains(&department.name),
                "{goal:?} {i}"
            );
        }
    }
    assert!(!plan.recommended_for(plan.goal).is_empty());
}
