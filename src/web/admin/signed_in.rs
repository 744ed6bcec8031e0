//! Who is signed in, and that a POST really comes from Stemme's own pages.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpRequest, ResponseError, web};

use super::error::{AdminPageError, OrPage};
use super::problem::AdminProblem;
use super::return_to::ReturnTo;
use crate::config::Settings;
use crate::service::accounts::{AdminSession, Admins};
use crate::web::context::PageContext;

const COOKIE: &str = "stemme_admin";

/// A signed-in administrator; without one, the request is sent to sign in.
pub struct Admin(pub AdminSession);

impl Admin {
    /// Every state-changing form carries the session's CSRF token.
    pub fn check(&self, ctx: &PageContext, csrf: &str) -> Result<(), AdminPageError> {
        if self.0.csrf_matches(csrf) {
            Ok(())
        } else {
            Err(ctx.fail(AdminProblem::CrossSite))
        }
    }
}

pub fn context(req: &HttpRequest) -> PageContext {
    PageContext::of(req)
}

impl FromRequest for Admin {
    type Error = AdminPageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AdminPageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let ctx = context(req);
        let admins = req.app_data::<web::Data<Admins>>().cloned();
        let cookie = req.cookie(COOKIE).map(|c| c.value().to_owned());
        let back = ReturnTo::of_request(req);
        Box::pin(async move {
            let (Some(admins), Some(cookie)) = (admins, cookie) else {
                return Err(ctx.fail(AdminProblem::SignInRequired(back)));
            };
            match admins.session(&cookie).await.or_page(&ctx)? {
                Some(session) => Ok(Admin(session)),
                None => Err(ctx.fail(AdminProblem::SignInRequired(back))),
            }
        })
    }
}

/// The session cookie: only for HR's pages, never readable by scripts,
/// never sent with a request started by another site.
pub fn session_cookie(ctx: &PageContext, settings: &Settings, value: String) -> Cookie<'static> {
    Cookie::build(COOKIE, value)
        .path(ctx.href("/admin"))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(settings.public_url.is_https())
        .finish()
}

pub fn removal_cookie(ctx: &PageContext, settings: &Settings) -> Cookie<'static> {
    let mut cookie = session_cookie(ctx, settings, String::new());
    cookie.make_removal();
    cookie
}

/// Refuses any non-GET request to HR's pages that a browser says comes
/// from another site: by `Sec-Fetch-Site`, which every current browser
/// sends, else by `Origin`. With `Referrer-Policy: no-referrer` browsers
/// send `Origin: null` even from our own pages, so `null` proves nothing
/// either way; such requests, like those from clients that send neither
/// header, rest on the CSRF token and the `SameSite=Strict` cookie.
pub async fn same_origin(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::EitherBody<impl MessageBody>>, Error> {
    let safe = matches!(req.method().as_str(), "GET" | "HEAD");
    if safe || from_this_site(req.request()) {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let ctx = context(req.request());
    let response = ctx.fail(AdminProblem::CrossSite).error_response();
    Ok(req.into_response(response).map_into_right_body())
}

fn from_this_site(req: &HttpRequest) -> bool {
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match header("origin") {
        None | Some("null") => true,
        Some(origin) => same_authority(req, origin),
    }
}

/// Whether `origin` is the published address, or the one this request was sent to.
fn same_authority(req: &HttpRequest, origin: &str) -> bool {
    let Ok(origin) = url::Url::parse(origin) else {
        return false;
    };
    let authority = |url: &url::Url| {
        let host = url.host_str()?.to_ascii_lowercase();
        Some(format!("{host}:{}", url.port_or_known_default()?))
    };
    let public = req
        .app_data::<web::Data<Settings>>()
        .and_then(|s| url::Url::parse(s.public_url.as_str()).ok());
    let host = req
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .and_then(|h| url::Url::parse(&format!("{}://{h}", origin.scheme())).ok());
    let origin = authority(&origin);
    origin.is_some()
        && (public.is_some_and(|p| authority(&p) == origin)
            || host.is_some_and(|h| authority(&h) == origin))
}
