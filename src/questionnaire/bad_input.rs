//! Property tests: whatever arrives from outside — a questionnaire file, a
//! set of answers, a stored record — parsing never panics, and what parses
//! survives a round trip.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

use super::{Answers, DEFAULT_SOURCE, Questionnaire};

fn default() -> &'static Questionnaire {
    static DEFAULT: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(|| Questionnaire::parse(DEFAULT_SOURCE).unwrap())
}

/// Ids that exist in the default questionnaire, and some that do not.
fn an_id() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "platform_use", "platform_purpose", "shares_work", "willingness",
            "willing_platforms", "course_interest", "guidelines_help", "barriers",
            "motivations", "followers", "linkedin", "facebook", "never", "daily", "weekly",
            "often", "1", "5", "yes", "no", "none", "nothing", "no_time", "5000_plus",
            "dont_know", "private", "professional",
        ])
        .prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

fn a_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        an_id().prop_map(Value::String),
        any::<i64>().prop_map(|n| json!(n)),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ];
    leaf.prop_recursive(3, 24, 10, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..10).prop_map(Value::Array),
            prop::collection::btree_map(an_id(), inner, 0..10)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn random_answers() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::btree_map(an_id(), a_value(), 0..12).prop_map(|m| m.into_iter().collect())
}

/// Answers built from choices the questionnaire offers, driven by `seed`:
/// mostly valid, so the round trip is exercised, sometimes not.
fn near_valid(seed: &[u8]) -> Map<String, Value> {
    let q = default();
    let mut bytes = seed.iter().copied().cycle();
    let mut next = move |n: usize| usize::from(bytes.next().unwrap_or(0)) % n.max(1);
    let mut map = Map::new();
    for question in &q.questions {
        if next(10) == 0 {
            continue;
        }
        let option = |i: usize| json!(question.options[i].id);
        let value = match question.kind {
            super::Kind::Single | super::Kind::Scale => option(next(question.options.len())),
            super::Kind::Multiple => {
                let mut chosen = Vec::new();
                for i in 0..question.options.len() {
                    if next(3) == 0 && !question.options[i].exclusive {
                        chosen.push(option(i));
                    }
                }
                Value::Array(chosen)
            }
            // Rows that follow an earlier answer are left out, mostly.
            super::Kind::Matrix if question.follows.is_some() && next(8) != 0 => continue,
            super::Kind::Matrix => {
                let mut cells = Map::new();
                for row in &question.rows {
                    cells.insert(row.id.clone(), option(next(question.options.len())));
                }
                Value::Object(cells)
            }
        };
        map.insert(question.id.clone(), value);
    }
    map
}

fn answers() -> impl Strategy<Value = Map<String, Value>> {
    prop_oneof![
        random_answers(),
        prop::collection::vec(any::<u8>(), 1..64).prop_map(|seed| near_valid(&seed)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_answers_are_checked_without_panic_and_valid_ones_round_trip(submitted in answers()) {
        let q = default();
        if let Ok(answers) = q.check_answers(&submitted) {
            let record = answers.to_record(q);
            prop_assert_eq!(record.len(), q.record_width());
            prop_assert_eq!(Answers::from_record(q, &record).unwrap(), answers);
        }
    }

    #[test]
    fn answers_built_from_the_offered_choices_are_often_valid(seed in prop::collection::vec(any::<u8>(), 64)) {
        // Not a property of Stemme: a check that the strategy above reaches
        // the round trip at all.
        let q = default();
        let mut valid = 0;
        for shift in 0..64u8 {
            let seed: Vec<u8> = seed.iter().map(|b| b.wrapping_add(shift)).collect();
            valid += usize::from(q.check_answers(&near_valid(&seed)).is_ok());
        }
        prop_assert!(valid > 0);
    }

    #[test]
    fn any_stored_record_is_read_without_panic(record in prop::collection::vec(any::<u8>(), 0..80)) {
        let q = default();
        if let Ok(answers) = Answers::from_record(q, &record) {
            prop_assert_eq!(answers.to_record(q), record);
        }
    }

    #[test]
    fn any_text_as_a_questionnaire_is_refused_or_parsed_without_panic(source in "\\PC{0,400}") {
        let _ = Questionnaire::parse(&source);
    }

    #[test]
    fn the_default_questionnaire_cut_or_altered_anywhere_is_never_a_panic(
        cut in 0usize..DEFAULT_SOURCE.len(),
        insert in "\\PC{0,8}",
    ) {
        let mut source: String = DEFAULT_SOURCE.chars().take(cut).collect();
        source.push_str(&insert);
        let rest: String = DEFAULT_SOURCE.chars().skip(cut + insert.chars().count()).collect();
        source.push_str(&rest);
        if let Ok(q) = Questionnaire::parse(&source) {
            prop_assert_eq!(Questionnaire::parse(q.source()).unwrap(), q);
        }
    }
}
