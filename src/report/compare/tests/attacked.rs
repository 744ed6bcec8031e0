//! Pairs of random small waves, linked by a random link, both published,
//! then compared; the pair attacker (`attacker.rs`) enumerates both waves'
//! tables against both publications and every number of the comparison.
//! Nothing it finds may be narrower than what the publications alone give,
//! no protected count may have one value, and no band may lose an end.

use proptest::prelude::*;
use serde_json::json;

use super::attacker::{Seen, attack, blocks};
use crate::questionnaire::Questionnaire;
use crate::report::compare::{Comparison, Publication, compare};
use crate::report::results::{Inputs, Results, Tally, publish};
use crate::survey::follow_up::{Continues, Link};
use crate::survey::{DepartmentName, MinGroupSize};

/// The smallest questionnaire with a readiness section: two platforms,
/// yes/no for sharing and the course, the 1–5 willingness scale, and the
/// optional questions the section needs.
pub const TINY: &str = r#"
id = "tiny-readiness"
version = 1
title = { da = "Lille", nb = "Liten", en = "Tiny" }
intro = { da = "Intro", nb = "Intro", en = "Intro" }

[[questions]]
id = "platform_use"
kind = "matrix"
required = true
text = { da = "Brug", nb = "Bruk", en = "Use" }
rows = [
  { id = "a", text = { da = "A", nb = "A", en = "A" } },
  { id = "b", text = { da = "B", nb = "B", en = "B" } },
]
options = [
  { id = "never", text = { da = "Aldrig", nb = "Aldri", en = "Never" } },
  { id = "weekly", text = { da = "Ugentligt", nb = "Ukentlig", en = "Weekly" } },
]

[[questions]]
id = "shares_work"
kind = "single"
required = true
text = { da = "Deler", nb = "Deler", en = "Shares" }
options = [
  { id = "no", text = { da = "Nej", nb = "Nei", en = "No" } },
  { id = "yes", text = { da = "Ja", nb = "Ja", en = "Yes" } },
]

[[questions]]
id = "willingness"
kind = "scale"
required = true
text = { da = "Lyst", nb = "Lyst", en = "Willing" }
options = [
  { id = "1", value = 1, text = { da = "1", nb = "1", en = "1" } },
  { id = "2", value = 2, text = { da = "2", nb = "2", en = "2" } },
  { id = "3", value = 3, text = { da = "3", nb = "3", en = "3" } },
  { id = "4", value = 4, text = { da = "4", nb = "4", en = "4" } },
  { id = "5", value = 5, text = { da = "5", nb = "5", en = "5" } },
]

[[questions]]
id = "willing_platforms"
kind = "multiple"
text = { da = "Hvor", nb = "Hvor", en = "Where" }
options = [
  { id = "a", text = { da = "A", nb = "A", en = "A" } },
  { id = "b", text = { da = "B", nb = "B", en = "B" } },
]

[[questions]]
id = "course_interest"
kind = "single"
required = true
text = { da = "Kursus", nb = "Kurs", en = "Course" }
options = [
  { id = "no", text = { da = "Nej", nb = "Nei", en = "No" } },
  { id = "yes", text = { da = "Ja", nb = "Ja", en = "Yes" } },
]

[[questions]]
id = "barriers"
kind = "multiple"
text = { da = "Barrierer", nb = "Barrierer", en = "Barriers" }
options = [
  { id = "x", text = { da = "X", nb = "X", en = "X" } },
  { id = "apart", text = { da = "Adskilt", nb = "Atskilt", en = "Apart" } },
]

[[questions]]
id = "motivations"
kind = "multiple"
text = { da = "Motivation", nb = "Motivasjon", en = "Motivation" }
options = [
  { id = "m", text = { da = "M", nb = "M", en = "M" } },
  { id = "n", text = { da = "N", nb = "N", en = "N" } },
]

