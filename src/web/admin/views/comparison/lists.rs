//! What the comparison leaves out, said plainly: departments compared only
//! within everyone (new, dropped, shown in one survey only), and questions
//! or options that are in one questionnaire only.

use maud::{Markup, html};

use crate::export::compare::{ComparisonView, not_compared_line, unmatched_line};
use crate::i18n::t;
use crate::language::Language;
use crate::report::compare::Comparison;

fn list(id: &str, title: &str, lines: Vec<String>, none: String) -> Markup {
    html! {
        section.result id=(id) aria-labelledby={ "h-" (id) } {
            h2 id={ "h-" (id) } { (title) }
            @if lines.is_empty() {
                p { (none) }
            } @else {
                ul { @for line in &lines { li { (line) } } }
            }
        }
    }
}

pub fn not_compared(view: &ComparisonView<'_>, c: &Comparison, l: Language) -> Markup {
    let lines = c
        .not_compared
        .iter()
        .map(|n| not_compared_line(view, n, l))
        .collect();
    list(
        "not-compared",
        &t(l, "comparison-not-compared-title"),
        lines,
        t(l, "comparison-not-compared-none"),
    )
}

pub fn unmatched(view: &ComparisonView<'_>, c: &Comparison, l: Language) -> Markup {
    let lines = c
        .unmatched
        .iter()
        .map(|u| unmatched_line(view, u, l))
        .collect();
    list(
        "unmatched",
        &t(l, "comparison-unmatched-title"),
        lines,
        t(l, "comparison-unmatched-none"),
    )
}
