//! Random small surveys, published, then attacked by the exhaustive
//! attacker (`attacker.rs`, written apart from the audit): no protected
//! count may come out with one possible value, and no band may lose an end.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::attacker::attack;
use crate::questionnaire::Questionnaire;
use crate::report::figures::{Cell, Count};
use crate::report::results::{Inputs, Tally, publish};
use crate::survey::{DepartmentName, MinGroupSize};

/// A questionnaire of independent blocks, small enough to enumerate: two
/// platforms with a follow-up each, a multiple choice with "none", a
/// single choice.
const TINY: &str = r#"
id = "tiny"
version = 1
title = { da = "Lille", nb = "Liten", en = "Tiny" }
intro = { da = "Intro", nb = "Intro", en = "Intro" }

[[questions]]
id = "use"
kind = "matrix"
required = true
text = { da = "Brug", nb = "Bruk", en = "Use" }
rows = [
  { id = "a", text = { da = "A", nb = "A", en = "A" } },
  { id = "b", text = { da = "B", nb = "B", en = "B" } },
]
options = [
  { id = "never", text = { da = "Aldrig", nb = "Aldri", en = "Never" } },
  { id = "often", text = { da = "Ofte", nb = "Ofte", en = "Often" } },
]

[[questions]]
id = "purpose"
kind = "matrix"
text = { da = "Formål", nb = "Formål", en = "Purpose" }
follows = { question = "use", except = ["never"] }
rows = [
  { id = "a", text = { da = "A", nb = "A", en = "A" } },
  { id = "b", text = { da = "B", nb = "B", en = "B" } },
]
options = [
  { id = "private", text = { da = "Privat", nb = "Privat", en = "Private" } },
  { id = "work", text = { da = "Arbejde", nb = "Jobb", en = "Work" } },
]

[[questions]]
id = "barriers"
kind = "multiple"
text = { da = "Barrierer", nb = "Barrierer", en = "Barriers" }
options = [
  { id = "x", text = { da = "X", nb = "X", en = "X" } },
  { id = "y", text = { da = "Y", nb = "Y", en = "Y" } },
  { id = "none", exclusive = true, text = { da = "Ingen", nb = "Ingen", en = "None" } },
]

[[questions]]
id = "mood"
kind = "single"
required = true
text = { da = "Humør", nb = "Humør", en = "Mood" }
options = [
  { id = "low", text = { da = "Lavt", nb = "Lavt", en = "Low" } },
  { id = "high", text = { da = "Højt", nb = "Høyt", en = "High" } },
]
"#;

/// One person: use of A and B (0 never, 1 often), purpose of each used
/// platform if answered (0 private, 1 work, 2 skipped), barriers (a bit
/// set, 4 = "none", 8 = skipped), mood.
#[derive(Debug, Clone, Copy)]
struct Person {
    use_: [u8; 2],
    purpose: [u8; 2],
    barriers: u8,
    mood: u8,
}

impl Person {
    fn answers(&self) -> Value {
        let ids = ["a", "b"];
        let uses: serde_json::Map<String, Value> = (0..2)
            .map(|p| {
                (
                    ids[p].to_owned(),
                    json!(["never", "often"][usize::from(self.use_[p])]),
                )
            })
            .collect();
        let purposes: serde_json::Map<String, Value> = (0..2)
            .filter(|&p| self.use_[p] == 1 && self.purpose[p] < 2)
            .map(|p| {
                (
                    ids[p].to_owned(),
                    json!(["private", "work"][usize::from(self.purpose[p])]),
                )
            })
            .collect();
        let mood = ["low", "high"][usize::from(self.mood)];
        let mut v = json!({ "use": uses, "mood": mood });
        if !purposes.is_empty() {
            v["purpose"] = Value::Object(purposes);
        }
        match self.barriers {
            8 => {}
            4 => v["barriers"] = json!(["none"]),
            bits => {
                let chosen: Vec<&str> = [(1, "x"), (2, "y")]
                    .iter()
                    .filter(|(b, _)| bits & b != 0)
                    .map(|(_, id)| *id)
                    .collect();
                v["barriers"] = json!(chosen);
            }
        }
        v
    }
}

fn person() -> impl Strategy<Value = Person> {
    (
        [0u8..2, 0u8..2],
        [0u8..3, 0u8..3],
        prop_oneof![Just(8u8), Just(4u8), 0u8..4],
        0u8..2,
    )
        .prop_map(|(use_, purpose, barriers, mood)| Person {
            use_,
            purpose,
            barriers,
            mood,
        })
}

