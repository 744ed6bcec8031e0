//! The XLSX workbook, read back with calamine (and zip for the parts
//! calamine does not read: charts, frozen panes, autofilters).

use std::collections::HashMap;
use std::io::Read;

use calamine::{Data, Reader};

use super::{TITLE, open, people, salg_lager_jura, sheet, survey_of, text, xlsx};
use crate::export::Values;
use crate::language::Language;
use crate::report::results::tests::fixtures::{Department, Person};

/// Subgroup, question, row and option of a long table line.
type Key = (String, String, String, String);
/// A line's group, count and answered.
type Line<'a> = (String, &'a Data, &'a Data);

fn number(d: &Data) -> Option<f64> {
    match d {
        Data::Float(x) => Some(*x),
        Data::Int(n) => Some(*n as f64),
        _ => None,
    }
}

fn column(rows: &[Vec<Data>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| text(h) == header)
        .unwrap_or_else(|| panic!("a column {header:?} in {:?}", rows[0]))
}

#[test]
fn the_workbook_has_a_summary_charts_tables_and_a_codebook_in_the_chosen_language() {
    let bytes = xlsx(
        &survey_of(&salg_lager_jura(), 5),
        Language::Da,
        Values::Labels,
    );
    let mut book = open(&bytes);

    let names = book.sheet_names();
    let summary = sheet(&mut book, "Oversigt");

    assert_eq!(
        names,
        [
            "Oversigt",
            "Diagrammer",
            "Pr. afdeling",
            "Lang tabel",
            "Kodebog"
        ]
    );
    let cells: Vec<String> = summary.iter().flatten().map(text).collect();
    assert!(cells.iter().any(|c| c.contains(TITLE)), "{cells:?}");
    let opened = summary
        .iter()
        .find(|r| text(&r[0]) == "Åbnet (UTC)")
        .unwrap();
    assert!(matches!(opened[1], Data::DateTime(_)), "{opened:?}");
    let k = summary
        .iter()
        .find(|r| text(&r[0]) == "Mindste gruppe, der vises (k)")
        .unwrap();
    assert_eq!(number(&k[1]), Some(5.0));
    assert!(
        cells.iter().any(|c| c.starts_with("Forslag til pilot")),
        "{cells:?}"
    );
}

#[test]
fn the_table_by_department_has_a_row_per_published_group_and_the_total_with_number_formats() {
    let bytes = xlsx(
        &survey_of(&salg_lager_jura(), 5),
        Language::En,
        Values::Labels,
    );
    let mut book = open(&bytes);

    let rows = sheet(&mut book, "By department");
    let styles = book.worksheet_style("By department").unwrap();

    let names: Vec<String> = rows.iter().skip(1).map(|r| text(&r[0])).collect();
    assert_eq!(names, ["Salg", "Other departments", "Everyone"]);
    let answered = column(&rows, "Answered");
    let invited = column(&rows, "Invited");
    let answers: Vec<f64> = rows[1..]
        .iter()
        .filter_map(|r| number(&r[answered]))
        .collect();
    assert_eq!(answers, [12.0, 12.0, 24.0]);
    let format = |c: usize| {
        let style = styles.get((1, u32::try_from(c).unwrap())).unwrap();
        style.number_format.as_ref().unwrap().format_code.clone()
    };
    assert_eq!(format(invited), "#,##0");
    assert_eq!(format(column(&rows, "Response rate")), "0%");
    assert_eq!(format(column(&rows, "Weekly or more: LinkedIn")), "0%");
    assert_eq!(format(column(&rows, "Willingness, mean (1–5)")), "0.0");
    let mean = number(&rows[1][column(&rows, "Willingness, mean (1–5)")]).unwrap();
    assert!(
        (mean - 11.0 / 3.0).abs() < 1e-9,
        "Salg answered 2, 4 and 5 alike"
    );
    let barriers = text(&rows[1][column(&rows, "Main barriers")]);
    assert_eq!(barriers, "I don’t have time (100%)");
}

#[test]
fn a_department_of_four_is_nowhere_in_the_workbook_not_even_by_subtraction() {
    let bytes = xlsx(
        &survey_of(&salg_lager_jura(), 5),
        Language::En,
        Values::Labels,
    );
    let mut book = open(&bytes);

    for name in book.sheet_names() {
        for cell in sheet(&mut book, &name).iter().flatten() {
            let t = text(cell);
            assert!(!t.contains("Jura") && !t.contains("Lager"), "{name}: {t}");
        }
    }
    let rows = sheet(&mut book, "By department");
    for header in ["Invited", "Answered"] {
        let c = column(&rows, header);
        let values: Vec<f64> = rows[1..].iter().map(|r| number(&r[c]).unwrap()).collect();
        assert_eq!(
            values[0] + values[1],
            values[2],
            "{header}: the total is the groups shown"
        );
    }
    // In the long table, wherever the total has a number, so has every
    // group, and they add up to it: no group is the total minus the others.
    let long = sheet(&mut book, "Long table");
    let (count, answered) = (
        column(&long, "Count"),
        column(&long, "Answered the question"),
    );
    let mut cells: HashMap<Key, Vec<Line>> = HashMap::new();
    for r in &long[1..] {
        let key = (text(&r[1]), text(&r[2]), text(&r[3]), text(&r[4]));
        cells
            .entry(key)
            .or_default()
            .push((text(&r[0]), &r[count], &r[answered]));
    }
    for (key, lines) in cells.iter().filter(|(k, _)| k.0 == "All who answered") {
        let Some((_, total_count, total_answered)) = lines.iter().find(|l| l.0 == "Everyone")
        else {
            continue;
        };
        let groups: Vec<_> = lines.iter().filter(|l| l.0 != "Everyone").collect();
        for (total, pick) in [(total_count, 1), (total_answered, 2)] {
            let Some(total) = number(total) else { continue };
            let parts: Vec<Option<f64>> = groups
                .iter()
                .map(|g| number(if pick == 1 { g.1 } else { g.2 }))
                .collect();
            assert!(
                parts.iter().all(Option::is_some),
                "{key:?}: {parts:?} of {total}"
            );
            assert_eq!(parts.iter().flatten().sum::<f64>(), total, "{key:?}");
        }
    }
}

