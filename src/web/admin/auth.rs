//! The first administrator's setup, signing in and out.

use std::future::{Ready, ready};
use std::net::{IpAddr, Ipv4Addr};

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use maud::Markup;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::device::{device_cookie, device_of};
use super::error::{AdminPageError, OrPage};
use super::problem::AdminProblem;
use super::return_to::ReturnTo;
use super::signed_in::{Admin, context, removal_cookie, session_cookie};
use super::{html, see_other, views};
use crate::accounts::{AccountError, Password, SetupSecret, SignIn, Username};
use crate::config::Settings;
use crate::i18n::t;
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

/// What the setup and sign-in forms both need: the page's language and
/// base, the client's address, the remembered-device cookie, HR's accounts
/// and the settings for the cookies.
pub struct Gate {
    ctx: PageContext,
    req: HttpRequest,
    client: IpAddr,
    device: Option<String>,
    admins: web::Data<Admins>,
    settings: web::Data<Settings>,
}

impl FromRequest for Gate {
    type Error = AdminPageError;
    type Future = Ready<Result<Self, AdminPageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let ctx = context(req);
        let admins = req.app_data::<web::Data<Admins>>().cloned();
        let settings = req.app_data::<web::Data<Settings>>().cloned();
        ready(match (admins, settings) {
            (Some(admins), Some(settings)) => Ok(Gate {
                ctx,
                req: req.clone(),
                client: client(req),
                device: device_of(req),
                admins,
                settings,
            }),
            _ => Err(ctx.fail(AdminProblem::NotFound)),
        })
    }
}

impl Gate {
    /// Signed in: the cookie, and on to the surveys. A refusal the form
    /// explains (`shown`): the form again, with why. Anything else: an
    /// error page.
    fn answer(
        &self,
        outcome: Result<NewSession, AccountsError>,
        shown: fn(&AccountsError) -> bool,
        form: impl FnOnce(&[String]) -> Markup,
        next: Option<&ReturnTo>,
    ) -> Result<HttpResponse, AdminPageError> {
        match outcome {
            Ok(session) => {
                // On to the page asked for, else the surveys.
                let to = next.map_or("/admin", ReturnTo::as_str);
                let mut response = see_other(self.ctx.href(to));
                if next.is_some() {
                    let _ = response.add_cookie(&ReturnTo::removal(&self.ctx));
                }
                let cookie = session_cookie(&self.ctx, &self.settings, session.cookie);
                let device = device_cookie(&self.ctx, &self.settings, session.device);
                // Adding a cookie fails only for an invalid one; ours are well formed.
                let _ = response.add_cookie(&cookie);
                let _ = response.add_cookie(&device);
                Ok(response)
            }
            Err(e) if shown(&e) => {
                let message = views::accounts_message(self.ctx.language, &e);
                Ok(html(e.status(), form(&[message])))
            }
            Err(e) => Err(self.ctx.fail(e)),
        }
    }
}

pub async fn setup_page(
    ctx: PageContext,
    admins: web::Data<Admins>,
) -> Result<HttpResponse, AdminPageError> {
    let done = !admins.needs_setup().await.or_page(&ctx)?;
    Ok(html(StatusCode::OK, views::setup_page(&ctx, "", &[], done)))
}

pub async fn setup(gate: Gate, form: web::Form<SetupForm>) -> Result<HttpResponse, AdminPageError> {
    if !super::oidc::sign_in_options(&gate.settings).1 {
        return Err(gate.ctx.fail(AccountsError::SetupRefused));
    }
    let again = |errors: &[String]| views::setup_page(&gate.ctx, &form.username, errors, false);
    if form.password.expose_secret() != form.password2.expose_secret() {
        let message = t(gate.ctx.language, "admin-error-passwords-differ");
        return Ok(html(StatusCode::BAD_REQUEST, again(&[message])));
    }
    let secret = SetupSecret::parse(&form.token);
    let outcome = match form.account() {
        Ok((username, password)) => {
            gate.admins
                .complete_setup(&secret, username, password, gate.client)
                .await
        }
        Err(e) => Err(e.into()),
    };
    gate.answer(
        outcome,
        |e| matches!(e, AccountsError::Invalid(_)),
        again,
        None,
    )
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
    let options = super::oidc::sign_in_options(&settings);
    // Kept in a cookie too: the page's language links drop the query.
    let next = ReturnTo::asked_for(&query.next, &req);
    let page = views::sign_in_page(&ctx, "", &[], &options, next.as_ref());
    let mut response = html(StatusCode::OK, page);
    if let Some(next) = &next {
        let _ = response.add_cookie(&next.cookie(&ctx, settings.public_url.is_https()));
    }
    response
}

pub async fn sign_in(
    gate: Gate,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AdminPageError> {
    let options = super::oidc::sign_in_options(&gate.settings);
    let next = ReturnTo::asked_for(&form.next, &gate.req);
    if !options.1 {
        let message = t(gate.ctx.language, "admin-sso-passwords-off");
        let page = views::sign_in_page(
            &gate.ctx,
            &form.username,
            &[message],
            &options,
            next.as_ref(),
        );
        return Ok(html(StatusCode::FORBIDDEN, page));
    }
    let attempt = SignIn::parse(&form.username, form.password.clone());
    let outcome = gate
        .admins
        .sign_in(attempt, gate.client, gate.device.as_deref())
        .await;
    // Refusals the page explains; a broken server is an error page.
    let shown = |e: &AccountsError| {
        matches!(
            e,
            AccountsError::WrongCredentials | AccountsError::Throttled(_) | AccountsError::Busy
        )
    };
    let again = |errors: &[String]| {
        views::sign_in_page(&gate.ctx, &form.username, errors, &options, next.as_ref())
    };
    gate.answer(outcome, shown, again, next.as_ref())
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