/// A department: everyone alike, all but one alike, or anyone.
fn department() -> impl Strategy<Value = Vec<Person>> {
    (
        0usize..=7,
        person(),
        person(),
        prop::collection::vec(person(), 7),
        0u8..3,
    )
        .prop_map(|(n, a, b, any, profile)| match profile {
            0 => vec![a; n],
            1 => (0..n).map(|i| if i == 0 { b } else { a }).collect(),
            _ => any.into_iter().take(n).collect(),
        })
}

struct Published {
    q: Questionnaire,
    results: crate::report::results::Results,
    respondents: Vec<u64>,
    truth: Vec<Vec<Vec<Vec<u64>>>>,
}

fn published(departments: &[Vec<Person>], k: u32) -> Published {
    let q = Questionnaire::parse(TINY).expect("the tiny questionnaire");
    let responses: Vec<(usize, crate::questionnaire::Answers)> = departments
        .iter()
        .enumerate()
        .flat_map(|(d, people)| people.iter().map(move |p| (d, p.answers())))
        .map(|(d, v)| {
            (
                d,
                q.check_answers(v.as_object().expect("an object"))
                    .expect("valid answers"),
            )
        })
        .collect();
    let tally = Tally::count(&q, departments.len(), responses).expect("counted");
    let names: Vec<DepartmentName> = (0..departments.len())
        .map(|d| DepartmentName::parse(&format!("d{d}")).expect("a name"))
        .collect();
    let invited: Vec<u64> = departments.iter().map(|p| p.len() as u64 + 2).collect();
    let inputs = Inputs {
        departments: &names,
        invited: &invited,
        min_group_size: MinGroupSize::new(k).expect("k"),
    };
    let results = publish(&q, &tally, &inputs).expect("published");
    // The true vectors per department and block, from the tally.
    let layout = &tally.layout;
    let run = |d: usize, q: usize, r: usize| tally.departments[d].all[layout.run(q, r)].to_vec();
    let truth: Vec<Vec<Vec<Vec<u64>>>> = (0..departments.len())
        .map(|d| {
            vec![
                vec![run(d, 0, 0), run(d, 1, 0)],
                vec![run(d, 0, 1), run(d, 1, 1)],
                vec![run(d, 2, 0)],
                vec![run(d, 3, 0)],
            ]
        })
        .collect();
    let respondents: Vec<u64> = tally.departments.iter().map(|c| c.respondents).collect();
    Published {
        q,
        results,
        respondents,
        truth,
    }
}

fn check(departments: &[Vec<Person>], k: u32) -> Result<(), TestCaseError> {
    let p = published(departments, k);
    prop_assert!(p.results.audit.settled);
    let found = attack(&p.q, &p.results, &p.respondents, &p.truth, u64::from(k));
    prop_assert!(
        found.leaks.is_empty(),
        "{:#?}\n{departments:?}",
        found.leaks
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_protected_count_of_a_small_survey_can_be_pinned_by_an_exhaustive_attacker(
        departments in prop::collection::vec(department(), 2..=3),
        k in 3u32..=4,
    ) {
        check(&departments, k)?;
    }
}

#[test]
fn the_attacker_finds_the_follow_up_leak_the_audit_closes() {
    // Five people who all use A and all say what for: "never" on A is the
    // band "almost none", and a follow-up answered by five would pin it to
    // 0. Published through the audit, the attacker finds nothing; with the
    // follow-up put back as the rules alone would show it, it finds the leak.
    let a = Person {
        use_: [1, 0],
        purpose: [0, 2],
        barriers: 8,
        mood: 1,
    };
    let b = Person {
        use_: [0, 1],
        purpose: [2, 1],
        barriers: 1,
        mood: 0,
    };
    let departments = [vec![a; 5], vec![b; 9]];
    check(&departments, 5).expect("no leak after the audit");
    let mut p = published(&departments, 5);
    let follow_up = &mut p.results.questions[1].tables[0].groups[0];
    follow_up.answered = Count::exact(5);
    follow_up.cells = vec![Cell::exact(5, 5), Cell::exact(0, 5)];
    let found = attack(&p.q, &p.results, &p.respondents, &p.truth, 5);
    assert!(
        found.leaks.iter().any(|l| l.contains("band narrowed")),
        "{:#?}",
        found.leaks
    );
}
