//! Moving a voucher between devices (`assets/js/move.mjs`): the browser that
//! holds it shows a link with the voucher in its fragment, as a QR code and
//! as text; the other browser opens that link, or takes it pasted here.
//! Nothing of it passes through the server.

use maud::{Markup, html};

use crate::i18n::t;
use crate::language::Language;

/// On the device that holds the voucher: the QR code and the link, drawn
/// only on request (the link is the voucher; it stays off the screen until
/// the person asks for it).
pub fn move_out(language: Language) -> Markup {
    html! {
        section.move-out aria-labelledby="move-heading" {
            h3 #move-heading { (t(language, "move-heading")) }
            p { (t(language, "move-intro")) }
            button #move-show .secondary type="button" { (t(language, "move-show")) }
            div #move-out hidden {
                div.move-qr #move-qr role="img" aria-label=(t(language, "move-qr-label")) {}
                p.hint { (t(language, "move-warning")) }
                label for="move-link" { (t(language, "move-link-label")) }
                textarea #move-link rows="4" readonly spellcheck="false" {}
                div.actions {
                    button #move-copy type="button" { (t(language, "move-copy")) }
                }
                p.progress #move-status role="status" {}
            }
        }
    }
}

/// On the other device: the link pasted, if it was not simply opened. The
/// field has no name and the button starts disabled: only the script reads
/// it, and it sends nothing.
pub fn move_in(language: Language) -> Markup {
    html! {
        form #move-form .move-in method="post" novalidate {
            label for="move-text" { (t(language, "elsewhere-paste-label")) }
            textarea #move-text rows="3" autocomplete="off" spellcheck="false"
                aria-describedby="move-error" {}
            p.field-error #move-error role="alert" {}
            div.actions {
                button #move-submit type="submit" disabled { (t(language, "elsewhere-paste-submit")) }
            }
        }
    }
}
