//! `stemme export`, the real binary against the database of a running
//! server: the same files as the page, the same refusals, the same trail.

use std::io::Cursor;

use calamine::{Reader, Xlsx};

use super::{BOM, closed_survey, csv_records};
use crate::cli::{stderr, stemme};
use crate::helpers::*;

#[tokio::test]
async fn stemme_export_writes_the_files_refuses_to_overwrite_and_is_audited() {
    let app = spawn_app().await;
    let id = closed_survey(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("resultater.xlsx");
    let out_arg = out.to_str().unwrap();
    let db = &app.db_path;

    let long = stemme(
        db,
        &[
            "export",
            "--survey",
            id.as_str(),
            "--format",
            "csv",
            "--what",
            "long",
            "--lang",
            "nb",
        ],
    );
    let xlsx = stemme(
        db,
        &[
            "export",
            "--survey",
            id.as_str(),
            "--format",
            "xlsx",
            "--lang",
            "da",
            "--out",
            out_arg,
        ],
    );
    let again = stemme(
        db,
        &[
            "export",
            "--survey",
            id.as_str(),
            "--format",
            "xlsx",
            "--out",
            out_arg,
        ],
    );
    let tabs = stemme(
        db,
        &[
            "export",
            "--survey",
            id.as_str(),
            "--format",
            "csv",
            "--delimiter",
            "tab",
            "--no-bom",
            "--values",
            "ids",
        ],
    );

    assert!(long.status.success(), "{}", stderr(&long));
    assert!(long.stdout.starts_with(BOM));
    let rows = csv_records(&long.stdout, b';');
    assert!(rows.iter().any(|r| r[0] == "Øvrige avdelinger"));
    assert!(!String::from_utf8_lossy(&long.stdout).contains("Jura"));
    assert!(xlsx.status.success(), "{}", stderr(&xlsx));
    let book: Xlsx<_> = Xlsx::new(Cursor::new(std::fs::read(&out).unwrap())).unwrap();
    assert_eq!(book.sheet_names()[0], "Oversigt");
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert!(tabs.status.success(), "{}", stderr(&tabs));
    let rows = csv_records(&tabs.stdout, b'\t');
    assert_eq!(rows[0][0], "department");
    assert!(rows.iter().any(|r| r[0] == "_other"));
    let trail = app.app.audit_trail(50).await.unwrap();
    let exports = trail
        .iter()
        .filter(|e| e.action == stemme::accounts::Action::ResultsExported)
        .count();
    assert_eq!(
        exports, 3,
        "the refused overwrite wrote and recorded nothing"
    );
}

#[tokio::test]
async fn stemme_export_refuses_an_open_survey() {
    let app = spawn_app().await;
    let survey = app.open_survey(2).await;

    let output = stemme(
        &app.db_path,
        &["export", "--survey", survey.id.as_str(), "--format", "xlsx"],
    );

    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("is open"), "{message}");
    assert!(message.contains("only once it is closed"), "{message}");
}
