//! The same publication in the files HR downloads and on the page: the long
//! table as CSV and as the workbook's sheet (ids, so the test reads them
//! without translating), and the page's sentence on participation.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

use super::Truth;
use super::counts::{Counts, Run, sum};
use crate::admin::AdminClient;

async fn download(admin: &AdminClient, id: &stemme::survey::SurveyId, file: &str) -> Vec<u8> {
    let path = format!("/admin/surveys/{id}/export/{file}?lang=en");
    let response = admin.post(&path, &[("values", "ids")]).await;
    assert_eq!(response.status(), 200, "{file}");
    response.bytes().await.unwrap().to_vec()
}

/// The long table's rows as text, header first.
pub fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

pub fn sheet_rows(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => format!("{f}"),
                    Data::Int(i) => i.to_string(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn number(s: &str) -> Option<f64> {
    s.trim()
        .trim_start_matches('≈')
        .trim()
        .replace(',', "")
        .parse()
        .ok()
}

/// Checks each line of a long table; returns how many numbers it checked.
/// `percent`: whether shares are written as percentages (the CSV) or as
/// fractions formatted as percentages (the workbook).
fn check_long(
    rows: &[Vec<String>],
    t: &Truth,
    members: &[Vec<usize>],
    pool: Option<usize>,
    (what, percent): (&str, bool),
) -> usize {
    let scale = if percent { 100.0 } else { 1.0 };
    let header = &rows[0];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{what}: no column {name} in {header:?}"))
    };
    let (group, subgroup, question, row, option) = (
        col("department"),
        col("subgroup"),
        col("question"),
        col("row"),
        col("option"),
    );
    let (answered, count, share, shown) =
        (col("answered"), col("count"), col("share"), col("shown_as"));
    let everyone: Vec<usize> = members.iter().flatten().copied().collect();
    let mut checked = 0;
    for line in &rows[1..] {
        let who: Vec<usize> = match line[group].as_str() {
            "_all" => everyone.clone(),
            "_other" => members[pool.expect("a pool")].clone(),
            name => vec![t.index(name)],
        };
        let q = line[question].as_str();
        let key = (q.to_owned(), line[row].clone());
        let cs: Vec<&Counts> = who.iter().map(|&d| &t.counts[d]).collect();
        let width = t.width(q);
        let run: Run = match line[subgroup].as_str() {
            "volunteers" => sum(&cs, &key, width, true),
            "rest" => {
                let (a, v) = (sum(&cs, &key, width, false), sum(&cs, &key, width, true));
                a.iter().zip(&v).map(|(a, v)| a - v).collect()
            }
            _ => sum(&cs, &key, width, false),
        };
        let (a, c) = (run[0], run[1 + t.option(q, &line[option])]);
        let place = format!("{what}: {line:?}, truth {c} of {a}");
        match number(&line[answered]) {
            Some(x) if line[answered].contains('≈') => {
                assert!((x - a as f64).abs() <= 50.0, "{place}");
            }
            Some(x) => assert_eq!(x, a as f64, "{place}"),
            None => {}
        }
        if (1..t.k).contains(&a) {
            assert!(
                line[answered].is_empty() || line[answered].contains('≈'),
                "{place}: answerers under k"
            );
        }
        match line[shown].as_str() {
            "exact" => {
                assert_eq!(number(&line[count]), Some(c as f64), "{place}");
                let s = number(&line[share]).unwrap() / scale;
                assert!((s - c as f64 / a.max(1) as f64).abs() < 1e-3, "{place}");
            }
            "almost_all" => assert!(c + 1 >= a && line[count].is_empty(), "{place}"),
            "almost_none" => assert!(c <= 1 && line[count].is_empty(), "{place}"),
            "hidden" => assert!(line[count].is_empty() && line[share].is_empty(), "{place}"),
            rounded => {
                let step: i64 = rounded
                    .strip_prefix("rounded_")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or_else(|| panic!("{place}"));
                let p = (number(&line[share]).unwrap() / scale * 100.0).round() as i64;
                let (c, a) = (c as i64, a as i64);
                assert!(
                    line[count].is_empty(),
                    "{place}: a count beside a rounded share"
                );
                assert!(
                    200 * c >= (2 * p - step) * a && (200 * c < (2 * p + step) * a || c == a),
                    "{place}"
                );
            }
        }
        checked += 3;
    }
    checked
}

pub async fn check_files(
    admin: &AdminClient,
    id: &stemme::survey::SurveyId,
    t: &Truth,
    members: &[Vec<usize>],
    results: &Value,
) -> usize {
    let pool = results["groups"]
        .as_array()
        .unwrap()
        .iter()
        .position(|g| g["kind"] == "other");
    let long = csv_rows(&download(admin, id, "long.csv").await);
    let mut checked = check_long(&long, t, members, pool, ("long.csv", true));
    let book = download(admin, id, "results.xlsx").await;
    let sheet = sheet_rows(&book, "Long table");
    checked += check_long(&sheet, t, members, pool, ("results.xlsx", false));
    // The page says how many answered of how many invited, every
    // department's invites counted.
    let page = admin
        .page(&format!("/admin/surveys/{id}/results?lang=en"))
        .await;
    let invited: u64 = t.departments.iter().map(|d| u64::from(d.invited)).sum();
    let answered: u64 = t.counts.iter().map(|c| c.respondents).sum();
    assert!(
        page.contains(&format!("{answered} of {invited} invited answered")),
        "the participation sentence"
    );
    checked + 2
}
