//! Checking submitted answers against a questionnaire.
//!
//! Answers arrive parsed from JSON, keyed by question id ([`SubmittedAnswers`]).
//! They come out as indexes into
//! the questionnaire, in questionnaire order, so that storing and counting
//! them never has to look an id up again.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::{Kind, Question, Questionnaire};

mod record;
mod submitted;

pub use record::RecordError;
pub use submitted::{Given, Item, SubmittedAnswers};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// `single` and `scale`: the option's index.
    One(usize),
    /// `multiple`: option indexes in questionnaire order, without repeats.
    Many(Vec<usize>),
    /// `matrix`: (row, option) pairs in row order.
    Grid(Vec<(usize, usize)>),
}

/// A valid set of answers: (question index, answer), in questionnaire order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers(Vec<(usize, Answer)>);

/// What is wrong with the answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerProblem {
    pub question: String,
    pub problem: &'static str,
    pub message: String,
}

impl Questionnaire {
    /// Every problem is reported, not just the first, so a form can mark all
    /// the questions that need attention at once.
    pub fn check_submitted(
        &self,
        submitted: &SubmittedAnswers,
    ) -> Result<Answers, Vec<AnswerProblem>> {
        let mut problems: Vec<AnswerProblem> = submitted
            .ids()
            .filter(|id| self.question_index(id).is_none())
            .map(|id| problem(id, "unknown_question", "there is no such question"))
            .collect();
        let mut answers = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            let value = submitted.get(&question.id);
            let shown = shown_rows(question, &answers);
            match check_one(question, value, &shown) {
                Ok(Some(answer)) => answers.push((index, answer)),
                Ok(None) => {}
                Err(p) => problems.push(p),
            }
        }
        if problems.is_empty() {
            Ok(Answers(answers))
        } else {
            Err(problems)
        }
    }

    /// [`Questionnaire::check_submitted`] for answers still in JSON, as
    /// tests, the migrations and the fuzzer hold them.
    pub fn check_answers(
        &self,
        submitted: &Map<String, Value>,
    ) -> Result<Answers, Vec<AnswerProblem>> {
        self.check_submitted(&SubmittedAnswers::from(submitted.clone()))
    }
}

impl Answers {
    pub fn entries(&self) -> &[(usize, Answer)] {
        &self.0
    }

    /// Canonical JSON with ids, in questionnaire order: what the store keeps.
    /// Written straight into one string: no map of copied ids on the way.
    pub fn to_json(&self, questionnaire: &Questionnaire) -> Result<String, serde_json::Error> {
        serde_json::to_string(&Canonical {
            answers: self,
            questionnaire,
        })
    }
}

struct Canonical<'a> {
    answers: &'a Answers,
    questionnaire: &'a Questionnaire,
}

/// One answer with the ids of its question's options and rows.
struct Ids<'a> {
    answer: &'a Answer,
    question: &'a Question,
}

impl Serialize for Canonical<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.answers.0.len()))?;
        for (index, answer) in &self.answers.0 {
            let question = &self.questionnaire.questions[*index];
            map.serialize_entry(&question.id, &Ids { answer, question })?;
        }
        map.end()
    }
}

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let option = |o: usize| self.question.options[o].id.as_str();
        match self.answer {
            Answer::One(o) => serializer.serialize_str(option(*o)),
            Answer::Many(os) => serializer.collect_seq(os.iter().map(|&o| option(o))),
            Answer::Grid(cells) => serializer.collect_map(
                cells
                    .iter()
                    .map(|&(r, o)| (self.question.rows[r].id.as_str(), option(o))),
            ),
        }
    }
}

fn problem(question: &str, code: &'static str, message: impl Into<String>) -> AnswerProblem {
    AnswerProblem {
        question: question.to_owned(),
        problem: code,
        message: message.into(),
    }
}

