//! Static files, embedded in the binary: no CDN, no external fonts.

use actix_web::{HttpResponse, web};

use super::ApiError;

/// (name, bytes, content type).
const FILES: &[(&str, &[u8], &str)] = &[
    (
        "style.css",
        include_bytes!("../../assets/css/style.css"),
        "text/css; charset=utf-8",
    ),
    (
        "js/sha384.mjs",
        include_bytes!("../../assets/js/sha384.mjs"),
        "text/javascript; charset=utf-8",
    ),
    (
        "js/admin-setup.mjs",
        include_bytes!("../../assets/js/admin-setup.mjs"),
        "text/javascript; charset=utf-8",
    ),
    (
        "js/blindrsa.mjs",
        include_bytes!("../../assets/js/blindrsa.mjs"),
        "text/javascript; charset=utf-8",
    ),
];

pub async fn asset(path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let name = path.into_inner();
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, bytes, content_type)) => Ok(HttpResponse::Ok()
            .content_type(*content_type)
            // Not secret and identical for everyone; a short cache is harmless.
            .insert_header(("Cache-Control", "public, max-age=300"))
            .body(*bytes)),
        None => super::api::not_found_error(),
    }
}
