//! An employee's voucher through the company's sign-in (rule P11), and
//! every page a sign-in can end on when it does not succeed, in the
//! reader's language: for HR's sign-in too.
//!
//! `/s/{id}/sign-in` sends the browser to the provider; back at
//! `/oidc/callback`, the person's pass goes to the survey's page in the
//! fragment (`#code=sso.…`), which browsers never send, and the page uses
//! it exactly as it uses an invite code.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use maud::{Markup, html};

use super::code_form::code_form;
use super::{PageContext, page};
use crate::config::Settings;
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::oidc::{Identity, Oidc, Purpose, SignInError};
use crate::service::{Service, SsoError};
use crate::store::AccessMode;
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

/// Why a sign-in ends on a page of its own.
#[derive(Debug)]
pub enum SignInProblem {
    SignIn(SignInError),
    Survey(SsoError),
    NotConfigured,
    NotAdmin { name: String },
    NameTaken { name: String },
    Failed,
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/s/{id}/sign-in", web::get().to(start));
}

async fn start(
    ctx: PageContext,
    path: web::Path<String>,
    oidc: Option<web::Data<Oidc>>,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
) -> HttpResponse {
    let Some(oidc) = oidc else {
        return problem_page(&ctx, &SignInProblem::NotConfigured);
    };
    let Ok(survey) = SurveyId::parse(&path) else {
        return problem_page(&ctx, &SignInProblem::Survey(SsoError::SurveyNotFound));
    };
    let refusal = match service.survey(&survey).await {
        Err(crate::service::SurveyError::NotFound) => Some(SsoError::SurveyNotFound),
        Err(_) => return problem_page(&ctx, &SignInProblem::Failed),
        Ok(details) if details.status != SurveyStatus::Open => {
            Some(SsoError::NotOpen(details.status))
        }
        Ok(_) => match service.access_mode(&survey).await {
            Ok(mode) if mode.signs_in() => None,
            Ok(_) => Some(SsoError::SignInOff),
            Err(_) => return problem_page(&ctx, &SignInProblem::Failed),
        },
    };
    if let Some(refusal) = refusal {
        return problem_page(&ctx, &SignInProblem::Survey(refusal));
    }
    crate::web::sign_in::start(&ctx, &oidc, &settings, Purpose::Survey(survey)).await
}

/// The provider vouched for an employee: on to the survey with their pass.
pub async fn signed_in(
    ctx: &PageContext,
    survey: &SurveyId,
    identity: &Identity,
    service: &Service,
    oidc: &Oidc,
) -> HttpResponse {
    let claim = &oidc.settings().department_claim;
    match service.sso_pass(survey, identity, claim).await {
        Ok(pass) => HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                ctx.href(&format!("/s/{survey}#code={}", pass.encode())),
            ))
            .finish(),
        Err(e) => problem_page(ctx, &SignInProblem::Survey(e)),
    }
}

/// The sign-in part of a survey's page: before signing in, one sentence
/// on what the provider and Stemme learn; with `Both`, the code field too.
pub fn access(ctx: &PageContext, survey: &SurveyId, mode: AccessMode, provider: &str) -> Markup {
    let l = ctx.language;
    let button = if provider.is_empty() {
        t(l, "survey-sso-button-generic")
    } else {
        t_args(
            l,
            "survey-sso-button",
            &[("provider", provider.to_owned().into())],
        )
    };
    html! {
        section.card #access hidden aria-labelledby="access-heading" {
            h2 #access-heading { (t(l, "survey-sso-heading")) }
            p #sso-privacy { (t(l, "survey-sso-privacy")) }
            p { a.button #sso-sign-in href=(ctx.href(&format!("/s/{survey}/sign-in"))) { (button) } }
            @if mode == AccessMode::Both {
                h3 { (t(l, "survey-sso-or-code")) }
                (code_form(l, &t(l, "survey-code-submit")))
            } @else {
                // Nobody types a code here, but the script reports a pass it
                // cannot use where it reports a code's problems: the field
                // and its buttons are hidden, the messages are not.
                form #code-form .code-form novalidate {
                    input #code type="hidden";
                    p #code-hint hidden {}
                    p.field-error #code-error role="alert" {}
                    p.progress #code-status role="status" {}
                    div hidden {
                        button #code-submit type="submit" disabled { (t(l, "survey-code-submit")) }
                        button #code-retry type="button" { (t(l, "retry")) }
                    }
                }
            }
        }
    }
}

