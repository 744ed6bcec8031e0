//! A company whose every answer the test knows: eight departments of 40,
//! 23, 11, 6, 5, 4, 3 and 0 respondents, with the profiles that break
//! reports (everyone alike, all but one alike, nobody on a platform so every
//! follow-up is skipped), each person's answers as the browser sends them.

use serde_json::{Map, Value, json};

pub const PLATFORMS: [&str; 9] = [
    "linkedin",
    "facebook",
    "instagram",
    "x",
    "tiktok",
    "youtube",
    "snapchat",
    "blog",
    "intranet",
];
const FREQUENCY: [&str; 4] = ["never", "monthly", "weekly", "daily"];
const PURPOSE: [&str; 3] = ["private", "mixed", "professional"];
const SHARES: [&str; 4] = ["never", "rarely", "sometimes", "often"];
const COURSE: [&str; 3] = ["yes", "maybe", "no"];
const GUIDELINES: [&str; 3] = ["yes", "somewhat", "no"];
const BARRIERS: [&str; 7] = [
    "work_private_apart",
    "unsure_allowed",
    "no_time",
    "nothing_to_share",
    "fear_spamming",
    "fear_criticism",
    "other",
];
const MOTIVATIONS: [&str; 5] = [
    "mission",
    "own_profile",
    "connect_colleagues",
    "customers_candidates",
    "managers_do_it",
];
const FOLLOWERS: [&str; 6] = [
    "under_100",
    "100_499",
    "500_999",
    "1000_4999",
    "5000_plus",
    "dont_know",
];

/// A small deterministic generator: the same company every run.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// One person's answers, as JSON the API takes.
pub fn random_person(rng: &mut Lcg, uses_platforms: bool) -> Value {
    let mut use_ = Map::new();
    let mut purpose = Map::new();
    let mut followers = Map::new();
    let mut used = Vec::new();
    for p in PLATFORMS {
        let f = if uses_platforms { rng.below(4) } else { 0 };
        use_.insert(p.into(), json!(FREQUENCY[f]));
        if f > 0 {
            used.push(p);
            if rng.chance(80) {
                purpose.insert(p.into(), json!(PURPOSE[rng.below(3)]));
            }
            if p != "intranet" && rng.chance(75) {
                followers.insert(p.into(), json!(FOLLOWERS[rng.below(6)]));
            }
        }
    }
    let willingness = 1 + rng.below(5);
    let mut v = json!({
        "platform_use": use_,
        "shares_work": SHARES[rng.below(4)],
        "willingness": willingness.to_string(),
        "course_interest": COURSE[rng.below(3)],
        "guidelines_help": GUIDELINES[rng.below(3)],
    });
    if !purpose.is_empty() {
        v["platform_purpose"] = Value::Object(purpose);
    }
    if !followers.is_empty() {
        v["followers"] = Value::Object(followers);
    }
    if willingness >= 4 && rng.chance(85) {
        let willing: Vec<&str> = used.iter().copied().filter(|_| rng.chance(60)).collect();
        v["willing_platforms"] = if willing.is_empty() {
            json!(["none"])
        } else {
            json!(willing)
        };
    }
    match rng.below(10) {
        0 => {}
        1 => v["barriers"] = json!(["nothing"]),
        _ => {
            let chosen: Vec<&str> = BARRIERS
                .iter()
                .copied()
                .filter(|_| rng.chance(30))
                .collect();
            v["barriers"] = json!(chosen);
        }
    }
    match rng.below(8) {
        0 => {}
        1 => v["motivations"] = json!(["none"]),
        _ => {
            let chosen: Vec<&str> = MOTIVATIONS
                .iter()
                .copied()
                .filter(|_| rng.chance(35))
                .collect();
            v["motivations"] = json!(chosen);
        }
    }
    v
}

/// A department: its name, the invites made, and each person's answers.
pub struct Department {
    pub name: &'static str,
    pub invited: u32,
    pub people: Vec<Value>,
}

/// The company. `alike` makes a group where everyone answered the same;
/// `all_but_one` the same with one exception.
pub fn company() -> Vec<Department> {
    let mut rng = Lcg::new(20);
    let mut random = |n: usize, uses: bool| -> Vec<Value> {
        (0..n).map(|_| random_person(&mut rng, uses)).collect()
    };
    let mut one = Lcg::new(7);
    let alike = random_person(&mut one, true);
    let other = random_person(&mut one, true);
    let idle = random_person(&mut one, false);
    let all_but_one = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|i| if i == 0 { other.clone() } else { alike.clone() })
            .collect()
    };
    let mut kundeservice = random(7, true);
    // Four who use no platform at all: every follow-up skipped.
    kundeservice.extend((0..4).map(|_| idle.clone()));
    vec![
        Department {
            name: "Salg",
            invited: 44,
            people: random(40, true),
        },
        Department {
            name: "Marketing",
            invited: 25,
            people: all_but_one(23),
        },
        Department {
            name: "Kundeservice",
            invited: 13,
            people: kundeservice,
        },
        Department {
            name: "HR",
            invited: 7,
            people: vec![alike.clone(); 6],
        },
        Department {
            name: "IT",
            invited: 6,
            people: all_but_one(5),
        },
        Department {
            name: "Jura",
            invited: 5,
            people: random(4, true),
        },
        Department {
            name: "Ledelse",
            invited: 5,
            people: vec![alike.clone(); 3],
        },
        Department {
            name: "Kantine",
            invited: 6,
            people: Vec::new(),
        },
    ]
}
