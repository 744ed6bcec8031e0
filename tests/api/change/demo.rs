//! The demo company's follow-up (issue 22): six months on, where the pilot
//! ran, people grew into the programme; the comparison shows it.

use serde_json::Value;

use crate::demo::spawn_demo_follow_up_app;

#[tokio::test]
async fn the_demo_follow_up_shows_the_pilots_moving_more_than_the_rest_and_both_results_link_to_it()
{
    let (app, baseline, follow_up) = spawn_demo_follow_up_app().await;
    let admin = app.signed_in_admin().await;
    let body: Value = admin
        .get(&format!("/admin/surveys/{follow_up}/comparison.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["baseline"]["id"], baseline.as_str());
    let c = &body["comparison"];
    let unit = |id: &str| {
        c["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["id"] == id)
            .unwrap_or_else(|| panic!("no group {id} in {}", c["units"]))
    };
    // Renamed: compared with itself.
    assert_eq!(
        unit("Marketing")["baseline"][0],
        "Marketing og kommunikation"
    );
    // Pooled in the baseline (too small apart), merged and shown since.
    let merged = unit("Direktion og jura");
    let mut was: Vec<&str> = merged["baseline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    was.sort_unstable();
    assert_eq!(was, ["Direktion", "Jura"]);
    let pilots = &c["pilots_vs_rest"];
    assert!(!pilots["pilot_units"].as_array().unwrap().is_empty());
    let volunteers = pilots["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["measure"] == "volunteers")
        .expect("volunteers compared");
    assert_eq!(volunteers["verdict"]["kind"], "up", "{volunteers}");
    assert_eq!(volunteers["rest"]["verdict"]["kind"], "within_chance");
    // Both results pages link to the comparison, and so does the
    // baseline's own page beside its follow-up.
    for page in [
        format!("/admin/surveys/{baseline}/results?lang=en"),
        format!("/admin/surveys/{follow_up}/results?lang=en"),
        format!("/admin/surveys/{baseline}?lang=en"),
    ] {
        let html = admin.page(&page).await;
        assert!(
            html.contains(&format!("/admin/surveys/{follow_up}/comparison")),
            "{page} links to the comparison"
        );
    }
}
