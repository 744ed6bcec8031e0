//! Results to a spreadsheet: an XLSX workbook (summary, charts, by
//! department, a pivot-ready long table, a codebook) and CSV files of the
//! by-department and the long table.
//!
//! Pure: from a closed survey's published results to bytes, with no web,
//! command line or store in it, so it can be timed alone. Every number
//! comes from [`crate::report::results::Results`], already through rules P4
//! and P8, so the cost does not grow with the number of responses. No file
//! holds one row per respondent, on purpose (docs/privacy.md, "Exports").

mod cells;
mod charts;
mod codebook;
pub mod compare;
mod csv;
mod departments;
mod long;
mod pilots;
mod print;
mod sheet;
mod summary;
mod words;
mod xlsx;

pub use words::capitalized;

use crate::language::Language;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::Goal;
use crate::report::results::Results;
use crate::survey::SurveyId;

/// Which file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv(CsvTable),
}

/// The tables a CSV file can hold, one per file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    /// One row per published group, a column per aggregate.
    Departments,
    /// One line per published cell of every distribution.
    Long,
}

/// How questions, options, groups and bands are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Values {
    /// Texts in the chosen language, for people.
    #[default]
    Labels,
    /// Stable ids (those of the codebook), for scripts.
    Ids,
}

impl Values {
    pub fn parse(s: &str) -> Option<Values> {
        match s {
            "labels" => Some(Values::Labels),
            "ids" => Some(Values::Ids),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Values::Labels => "labels",
            Values::Ids => "ids",
        }
    }
}

/// What to write, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    pub language: Language,
    pub values: Values,
    /// The goal whose readiness index and pilots lead the summary; `None`
    /// for the one HR saved with the results.
    pub goal: Option<Goal>,
    /// CSV only: the field separator.
    pub delimiter: u8,
    /// CSV only: start with a UTF-8 byte-order mark.
    pub bom: bool,
}

impl Options {
    /// The defaults for a language: Danish and Norwegian Excel split CSV
    /// on `;` and read it as UTF-8 only after a byte-order mark (their
    /// decimal comma makes `,` a poor separator); English Excel takes `,`.
    pub fn new(format: Format, language: Language) -> Options {
        let nordic = language != Language::En;
        Options {
            format,
            language,
            values: Values::Labels,
            goal: None,
            delimiter: if nordic { b';' } else { b',' },
            bom: nordic,
        }
    }

    /// A short description for the audit trail: "xlsx · da · labels".
    pub fn describe(&self) -> String {
        let what = match self.format {
            Format::Xlsx => "xlsx",
            Format::Csv(CsvTable::Departments) => "csv by department",
            Format::Csv(CsvTable::Long) => "csv long table",
        };
        format!(
            "{what} · {} · {}",
            self.language.code(),
            self.values.as_str()
        )
    }
}

/// When the survey opened and closed, from HR's audit trail (seconds since
/// 1970, UTC); `None` where the trail has no such line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dates {
    pub opened: Option<i64>,
    pub closed: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the workbook could not be written")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("the CSV could not be written")]
    Csv(#[from] ::csv::Error),
    #[error("the CSV could not be finished")]
    Io(#[from] std::io::Error),
}

/// What an export is made of: a closed survey's published results (already
/// through rules P4 and P8), what names them, and HR's saved goal. The
/// service fills it in; an export reads nothing else.
pub struct Published<'a> {
    pub id: &'a SurveyId,
    pub title: &'a str,
    pub questionnaire: &'a Questionnaire,
    pub results: &'a Results,
    pub goal: Goal,
    /// HR's own follower counts per platform id, to compare the reach with.
    pub company_followers: &'a [(String, u64)],
}

/// The file: the survey's published results, written as `options` say.
pub fn write(
    survey: &Published<'_>,
    dates: &Dates,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let words = words::Words::new(options.language, options.values);
    let goal = options.goal.unwrap_or(survey.goal);
    match options.format {
        Format::Xlsx => Ok(xlsx::workbook(survey, dates, goal, &words)?),
        Format::Csv(table) => {
            let sheet = match table {
                CsvTable::Departments => departments::table(survey, goal, &words),
                CsvTable::Long => long::table(survey, &words),
            };
            csv::write(&sheet, options, &words)
        }
    }
}

pub fn content_type(format: Format) -> &'static str {
    match format {
        Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Format::Csv(_) => "text/csv; charset=utf-8",
    }
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::Xlsx => "xlsx",
        Format::Csv(_) => "csv",
    }
}

/// The file's name in HR's language, from the survey's title, with æ, ø
/// and å as they are: "Sociale medier – resultater.xlsx". Characters that
/// no file system takes are left out.
pub fn file_name(title: &str, options: &Options) -> String {
    let what = crate::i18n::t(options.language, words::file_key(options.format));
    named(title, &what, extension(options.format))
}

/// "{title} – {what}.{extension}", the title without characters a file
/// system refuses, shortened, and "Stemme" if nothing is left of it.
pub fn named(title: &str, what: &str, extension: &str) -> String {
    let title: String = title
        .chars()
        .filter(|c| !c.is_control() && !"/\\:*?\"<>|".contains(*c))
        .take(80)
        .collect();
    let title = title.trim().trim_matches('.');
    let title = if title.is_empty() { "Stemme" } else { title };
    format!("{title} – {what}.{extension}")
}

/// The same name in ASCII, for programs that cannot read the other.
pub fn ascii_file_name(survey: &str, options: &Options) -> String {
    let what = match options.format {
        Format::Xlsx => "results",
        Format::Csv(CsvTable::Departments) => "departments",
        Format::Csv(CsvTable::Long) => "long",
    };
    let survey: String = survey.chars().filter(char::is_ascii_alphanumeric).collect();
    format!(
        "stemme-{survey}-{what}-{}.{}",
        options.language.code(),
        extension(options.format)
    )
}

#[cfg(test)]
mod tests;
