//! The results as spreadsheets, from the results page and from `stemme
//! export`, against the real server and binary: read back with calamine and
//! the csv crate, never compared as bytes; rules P4, P5 and P8 kept; every
//! export in HR's audit trail.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use stemme::accounts::Actor;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::NewSurvey;
use stemme::survey::{Departments, MinGroupSize, SurveyId, SurveyTitle};

use crate::admin::AdminClient;
use crate::helpers::*;

mod command_line;
mod libreoffice;

const TITLE: &str = "Sociale medier på Ærø";
pub const BOM: &[u8] = "\u{feff}".as_bytes();

/// Salg 12 answers, Lager 8, Jura 4 (k = 5): Jura is pooled, its pool is
/// under k, so Lager joins it; only Salg and "Other departments" show.
pub async fn closed_survey(app: &TestApp) -> SurveyId {
    let id = survey(app).await;
    crate::results::answer_and_close(app, &id).await;
    id
}

async fn survey(app: &TestApp) -> SurveyId {
    let new = NewSurvey {
        title: SurveyTitle::parse(TITLE).unwrap(),
        departments: Departments::parse_list("Salg,Lager,Jura").unwrap(),
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE).unwrap(),
        min_group_size: MinGroupSize::default(),
    };
    app.app
        .create_survey(new, &Actor::CommandLine)
        .await
        .unwrap()
}

async fn export(admin: &AdminClient, id: &SurveyId, file: &str, lang: &str) -> reqwest::Response {
    let path = format!("/admin/surveys/{id}/export/{file}?lang={lang}");
    admin.post(&path, &[]).await
}

/// `%C3%86` and the like, decoded.
fn percent_decoded(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

pub fn csv_records(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Wherever a long table's total has a count, every group has one and
/// they add up to it: no group is the total minus the others.
fn assert_no_subtraction(rows: &[Vec<String>], everyone: &str) {
    let mut cells: HashMap<&[String], Vec<(&str, &str)>> = HashMap::new();
    for r in rows.iter().skip(1).filter(|r| r[1] == rows[1][1]) {
        cells.entry(&r[2..5]).or_default().push((&r[0], &r[6]));
    }
    for (key, lines) in cells {
        let total = lines.iter().find(|l| l.0 == everyone).map(|l| l.1);
        let Some(Ok(total)) = total.map(str::parse::<u64>) else {
            continue;
        };
        let parts: Vec<Option<u64>> = lines
            .iter()
            .filter(|l| l.0 != everyone)
            .map(|l| l.1.parse().ok())
            .collect();
        assert!(
            parts.iter().all(Option::is_some),
            "{key:?}: {parts:?} of {total}"
        );
        assert_eq!(parts.iter().flatten().sum::<u64>(), total, "{key:?}");
    }
}

#[tokio::test]
async fn the_results_page_offers_the_spreadsheets_and_says_why_there_is_no_raw_data() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    let page = admin.page(&format!("/admin/surveys/{id}/results")).await;

    for file in ["results.xlsx", "departments.csv", "long.csv"] {
        assert!(
            page.contains(&format!("/admin/surveys/{id}/export/{file}")),
            "{file}"
        );
    }
    assert!(page.contains("Looking for the raw data?"));
    assert!(page.contains("never exports one row per respondent"));
}

#[tokio::test]
async fn hr_downloads_the_workbook_in_danish_with_nothing_of_a_department_of_four_and_it_is_audited()
 {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    let response = export(&admin, &id, "results.xlsx", "da").await;

    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    let encoded = disposition.split("filename*=UTF-8''").nth(1).unwrap();
    assert_eq!(
        percent_decoded(encoded.trim_matches('"')),
        format!("{TITLE} – resultater.xlsx")
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Oversigt",
            "Diagrammer",
            "Pr. afdeling",
            "Lang tabel",
            "Kodebog"
        ]
    );
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        for cell in range.rows().flatten() {
            let t = text(cell);
            assert!(!t.contains("Jura") && !t.contains("Lager"), "{name}: {t}");
        }
    }
    let by_department = book.worksheet_range("Pr. afdeling").unwrap();
    let groups: Vec<String> = by_department.rows().skip(1).map(|r| text(&r[0])).collect();
    assert_eq!(groups, ["Salg", "Øvrige afdelinger", "Alle"]);
    let answered: Vec<String> = by_department.rows().skip(1).map(|r| text(&r[2])).collect();
    assert_eq!(answered, ["12", "12", "24"]);
    let summary = book.worksheet_range("Oversigt").unwrap();
    assert!(summary.rows().flatten().any(|c| text(c) == TITLE));
    let audit = admin.page("/admin/audit?lang=en").await;
    assert!(audit.contains("Exported the results"), "{audit}");
    assert!(audit.contains("xlsx · da · labels"), "{audit}");
}

#[tokio::test]
async fn the_csv_files_open_right_in_danish_excel_and_keep_every_rule() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    let departments = export(&admin, &id, "departments.csv", "da").await;
    let long = export(&admin, &id, "long.csv", "da").await;
    let english = export(&admin, &id, "long.csv", "en").await;

    assert_eq!(departments.status(), 200);
    assert!(
        departments.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let departments = departments.bytes().await.unwrap();
    let long = long.bytes().await.unwrap();
    let english = english.bytes().await.unwrap();
    for bytes in [&departments, &long] {
        assert!(
            bytes.starts_with(BOM),
            "Danish Excel reads UTF-8 after a BOM"
        );
        let text = std::str::from_utf8(bytes).unwrap();
        assert!(!text.contains("Jura") && !text.contains("Lager"));
        assert!(!text.contains("sep="));
    }
    let rows = csv_records(&departments, b';');
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["Salg", "Øvrige afdelinger", "Alle"]);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let long_rows = csv_records(&long, b';');
    assert_eq!(
        long_rows[0][..5],
        ["Afdeling", "Undergruppe", "Spørgsmål", "Række", "Svar"]
    );
    assert_no_subtraction(&long_rows, "Alle");
    assert!(!english.starts_with(BOM));
    let english_rows = csv_records(&english, b',');
    assert_eq!(english_rows.len(), long_rows.len());
    assert_no_subtraction(&english_rows, "Everyone");
}

#[tokio::test]
async fn an_open_survey_cannot_be_exported_from_the_page() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(2).await;

    let response = export(&admin, &survey.id, "results.xlsx", "da").await;

    assert_eq!(response.status(), 409);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(response.headers().get("content-disposition").is_none());
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Resultaterne kan ikke hentes endnu"),
        "{page}"
    );
    assert!(page.contains("først hentes, når den er lukket"), "{page}");
    let audit = admin.page("/admin/audit?lang=en").await;
    assert!(!audit.contains("Exported the results"));
}

#[tokio::test]
async fn an_export_needs_the_pages_form_token() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    let path = format!("/admin/surveys/{id}/export/results.xlsx");
    let forged = admin.post_raw(&path, &[("csrf", "forged")]).await;
    let typed = admin.get(&path).await;

    assert_eq!(forged.status(), 403);
    assert_eq!(typed.status(), 303, "a GET leads back to the results page");
}
