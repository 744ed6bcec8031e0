//! The command line, run as a real process.

use std::path::Path;
use std::process::{Command, Output};

use stemme::survey::SurveyId;

pub fn stemme(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stemme"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("STEMME_PUBLIC_URL")
        .output()
        .unwrap()
}

/// Runs a command line written as one string (no argument with spaces).
pub fn stemme_line(db: &Path, line: &str) -> Output {
    let args: Vec<&str> = line.split_whitespace().collect();
    stemme(db, &args)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

pub fn create(db: &Path) -> String {
    let output = stemme(
        db,
        &[
            "survey",
            "create",
            "--title",
            "Sociale medier",
            "--departments",
            "Salg,Marketing,IT",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output).trim().to_owned()
}

#[test]
fn survey_create_prints_only_the_new_id_on_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");

    let id = create(&db);

    assert!(SurveyId::parse(&id).is_ok(), "{id:?}");
    assert!(db.exists(), "the database is created on first use");
}

#[test]
fn invites_are_written_as_csv_with_links_carrying_the_code_in_the_fragment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let id = create(&db);
    let out = dir.path().join("salg.csv");

    let output = stemme(
        &db,
        &[
            "--public-url",
            "https://stemme.example.dk/",
            "invites",
            "create",
            "--survey",
            &id,
            "--department",
            "salg",
            "--count",
            "3",
            "--out",
            out.to_str().unwrap(),
        ],
    );

    assert!(output.status.success(), "{}", stderr(&output));
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "department,code,link");
    assert_eq!(lines.len(), 4);
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields[0], "Salg");
        assert!(stemme::invites::InviteCode::parse(fields[1]).is_ok());
        assert_eq!(
            fields[2],
            format!("https://stemme.example.dk/s/{id}#code={}", fields[1])
        );
    }
}

#[test]
fn the_whole_survey_life_cycle_runs_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let id = create(&db);
    let invites = stemme_line(
        &db,
        &format!("invites create --survey {id} --department IT --count 5"),
    );
    assert_eq!(stdout(&invites).lines().count(), 6);

    let opened = stemme(&db, &["survey", "open", &id]);
    let listed = stemme(&db, &["survey", "list"]);
    let closed = stemme(&db, &["survey", "close", &id]);
    let reopened = stemme(&db, &["survey", "open", &id]);

    assert!(opened.status.success(), "{}", stderr(&opened));
    assert!(
        stdout(&listed).contains(&format!("{id}  open")),
        "{}",
        stdout(&listed)
    );
    assert!(closed.status.success(), "{}", stderr(&closed));
    assert!(!reopened.status.success());
    assert!(
        stderr(&reopened).contains("closed"),
        "{}",
        stderr(&reopened)
    );
}

#[test]
fn mistakes_get_a_clear_message_and_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let id = create(&db);
    let existing_path = dir.path().join("existing.csv");
    std::fs::write(&existing_path, "keep me").unwrap();
    let existing = existing_path.display();
    let invites = format!("invites create --survey {id} --department");
    let cases = [
        ("survey open 0123456789ab".to_owned(), "no such survey"),
        ("survey open nonsense".to_owned(), "not a survey id"),
        (
            format!("{invites} Jura --count 5"),
            "no department called \"Jura\"",
        ),
        (format!("{invites} IT --count 0"), "between 1 and 10000"),
        (
            format!("{invites} IT --count 1 --out /nonexistent/x.csv"),
            "cannot write",
        ),
        (
            format!("{invites} IT --count 1 --out {existing}"),
            "already exists",
        ),
        (
            "survey create --title T --departments A,a".to_owned(),
            "listed twice",
        ),
        (
            "survey create --title T --departments A --min-group-size 2".to_owned(),
            "at least 3",
        ),
    ];
    for (line, expected) in cases {
        let output = stemme_line(&db, &line);
        assert!(!output.status.success(), "{line} succeeded");
        let message = stderr(&output);
        assert!(message.contains(expected), "{line}: {message}");
        assert!(stdout(&output).is_empty(), "{line} printed a result");
    }
    assert_eq!(std::fs::read_to_string(&existing_path).unwrap(), "keep me");
}

#[test]
fn a_questionnaire_that_does_not_parse_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let file = dir.path().join("q.toml");
    std::fs::write(
        &file,
        "id = \"q\"\nversion = 1\ntitle = { da = \"a\", nb = \"b\" }\n",
    )
    .unwrap();

    let output = stemme(
        &db,
        &[
            "survey",
            "create",
            "--title",
            "T",
            "--departments",
            "A",
            "--questionnaire",
            file.to_str().unwrap(),
        ],
    );

    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("q.toml"), "{message}");
    assert!(message.contains("line "), "{message}");
}

/// `stemme demo --bind` on a port of its own choosing: what it prints must
/// lead to it, and the links it makes too.
#[tokio::test]
async fn the_demo_prints_the_address_it_really_listens_on() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    // Arrange and act: the demo on a free port, its output read up to the
    // administrator's password.
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args(["demo", "--bind", "127.0.0.1:0"])
        .env_remove("STEMME_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let printed: Vec<String> = lines
        .by_ref()
        .map_while(Result::ok)
        .take_while(|line| !line.contains("password:"))
        .collect();
    // Keep reading: a demo printing into a closed pipe would stop.
    std::thread::spawn(move || lines.for_each(drop));
    let printed = printed.join("\n");
    let port: u16 = printed
        .split("listening on port ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no port in {printed}"));
    let results = printed
        .split("Sign in at ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {printed}"))
        .to_owned();
    let page = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(&results)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .map_err(|e| format!("{e:?}"));
    let _ = child.kill();
    let _ = child.wait();

    // Assert
    assert!(
        printed.contains(&format!("(public address http://localhost:{port})")),
        "{printed}"
    );
    assert!(
        results.starts_with(&format!("http://localhost:{port}/admin/surveys/")),
        "{results}"
    );
    assert_eq!(page, Ok(303), "the printed address answers, with sign-in");
}
