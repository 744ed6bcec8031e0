//! Which responses are compressed (gzip, by actix-web's `Compress`).
//!
//! Compression makes a response's length depend on its content. Where a body
//! holds a secret next to text an attacker can choose, the length of many
//! responses can reveal the secret byte by byte (BREACH). So only responses
//! that hold no secret are compressed:
//! - the employee's pages and the static assets: a survey page is 50 KB of
//!   questions (9 KB compressed) and carries no secret at all; codes and
//!   vouchers travel in fragments and POST bodies, never in a page;
//! - not the API: its answers are small, and some carry a blind signature
//!   (the `/tokens` answer); compressing them would cost the CPU that
//!   issuance and submission need, for nothing;
//! - not HR's pages (`/admin`): each carries the session's CSRF token next
//!   to text from HR's forms, and the invite CSV and slips carry the codes
//!   themselves. They are few and seen by few people; left uncompressed.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::ACCEPT_ENCODING;
use actix_web::middleware::Next;

/// Whether a response to `path` may be compressed.
pub fn may_compress(path: &str) -> bool {
    let private = ["/api/", "/admin", "/healthz"];
    !private.iter().any(|prefix| path.starts_with(prefix))
}

/// Runs outside `Compress`: a request for a path that must not be
/// compressed reaches it as if it accepted no encoding.
pub async fn only_where_safe(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if !may_compress(req.path()) {
        req.headers_mut().remove(ACCEPT_ENCODING);
    }
    next.call(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_assets_are_compressed_the_api_and_hr_pages_are_not() {
        for path in [
            "/",
            "/s/abcdefghjkmn",
            "/anonymity",
            "/assets/style.css",
            "/favicon.ico",
        ] {
            assert!(may_compress(path), "{path}");
        }
        for path in [
            "/api/v1/surveys/x/tokens",
            "/admin",
            "/admin/surveys/x/invites",
            "/healthz",
        ] {
            assert!(!may_compress(path), "{path}");
        }
    }
}