/// Which rows of a matrix the respondent was shown: all, or for a matrix that
/// follows another, only the rows answered there with an option outside `except`.
fn shown_rows(question: &Question, answered: &[(usize, Answer)]) -> Vec<bool> {
    let Some(follows) = &question.follows else {
        return vec![true; question.rows.len()];
    };
    let mut shown = vec![false; question.rows.len()];
    let earlier = answered.iter().find(|(i, _)| *i == follows.question);
    if let Some((_, Answer::Grid(cells))) = earlier {
        for &(row, option) in cells {
            shown[row] = !follows.except.contains(&option);
        }
    }
    shown
}

fn check_one(
    question: &Question,
    value: Option<&Given>,
    shown: &[bool],
) -> Result<Option<Answer>, AnswerProblem> {
    let id = question.id.as_str();
    let Some(value) = value else {
        // A matrix whose rows all depend on earlier answers may ask nothing.
        let asked = question.kind != Kind::Matrix || shown.iter().any(|&s| s);
        return if question.required && asked {
            Err(problem(id, "missing", "this question must be answered"))
        } else {
            Ok(None)
        };
    };
    match question.kind {
        Kind::Single | Kind::Scale => one(question, value).map(Some),
        Kind::Multiple => many(question, value).map(Some),
        Kind::Matrix => grid(question, value, shown),
    }
}

fn option_of(question: &Question, option: Option<&str>) -> Result<usize, AnswerProblem> {
    let id = &question.id;
    let Some(option) = option else {
        return Err(problem(
            id,
            "wrong_shape",
            "each answer must be an option id (a string)",
        ));
    };
    question.option_index(option).ok_or_else(|| {
        problem(
            id,
            "unknown_option",
            format!("\"{option}\" is not an option here"),
        )
    })
}

fn one(question: &Question, value: &Given) -> Result<Answer, AnswerProblem> {
    let option = match value {
        Given::Option(option) => Some(option.as_str()),
        _ => None,
    };
    option_of(question, option).map(Answer::One)
}

fn many(question: &Question, value: &Given) -> Result<Answer, AnswerProblem> {
    let id = &question.id;
    let Given::Options(list) = value else {
        return Err(problem(
            id,
            "wrong_shape",
            "the answer must be a list of option ids",
        ));
    };
    let mut chosen = vec![false; question.options.len()];
    for item in list {
        let index = option_of(question, item.as_option())?;
        if std::mem::replace(&mut chosen[index], true) {
            return Err(problem(id, "duplicate_option", "an option is chosen twice"));
        }
    }
    let indexes: Vec<usize> = (0..chosen.len()).filter(|&i| chosen[i]).collect();
    if indexes.is_empty() && question.required {
        return Err(problem(id, "missing", "choose at least one option"));
    }
    let exclusive = indexes.iter().any(|&i| question.options[i].exclusive);
    if exclusive && indexes.len() > 1 {
        let msg = "this option cannot be combined with others";
        return Err(problem(id, "exclusive_combined", msg));
    }
    Ok(Answer::Many(indexes))
}

fn grid(
    question: &Question,
    value: &Given,
    shown: &[bool],
) -> Result<Option<Answer>, AnswerProblem> {
    let id = &question.id;
    let Given::Rows(map) = value else {
        return Err(problem(
            id,
            "wrong_shape",
            "the answer must map row ids to option ids",
        ));
    };
    let mut cells = Vec::with_capacity(map.len());
    for (row_id, option) in map {
        let row = question
            .row_index(row_id)
            .ok_or_else(|| problem(id, "unknown_row", format!("\"{row_id}\" is not a row here")))?;
        if !shown[row] {
            let msg = format!("\"{row_id}\" was not asked, given the earlier answer");
            return Err(problem(id, "row_not_shown", msg));
        }
        cells.push((row, option_of(question, option.as_option())?));
    }
    cells.sort_unstable();
    let unanswered = (0..shown.len()).any(|r| shown[r] && !cells.iter().any(|&(c, _)| c == r));
    if question.required && unanswered {
        return Err(problem(id, "missing", "every row must be answered"));
    }
    Ok((!cells.is_empty()).then_some(Answer::Grid(cells)))
}
