//! The first administrator's setup, signing in and out.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::signed_in::{Admin, removal_cookie, session_cookie};
use super::{html, see_other, views};
use crate::accounts::{AccountError, Password, SetupSecret, SignIn, Username};
use crate::config::Settings;
use crate::service::accounts::{AccountsError, Admins, NewSession};
use crate::web::context::PageContext;
use crate::web::error::HttpError;

/// The setup form; the secret and the passwords are `SecretString` from the
/// moment they are read: never in `Debug` output, zeroed when dropped.
#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: SecretString,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: SecretString,
    #[serde(default)]
    password2: SecretString,
}

impl SetupForm {
    /// The new account, parsed: the name first, then the password.
    fn account(&self) -> Result<(Username, Password), AccountError> {
        let username = Username::parse(&self.username)?;
        Ok((username, Password::parse(self.password.expose_secret())?))
    }
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: SecretString,
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Signed in: the cookie, and on to the surveys.
fn signed_in(ctx: &PageContext, settings: &Settings, session: NewSession) -> HttpResponse {
    let mut response = see_other(ctx.href("/admin"));
    // Adding a cookie fails only for an invalid one; ours is well formed.
    let _ = response.add_cookie(&session_cookie(ctx, settings, session.cookie));
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
    if form.password.expose_secret() != form.password2.expose_secret() {
        let message = crate::i18n::t(l, "admin-error-passwords-differ");
        return Ok(retry(StatusCode::BAD_REQUEST, message));
    }
    let secret = SetupSecret::parse(&form.token);
    let done = match form.account() {
        Ok((username, password)) => {
            admins
                .complete_setup(&secret, username, password, client(&req))
                .await
        }
        Err(e) => Err(e.into()),
    };
    match done {
        Ok(session) => Ok(signed_in(&ctx, &settings, session)),
        Err(e @ AccountsError::Invalid(_)) => Ok(retry(e.status(), views::accounts_message(l, &e))),
        Err(e) => Err(ctx.fail(e)),
    }
}

/// The client's address, only to count failed attempts, in memory; never
/// stored or logged.
fn client(req: &HttpRequest) -> IpAddr {
    req.peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip())
}

pub async fn sign_in_page(ctx: PageContext) -> HttpResponse {
    html(StatusCode::OK, views::sign_in_page(&ctx, "", &[]))
}

pub async fn sign_in(
    ctx: PageContext,
    req: HttpRequest,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AdminPageError> {
    let attempt = SignIn::parse(&form.username, form.password.clone());
    match admins.sign_in(attempt, client(&req)).await {
        Ok(session) => Ok(signed_in(&ctx, &settings, session)),
        Err(
            e @ (AccountsError::WrongCredentials
            | AccountsError::Throttled(_)
            | AccountsError::Busy),
        ) => {
            let message = views::accounts_message(ctx.language, &e);
            Ok(html(
                e.status(),
                views::sign_in_page(&ctx, &form.username, &[message]),
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
