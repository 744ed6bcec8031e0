//! The exports read back with real readers (calamine for XLSX, the csv
//! crate for CSV, zip for the workbook's parts), never compared as bytes.

mod csv_files;
mod workbook;

use std::io::Cursor;
use std::sync::Arc;

use calamine::{Data, Reader, Xlsx};

use super::{CsvTable, Dates, Format, Options, Values, write};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::tests::fixtures::{
    Department, Person, jura_four, k, people, questionnaire, results,
};
use crate::service::{ResultsSettings, SurveyDetails, SurveyResults};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

pub const TITLE: &str = "Sociale medier på Ærø";

/// Salg 12 answered, Lager 8, Jura 4 (k = 5): Jura is pooled, and its pool
/// is under k, so Lager joins it. Jura's four alone fear criticism and use
/// Snapchat, so a trace of them would stand out.
pub fn salg_lager_jura() -> Vec<Department> {
    vec![
        Department {
            name: "Salg",
            invited: 14,
            people: people(12, |i| {
                let mut p = Person::new([2, 4, 5][i % 3]);
                p.weekly = vec!["linkedin", "facebook"];
                p.willing = vec!["linkedin"];
                p.barriers = vec!["no_time"];
                p
            }),
        },
        Department {
            name: "Lager",
            invited: 10,
            people: people(8, |i| Person::new([1, 3, 4][i % 3])),
        },
        jura_four(6),
    ]
}

/// A closed survey's results, as `Service::results` gives them.
pub fn survey_of(departments: &[Department], min: u32) -> SurveyResults {
    let names = departments
        .iter()
        .map(|d| crate::service::Department {
            name: DepartmentName::parse(d.name).unwrap(),
            key_id: None,
            public_key: None,
        })
        .collect();
    SurveyResults {
        survey: SurveyDetails {
            id: SurveyId::parse("abcdefghjkmn").unwrap(),
            title: TITLE.to_owned(),
            status: SurveyStatus::Closed,
            min_group_size: k(min),
            questionnaire: Arc::new(questionnaire()),
            departments: names,
        },
        results: Arc::new(results(departments, k(min))),
        settings: ResultsSettings {
            goal: Goal::Recruitment,
            company_followers: Vec::new(),
        },
    }
}

pub fn dates() -> Dates {
    Dates {
        opened: Some(1_767_225_600),
        closed: Some(1_768_435_200),
    }
}

pub fn options(format: Format, language: Language) -> Options {
    Options::new(format, language)
}

pub fn xlsx(survey: &SurveyResults, language: Language, values: Values) -> Vec<u8> {
    let mut options = options(Format::Xlsx, language);
    options.values = values;
    write(&survey.published(), &dates(), &options).unwrap()
}

pub fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).unwrap()
}

/// A sheet's cells as rows of values.
pub fn sheet(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

pub fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

pub fn csv(survey: &SurveyResults, table: CsvTable, language: Language) -> Vec<u8> {
    write(
        &survey.published(),
        &dates(),
        &options(Format::Csv(table), language),
    )
    .unwrap()
}

#[test]
fn the_mean_is_known_only_where_every_cell_is_exact() {
    use crate::report::results::Cell;
    let exact = |count, share| Cell::Exact { count, share };
    let points = [1.0, 2.0, 3.0, 4.0, 5.0];
    let cells = [
        exact(0, 0.0),
        exact(2, 0.2),
        exact(2, 0.2),
        exact(4, 0.4),
        exact(2, 0.2),
    ];
    assert_eq!(super::departments::mean(&cells, &points), Some(3.6));
    let mut banded = cells;
    banded[0] = Cell::AlmostNone;
    assert_eq!(super::departments::mean(&banded, &points), None);
}

#[test]
fn file_names_keep_ae_oe_aa_and_leave_out_what_no_file_system_takes() {
    let o = options(Format::Csv(CsvTable::Long), Language::Da);
    assert_eq!(
        super::file_name("Sociale medier på Ærø/Øst: 2026?", &o),
        "Sociale medier på ÆrøØst 2026 – lang tabel.csv"
    );
    let o = options(Format::Xlsx, Language::Nb);
    assert_eq!(super::file_name("  ", &o), "Stemme – resultater.xlsx");
    assert_eq!(
        super::ascii_file_name("abcdefghjkmn", &o),
        "stemme-abcdefghjkmn-results-nb.xlsx"
    );
}

#[test]
fn each_language_has_its_csv_defaults() {
    let da = Options::new(Format::Csv(CsvTable::Long), Language::Da);
    let nb = Options::new(Format::Csv(CsvTable::Long), Language::Nb);
    let en = Options::new(Format::Csv(CsvTable::Long), Language::En);
    assert_eq!((da.delimiter, da.bom), (b';', true));
    assert_eq!((nb.delimiter, nb.bom), (b';', true));
    assert_eq!((en.delimiter, en.bom), (b',', false));
}
