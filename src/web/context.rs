//! Which language a page is in: `?lang=` first (and remembered in a
//! cookie), then that cookie, then the browser's `Accept-Language`.

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpRequest, web};

use crate::config::Settings;
use crate::language::Language;

const COOKIE: &str = "stemme_lang";

/// What every page needs to render: the language and the path prefix
/// under which the service is published.
#[derive(Debug, Clone)]
pub struct PageContext {
    pub language: Language,
    /// e.g. `/stemme` when published at `https://intranet/stemme`; else empty.
    pub base: String,
}

impl PageContext {
    /// A link to a path of the service, e.g. `ctx.href("/assets/style.css")`.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn from_query(req: &HttpRequest) -> Option<Language> {
    req.query_string()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Language::from_tag)
}

/// The best supported language of an `Accept-Language` header, by q-value.
pub fn from_accept_language(header: &str) -> Option<Language> {
    let mut candidates: Vec<(f32, usize, Language)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.trim().split(';');
            let language = Language::from_tag(parts.next()?)?;
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0).then_some((quality, position, language))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates.first().map(|c| c.2)
}

fn negotiate(req: &HttpRequest) -> Language {
    from_query(req)
        .or_else(|| {
            req.cookie(COOKIE)
                .and_then(|c| Language::from_tag(c.value()))
        })
        .or_else(|| {
            let header = req.headers().get("accept-language")?.to_str().ok()?;
            from_accept_language(header)
        })
        .unwrap_or(Language::En)
}

impl PageContext {
    /// The context of a request: it always has one.
    pub fn of(req: &HttpRequest) -> Self {
        let base = req
            .app_data::<web::Data<Settings>>()
            .map(|s| s.public_url.path_prefix().to_owned())
            .unwrap_or_default();
        PageContext {
            language: negotiate(req),
            base,
        }
    }
}

impl FromRequest for PageContext {
    type Error = Error;
    type Future = Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(PageContext::of(req)))
    }
}

/// Remembers a language chosen with `?lang=` for the following pages.
pub async fn remember_language(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let chosen = from_query(req.request());
    let mut response = next.call(req).await?;
    if let Some(language) = chosen {
        let cookie = Cookie::build(COOKIE, language.code())
            .path("/")
            .same_site(SameSite::Lax)
            .http_only(true)
            .max_age(Duration::days(365))
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_quality_supported_language_wins() {
        assert_eq!(
            from_accept_language("sv;q=1, en;q=0.5, da;q=0.8"),
            Some(Language::Da)
        );
        assert_eq!(from_accept_language("nn-NO,en;q=0.3"), Some(Language::Nb));
        assert_eq!(from_accept_language("de, fr;q=0.9"), None);
        assert_eq!(from_accept_language("da;q=0, en"), Some(Language::En));
    }

    #[test]
    fn equal_qualities_keep_the_browsers_order() {
        assert_eq!(from_accept_language("nb, da"), Some(Language::Nb));
    }

    #[test]
    fn garbage_is_ignored() {
        assert_eq!(from_accept_language(";;q=,,,"), None);
        assert_eq!(from_accept_language("da;q=abc, en"), Some(Language::En));
    }
}
