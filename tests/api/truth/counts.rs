//! The ground truth, counted by this test from the answers it sent, with
//! the formulas of docs/readiness.md; and what each published form allows.
//! Nothing here calls the code that publishes.

use std::collections::HashMap;

use serde_json::Value;
use stemme::questionnaire::{DEFAULT_SOURCE, Kind, Questionnaire};

use super::people::Department;

/// `[answered, option counts…]` of one question (or matrix row).
pub type Run = Vec<u64>;

/// Per (question id, row id or ""), a department's run, for everyone and
/// for the volunteers (willingness 4 or 5).
#[derive(Default, Clone)]
pub struct Counts {
    pub respondents: u64,
    pub all: HashMap<(String, String), Run>,
    pub volunteers: HashMap<(String, String), Run>,
    /// Per platform: volunteers willing to share there who gave a follower
    /// range with a count, and the sum of those counts.
    pub reach: HashMap<String, (u64, f64)>,
}

pub fn questionnaire() -> Questionnaire {
    Questionnaire::parse(DEFAULT_SOURCE).expect("the built-in questionnaire")
}

fn add(
    runs: &mut HashMap<(String, String), Run>,
    q: &str,
    row: &str,
    width: usize,
    option: Option<usize>,
) {
    let run = runs
        .entry((q.to_owned(), row.to_owned()))
        .or_insert_with(|| vec![0; width + 1]);
    if let Some(o) = option {
        run[1 + o] += 1;
    }
}

fn count_person(q: &Questionnaire, answers: &Value, runs: &mut HashMap<(String, String), Run>) {
    for question in &q.questions {
        let Some(answer) = answers.get(&question.id) else {
            continue;
        };
        let width = question.options.len();
        let index = |id: &str| {
            question
                .options
                .iter()
                .position(|o| o.id == id)
                .expect("an option")
        };
        match question.kind {
            Kind::Single | Kind::Scale => {
                add(runs, &question.id, "", width, None);
                runs.get_mut(&(question.id.clone(), String::new()))
                    .expect("a run")[0] += 1;
                add(
                    runs,
                    &question.id,
                    "",
                    width,
                    Some(index(answer.as_str().expect("an id"))),
                );
            }
            Kind::Multiple => {
                add(runs, &question.id, "", width, None);
                runs.get_mut(&(question.id.clone(), String::new()))
                    .expect("a run")[0] += 1;
                for o in answer.as_array().expect("a list") {
                    add(
                        runs,
                        &question.id,
                        "",
                        width,
                        Some(index(o.as_str().expect("an id"))),
                    );
                }
            }
            Kind::Matrix => {
                for (row, o) in answer.as_object().expect("rows") {
                    add(runs, &question.id, row, width, None);
                    runs.get_mut(&(question.id.clone(), row.clone()))
                        .expect("a run")[0] += 1;
                    add(
                        runs,
                        &question.id,
                        row,
                        width,
                        Some(index(o.as_str().expect("an id"))),
                    );
                }
            }
        }
    }
}

pub fn is_volunteer(answers: &Value) -> bool {
    answers["willingness"]
        .as_str()
        .is_some_and(|w| w == "4" || w == "5")
}

/// The counts of one department.
pub fn count(q: &Questionnaire, department: &Department) -> Counts {
    let mut c = Counts {
        respondents: department.people.len() as u64,
        ..Counts::default()
    };
    let followers = q
        .questions
        .iter()
        .find(|x| x.id == "followers")
        .expect("followers");
    for person in &department.people {
        count_person(q, person, &mut c.all);
        if is_volunteer(person) {
            count_person(q, person, &mut c.volunteers);
            let willing: Vec<&str> = person["willing_platforms"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for (platform, range) in person["followers"].as_object().into_iter().flatten() {
                let value = followers
                    .options
                    .iter()
                    .find(|o| Some(o.id.as_str()) == range.as_str())
                    .and_then(|o| o.value);
                if let (true, Some(v)) = (willing.contains(&platform.as_str()), value) {
                    let e = c.reach.entry(platform.clone()).or_insert((0, 0.0));
                    e.0 += 1;
                    e.1 += v;
                }
            }
        }
    }
    c
}

/// The sum of several departments' runs of one (question, row).
pub fn sum(counts: &[&Counts], key: &(String, String), width: usize, volunteers: bool) -> Run {
    let mut run = vec![0; width + 1];
    for c in counts {
        let map = if volunteers { &c.volunteers } else { &c.all };
        if let Some(r) = map.get(key) {
            for (s, x) in run.iter_mut().zip(r) {
                *s += x;
            }
        }
    }
    run
}

/// Whether a published count (`results.json`'s form) allows `x`.
pub fn count_allows(published: &Value, x: u64) -> bool {
    match published["kind"].as_str() {
        Some("exact") => published["value"].as_u64() == Some(x),
        Some("rounded") => {
            let (lo, hi) = (
                published["low"].as_u64().expect("low"),
                published["high"].as_u64().expect("high"),
            );
            (lo..=hi).contains(&x)
        }
        Some("hidden") => true,
        other => panic!("a count of kind {other:?}"),
    }
}

/// Whether a published cell allows `count` of `answered`.
pub fn cell_allows(published: &Value, count: u64, answered: u64) -> bool {
    match published["kind"].as_str() {
        Some("exact") => {
            let share = published["share"].as_f64().expect("share");
            let true_share = if answered == 0 {
                0.0
            } else {
                count as f64 / answered as f64
            };
            published["count"].as_u64() == Some(count) && (share - true_share).abs() < 1e-9
        }
        Some("rounded") => {
            // Half up: p − step/2 ≤ 100·count/answered < p + step/2, in
            // whole numbers (docs/readiness.md).
            let p = (published["share"].as_f64().expect("share") * 100.0).round() as i64;
            let step = (published["step"].as_f64().expect("step") * 100.0).round() as i64;
            let (c, a) = (count as i64, answered as i64);
            a > 0
                && 200 * c >= (2 * p - step) * a
                && (200 * c < (2 * p + step) * a || (p == 100 && c == a))
        }
        Some("almost_all") => count + 1 >= answered && count <= answered,
        Some("almost_none") => count <= 1,
        Some("hidden") => true,
        other => panic!("a cell of kind {other:?}"),
    }
}

/// Two significant digits, half up, at the sum's own base.
pub fn two_digits(sum: u64) -> (u64, u64) {
    let mut base = 1;
    while sum >= 100 * base {
        base *= 10;
    }
    ((2 * sum + base) / (2 * base) * base, base)
}
