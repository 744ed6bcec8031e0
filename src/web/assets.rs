//! Static files, embedded in the binary: no CDN, no external fonts.
//!
//! build.rs prepares each once: compressed with gzip and Brotli, and, for
//! the browser's modules, a copy under a content-hashed name whose imports
//! name hashed modules too. A request is answered from memory with the
//! bytes made for its `Accept-Encoding`, their `Content-Length` and a strong
//! `ETag`: no compression work per request. Hashed names never change
//! their content, so browsers keep them for a year without asking again
//! (a second visit, or a second employee on the same device, fetches none);
//! the plain names stay for whoever links them, with a short cache.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};

use super::ApiError;
use super::compression::AcceptedEncodings;

/// One file as build.rs prepared it.
pub struct Asset {
    /// Its name under `/assets/`, e.g. `style.css` or `js/api.3f2a9c1b07.mjs`.
    pub name: &'static str,
    /// The plain name it is a copy of (its own, if it is not a copy).
    pub plain: &'static str,
    pub content_type: &'static str,
    /// A hash of its bytes, for the `ETag`.
    pub tag: &'static str,
    pub identity: &'static [u8],
    pub gzip: Option<&'static [u8]>,
    pub brotli: Option<&'static [u8]>,
    /// For a hashed module: every module it imports, directly or not.
    pub imports: &'static [&'static str],
}

static ASSETS: &[Asset] = include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// Hashed names may be cached for good: their content never changes.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Plain names change with each release.
const SHORT: &str = "public, max-age=300";

fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}

/// Whether `name` is a content-hashed name (`stem.HASH.ext`).
fn hashed(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let mut parts = file.split('.');
    let (_, hash, _) = (parts.next(), parts.next(), parts.next());
    hash.is_some_and(|h| h.len() == 10 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The address of `plain` (e.g. `style.css`, `js/survey.mjs`) under its
/// content-hashed name, for pages to link.
pub fn href(plain: &str) -> String {
    format!("/assets/{}", hashed_copy(plain).name)
}

/// The hashed copy of `plain`, with what it imports.
pub fn hashed_copy(plain: &str) -> &'static Asset {
    ASSETS
        .iter()
        .find(|a| a.plain == plain && a.name != plain)
        .unwrap_or_else(|| panic!("no asset {plain} in assets/"))
}

/// Which prepared form to send: Brotli, then gzip, then the plain bytes.
fn choose(asset: &Asset, accepted: &str) -> (&'static [u8], Option<&'static str>) {
    let accepts = |coding: &str| {
        accepted.split(',').any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| p.replace(' ', "").eq_ignore_ascii_case("q=0"));
            name.eq_ignore_ascii_case(coding) && !refused
        })
    };
    match (asset.brotli, asset.gzip) {
        (Some(bytes), _) if accepts("br") => (bytes, Some("br")),
        (_, Some(bytes)) if accepts("gzip") => (bytes, Some("gzip")),
        _ => (asset.identity, None),
    }
}

fn serve(req: &HttpRequest, asset: &'static Asset, cache: &'static str) -> HttpResponse {
    let accepted = req
        .extensions()
        .get::<AcceptedEncodings>()
        .and_then(|a| a.0.clone())
        .unwrap_or_else(|| HeaderValue::from_static(""));
    let (bytes, coding) = choose(asset, accepted.to_str().unwrap_or_default());
    let etag = format!(
        "\"{}{}\"",
        asset.tag,
        coding.map_or("", |c| if c == "br" { "-br" } else { "-gz" })
    );
    let unchanged = not_modified(req, asset.tag);
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, etag))
        .insert_header((header::VARY, "Accept-Encoding"));
    if let Some(coding) = coding {
        response.insert_header((header::CONTENT_ENCODING, coding));
    }
    if unchanged {
        response.finish()
    } else {
        response.body(bytes)
    }
}

/// Whether the browser already holds this content (any of its encodings).
fn not_modified(req: &HttpRequest, tag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| {
            t.trim() == "*"
                || t.trim()
                    .trim_start_matches("W/")
                    .trim_matches('"')
                    .starts_with(tag)
        })
}

pub async fn asset(req: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let name = path.into_inner();
    match find(&name) {
        Some(asset) => Ok(serve(
            &req,
            asset,
            if hashed(&name) { IMMUTABLE } else { SHORT },
        )),
        None => Err(super::api::not_found_error()),
    }
}

/// `/favicon.ico`, which browsers ask for whatever the page names: without
/// it, every first visit logs a 404. (The same icon as a 32-pixel PNG in an
/// ICO file, rendered once from the SVG by Chromium.)
pub async fn favicon(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let asset = find("favicon.ico").ok_or_else(super::api::not_found_error)?;
    Ok(serve(&req, asset, "public, max-age=86400"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_has_a_hashed_copy_whose_imports_are_hashed_and_served() {
        let survey = hashed_copy("js/survey.mjs");
        assert!(hashed(survey.name), "{}", survey.name);
        assert!(!survey.imports.is_empty());
        let text = std::str::from_utf8(survey.identity).unwrap();
        for import in survey.imports {
            assert!(hashed(import), "{import}");
            assert!(find(import).is_some(), "{import}");
        }
        assert!(!text.contains("\"./api.mjs\""), "imports renamed");
        let api = hashed_copy("js/api.mjs").name.trim_start_matches("js/");
        assert!(text.contains(&format!("\"./{api}\"")));
        assert_eq!(
            href("style.css"),
            format!("/assets/{}", hashed_copy("style.css").name)
        );
        assert!(hashed(hashed_copy("style.css").name));
    }

    #[test]
    fn brotli_is_preferred_then_gzip_and_a_refused_coding_is_not_sent() {
        let style = find("style.css").unwrap();
        assert_eq!(choose(style, "gzip, deflate, br").1, Some("br"));
        assert_eq!(choose(style, "gzip").1, Some("gzip"));
        assert_eq!(choose(style, "br;q=0, gzip").1, Some("gzip"));
        assert_eq!(choose(style, "").1, None);
        assert_eq!(choose(style, "identity").0, style.identity);
    }
}
