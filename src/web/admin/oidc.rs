//! HR through the company's identity provider: signing in (`/admin/oidc`,
//! back at `/oidc/callback`), and each survey's choice of how employees
//! get their voucher (`/admin/surveys/{id}/sign-in`).

use actix_web::{HttpResponse, web};
use maud::html;
use serde::Deserialize;

use super::error::{AdminPageError, OrPage};
use super::on_survey::OnSurvey;
use super::return_to::ReturnTo;
use super::signed_in::session_cookie;
use super::views::SignInSection;
use crate::config::Settings;
use crate::i18n::{t, t_args};
use crate::oidc::{Identity, Oidc, Purpose};
use crate::service::accounts::{AccountsError, Admins};
use crate::service::{MAX_SEATS, SsoDepartmentSetting, SurveyError};
use crate::store::AccessMode;
use crate::survey::{DepartmentName, SurveyId};
use crate::web::context::PageContext;
use crate::web::pages::page;
use crate::web::pages::sso::{SignInProblem, problem_page};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(super::resource("/oidc").get(start)).service(
        super::resource("/surveys/{id}/sign-in")
            .get(super::back_to_survey)
            .post(save),
    );
}

/// The provider's button on the sign-in page, and whether the password
/// form is there too.
pub fn sign_in_options(settings: &Settings) -> (Option<String>, bool) {
    let provider = settings.oidc.as_ref().map(|o| o.display_name.clone());
    (provider, settings.local_accounts || settings.oidc.is_none())
}

#[derive(Deserialize)]
struct StartQuery {
    /// The page asked for before signing in (the sign-in page passes it on).
    #[serde(default)]
    next: String,
}

async fn start(
    ctx: PageContext,
    oidc: Option<web::Data<Oidc>>,
    settings: web::Data<Settings>,
    query: web::Query<StartQuery>,
) -> HttpResponse {
    let Some(oidc) = oidc else {
        return problem_page(&ctx, &SignInProblem::NotConfigured);
    };
    // Kept with the sign-in under way, on the server: the provider's
    // round trip cannot change it.
    let return_to = ReturnTo::parse(&query.next).map(|r| r.as_str().to_owned());
    crate::web::sign_in::start(&ctx, &oidc, &settings, Purpose::Admin { return_to }).await
}

/// The provider vouched for someone: an administrator gets a session and
/// goes on to the page they asked for (`return_to`, checked once more) or
/// the surveys; anyone else gets a page saying who they are and why that
/// is not enough.
pub async fn signed_in(
    ctx: &PageContext,
    oidc: &Oidc,
    identity: &Identity,
    return_to: Option<&str>,
    admins: &Admins,
    settings: &Settings,
) -> HttpResponse {
    let name = identity.display_name().to_owned();
    if !oidc.is_admin(identity) {
        return problem_page(ctx, &SignInProblem::NotAdmin { name });
    }
    let session = match admins.sign_in_with_provider(identity.key(), &name).await {
        Ok(session) => session,
        Err(AccountsError::NameTaken(taken)) => {
            let name = taken.to_string();
            return problem_page(ctx, &SignInProblem::NameTaken { name });
        }
        Err(e) => {
            tracing::error!(error = %crate::web::error::cause_chain(&e), "a sign-in failed");
            return problem_page(ctx, &SignInProblem::Failed);
        }
    };
    // The session cookie is SameSite=Strict, and this response ends a
    // round trip begun on the provider's site: a redirect would arrive
    // without the cookie. A page of our own that moves on does not.
    let l = ctx.language;
    let title = t(l, "admin-sso-signed-in-title");
    let to = return_to.and_then(ReturnTo::parse);
    let next = ctx.href(to.as_ref().map_or("/admin", ReturnTo::as_str));
    let body = page(
        ctx,
        &title,
        html! {
            meta http-equiv="refresh" content={ "0;url=" (next) };
            h1 { (title) }
            p #signed-in-as { (t_args(l, "admin-sso-signed-in", &[("name", session.username.to_string().into())])) }
            p { a.button href=(next) { (t(l, "admin-sso-continue")) } }
        },
    );
    let mut response = HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body.into_string());
    let _ = response.add_cookie(&session_cookie(ctx, settings, session.cookie));
    // Signed in: the sign-in page's cookie has done its work, as after a
    // password.
    let _ = response.add_cookie(&ReturnTo::removal(ctx));
    response
}

/// The sign-in section of a survey's page, where a provider is configured.
pub async fn section(
    on: &OnSurvey,
    id: &SurveyId,
) -> Result<Option<SignInSection>, AdminPageError> {
    let Some(oidc) = &on.settings.oidc else {
        return Ok(None);
    };
    let settings = on.service.sso_settings(id).await.or_page(&on.ctx)?;
    Ok(Some(SignInSection {
        settings,
        department_claim: oidc.department_claim.clone(),
    }))
}

/// HR's choice of mode, claim values and seats, from the section's form.
async fn save(
    on: OnSurvey,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AdminPageError> {
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    on.check(field("csrf").unwrap_or_default())?;
    let l = on.ctx.language;
    let Some(mode) = field("mode").and_then(AccessMode::parse) else {
        return on.refuse(t(l, "admin-sso-error-mode")).await;
    };
    let mut departments = Vec::new();
    for i in 0.. {
        let Some(name) = field(&format!("department_{i}")) else {
            break;
        };
        let Ok(department) = DepartmentName::parse(name) else {
            return on.refuse(t(l, "admin-sso-error-mode")).await;
        };
        let raw = field(&format!("seats_{i}")).unwrap_or("0").trim();
        let seats = match raw.parse::<u64>() {
            Ok(n) if n <= MAX_SEATS => n,
            _ => {
                let args = [
                    ("department", department.to_string().into()),
                    ("max", MAX_SEATS.into()),
                ];
                return on.refuse(t_args(l, "admin-sso-error-seats", &args)).await;
            }
        };
        let claim_values = field(&format!("claims_{i}"))
            .unwrap_or_default()
            .split([',', '\n'])
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect();
        departments.push(SsoDepartmentSetting {
            department,
            claim_values,
            seats,
        });
    }
    match on
        .service
        .save_sso_settings(&on.id, mode, departments, &on.actor())
        .await
    {
        Ok(()) => Ok(on.done("sign-in")),
        Err(e @ (SurveyError::SeatsShrink(_) | SurveyError::DepartmentNotFound(_))) => {
            on.refuse(super::views::survey_message(l, &e)).await
        }
        Err(e) => Err(on.fail(e)),
    }
}
