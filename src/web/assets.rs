//! Static files, embedded in the binary: no CDN, no external fonts.

use actix_web::{HttpResponse, web};

use super::ApiError;

/// One of the browser's modules in `assets/js/`, served as `js/NAME`.
macro_rules! module {
    ($name:literal) => {
        (
            concat!("js/", $name),
            include_bytes!(concat!("../../assets/js/", $name)) as &[u8],
            "text/javascript; charset=utf-8",
        )
    };
}

/// (name, bytes, content type).
const FILES: &[(&str, &[u8], &str)] = &[
    (
        "style.css",
        include_bytes!("../../assets/css/style.css"),
        "text/css; charset=utf-8",
    ),
    (
        "results.css",
        include_bytes!("../../assets/css/results.css"),
        "text/css; charset=utf-8",
    ),
    // The RFC 9474 client and its hashes.
    module!("sha384.mjs"),
    module!("sha256.mjs"),
    module!("blindrsa.mjs"),
    // HR's first-start setup page.
    module!("admin-setup.mjs"),
    // The employee's pages.
    module!("invite-code.mjs"),
    module!("messages.mjs"),
    module!("code-field.mjs"),
    module!("answers.mjs"),
    module!("api.mjs"),
    module!("voucher.mjs"),
    module!("dom.mjs"),
    module!("form.mjs"),
    module!("home.mjs"),
    module!("wallet.mjs"),
    module!("move.mjs"),
    module!("qr.mjs"),
    module!("survey-view.mjs"),
    module!("survey-send.mjs"),
    module!("survey.mjs"),
    // The icon browsers show in tabs and bookmarks.
    (
        "favicon.svg",
        include_bytes!("../../assets/img/favicon.svg"),
        "image/svg+xml",
    ),
];

/// The same icon as a 32-pixel PNG in an ICO file (rendered once from the
/// SVG by Chromium; the ICO header just wraps that PNG).
const FAVICON_ICO: &[u8] = include_bytes!("../../assets/img/favicon.ico");

pub async fn asset(path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let name = path.into_inner();
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, bytes, content_type)) => Ok(HttpResponse::Ok()
            .content_type(*content_type)
            // Not secret and identical for everyone; a short cache is harmless.
            .insert_header(("Cache-Control", "public, max-age=300"))
            .body(*bytes)),
        None => Err(super::api::not_found_error()),
    }
}

/// `/favicon.ico`, which browsers ask for whatever the page names: without
/// it, every first visit logs a 404.
pub async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/x-icon")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(FAVICON_ICO)
}