#[test]
fn a_small_group_answering_alike_reads_almost_all_with_no_count_or_share() {
    // Salg: 6 answered (k = 5, so under 2k), all "often" to sharing.
    let departments = [
        Department {
            name: "Salg",
            invited: 6,
            people: people(6, |_| {
                let mut p = Person::new(3);
                p.shares = "often";
                p
            }),
        },
        Department {
            name: "Økonomi",
            invited: 14,
            people: people(12, |i| Person::new(1 + (i % 5) as u8)),
        },
    ];
    let bytes = xlsx(&survey_of(&departments, 5), Language::En, Values::Labels);
    let mut book = open(&bytes);

    let long = sheet(&mut book, "Long table");

    let often = long
        .iter()
        .find(|r| {
            text(&r[0]) == "Salg" && text(&r[4]) == "Often" && text(&r[2]).contains("already")
        })
        .unwrap();
    assert_eq!(often[6], Data::Empty, "no count");
    assert_eq!(often[7], Data::Empty, "no share");
    assert_eq!(text(&often[8]), "almost all");
    let salg_shares: Vec<f64> = long
        .iter()
        .filter(|r| text(&r[0]) == "Salg")
        .filter_map(|r| number(&r[7]))
        .collect();
    assert!(
        !salg_shares.contains(&1.0),
        "never an exact 100 % in a small group"
    );
    assert!(
        long.iter().any(|r| text(&r[0]) == "Økonomi"),
        "æ, ø, å intact"
    );
}

#[test]
fn ids_are_written_where_asked_and_the_codebook_explains_every_one() {
    let survey = survey_of(&salg_lager_jura(), 5);
    let bytes = xlsx(&survey, Language::Nb, Values::Ids);
    let mut book = open(&bytes);

    let long = sheet(&mut book, "Lang tabell");
    let codebook = sheet(&mut book, "Kodebok");

    assert_eq!(text(&long[0][2]), "question");
    let groups: Vec<String> = long[1..].iter().map(|r| text(&r[0])).collect();
    assert!(groups.contains(&"_other".to_owned()) && groups.contains(&"_all".to_owned()));
    assert!(long[1..].iter().any(|r| text(&r[2]) == "willingness"));
    let ids: Vec<String> = codebook[1..]
        .iter()
        .flat_map(|r| [text(&r[0]), text(&r[1]), text(&r[2])])
        .collect();
    for q in &survey.survey.questionnaire.questions {
        assert!(ids.contains(&q.id), "{}", q.id);
        for choice in q.rows.iter().chain(&q.options) {
            assert!(ids.contains(&choice.id), "{}.{}", q.id, choice.id);
        }
    }
    for id in ["_other", "_all", "almost_all", "hidden"] {
        assert!(ids.contains(&id.to_owned()), "{id}");
    }
    let texts: Vec<String> = codebook.iter().map(|r| text(&r[3])).collect();
    assert!(texts.contains(&"Hvilke sosiale medier bruker du, og hvor ofte?".to_owned()));
}

#[test]
fn the_charts_frozen_headers_and_autofilters_are_in_the_file() {
    let bytes = xlsx(
        &survey_of(&salg_lager_jura(), 5),
        Language::En,
        Values::Labels,
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let part = |zip: &mut zip::ZipArchive<_>, name: &str| {
        let mut xml = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
        xml
    };

    let charts: Vec<String> = zip
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| n.starts_with("xl/charts/chart"))
        .collect();

    // Every chart of the results page: participation, readiness, platforms,
    // sharing, willingness, barriers, motivations, reach.
    assert_eq!(charts.len(), 8, "{charts:?}");
    let titles: String = charts.iter().map(|c| part(&mut zip, c)).collect();
    for title in [
        "Participation by department",
        "Readiness index by department (0–100)",
        "Weekly use of each platform, by department",
        "Who already mentions their work online",
        "Would like to share the company's stories (1–5)",
        "What holds people back",
        "What would motivate people",
        "Volunteers' potential reach per platform (upper bound)",
    ] {
        assert!(titles.contains(title), "no chart titled {title}");
    }
    for chart in &charts {
        assert!(part(&mut zip, chart).contains("<c:barChart>"), "{chart}");
    }
    // Every sheet prints on A4 fitted to the page's width, with the survey
    // in the header and page numbers in the footer.
    for n in 1..=5 {
        let xml = part(&mut zip, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(xml.contains("paperSize=\"9\""), "sheet {n}: A4");
        assert!(
            xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "sheet {n}: fitted"
        );
        assert!(xml.contains("&amp;P"), "sheet {n}: page numbers");
        assert!(xml.contains(super::TITLE), "sheet {n}: the survey's name");
    }
    let book = part(&mut zip, "xl/workbook.xml");
    assert_eq!(book.matches("_xlnm.Print_Titles").count(), 3, "{book}");
    // Sheets 3 to 5 are the tables: By department, Long table, Codebook.
    for n in 3..=5 {
        let xml = part(&mut zip, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            xml.contains("state=\"frozen\""),
            "sheet {n} freezes its header"
        );
        assert!(
            xml.contains("<autoFilter ref=\"A1:"),
            "sheet {n} has an autofilter"
        );
    }
}
