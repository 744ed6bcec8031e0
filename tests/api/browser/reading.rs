//! The results page as people read it (issue 21): in Danish, Norwegian and
//! English, on a 1280 px screen and a 360 px phone. Chart text at least
//! 12 px as shown, no column out of reach of the keyboard, axe-core finding
//! nothing, every chart label at 4.5:1 against what it sits on, and each
//! chart's sentence read once. The measuring is done in the page
//! (`reading.js`); contrast is computed from the colours drawn, not by the
//! code that chose them.

use serde_json::{Value, json};

use super::Browser;
use crate::admin::{PASSWORD, USER};
use crate::demo::spawn_demo_app;

const MEASURE: &str = include_str!("reading.js");

/// axe-core from npm (`tests/a11y`, installed by `.ci/run`).
pub(super) fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/a11y/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path)
        .expect("axe-core is needed: npm ci --prefix tests/a11y (as .ci/run does)")
}

/// axe-core's violations on the page: rule and how many elements.
pub(super) async fn axe(browser: &Browser, source: &str) -> Vec<String> {
    browser.js(source).await;
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document).then(r => done(r.violations.map(v => v.id + ' ×' + v.nodes.length)),
                                e => done(['axe failed: ' + e]));";
    let found = browser.client.execute_async(script, vec![]).await.unwrap();
    serde_json::from_value(found).unwrap()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How often each chart's sentence is in the accessibility tree Chromium
/// gives a screen reader: as text, as a name or as a description.
async fn sentences_read(browser: &Browser, sentences: &Value) -> Vec<(String, usize)> {
    let tree = browser
        .devtools("Accessibility.getFullAXTree", json!({}))
        .await;
    let said: Vec<String> = tree["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["ignored"] != json!(true) && n["role"]["value"] != json!("InlineTextBox"))
        .flat_map(|n| [&n["name"]["value"], &n["description"]["value"]])
        .filter_map(|v| v.as_str().map(collapse))
        .collect();
    sentences
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            let (id, sentence) = (
                pair[0].as_str().unwrap(),
                collapse(pair[1].as_str().unwrap()),
            );
            let times = said.iter().filter(|s| s.contains(&sentence)).count();
            (id.to_owned(), times)
        })
        .collect()
}

/// Where the screenshots go: `STEMME_SHOTS` names a stage ("before",
/// "after") for `/work/screenshots`-style comparisons; by default the usual
/// `target/screenshots/`.
fn shot_name(lang: &str, device: &str) -> String {
    let stage = std::env::var("STEMME_SHOTS").unwrap_or_else(|_| "reading".to_owned());
    format!("results-{stage}-{lang}-{device}")
}

#[tokio::test]
#[ignore = "browser test: needs chromium, chromedriver and tests/a11y's axe-core; run with cargo test -- --ignored"]
async fn hr_can_read_every_chart_and_table_of_the_results_on_a_screen_and_a_phone() {
    // Arrange: the demo company's closed survey (several departments, the
    // pool of small ones), and HR.
    let (app, survey) = spawn_demo_app().await;
    app.admin_account(USER, PASSWORD).await;
    let results = format!("{}/admin/surveys/{survey}/results", app.address);
    let axe_js = axe_source();
    let mut failures = Vec::new();

    for (device, width, height) in [("desktop", 1280, 900), ("phone", 360, 740)] {
        let browser = Browser::start(width, height).await;
        browser.sign_in_as_hr(&app, "en").await;
        for lang in ["da", "nb", "en"] {
            // Act: the page in this language on this screen.
            browser.goto(&format!("{results}?lang={lang}")).await;
            browser.wait_visible("figure.chart svg").await;
            let m = browser.js(MEASURE).await;
            let violations = axe(&browser, &axe_js).await;
            let read = sentences_read(&browser, &m["sentences"]).await;
            if lang != "en" {
                browser.screenshot(&shot_name(lang, device)).await;
            }
            let state = format!("{lang} {device}");
            eprintln!(
                "{state}: smallest SVG text {:.1} px, lowest label contrast {:.2}, axe {violations:?}, \
                 sentences read {read:?}, '4–5 →' at x = {} of {}",
                m["smallest"].as_f64().unwrap_or(0.0),
                m["contrast"].as_f64().unwrap_or(0.0),
                m["willing"],
                m["view"],
            );

            // Assert, gathered so that one run tells everything.
            if m["smallest"].as_f64().unwrap_or(0.0) < 12.0 {
                failures.push(format!("{state}: text under 12 px: {}", m["small"]));
            }
            if m["offscreen"] != json!([]) {
                failures.push(format!("{state}: out of reach: {}", m["offscreen"]));
            }
            if !violations.is_empty() {
                failures.push(format!("{state}: axe: {violations:?}"));
            }
            if m["contrast"].as_f64().unwrap_or(0.0) < 4.5 {
                failures.push(format!("{state}: contrast under 4.5: {}", m["low"]));
            }
            let twice: Vec<_> = read.iter().filter(|(_, n)| *n != 1).collect();
            if !twice.is_empty() {
                failures.push(format!("{state}: sentences not read once: {twice:?}"));
            }
            let willing = m["willing"].as_f64().unwrap_or(f64::MAX);
            if willing >= m["view"].as_f64().unwrap_or(0.0) {
                failures.push(format!(
                    "{state}: willingness's '4–5 →' off screen at {willing}"
                ));
            }
        }
        browser.close().await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
