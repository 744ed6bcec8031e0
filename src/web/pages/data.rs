//! What a page hands its script: JSON data blocks and module scripts.
//!
//! A `<script type="application/json">` block is data, never run, so the
//! strict Content-Security-Policy allows it. Translations are rendered here
//! rather than copied into the JavaScript, so each text exists once.

use std::collections::BTreeMap;

use fluent_templates::fluent_bundle::FluentValue;
use maud::{Markup, PreEscaped, html};
use serde::Serialize;

use super::PageContext;
use crate::i18n::t_args;
use crate::language::Language;
use crate::questionnaire::Questionnaire;

/// A JSON data block. `<` is escaped so no text can close the element.
pub fn json_block(id: &str, value: &impl Serialize) -> Markup {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    let safe = json.replace('<', "\\u003c");
    html! { script type="application/json" id=(id) { (PreEscaped(safe)) } }
}

/// One of Stemme's own modules, from `assets/js/`, under its hashed name;
/// every module it imports is announced at once (`modulepreload`), so the
/// browser fetches them side by side instead of one import level at a time.
pub fn module_script(ctx: &PageContext, name: &str) -> Markup {
    let module = crate::web::assets::hashed_copy(&format!("js/{name}"));
    html! {
        @for import in module.imports {
            link rel="modulepreload" href=(ctx.href(&format!("/assets/{import}")));
        }
        script type="module" src=(ctx.href(&format!("/assets/{}", module.name))) {}
    }
}

/// Texts for the script, keyed as in the Fluent files. Arguments stay as
/// `{count}`, `{character}`, `{department}` or `{hint}` for the script to
/// fill in.
pub fn messages(language: Language, keys: &[&'static str]) -> BTreeMap<&'static str, String> {
    let args = ["count", "character", "department", "hint", "invited"]
        .map(|name| (name, FluentValue::from(format!("{{{name}}}"))));
    keys.iter()
        .map(|&key| (key, t_args(language, key, &args)))
        .collect()
}

/// The messages about invite codes, on the front page and on surveys.
pub const CODE_MESSAGES: &[&str] = &[
    "code-empty",
    "code-wrong-length",
    "code-invalid-character",
    "code-mistyped",
    "code-unknown",
    "code-used",
    "code-network",
    "code-checking",
    "error-server",
];

/// A key fingerprint in groups of four hex digits, easier to compare by eye.
pub fn grouped_fingerprint(key_id: &str) -> String {
    let digits: Vec<char> = key_id.chars().collect();
    let groups: Vec<String> = digits.chunks(4).map(|c| c.iter().collect()).collect();
    groups.join(" ")
}

/// A question as the page's script needs it to check answers and to show
/// only the matrix rows that apply: no texts, those are in the HTML.
#[derive(Debug, Serialize)]
pub struct FormQuestion<'a> {
    id: &'a str,
    kind: &'static str,
    required: bool,
    options: Vec<FormOption<'a>>,
    rows: Vec<&'a str>,
    follows: Option<FormFollows<'a>>,
}

#[derive(Debug, Serialize)]
struct FormOption<'a> {
    id: &'a str,
    exclusive: bool,
}

#[derive(Debug, Serialize)]
struct FormFollows<'a> {
    question: &'a str,
    except: Vec<&'a str>,
}

/// The rules of a questionnaire for `assets/js/answers.mjs`.
pub fn form_model(questionnaire: &Questionnaire) -> Vec<FormQuestion<'_>> {
    questionnaire
        .questions
        .iter()
        .map(|q| FormQuestion {
            id: &q.id,
            kind: q.kind.as_str(),
            required: q.required,
            options: q
                .options
                .iter()
                .map(|o| FormOption {
                    id: &o.id,
                    exclusive: o.exclusive,
                })
                .collect(),
            rows: q.rows.iter().map(|r| r.id.as_str()).collect(),
            follows: q.follows.as_ref().map(|f| {
                let (question, except) = questionnaire.follows_ids(f);
                FormFollows { question, except }
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_block_cannot_be_closed_by_its_content() {
        let block = json_block("d", &["</script><script>alert(1)</script>"]).into_string();
        assert_eq!(block.matches("</script>").count(), 1, "{block}");
        assert!(block.starts_with("<script type=\"application/json\" id=\"d\">"));
    }

    #[test]
    fn messages_keep_their_placeholders_for_the_script() {
        let texts = messages(
            Language::Da,
            &["code-wrong-length", "code-invalid-character"],
        );
        assert!(texts["code-wrong-length"].contains("{count}"));
        assert!(texts["code-invalid-character"].contains("»{character}«"));
    }

    #[test]
    fn fingerprints_are_shown_in_groups_of_four() {
        assert_eq!(grouped_fingerprint("0123456789ab"), "0123 4567 89ab");
    }
}