fn texts(l: Language, problem: &SignInProblem) -> (StatusCode, String) {
    use SignInError as E;
    use StatusCode as S;
    let plain = |status, key| (status, t(l, key));
    match problem {
        SignInProblem::SignIn(e) => match e {
            E::ProviderDown(_) => plain(S::SERVICE_UNAVAILABLE, "sso-provider-down"),
            E::ProviderBroken(_) | E::NoIdToken => plain(S::BAD_GATEWAY, "sso-provider-broken"),
            E::StateUnknown => plain(S::BAD_REQUEST, "sso-state-unknown"),
            E::OtherBrowser => plain(S::BAD_REQUEST, "sso-other-browser"),
            E::Refused(reason) => (
                S::FORBIDDEN,
                t_args(l, "sso-refused", &[("reason", reason.clone().into())]),
            ),
            E::WrongAudience(_) => plain(S::UNAUTHORIZED, "sso-wrong-audience"),
            E::WrongIssuer(_) => plain(S::UNAUTHORIZED, "sso-wrong-issuer"),
            E::Expired(_) => plain(S::UNAUTHORIZED, "sso-expired"),
            E::NotYetValid(_) => plain(S::UNAUTHORIZED, "sso-not-yet-valid"),
            E::BadSignature(_) => plain(S::UNAUTHORIZED, "sso-bad-signature"),
            E::UnknownKey => plain(S::UNAUTHORIZED, "sso-unknown-key"),
            E::WrongNonce(_) => plain(S::UNAUTHORIZED, "sso-wrong-nonce"),
            E::Invalid(_) => plain(S::UNAUTHORIZED, "sso-invalid"),
        },
        SignInProblem::Survey(e) => match e {
            SsoError::SurveyNotFound => plain(S::NOT_FOUND, "not-found-survey"),
            SsoError::NotOpen(_) => plain(S::CONFLICT, "sso-survey-not-open"),
            SsoError::SignInOff => plain(S::CONFLICT, "sso-sign-in-off"),
            SsoError::Unmapped { values } if values.is_empty() => {
                plain(S::FORBIDDEN, "sso-unmapped-none")
            }
            SsoError::Unmapped { values } => (
                S::FORBIDDEN,
                t_args(l, "sso-unmapped", &[("values", values.join(", ").into())]),
            ),
            SsoError::Ambiguous { departments } => {
                let names: Vec<&str> = departments.iter().map(DepartmentName::as_str).collect();
                let args = [("departments", names.join(", ").into())];
                (S::FORBIDDEN, t_args(l, "sso-ambiguous", &args))
            }
            SsoError::NoSeat(d) => (
                S::CONFLICT,
                t_args(l, "sso-no-seat", &[("department", d.to_string().into())]),
            ),
            SsoError::Internal(_) => plain(S::INTERNAL_SERVER_ERROR, "error-server"),
        },
        SignInProblem::NotConfigured => plain(S::NOT_FOUND, "sso-not-configured"),
        SignInProblem::NotAdmin { name } => (
            S::FORBIDDEN,
            t_args(l, "sso-not-admin", &[("name", name.clone().into())]),
        ),
        SignInProblem::NameTaken { name } => (
            S::CONFLICT,
            t_args(l, "sso-name-taken", &[("name", name.clone().into())]),
        ),
        SignInProblem::Failed => plain(S::INTERNAL_SERVER_ERROR, "error-server"),
    }
}

/// A page that says what went wrong and what to do, in the reader's
/// language. The cause goes to the log only for the server's own
/// failures and the provider's; it never names the person.
pub fn problem_page(ctx: &PageContext, problem: &SignInProblem) -> HttpResponse {
    let l = ctx.language;
    let (status, message) = texts(l, problem);
    match problem {
        SignInProblem::SignIn(e) => {
            tracing::warn!(error = %crate::web::error::cause_chain(e), "a sign-in failed");
        }
        SignInProblem::Survey(SsoError::Internal(e)) => {
            tracing::error!(error = %crate::web::error::cause_chain(e), "a sign-in failed");
        }
        _ => {}
    }
    let title = t(l, "sso-failed-title");
    let body = page(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.notice.error #sso-problem role="alert" { (message) }
            p { a href=(ctx.href("/")) { (t(l, "go-home")) } }
        },
    );
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body.into_string())
}
