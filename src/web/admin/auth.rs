//! The first administrator's setup, signing in and out.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::device::{device_cookie, device_of};
use super::error::{AdminPageError, OrPage};
use super::return_to::ReturnTo;
use super::signed_in::{Admin, removal_cookie, session_cookie};
use super::{html, see_other, views};
use crate::config::Settings;
use crate::service::accounts::{AccountsError, Admins, NewSession};
use crate::web::context::PageContext;

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password2: String,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    /// The page that sent the browser to sign in; checked before use.
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Signed in: the cookie, and on to the page asked for, else the surveys.
fn signed_in(
    ctx: &PageContext,
    settings: &Settings,
    session: NewSession,
    next: Option<ReturnTo>,
) -> HttpResponse {
    let to = next.as_ref().map_or("/admin", ReturnTo::as_str);
    let mut response = see_other(ctx.href(to));
    if next.is_some() {
        let _ = response.add_cookie(&ReturnTo::removal(ctx));
    }
    // Adding a cookie fails only for an invalid one; ours are well formed.
    let _ = response.add_cookie(&session_cookie(ctx, settings, session.cookie));
    let _ = response.add_cookie(&device_cookie(ctx, settings, session.device));
    response
}

pub async fn setup_page(
    ctx: PageContext,
    admins: web::Data<Admins>,
) -> Result<HttpResponse, AdminPageError> {
    let done = !admins.needs_setup().await.or_page(&ctx)?;
    Ok(html(StatusCode::OK, views::setup_page(&ctx, "", &[], done)))
}

pub async fn setup(
    ctx: PageContext,
    req: HttpRequest,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
    form: web::Form<SetupForm>,
) -> Result<HttpResponse, AdminPageError> {
    let l = ctx.language;
    let retry = |status, message: String| {
        html(
            status,
            views::setup_page(&ctx, &form.username, &[message], false),
        )
    };
    if form.password != form.password2 {
        let message = crate::i18n::t(l, "admin-error-passwords-differ");
        return Ok(retry(StatusCode::BAD_REQUEST, message));
    }
    let client = client(&req);
    match admins
        .complete_setup(&form.token, &form.username, &form.password, client)
        .await
    {
        Ok(session) => Ok(signed_in(&ctx, &settings, session, None)),
        Err(e @ AccountsError::Invalid(_)) => Ok(retry(
            StatusCode::BAD_REQUEST,
            views::accounts_message(l, &e),
        )),
        Err(e) => Err(ctx.fail(e)),
    }
}

/// The client's address, only to count failed attempts, in memory; never
/// stored or logged.
fn client(req: &HttpRequest) -> IpAddr {
    req.peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip())
}

pub async fn sign_in_page(
    ctx: PageContext,
    req: HttpRequest,
    settings: web::Data<Settings>,
    query: web::Query<SignInQuery>,
) -> HttpResponse {
    let next = ReturnTo::asked_for(&query.next, &req);
    let mut response = html(
        StatusCode::OK,
        views::sign_in_page(&ctx, "", &[], next.as_ref()),
    );
    if let Some(next) = &next {
        let _ = response.add_cookie(&next.cookie(&ctx, settings.public_url.is_https()));
    }
    response
}

pub async fn sign_in(
    ctx: PageContext,
    req: HttpRequest,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AdminPageError> {
    let client = client(&req);
    let device = device_of(&req);
    let next = ReturnTo::asked_for(&form.next, &req);
    match admins
        .sign_in(&form.username, &form.password, client, device.as_deref())
        .await
    {
        Ok(session) => Ok(signed_in(&ctx, &settings, session, next)),
        Err(
            e @ (AccountsError::WrongCredentials
            | AccountsError::Throttled(_)
            | AccountsError::Busy),
        ) => {
            let status = match e {
                AccountsError::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
                AccountsError::Busy => StatusCode::SERVICE_UNAVAILABLE,
                _ => StatusCode::UNAUTHORIZED,
            };
            let message = views::accounts_message(ctx.language, &e);
            Ok(html(
                status,
                views::sign_in_page(&ctx, &form.username, &[message], next.as_ref()),
            ))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn sign_out(
    ctx: PageContext,
    admin: Admin,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, AdminPageError> {
    admin.check(&ctx, &form.csrf)?;
    admins.sign_out(&admin.0).await.or_page(&ctx)?;
    let mut response = see_other(ctx.href("/admin/sign-in"));
    let _ = response.add_cookie(&removal_cookie(&ctx, &settings));
    Ok(response)
}
