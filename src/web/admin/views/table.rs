//! The one shape of every table of numbers on HR's pages: it scrolls
//! sideways on a small screen rather than cut a column off, a caption says
//! what it holds, each row is named in its first cell (a row header, for
//! screen readers), and a total row may close it.

use maud::{Markup, html};

use crate::i18n::t;
use crate::language::Language;

/// A column's header, and how its cells are laid out.
pub enum Column {
    /// Words, left-aligned (the first column, naming the rows, is one).
    Text(String),
    /// Numbers, right-aligned.
    Number(String),
    /// A small bar; its name is for screen readers only.
    Bar(String),
}

/// One row: its name, and its cells after that, in the columns' order.
pub struct Row {
    pub name: String,
    pub cells: Markup,
}

/// Headers by their message keys: the first names the rows, the others
/// are columns of numbers.
pub fn headers(l: Language, keys: &[&str]) -> Vec<Column> {
    keys.iter()
        .enumerate()
        .map(|(i, key)| match i {
            0 => Column::Text(t(l, key)),
            _ => Column::Number(t(l, key)),
        })
        .collect()
}

pub struct Table<'a> {
    /// The table's class: which of the stylesheet's layouts it takes.
    pub class: &'static str,
    pub caption: &'a str,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub total: Option<Row>,
}

impl Table<'_> {
    pub fn render(&self) -> Markup {
        html! {
            // A table wider than its box scrolls: the keyboard reaches it
            // there (focusable), and a screen reader names the region.
            div.table-scroll tabindex="0" role="region" aria-label=(self.caption) { table class=(self.class) {
                caption { (self.caption) }
                thead { tr { @for column in &self.columns { (header(column)) } } }
                tbody { @for row in &self.rows { (line(row)) } }
                @if let Some(total) = &self.total { tfoot { (line(total)) } }
            } }
        }
    }
}

fn header(column: &Column) -> Markup {
    match column {
        Column::Text(text) => html! { th scope="col" { (text) } },
        Column::Number(text) => html! { th.number scope="col" { (text) } },
        Column::Bar(text) => html! {
            th.bar-cell scope="col" { span.visually-hidden { (text) } }
        },
    }
}

fn line(row: &Row) -> Markup {
    html! { tr { th scope="row" { (row.name) } (row.cells) } }
}
