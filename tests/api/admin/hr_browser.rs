//! HR's side in a real headless Chromium, where a plain HTTP client cannot
//! tell: downloads that leave the page as it was, slips as the printer gets
//! them, and the setup secret that lives only in the address's fragment.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::wd::PrintConfiguration;
use serde_json::json;
use stemme::config::PublicUrl;

use super::{PASSWORD, USER};
use crate::browser::Browser;
use crate::demo::spawn_demo_app;
use crate::export::csv_records;
use crate::helpers::*;

/// The files Chromium has finished downloading into `dir` once there are
/// `n` of them (it writes `*.crdownload` and renames it when done). The
/// browser cannot be asked from the page, so the folder is looked at until
/// then, for 15 seconds at most.
async fn downloads(dir: &Path, n: usize) -> Vec<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let mut done: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "csv"))
            .collect();
        if done.len() >= n || Instant::now() > deadline {
            done.sort();
            return done;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn four_csvs_download_in_a_row_in_danish_without_the_page_reloading() {
    // Arrange: a draft with four departments, HR on its page in Danish.
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let id = app.create_survey("Kundeservice,Økonomi,Salg,Lager").await;
    let browser = Browser::start(1280, 1000).await;
    let dir = tempfile::tempdir().unwrap();
    let behaviour = json!({ "behavior": "allow", "downloadPath": dir.path() });
    browser
        .devtools("Browser.setDownloadBehavior", behaviour)
        .await;
    browser.sign_in_as_hr(&app, "da").await;
    browser
        .goto(&format!("{}/admin/surveys/{id}?lang=da", app.address))
        .await;
    browser.wait_visible("#invite-count").await;
    browser.js("window.stillTheSamePage = true").await;

    // Act: one CSV of 5 codes per department, from the same page.
    let departments = ["Kundeservice", "Økonomi", "Salg", "Lager"];
    for (i, department) in departments.iter().enumerate() {
        browser
            .js(&format!(
                "document.getElementById('invite-department').value = '{department}';
                 document.getElementById('invite-count').value = '5';
                 document.querySelector('input[name=format][value=csv]').checked = true;"
            ))
            .await;
        browser
            .click("form[action$='/invites'] button[type=submit]")
            .await;
        assert_eq!(
            downloads(dir.path(), i + 1).await.len(),
            i + 1,
            "{department}"
        );
    }

    // Assert: four files, named and read as Danish Excel reads them.
    let files = downloads(dir.path(), 4).await;
    assert_eq!(
        browser.js("return window.stillTheSamePage === true").await,
        true,
        "the page reloaded"
    );
    let mut seen = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(file).unwrap();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name}: no byte-order mark"
        );
        let rows = csv_records(&bytes[3..], b';');
        assert!(rows[0].len() > 1, "{name}: not split on ';'");
        let column = rows[0].iter().position(|h| h == "department").unwrap();
        let department = &rows[1][column];
        assert_eq!(rows.len(), 6, "{name}: a header and five codes");
        // Named after the department, æ, ø and å kept (RFC 6266 filename*).
        assert!(
            name.contains(department.to_lowercase().as_str()),
            "{name} for {department}"
        );
        seen.push(department.clone());
    }
    seen.sort();
    let mut expected: Vec<String> = departments.iter().map(|d| (*d).to_owned()).collect();
    expected.sort();
    assert_eq!(seen, expected);
    let made = app.app.list_surveys().await.unwrap();
    assert_eq!(made[0].invites, 20);
    browser.screenshot("admin-four-csvs-da").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn slips_in_norwegian_chosen_from_an_english_screen_print_inside_their_cut_lines() {
    // Arrange: HR reads English; the employees read Norwegian.
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let id = app.create_survey("Kundeservice,Økonomi,Salg,Lager").await;
    app.app
        .open_survey(&id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();
    let browser = Browser::start(1280, 1000).await;
    browser.sign_in_as_hr(&app, "en").await;
    browser
        .goto(&format!("{}/admin/surveys/{id}?lang=en", app.address))
        .await;
    browser.wait_visible("#slip-language").await;

    // Act: 12 slips for Økonomi in Norsk bokmål, then the printer's view.
    browser
        .js(
            "document.getElementById('invite-department').value = 'Økonomi';
             document.getElementById('invite-count').value = '12';
             document.getElementById('slip-language').value = 'nb';",
        )
        .await;
    browser
        .click("form[action$='/invites'] button[type=submit]")
        .await;
    browser.wait_visible(".slips").await;
    let pdf = browser
        .client
        .print(PrintConfiguration::builder().build().unwrap())
        .await
        .unwrap();
    browser
        .devtools("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let outside = browser
        .js("const out = [];
             for (const slip of document.querySelectorAll('.slip')) {
               const box = slip.getBoundingClientRect();
               for (const e of slip.querySelectorAll('p, span, svg')) {
                 const r = e.getBoundingClientRect();
                 if (r.width === 0) continue;
                 if (r.left < box.left - 0.5 || r.right > box.right + 0.5
                     || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                   out.push(e.className + ': ' + e.textContent.trim().slice(0, 40));
                 if (e.scrollWidth > e.clientWidth + 1 && e.tagName === 'P')
                   out.push('overflowing ' + e.className);
               }
             }
             return out;")
        .await;

    // Assert
    assert_eq!(outside, json!([]), "text outside its slip when printed");
    assert!(pdf.starts_with(b"%PDF"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("admin-slips-nb.pdf"), &pdf).unwrap();
    assert_eq!(
        super::slips::pdf_pages(&pdf),
        2,
        "12 slips, 8 to an A4 page"
    );
    let help = browser.text(".slip .slip-help").await;
    assert!(help.starts_with("Skann koden"), "{help}");
    let key = browser.text(".slip .slip-key").await;
    assert!(key.starts_with("Nøkkel:"), "{key}");
    // Once cut, each slip still says which department it is for.
    let departments = browser
        .js("return [...document.querySelectorAll('.slip .slip-department')].map(e => e.textContent)")
        .await;
    assert_eq!(departments, json!(vec!["Avdeling: Økonomi"; 12]));
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        "en"
    );
    assert_eq!(
        browser
            .js("return document.querySelector('.slip').lang")
            .await,
        "nb"
    );
    browser
        .devtools("Emulation.setEmulatedMedia", json!({ "media": "screen" }))
        .await;
    browser.screenshot("admin-slips-nb-from-en").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn the_setup_link_still_works_after_switching_to_danish() {
    // Arrange: the first start's setup link, opened in an English browser.
    let app = spawn_app().await;
    let public = PublicUrl::parse(&app.address).unwrap();
    let link = app.admins.setup_link(&public).await.unwrap().unwrap();
    let secret = link.split("#token=").nth(1).unwrap().to_owned();
    let browser = Browser::start(1280, 1000).await;
    browser.goto(&link).await;
    browser.wait_visible("#password2").await;

    // Act: Dansk, then the form.
    browser.click(".language-switch a[hreflang=da]").await;
    browser
        .wait_until("document.documentElement.lang === 'da'")
        .await;
    browser.wait_visible("#password2").await;
    let kept = browser
        .js("return document.getElementById('setup-token').value")
        .await;
    browser.screenshot("admin-setup-da").await;
    browser.type_into("#username", USER).await;
    browser.type_into("#password", PASSWORD).await;
    browser.type_into("#password2", PASSWORD).await;
    browser.click("form[action='/admin/setup'] button").await;
    browser.wait_visible(".admin-bar").await;

    // Assert: the secret came along, hidden, and the account exists.
    assert_eq!(kept, json!(secret));
    assert!(!browser.is_visible("#setup-token").await);
    let url = browser.client.current_url().await.unwrap();
    assert!(!url.as_str().contains("token"), "{url}");
    assert!(app.admins.setup_link(&public).await.unwrap().is_none());
    browser.close().await;
}

#[tokio::test]
#[ignore = "browser test: needs chromium and chromedriver; run with cargo test -- --ignored"]
async fn a_closed_survey_shows_its_results_link_on_the_first_screen() {
    // Arrange: the demo company's closed survey, HR in Danish.
    let (app, id) = spawn_demo_app().await;
    app.admin_account(USER, PASSWORD).await;
    let browser = Browser::start(1280, 900).await;
    browser.sign_in_as_hr(&app, "da").await;

    // Act
    browser
        .goto(&format!("{}/admin/surveys/{id}", app.address))
        .await;
    browser.wait_visible("a[href$='/results']").await;
    browser.screenshot("admin-survey-closed-da").await;

    // Assert: within the first 900 pixels, and no "yet" in the table.
    let top = browser
        .js("return document.querySelector(\"a[href$='/results']\").getBoundingClientRect().bottom")
        .await;
    assert!(
        top.as_f64().unwrap() < 900.0,
        "the results link is at {top} px"
    );
    let table = browser.text("table.participation").await;
    assert!(!table.contains("endnu"), "{table}");
    browser.close().await;
}
