//! Tests of the comparison: two waves of synthetic people, each published
//! with the real `publish`, then compared.

mod attacked;
mod attacker;
mod chance;
mod derived;
mod leak;
mod pilots;
mod units;

use serde_json::{Value as Json, json};

use super::{Comparison, Measure, Publication, Unit, compare};
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::report::results::{Inputs, Results, Tally, publish};
use crate::survey::follow_up::{Continues, Link};
use crate::survey::{DepartmentName, MinGroupSize};

/// One person: the yes/no answers the comparison reads.
#[derive(Debug, Clone)]
pub struct P {
    pub volunteer: bool,
    pub sharing: bool,
    pub course: bool,
    /// Platforms used weekly; every other is "never".
    pub weekly: Vec<&'static str>,
}

/// `n` people of whom the first `yes` volunteer, share, want a course and
/// use LinkedIn weekly; the rest do none of that and use Facebook.
pub fn people(n: usize, yes: usize) -> Vec<P> {
    (0..n)
        .map(|i| P {
            volunteer: i < yes,
            sharing: i < yes,
            course: i < yes,
            weekly: if i < yes {
                vec!["linkedin"]
            } else {
                vec!["facebook"]
            },
        })
        .collect()
}

pub struct Dept {
    pub name: &'static str,
    pub invited: u64,
    pub people: Vec<P>,
}

pub fn dept(name: &'static str, n: usize, yes: usize) -> Dept {
    Dept {
        name,
        invited: n as u64 + 3,
        people: people(n, yes),
    }
}

fn answers(q: &Questionnaire, p: &P) -> crate::questionnaire::Answers {
    let use_q = &q.questions[q.question_index("platform_use").expect("platform_use")];
    let usage: serde_json::Map<String, Json> = use_q
        .rows
        .iter()
        .map(|r| {
            let often = if p.weekly.contains(&r.id.as_str()) {
                "weekly"
            } else {
                "never"
            };
            (r.id.clone(), json!(often))
        })
        .collect();
    let value = json!({
        "platform_use": usage,
        "shares_work": if p.sharing { "often" } else { "never" },
        "willingness": if p.volunteer { "5" } else { "2" },
        "course_interest": if p.course { "yes" } else { "no" },
        "guidelines_help": "yes",
    });
    q.check_answers(value.as_object().expect("an object"))
        .expect("valid answers")
}

/// One wave, published.
pub struct Wave {
    pub q: Questionnaire,
    pub names: Vec<DepartmentName>,
    pub results: Results,
}

impl Wave {
    pub fn publication(&self) -> Publication<'_> {
        Publication {
            results: &self.results,
            departments: &self.names,
            questionnaire: &self.q,
        }
    }
}

pub fn questionnaire() -> Questionnaire {
    Questionnaire::parse(DEFAULT_SOURCE).expect("the default questionnaire")
}

pub fn wave_with(q: Questionnaire, departments: &[Dept], k: u32) -> Wave {
    let responses: Vec<_> = departments
        .iter()
        .enumerate()
        .flat_map(|(d, dep)| dep.people.iter().map(move |p| (d, p)))
        .map(|(d, p)| (d, answers(&q, p)))
        .collect();
    let tally = Tally::count(&q, departments.len(), responses).expect("counted");
    let names: Vec<DepartmentName> = departments
        .iter()
        .map(|d| DepartmentName::parse(d.name).expect("a name"))
        .collect();
    let invited: Vec<u64> = departments.iter().map(|d| d.invited).collect();
    let inputs = Inputs {
        departments: &names,
        invited: &invited,
        min_group_size: MinGroupSize::new(k).expect("k"),
    };
    let results = publish(&q, &tally, &inputs).expect("published");
    Wave { q, names, results }
}

pub fn wave(departments: &[Dept], k: u32) -> Wave {
    wave_with(questionnaire(), departments, k)
}

fn name(n: &str) -> DepartmentName {
    DepartmentName::parse(n).expect("a name")
}

/// A link: each follow-up department with the baseline ones it continues.
pub fn link(continues: &[(&str, &[&str])], pilots: &[&str]) -> Link {
    Link {
        departments: continues
            .iter()
            .map(|(f, bs)| Continues {
                department: name(f),
                baseline: bs.iter().map(|b| name(b)).collect(),
            })
            .collect(),
        pilots: pilots.iter().map(|p| name(p)).collect(),
    }
}

pub fn compared(baseline: &Wave, follow_up: &Wave, link: &Link) -> Comparison {
    compare(
        baseline.publication(),
        follow_up.publication(),
        link,
        Vec::new(),
    )
}

/// Where a measure sits in the comparison's list.
pub fn at(c: &Comparison, measure: &Measure) -> usize {
    c.measures
        .iter()
        .position(|m| &m.measure == measure)
        .expect("the measure is compared")
}

/// The unit whose follow-up departments are these.
pub fn unit<'c>(c: &'c Comparison, follow_up: &[&str]) -> &'c Unit {
    c.units
        .iter()
        .find(|u| u.follow_up == follow_up)
        .unwrap_or_else(|| panic!("no unit {follow_up:?} in {:#?}", c.units))
}
