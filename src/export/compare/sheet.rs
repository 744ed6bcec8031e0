//! Every number of a comparison in one long table, a line per unit and
//! measure, then the pilots against the rest: what the CSV holds and the
//! "Change" sheet starts from. Ids beside labels, so a script can key on
//! them and a person can read them.

use super::rows;
use super::words::{self, is_index};
use crate::export::Values;
use crate::export::sheet::count_cell;
use crate::export::sheet::{Sheet, Value};
use crate::export::words::Words;
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::{Change, Comparison, Measure, Pilot};
use crate::report::results::Range;

/// The ids of the three lines of pilots against the rest.
pub const PILOTS_ID: &str = "_pilots";
pub const REST_ID: &str = "_rest";
pub const DIFFERENCE_ID: &str = "_pilots_minus_rest";

/// The header ids, in order; `comparison-column-{id}` names each.
pub const COLUMNS: [&str; 18] = [
    "measure_id",
    "measure",
    "unit_id",
    "unit",
    "pilot",
    "before_low",
    "before_high",
    "before_base",
    "after_low",
    "after_high",
    "after_base",
    "change_low",
    "change_high",
    "interval_low",
    "interval_high",
    "verdict_id",
    "verdict",
    "scale",
];

/// A number on the measure's scale: a share (a percentage in the file) or
/// index points.
fn number(m: &Measure, x: f64) -> Value {
    if is_index(m) {
        Value::Decimal(x)
    } else {
        Value::Share(x)
    }
}

fn ends(m: &Measure, r: Option<Range>) -> [Value; 2] {
    match r {
        Some(r) => [number(m, r.low), number(m, r.high)],
        None => [Value::Empty, Value::Empty],
    }
}

/// The columns from `before_low` to `verdict` for one change.
fn change_values(m: &Measure, ch: &Change, verdict: String, l: Language) -> Vec<Value> {
    let w = Words::new(l, Values::Labels);
    let base = |v: Option<&crate::report::compare::Value>| {
        v.map_or(Value::Empty, |v| count_cell(&v.base, &w))
    };
    let mut out = Vec::with_capacity(12);
    out.extend(ends(m, ch.before.map(|v| v.value)));
    out.push(base(ch.before.as_ref()));
    out.extend(ends(m, ch.after.map(|v| v.value)));
    out.push(base(ch.after.as_ref()));
    out.extend(ends(m, ch.change));
    out.extend(ends(m, ch.interval));
    out.push(Value::Text(words::verdict_code(&ch.verdict).to_owned()));
    out.push(Value::Text(verdict));
    out
}

fn scale(m: &Measure) -> Value {
    Value::Text(if is_index(m) { "index" } else { "share" }.to_owned())
}

pub fn headers(l: Language) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|id| t(l, &format!("comparison-column-{}", id.replace('_', "-"))))
        .collect()
}

/// The long table: per measure, a line per unit (everyone last), then
/// the pilots, the rest and their difference.
pub fn long_table(c: &Comparison, l: Language) -> Sheet {
    let mut out = Vec::new();
    for (m, info) in c.measures.iter().enumerate() {
        let measure = &info.measure;
        let head = [
            Value::Text(words::measure_id(measure)),
            Value::Text(words::measure_name(info, l)),
        ];
        // One line: the group's id, name and pilot code, then its change.
        let line_of = |id: String, name: String, pilot: Pilot, ch: &Change| {
            let mut line = head.to_vec();
            line.push(Value::Text(id));
            line.push(Value::Text(name));
            line.push(Value::Text(words::pilot_code(pilot).to_owned()));
            let verdict = words::verdict(measure, &ch.verdict, l);
            line.extend(change_values(measure, ch, verdict, l));
            line.push(scale(measure));
            line
        };
        for unit in rows(c) {
            if let Some(ch) = unit.changes.get(m) {
                let (id, name) = (words::unit_id(unit), words::unit_name(unit, l));
                out.push(line_of(id, name, unit.pilot, ch));
            }
        }
        let Some(Some(d)) = c
            .pilots_vs_rest
            .as_ref()
            .map(|p| p.measures.get(m).cloned().flatten())
        else {
            continue;
        };
        for (id, key, ch, pilot) in [
            (PILOTS_ID, "comparison-pilots", &d.pilots, Pilot::Yes),
            (REST_ID, "comparison-rest", &d.rest, Pilot::No),
        ] {
            out.push(line_of(id.to_owned(), t(l, key), pilot, ch));
        }
        // The difference has no ends of its own: only the change columns.
        let difference = d.as_change();
        let mut line = head.to_vec();
        line.push(Value::Text(DIFFERENCE_ID.to_owned()));
        line.push(Value::Text(t(l, "comparison-difference")));
        line.push(Value::Empty);
        let verdict = words::difference_in_words(c, measure, &d, l);
        line.extend(change_values(measure, &difference, verdict, l));
        line.push(scale(measure));
        out.push(line);
    }
    Sheet {
        headers: headers(l),
        rows: out,
    }
}
