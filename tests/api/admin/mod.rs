//! HR's side: an administrator's browser, as a cookie-keeping HTTP client,
//! with one helper per admin endpoint.

mod actions;
mod auth;
mod csrf;
mod drafts;
mod hr_browser;
mod hr_flow;
mod lifecycle;
mod setup;
mod slips;
mod survey_browser;

use reqwest::redirect::Policy;
use reqwest::{Response, multipart};
use stemme::accounts::{Actor, Password, Username};
use stemme::survey::SurveyId;

use crate::helpers::TestApp;

pub const USER: &str = "anne.hr";
pub const PASSWORD: &str = "rød hest på bakken";

impl TestApp {
    /// An administrator account, made as `stemme admin create` makes it.
    pub async fn admin_account(&self, username: &str, password: &str) {
        self.admins
            .create_account(
                &Username::parse(username).unwrap(),
                Password::parse(password).unwrap(),
                Actor::CommandLine,
            )
            .await
            .unwrap();
    }

    /// A signed-in administrator's browser.
    pub async fn signed_in_admin(&self) -> AdminClient {
        self.admin_account(USER, PASSWORD).await;
        let admin = AdminClient::new(self);
        let response = admin.sign_in(USER, PASSWORD).await;
        assert_eq!(response.status(), 303);
        admin
    }
}

/// A browser: keeps cookies, does not follow redirects (tests check them).
pub struct AdminClient {
    pub address: String,
    pub client: reqwest::Client,
}

/// The value of the first hidden `csrf` field of a page.
pub fn csrf_of(page: &str) -> String {
    hidden_field(page, "csrf")
}

/// The value of the hidden input `name` in a page.
pub fn hidden_field(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("a {name} field"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// Where a redirect points.
pub fn location(response: &Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

impl AdminClient {
    pub fn new(app: &TestApp) -> Self {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .unwrap();
        AdminClient {
            address: app.address.clone(),
            client,
        }
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }

    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        response.text().await.unwrap()
    }

    /// The session's CSRF token, as the pages carry it.
    pub async fn csrf(&self) -> String {
        csrf_of(&self.page("/admin").await)
    }

    /// A form POST as the browser sends it from one of Stemme's pages.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("Origin", &self.address)
            .header("Sec-Fetch-Site", "same-origin")
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// A form POST with the session's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let csrf = self.csrf().await;
        let mut fields = fields.to_vec();
        fields.push(("csrf", &csrf));
        self.post_raw(path, &fields).await
    }

    pub async fn sign_in(&self, username: &str, password: &str) -> Response {
        self.post_raw(
            "/admin/sign-in",
            &[("username", username), ("password", password)],
        )
        .await
    }

    pub async fn sign_out(&self) -> Response {
        self.post("/admin/sign-out", &[]).await
    }

    /// POST /admin/surveys/new: a multipart form, as it has a file field.
    pub async fn post_new_survey(&self, fields: &[(&str, &str)], file: Option<&str>) -> Response {
        let mut form = multipart::Form::new().text("csrf", self.csrf().await);
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        let part = multipart::Part::bytes(file.unwrap_or("").as_bytes().to_vec())
            .file_name(if file.is_some() { "own.toml" } else { "" })
            .mime_str("application/octet-stream")
            .unwrap();
        self.client
            .post(format!("{}/admin/surveys/new", self.address))
            .header("Origin", &self.address)
            .multipart(form.part("file", part))
            .send()
            .await
            .unwrap()
    }

    /// Creates a draft with the built-in questionnaire; returns its id.
    pub async fn create_survey(&self, departments: &str, k: &str) -> SurveyId {
        let fields = [
            ("title", "Sociale medier hos Nordlys"),
            ("departments", departments),
            ("min_group_size", k),
            ("questionnaire", "default"),
        ];
        let response = self.post_new_survey(&fields, None).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
        let to = location(&response);
        let id = to
            .trim_start_matches("/admin/surveys/")
            .trim_end_matches("?done=created");
        SurveyId::parse(id).unwrap()
    }

    pub async fn survey_page(&self, id: &SurveyId) -> String {
        self.page(&format!("/admin/surveys/{id}")).await
    }

    pub async fn post_departments(&self, id: &SurveyId, fields: &[(&str, &str)]) -> Response {
        self.post(&format!("/admin/surveys/{id}/departments"), fields)
            .await
    }

    pub async fn post_settings(&self, id: &SurveyId, k: &str) -> Response {
        self.post(
            &format!("/admin/surveys/{id}/settings"),
            &[("min_group_size", k)],
        )
        .await
    }

    pub async fn post_invites(
        &self,
        id: &SurveyId,
        department: &str,
        count: &str,
        format: &str,
    ) -> Response {
        let once = hidden_field(&self.survey_page(id).await, "once");
        self.post_invites_once(id, department, count, format, &once)
            .await
    }

    /// The invite form as sent, with the one-time token it was shown with.
    pub async fn post_invites_once(
        &self,
        id: &SurveyId,
        department: &str,
        count: &str,
        format: &str,
        once: &str,
    ) -> Response {
        let fields = [
            ("department", department),
            ("count", count),
            ("format", format),
            ("once", once),
        ];
        self.post(&format!("/admin/surveys/{id}/invites"), &fields)
            .await
    }

    pub async fn post_open(&self, id: &SurveyId) -> Response {
        self.post(&format!("/admin/surveys/{id}/open"), &[("confirm", "yes")])
            .await
    }

    pub async fn post_close(&self, id: &SurveyId, confirm: bool) -> Response {
        let fields: &[(&str, &str)] = if confirm { &[("confirm", "yes")] } else { &[] };
        self.post(&format!("/admin/surveys/{id}/close"), fields)
            .await
    }
}
