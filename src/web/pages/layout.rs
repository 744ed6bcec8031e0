//! The one layout every page uses.

use maud::{DOCTYPE, Markup, html};

use super::PageContext;
use crate::i18n::t;
use crate::language::Language;

/// A whole page: `title` names it, `main` is its content.
pub fn page(ctx: &PageContext, title: &str, main: Markup) -> Markup {
    let language = ctx.language;
    html! {
        (DOCTYPE)
        html lang=(language.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " – " (t(language, "site-name")) }
                link rel="stylesheet" href=(ctx.href(&crate::web::assets::href("style.css")));
                link rel="icon" href=(ctx.href(&crate::web::assets::href("favicon.svg"))) type="image/svg+xml";
            }
            body {
                a.skip-link href="#main" { (t(language, "skip-to-content")) }
                (header(ctx))
                main #main tabindex="-1" { (main) }
                footer.site-footer {
                    a href=(ctx.href("/anonymity")) { (t(language, "footer-anonymity")) }
                }
            }
        }
    }
}

fn header(ctx: &PageContext) -> Markup {
    let language = ctx.language;
    html! {
        header.site-header {
            a.brand href=(ctx.href("/")) {
                span.brand-name { (t(language, "site-name")) }
                span.brand-tagline { (t(language, "site-tagline")) }
            }
            nav.language-switch aria-label=(t(language, "language-switch-label")) {
                ul {
                    @for other in Language::ALL {
                        li {
                            @let name = t(other, &format!("lang-{}", other.code()));
                            @if other == language {
                                span aria-current="true" lang=(other.code()) { (name) }
                            } @else {
                                a href={ "?lang=" (other.code()) } hreflang=(other.code()) lang=(other.code()) { (name) }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_declares_its_language_and_offers_the_others() {
        let ctx = PageContext {
            language: Language::Nb,
            base: "/stemme".into(),
        };
        let html = page(&ctx, "Test", html! { p { "Hei" } }).into_string();
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"nb\">"));
        let style = crate::web::assets::href("style.css");
        assert!(html.contains(&format!("href=\"/stemme{style}\"")));
        assert!(html.contains("<span aria-current=\"true\" lang=\"nb\">Norsk (bokmål)</span>"));
        assert!(html.contains("href=\"?lang=da\""));
        assert!(html.contains("Hopp til innholdet"));
        assert!(
            !html.contains("<script"),
            "the layout itself runs no script"
        );
    }
}