[[questions]]
id = "followers"
kind = "matrix"
text = { da = "Følgere", nb = "Følgere", en = "Followers" }
follows = { question = "platform_use", except = ["never"] }
rows = [
  { id = "a", text = { da = "A", nb = "A", en = "A" } },
  { id = "b", text = { da = "B", nb = "B", en = "B" } },
]
options = [
  { id = "few", value = 50, text = { da = "Få", nb = "Få", en = "Few" } },
  { id = "many", value = 500, text = { da = "Mange", nb = "Mange", en = "Many" } },
]

[readiness]
internal = []
volunteer_from = 4
min_volunteers = 1

[readiness.questions]
willingness = "willingness"
shares_work = "shares_work"
course_interest = "course_interest"
platform_use = "platform_use"
willing_platforms = "willing_platforms"
followers = "followers"
barriers = "barriers"
motivations = "motivations"

[readiness.counts]
already_sharing = ["yes"]
course_interested = ["yes"]
weekly_or_more = ["weekly"]

[readiness.weights]
volunteers = 35
platform_fit = 25
already_sharing = 15
removable_barriers = 15
course_interest = 10

[readiness.fit.brand_awareness]
a = 1.0
b = 0.5

[readiness.fit.recruitment]
b = 1.0

[readiness.fit.sales]
a = 0.8
b = 0.2

[readiness.first_steps.barriers]
x = "guidelines"

[readiness.first_steps.motivations]
m = "course"
"#;

/// One person of the tiny questionnaire: use of A and B, shares, the
/// willingness point (1–5), course.
#[derive(Debug, Clone, Copy)]
pub struct Person {
    pub use_: [bool; 2],
    pub shares: bool,
    pub willingness: u8,
    pub course: bool,
}

fn person() -> impl Strategy<Value = Person> {
    (
        [any::<bool>(), any::<bool>()],
        any::<bool>(),
        1u8..=5,
        any::<bool>(),
    )
        .prop_map(|(use_, shares, willingness, course)| Person {
            use_,
            shares,
            willingness,
            course,
        })
}

/// A department: everyone alike, all but one alike, or anyone.
fn department() -> impl Strategy<Value = Vec<Person>> {
    (
        0usize..=6,
        person(),
        person(),
        prop::collection::vec(person(), 6),
        0u8..3,
    )
        .prop_map(|(n, a, b, any, profile)| match profile {
            0 => vec![a; n],
            1 => (0..n).map(|i| if i == 0 { b } else { a }).collect(),
            _ => any.into_iter().take(n).collect(),
        })
}

/// One wave, published, with what the attacker may see and the truth.
pub struct Published {
    pub q: Questionnaire,
    pub names: Vec<DepartmentName>,
    pub results: Results,
    pub respondents: Vec<u64>,
    pub truth: Vec<Vec<Vec<u64>>>,
}

impl Published {
    pub fn publication(&self) -> Publication<'_> {
        Publication {
            results: &self.results,
            departments: &self.names,
            questionnaire: &self.q,
        }
    }

    pub fn seen(&self) -> Seen<'_> {
        Seen {
            q: &self.q,
            results: &self.results,
            names: &self.names,
            respondents: self.respondents.clone(),
            truth: self.truth.clone(),
        }
    }
}

