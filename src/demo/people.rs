//! Synthetic employees for `stemme demo`: eight departments of unequal
//! sizes (two under the minimum group size, so pooling shows), each with
//! habits of its own, so the results differ as they would in a company.

mod later;

use rand::RngExt;
use rand::rngs::StdRng;
use serde_json::{Map, Value, json};

use crate::questionnaire::DEFAULT_PLATFORMS;

/// A department of the demo company and how its people tend to answer.
#[derive(Clone, Copy)]
pub struct Profile {
    pub name: &'static str,
    pub invited: u32,
    pub answering: u32,
    /// Weekly-or-more chance per platform, in the questionnaire's row order:
    /// LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Snapchat, blog, intranet.
    use_weekly: [f64; 9],
    /// Chance of using a platform at all (monthly) when not weekly.
    use_monthly: f64,
    /// Willingness 1–5 weights.
    willingness: [u32; 5],
    /// Chance of already sharing work at least sometimes.
    sharing: f64,
    /// Most likely barrier ids.
    barriers: &'static [&'static str],
    /// Most likely motivation ids.
    motivations: &'static [&'static str],
    /// Typical follower range index (0 = under 100 … 4 = 5000+).
    followers: usize,
}

pub const COMPANY: [Profile; 8] = [
    Profile {
        name: "Salg",
        invited: 96,
        answering: 78,
        use_weekly: [0.85, 0.6, 0.35, 0.2, 0.1, 0.3, 0.1, 0.05, 0.7],
        use_monthly: 0.3,
        willingness: [2, 4, 8, 14, 10],
        sharing: 0.6,
        barriers: &["no_time", "fear_spamming", "unsure_allowed"],
        motivations: &["customers_candidates", "own_profile", "mission"],
        followers: 3,
    },
    Profile {
        name: "Marketing og kommunikation",
        invited: 44,
        answering: 39,
        use_weekly: [0.8, 0.7, 0.8, 0.35, 0.4, 0.5, 0.3, 0.2, 0.8],
        use_monthly: 0.4,
        willingness: [1, 2, 5, 12, 14],
        sharing: 0.8,
        barriers: &["fear_spamming", "no_time"],
        motivations: &["mission", "own_profile", "connect_colleagues"],
        followers: 3,
    },
    Profile {
        name: "Kundeservice",
        invited: 110,
        answering: 82,
        use_weekly: [0.2, 0.8, 0.5, 0.05, 0.3, 0.4, 0.35, 0.02, 0.6],
        use_monthly: 0.3,
        willingness: [8, 10, 12, 7, 3],
        sharing: 0.3,
        barriers: &["work_private_apart", "unsure_allowed", "fear_criticism"],
        motivations: &["connect_colleagues", "managers_do_it"],
        followers: 2,
    },
    Profile {
        name: "Økonomi",
        invited: 40,
        answering: 33,
        use_weekly: [0.6, 0.5, 0.2, 0.1, 0.02, 0.2, 0.05, 0.0, 0.7],
        use_monthly: 0.25,
        willingness: [6, 9, 8, 4, 2],
        sharing: 0.2,
        barriers: &["nothing_to_share", "unsure_allowed", "work_private_apart"],
        motivations: &["own_profile", "managers_do_it"],
        followers: 1,
    },
    Profile {
        name: "IT og udvikling",
        invited: 52,
        answering: 41,
        use_weekly: [0.7, 0.3, 0.15, 0.45, 0.1, 0.75, 0.05, 0.25, 0.6],
        use_monthly: 0.35,
        willingness: [5, 7, 10, 9, 5],
        sharing: 0.35,
        barriers: &["nothing_to_share", "no_time"],
        motivations: &["own_profile", "customers_candidates"],
        followers: 2,
    },
    Profile {
        name: "Lager og logistik",
        invited: 88,
        answering: 55,
        use_weekly: [0.1, 0.75, 0.4, 0.05, 0.35, 0.5, 0.4, 0.0, 0.3],
        use_monthly: 0.2,
        willingness: [14, 12, 9, 4, 2],
        sharing: 0.15,
        barriers: &["work_private_apart", "nothing_to_share", "unsure_allowed"],
        motivations: &["connect_colleagues", "managers_do_it"],
        followers: 1,
    },
    Profile {
        name: "Jura",
        invited: 6,
        answering: 4,
        use_weekly: [0.9, 0.3, 0.1, 0.2, 0.0, 0.1, 0.0, 0.0, 0.8],
        use_monthly: 0.2,
        willingness: [2, 1, 1, 0, 0],
        sharing: 0.25,
        barriers: &["unsure_allowed", "work_private_apart"],
        motivations: &["own_profile"],
        followers: 2,
    },
    Profile {
        name: "Direktion",
        invited: 5,
        answering: 3,
        use_weekly: [1.0, 0.5, 0.2, 0.4, 0.0, 0.1, 0.0, 0.1, 0.9],
        use_monthly: 0.5,
        // The managers all volunteer (they go first, as the articles advise):
        // pooled with Jura, 3 of 7 is a share the results can show exactly,
        // so the demo shows volunteers against the rest.
        willingness: [0, 0, 0, 2, 1],
        sharing: 0.7,
        barriers: &["no_time"],
        motivations: &["mission", "customers_candidates"],
        followers: 4,
    },
];

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from[rng.random_range(0..from.len())]
}

