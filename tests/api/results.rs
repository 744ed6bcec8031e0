//! What HR learns after close: the results page, its charts, its JSON and
//! HR's settings, under rules P4, P5 and P8, against the real server.

use serde_json::{Value, json};
use stemme::accounts::Actor;

use crate::admin::AdminClient;
use crate::demo::spawn_demo_app;
use crate::helpers::*;

/// A survey of three departments: Salg 12 answers, Lager 8, Jura 4 (k = 5).
async fn closed_survey(app: &TestApp) -> stemme::survey::SurveyId {
    let id = app.create_survey("Salg,Lager,Jura").await;
    answer_and_close(app, &id).await;
    id
}

/// Opens a draft with the departments Salg, Lager and Jura, lets 12, 8 and
/// 4 people answer (two invites of each left unused, willingness 2, 4 or
/// 5) and closes it.
pub async fn answer_and_close(app: &TestApp, id: &stemme::survey::SurveyId) {
    let departments = [("Salg", 14, 12), ("Lager", 10, 8), ("Jura", 6, 4)];
    answer_in(app, id, &departments).await;
}

/// Opens the draft `id`, makes each department's invites and lets as many
/// people as given answer (willingness 2, 4 or 5 in turn), then closes it.
pub async fn answer_in(
    app: &TestApp,
    id: &stemme::survey::SurveyId,
    departments: &[(&str, u32, u32)],
) {
    let mut codes = Vec::new();
    for &(department, invited, n) in departments {
        codes.push((app.invites(id, department, invited).await, n));
    }
    app.app.open_survey(id, &Actor::CommandLine).await.unwrap();
    for (codes, n) in &codes {
        for (i, code) in codes.iter().take(*n as usize).enumerate() {
            let token = app.obtain_token(id, code).await;
            let mut answers = valid_answers();
            answers["willingness"] = json!(["2", "4", "5"][i % 3]);
            assert_eq!(app.submit(id, &token, answers).await.status(), 201);
        }
    }
    app.app.close_survey(id, &Actor::CommandLine).await.unwrap();
}

const CHARTS: [&str; 8] = [
    "participation",
    "platforms",
    "sharing",
    "willingness",
    "barriers",
    "motivations",
    "readiness",
    "reach",
];

#[tokio::test]
async fn results_exist_only_once_the_survey_is_closed() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let survey = app.open_survey(2).await;

    let page = admin
        .get(&format!("/admin/surveys/{}/results", survey.id))
        .await;
    let json = admin
        .get(&format!("/admin/surveys/{}/results.json", survey.id))
        .await;
    let chart = admin
        .get(&format!(
            "/admin/surveys/{}/charts/willingness.svg",
            survey.id
        ))
        .await;

    assert_eq!(page.status(), 409);
    assert_eq!(chart.status(), 409);
    assert_eq!(json.status(), 409);
    let body: Value = json.json().await.unwrap();
    assert_eq!(body["error"], "survey_not_closed");
    let survey_page = admin.survey_page(&survey.id).await;
    assert!(!survey_page.contains("/results"), "no link while open");
}

