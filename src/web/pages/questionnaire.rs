//! A questionnaire as an HTML form: a fieldset with a legend per question,
//! a real label for every choice, and matrix rows as fieldsets of their own.
//! Everything is rendered here, so the questions can be read without the
//! script; the script only hides the matrix rows that do not apply.

use maud::{Markup, html};

use crate::i18n::t;
use crate::language::Language;
use crate::questionnaire::{Choice, Kind, Question, Questionnaire};

pub fn questions(language: Language, questionnaire: &Questionnaire) -> Markup {
    html! {
        p.hint { (t(language, "required-note")) }
        @for question in &questionnaire.questions {
            (question_fieldset(language, question))
        }
    }
}

fn question_fieldset(language: Language, question: &Question) -> Markup {
    let id = &question.id;
    let help_id = format!("{id}-help");
    let described = question.help.as_ref().map(|_| help_id.as_str());
    html! {
        fieldset.question.(question.kind.as_str()) #{ "q-" (id) } data-question=(id)
            aria-describedby=[described] {
            legend {
                span.question-text { (question.text.get(language)) }
                @if question.required { (required_mark(language)) }
            }
            @if let Some(help) = &question.help {
                p.hint #(help_id) { (help.get(language)) }
            }
            p.field-error #{ (id) "-error" } {}
            @match question.kind {
                Kind::Matrix => {
                    @for row in &question.rows {
                        (matrix_row(language, question, row))
                    }
                }
                Kind::Multiple => (choices(language, question, "checkbox", id, id)),
                Kind::Single | Kind::Scale => (choices(language, question, "radio", id, id)),
            }
        }
    }
}

/// A row that depends on an earlier answer starts hidden; the script shows
/// it once that answer makes it apply.
fn matrix_row(language: Language, question: &Question, row: &Choice) -> Markup {
    let name = format!("{}.{}", question.id, row.id);
    let id_prefix = format!("{}-{}", question.id, row.id);
    html! {
        fieldset.matrix-row data-row=(row.id) hidden[question.follows.is_some()] {
            legend { (row.text.get(language)) }
            (choices(language, question, "radio", &name, &id_prefix))
        }
    }
}

fn choices(
    language: Language,
    question: &Question,
    input_type: &str,
    name: &str,
    id_prefix: &str,
) -> Markup {
    html! {
        div.choices {
            @for option in &question.options {
                @let id = format!("a-{id_prefix}-{}", option.id);
                label.choice for=(id) {
                    input #(id) type=(input_type) name=(name) value=(option.id)
                        data-exclusive[option.exclusive];
                    span { (option.text.get(language)) }
                }
            }
        }
    }
}

fn required_mark(language: Language) -> Markup {
    html! {
        span.required-mark aria-hidden="true" { " *" }
        span.visually-hidden { " (" (t(language, "required")) ")" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::DEFAULT_SOURCE;

    #[test]
    fn every_question_is_a_fieldset_with_a_legend_and_labelled_choices() {
        let questionnaire = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
        let html = questions(Language::Nb, &questionnaire).into_string();
        for question in &questionnaire.questions {
            let opening = format!("id=\"q-{}\" data-question=\"{}\"", question.id, question.id);
            assert!(html.contains(&opening), "{}", question.id);
        }
        let inputs = html.matches("<input ").count();
        assert_eq!(inputs, html.matches("<label class=\"choice\" for=").count());
        assert!(html.contains("Hvilke sosiale medier bruker du, og hvor ofte?"));
    }

    #[test]
    fn rows_that_depend_on_an_earlier_answer_start_hidden() {
        let questionnaire = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
        let html = questions(Language::En, &questionnaire).into_string();
        let use_row = "data-row=\"linkedin\"><legend>LinkedIn";
        assert!(html.contains(use_row), "platform_use rows are always shown");
        assert_eq!(html.matches("data-row=\"linkedin\" hidden").count(), 2);
    }
}
