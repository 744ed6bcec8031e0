//! `spawn_app()` and one method per endpoint, plus the client side of
//! RFC 9474 done with the same crate the server uses.

use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use blind_rsa_signatures::{
    BlindSignature, BlindingResult, DefaultRng, PSS, PublicKey, Randomized, Sha384,
};
use reqwest::Response;
use serde_json::{Value, json};
use stemme::accounts::Actor;
use stemme::config::{PublicUrl, Settings};
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::NewSurvey;
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};
use stemme::web::Application;
use tempfile::TempDir;

pub type ClientKey = PublicKey<Sha384, PSS, Randomized>;

pub struct TestApp {
    pub address: String,
    pub db_path: PathBuf,
    pub app: stemme::service::Service,
    pub admins: actix_web::web::Data<stemme::service::accounts::Admins>,
    pub client: reqwest::Client,
    _dir: TempDir,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// `spawn_app()` with settings of the test's own (an identity provider).
pub async fn spawn_app_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_in(tempfile::tempdir().unwrap(), tweak).await
}

/// `spawn_app_with()` on `dir`, where `stemme.db` may already be.
pub async fn spawn_app_in(dir: TempDir, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let db_path = dir.path().join("stemme.db");
    let mut settings = Settings::new(
        db_path.clone(),
        "127.0.0.1:0".parse().unwrap(),
        PublicUrl::parse("http://localhost:8080").unwrap(),
    );
    tweak(&mut settings);
    let application = Application::build(settings).unwrap();
    let address = format!("http://127.0.0.1:{}", application.port());
    let app = application.service().clone();
    let admins = application.admins();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        db_path,
        app,
        admins,
        client: reqwest::Client::new(),
        _dir: dir,
    }
}

/// A department's name, as the edges parse it.
pub fn dept(name: &str) -> DepartmentName {
    DepartmentName::parse(name).unwrap()
}

pub fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn unb64(s: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(s).unwrap()
}

/// A survey created and opened through the library, with invite codes.
pub struct OpenSurvey {
    pub id: SurveyId,
    pub codes: Vec<String>,
}

/// A token as the browser holds it after issuance: message, prefix, signature.
#[derive(Clone)]
pub struct Token {
    pub key_id: String,
    pub msg: Vec<u8>,
    pub msg_prefix: Vec<u8>,
    pub signature: Vec<u8>,
}

impl TestApp {
    pub async fn create_survey(&self, departments: &str) -> SurveyId {
        let new = NewSurvey {
            title: SurveyTitle::parse("Sociale medier hos Nordlys").unwrap(),
            departments: Departments::parse_list(departments).unwrap(),
            questionnaire: Questionnaire::parse(DEFAULT_SOURCE).unwrap(),
            min_group_size: MinGroupSize::default(),
        };
        self.app
            .create_survey(new, &Actor::CommandLine)
            .await
            .unwrap()
    }

    pub async fn invites(&self, survey: &SurveyId, department: &str, count: u32) -> Vec<String> {
        let batch = self
            .app
            .create_invites(
                survey,
                &dept(department),
                count,
                &Actor::CommandLine,
                InviteFormat::Csv,
            )
            .await
            .unwrap();
        batch
            .codes
            .iter()
            .map(stemme::invites::InviteCode::grouped)
            .collect()
    }

    /// Creates a survey with one department ("Salg"), `count` invites, and opens it.
    /// Salg gets invites up to *k* = 5 if `count` is fewer: a department with
    /// fewer invites than *k* cannot open (rule P10); those codes are not returned.
    pub async fn open_survey(&self, count: u32) -> OpenSurvey {
        let id = self.create_survey("Salg,Kundeservice").await;
        let codes = self.invites(&id, "Salg", count).await;
        if count < 5 {
            self.invites(&id, "Salg", 5 - count).await;
        }
        self.app
            .open_survey(&id, &Actor::CommandLine)
            .await
            .unwrap();
        OpenSurvey { id, codes }
    }

