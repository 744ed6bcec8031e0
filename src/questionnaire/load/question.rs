//! Checks for one question: its id, options, rows and `follows` link.

use std::collections::HashSet;

use toml::Spanned;

use super::{Checker, RawChoice, RawFollows, RawQuestion, is_id};
use crate::questionnaire::{Choice, Follows, Kind, Question};

type RawChoices = Option<Spanned<Vec<Spanned<RawChoice>>>>;

/// Stored answers give each option or row a byte (see `answers/record.rs`),
/// so a question has at most this many; no sensible one comes close.
pub const MAX_CHOICES: usize = 250;

impl Checker<'_> {
    pub(super) fn question(&mut self, raw: Spanned<RawQuestion>, earlier: &[Question]) -> Question {
        let start = raw.span().start;
        let raw = raw.into_inner();
        let id = raw.id.get_ref().clone();
        if !is_id(&id, b"") {
            self.report(
                raw.id.span().start,
                "a question id must use only a-z, 0-9 and _",
            );
        }
        if earlier.iter().any(|q| q.id == id) {
            self.report(
                raw.id.span().start,
                format!("question id \"{id}\" is used twice"),
            );
        }
        let kind = self.kind(&raw.kind);
        let text = self.text(raw.text, &format!("question \"{id}\""));
        let help = raw
            .help
            .map(|h| self.text(h, &format!("the help of \"{id}\"")));
        let options = self.choices(raw.options, start, &id, "options");
        let rows = self.rows(raw.rows, kind, start, &id);
        self.check_options(kind, &options, start, &id);
        let follows = raw
            .follows
            .and_then(|f| self.follows(f, kind, &rows, earlier, &id));
        Question {
            id,
            kind,
            required: raw.required,
            text,
            help,
            rows,
            options,
            follows,
        }
    }

    fn rows(&mut self, raw: RawChoices, kind: Kind, start: usize, id: &str) -> Vec<Choice> {
        match (kind, raw.is_some()) {
            (Kind::Matrix, _) => self.choices(raw, start, id, "rows"),
            (_, true) => {
                let msg = format!("question \"{id}\" has rows, but only a matrix can");
                self.report(start, msg);
                Vec::new()
            }
            (_, false) => Vec::new(),
        }
    }

    fn choices(&mut self, raw: RawChoices, start: usize, id: &str, what: &str) -> Vec<Choice> {
        let Some(raw) = raw else {
            self.report(start, format!("question \"{id}\" has no {what}"));
            return Vec::new();
        };
        let list_start = raw.span().start;
        let raw = raw.into_inner();
        if raw.is_empty() {
            self.report(list_start, format!("question \"{id}\" has no {what}"));
        }
        if raw.len() > MAX_CHOICES {
            let msg = format!("question \"{id}\" has more than {MAX_CHOICES} {what}");
            self.report(list_start, msg);
        }
        let mut seen = HashSet::new();
        let mut choices = Vec::with_capacity(raw.len());
        for choice in raw {
            let offset = choice.span().start;
            let choice = choice.into_inner();
            let choice_id = choice.id.get_ref().clone();
            if !is_id(&choice_id, b"") {
                self.report(
                    offset,
                    format!("in \"{id}\", the id \"{choice_id}\" must use only a-z, 0-9 and _"),
                );
            }
            if !seen.insert(choice_id.clone()) {
                self.report(
                    offset,
                    format!("in \"{id}\", the id \"{choice_id}\" is used twice"),
                );
            }
            if choice.value.is_some_and(|v| !v.is_finite()) {
                self.report(
                    offset,
                    format!("in \"{id}\", \"{choice_id}\" has a value that is not a number"),
                );
            }
            let text = self.text(choice.text, &format!("\"{choice_id}\" in \"{id}\""));
            choices.push(Choice {
                id: choice_id,
                text,
                value: choice.value,
                exclusive: choice.exclusive,
            });
        }
        choices
    }

    fn check_options(&mut self, kind: Kind, options: &[Choice], start: usize, id: &str) {
        if kind != Kind::Multiple && options.iter().any(|o| o.exclusive) {
            let msg =
                format!("\"{id}\": only a multiple-choice question can have an exclusive option");
            self.report(start, msg);
        }
        if matches!(kind, Kind::Single | Kind::Multiple) && options.len() == 1 {
            self.report(start, format!("\"{id}\" needs at least two options"));
        }
        if kind == Kind::Scale {
            let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            if ids != ["1", "2", "3", "4", "5"] {
                let msg = format!(
                    "the scale \"{id}\" must have the five options \"1\" to \"5\" in order"
                );
                self.report(start, msg);
            }
        }
    }

    fn follows(
        &mut self,
        raw: Spanned<RawFollows>,
        kind: Kind,
        rows: &[Choice],
        earlier: &[Question],
        id: &str,
    ) -> Option<Follows> {
        let offset = raw.span().start;
        let raw = raw.into_inner();
        if kind != Kind::Matrix {
            self.report(
                offset,
                format!("\"{id}\": only a matrix can follow another question"),
            );
            return None;
        }
        let Some(question) = earlier.iter().position(|q| q.id == raw.question) else {
            let msg = format!(
                "\"{id}\" follows \"{}\", which is not an earlier question",
                raw.question
            );
            self.report(offset, msg);
            return None;
        };
        let target = &earlier[question];
        let mapped: Option<Vec<usize>> = (target.kind == Kind::Matrix)
            .then(|| rows.iter().map(|r| target.row_index(&r.id)).collect())
            .flatten();
        let Some(mapped) = mapped else {
            let msg = format!(
                "\"{id}\" follows \"{}\", which must be a matrix with (at least) the same rows",
                raw.question
            );
            self.report(offset, msg);
            return None;
        };
        let mut except = Vec::with_capacity(raw.except.len());
        for option in &raw.except {
            match target.option_index(option) {
                Some(index) => except.push(index),
                None => {
                    let msg = format!(
                        "\"{id}\" follows \"{}\", which has no option \"{option}\"",
                        raw.question
                    );
                    self.report(offset, msg);
                }
            }
        }
        Some(Follows {
            question,
            except,
            rows: mapped,
        })
    }
}
