//! Invites, opening, participation, closing and the audit trail, all
//! through HR's pages.

use rusqlite::Connection;
use stemme::invites::InviteCode;
use stemme::survey::SurveyStatus;

use super::{hidden_field, location};
use crate::helpers::*;

#[tokio::test]
async fn invites_download_as_csv_in_the_command_lines_format_and_are_never_cached() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nKundeservice", "5").await;

    let response = admin.post_invites(&id, "kundeservice", "3", "csv").await;

    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-store");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert!(disposition.contains(&format!("invites-{id}-kundeservice.csv")));
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "department,code,link");
    assert_eq!(lines.len(), 4);
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields[0], "Kundeservice");
        assert!(InviteCode::parse(fields[1]).is_ok());
        assert_eq!(
            fields[2],
            format!("http://localhost:8080/s/{id}#code={}", fields[1])
        );
    }
    let participation = app.app.participation(&id).await.unwrap();
    assert_eq!(participation.departments[1].invites, 3);
}

#[tokio::test]
async fn sending_the_same_invite_form_twice_makes_no_second_batch() {
    // Arrange: the form as a browser holds it, e.g. before "reload and resubmit".
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    let once = hidden_field(&admin.survey_page(&id).await, "once");

    // Act
    let first = admin
        .post_invites_once(&id, "Salg", "4", "slips", &once)
        .await;
    let again = admin
        .post_invites_once(&id, "Salg", "4", "slips", &once)
        .await;

    // Assert
    assert_eq!(first.status(), 200);
    assert_eq!(again.status(), 400);
    assert!(again.text().await.unwrap().contains("already used"));
    let participation = app.app.participation(&id).await.unwrap();
    assert_eq!(participation.departments[0].invites, 4);
}

#[tokio::test]
async fn invites_as_slips_carry_a_qr_code_and_the_code_each_and_say_they_are_shown_once() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;

    let response = admin.post_invites(&id, "Salg", "9", "slips").await;

    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let page = response.text().await.unwrap();
    assert_eq!(page.matches("class=\"slip\"").count(), 9);
    assert_eq!(
        page.matches("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .count(),
        9
    );
    assert_eq!(page.matches("class=\"slip-page\"").count(), 2);
    assert!(page.contains("shown only once"));
    assert!(!page.contains("<?xml"));
    let codes: Vec<&str> = page
        .split("<p class=\"slip-code\"><span>")
        .skip(1)
        .map(|rest| rest.split("</p>").next().unwrap())
        .collect();
    assert_eq!(codes.len(), 9);
    for code in codes {
        let typed = code
            .replace("</span><wbr><span>", "")
            .replace("</span>", "");
        assert!(InviteCode::parse(&typed).is_ok(), "{typed}");
    }
}

#[tokio::test]
async fn bad_invite_requests_are_explained_on_the_survey_page() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;

    let zero = admin.post_invites(&id, "Salg", "0", "csv").await;
    let too_many_slips = admin.post_invites(&id, "Salg", "401", "slips").await;
    let unknown = admin.post_invites(&id, "Jura", "2", "csv").await;

    assert_eq!(zero.status(), 400);
    assert!(zero.text().await.unwrap().contains("from 1 to 10000"));
    assert!(
        too_many_slips
            .text()
            .await
            .unwrap()
            .contains("from 1 to 400")
    );
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("no department called &quot;Jura&quot;")
    );
    assert_eq!(
        app.app.participation(&id).await.unwrap().departments[0].invites,
        0
    );
}

