//! Where to go after signing in: the page of HR's that was asked for. Only
//! a path of HR's own pages on this server is taken, so a link crafted to
//! pass through the sign-in page cannot send anyone elsewhere (an open
//! redirect): `//evil`, `/\evil`, absolute addresses and their encoded or
//! whitespace-laden variants all resolve to another host or another path.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};

use crate::web::context::PageContext;

/// Keeps the page to return to while the sign-in page changes language
/// (its language links drop the query); only for the sign-in page.
const COOKIE: &str = "stemme_next";

/// A host no real address has: whatever resolves to another host than this
/// one named a place outside Stemme.
const HERE: &str = "http://stemme.invalid/";

/// A path and query under `/admin`, without the published prefix, as the
/// browser would normalise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnTo(String);

impl ReturnTo {
    /// `raw` as the browser would resolve it against one of our pages, if
    /// it stays on this server and inside HR's pages; else nothing.
    pub fn parse(raw: &str) -> Option<ReturnTo> {
        // Browsers read a backslash as a slash; refuse it outright rather
        // than trust that every parser on the way agrees.
        if raw.is_empty() || !raw.starts_with('/') || raw.contains('\\') {
            return None;
        }
        let here = url::Url::parse(HERE).ok()?;
        let url = here.join(raw).ok()?;
        if url.origin() != here.origin() || !url.username().is_empty() || url.password().is_some() {
            return None;
        }
        let path = url.path();
        let inside = path == "/admin" || path.starts_with("/admin/");
        // Back to signing in (or out) would go round in a circle.
        let circular = ["/admin/sign-in", "/admin/sign-out", "/admin/setup"]
            .iter()
            .any(|p| path.starts_with(p));
        if !inside || circular {
            return None;
        }
        Some(ReturnTo(match url.query() {
            Some(query) => format!("{path}?{query}"),
            None => path.to_owned(),
        }))
    }

    /// The page a request asked for, if it is one to come back to: a GET of
    /// one of HR's pages other than the list, where signing in lands anyway.
    pub fn of_request(req: &HttpRequest) -> Option<ReturnTo> {
        if !matches!(req.method().as_str(), "GET" | "HEAD") {
            return None;
        }
        let path = req.path();
        if path == "/admin" || path == "/admin/" {
            return None;
        }
        match req.query_string() {
            "" => ReturnTo::parse(path),
            query => ReturnTo::parse(&format!("{path}?{query}")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The page to return to from `?next=` or, failing that, the cookie
    /// the sign-in page set, checked again either way.
    pub fn asked_for(next: &str, req: &HttpRequest) -> Option<ReturnTo> {
        ReturnTo::parse(next)
            .or_else(|| req.cookie(COOKIE).and_then(|c| ReturnTo::parse(c.value())))
    }

    pub fn cookie(&self, ctx: &PageContext, secure: bool) -> Cookie<'static> {
        Cookie::build(COOKIE, self.0.clone())
            .path(ctx.href("/admin/sign-in"))
            .max_age(Duration::minutes(30))
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(secure)
            .finish()
    }

    /// Signed in: the cookie has done its work.
    pub fn removal(ctx: &PageContext) -> Cookie<'static> {
        let mut cookie = Cookie::build(COOKIE, "")
            .path(ctx.href("/admin/sign-in"))
            .finish();
        cookie.make_removal();
        cookie
    }

    /// The sign-in page's address that comes back here, with this path
    /// percent-encoded into its query.
    pub fn sign_in_query(&self) -> String {
        self.passed_to("/admin/sign-in")
    }

    /// `page`'s address with this path percent-encoded into its `next`:
    /// the sign-in page, or the identity provider's way in from it.
    pub fn passed_to(&self, page: &str) -> String {
        let encoded: String = url::form_urlencoded::byte_serialize(self.0.as_bytes()).collect();
        format!("{page}?next={encoded}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrs_own_pages_are_taken_with_their_query() {
        for (raw, expected) in [
            ("/admin/surveys/abc/results", "/admin/surveys/abc/results"),
            (
                "/admin/surveys/abc/results?goal=sales",
                "/admin/surveys/abc/results?goal=sales",
            ),
            ("/admin", "/admin"),
            ("/admin/./surveys/x", "/admin/surveys/x"),
        ] {
            assert_eq!(
                ReturnTo::parse(raw).map(|r| r.0),
                Some(expected.to_owned()),
                "{raw}"
            );
        }
    }

    #[test]
    fn anything_leading_elsewhere_is_refused() {
        for raw in [
            "",
            "//evil.example/admin",
            "/\\evil.example/admin",
            "\\\\evil.example/admin",
            "/\t/evil.example/admin",
            "/\n/evil.example/admin",
            " //evil.example/admin",
            "https://evil.example/admin",
            "http://stemme.invalid/admin",
            "javascript:alert(1)",
            "admin/surveys",
            "/admin/../evil",
            "/admin/%2e%2e/evil",
            "/%2F%2Fevil.example",
            "/evil",
            "/administrator",
            "/admin/sign-in?next=/admin",
            "/admin/sign-out",
            "//user@evil.example/admin",
        ] {
            assert_eq!(ReturnTo::parse(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn the_sign_in_address_carries_the_path_encoded() {
        let back = ReturnTo::parse("/admin/surveys/x/results?lang=da&goal=sales").unwrap();
        assert_eq!(
            back.sign_in_query(),
            "/admin/sign-in?next=%2Fadmin%2Fsurveys%2Fx%2Fresults%3Flang%3Dda%26goal%3Dsales"
        );
    }
}
