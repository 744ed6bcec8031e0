//! The comparison's words, CSV and workbook, from a comparison built by
//! hand: every number read back equals the model's, and no text calls a
//! change an effect.

use calamine::{Data, Reader};

use super::fixture::{comparison, ids, view};
use super::{comparison_csv, comparison_xlsx, measure_sentence, pilots_sentence};
use crate::export::tests::{open, sheet, text};
use crate::language::Language;
use crate::report::compare::Comparison;

/// Words no comparison text may use: a change is never called an effect.
fn claims_an_effect(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["effect", "effekt", "caused", "forårsag", "skyldes"]
        .iter()
        .any(|w| lower.contains(w))
}

fn all_sentences(c: &Comparison, l: Language) -> Vec<String> {
    let mut out: Vec<String> = (0..c.measures.len())
        .map(|m| measure_sentence(c, m, l))
        .collect();
    let p = c.pilots_vs_rest.as_ref().unwrap();
    for (m, d) in p.measures.iter().enumerate() {
        if let Some(d) = d {
            out.push(pilots_sentence(c, m, d, l));
        }
    }
    out
}

#[test]
fn no_sentence_calls_a_change_an_effect_in_any_language() {
    let c = comparison();
    let ids = ids();
    let v = view(&ids);
    for l in Language::ALL {
        let mut texts = all_sentences(&c, l);
        texts.extend(super::how_to_read(&v, &c, l));
        texts.push(super::pilots_intro(&c, l));
        for t in &texts {
            assert!(!claims_an_effect(t), "{l:?}: {t}");
            assert!(!t.contains("{"), "a text that did not resolve: {t}");
        }
    }
}

#[test]
fn the_pilots_against_the_rest_are_worded_by_what_chance_gives() {
    let c = comparison();
    let p = c.pilots_vs_rest.as_ref().unwrap();
    let within = pilots_sentence(&c, 0, p.measures[0].as_ref().unwrap(), Language::En);
    assert!(
        within.contains("within what chance alone gives"),
        "{within}"
    );
    assert!(within.contains("does not show"), "{within}");
    assert!(within.contains("+10 percentage points"), "{within}");
    let beyond = pilots_sentence(&c, 1, p.measures[1].as_ref().unwrap(), Language::En);
    assert!(beyond.contains("more than chance alone gives"), "{beyond}");
    assert!(
        beyond.contains("change was higher than the rest"),
        "{beyond}"
    );
    assert!(
        beyond.contains("does not show that the pilot did it"),
        "{beyond}"
    );
    let da = pilots_sentence(&c, 0, p.measures[0].as_ref().unwrap(), Language::Da);
    assert!(da.contains("tilfældigheder alene"), "{da}");
    let nb = pilots_sentence(&c, 1, p.measures[1].as_ref().unwrap(), Language::Nb);
    assert!(nb.contains("tilfeldigheter alene"), "{nb}");
}

#[test]
fn a_measure_sentence_gives_everyones_change_and_counts_the_groups_beyond_chance() {
    let c = comparison();
    let s = measure_sentence(&c, 1, Language::En);
    assert_eq!(
        s,
        "Volunteers, everyone: from 22% to 37% (+15 percentage points), more than chance \
         alone gives for groups of this size. Of the 3 groups compared, 1 went up and 0 went \
         down by more than chance alone gives."
    );
    let index = measure_sentence(&c, 3, Language::Da);
    assert!(index.contains("fra 45 til 52"), "{index}");
}

