//! The application in-process for the fuzz targets: a fresh database with
//! an open survey (and its invites) and a draft, a signed-in administrator,
//! and one thread that runs the actix service and answers each request with
//! its status. A panic in a handler ends that thread, and the target then
//! fails, so libFuzzer reports the input.

use std::sync::OnceLock;
use std::sync::mpsc;

use actix_web::http::Method;
use actix_web::test;
use stemme::accounts::{Actor, Password, Username};
use stemme::config::{PublicUrl, Settings, Synchronous};
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::{NewSurvey, Service};
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyTitle};
use stemme::web::client_limits::{ClientLimits, Rate};
use stemme::web::{State, app};

pub struct Request {
    method: Method,
    path: String,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Request {
    pub fn json(method: &str, path: &str, body: Vec<u8>) -> Self {
        Request {
            method: Method::from_bytes(method.as_bytes()).unwrap_or(Method::POST),
            path: path.to_owned(),
            headers: vec![("content-type", "application/json".to_owned())],
            body,
        }
    }

    pub fn page(method: &str, path: &str) -> Self {
        Request {
            method: Method::from_bytes(method.as_bytes()).unwrap_or(Method::GET),
            path: uri_safe(path),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A form with the fuzzed fields, then the session's form token.
    pub fn form(path: &str, csrf: &str, fields: &[u8]) -> Self {
        let mut body = fields.to_vec();
        body.extend_from_slice(format!("&csrf={csrf}").as_bytes());
        let kind = if path.ends_with("/new") {
            "multipart/form-data; boundary=XyZ"
        } else {
            "application/x-www-form-urlencoded"
        };
        Request {
            method: Method::POST,
            path: path.to_owned(),
            headers: vec![("content-type", kind.to_owned())],
            body,
        }
    }

    pub fn signed_in(mut self, cookie: &str) -> Self {
        self.headers.push(("cookie", cookie.to_owned()));
        self
    }
}

/// Bytes a URI may hold as they are; the rest percent-encoded.
fn uri_safe(path: &str) -> String {
    path.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/?=&%+:".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

type Job = (Request, mpsc::Sender<u16>);

pub struct Harness {
    pub survey: String,
    pub draft: String,
    pub cookie: String,
    pub csrf: String,
    jobs: mpsc::Sender<Job>,
}

impl Harness {
    pub fn get() -> &'static Harness {
        static HARNESS: OnceLock<Harness> = OnceLock::new();
        HARNESS.get_or_init(start)
    }

    /// The status the application answers `request` with.
    pub fn send(&self, request: Request) -> u16 {
        let (reply, status) = mpsc::channel();
        self.jobs
            .send((request, reply))
            .expect("the application thread died");
        status.recv().expect("the application panicked")
    }
}

fn start() -> Harness {
    let (ready, setup) = mpsc::channel();
    let (jobs, incoming) = mpsc::channel::<Job>();
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let dir = tempfile::tempdir().expect("a temporary directory");
            let db = dir.path().join("fuzz.db");
            let public = PublicUrl::parse("http://localhost:8080").expect("a URL");
            let settings = Settings::new(db.clone(), "127.0.0.1:0".parse().expect("addr"), public);
            let (service, admins) =
                stemme::service::open(&db, Synchronous::Full).expect("the database");
            // The fuzzer is one client sending millions of requests.
            let unlimited = Rate {
                burst: 1e15,
                per_second: 1e15,
            };
            let state = State {
                // No identity provider: the fuzzer reaches no one outside.
                oidc: None,
                service: actix_web::web::Data::new(service.clone()),
                admins: actix_web::web::Data::new(admins),
                settings: actix_web::web::Data::new(settings),
                client_limits: actix_web::web::Data::new(ClientLimits::new(unlimited, unlimited)),
            };
            let admins = state.admins.clone();
            let application = test::init_service(app(state)).await;
            let (survey, draft) = surveys(&service).await;
            admins
                .create_account(
                    &Username::parse("fuzz.admin").expect("a name"),
                    Password::parse("a long enough password").expect("a password"),
                    Actor::CommandLine,
                )
                .await
                .expect("an account");
            let signing_in = test::TestRequest::post()
                .uri("/admin/sign-in")
                .set_form([
                    ("username", "fuzz.admin"),
                    ("password", "a long enough password"),
                ])
                .to_request();
            let signed_in = test::call_service(&application, signing_in).await;
            let cookie = signed_in
                .response()
                .cookies()
                .next()
                .map(|c| format!("{}={}", c.name(), c.value()))
                .expect("a session cookie");
            let page = test::TestRequest::get()
                .uri(&format!("/admin/surveys/{draft}"))
                .insert_header(("cookie", cookie.clone()))
                .to_request();
            let page = test::call_and_read_body(&application, page).await;
            let page = String::from_utf8_lossy(&page);
            let csrf = page
                .split("name=\"csrf\" value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("a form token")
                .to_owned();
            ready
                .send((survey, draft, cookie, csrf))
                .expect("the fuzzer waits");
            while let Ok((request, reply)) = incoming.recv() {
                let mut call = test::TestRequest::default()
                    .method(request.method)
                    .uri(&request.path)
                    .set_payload(request.body);
                for (name, value) in request.headers {
                    call = call.insert_header((name, value));
                }
                let status = match test::try_call_service(&application, call.to_request()).await {
                    Ok(response) => response.status().as_u16(),
                    Err(error) => error.as_response_error().status_code().as_u16(),
                };
                let _ = reply.send(status);
            }
            drop(dir);
        });
    });
    let (survey, draft, cookie, csrf) = setup.recv().expect("the application started");
    Harness {
        survey,
        draft,
        cookie,
        csrf,
        jobs,
    }
}

/// An open survey with invites, and a draft.
async fn surveys(service: &Service) -> (String, String) {
    let new = |title: &str| NewSurvey {
        title: SurveyTitle::parse(title).expect("a title"),
        departments: Departments::parse_list("Salg,Lager,Økonomi").expect("departments"),
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE).expect("the default"),
        min_group_size: MinGroupSize::default(),
    };
    let by = Actor::CommandLine;
    let open = service
        .create_survey(new("Fuzz"), &by)
        .await
        .expect("a survey");
    service
        .create_invites(
            &open,
            &DepartmentName::parse("Salg").expect("a name"),
            50,
            &by,
            InviteFormat::Csv,
        )
        .await
        .expect("invites");
    service.open_survey(&open, &by).await.expect("opened");
    let draft = service
        .create_survey(new("Fuzz draft"), &by)
        .await
        .expect("a draft");
    (open.to_string(), draft.to_string())
}
