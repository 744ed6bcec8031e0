//! Answers as the database keeps them: a record of bytes whose width depends
//! only on the questionnaire, never on what was answered.
//!
//! Why fixed width: a ballot is made empty, at full width, together with its
//! invite, and an answer later overwrites it in place. SQLite then rewrites
//! the cell where it stands instead of placing a new cell in the page, and
//! where a new cell lands in a page is the order it was written in (privacy
//! rule P1, docs/privacy.md).
//!
//! Layout, question by question in questionnaire order:
//! - single and scale: one byte, 0 for no answer, else the option's index + 1;
//! - multiple: one byte, 1 if answered (an empty choice included), then one
//!   byte per option, 1 if chosen;
//! - matrix: one byte per row, 0 for no answer, else the option's index + 1.
//!
//! The loader allows at most 250 options or rows per question, so every
//! value fits a byte.

use super::{Answer, Answers};
use crate::questionnaire::{Kind, Question, Questionnaire};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RecordError {
    #[error("a stored answer record is {actual} bytes, not the {expected} its questionnaire makes")]
    Width { expected: usize, actual: usize },
    #[error("a stored answer to \"{0}\" is out of range")]
    Value(String),
}

fn width(question: &Question) -> usize {
    match question.kind {
        Kind::Single | Kind::Scale => 1,
        Kind::Multiple => 1 + question.options.len(),
        Kind::Matrix => question.rows.len(),
    }
}

/// Option indexes fit a byte: the loader caps choices at 250.
fn byte(index: usize) -> u8 {
    u8::try_from(index + 1).unwrap_or(u8::MAX)
}

impl Questionnaire {
    /// How many bytes every stored answer record of this questionnaire has.
    pub fn record_width(&self) -> usize {
        self.questions.iter().map(width).sum()
    }
}

impl Answers {
    /// The fixed-width record of these answers.
    pub fn to_record(&self, questionnaire: &Questionnaire) -> Vec<u8> {
        let mut record = vec![0u8; questionnaire.record_width()];
        let mut start = 0;
        let mut answers = self.0.iter().peekable();
        for (index, question) in questionnaire.questions.iter().enumerate() {
            let field = &mut record[start..start + width(question)];
            if let Some((_, answer)) = answers.next_if(|(i, _)| *i == index) {
                match answer {
                    Answer::One(o) => field[0] = byte(*o),
                    Answer::Many(os) => {
                        field[0] = 1;
                        for &o in os {
                            field[1 + o] = 1;
                        }
                    }
                    Answer::Grid(cells) => {
                        for &(r, o) in cells {
                            field[r] = byte(o);
                        }
                    }
                }
            }
            start += field.len();
        }
        record
    }

    /// Reads a record back, refusing anything [`Answers::to_record`] could
    /// not have written.
    pub fn from_record(questionnaire: &Questionnaire, record: &[u8]) -> Result<Self, RecordError> {
        let expected = questionnaire.record_width();
        if record.len() != expected {
            return Err(RecordError::Width {
                expected,
                actual: record.len(),
            });
        }
        let mut answers = Vec::new();
        let mut start = 0;
        for (index, question) in questionnaire.questions.iter().enumerate() {
            let field = &record[start..start + width(question)];
            start += field.len();
            if let Some(answer) = decode(question, field)? {
                answers.push((index, answer));
            }
        }
        Ok(Answers(answers))
    }
}

fn decode(question: &Question, field: &[u8]) -> Result<Option<Answer>, RecordError> {
    let bad = || RecordError::Value(question.id.clone());
    let option = |b: u8| {
        let o = usize::from(b) - 1;
        (o < question.options.len()).then_some(o).ok_or_else(bad)
    };
    Ok(match question.kind {
        Kind::Single | Kind::Scale => match field[0] {
            0 => None,
            b => Some(Answer::One(option(b)?)),
        },
        Kind::Multiple => {
            let (flag, chosen) = (field[0], &field[1..]);
            if flag > 1 || chosen.iter().any(|&b| b > 1) || (flag == 0 && chosen.contains(&1)) {
                return Err(bad());
            }
            let picked = (0..chosen.len()).filter(|&o| chosen[o] == 1).collect();
            (flag == 1).then_some(Answer::Many(picked))
        }
        Kind::Matrix => {
            let mut cells = Vec::new();
            for (row, &b) in field.iter().enumerate() {
                if b != 0 {
                    cells.push((row, option(b)?));
                }
            }
            (!cells.is_empty()).then_some(Answer::Grid(cells))
        }
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::questionnaire::DEFAULT_SOURCE;

    fn default() -> Questionnaire {
        Questionnaire::parse(DEFAULT_SOURCE).unwrap()
    }

    fn answers(q: &Questionnaire, value: serde_json::Value) -> Answers {
        q.check_answers(value.as_object().unwrap()).unwrap()
    }

    #[test]
    fn every_record_of_a_questionnaire_has_the_same_width() {
        let q = default();
        let least = answers(
            &q,
            json!({
                "platform_use": { "linkedin": "never", "facebook": "never", "instagram": "never",
                    "x": "never", "tiktok": "never", "youtube": "never", "snapchat": "never",
                    "blog": "never", "intranet": "never" },
                "shares_work": "never", "willingness": "1",
                "course_interest": "no", "guidelines_help": "no"
            }),
        );
        let most = answers(
            &q,
            json!({
                "platform_use": { "linkedin": "daily", "facebook": "weekly", "instagram": "never",
                    "x": "never", "tiktok": "never", "youtube": "never", "snapchat": "never",
                    "blog": "never", "intranet": "monthly" },
                "platform_purpose": { "linkedin": "professional", "facebook": "private",
                    "intranet": "mixed" },
                "shares_work": "often", "willingness": "5",
                "willing_platforms": ["linkedin", "facebook", "intranet"],
                "course_interest": "yes", "guidelines_help": "somewhat",
                "barriers": ["no_time", "fear_spamming", "other"],
                "motivations": [],
                "followers": { "linkedin": "5000_plus", "facebook": "dont_know" }
            }),
        );
        let (a, b) = (least.to_record(&q), most.to_record(&q));
        assert_eq!(a.len(), q.record_width());
        assert_eq!(b.len(), q.record_width());
        assert_eq!(Answers::from_record(&q, &a).unwrap(), least);
        assert_eq!(Answers::from_record(&q, &b).unwrap(), most);
    }

    #[test]
    fn records_no_answer_could_make_are_refused() {
        let q = default();
        let width = q.record_width();
        assert!(matches!(
            Answers::from_record(&q, &vec![0; width - 1]),
            Err(RecordError::Width { .. })
        ));
        let mut record = vec![0u8; width];
        record[9] = 99; // platform_purpose, first row: no such option
        assert_eq!(
            Answers::from_record(&q, &record),
            Err(RecordError::Value("platform_purpose".into()))
        );
    }
}
