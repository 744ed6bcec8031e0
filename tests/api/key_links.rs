//! The short key fingerprint that lets employees check they got the same key
//! as everyone in their department: in invite links once the survey is open,
//! and on HR's survey page.

use stemme::accounts::Actor;
use stemme::config::PublicUrl;
use stemme::invites::InviteFormat;

use crate::helpers::*;

fn grouped_short(key_id: &str) -> String {
    let short = &key_id[..16];
    format!(
        "{} {} {} {}",
        &short[..4],
        &short[4..8],
        &short[8..12],
        &short[12..]
    )
}

#[tokio::test]
async fn links_made_once_the_survey_is_open_carry_the_short_key_and_a_drafts_do_not() {
    let app = spawn_app().await;
    let public = PublicUrl::parse("https://stemme.example.dk").unwrap();
    let id = app.create_survey("Salg").await;
    let salg = dept("Salg");
    let make = || {
        app.app
            .create_invites(&id, &salg, 5, &Actor::CommandLine, InviteFormat::Csv)
    };
    let draft = make().await.unwrap();
    app.app.open_survey(&id, &Actor::CommandLine).await.unwrap();
    let open = make().await.unwrap();

    let (key_id, _) = app.department_key(&id, "Salg").await;
    let draft_csv = String::from_utf8(draft.to_csv(&public).unwrap()).unwrap();
    let open_csv = String::from_utf8(open.to_csv(&public).unwrap()).unwrap();
    for (line, code) in draft_csv.lines().skip(1).zip(&draft.codes) {
        assert!(
            line.ends_with(&format!("/s/{id}#code={}", code.grouped())),
            "{line}"
        );
    }
    for (line, code) in open_csv.lines().skip(1).zip(&open.codes) {
        let wanted = format!("/s/{id}#code={}&key={}", code.grouped(), &key_id[..16]);
        assert!(line.ends_with(&wanted), "{line}");
    }
}

#[tokio::test]
async fn hrs_survey_page_shows_each_departments_short_key_once_it_is_open() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(1).await;
    let draft = app.create_survey("Salg").await;

    let page = admin.survey_page(&survey.id).await;
    let draft_page = admin.survey_page(&draft).await;

    for department in ["Salg", "Kundeservice"] {
        let (key_id, _) = app.department_key(&survey.id, department).await;
        let line = format!(
            "<dt>{department}</dt><dd class=\"fingerprint\">{}</dd>",
            grouped_short(&key_id)
        );
        assert!(page.contains(&line), "{line} in:\n{page}");
    }
    assert!(!draft_page.contains("keys-list"), "a draft has no keys yet");
}
