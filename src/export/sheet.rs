//! A table as both file formats need it: a header row and rows of typed
//! values. The XLSX writer gives each type its number format; the CSV
//! writer its text.

use super::words::Words;
use crate::report::results::{Cell, Count, Distribution, Share, Shares, Table};

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

/// A cell as one value: its share where exact, "≈ 45 %" where rounded,
/// else the band in words.
pub fn share_value(cell: Option<&Cell>, words: &Words) -> Value {
    match cell {
        Some(Cell::Exact { share, .. }) => Value::Share(*share),
        Some(Cell::Rounded { percent, .. }) => Value::Text(words.about_percent(*percent)),
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

/// How many answered, as published: the number, "≈ 335" where rounded,
/// nothing where withheld.
pub fn count_cell(count: &Count, words: &Words) -> Value {
    match *count {
        Count::Exact { value } => Value::Int(value),
        Count::Rounded { value, .. } | Count::Significant { value, .. } => {
            Value::Text(words.about_count(value))
        }
        Count::Hidden => Value::Empty,
    }
}

/// How many of a group answered a question, as published (the audit
/// decided; a distribution of fewer than k answerers shows none).
pub fn answered(table: &Table, at: At) -> Option<Count> {
    at.distribution(table).map(|d: &Distribution| d.answered)
}
