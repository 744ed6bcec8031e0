//! HR holding the codes (issue 19, point 8): many of a department's codes
//! used from one address within minutes is a warning in HR's audit trail,
//! and no address is stored or logged for it.

use rusqlite::Connection;

use crate::helpers::spawn_app;

#[tokio::test]
async fn eight_of_ten_codes_used_from_one_address_warn_in_the_audit_trail_without_storing_it() {
    // Arrange
    let app = spawn_app().await;
    let survey = app.open_survey(10).await;
    let admin = app.signed_in_admin().await;

    // Act: one browser (one address) takes eight of Salg's ten codes.
    for code in &survey.codes[..8] {
        app.obtain_token(&survey.id, code).await;
    }
    let trail = admin.page("/admin/audit").await;

    // Assert
    for share in [
        "3 of 10 codes (30 %)",
        "5 of 10 codes (50 %)",
        "8 of 10 codes (80 %)",
    ] {
        assert!(
            trail.contains(&format!(
                "Salg: {share} used from one network address within 10 minutes"
            )),
            "{share}: {trail}"
        );
    }
    assert!(trail.contains("Warning: many codes from one address"));
    let file = std::fs::read(&app.db_path).unwrap();
    for address in ["127.0.0.1", "7f000001"] {
        assert!(!String::from_utf8_lossy(&file).contains(address));
    }
    assert!(
        !file.windows(4).any(|w| w == [127, 0, 0, 1]),
        "no raw address"
    );
    let warnings: i64 = Connection::open(&app.db_path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM admin_audit WHERE action = 'codes_from_one_address'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(warnings, 3, "one line per quarter crossed");
}
