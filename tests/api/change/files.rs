//! The comparison as HR downloads it — the long CSV and the workbook's
//! "All numbers" sheet, in English so the test reads ids and plain
//! numbers — read back into `comparison.json`'s shape and checked against
//! the truth with the same code (within the CSV's rounding to 0.1 %).

use serde_json::{Map, Value, json};

use super::expect::Known;
use super::json::{UNITS, check};
use crate::admin::AdminClient;
pub use crate::truth::files::{csv_rows, sheet_rows};

async fn download(admin: &AdminClient, id: &stemme::survey::SurveyId, file: &str) -> Vec<u8> {
    let response = admin
        .get(&format!("/admin/surveys/{id}/comparison.{file}?lang=en"))
        .await;
    assert_eq!(response.status(), 200, "{file}");
    response.bytes().await.unwrap().to_vec()
}

/// A long table (header first) in `comparison.json`'s shape; `percent`
/// when shares are written as percentages (the CSV), not fractions.
fn as_json(rows: &[Vec<String>], percent: bool) -> Value {
    let header = &rows[0];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let at = |row: &[String], name: &str| row[col(name)].clone();
    let number = |row: &[String], name: &str| -> Option<f64> {
        let x: f64 = at(row, name).trim().parse().ok()?;
        let share = at(row, "Scale") == "share";
        Some(if share && percent { x / 100.0 } else { x })
    };
    let range = |row: &[String], from: &str, to: &str| match (number(row, from), number(row, to)) {
        (Some(low), Some(high)) => json!({ "low": low, "high": high }),
        _ => Value::Null,
    };
    let end = |row: &[String], from: &str, to: &str, of: &str| {
        let mut r = range(row, from, to);
        if let Value::Object(m) = &mut r {
            let base = match at(row, of).trim().parse::<u64>() {
                Ok(n) => json!({ "kind": "exact", "value": n }),
                Err(_) => json!({ "kind": "hidden" }),
            };
            m.insert("base".into(), base);
        }
        r
    };
    let change = |row: &[String]| {
        json!({
            "measure": at(row, "measure_id"),
            "before": end(row, "Before, from", "Before, to", "Before, of"),
            "after": end(row, "After, from", "After, to", "After, of"),
            "change": range(row, "Change, from", "Change, to"),
            "interval": range(row, "Chance interval, from", "Chance interval, to"),
            "verdict": { "kind": at(row, "verdict_id") },
        })
    };
    let mut measures: Vec<String> = Vec::new();
    let mut units: Vec<(String, String, Vec<Value>)> = Vec::new();
    let mut pilots: Map<String, Value> = Map::new();
    for row in &rows[1..] {
        let (m, unit) = (at(row, "measure_id"), at(row, "group_id"));
        if !measures.contains(&m) {
            measures.push(m.clone());
        }
        match unit.as_str() {
            "_pilots" | "_rest" => {
                let side = if unit == "_pilots" { "pilots" } else { "rest" };
                let d = pilots
                    .entry(m.clone())
                    .or_insert_with(|| json!({ "measure": m }));
                d[side] = change(row);
            }
            "_pilots_minus_rest" => {
                let d = pilots
                    .entry(m.clone())
                    .or_insert_with(|| json!({ "measure": m }));
                let ch = change(row);
                d["difference"] = ch["change"].clone();
                d["interval"] = ch["interval"].clone();
                d["verdict"] = ch["verdict"].clone();
            }
            _ => match units.iter_mut().find(|u| u.0 == unit) {
                Some(u) => u.2.push(change(row)),
                None => units.push((unit, at(row, "Pilot"), vec![change(row)])),
            },
        }
    }
    let unit_json = |(id, pilot, changes): &(String, String, Vec<Value>)| {
        if id == "_all" {
            return json!({ "id": id, "kind": "everyone", "changes": changes });
        }
        let follow_up: Vec<&str> = id.split(" + ").collect();
        let expected = UNITS
            .iter()
            .find(|u| {
                let mut a = u.1.to_vec();
                let mut b = follow_up.clone();
                a.sort_unstable();
                b.sort_unstable();
                a == b
            })
            .unwrap_or_else(|| panic!("an unexpected group {id}"));
        json!({
            "id": id, "kind": expected.2, "pilot": pilot,
            "baseline": expected.0, "follow_up": follow_up, "changes": changes,
        })
    };
    let side = |p: &str| -> Vec<&String> {
        units
            .iter()
            .filter(|u| u.1 == p && u.0 != "_all")
            .map(|u| &u.0)
            .collect()
    };
    json!({
        "measures": measures.iter().map(|m| json!({ "id": m })).collect::<Vec<_>>(),
        "units": units.iter().map(unit_json).collect::<Vec<_>>(),
        "pilots_vs_rest": {
            "pilot_units": side("yes"),
            "rest_units": side("no"),
            "measures": pilots.into_iter().map(|(_, d)| d).collect::<Vec<_>>(),
        },
    })
}

/// The rows of the English CSV checked against the truth.
pub fn check_rows(rows: &[Vec<String>], known: &[Known; 2]) -> usize {
    // One decimal of a percentage: half of 0.1 % either way.
    check(&as_json(rows, true), known, 0.000_5 + 1e-9, false)
}

/// The CSV and the workbook, each checked against the truth.
pub async fn check_files(
    admin: &AdminClient,
    id: &stemme::survey::SurveyId,
    known: &[Known; 2],
) -> usize {
    let csv = csv_rows(&download(admin, id, "csv").await);
    let mut checked = check_rows(&csv, known);
    let book = sheet_rows(&download(admin, id, "xlsx").await, "All numbers");
    checked += check(&as_json(&book, false), known, 1e-9, false);
    checked
}
