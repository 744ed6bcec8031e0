//! A real headless Chromium driven over WebDriver (Debian's `chromium` and
//! `chromium-driver`, which `.ci/run` installs). Each test gets its own
//! chromedriver on a free port and a fresh, empty browser profile.
//!
//! Waiting is done inside the page: `wait_until` runs one asynchronous
//! script that resolves as soon as its condition holds, no fixed sleeps.

mod answering;
mod codes;
mod comparison;
mod devices;
mod follow_up;
mod keys;
mod languages;
mod pages;
mod people;
mod plain_http;
mod reading;
mod results;
mod shots;
mod sso;
pub mod steps;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use tempfile::TempDir;

pub struct Browser {
    pub client: Client,
    driver: Child,
    /// The profile, unless the test keeps it to start another session on it.
    _profile: Option<TempDir>,
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

fn capabilities(
    profile: &Path,
    width: u32,
    height: u32,
    extra: &[&str],
) -> serde_json::Map<String, Value> {
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        // Plain http:// must stay plain http://, as on an intranet.
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable".to_owned(),
        "--lang=en-GB".to_owned(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(extra.iter().map(|a| (*a).to_owned()));
    let options = json!({ "binary": "/usr/bin/chromium", "args": args });
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

/// A POST to one of chromedriver's own session commands, such as network
/// emulation or a Chrome DevTools Protocol call.
#[derive(Debug)]
struct ChromedriverCommand {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for ChromedriverCommand {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let session = session.unwrap_or_default();
        base.join(&format!("session/{session}/{}", self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Chromium's windows are at least 500 pixels wide; narrower screens are
/// emulated as a phone's, viewport and all.
const NARROWEST_WINDOW: u32 = 500;

impl Browser {
    /// A browser with a viewport of `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// As `start`, with extra Chromium command-line switches.
    pub async fn start_with(width: u32, height: u32, extra: &[&str]) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser::start_in(profile.path(), width, height, extra).await;
        browser._profile = Some(profile);
        browser
    }

    /// A browser on the profile directory `profile`, which outlives it: a
    /// second session on the same directory is the same browser restarted.
    pub async fn start_in(profile: &Path, width: u32, height: u32, extra: &[&str]) -> Browser {
        let (driver, port) = start_driver();
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities(profile, width, height, extra))
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("could not start a Chromium session");
        let browser = Browser {
            client,
            driver,
            _profile: None,
        };
        if width < NARROWEST_WINDOW {
            let metrics =
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true });
            browser
                .devtools("Emulation.setDeviceMetricsOverride", metrics)
                .await;
        }
        browser
    }

    async fn chromedriver(&self, path: &'static str, body: Value) -> Value {
        self.client
            .issue_cmd(ChromedriverCommand { path, body })
            .await
            .unwrap_or_else(|e| panic!("{path} failed: {e}"))
    }

    /// A Chrome DevTools Protocol command, e.g. `Page.captureScreenshot`.
    pub(crate) async fn devtools(&self, command: &str, params: Value) -> Value {
        let body = json!({ "cmd": command, "params": params });
        self.chromedriver("goog/cdp/execute", body).await
    }

    /// Signs in as the test administrator (`admin::USER`), the sign-in page
    /// in `lang`; the pages that follow keep that language.
    pub async fn sign_in_as_hr(&self, app: &crate::helpers::TestApp, lang: &str) {
        self.goto(&format!("{}/admin/sign-in?lang={lang}", app.address))
            .await;
        self.type_into("#username", crate::admin::USER).await;
        self.type_into("#password", crate::admin::PASSWORD).await;
        self.click("form[action='/admin/sign-in'] button").await;
        self.wait_visible(".admin-bar").await;
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    /// Runs `script` (a function body) in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Waits, inside the page, until the JavaScript expression `condition`
    /// holds. A page that reloads itself meanwhile (the survey page does, for
    /// a link pasted into its tab) ends the waiting script; it is started
    /// again in the new page, within the same 15 seconds.
    pub async fn wait_until(&self, condition: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        let mut held = json!(false);
        while std::time::Instant::now() < deadline {
            let left = deadline
                .saturating_duration_since(std::time::Instant::now())
                .as_millis();
            let script = format!(
                "const done = arguments[arguments.length - 1];
                 const holds = () => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }};
                 const started = Date.now();
                 const tick = () => holds() ? done(true)
                     : Date.now() - started > {left} ? done(false) : setTimeout(tick, 20);
                 tick();"
            );
            match self.client.execute_async(&script, vec![]).await {
                Ok(value) => {
                    held = value;
                    break;
                }
                // The document went away under the script: ask the next one.
                Err(_) => continue,
            }
        }
        if held != json!(true) {
            let page = self.js("return document.body.innerText").await;
            panic!("timed out waiting for `{condition}`; the page says:\n{page}");
        }
    }

    /// Waits until the element matching `css` is shown.
    pub async fn wait_visible(&self, css: &str) {
        let css = serde_json::to_string(css).unwrap();
        self.wait_until(&format!(
            "(e => e && e.offsetParent !== null && !e.closest('[hidden]'))(document.querySelector({css}))"
        ))
        .await;
    }

    pub async fn is_visible(&self, css: &str) -> bool {
        let css = serde_json::to_string(css).unwrap();
        self.js(&format!(
            "const e = document.querySelector({css}); return !!e && e.offsetParent !== null;"
        ))
        .await
            == json!(true)
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not click {css}: {e}"));
    }

    /// Types `text` into the field `css` with the keyboard, after emptying it.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    pub async fn text(&self, css: &str) -> String {
        let element = self.client.find(Locator::Css(css)).await.unwrap();
        element.text().await.unwrap()
    }

    /// Cuts the browser off the network, or connects it again.
    pub async fn set_offline(&self, offline: bool) {
        let conditions = json!({ "network_conditions": {
            "offline": offline, "latency": 0,
            "download_throughput": 100_000_000, "upload_throughput": 100_000_000,
        }});
        self.chromedriver("chromium/network_conditions", conditions)
            .await;
    }

    /// Runs `source` in every page loaded from now on, before its own scripts.
    pub async fn before_each_page(&self, source: &str) {
        let params = json!({ "source": source });
        self.devtools("Page.addScriptToEvaluateOnNewDocument", params)
            .await;
    }

    /// Waits until the page's module script has run (it enables the buttons).
    pub async fn wait_for_script(&self) {
        self.wait_until("!document.getElementById('code-submit').disabled")
            .await;
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