#[tokio::test]
async fn a_survey_runs_from_open_to_closed_with_participation_but_no_answers_shown() {
    // Arrange: a draft with invites, opened from the page.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg\nKundeservice", "5").await;
    let csv = admin
        .post_invites(&id, "Salg", "5", "csv")
        .await
        .text()
        .await
        .unwrap();
    let codes: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().to_owned())
        .collect();
    let opened = admin.post_open(&id).await;
    assert_eq!(opened.status(), 303);
    assert!(location(&opened).ends_with("?done=opened"));

    // Act: two employees start, one answers.
    let first = app.obtain_token(&id, &codes[0]).await;
    app.obtain_token(&id, &codes[1]).await;
    assert_eq!(app.submit(&id, &first, valid_answers()).await.status(), 201);
    let page = admin.survey_page(&id).await;

    // Assert: numbers, a bar, and nothing about what was answered (P5).
    let salg_row = page.split("<th scope=\"row\">Salg</th>").nth(1).unwrap();
    let numbers: Vec<&str> = salg_row
        .split("<td class=\"number\">")
        .skip(1)
        .take(3)
        .map(|c| c.split('<').next().unwrap())
        .collect();
    assert_eq!(numbers, ["5", "2", "1"]);
    assert!(page.contains("class=\"participation-bar\""));
    assert!(page.contains("never what anyone answered"));
    for answer in ["unsure_allowed", "own_profile", "linkedin", "500_999"] {
        assert!(!page.contains(answer), "the page shows an answer: {answer}");
    }
    assert!(
        page.contains("Hidden: too few responses"),
        "P4 placement shown"
    );

    // Closing needs a confirmation, then destroys the keys.
    let close_page = admin.page(&format!("/admin/surveys/{id}/close")).await;
    assert!(
        close_page.contains("Closing is final")
            && close_page.contains("private keys are destroyed")
    );
    let unconfirmed = admin.post_close(&id, false).await;
    assert_eq!(unconfirmed.status(), 400);
    assert_eq!(
        app.app.survey(&id).await.unwrap().status,
        SurveyStatus::Open
    );
    let closed = admin.post_close(&id, true).await;
    assert_eq!(closed.status(), 303);
    assert_eq!(
        app.app.survey(&id).await.unwrap().status,
        SurveyStatus::Closed
    );
    let keys: i64 = Connection::open(&app.db_path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM departments WHERE private_key IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keys, 0);
}

#[tokio::test]
async fn actions_in_the_wrong_state_get_a_clear_conflict() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    assert_eq!(admin.post_open(&id).await.status(), 303);

    let again = admin.post_open(&id).await;
    // An invite form still open in another tab when the survey closes.
    let once = hidden_field(&admin.survey_page(&id).await, "once");
    admin.post_close(&id, true).await;
    let invites_after_close = admin
        .post_invites_once(&id, "Salg", "1", "csv", &once)
        .await;

    assert_eq!(again.status(), 409);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("status is &quot;Open&quot;")
    );
    assert_eq!(invites_after_close.status(), 409);
    let unknown = admin.get("/admin/surveys/0123456789ab").await;
    assert_eq!(unknown.status(), 404);
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("There is no such survey.")
    );
}

#[tokio::test]
async fn the_survey_list_shows_state_and_participation() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    admin.post_invites(&id, "Salg", "4", "csv").await;

    let page = admin.page("/admin").await;

    assert!(page.contains(&format!("href=\"/admin/surveys/{id}\"")));
    assert!(page.contains("Sociale medier hos Nordlys"));
    assert!(page.contains("status-draft"));
    assert!(page.contains("<td class=\"number\">4</td>"));
}

#[tokio::test]
async fn the_audit_trail_records_who_did_what_and_when() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    admin.post_invites(&id, "Salg", "5", "csv").await;
    admin.post_open(&id).await;
    admin.post_close(&id, true).await;

    let page = admin.page("/admin/audit").await;

    let rows: Vec<&str> = page.split("<tr>").skip(2).collect();
    let expected = [
        "Closed a survey",
        "Opened a survey",
        "Made invites",
        "Created a survey",
        "Signed in",
        "Created an account",
    ];
    assert_eq!(rows.len(), expected.len(), "{page}");
    for (row, action) in rows.iter().zip(expected) {
        assert!(row.contains(action), "{action} in {row}");
        assert!(row.contains(" UTC</time>"));
    }
    assert!(rows[0].contains("anne.hr") && rows[2].contains("Salg: 5 (CSV)"));
    assert!(rows[5].contains("(command line)"));
}

#[tokio::test]
async fn the_language_switch_on_a_form_answer_leads_back_to_the_survey() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;

    let response = admin
        .get(&format!("/admin/surveys/{id}/invites?lang=da"))
        .await;

    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), format!("/admin/surveys/{id}"));
    let page = admin.survey_page(&id).await;
    assert!(
        page.contains("<h2 id=\"participation\">Deltagelse</h2>"),
        "{page}"
    );
}

#[tokio::test]
async fn a_closed_surveys_page_leads_with_its_results_and_promises_no_more_answers() {
    // Arrange: Kundeservice never answered; the survey is closed.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(5).await;
    app.app
        .close_survey(&survey.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    // Act
    let page = admin
        .page(&format!("/admin/surveys/{}?lang=da", survey.id))
        .await;

    // Assert: the results link comes before the participation table, and
    // the empty department is not said to have no answers "yet".
    let results = page.find("/results\"").expect("a link to the results");
    let participation = page.find("id=\"participation\"").unwrap();
    assert!(
        results < participation,
        "the results link is not at the top"
    );
    assert!(!page.contains("Ingen svar endnu"), "{page}");
    assert!(page.contains("Ingen svar"), "{page}");
}
