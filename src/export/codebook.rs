//! The codebook: every question, row and option id with its text in HR's
//! language, and the ids the other tables use for groups and bands, so a
//! table written with ids can be read, and joined, without Stemme.

use super::sheet::{Sheet, Value};
use super::words::{EVERYONE_ID, OTHER_ID, Words};
use crate::questionnaire::Questionnaire;

pub fn table(questionnaire: &Questionnaire, w: &Words) -> Sheet {
    let text = |s: &str| Value::Text(s.to_owned());
    let mut rows = Vec::new();
    for q in &questionnaire.questions {
        rows.push(vec![
            text(&q.id),
            Value::Empty,
            Value::Empty,
            text(q.text.get(w.language)),
            text(q.kind.as_str()),
            Value::Empty,
        ]);
        for row in &q.rows {
            rows.push(vec![
                text(&q.id),
                text(&row.id),
                Value::Empty,
                text(row.text.get(w.language)),
                text("row"),
                Value::Empty,
            ]);
        }
        for option in &q.options {
            rows.push(vec![
                text(&q.id),
                Value::Empty,
                text(&option.id),
                text(option.text.get(w.language)),
                text("option"),
                option.value.map_or(Value::Empty, Value::Decimal),
            ]);
        }
    }
    let special = [
        ("department", OTHER_ID, "results-other-departments"),
        ("department", EVERYONE_ID, "results-everyone"),
        ("subgroup", "all", "export-subgroup-all"),
        ("subgroup", "volunteers", "results-volunteers"),
        ("subgroup", "rest", "results-rest"),
        ("shown_as", "exact", "export-shown-exact"),
        ("shown_as", "almost_all", "results-almost-all"),
        ("shown_as", "almost_none", "results-almost-none"),
        ("shown_as", "hidden", "results-hidden"),
    ];
    for (column, id, key) in special {
        rows.push(vec![
            text(column),
            Value::Empty,
            text(id),
            Value::Text(w.t(key)),
            text("value"),
            Value::Empty,
        ]);
    }
    let headers = [
        "export-col-question",
        "export-col-row",
        "export-col-option",
        "export-col-text",
        "export-col-kind",
        "export-col-value",
    ]
    .iter()
    .map(|key| w.t(key))
    .collect();
    Sheet { headers, rows }
}
