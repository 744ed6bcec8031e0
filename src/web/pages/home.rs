//! `/`: what Stemme is, a field for a code from a paper slip, and the short
//! version of how anonymity works.

use maud::{Markup, html};
use serde::Serialize;

use super::code_form::code_form;
use super::data::{CODE_MESSAGES, json_block, messages, module_script};
use super::{PageContext, page};
use crate::i18n::t;

#[derive(Serialize)]
struct HomeData {
    /// Where to ask which survey a code belongs to.
    lookup: String,
    /// A survey's page is this followed by its id.
    surveys: String,
    messages: std::collections::BTreeMap<&'static str, String>,
}

pub async fn home(ctx: PageContext) -> Markup {
    let language = ctx.language;
    let data = HomeData {
        lookup: ctx.href("/api/v1/invites"),
        surveys: ctx.href("/s/"),
        messages: messages(language, CODE_MESSAGES),
    };
    page(
        &ctx,
        &t(language, "home-title"),
        html! {
            h1 { (t(language, "home-title")) }
            p.lead { (t(language, "home-lead")) }
            noscript { p.notice.error { (t(language, "home-noscript")) } }
            section.card.script-only aria-labelledby="code-heading" {
                h2 #code-heading { (t(language, "home-code-heading")) }
                p { (t(language, "home-code-intro")) }
                (code_form(language, &t(language, "home-code-submit")))
            }
            (anonymity_summary(&ctx))
            (json_block("home-data", &data))
            (module_script(&ctx, "home.mjs"))
        },
    )
}

fn anonymity_summary(ctx: &PageContext) -> Markup {
    let language = ctx.language;
    html! {
        section aria-labelledby="anonymity-heading" {
            h2 #anonymity-heading { (t(language, "home-anonymity-heading")) }
            ul.points {
                li { (t(language, "home-anonymity-voucher")) }
                li { (t(language, "home-anonymity-answers")) }
                li { (t(language, "home-anonymity-groups")) }
            }
            p { a href=(ctx.href("/anonymity")) { (t(language, "home-anonymity-more")) } }
        }
    }
}
