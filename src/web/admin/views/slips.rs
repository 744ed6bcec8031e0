//! A printable A4 sheet of invite slips: per slip the link as a QR code,
//! the code in large type, and dashed lines to cut along.

use maud::{Markup, PreEscaped, html};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::admin_page;
use crate::config::PublicUrl;
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::service::InviteBatch;
use crate::service::accounts::AdminSession;
use crate::web::context::PageContext;

/// Two columns of four: a slip of 95 × 68 mm, a QR code of 36 mm.
pub const SLIPS_PER_PAGE: usize = 8;

/// The link as an inline SVG QR code. Medium error correction survives a
/// crease or a smudge; links are short enough for a small, sparse code.
fn qr_svg(link: &str) -> Result<String, qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M)?;
    let svg = code.render::<svg::Color>().quiet_zone(true).build();
    // Inline in HTML, the XML declaration has no place.
    Ok(match svg.find("<svg") {
        Some(start) => svg[start..].to_owned(),
        None => svg,
    })
}

/// The address with a line-break opportunity after each `/`, so a printed
/// address breaks only there, never inside a word ("htt / p://").
fn breakable_address(address: &str) -> Markup {
    let parts: Vec<&str> = address.split_inclusive('/').collect();
    html! { @for part in parts { (part) wbr; } }
}

/// The slips, grouped into pages so each sheet breaks exactly where it
/// should. The page around them is in HR's language (`ctx`); the slips are
/// in the employees' (`slip_language`).
pub fn slips_page(
    ctx: &PageContext,
    admin: &AdminSession,
    title: &str,
    batch: &InviteBatch,
    public_url: &PublicUrl,
    slip_language: Language,
) -> Result<Markup, qrcode::types::QrError> {
    let l = ctx.language;
    let s = slip_language;
    let survey_address = format!("{public_url}/s/{}", batch.survey);
    let mut pages = Vec::new();
    for chunk in batch.codes.chunks(SLIPS_PER_PAGE) {
        let mut slips = Vec::new();
        for code in chunk {
            let qr = qr_svg(&batch.link(public_url, code))?;
            let grouped = code.grouped();
            let (first, second) = grouped.split_at(15);
            slips.push(html! {
                div.slip lang=(s.code()) {
                    div.slip-qr role="img" aria-label=(t(s, "admin-slip-qr")) { (PreEscaped(qr)) }
                    div.slip-text {
                        p.slip-title { (title) }
                        // Once cut, slips of different departments look alike.
                        p.slip-department { (t(s, "admin-slip-department")) " " strong { (batch.department) } }
                        p.slip-code { span { (first) } wbr; span { (second) } }
                        p.slip-help { (t(s, "admin-slip-help")) " " span.slip-address { (breakable_address(&survey_address)) } }
                        @if let Some(key) = batch.key {
                            p.slip-key { (t(s, "admin-slip-key")) " " span.fingerprint { (key.short_fingerprint()) } }
                        }
                    }
                }
            });
        }
        pages.push(html! { section.slip-page { @for slip in slips { (slip) } } });
    }
    let count = batch.codes.len();
    let heading = t_args(
        l,
        "admin-slips-title",
        &[("department", batch.department.to_string().into())],
    );
    let body = html! {
        div.no-print.slips-intro {
            h1 { (heading) }
            div.notice { p { (t_args(l, "admin-slips-intro", &[("count", count.into()), ("pages", count.div_ceil(SLIPS_PER_PAGE).into())])) } }
            // Made in a draft: no key exists yet to print, and saying so
            // beats a promise the slips cannot keep.
            @if batch.key.is_none() {
                div.notice { p { (t(l, "admin-slips-no-key")) } }
            }
            p { a href=(ctx.href(&format!("/admin/surveys/{}", batch.survey))) { (t(l, "admin-back-to-survey")) } }
        }
        div.slips { @for page in pages { (page) } }
    };
    Ok(admin_page(ctx, admin, &heading, body))
}