#[tokio::test]
async fn a_department_of_four_is_nowhere_in_the_page_the_charts_or_the_json() {
    // Arrange
    let app = spawn_app().await;
    let admin: AdminClient = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    // Act
    let base = format!("/admin/surveys/{id}");
    let page = admin.page(&format!("{base}/results")).await;
    let json: Value = admin
        .get(&format!("{base}/results.json"))
        .await
        .json()
        .await
        .unwrap();
    let mut svgs = Vec::new();
    for chart in CHARTS {
        let response = admin.get(&format!("{base}/charts/{chart}.svg")).await;
        assert_eq!(response.status(), 200, "{chart}");
        svgs.push(response.text().await.unwrap());
    }

    // Assert: Jura (4) is pooled; its pool is under k, so Lager (8) joins
    // it; Salg (12) and "Other departments" (12) are shown, and nothing
    // lets 4 be subtracted out.
    let groups = json["results"]["groups"].as_array().unwrap();
    let shown: Vec<(&str, u64)> = groups
        .iter()
        .map(|g| {
            let name = g["name"].as_str().unwrap_or("(other)");
            (name, g["answered"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(shown, [("Salg", 12), ("(other)", 12)]);
    assert_eq!(json["results"]["total"]["answered"], 24);
    let results = json["results"].to_string();
    assert!(!results.contains("Jura") && !results.contains("Lager"));
    for (chart, svg) in CHARTS.iter().zip(&svgs) {
        assert!(!svg.contains("Jura") && !svg.contains("Lager"), "{chart}");
        assert!(
            svg.contains("role=\"img\"") && svg.contains("<title>") && svg.contains("<desc>"),
            "{chart}"
        );
    }
    let results_html = page.split("<h1>").nth(1).unwrap();
    assert!(!results_html.contains("Jura") && !results_html.contains("Lager"));
    assert!(results_html.contains("Other departments"));
}

#[tokio::test]
async fn the_page_reads_every_chart_in_words_with_its_numbers_beside_it() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;

    let page = admin
        .page(&format!("/admin/surveys/{id}/results?lang=da"))
        .await;

    assert_eq!(page.matches("<figure class=\"chart\">").count(), 8);
    assert_eq!(page.matches("role=\"img\"").count(), 8);
    assert!(page.matches("<table class=\"numbers\">").count() >= 8);
    assert_eq!(page.matches("class=\"sentence\"").count(), 8);
    assert!(
        page.contains("Hvor I kan starte"),
        "the recommendation, in Danish"
    );
    assert!(page.contains("Øvrige afdelinger"));
    for chart in CHARTS {
        assert!(
            page.contains(&format!("/charts/{chart}.svg?goal=")),
            "{chart}"
        );
    }
}

#[tokio::test]
async fn everyone_in_a_small_group_answering_alike_reads_almost_all_not_a_hundred_percent() {
    // Salg: 6 answers (k = 5, so under 2k = 10), all "often" to sharing.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = app.create_survey("Salg,Lager").await;
    let codes = app.invites(&id, "Salg", 6).await;
    app.app.open_survey(&id, &Actor::CommandLine).await.unwrap();
    for code in &codes {
        let token = app.obtain_token(&id, code).await;
        let mut answers = valid_answers();
        answers["shares_work"] = json!("often");
        assert_eq!(app.submit(&id, &token, answers).await.status(), 201);
    }
    app.app
        .close_survey(&id, &Actor::CommandLine)
        .await
        .unwrap();

    let json: Value = admin
        .get(&format!("/admin/surveys/{id}/results.json"))
        .await
        .json()
        .await
        .unwrap();

    let sharing = json["results"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "shares_work")
        .unwrap();
    let cells = &sharing["tables"][0]["groups"][0]["cells"];
    assert_eq!(cells[3]["kind"], "almost_all", "{cells}");
    assert_eq!(cells[0]["kind"], "almost_none", "{cells}");
    assert!(!json.to_string().contains("\"share\":1.0"));
}

#[tokio::test]
async fn hr_chooses_the_goal_and_gives_the_companys_followers_and_it_is_audited() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = closed_survey(&app).await;
    let csrf = admin.csrf().await;

    let saved = admin
        .post_raw(
            &format!("/admin/surveys/{id}/results"),
            &[
                ("csrf", &csrf),
                ("goal", "recruitment"),
                ("followers_linkedin", "12.000"),
                ("followers_facebook", ""),
            ],
        )
        .await;
    let json: Value = admin
        .get(&format!("/admin/surveys/{id}/results.json"))
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(saved.status(), 303);
    assert_eq!(json["settings"]["goal"], "recruitment");
    assert_eq!(
        json["settings"]["company_followers"],
        json!([["linkedin", 12000]])
    );
    let audit = admin.page("/admin/audit").await;
    assert!(
        audit.contains("Changed how the results are read"),
        "{audit}"
    );
}

#[tokio::test]
async fn the_suggestion_links_to_the_index_explained_in_the_readers_language() {
    // Arrange: the demo company, whose results suggest pilots.
    let (app, id) = spawn_demo_app().await;
    let admin = app.signed_in_admin().await;

    // Act
    let results = admin
        .page(&format!("/admin/surveys/{id}/results?lang=da"))
        .await;
    let mut pages = Vec::new();
    for lang in ["da", "nb", "en"] {
        let path = format!("/admin/surveys/{id}/readiness?lang={lang}");
        pages.push(admin.page(&path).await);
    }
    let stranger = AdminClient::new(&app)
        .get(&format!("/admin/surveys/{id}/readiness"))
        .await;

    // Assert: a link HR can follow, not a path in the source tree.
    assert!(!results.contains("docs/readiness.md"));
    assert!(
        results.contains("<a href=\"readiness\">Sådan bliver indekset og forslagene regnet ud</a>"),
        "no link from the suggestion"
    );
    for (page, (title, weight)) in pages.iter().zip([
        (
            "Sådan virker parathedsindekset",
            "<td class=\"number\">35</td>",
        ),
        (
            "Slik virker parathetsindeksen",
            "<td class=\"number\">35</td>",
        ),
        (
            "How the readiness index works",
            "<td class=\"number\">35</td>",
        ),
    ]) {
        assert!(page.contains(title), "{title}");
        assert!(
            page.contains(weight),
            "{title}: the questionnaire's weights"
        );
        assert!(page.contains("62–70"), "{title}: ranges explained");
    }
    assert!(pages[0].contains("omkring 45 %") && pages[0].contains("Øvrige afdelinger"));
    assert_eq!(stranger.status(), 303, "HR's page only");
}

#[tokio::test]
async fn the_demo_shows_the_company_wide_weekly_use_of_every_platform() {
    // The demo's two small departments (7 people) are pooled; the
    // company's row must still show every platform's weekly share, exact
    // or rounded, never "not shown" to protect the pool.
    let (app, id) = spawn_demo_app().await;
    let results = app.app.results(&id).await.unwrap();
    let r = results.results.readiness.as_ref().unwrap();
    for (platform, weekly) in r.platforms.iter().zip(&r.weekly) {
        let total = weekly.total.unwrap().cell;
        assert_ne!(
            total,
            stemme::report::figures::Cell::Hidden,
            "{}",
            platform.id
        );
    }
    assert!(results.results.audit.settled);
}