fn csv_rows(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn number(text: &str) -> f64 {
    text.replace(',', ".").parse().unwrap()
}

#[test]
fn the_csv_holds_every_number_of_the_comparison_in_each_languages_format() {
    let c = comparison();
    let ids = ids();
    let v = view(&ids);
    for (l, delimiter) in [
        (Language::Da, b';'),
        (Language::Nb, b';'),
        (Language::En, b','),
    ] {
        let bytes = comparison_csv(&v, &c, l).unwrap();
        assert_eq!(bytes.starts_with("\u{feff}".as_bytes()), l != Language::En);
        let rows = csv_rows(&bytes, delimiter);
        let header = &rows[0];
        assert_eq!(header.len(), super::sheet::COLUMNS.len());
        let col = |id: &str| super::sheet::COLUMNS.iter().position(|c| *c == id).unwrap();
        // Four measures of five groups, then three lines of pilots against
        // the rest for each of the three measures that have them.
        assert_eq!(rows.len() - 1, 4 * 5 + 3 * 3, "{rows:?}");
        for (m, info) in c.measures.iter().enumerate() {
            let id = super::words::measure_id(&info.measure);
            let scale = if super::words::is_index(&info.measure) {
                1.0
            } else {
                100.0
            };
            for unit in super::rows(&c) {
                let line = rows
                    .iter()
                    .find(|r| {
                        r[col("measure_id")] == id
                            && r[col("unit_id")] == super::words::unit_id(unit)
                    })
                    .unwrap_or_else(|| panic!("{id} {:?}", unit.follow_up));
                let ch = &unit.changes[m];
                let check = |column: &str, x: Option<f64>| match x {
                    Some(x) => {
                        let got = number(&line[col(column)]);
                        assert!(
                            (got - x * scale).abs() < 0.051,
                            "{column} of {id}: {got} vs {x}"
                        );
                    }
                    None => assert_eq!(line[col(column)], "", "{column} of {id}"),
                };
                check("before_low", ch.before.map(|v| v.value.low));
                check("before_high", ch.before.map(|v| v.value.high));
                check("after_low", ch.after.map(|v| v.value.low));
                check("change_low", ch.change.map(|r| r.low));
                check("change_high", ch.change.map(|r| r.high));
                check("interval_low", ch.interval.map(|r| r.low));
                check("interval_high", ch.interval.map(|r| r.high));
                assert_eq!(
                    line[col("verdict_id")],
                    super::words::verdict_code(&ch.verdict)
                );
            }
        }
        let difference: Vec<&Vec<String>> = rows
            .iter()
            .filter(|r| r[col("unit_id")] == super::sheet::DIFFERENCE_ID)
            .collect();
        assert_eq!(difference.len(), 3);
        assert_eq!(difference[0][col("verdict_id")], "within_chance");
        assert_eq!(difference[1][col("verdict_id")], "up");
        assert!((number(&difference[1][col("interval_low")]) - 3.0).abs() < 0.051);
        for row in &rows {
            for cell in row {
                assert!(!claims_an_effect(cell), "{cell}");
            }
        }
    }
}

fn float(d: &Data) -> Option<f64> {
    match d {
        Data::Float(x) => Some(*x),
        Data::Int(n) => Some(*n as f64),
        _ => None,
    }
}

#[test]
fn the_workbook_has_a_change_sheet_with_the_models_numbers_and_a_chart_per_measure() {
    let c = comparison();
    let ids = ids();
    let v = view(&ids);
    let bytes = comparison_xlsx(&v, &c, Language::Da).unwrap();
    let mut book = open(&bytes);
    assert_eq!(book.sheet_names(), ["Ændring", "Alle tal"]);
    let change = sheet(&mut book, "Ændring");
    // The volunteers' block: Salg from 20 % to 45 %, +25 points.
    let heading = change
        .iter()
        .position(|r| text(&r[0]) == "Frivillige")
        .unwrap();
    let salg = change[heading..]
        .iter()
        .find(|r| text(&r[0]) == "★ Salg")
        .unwrap();
    assert_eq!(float(&salg[1]), Some(0.20));
    assert_eq!(float(&salg[2]), Some(0.45));
    assert!((float(&salg[3]).unwrap() - 0.25).abs() < 1e-9);
    assert_eq!(float(&salg[4]), Some(-0.2));
    assert_eq!(float(&salg[5]), Some(0.2));
    // A rounded end is its range in words, a missing one a dash with why.
    let admin = change[heading..]
        .iter()
        .find(|r| text(&r[0]).starts_with("☆ Administration"))
        .unwrap();
    assert_eq!(text(&admin[1]), "10–20 %");
    let teknik = change[heading..]
        .iter()
        .find(|r| text(&r[0]).starts_with("Teknik"))
        .unwrap();
    assert_eq!(text(&teknik[0]), "Teknik (før: IT)");
    assert_eq!(text(&teknik[1]), "–");
    assert!(
        text(&teknik[6]).starts_with("Ikke vist sidste gang"),
        "{:?}",
        teknik[6]
    );
    let difference = change[heading..]
        .iter()
        .find(|r| text(&r[0]).starts_with("Forskel"))
        .unwrap();
    assert_eq!(float(&difference[4]), Some(0.03));
    // The long sheet: every exact end equals the model's.
    let long = sheet(&mut book, "Alle tal");
    let col = |id: &str| super::sheet::COLUMNS.iter().position(|c| *c == id).unwrap();
    let mut checked = 0;
    for (m, info) in c.measures.iter().enumerate() {
        let id = super::words::measure_id(&info.measure);
        for unit in super::rows(&c) {
            let line = long
                .iter()
                .find(|r| {
                    text(&r[col("measure_id")]) == id
                        && text(&r[col("unit_id")]) == super::words::unit_id(unit)
                })
                .unwrap();
            let ch = &unit.changes[m];
            assert_eq!(
                float(&line[col("before_low")]),
                ch.before.map(|v| v.value.low)
            );
            assert_eq!(
                float(&line[col("after_high")]),
                ch.after.map(|v| v.value.high)
            );
            assert_eq!(float(&line[col("change_low")]), ch.change.map(|r| r.low));
            assert_eq!(
                float(&line[col("interval_high")]),
                ch.interval.map(|r| r.high)
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 20);
    // A native chart per measure.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let charts = (0..zip.len())
        .filter(|&i| {
            zip.by_index(i)
                .unwrap()
                .name()
                .unwrap()
                .starts_with("xl/charts/chart")
        })
        .count();
    assert_eq!(charts, c.measures.len());
}

#[test]
fn file_names_name_the_follow_up_in_the_language() {
    let ids = ids();
    let v = view(&ids);
    assert_eq!(
        super::file_name(&v, "xlsx", Language::Da),
        "Sociale medier 2027 – sammenligning.xlsx"
    );
    assert_eq!(
        super::ascii_file_name(&v, "csv", Language::Nb),
        "stemme-nextaaaaaaaa-comparison-nb.csv"
    );
}

/// Writes the Danish workbook to `target/charts/` to be looked at.
#[test]
fn the_danish_workbook_is_written_out_to_be_looked_at() {
    let ids = ids();
    let bytes = comparison_xlsx(&view(&ids), &comparison(), Language::Da).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("comparison.da.xlsx"), bytes).unwrap();
}
