//! The long table, ready for a pivot table: one line per published cell of
//! every distribution, for each published group and the total, and the
//! volunteers against the rest where that split is published. Each cell is
//! under the same rules as the results page: a band or a hidden cell is
//! written in words, with no count and no share.

use super::Published;
use super::sheet::{At, Sheet, Value, answered, count_cell};
use super::words::Words;
use crate::report::results::{Cell, Count, Distribution, QuestionResults, Split};

pub const COLUMNS: [(&str, &str); 9] = [
    ("department", "admin-department"),
    ("subgroup", "export-col-subgroup"),
    ("question", "export-col-question"),
    ("row", "export-col-row"),
    ("option", "export-col-option"),
    ("answered", "export-col-answered"),
    ("count", "export-col-count"),
    ("share", "export-col-share"),
    ("shown_as", "export-col-shown-as"),
];

/// One distribution's place in the table.
struct Where<'a> {
    group: String,
    subgroup: &'a str,
    question: &'a QuestionResults,
    row: String,
    answered: Option<Count>,
}

pub fn table(survey: &Published<'_>, w: &Words) -> Sheet {
    let r = &survey.results;
    let subgroup_all = w.header_key("all", "export-subgroup-all");
    let mut rows = Vec::new();
    for q in &r.questions {
        for (i, table) in q.tables.iter().enumerate() {
            let row = q.rows.get(i).map(|l| w.of(l)).unwrap_or_default();
            let mut at: Vec<At> = (0..table.groups.len()).map(At::Group).collect();
            if table.total.is_some() {
                at.push(At::Total);
            }
            for at in at {
                let group = match at {
                    At::Group(g) => r.groups.get(g).map(|g| w.group(&g.name)),
                    At::Total => Some(w.everyone()),
                };
                let (Some(group), Some(d)) = (group, at.distribution(table)) else {
                    continue;
                };
                let place = Where {
                    group,
                    subgroup: &subgroup_all,
                    question: q,
                    row: row.clone(),
                    answered: answered(table, at),
                };
                lines(&place, d, w, &mut rows);
            }
        }
    }
    if let Some(readiness) = &r.readiness {
        let splits = [&readiness.barriers_split, &readiness.motivations_split];
        for split in splits.into_iter().flatten() {
            split_lines(survey, split, w, &mut rows);
        }
    }
    Sheet {
        headers: COLUMNS
            .iter()
            .map(|(id, key)| w.header_key(id, key))
            .collect(),
        rows,
    }
}

fn split_lines(survey: &Published<'_>, split: &Split, w: &Words, out: &mut Vec<Vec<Value>>) {
    let Some(q) = survey
        .results
        .questions
        .iter()
        .find(|q| q.id == split.question)
    else {
        return;
    };
    let parts = [
        (
            w.header_key("volunteers", "results-volunteers"),
            &split.volunteers,
        ),
        (w.header_key("rest", "results-rest"), &split.rest),
    ];
    for (subgroup, d) in &parts {
        let place = Where {
            group: w.everyone(),
            subgroup,
            question: q,
            row: String::new(),
            answered: Some(d.answered),
        };
        lines(&place, d, w, out);
    }
}

fn lines(place: &Where, d: &Distribution, w: &Words, out: &mut Vec<Vec<Value>>) {
    let question = w.label(&place.question.id, &place.question.text);
    for (option, cell) in place.question.options.iter().zip(&d.cells) {
        let (count, share) = match cell {
            Cell::Exact { count, share } => (Value::Int(*count), Value::Share(*share)),
            // Only the share, rounded; the count would give the answerers back.
            Cell::Rounded { percent, .. } => {
                (Value::Empty, Value::Share(f64::from(*percent) / 100.0))
            }
            _ => (Value::Empty, Value::Empty),
        };
        out.push(vec![
            Value::Text(place.group.clone()),
            Value::Text(place.subgroup.to_owned()),
            Value::Text(question.clone()),
            Value::Text(place.row.clone()),
            Value::Text(w.of(option)),
            place.answered.map_or(Value::Empty, |c| count_cell(&c, w)),
            count,
            share,
            Value::Text(w.band(cell)),
        ]);
    }
}
