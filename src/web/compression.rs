//! Which responses are compressed (gzip, by actix-web's `Compress`).
//!
//! Compression makes a response's length depend on its content. Where a body
//! holds a secret next to text an attacker can choose, the length of many
//! responses can reveal the secret byte by byte (BREACH). So only responses
//! that hold no secret are compressed:
//! - the employee's pages: a survey page is 50 KB of questions (9 KB
//!   compressed) and carries no secret at all; codes and vouchers travel in
//!   fragments and POST bodies, never in a page;
//! - the static assets, but not here: they are compressed once, at build
//!   time, and sent as they are (src/web/assets.rs);
//! - not the API: its answers are small, and some carry a blind signature
//!   (the `/tokens` answer); compressing them would cost the CPU that
//!   issuance and submission need, for nothing;
//! - not HR's pages (`/admin`): each carries the session's CSRF token next
//!   to text from HR's forms, and the invite CSV and slips carry the codes
//!   themselves. They are few and seen by few people; left uncompressed.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{ACCEPT_ENCODING, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};

/// Whether a response to `path` may be compressed as it is sent.
pub fn may_compress(path: &str) -> bool {
    let private = ["/api/", "/admin", "/healthz"];
    !private.iter().any(|prefix| path.starts_with(prefix)) && !precompressed(path)
}

/// The static assets come compressed from build.rs (src/web/assets.rs).
fn precompressed(path: &str) -> bool {
    path.starts_with("/assets/") || path == "/favicon.ico"
}

/// A request's `Accept-Encoding`, kept for the handlers that send bytes
/// compressed in advance.
#[derive(Debug, Clone)]
pub struct AcceptedEncodings(pub Option<HeaderValue>);

/// Runs outside `Compress`: a request for a path that must not be
/// compressed as it is sent reaches it as if it accepted no encoding.
pub async fn only_where_safe(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if !may_compress(req.path()) {
        let accepted = req.headers_mut().remove(ACCEPT_ENCODING).next();
        if precompressed(req.path()) {
            req.extensions_mut().insert(AcceptedEncodings(accepted));
        }
    }
    next.call(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_compressed_as_sent_the_api_hr_pages_and_assets_are_not() {
        for path in ["/", "/s/abcdefghjkmn", "/anonymity"] {
            assert!(may_compress(path), "{path}");
        }
        for path in [
            "/assets/style.css",
            "/favicon.ico",
            "/api/v1/surveys/x/tokens",
            "/admin",
            "/admin/surveys/x/invites",
            "/healthz",
        ] {
            assert!(!may_compress(path), "{path}");
        }
    }
}
