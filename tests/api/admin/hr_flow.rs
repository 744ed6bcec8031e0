//! HR's side as HR meets it: invites for one department after another,
//! CSVs that open right in Danish Excel, a confirmation before opening,
//! the questionnaire previewed, lost batches voided, plain words.

use stemme::accounts::Actor;

use super::{AdminClient, hidden_field, location};
use crate::helpers::*;

async fn invite_csv(
    admin: &AdminClient,
    id: &stemme::survey::SurveyId,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let once = hidden_field(&admin.survey_page(id).await, "once");
    let mut all = vec![("format", "csv"), ("once", once.as_str())];
    all.extend_from_slice(fields);
    admin
        .post(&format!("/admin/surveys/{id}/invites"), &all)
        .await
}

#[tokio::test]
async fn opening_asks_first_and_says_which_departments_and_keys() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin
        .create_survey("Kundeservice\nØkonomi\nSalg\nLager", "5")
        .await;

    let page = admin.page(&format!("/admin/surveys/{id}/open")).await;
    let unconfirmed = admin.post(&format!("/admin/surveys/{id}/open"), &[]).await;
    let still_draft = app.app.survey(&id).await.unwrap().status;
    let confirmed = admin.post_open(&id).await;

    assert!(
        page.contains("A key is made for each of the 4 departments"),
        "{page}"
    );
    for department in ["Kundeservice", "Økonomi", "Salg", "Lager"] {
        assert!(page.contains(department));
    }
    assert_eq!(unconfirmed.status(), 400);
    assert_eq!(still_draft.as_str(), "draft");
    assert_eq!(confirmed.status(), 303);
    assert_eq!(app.app.survey(&id).await.unwrap().status.as_str(), "open");
}

#[tokio::test]
async fn four_csvs_in_a_row_from_one_page_and_one_csv_for_all_departments() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin
        .create_survey("Kundeservice\nØkonomi\nSalg\nLager", "5")
        .await;
    // One page, one form token: what a browser that never reloads sends.
    let once = hidden_field(&admin.survey_page(&id).await, "once");

    let mut departments_seen = Vec::new();
    for department in ["Kundeservice", "Økonomi", "Salg", "Lager"] {
        let response = admin
            .post_invites_once(&id, department, "3", "csv", &once)
            .await;
        assert_eq!(response.status(), 200, "{department}");
        let csv = response.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        departments_seen.push(rows[0][0].to_owned());
    }
    let all = invite_csv(
        &admin,
        &id,
        &[("department", "*"), ("count", "2"), ("csv_style", "plain")],
    )
    .await;
    let text = all.text().await.unwrap();

    assert_eq!(
        departments_seen,
        ["Kundeservice", "Økonomi", "Salg", "Lager"]
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let per: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(per.len(), 8);
    assert_eq!(per.iter().filter(|d| *d == "Økonomi").count(), 2);
    let participation = app.app.participation(&id).await.unwrap();
    assert_eq!(participation.invites, 4 * 3 + 4 * 2);
}

#[tokio::test]
async fn the_invite_csv_opens_right_in_danish_excel_and_keeps_its_name() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Økonomi\nLager", "5").await;
    admin.get("/admin?lang=da").await;

    let response = invite_csv(&admin, &id, &[("department", "Økonomi"), ("count", "2")]).await;

    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.contains("filename*=UTF-8''invitationer"),
        "{disposition}"
    );
    assert!(
        disposition.contains("%C3%B8konomi.csv"),
        "ø kept: {disposition}"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark first"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    assert_eq!(
        reader.headers().unwrap(),
        vec!["department", "code", "link"]
    );
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[0], "Økonomi");
}

#[tokio::test]
async fn the_questionnaire_is_previewed_in_each_language_and_spends_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(2).await;

    for (lang, question) in [
        ("da", "Hvilke sociale medier bruger du, og hvor tit?"),
        ("nb", "Hvilke sosiale medier bruker du, og hvor ofte?"),
        ("en", "Which social media do you use, and how often?"),
    ] {
        let page = admin
            .page(&format!("/admin/surveys/{}/preview?in={lang}", survey.id))
            .await;
        assert!(page.contains(question), "{lang}");
        assert!(
            !page.contains("survey.mjs"),
            "{lang}: no script that could ask for a voucher"
        );
    }
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!(participation.started, 0);
}

#[tokio::test]
async fn a_voided_batch_is_refused_at_the_door_and_counted_right() {
    // Arrange: a batch of five, one of them used to start.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(5).await;
    let token = app.obtain_token(&survey.id, &survey.codes[0]).await;
    let batch = app.app.invite_batches(&survey.id).await.unwrap()[0].id;
    // Another five, so that Salg keeps k invites after the void (rule P10).
    app.invites(&survey.id, "Salg", 5).await;

    // Act
    let unconfirmed = admin
        .post(
            &format!("/admin/surveys/{}/batches/{batch}/void", survey.id),
            &[],
        )
        .await;
    let voided = admin
        .post(
            &format!("/admin/surveys/{}/batches/{batch}/void", survey.id),
            &[("confirm", "yes")],
        )
        .await;

    // Assert: four codes gone, the used one still answers.
    assert_eq!(unconfirmed.status(), 400);
    assert_eq!(voided.status(), 303);
    assert!(location(&voided).ends_with("?done=voided"));
    for code in &survey.codes[1..] {
        let refused = app.post_invite(survey.id.as_str(), code).await;
        assert_eq!(error_code(refused).await, (403, "invite_invalid".into()));
    }
    let answered = app.submit(&survey.id, &token, valid_answers()).await;
    assert_eq!(answered.status(), 201);
    let participation = app.app.participation(&survey.id).await.unwrap();
    assert_eq!((participation.invites, participation.answered), (6, 1));
    let page = admin.survey_page(&survey.id).await;
    assert!(page.contains("4 voided"), "{page}");
    assert!(admin.page("/admin/audit").await.contains("Voided invites"));
}

#[tokio::test]
async fn the_close_confirmation_counts_who_is_still_answering_and_closed_surveys_stop_inviting() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(3).await;
    let first = app.obtain_token(&survey.id, &survey.codes[0]).await;
    app.obtain_token(&survey.id, &survey.codes[1]).await;
    app.submit(&survey.id, &first, valid_answers()).await;

    let confirm = admin
        .page(&format!("/admin/surveys/{}/close", survey.id))
        .await;
    app.app
        .close_survey(&survey.id, &Actor::CommandLine)
        .await
        .unwrap();
    let closed = admin.survey_page(&survey.id).await;

    assert!(
        confirm.contains("One person has started and not sent their answers yet"),
        "{confirm}"
    );
    assert!(!closed.contains("Employees answer at"));
    assert!(closed.contains("See the results"));
}

#[tokio::test]
async fn with_every_department_under_k_none_reads_as_pooled_into_others() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(3).await;
    for code in &survey.codes {
        let token = app.obtain_token(&survey.id, code).await;
        app.submit(&survey.id, &token, valid_answers()).await;
    }

    let page = admin.survey_page(&survey.id).await;

    assert!(!page.contains("Pooled into"), "{page}");
    assert!(page.contains("Started answering") && page.contains("Answered"));
}
