//! What every page needs: which language it is in and where the service
//! is published. The language: `?lang=` first (and remembered in a
//! cookie), then that cookie, then the browser's `Accept-Language`.

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{AcceptLanguage, Preference, Quality};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};

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

/// The best supported language the browser asks for, by q-value; a
/// language with `q=0` is one it refuses.
fn from_accept_language(req: &HttpRequest) -> Option<Language> {
    let header = req.get_header::<AcceptLanguage>()?;
    let acceptable = AcceptLanguage(
        header
            .0
            .into_iter()
            .filter(|item| item.quality > Quality::ZERO)
            .collect(),
    );
    acceptable
        .ranked()
        .into_iter()
        .find_map(|preference| match preference {
            Preference::Specific(tag) => Language::from_tag(tag.as_str()),
            Preference::Any => None,
        })
}

fn negotiate(req: &HttpRequest) -> Language {
    from_query(req)
        .or_else(|| {
            req.cookie(COOKIE)
                .and_then(|c| Language::from_tag(c.value()))
        })
        .or_else(|| from_accept_language(req))
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
    use actix_web::test::TestRequest;

    use super::*;

    fn asking(header: &str) -> Language {
        let req = TestRequest::default()
            .insert_header(("accept-language", header))
            .to_http_request();
        negotiate(&req)
    }

    #[test]
    fn the_highest_quality_supported_language_wins() {
        assert_eq!(asking("sv;q=1, en;q=0.5, da;q=0.8"), Language::Da);
        assert_eq!(asking("nn-NO,en;q=0.3"), Language::Nb);
        assert_eq!(asking("da;q=0, nb;q=0.1"), Language::Nb);
    }

    #[test]
    fn equal_qualities_keep_the_browsers_order() {
        assert_eq!(asking("nb, da"), Language::Nb);
    }

    #[test]
    fn nothing_supported_or_garbage_is_english() {
        assert_eq!(asking("de, fr;q=0.9"), Language::En);
        assert_eq!(asking(";;q=,,,"), Language::En);
        assert_eq!(asking("da;q=abc, en"), Language::En);
    }
}
