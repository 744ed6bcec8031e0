//! Survey data for tests: the default questionnaire, people described by
//! their answers, and a realistic company of eight departments.

use serde_json::{Value, json};

use crate::questionnaire::{Answers, DEFAULT_SOURCE, Questionnaire};
use crate::report::results::{Inputs, Results, Tally, publish};
use crate::survey::{DepartmentName, MinGroupSize};

pub use crate::questionnaire::DEFAULT_PLATFORMS as PLATFORMS;

pub fn questionnaire() -> Questionnaire {
    Questionnaire::parse(DEFAULT_SOURCE).unwrap()
}

/// One respondent, by what they answered.
#[derive(Debug, Clone)]
pub struct Person {
    pub willingness: u8,
    pub shares: &'static str,
    pub course: &'static str,
    /// Platforms used weekly; every other is "never".
    pub weekly: Vec<&'static str>,
    pub willing: Vec<&'static str>,
    pub barriers: Vec<&'static str>,
    pub motivations: Vec<&'static str>,
    /// Follower range option per weekly platform.
    pub followers: &'static str,
}

impl Person {
    pub fn new(willingness: u8) -> Person {
        Person {
            willingness,
            shares: "rarely",
            course: "maybe",
            weekly: vec!["facebook"],
            willing: Vec::new(),
            barriers: Vec::new(),
            motivations: Vec::new(),
            followers: "100_499",
        }
    }

    pub fn answers(&self, q: &Questionnaire) -> Answers {
        let mut usage = serde_json::Map::new();
        for p in PLATFORMS {
            let often = if self.weekly.contains(&p) {
                "weekly"
            } else {
                "never"
            };
            usage.insert(p.into(), Value::from(often));
        }
        let followers: serde_json::Map<String, Value> = self
            .weekly
            .iter()
            .map(|p| ((*p).to_owned(), Value::from(self.followers)))
            .collect();
        let mut value = json!({
            "platform_use": usage,
            "shares_work": self.shares,
            "willingness": self.willingness.to_string(),
            "course_interest": self.course,
            "guidelines_help": "yes",
            "barriers": self.barriers,
            "motivations": self.motivations,
        });
        if !self.willing.is_empty() {
            value["willing_platforms"] = json!(self.willing);
        }
        if !self.weekly.is_empty() {
            value["followers"] = Value::Object(followers);
        }
        q.check_answers(value.as_object().unwrap()).unwrap()
    }
}

/// A department: its name, invites made and its people.
pub struct Department {
    pub name: &'static str,
    pub invited: u64,
    pub people: Vec<Person>,
}

pub fn people(n: usize, make: impl Fn(usize) -> Person) -> Vec<Person> {
    (0..n).map(make).collect()
}

/// Jura: four people, all volunteers, who alone fear criticism, use
/// Snapchat and have 5,000 followers or more, so any trace of them in a
/// report would stand out.
pub fn jura_four(invited: u64) -> Department {
    Department {
        name: "Jura",
        invited,
        people: people(4, |_| {
            let mut p = Person::new(5);
            p.barriers = vec!["fear_criticism"];
            p.weekly = vec!["snapchat"];
            p.willing = vec!["snapchat"];
            p.followers = "5000_plus";
            p
        }),
    }
}

pub fn k(n: u32) -> MinGroupSize {
    MinGroupSize::new(n).unwrap()
}

pub fn results(departments: &[Department], min: MinGroupSize) -> Results {
    results_with(departments, min, &[])
}

pub fn results_with(
    departments: &[Department],
    min: MinGroupSize,
    company: &[(String, u64)],
) -> Results {
    let q = questionnaire();
    let responses = departments
        .iter()
        .enumerate()
        .flat_map(|(d, dep)| dep.people.iter().map(move |p| (d, p)))
        .map(|(d, p)| (d, p.answers(&q)));
    let tally = Tally::count(&q, departments.len(), responses).unwrap();
    let names: Vec<DepartmentName> = departments
        .iter()
        .map(|d| DepartmentName::parse(d.name).unwrap())
        .collect();
    let invited: Vec<u64> = departments.iter().map(|d| d.invited).collect();
    let inputs = Inputs {
        departments: &names,
        invited: &invited,
        min_group_size: min,
        company_followers: company,
    };
    publish(&q, &tally, &inputs).unwrap()
}

/// A small deterministic generator, so fixtures need no randomness.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Eight departments of unequal sizes; Jura (4) and Ledelse (3) are under k = 5.
pub fn realistic() -> Vec<Department> {
    let plan: [(&str, u64, usize, f64, [&str; 3]); 8] = [
        ("Salg", 40, 31, 0.75, ["linkedin", "facebook", "x"]),
        (
            "Marketing og kommunikation",
            22,
            18,
            0.8,
            ["instagram", "linkedin", "tiktok"],
        ),
        (
            "Kundeservice",
            35,
            24,
            0.45,
            ["facebook", "instagram", "snapchat"],
        ),
        ("HR", 12, 9, 0.6, ["linkedin", "facebook", "intranet"]),
        (
            "IT og udvikling",
            30,
            22,
            0.25,
            ["youtube", "linkedin", "blog"],
        ),
        ("Økonomi", 14, 11, 0.2, ["facebook", "intranet", "linkedin"]),
        ("Jura", 6, 4, 0.5, ["linkedin", "facebook", "x"]),
        ("Ledelse", 5, 3, 0.9, ["linkedin", "x", "facebook"]),
    ];
    let barriers = [
        "work_private_apart",
        "unsure_allowed",
        "no_time",
        "nothing_to_share",
        "fear_spamming",
        "fear_criticism",
    ];
    let motivations = [
        "mission",
        "own_profile",
        "connect_colleagues",
        "customers_candidates",
        "managers_do_it",
    ];
    let ranges = [
        "under_100",
        "100_499",
        "500_999",
        "1000_4999",
        "5000_plus",
        "dont_know",
    ];
    let mut rng = Lcg(7);
    plan.iter()
        .map(|&(name, invited, answered, keen, platforms)| {
            let people = (0..answered)
                .map(|_| {
                    let eager = rng.next() < keen;
                    let willingness = if eager {
                        4 + u8::from(rng.next() < 0.5)
                    } else {
                        1 + (rng.next() * 3.0) as u8
                    };
                    let mut p = Person::new(willingness);
                    p.shares = ["never", "rarely", "sometimes", "often"]
                        [((rng.next() + if eager { 0.8 } else { 0.0 }) * 2.2) as usize % 4];
                    p.course = if rng.next() < keen { "yes" } else { "no" };
                    p.weekly = platforms
                        .iter()
                        .copied()
                        .filter(|_| rng.next() < 0.7)
                        .collect();
                    if eager {
                        p.willing = p
                            .weekly
                            .iter()
                            .copied()
                            .filter(|_| rng.next() < 0.8)
                            .collect();
                    }
                    p.barriers = barriers
                        .iter()
                        .copied()
                        .filter(|_| rng.next() < 0.3)
                        .collect();
                    p.motivations = motivations
                        .iter()
                        .copied()
                        .filter(|_| rng.next() < 0.35)
                        .collect();
                    p.followers = ranges[(rng.next() * 6.0) as usize % 6];
                    p
                })
                .collect();
            Department {
                name,
                invited,
                people,
            }
        })
        .collect()
}
