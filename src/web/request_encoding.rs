//! Request bodies Stemme reads are sent as they are, with their length:
//! compressed bodies and bodies without a length are refused before
//! anything reads them.
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
//!
//! A body sent with `Transfer-Encoding` (chunked) has no length to check
//! before it is read, and no end that the stream pacing pipelined requests
//! can see (src/web/pipelining.rs); browsers always send `Content-Length`.
//! Such a request is answered 411 Length Required and its connection closed.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, HeaderMap, TRANSFER_ENCODING};
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

/// Why a request's body is refused, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Compressed,
    NoLength,
}

fn refusal(headers: &HeaderMap) -> Option<Refusal> {
    if encoded(headers) {
        Some(Refusal::Compressed)
    } else if headers.contains_key(TRANSFER_ENCODING) {
        Some(Refusal::NoLength)
    } else {
        None
    }
}

pub async fn refuse_encoded_bodies(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let Some(refusal) = refusal(req.headers()) else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let (status, code, message, page_text) = match refusal {
        Refusal::Compressed => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_content_encoding",
            "send the request body uncompressed: Content-Encoding is not accepted",
            "error-compressed-body",
        ),
        Refusal::NoLength => (
            StatusCode::LENGTH_REQUIRED,
            "length_required",
            "send the request body with a Content-Length: Transfer-Encoding is not accepted",
            "error-length-required",
        ),
    };
    let mut response = if req.path().starts_with("/api/") || req.path() == "/healthz" {
        ApiError::request(status, code, message).error_response()
    } else {
        refusal_page(&PageContext::of(req.request()), status, page_text)
    };
    if refusal == Refusal::Compressed {
        response
            .headers_mut()
            .insert(ACCEPT_ENCODING, HeaderValue::from_static("identity"));
    }
    // Closed, not drained: actix-http would read the rest of a chunked body
    // to keep the connection.
    response
        .head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Close);
    Ok(req.into_response(response).map_into_right_body())
}

fn refusal_page(ctx: &PageContext, status: StatusCode, text: &str) -> HttpResponse {
    let language = ctx.language;
    let title = t(language, "error-title");
    let body = pages::page(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (t(language, text)) }
            p { a href=(ctx.href("/")) { (t(language, "go-home")) } }
        },
    );
    HttpResponse::build(status)
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

    #[test]
    fn a_body_without_a_length_is_refused_and_compression_is_named_first() {
        let mut headers = HeaderMap::new();
        assert_eq!(refusal(&headers), None);
        headers.insert(TRANSFER_ENCODING, HeaderValue::from_static("chunked"));
        assert_eq!(refusal(&headers), Some(Refusal::NoLength));
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        assert_eq!(refusal(&headers), Some(Refusal::Compressed));
    }
}