    /// GET any path of the service, e.g. `/healthz`.
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }

    pub async fn get_survey(&self, id: &str) -> Response {
        self.client
            .get(format!("{}/api/v1/surveys/{id}", self.address))
            .send()
            .await
            .unwrap()
    }

    pub async fn post_tokens(&self, id: &str, body: &Value) -> Response {
        self.client
            .post(format!("{}/api/v1/surveys/{id}/tokens", self.address))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_responses(&self, id: &str, body: &Value) -> Response {
        self.client
            .post(format!("{}/api/v1/surveys/{id}/responses", self.address))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn department_key(&self, id: &SurveyId, department: &str) -> (String, ClientKey) {
        let survey: Value = self.get_survey(id.as_str()).await.json().await.unwrap();
        let dept = survey["departments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == department)
            .unwrap();
        let der = unb64(dept["spki_der"].as_str().unwrap());
        let key_id = dept["key_id"].as_str().unwrap().to_owned();
        (key_id, ClientKey::from_der(&der).unwrap())
    }

    pub async fn post_invite(&self, id: &str, code: &str) -> Response {
        self.client
            .post(format!("{}/api/v1/surveys/{id}/invite", self.address))
            .json(&json!({ "invite_code": code }))
            .send()
            .await
            .unwrap()
    }

    /// The front page's lookup: which survey a typed code belongs to.
    pub async fn post_invites(&self, body: &Value) -> Response {
        self.client
            .post(format!("{}/api/v1/invites", self.address))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// The browser's part: learn the code's key, make a token message,
    /// blind it, ask for a signature, unblind and check it.
    pub async fn obtain_token(&self, survey: &SurveyId, code: &str) -> Token {
        let invite: Value = self
            .post_invite(survey.as_str(), code)
            .await
            .json()
            .await
            .unwrap();
        let department = invite["department"].as_str().unwrap();
        let (key_id, key) = self.department_key(survey, department).await;
        assert_eq!(invite["key_id"], key_id.as_str());
        let msg = token_message(survey);
        let blinding = key.blind(&mut DefaultRng, &msg).unwrap();
        let body = json!({ "invite_code": code, "blinded_msg": b64(&blinding.blind_message.0), "key_id": key_id });
        let response = self.post_tokens(survey.as_str(), &body).await;
        assert_eq!(response.status(), 200);
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["key_id"], key_id.as_str());
        assert_eq!(answer["department"], department);
        finalize(&key, &key_id, &blinding, &answer, msg)
    }

    pub async fn submit(&self, survey: &SurveyId, token: &Token, answers: Value) -> Response {
        self.post_responses(survey.as_str(), &ballot(token, answers))
            .await
    }
}

pub fn token_message(survey: &SurveyId) -> Vec<u8> {
    let mut msg = format!("stemme-v1:{survey}:").into_bytes();
    msg.extend_from_slice(&rand_bytes::<32>());
    msg
}

pub fn rand_bytes<const N: usize>() -> [u8; N] {
    stemme::random::random_bytes().unwrap()
}

pub fn finalize(
    key: &ClientKey,
    key_id: &str,
    blinding: &BlindingResult,
    answer: &Value,
    msg: Vec<u8>,
) -> Token {
    let blind_sig = BlindSignature(unb64(answer["blind_sig"].as_str().unwrap()));
    let signature = key.finalize(&blind_sig, blinding, &msg).unwrap();
    Token {
        key_id: key_id.to_owned(),
        msg,
        msg_prefix: blinding.msg_randomizer.unwrap().0.to_vec(),
        signature: signature.0,
    }
}

pub fn ballot(token: &Token, answers: Value) -> Value {
    json!({
        "key_id": token.key_id,
        "msg": b64(&token.msg),
        "msg_prefix": b64(&token.msg_prefix),
        "signature": b64(&token.signature),
        "answers": answers,
    })
}

/// A complete, valid set of answers to the default questionnaire.
pub fn valid_answers() -> Value {
    json!({
        "platform_use": {
            "linkedin": "daily", "facebook": "weekly", "instagram": "never", "x": "never",
            "tiktok": "never", "youtube": "monthly", "snapchat": "never", "blog": "never", "intranet": "weekly"
        },
        "platform_purpose": { "linkedin": "professional", "facebook": "private" },
        "shares_work": "sometimes",
        "willingness": "4",
        "willing_platforms": ["linkedin"],
        "course_interest": "yes",
        "guidelines_help": "somewhat",
        "barriers": ["unsure_allowed", "no_time"],
        "motivations": ["own_profile"],
        "followers": { "linkedin": "500_999", "facebook": "100_499" }
    })
}

pub async fn error_code(response: Response) -> (u16, String) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    (status, body["error"].as_str().unwrap().to_owned())
}
