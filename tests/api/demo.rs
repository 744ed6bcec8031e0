//! The demo company's closed survey (`stemme::demo`), made once per test
//! run: seven tests read it, and its close audits the publication for half
//! a minute of CPU. Each test gets a copy of the database in a directory of
//! its own and a server of its own on it, as `spawn_app()` gives.

use std::sync::OnceLock;

use stemme::config::{PublicUrl, Settings};
use stemme::survey::SurveyId;
use stemme::web::Application;

use crate::helpers::{TestApp, spawn_app_in};

/// The database file with the demo survey closed, and the survey's id.
static DEMO: OnceLock<(Vec<u8>, SurveyId)> = OnceLock::new();

/// The same database with the demo's follow-up six months later made and
/// closed too, and the follow-up's id (issue 22).
static FOLLOW_UP: OnceLock<(Vec<u8>, SurveyId)> = OnceLock::new();

/// A server on a copy of the demo company's database with its follow-up:
/// the baseline and the follow-up.
pub async fn spawn_demo_follow_up_app() -> (TestApp, SurveyId, SurveyId) {
    let (file, follow_up) = tokio::task::spawn_blocking(|| {
        FOLLOW_UP.get_or_init(|| std::thread::spawn(make_follow_up).join().unwrap())
    })
    .await
    .unwrap();
    let baseline = DEMO.get().expect("made with the follow-up").1.clone();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stemme.db"), file).unwrap();
    (spawn_app_in(dir, |_| {}).await, baseline, follow_up.clone())
}

/// The follow-up made on a copy of the demo, as `make_demo_here` makes it.
fn make_follow_up() -> (Vec<u8>, SurveyId) {
    let (file, baseline) = DEMO.get_or_init(make_demo_here);
    made(Some(file), async |service| {
        stemme::demo::make_follow_up(service, baseline)
            .await
            .unwrap()
    })
}

/// A server on a copy of the demo company's database, and the survey.
pub async fn spawn_demo_app() -> (TestApp, SurveyId) {
    let (file, survey) = tokio::task::spawn_blocking(|| DEMO.get_or_init(make_demo))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stemme.db"), file).unwrap();
    (spawn_app_in(dir, |_| {}).await, survey.clone())
}

/// Makes the demo through the real service, on a thread and a runtime of
/// its own (the first test's runtime ends with that test), and copies the
/// file consistently.
fn make_demo() -> (Vec<u8>, SurveyId) {
    std::thread::spawn(make_demo_here).join().unwrap()
}

fn make_demo_here() -> (Vec<u8>, SurveyId) {
    made(None, async |service| {
        stemme::demo::make_survey(service).await.unwrap()
    })
}

/// Runs `make` on the real service over a database file (a copy of
/// `start`, or a new one) on a runtime of its own, and copies the file.
fn made(
    start: Option<&[u8]>,
    make: impl AsyncFnOnce(&stemme::service::Service) -> SurveyId,
) -> (Vec<u8>, SurveyId) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stemme.db");
    if let Some(file) = start {
        std::fs::write(&db, file).unwrap();
    }
    let settings = Settings::new(
        db.clone(),
        "127.0.0.1:0".parse().unwrap(),
        PublicUrl::parse("http://localhost:8080").unwrap(),
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let survey = runtime.block_on(async {
        let application = Application::build(settings).unwrap();
        make(application.service()).await
    });
    (vacuumed(&db, dir.path()), survey)
}

/// The database file as one consistent copy.
fn vacuumed(db: &std::path::Path, dir: &std::path::Path) -> Vec<u8> {
    let copy = dir.join("copy.db");
    rusqlite::Connection::open(db)
        .unwrap()
        .execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
        .unwrap();
    std::fs::read(copy).unwrap()
}
