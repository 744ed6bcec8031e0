//! The remembered-device cookie: set at every sign-in, sent back only to
//! the sign-in form. It lets this browser past the account-wide limit on
//! failed sign-ins that strangers can exhaust (service/accounts/guard.rs);
//! it is no credential on its own, the password is still checked.

use actix_web::HttpRequest;
use actix_web::cookie::time::Duration;
use actix_web::cookie::{Cookie, SameSite};

use crate::config::Settings;
use crate::web::context::PageContext;

const COOKIE: &str = "stemme_device";
/// How long a browser is remembered after its last sign-in.
const REMEMBERED: Duration = Duration::days(180);

pub fn device_cookie(ctx: &PageContext, settings: &Settings, value: String) -> Cookie<'static> {
    Cookie::build(COOKIE, value)
        .path(ctx.href("/admin/sign-in"))
        .max_age(REMEMBERED)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(settings.public_url.is_https())
        .finish()
}

pub fn device_of(req: &HttpRequest) -> Option<String> {
    req.cookie(COOKIE).map(|c| c.value().to_owned())
}
