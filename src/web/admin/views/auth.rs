//! Signing in, and choosing the first administrator's password.

use maud::{Markup, html};

use super::error_summary;
use crate::accounts::Password;
use crate::i18n::{t, t_args};
use crate::web::admin::return_to::ReturnTo;
use crate::web::context::PageContext;
use crate::web::pages::page;

/// `options`: the identity provider's name if it is configured, and
/// whether passwords are allowed too (web/admin/oidc.rs); `next`: the
/// page to return to after signing in.
pub fn sign_in_page(
    ctx: &PageContext,
    username: &str,
    errors: &[String],
    options: &(Option<String>, bool),
    next: Option<&ReturnTo>,
) -> Markup {
    let l = ctx.language;
    let (provider, passwords) = options;
    page(
        ctx,
        &t(l, "admin-sign-in-title"),
        html! {
            h1 { (t(l, "admin-sign-in-title")) }
            p { (t(l, "admin-sign-in-intro")) }
            (error_summary(ctx, errors))
            @if let Some(provider) = provider {
                (super::sso::provider_button(ctx, provider, next))
            }
            @if *passwords {
            form.narrow method="post" action=(ctx.href("/admin/sign-in") ) {
                @if let Some(next) = next {
                    input type="hidden" name="next" value=(next.as_str());
                }
                div.field {
                    label for="username" { (t(l, "admin-username")) }
                    input #username type="text" name="username" value=(username)
                        autocomplete="username" autocapitalize="none" spellcheck="false" required
                        autofocus[errors.is_empty() && provider.is_none()];
                }
                div.field {
                    label for="password" { (t(l, "admin-password")) }
                    input #password type="password" name="password"
                        autocomplete="current-password" required;
                }
                button type="submit" { (t(l, "admin-sign-in")) }
            }
            }
        },
    )
}

/// The first start's form; with `done`, only a pointer to signing in.
pub fn setup_page(ctx: &PageContext, username: &str, errors: &[String], done: bool) -> Markup {
    let l = ctx.language;
    let min = [("min", Password::MIN_CHARS.into())];
    page(
        ctx,
        &t(l, "admin-setup-title"),
        html! {
            h1 { (t(l, "admin-setup-title")) }
            @if done {
                div.notice { p { (t(l, "admin-setup-already-done")) } }
                p { a.button href=(ctx.href("/admin/sign-in")) { (t(l, "admin-sign-in")) } }
            } @else {
                p { (t(l, "admin-setup-intro")) }
                (error_summary(ctx, errors))
                form.narrow method="post" action=(ctx.href("/admin/setup")) {
                    div.field {
                        label for="setup-token" { (t(l, "admin-setup-code")) }
                        p.hint #setup-token-hint { (t(l, "admin-setup-code-hint")) }
                        input #setup-token type="text" name="token" required autocomplete="off"
                            spellcheck="false" aria-describedby="setup-token-hint";
                    }
                    div.field {
                        label for="username" { (t(l, "admin-username")) }
                        input #username type="text" name="username" value=(username)
                            autocomplete="username" autocapitalize="none" spellcheck="false" required;
                    }
                    div.field {
                        label for="password" { (t(l, "admin-new-password")) }
                        p.hint #password-hint { (t_args(l, "admin-password-hint", &min)) }
                        input #password type="password" name="password" required
                            minlength=(Password::MIN_CHARS) autocomplete="new-password"
                            aria-describedby="password-hint";
                    }
                    div.field {
                        label for="password2" { (t(l, "admin-repeat-password")) }
                        input #password2 type="password" name="password2" required
                            minlength=(Password::MIN_CHARS) autocomplete="new-password";
                    }
                    button type="submit" { (t(l, "admin-setup-submit")) }
                }
                script type="module" src=(ctx.href(&crate::web::assets::href("js/admin-setup.mjs"))) {}
            }
        },
    )
}
