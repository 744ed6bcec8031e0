//! The round trip through the identity provider, shared by HR's sign-in
//! (`/admin/oidc`) and an employee's (`/s/{id}/sign-in`): send the browser
//! to the provider with a cookie that ties the sign-in to it, and take it
//! back at `/oidc/callback`, the one redirect URI registered with the
//! provider. What the sign-in was for decides what happens next.
//!
//! The provider's code and `state` arrive in the query string, as the
//! protocol has them; the log records the route template only (rule P3),
//! and the code works once, for Stemme alone (PKCE and the client secret).

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::admin;
use super::context::PageContext;
use super::pages::sso::{self, SignInProblem};
use crate::config::Settings;
use crate::oidc::{Oidc, Purpose, SignInError};
use crate::service::Service;
use crate::service::accounts::Admins;

const BINDING_COOKIE: &str = "stemme_oidc";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/oidc/callback", web::get().to(callback));
}

/// Sends the browser to the provider, or shows why it cannot go.
pub async fn start(
    ctx: &PageContext,
    oidc: &Oidc,
    settings: &Settings,
    purpose: Purpose,
) -> HttpResponse {
    match oidc.begin(purpose).await {
        Ok(start) => {
            let mut response = HttpResponse::SeeOther()
                .insert_header((header::LOCATION, start.url))
                .finish();
            let _ = response.add_cookie(&binding_cookie(ctx, settings, start.binding));
            response
        }
        Err(e) => sso::problem_page(ctx, &SignInProblem::SignIn(e)),
    }
}

/// Sent along with the provider's return only (`SameSite=Lax` lets a
/// top-level navigation from the provider carry it), never to scripts.
fn binding_cookie(ctx: &PageContext, settings: &Settings, value: String) -> Cookie<'static> {
    Cookie::build(BINDING_COOKIE, value)
        .path(ctx.href("/oidc/callback"))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.public_url.is_https())
        .max_age(Duration::minutes(10))
        .finish()
}

#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn callback(
    ctx: PageContext,
    req: HttpRequest,
    oidc: Option<web::Data<Oidc>>,
    service: web::Data<Service>,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
) -> HttpResponse {
    let Some(oidc) = oidc else {
        return sso::problem_page(&ctx, &SignInProblem::NotConfigured);
    };
    let binding = req.cookie(BINDING_COOKIE).map(|c| c.value().to_owned());
    let finished = match web::Query::<Callback>::from_query(req.query_string()) {
        Ok(q) => match (&q.error, &q.code, &q.state) {
            (Some(error), ..) => Err(SignInError::Refused(error.clone())),
            (None, Some(code), Some(state)) => oidc.finish(state, binding.as_deref(), code).await,
            _ => Err(SignInError::StateUnknown),
        },
        Err(_) => Err(SignInError::StateUnknown),
    };
    let mut response = match finished {
        Err(e) => sso::problem_page(&ctx, &SignInProblem::SignIn(e)),
        Ok((Purpose::Admin { return_to }, identity)) => {
            let to = return_to.as_deref();
            admin::oidc::signed_in(&ctx, &oidc, &identity, to, &admins, &settings).await
        }
        Ok((Purpose::Survey(survey), identity)) => {
            sso::signed_in(&ctx, &survey, &identity, &service, &oidc).await
        }
    };
    let mut removal = binding_cookie(&ctx, &settings, String::new());
    removal.make_removal();
    let _ = response.add_cookie(&removal);
    response
}
