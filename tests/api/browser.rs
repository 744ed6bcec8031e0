//! A real headless Chromium driven over WebDriver (Debian's `chromium` and
//! `chromium-driver`, which `.ci/run` installs). Each test gets its own
//! chromedriver on a free port and a fresh, empty browser profile.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use tempfile::TempDir;

pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

/// chromedriver says on standard output which port it took: no sleeping.
fn start_driver() -> (Child, u16) {
    let mut driver = Command::new("chromedriver")
        .arg("--port=0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is needed for browser tests (Debian: apt-get install chromium chromium-driver)");
    let stdout = driver.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let port = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| {
            let rest = line.split("started successfully on port ").nth(1)?;
            rest.trim_end_matches('.').parse().ok()
        })
        .expect("chromedriver did not report its port");
    // Keep draining its output so it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (driver, port)
}

fn capabilities(profile: &TempDir, width: u32, height: u32) -> serde_json::Map<String, Value> {
    let args = [
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.path().display()),
    ];
    let mut options = json!({ "binary": "/usr/bin/chromium", "args": args });
    // Headless Chromium keeps windows at least 500 px wide; a phone's
    // width needs the viewport emulated.
    if width < 500 {
        options["mobileEmulation"] =
            json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 } });
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

impl Browser {
    /// A browser with a window of `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        let (driver, port) = start_driver();
        let profile = tempfile::tempdir().unwrap();
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities(&profile, width, height))
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("could not start a Chromium session");
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    /// Saves a screenshot as `target/screenshots/{name}.png`, for people to look at.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, self.client.screenshot().await.unwrap()).unwrap();
        path
    }

    /// Ends the session; the driver itself goes when `self` is dropped.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

// Also on a failing test: no chromedriver may outlive it.
impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test]
async fn headless_chromium_renders_the_stylesheet_page_of_the_service() {
    let app = crate::helpers::spawn_app().await;
    let browser = Browser::start(360, 740).await;

    browser
        .client
        .goto(&format!("{}/assets/style.css", app.address))
        .await
        .unwrap();
    let text = browser.client.source().await.unwrap();

    assert!(text.contains("--primary"), "{text}");
    let shot = std::fs::read(browser.screenshot("harness-smoke").await).unwrap();
    assert!(shot.starts_with(b"\x89PNG"), "not a PNG screenshot");
    browser.close().await;
}
