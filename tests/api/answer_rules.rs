//! The page checks answers before sending them (`assets/js/answers.mjs`).
//! Both it and the server are tested against one file of cases, and the
//! rules the page receives are pinned to a file the JS tests read.

use serde_json::{Map, Value};
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};

const CASES: &str = include_str!("../data/answer_cases.json");
const MODEL: &str = include_str!("../data/default_form_model.json");

/// The answers of one case: `base` changed as the case says.
pub fn case_answers(base: &Value, case: &Value) -> Map<String, Value> {
    if let Some(answers) = case.get("answers") {
        return answers.as_object().unwrap().clone();
    }
    let mut answers = base.as_object().unwrap().clone();
    for (question, value) in case
        .get("set")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        answers.insert(question.clone(), value.clone());
    }
    for question in case
        .get("remove")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        answers.remove(question.as_str().unwrap());
    }
    answers
}

#[test]
fn the_server_reports_exactly_the_problems_the_shared_cases_list() {
    let questionnaire = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
    let fixture: Value = serde_json::from_str(CASES).unwrap();

    for case in fixture["cases"].as_array().unwrap() {
        let answers = case_answers(&fixture["base"], case);
        let problems: Vec<Value> = match questionnaire.check_answers(&answers) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| serde_json::json!([p.question, p.problem]))
                .collect(),
        };
        assert_eq!(Value::Array(problems), case["problems"], "{}", case["name"]);
    }
}

#[test]
fn the_page_gets_the_rules_the_javascript_tests_use() {
    let questionnaire = Questionnaire::parse(DEFAULT_SOURCE).unwrap();

    let model = serde_json::to_value(stemme::web::pages::form_model(&questionnaire)).unwrap();

    let pinned: Value = serde_json::from_str(MODEL).unwrap();
    assert_eq!(
        model,
        pinned,
        "tests/data/default_form_model.json is out of date; it should be:\n{}",
        serde_json::to_string_pretty(&model).unwrap()
    );
}
