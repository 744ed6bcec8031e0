//! The invite-code field, on the front page and on a survey.
//!
//! The input has no `name` and the button starts disabled: only the script
//! (which enables it) ever sends a code, and only in a POST body, so a code
//! can never end up in an address (rule P3).

use maud::{Markup, html};

use crate::i18n::t;
use crate::language::Language;

pub fn code_form(language: Language, submit: &str) -> Markup {
    html! {
        form #code-form .code-form method="post" novalidate {
            label for="code" { (t(language, "code-label")) }
            p.hint #code-hint { (t(language, "code-hint")) }
            input #code .code type="text" autocomplete="off" autocapitalize="characters"
                spellcheck="false" aria-describedby="code-hint code-error";
            p.field-error #code-error role="alert" {}
            p.progress #code-status role="status" {}
            div.actions {
                button #code-submit type="submit" disabled { (submit) }
                button #code-retry .secondary type="button" hidden { (t(language, "retry")) }
            }
        }
    }
}