fn weighted(rng: &mut StdRng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum::<u32>().max(1);
    let mut roll = rng.random_range(0..total);
    for (i, w) in weights.iter().enumerate() {
        if roll < *w {
            return i;
        }
        roll -= w;
    }
    0
}

impl Profile {
    /// One person's answers to the default questionnaire.
    pub fn answers(&self, rng: &mut StdRng) -> Map<String, Value> {
        let mut use_ = Map::new();
        let mut used = Vec::new();
        for (i, platform) in DEFAULT_PLATFORMS.iter().enumerate() {
            let frequency = if rng.random_bool(self.use_weekly[i]) {
                if rng.random_bool(0.5) {
                    "daily"
                } else {
                    "weekly"
                }
            } else if rng.random_bool(self.use_monthly) {
                "monthly"
            } else {
                "never"
            };
            if frequency != "never" {
                used.push(*platform);
            }
            use_.insert((*platform).to_owned(), json!(frequency));
        }
        let willingness = weighted(rng, &self.willingness) + 1;
        let sharing = if rng.random_bool(self.sharing) {
            pick(rng, &["sometimes", "often", "sometimes"])
        } else {
            pick(rng, &["never", "rarely"])
        };
        let purpose: Map<String, Value> = used
            .iter()
            .map(|p| {
                let purpose = if *p == "linkedin" {
                    "professional"
                } else {
                    pick(rng, &["private", "private", "mixed"])
                };
                ((*p).to_owned(), json!(purpose))
            })
            .collect();
        let willing: Vec<&str> = if willingness >= 4 {
            used.iter()
                .copied()
                .filter(|_| rng.random_bool(0.6))
                .collect()
        } else {
            Vec::new()
        };
        let willing = if willing.is_empty() && willingness < 3 {
            vec!["none"]
        } else {
            willing
        };
        let ranges = ["under_100", "100_499", "500_999", "1000_4999", "5000_plus"];
        // Not the intranet: it reaches nobody outside the company, and the
        // built-in questionnaire does not ask.
        let followers: Map<String, Value> = used
            .iter()
            .filter(|p| **p != "intranet")
            .map(|p| {
                let i = (self.followers + rng.random_range(0..3))
                    .saturating_sub(1)
                    .min(4);
                let range = if rng.random_bool(0.1) {
                    "dont_know"
                } else {
                    ranges[i]
                };
                ((*p).to_owned(), json!(range))
            })
            .collect();
        let barriers: Vec<&str> = if rng.random_bool(0.15) {
            vec!["nothing"]
        } else {
            let mut b = vec![pick(rng, self.barriers)];
            if rng.random_bool(0.4) {
                let other = pick(rng, self.barriers);
                if !b.contains(&other) {
                    b.push(other);
                }
            }
            b
        };
        let mut motivations = vec![pick(rng, self.motivations)];
        if rng.random_bool(0.3) {
            let other = pick(rng, self.motivations);
            if !motivations.contains(&other) {
                motivations.push(other);
            }
        }
        let course = if willingness >= 4 {
            pick(rng, &["yes", "yes", "maybe"])
        } else {
            pick(rng, &["maybe", "no", "no"])
        };
        let guidelines = pick(rng, &["yes", "yes", "somewhat", "no"]);
        let mut answers = Map::new();
        answers.insert("platform_use".into(), Value::Object(use_));
        answers.insert("platform_purpose".into(), Value::Object(purpose));
        answers.insert("shares_work".into(), json!(sharing));
        answers.insert("willingness".into(), json!(willingness.to_string()));
        answers.insert("willing_platforms".into(), json!(willing));
        answers.insert("course_interest".into(), json!(course));
        answers.insert("guidelines_help".into(), json!(guidelines));
        answers.insert("barriers".into(), json!(barriers));
        answers.insert("motivations".into(), json!(motivations));
        answers.insert("followers".into(), Value::Object(followers));
        answers
    }
}
