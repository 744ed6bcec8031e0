//! The CSV files, read back with the csv crate as Excel would split them.

use super::{csv, options, people, salg_lager_jura, survey_of};
use crate::export::{CsvTable, Format, Values, write};
use crate::language::Language;
use crate::report::results::tests::fixtures::{Department, Person};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// The records of a CSV file, without its byte-order mark.
fn records(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn danish_csv_has_a_byte_order_mark_semicolons_and_decimal_commas() {
    let survey = survey_of(&salg_lager_jura(), 5);

    let bytes = csv(&survey, CsvTable::Departments, Language::Da);

    assert!(
        bytes.starts_with(BOM),
        "Danish Excel reads UTF-8 after a BOM"
    );
    assert!(
        !bytes[BOM.len()..].starts_with(b"sep="),
        "a sep= line makes Excel ignore the BOM"
    );
    let rows = records(&bytes, b';');
    assert_eq!(rows[0][0], "Afdeling");
    assert!(rows[0].iter().any(|h| h == "Svarprocent"), "{:?}", rows[0]);
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["Salg", "Øvrige afdelinger", "Alle"]);
    let rate = rows[0].iter().position(|h| h == "Svarprocent").unwrap();
    assert_eq!(
        rows[1][rate], "85,7",
        "12 of 14, a percentage with a decimal comma"
    );
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
}

#[test]
fn norwegian_long_table_keeps_ae_oe_aa_and_english_uses_commas_and_no_bom() {
    let survey = survey_of(&salg_lager_jura(), 5);

    let nb = csv(&survey, CsvTable::Long, Language::Nb);
    let en = csv(&survey, CsvTable::Long, Language::En);

    let nb_rows = records(&nb, b';');
    assert!(nb.starts_with(BOM));
    assert_eq!(
        nb_rows[0],
        [
            "Avdeling",
            "Undergruppe",
            "Spørsmål",
            "Rad",
            "Svar",
            "Svarte på spørsmålet",
            "Antall",
            "Andel",
            "Vist som"
        ]
    );
    assert!(
        nb_rows.iter().any(|r| r[0] == "Øvrige avdelinger"),
        "{:?}",
        nb_rows[1]
    );
    assert!(
        nb_rows
            .iter()
            .any(|r| r[2] == "Hvilke sosiale medier bruker du, og hvor ofte?")
    );
    assert!(!en.starts_with(BOM));
    let en_rows = records(&en, b',');
    assert_eq!(en_rows[0][0], "Department");
    let share = en_rows
        .iter()
        .find(|r| r[0] == "Salg" && r[4] == "I don’t have time")
        .unwrap();
    assert_eq!((share[6].as_str(), share[7].as_str()), ("12", "100.0"));
    assert_eq!(
        nb_rows.len(),
        en_rows.len(),
        "the same lines in every language"
    );
}

#[test]
fn ids_and_a_chosen_delimiter_and_no_bom_are_honoured() {
    let survey = survey_of(&salg_lager_jura(), 5);
    let mut o = options(Format::Csv(CsvTable::Long), Language::Da);
    o.values = Values::Ids;
    o.delimiter = b'\t';
    o.bom = false;

    let bytes = write(&survey.published(), &super::dates(), &o).unwrap();

    assert!(!bytes.starts_with(BOM));
    let rows = records(&bytes, b'\t');
    assert_eq!(
        rows[0][..5],
        ["department", "subgroup", "question", "row", "option"]
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "_other" && r[2] == "platform_use" && r[3] == "linkedin")
    );
    assert!(rows.iter().any(|r| r[0] == "_all" && r[1] == "volunteers"));
}

#[test]
fn a_department_of_four_is_in_no_csv() {
    let survey = survey_of(&salg_lager_jura(), 5);
    for table in [CsvTable::Departments, CsvTable::Long] {
        for language in Language::ALL {
            let bytes = csv(&survey, table, language);
            let text = String::from_utf8(bytes).unwrap();
            assert!(
                !text.contains("Jura") && !text.contains("Lager"),
                "{table:?} {language:?}"
            );
        }
    }
}

#[test]
fn a_department_named_like_a_formula_stays_text() {
    let departments = [
        Department {
            name: "=HYPERLINK(\"http://x\")",
            invited: 12,
            people: people(12, |i| Person::new(1 + (i % 5) as u8)),
        },
        Department {
            name: "Drift",
            invited: 12,
            people: people(10, |i| Person::new(1 + (i % 4) as u8)),
        },
    ];
    let survey = survey_of(&departments, 5);

    let bytes = csv(&survey, CsvTable::Departments, Language::En);

    let rows = records(&bytes, b',');
    assert_eq!(rows[1][0], "'=HYPERLINK(\"http://x\")");
}
