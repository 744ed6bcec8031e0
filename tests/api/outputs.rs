//! What HR and their scripts read, as reviewed snapshots: the results JSON
//! and both CSV files of a small-department fixture (Salg 12 answers, Lager
//! 8, Jura 4, k = 5). A change to a published field, a number or a heading
//! is a visible diff in review: `cargo insta review` (or rename the
//! `.snap.new` file a failing run writes next to the snapshot). CI never
//! writes snapshots (`INSTA_UPDATE=no` in `.ci/run`): a mismatch fails.

use serde_json::Value;

use crate::admin::AdminClient;
use crate::export::closed_survey;
use crate::helpers::*;

/// The parts that differ from run to run, the survey's random id, named.
fn steady(text: &str, id: &stemme::survey::SurveyId) -> String {
    text.replace(id.as_str(), "[survey id]")
}

async fn download(admin: &AdminClient, path: &str) -> String {
    let response = admin.post(path, &[]).await;
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn the_results_json_and_both_csv_files_are_as_reviewed() {
    // Arrange
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    // Act
    let json: Value = admin
        .get(&format!("/admin/surveys/{id}/results.json"))
        .await
        .json()
        .await
        .unwrap();
    let export = |file: &str| format!("/admin/surveys/{id}/export/{file}?lang=en");
    let departments = download(&admin, &export("departments.csv")).await;
    let long = download(&admin, &export("long.csv")).await;

    // Assert
    let json = serde_json::to_string_pretty(&json).unwrap();
    insta::assert_snapshot!("results_json", steady(&json, &id));
    insta::assert_snapshot!("departments_csv", steady(&departments, &id));
    insta::assert_snapshot!("long_csv", steady(&long, &id));
}