pub fn published(prefix: &str, departments: &[Vec<Person>], k: u32) -> Published {
    let q = Questionnaire::parse(TINY).expect("the tiny questionnaire");
    let answers = |p: &Person| {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let often = |b: bool| if b { "weekly" } else { "never" };
        let v = json!({
            "platform_use": { "a": often(p.use_[0]), "b": often(p.use_[1]) },
            "shares_work": yes_no(p.shares),
            "willingness": p.willingness.to_string(),
            "course_interest": yes_no(p.course),
        });
        q.check_answers(v.as_object().expect("an object"))
            .expect("valid answers")
    };
    let responses: Vec<_> = departments
        .iter()
        .enumerate()
        .flat_map(|(d, people)| people.iter().map(move |p| (d, p)))
        .map(|(d, p)| (d, answers(p)))
        .collect();
    let tally = Tally::count(&q, departments.len(), responses).expect("counted");
    let names: Vec<DepartmentName> = (0..departments.len())
        .map(|d| DepartmentName::parse(&format!("{prefix}{d}")).expect("a name"))
        .collect();
    let invited: Vec<u64> = departments.iter().map(|p| p.len() as u64 + 2).collect();
    let inputs = Inputs {
        departments: &names,
        invited: &invited,
        min_group_size: MinGroupSize::new(k).expect("k"),
    };
    let results = publish(&q, &tally, &inputs).expect("published");
    let layout = &tally.layout;
    let truth = (0..departments.len())
        .map(|d| {
            blocks(&q)
                .iter()
                .map(|b| tally.departments[d].all[layout.run(b.question, b.row)].to_vec())
                .collect()
        })
        .collect();
    let respondents = tally.departments.iter().map(|c| c.respondents).collect();
    Published {
        q,
        names,
        results,
        respondents,
        truth,
    }
}

/// A link from `continued[b]`: the follow-up department baseline `b`
/// goes to, if any.
pub fn link(
    before: &Published,
    after: &Published,
    continued: &[Option<usize>],
    pilots: &[bool],
) -> Link {
    Link {
        departments: after
            .names
            .iter()
            .enumerate()
            .map(|(f, name)| Continues {
                department: name.clone(),
                baseline: (0..before.names.len())
                    .filter(|&b| continued.get(b).copied().flatten() == Some(f))
                    .map(|b| before.names[b].clone())
                    .collect(),
            })
            .collect(),
        pilots: (0..before.names.len())
            .filter(|&b| pilots.get(b).copied().unwrap_or(false))
            .map(|b| before.names[b].clone())
            .collect(),
    }
}

pub fn comparison(before: &Published, after: &Published, link: &Link) -> Comparison {
    compare(before.publication(), after.publication(), link, Vec::new())
}

/// What becomes of a baseline department: mostly itself (perhaps
/// renamed), sometimes merged into another, sometimes dropped.
#[derive(Debug, Clone, Copy)]
enum Continued {
    Same,
    Into(usize),
    Dropped,
}

fn check(
    waves: [Vec<Vec<Person>>; 2],
    continued: Vec<Option<usize>>,
    pilots: Vec<bool>,
    k: u32,
) -> Result<(), TestCaseError> {
    let before = published("b", &waves[0], k);
    let after = published("f", &waves[1], k);
    let l = link(&before, &after, &continued, &pilots);
    let c = comparison(&before, &after, &l);
    let derived = super::derived::not_from_ends(&c);
    prop_assert!(derived.is_empty(), "{derived:#?}");
    let leaks = attack([&before.seen(), &after.seen()], &c, u64::from(k));
    prop_assert!(leaks.is_empty(), "{leaks:#?}\n{waves:?}\n{continued:?}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn no_protected_count_of_either_wave_can_be_pinned_from_the_pair_and_its_comparison(
        before in prop::collection::vec(department(), 2..=4),
        after in prop::collection::vec(department(), 2..=3),
        continued in prop::collection::vec(prop_oneof![
            6 => Just(Continued::Same),
            2 => (0usize..3).prop_map(Continued::Into),
            1 => Just(Continued::Dropped),
        ], 3),
        pilots in prop::collection::vec(any::<bool>(), 3),
        k in 3u32..=4,
    ) {
        let continued = continued
            .into_iter()
            .enumerate()
            .map(|(b, c)| match c {
                Continued::Same => Some(b),
                Continued::Into(f) => Some(f),
                Continued::Dropped => None,
            })
            .map(|f| f.filter(|&f| f < after.len()))
            .collect();
        check([before, after], continued, pilots, k)?;
    }
}
