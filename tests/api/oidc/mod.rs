//! Signing in through an identity provider (issue 25, rule P11), against
//! real OpenID providers run by node on loopback: `oidc-provider`
//! (tests/oidc/provider.mjs) and a small one that signs bad tokens on
//! purpose (tests/oidc/bad-provider.mjs). They need node and
//! `npm ci --prefix tests/oidc`, which `.ci/run` does, so these tests are
//! `#[ignore]` like the browser tests and run with `cargo test -- --ignored`.

mod errors;
mod hr;
mod return_to;
mod vouchers;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::redirect::Policy;
use serde_json::Value;
use stemme::accounts::Actor;
use stemme::config::{PublicUrl, Settings};
use stemme::oidc::OidcSettings;
use stemme::service::SsoDepartmentSetting;
use stemme::store::AccessMode;
use stemme::survey::{DepartmentName, SurveyId};

use crate::helpers::{TestApp, spawn_app_with};

/// A provider run by node; it stops when the test drops it.
pub struct Provider {
    child: Child,
    /// The issuer (oidc-provider) or the base address (the bad one).
    pub url: String,
}

impl Provider {
    fn start(script: &str, field: &str) -> Provider {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
        assert!(
            dir.join("node_modules").exists() || script == "bad-provider.mjs",
            "run `npm ci --prefix tests/oidc` first (.ci/run does)"
        );
        let mut child = Command::new("node")
            .arg(dir.join(script))
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node is needed for the sign-in tests");
        // The provider says on standard output where it listens: no sleeping.
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        // Keep draining it: a write to a closed pipe would end the provider.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let said: Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("{script} said {line:?}"));
        let url = said[field].as_str().unwrap().to_owned();
        Provider { child, url }
    }

    /// oidc-provider, the certified implementation.
    pub fn real() -> Provider {
        Provider::start("provider.mjs", "issuer")
    }

    /// The provider that gets tokens wrong; `issuer(mode)` picks how.
    pub fn bad() -> Provider {
        Provider::start("bad-provider.mjs", "base")
    }

    pub fn issuer(&self, mode: &str) -> String {
        format!("{}/{mode}", self.url)
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free port of 127.0.0.1: the redirect URI registered with a provider
/// must name Stemme's real address, so the test picks it before starting.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The settings the tests' providers need: client `stemme`, administrators
/// by the group `stemme-admins` or the address `good@example.com`.
pub fn oidc_settings(issuer: &str) -> OidcSettings {
    OidcSettings {
        issuer: issuer.to_owned(),
        client_id: "stemme".into(),
        client_secret: Some("stemme-test-secret".into()),
        display_name: "Nordlys ID".into(),
        admin_scopes: vec!["email".into(), "profile".into(), "groups".into()],
        employee_scopes: vec!["department".into()],
        admin_claim: "groups".into(),
        admin_values: vec!["stemme-admins".into()],
        admins: vec!["good@example.com".into()],
        department_claim: "department".into(),
        clock_skew: Duration::from_secs(60),
        timeout: Duration::from_secs(5),
    }
}

/// Stemme in-process on a port of its own, signing in through `issuer`.
pub async fn spawn_sso_app(issuer: &str) -> TestApp {
    let port = free_port();
    let oidc = oidc_settings(issuer).checked().unwrap();
    spawn_app_with(move |s: &mut Settings| {
        s.bind = format!("127.0.0.1:{port}").parse().unwrap();
        s.public_url = PublicUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap();
        s.oidc = Some(oidc);
    })
    .await
}

/// An open survey of Salg and Kundeservice whose employees sign in:
/// the claim `department` "Salg" (or "Sales") is Salg, with `seats` places,
/// and Kundeservice has k (5) places. Places count as invites under rule
/// P10, so `seats` must be at least k too.
pub async fn sso_survey(app: &TestApp, mode: AccessMode, seats: u64) -> SurveyId {
    let id = app.create_survey("Salg,Kundeservice").await;
    set_sign_in(app, &id, mode, seats).await;
    app.app.open_survey(&id, &Actor::CommandLine).await.unwrap();
    id
}

pub async fn set_sign_in(app: &TestApp, id: &SurveyId, mode: AccessMode, seats: u64) {
    let departments = vec![
        SsoDepartmentSetting {
            department: DepartmentName::parse("Salg").unwrap(),
            claim_values: vec!["Salg".into(), "Sales".into()],
            seats,
        },
        SsoDepartmentSetting {
            department: DepartmentName::parse("Kundeservice").unwrap(),
            claim_values: vec!["Kundeservice".into()],
            seats: 5,
        },
    ];
    app.app
        .save_sso_settings(id, mode, departments, &Actor::CommandLine)
        .await
        .unwrap();
}

/// A browser without a page: keeps cookies, follows no redirect by itself.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

/// Where a sign-in started at `path` ends: every redirect followed, the
/// provider's and Stemme's, until a page or a redirect into a fragment.
pub struct Ended {
    pub status: u16,
    pub page: String,
    /// The last redirect's target, if the round trip ended on one.
    pub location: Option<String>,
    /// The provider's redirect back to Stemme (code and state).
    pub callback: Option<String>,
}

pub async fn sign_in(client: &reqwest::Client, base: &str, path: &str) -> Ended {
    let mut url = format!("{base}{path}");
    let mut callback = None;
    for _ in 0..8 {
        let response = client.get(&url).send().await.unwrap();
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        match location {
            Some(next) if !next.contains('#') && (300..400).contains(&status) => {
                let next = if next.starts_with('/') {
                    format!("{base}{next}")
                } else {
                    next
                };
                if next.contains("/oidc/callback") {
                    callback = Some(next.clone());
                }
                url = next;
            }
            location => {
                let page = response.text().await.unwrap();
                return Ended {
                    status,
                    page,
                    location,
                    callback,
                };
            }
        }
    }
    panic!("the sign-in went round in circles");
}

impl Ended {
    /// The pass the survey page got in its fragment (`#code=sso.…`).
    pub fn pass(&self) -> String {
        let location = self
            .location
            .as_deref()
            .unwrap_or_else(|| panic!("no redirect; the page says {}", self.page));
        location.split("#code=").nth(1).unwrap().to_owned()
    }
}
