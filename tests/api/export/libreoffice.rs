//! The spreadsheets as LibreOffice reads and prints them: Debian's
//! `libreoffice-calc-nogui` converts the workbook to PDF and the Danish CSV
//! to a workbook, and `pdftotext` (poppler-utils) reads the pages back.
//! `.ci/run` installs both; the tests are `#[ignore]` like the browser's,
//! so `cargo test` needs Rust only.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx};

use super::{csv_records, export, text};
use crate::demo::spawn_demo_app;
use crate::helpers::*;

/// Sheets of the Danish workbook and the most pages each may print on, for
/// the demo company (8 departments, 335 people); "Lang tabel" holds every
/// published cell of every distribution, one per line.
const PAGES: [(&str, usize); 5] = [
    ("Oversigt", 2),
    ("Diagrammer", 8),
    ("Pr. afdeling", 3),
    ("Lang tabel", 60),
    ("Kodebog", 6),
];

/// Runs LibreOffice headless on `file` with a profile of its own (so tests
/// and a desktop session never share one), converting it to `to` in `dir`.
fn soffice(dir: &Path, file: &Path, to: &str, filter: Option<&str>) -> PathBuf {
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", dir.display());
    let mut command = Command::new("soffice");
    command.args([profile.as_str(), "--headless", "--norestore"]);
    if let Some(filter) = filter {
        command.arg(format!("--infilter={filter}"));
    }
    let output = command
        .args(["--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("soffice is needed (Debian: apt-get install libreoffice-calc-nogui)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let extension = to.split(':').next().unwrap();
    let converted = file.with_extension(extension);
    assert!(converted.exists(), "LibreOffice wrote no {extension}");
    converted
}

/// The text of each page of a PDF.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (Debian: apt-get install poppler-utils)");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// How often each word occurs: a text cut at a page's edge loses words.
fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        let word: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        if !word.is_empty() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    counts
}

#[tokio::test]
#[ignore = "LibreOffice test: needs libreoffice-calc-nogui and poppler-utils; run with cargo test -- --ignored"]
async fn the_workbook_prints_on_few_pages_with_the_department_on_every_page_and_nothing_cut() {
    // Arrange: the demo company's workbook in Danish.
    let (app, id) = spawn_demo_app().await;
    let admin = app.signed_in_admin().await;
    let bytes = export(&admin, &id, "results.xlsx", "da")
        .await
        .bytes()
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("resultater.xlsx");
    std::fs::write(&xlsx, &bytes).unwrap();

    // Act: LibreOffice prints it.
    let pdf = soffice(dir.path(), &xlsx, "pdf", None);
    let pages = pdf_pages(&pdf);
    keep_pages(&pdf);

    // Assert: every page names its sheet in the header, no sheet takes more
    // pages than agreed, and no text of a sheet is missing from its pages.
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let of_sheet = |name: &str| -> Vec<&String> {
        pages
            .iter()
            .filter(|p| p.lines().any(|l| l.trim() == name))
            .collect()
    };
    let counted: usize = PAGES.iter().map(|(name, _)| of_sheet(name).len()).sum();
    assert_eq!(counted, pages.len(), "pages without their sheet's name");
    for (name, most) in PAGES {
        let printed = of_sheet(name);
        println!("{name}: {} pages", printed.len());
        assert!(
            !printed.is_empty() && printed.len() <= most,
            "{name}: {} pages",
            printed.len()
        );
        let on_paper = words(
            &printed
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        let range = book.worksheet_range(name).unwrap();
        let in_cells = words(
            &range
                .rows()
                .flatten()
                .filter(|c| matches!(c, Data::String(_)))
                .map(text)
                .collect::<Vec<_>>()
                .join(" "),
        );
        let cut: Vec<_> = in_cells
            .iter()
            .filter(|(word, n)| on_paper.get(*word).copied().unwrap_or(0) < **n)
            .collect();
        assert!(cut.is_empty(), "{name}: words cut off the page: {cut:?}");
    }
    // The department column on every page of the table by department.
    let departments = book.worksheet_range("Pr. afdeling").unwrap();
    let groups: Vec<String> = departments.rows().skip(1).map(|r| text(&r[0])).collect();
    for page in of_sheet("Pr. afdeling") {
        assert!(
            page.contains("Afdeling"),
            "a page without its header: {page}"
        );
        assert!(
            groups.iter().any(|g| page.contains(g.as_str())),
            "a page without the departments: {page}"
        );
    }
}

/// The PDF's pages as PNGs in `target/screenshots/`, for people to look at.
fn keep_pages(pdf: &Path) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(pdf, dir.join("workbook-da.pdf")).unwrap();
    let _ = Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(pdf)
        .arg(dir.join("workbook-da-page"))
        .status();
}

#[tokio::test]
#[ignore = "LibreOffice test: needs libreoffice-calc-nogui and poppler-utils; run with cargo test -- --ignored"]
async fn the_danish_csv_reads_back_the_same_numbers_in_danish_libreoffice() {
    // Arrange: the table by department as Danish CSV.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = super::closed_survey(&app).await;
    let bytes = export(&admin, &id, "departments.csv", "da")
        .await
        .bytes()
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("afdelinger.csv");
    std::fs::write(&csv, &bytes).unwrap();

    // Act: opened as Danish LibreOffice opens it (separator ";", UTF-8,
    // locale da-DK), saved as a workbook and read back.
    let filter = "CSV:59,34,76,1,,1030";
    let xlsx = soffice(
        dir.path(),
        &csv,
        "xlsx:Calc MS Excel 2007 XML",
        Some(filter),
    );
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(std::fs::read(xlsx).unwrap())).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();

    // Assert: every field is the same, numbers as numbers, texts with æøå.
    let records = csv_records(&bytes, b';');
    let cells: Vec<&[Data]> = range.rows().collect();
    assert_eq!(cells.len(), records.len());
    let mut numbers = 0;
    for (record, row) in records.iter().zip(&cells) {
        for (field, cell) in record.iter().zip(row.iter()) {
            match field.replace(',', ".").parse::<f64>() {
                Ok(expected) => {
                    numbers += 1;
                    let got = match cell {
                        Data::Float(x) => *x,
                        Data::Int(n) => *n as f64,
                        other => panic!("{field} read as {other:?}"),
                    };
                    assert!((got - expected).abs() < 1e-9, "{field} read as {got}");
                }
                Err(_) => assert_eq!(&text(cell), field),
            }
        }
    }
    assert!(numbers > 20, "only {numbers} numbers");
    assert!(cells.iter().any(|r| text(&r[0]) == "Øvrige afdelinger"));
}
