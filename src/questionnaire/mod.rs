//! Questionnaires: what is asked, in which words, and which answers are valid.
//!
//! A questionnaire is written in TOML (see `docs/questionnaire.md`); the
//! default one ships inside the binary. Every question, row and option has a
//! stable id used by the API and the exports, and text in da, nb and en.

mod answers;
mod load;
pub mod readiness;

pub use answers::{Answer, AnswerProblem, Answers, Given, Item, RecordError, SubmittedAnswers};
pub use load::{Problem, QuestionnaireError};

use crate::language::Language;

/// The questionnaire HR gets unless they upload their own.
pub const DEFAULT_SOURCE: &str =
    include_str!("../../assets/questionnaires/advocacy-readiness.toml");

/// The platform rows of the default questionnaire, in its order: what the
/// demo's people and the tests' fixtures answer about.
pub const DEFAULT_PLATFORMS: [&str; 9] = [
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

/// A text in every language Stemme speaks.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Text {
    pub da: String,
    pub nb: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Da => &self.da,
            Language::Nb => &self.nb,
            Language::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one option.
    Single,
    /// Any number of options; an `exclusive` option stands alone.
    Multiple,
    /// A 1–5 scale; answered like `Single`.
    Scale,
    /// One option for each row (for example per platform).
    Matrix,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::Scale => "scale",
            Kind::Matrix => "matrix",
        }
    }
}

/// An option, or a row of a matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: Text,
    /// A number for the option: the point of a scale, or a representative
    /// count for a range (used to estimate reach).
    pub value: Option<f64>,
    /// In a multiple-choice question, an option such as "none of these".
    pub exclusive: bool,
}

/// A matrix whose rows are shown only where an earlier matrix was answered
/// with an option outside `except` (e.g. only the platforms someone uses).
#[derive(Debug, Clone, PartialEq)]
pub struct Follows {
    pub question: usize,
    pub except: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub required: bool,
    pub text: Text,
    pub help: Option<Text>,
    pub rows: Vec<Choice>,
    pub options: Vec<Choice>,
    pub follows: Option<Follows>,
}

impl Question {
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    pub fn row_index(&self, id: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub intro: Text,
    pub questions: Vec<Question>,
    /// Roles and weights for the readiness index; `None` when the file has
    /// no `[readiness]` section, and then no index is computed.
    pub readiness: Option<readiness::Readiness>,
    source: String,
}

impl Questionnaire {
    /// Parses and validates a questionnaire written in TOML.
    pub fn parse(source: &str) -> Result<Self, QuestionnaireError> {
        load::parse(source)
    }

    /// The TOML this questionnaire was read from; stored with the survey.
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// A `follows` link by ids, as the API and the page show it: the id of
    /// the earlier question, and the ids of its options in `except`.
    pub fn follows_ids(&self, follows: &Follows) -> (&str, Vec<&str>) {
        let earlier = &self.questions[follows.question];
        let except = follows
            .except
            .iter()
            .map(|&o| earlier.options[o].id.as_str())
            .collect();
        (&earlier.id, except)
    }
}

#[cfg(test)]
mod bad_input;
#[cfg(test)]
mod tests;
