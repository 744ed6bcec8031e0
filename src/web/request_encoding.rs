//! Compressed request bodies are refused before anything reads them.
//!
//! actix-web (with its `compress-gzip` feature) inflates a request body
//! sent with `Content-Encoding: gzip` as it reads it, one wire chunk at a
//! time and each chunk whole: a 200 KB chunk of zeros became 200 MB in
//! memory before any size limit could look at it, on every route that reads
//! a body, with no account needed (measured: eight at once took the server
//! from 23 MB to 2.2 GB, and the memory stayed). No browser compresses what
//! it sends, and Stemme's bodies are a few kilobytes, so a request that
//! names any coding but `identity` is answered 415 before its body is read,
//! and its connection is closed with the body unread (RFC 7694 asks for
//! `Accept-Encoding: identity` on the answer).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, HeaderMap};
use actix_web::http::{StatusCode, header::HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse, ResponseError};
use maud::html;

use super::context::PageContext;
use super::{ApiError, pages};
use crate::i18n::t;

/// Whether the body is sent in any coding other than `identity`.
fn encoded(headers: &HeaderMap) -> bool {
    headers.get_all(CONTENT_ENCODING).any(|value| {
        let Ok(value) = value.to_str() else {
            return true;
        };
        value
            .split(',')
            .map(str::trim)
            .any(|coding| !coding.is_empty() && !coding.eq_ignore_ascii_case("identity"))
    })
}

pub async fn refuse_encoded_bodies(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if !encoded(req.headers()) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let mut response = if req.path().starts_with("/api/") || req.path() == "/healthz" {
        ApiError::request(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_content_encoding",
            "send the request body uncompressed: Content-Encoding is not accepted",
        )
        .error_response()
    } else {
        refusal_page(&PageContext::of(req.request()))
    };
    response
        .headers_mut()
        .insert(ACCEPT_ENCODING, HeaderValue::from_static("identity"));
    Ok(req.into_response(response).map_into_right_body())
}

fn refusal_page(ctx: &PageContext) -> HttpResponse {
    let language = ctx.language;
    let title = t(language, "error-title");
    let body = pages::page(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (t(language, "error-compressed-body")) }
            p { a href=(ctx.href("/")) { (t(language, "go-home")) } }
        },
    );
    HttpResponse::build(StatusCode::UNSUPPORTED_MEDIA_TYPE)
        .content_type("text/html; charset=utf-8")
        .body(body.into_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(CONTENT_ENCODING, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn any_coding_but_identity_counts_as_encoded() {
        assert!(!encoded(&with(&[])));
        assert!(!encoded(&with(&["identity"])));
        assert!(!encoded(&with(&["Identity, identity"])));
        assert!(encoded(&with(&["gzip"])));
        assert!(encoded(&with(&["identity", "br"])));
        assert!(encoded(&with(&["identity, deflate"])));
        assert!(encoded(&with(&["x-gzip"])));
    }
}
