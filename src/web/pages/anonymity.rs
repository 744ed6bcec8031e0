//! `/anonymity`: how anonymity works, in more depth, for people who are not
//! cryptographers. It says the same as `docs/privacy.md`, in plain words.

use maud::{Markup, html};

use super::{PageContext, page};
use crate::i18n::t;

/// (heading, paragraphs) in reading order.
const SECTIONS: &[(&str, &[&str])] = &[
    (
        "anonymity-picture-heading",
        &[
            "anonymity-picture-1",
            "anonymity-picture-2",
            "anonymity-picture-3",
        ],
    ),
    ("anonymity-once-heading", &["anonymity-once"]),
    (
        "anonymity-stored-heading",
        &["anonymity-stored-yes", "anonymity-stored-no"],
    ),
    (
        "anonymity-hr-heading",
        &[
            "anonymity-hr-open",
            "anonymity-hr-closed",
            "anonymity-free-text",
        ],
    ),
];

const LIMITS: &[&str] = &[
    "anonymity-limit-codes",
    "anonymity-limit-timing",
    "anonymity-limit-small",
    "anonymity-limit-device",
    "anonymity-limit-code",
];

const TIPS: &[&str] = &[
    "anonymity-tip-later",
    "anonymity-tip-own",
    "anonymity-tip-fingerprint",
];

pub async fn anonymity(ctx: PageContext) -> Markup {
    let language = ctx.language;
    let title = t(language, "anonymity-title");
    page(
        &ctx,
        &title,
        html! {
            h1 { (title) }
            p.lead { (t(language, "anonymity-lead")) }
            @for (heading, paragraphs) in SECTIONS {
                h2 { (t(language, heading)) }
                @for paragraph in *paragraphs { p { (t(language, paragraph)) } }
            }
            h2 { (t(language, "anonymity-limits-heading")) }
            ul.points { @for limit in LIMITS { li { (t(language, limit)) } } }
            h2 { (t(language, "anonymity-tips-heading")) }
            ul.points { @for tip in TIPS { li { (t(language, tip)) } } }
            p { a href=(ctx.href("/")) { (t(language, "go-home")) } }
        },
    )
}
