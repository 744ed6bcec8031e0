//! Answers as an employee's browser sends them, parsed at the edge: by
//! question id, each in the shape it came in (an option id, a list of them,
//! or rows mapped to them). Whether the shape and the ids fit the survey's
//! questionnaire is [`Questionnaire::check_submitted`]'s to say.
//!
//! [`Questionnaire::check_submitted`]: crate::questionnaire::Questionnaire::check_submitted

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

/// The answers of one ballot, in the order they came; an answer sent as
/// `null` is no answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubmittedAnswers(Vec<(String, Given)>);

/// What was given for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// Text: an option id, for a single choice or a scale.
    Option(String),
    /// A list: option ids, for a multiple choice.
    Options(Vec<Item>),
    /// An object: row id to option id, for a matrix.
    Rows(Vec<(String, Item)>),
    /// A number, `true` or `false`: fits no question.
    Other,
}

/// One element of a list or one row's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Option(String),
    /// Anything but text: no option id.
    Other,
}

impl SubmittedAnswers {
    /// The ids of the questions answered, in the order they came.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(id, _)| id.as_str())
    }

    /// The answer to a question, if there is one.
    pub fn get(&self, question: &str) -> Option<&Given> {
        self.0.iter().find(|(id, _)| id == question).map(|(_, g)| g)
    }
}

impl Item {
    /// The option id, if it is text.
    pub fn as_option(&self) -> Option<&str> {
        match self {
            Item::Option(option) => Some(option),
            Item::Other => None,
        }
    }
}

impl From<Value> for Item {
    fn from(value: Value) -> Self {
        match value {
            Value::String(s) => Item::Option(s),
            _ => Item::Other,
        }
    }
}

impl From<Map<String, Value>> for SubmittedAnswers {
    fn from(map: Map<String, Value>) -> Self {
        let answers = map
            .into_iter()
            .filter_map(|(id, value)| {
                let given = match value {
                    Value::Null => return None,
                    Value::String(s) => Given::Option(s),
                    Value::Array(items) => {
                        Given::Options(items.into_iter().map(Item::from).collect())
                    }
                    Value::Object(rows) => Given::Rows(
                        rows.into_iter()
                            .map(|(row, value)| (row, Item::from(value)))
                            .collect(),
                    ),
                    Value::Bool(_) | Value::Number(_) => Given::Other,
                };
                Some((id, given))
            })
            .collect();
        SubmittedAnswers(answers)
    }
}

/// Any JSON object is a set of submitted answers; anything else is not.
impl<'de> Deserialize<'de> for SubmittedAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::<String, Value>::deserialize(deserializer).map(SubmittedAnswers::from)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_json_object_parses_in_the_order_it_came_and_a_null_is_no_answer() {
        let parsed: SubmittedAnswers = serde_json::from_value(json!({
            "willingness": "4",
            "skipped": null,
            "platforms": ["linkedin", 3],
            "use": { "x": "daily", "y": [] },
            "odd": true
        }))
        .unwrap();

        assert_eq!(
            parsed.ids().collect::<Vec<_>>(),
            ["willingness", "platforms", "use", "odd"]
        );
        assert_eq!(parsed.get("willingness"), Some(&Given::Option("4".into())));
        assert_eq!(
            parsed.get("platforms"),
            Some(&Given::Options(vec![
                Item::Option("linkedin".into()),
                Item::Other
            ]))
        );
        assert_eq!(
            parsed.get("use"),
            Some(&Given::Rows(vec![
                ("x".into(), Item::Option("daily".into())),
                ("y".into(), Item::Other)
            ]))
        );
        assert_eq!(parsed.get("odd"), Some(&Given::Other));
        assert_eq!(parsed.get("skipped"), None);
        assert!(serde_json::from_value::<SubmittedAnswers>(json!([1])).is_err());
    }
}
