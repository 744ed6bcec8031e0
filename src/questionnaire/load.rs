//! Reading a questionnaire from TOML, with every problem reported by line.

use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use super::{Kind, Question, Questionnaire, Text};

/// One thing wrong with a questionnaire file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// Everything wrong with a questionnaire file, in file order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct QuestionnaireError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| format!("line {}: {}", p.line, p.message))
            .collect();
        f.write_str(&lines.join("; "))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    id: Spanned<String>,
    version: u32,
    title: Spanned<RawText>,
    intro: Spanned<RawText>,
    questions: Spanned<Vec<Spanned<RawQuestion>>>,
    readiness: Option<Spanned<readiness::RawReadiness>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    da: Option<String>,
    nb: Option<String>,
    en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    required: bool,
    text: Spanned<RawText>,
    help: Option<Spanned<RawText>>,
    rows: Option<Spanned<Vec<Spanned<RawChoice>>>>,
    options: Option<Spanned<Vec<Spanned<RawChoice>>>>,
    follows: Option<Spanned<RawFollows>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: Spanned<String>,
    text: Spanned<RawText>,
    value: Option<f64>,
    #[serde(default)]
    exclusive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFollows {
    question: String,
    except: Vec<String>,
}

pub(super) fn parse(source: &str) -> Result<Questionnaire, QuestionnaireError> {
    let raw: RawQuestionnaire = toml::from_str(source).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(source, s.start));
        QuestionnaireError {
            problems: vec![Problem {
                line,
                message: e.message().trim().to_owned(),
            }],
        }
    })?;
    let mut checker = Checker {
        source,
        problems: Vec::new(),
    };
    let questionnaire = checker.questionnaire(raw);
    if checker.problems.is_empty() {
        Ok(questionnaire)
    } else {
        checker.problems.sort_by_key(|p| p.line);
        Err(QuestionnaireError {
            problems: checker.problems,
        })
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn is_id(s: &str, extra: &[u8]) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || extra.contains(&b)
        })
}

/// Collects problems instead of stopping at the first, so an author can fix
/// a file in one go.
struct Checker<'a> {
    source: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, message: impl Into<String>) {
        self.problems.push(Problem {
            line: line_of(self.source, offset),
            message: message.into(),
        });
    }

    fn questionnaire(&mut self, raw: RawQuestionnaire) -> Questionnaire {
        if !is_id(raw.id.get_ref(), b"-") {
            let msg = "the questionnaire id must use only a-z, 0-9, _ and -";
            self.report(raw.id.span().start, msg);
        }
        let title = self.text(raw.title, "the title");
        let intro = self.text(raw.intro, "the introduction");
        let questions_span = raw.questions.span();
        let raw_questions = raw.questions.into_inner();
        if raw_questions.is_empty() {
            self.report(
                questions_span.start,
                "a questionnaire needs at least one question",
            );
        }
        let mut questions: Vec<Question> = Vec::with_capacity(raw_questions.len());
        for raw_question in raw_questions {
            let question = self.question(raw_question, &questions);
            questions.push(question);
        }
        let readiness = raw.readiness.and_then(|r| self.readiness(r, &questions));
        Questionnaire {
            id: raw.id.into_inner(),
            version: raw.version,
            title,
            intro,
            questions,
            readiness,
            source: self.source.to_owned(),
        }
    }

    fn text(&mut self, raw: Spanned<RawText>, what: &str) -> Text {
        let offset = raw.span().start;
        let raw = raw.into_inner();
        let mut pick = |value: Option<String>, language: &str| match value {
            Some(v) if !v.trim().is_empty() => v.trim().to_owned(),
            _ => {
                self.report(offset, format!("{what} has no {language} text"));
                String::new()
            }
        };
        Text {
            da: pick(raw.da, "Danish (da)"),
            nb: pick(raw.nb, "Norwegian Bokmål (nb)"),
            en: pick(raw.en, "English (en)"),
        }
    }

    fn kind(&mut self, raw: &Spanned<String>) -> Kind {
        match raw.get_ref().as_str() {
            "single" => Kind::Single,
            "multiple" => Kind::Multiple,
            "scale" => Kind::Scale,
            "matrix" => Kind::Matrix,
            other => {
                let msg =
                    format!("unknown kind \"{other}\"; use single, multiple, scale or matrix");
                self.report(raw.span().start, msg);
                Kind::Single
            }
        }
    }
}

mod question;
mod readiness;
