//! Two waves of a company whose every answer the test knows. The baseline
//! asks version 1 of the built-in questionnaire, which had no Snapchat row;
//! the follow-up asks the built-in version 2. Between them: Marketing is
//! renamed, IT and Drift merged, Jura and Direktion (pooled in the
//! baseline, too small apart) grew to be shown each on its own, Lager was
//! dropped, Kundeservice is new, Kantine answered only in the follow-up,
//! Produktion stayed as it was;
//! and in the pilot departments (Salg, Marketing) people grew into the
//! programme: more volunteer and already share.

use serde_json::{Value, json};
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};

use crate::truth::people::{Department, Lcg, random_person};

/// Version 1: the built-in questionnaire without its Snapchat row.
pub fn baseline_questionnaire() -> Questionnaire {
    let source: String = DEFAULT_SOURCE
        .replacen("version = 2", "version = 1", 1)
        .lines()
        .filter(|l| !l.contains("\"snapchat\"") && !l.starts_with("snapchat ="))
        .collect::<Vec<_>>()
        .join("\n");
    Questionnaire::parse(&source).expect("version 1 parses")
}

pub fn follow_up_questionnaire() -> Questionnaire {
    Questionnaire::parse(DEFAULT_SOURCE).expect("the built-in questionnaire")
}

/// A person of the baseline: no Snapchat anywhere in their answers.
fn without_snapchat(mut person: Value) -> Value {
    for q in ["platform_use", "platform_purpose", "followers"] {
        if let Some(map) = person.get_mut(q).and_then(Value::as_object_mut) {
            map.remove("snapchat");
        }
    }
    if let Some(list) = person
        .get_mut("willing_platforms")
        .and_then(Value::as_array_mut)
    {
        list.retain(|p| p != "snapchat");
        if list.is_empty() {
            list.push(json!("none"));
        }
    }
    person
}

/// Someone who grew into the programme: would volunteer, and shares.
fn grown(mut person: Value) -> Value {
    person["willingness"] = json!("5");
    person["shares_work"] = json!("often");
    person
}

fn people(rng: &mut Lcg, n: usize) -> Vec<Value> {
    (0..n).map(|_| random_person(rng, true)).collect()
}

fn department(name: &'static str, invited: u32, people: Vec<Value>) -> Department {
    Department {
        name,
        invited,
        people,
    }
}

pub fn baseline() -> Vec<Department> {
    let mut rng = Lcg::new(2026);
    let mut wave = |n| -> Vec<Value> {
        people(&mut rng, n)
            .into_iter()
            .map(without_snapchat)
            .collect()
    };
    vec![
        department("Salg", 24, wave(20)),
        department("Marketing", 14, wave(12)),
        department("IT", 9, wave(8)),
        department("Drift", 8, wave(7)),
        department("Jura", 5, wave(3)),
        department("Direktion", 5, wave(2)),
        department("Produktion", 34, wave(30)),
        department("Lager", 12, wave(10)),
        department("Kantine", 6, Vec::new()),
    ]
}

/// The same people six months on, with the same answers (the new
/// questionnaire's Snapchat row answered "never"), and `more` new ones.
fn same_people(baseline: &[Department], names: &[&str], more: usize, rng: &mut Lcg) -> Vec<Value> {
    let mut out: Vec<Value> = baseline
        .iter()
        .filter(|d| names.contains(&d.name))
        .flat_map(|d| d.people.iter().cloned())
        .map(|mut p| {
            p["platform_use"]["snapchat"] = json!("never");
            p
        })
        .collect();
    out.extend(people(rng, more));
    out
}

/// The follow-up: pilots grown, others the same people with the same
/// answers (so the rest did not move), new departments new people.
pub fn follow_up(baseline: &[Department]) -> Vec<Department> {
    let mut rng = Lcg::new(2027);
    // Two of every three in a pilot department grew into the programme.
    let mut pilot = |n| -> Vec<Value> {
        people(&mut rng, n)
            .into_iter()
            .enumerate()
            .map(|(i, p)| if i % 3 == 2 { p } else { grown(p) })
            .collect()
    };
    let salg = pilot(22);
    let marketing = pilot(13);
    let mut others = Lcg::new(2028);
    let it = same_people(baseline, &["IT", "Drift"], 1, &mut others);
    let produktion = same_people(baseline, &["Produktion"], 1, &mut others);
    let mut wave = |n| people(&mut others, n);
    vec![
        department("Salg", 24, salg),
        department("Marketing og PR", 14, marketing),
        department("IT og drift", 17, it),
        department("Jura", 7, wave(6)),
        department("Direktion", 6, wave(5)),
        department("Produktion", 33, produktion),
        department("Kantine", 6, wave(5)),
        department("Kundeservice", 10, wave(9)),
    ]
}

/// Which baseline departments each follow-up department continues.
pub const LINK: [(&str, &[&str]); 8] = [
    ("Salg", &["Salg"]),
    ("Marketing og PR", &["Marketing"]),
    ("IT og drift", &["IT", "Drift"]),
    ("Jura", &["Jura"]),
    ("Direktion", &["Direktion"]),
    ("Produktion", &["Produktion"]),
    ("Kantine", &["Kantine"]),
    ("Kundeservice", &[]),
];

pub const PILOTS: [&str; 2] = ["Salg", "Marketing"];
