//! A table as both file formats need it: a header row and rows of typed
//! values. The XLSX writer gives each type its number format; the CSV
//! writer its text.

use super::words::Words;
use crate::report::results::{Cell, Distribution, Share, Shares, Table};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text as it is (through `spreadsheet::text_cell` in CSV).
    Text(String),
    /// A count of people (or followers).
    Int(u64),
    /// A share 0–1: a percentage in the file.
    Share(f64),
    /// A number with one decimal, such as a mean of 1–5.
    Decimal(f64),
    Empty,
}

pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Which row of a table: a published group, or everyone in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Group(usize),
    Total,
}

impl At {
    pub fn share(self, shares: &Shares) -> Option<&Share> {
        match self {
            At::Group(g) => shares.groups.get(g),
            At::Total => shares.total.as_ref(),
        }
    }

    pub fn distribution(self, table: &Table) -> Option<&Distribution> {
        match self {
            At::Group(g) => table.groups.get(g),
            At::Total => table.total.as_ref(),
        }
    }
}

/// A cell as one value: its share where exact, else the band in words.
pub fn share_value(cell: Option<&Cell>, words: &Words) -> Value {
    match cell {
        Some(Cell::Exact { share, .. }) => Value::Share(*share),
        Some(other) => Value::Text(words.band(other)),
        None => Value::Text(words.band(&Cell::Hidden)),
    }
}

/// A cell's count where exact, else the band in words.
pub fn count_value(cell: Option<&Cell>, words: &Words) -> Value {
    match cell {
        Some(Cell::Exact { count, .. }) => Value::Int(*count),
        Some(other) => Value::Text(words.band(other)),
        None => Value::Text(words.band(&Cell::Hidden)),
    }
}

/// How many of a group answered a question, where that may be said: a
/// distribution of fewer than k answerers is hidden and so is its size
/// (rule P4), and a total is shown only when no group's size is hidden,
/// or the total minus the others would give it away.
pub fn answered(table: &Table, at: At, k: u64) -> Option<u64> {
    let shown = |d: &Distribution| d.answered >= k;
    let d = at.distribution(table)?;
    let all_groups = table.groups.iter().all(shown);
    match at {
        At::Group(_) => shown(d).then_some(d.answered),
        At::Total => (shown(d) && all_groups).then_some(d.answered),
    }
}
