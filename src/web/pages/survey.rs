//! `/s/{survey_id}`: the survey an employee answers.
//!
//! Everything a person reads is rendered here; the script (`survey.mjs`)
//! only shows the parts that apply and fills in names. The questions come
//! first: the code arrives in the fragment (`#code=…&key=…`, which browsers
//! never send) or is typed in, but is spent only when the person gives a
//! first answer, so opening a link (or a mail scanner opening it) uses
//! nothing. A voucher can also arrive from another device (`#move=…`).

use std::collections::BTreeMap;

use actix_web::web;
use maud::{Markup, html};
use serde::Serialize;

use super::code_form::code_form;
use super::data::{
    CODE_MESSAGES, FormQuestion, form_model, grouped_fingerprint, json_block, messages,
    module_script,
};
use super::questionnaire::questions;
use super::{EmployeePageError, PageContext, page};
use crate::base64url;
use crate::config::Settings;
use crate::i18n::t;
use crate::language::Language;
use crate::service::{Service, SurveyDetails};
use crate::store::AccessMode;
use crate::survey::{SurveyId, SurveyStatus};

/// What the script shows besides the code messages.
const SURVEY_MESSAGES: &[&str] = &[
    "voucher-working",
    "start-ready",
    "start-crowd",
    "start-done",
    "code-first",
    "key-mismatch",
    "move-invalid",
    "move-copied",
    "whose-continue",
    "whose-continue-moved",
    "whose-new",
    "whose-other",
    "key-unverified",
    "voucher-invalid",
    "survey-not-open",
    "survey-closed",
    "send-working",
    "send-network",
    "token-spent",
    "token-rejected",
    "answered-here",
    "problem-missing",
    "problem-missing-rows",
    "problem-missing-choice",
    "problem-exclusive",
    "problem-row-not-shown",
    "problem-invalid",
];

#[derive(Serialize)]
struct SurveyData<'a> {
    survey: &'a str,
    status: &'static str,
    /// The survey's API address, e.g. `/api/v1/surveys/{id}`.
    api: String,
    keys: Vec<KeyData<'a>>,
    questions: Vec<FormQuestion<'a>>,
    messages: BTreeMap<&'static str, String>,
}

/// A department's public key: DER SubjectPublicKeyInfo in base64url.
#[derive(Serialize)]
struct KeyData<'a> {
    department: &'a str,
    key_id: String,
    spki: String,
}

pub async fn survey_page(
    ctx: PageContext,
    service: web::Data<Service>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
) -> Result<Markup, EmployeePageError> {
    let id = SurveyId::parse(&path).map_err(|_| EmployeePageError::SurveyNotFound(ctx.clone()))?;
    let fail = |e| EmployeePageError::from_service(&ctx, e);
    let view = service.survey(&id).await.map_err(fail)?;
    // Sign-in only where a provider is configured (web/pages/sso.rs).
    let access = match &settings.oidc {
        Some(oidc) => Some((
            service.access_mode(&id).await.map_err(fail)?,
            oidc.display_name.as_str(),
        ))
        .filter(|(mode, _)| mode.signs_in()),
        None => None,
    };
    Ok(render(&ctx, &view, access))
}

fn render(ctx: &PageContext, survey: &SurveyDetails, access: Option<(AccessMode, &str)>) -> Markup {
    let language = ctx.language;
    let title = survey.questionnaire.title.get(language);
    page(
        ctx,
        title,
        html! {
            p.kicker { (survey.title) }
            h1 #survey-heading { (title) }
            p.lead { (survey.questionnaire.intro.get(language)) }
            @match survey.status {
                SurveyStatus::Draft => (not_open(language)),
                SurveyStatus::Closed => p.notice #notice { (t(language, "survey-closed")) },
                SurveyStatus::Open => (open_survey(ctx, survey, access)),
            }
            (json_block("survey-data", &survey_data(ctx, survey, access)))
            (module_script(ctx, "survey.mjs"))
        },
    )
}

fn open_survey(
    ctx: &PageContext,
    survey: &SurveyDetails,
    access: Option<(AccessMode, &str)>,
) -> Markup {
    let language = ctx.language;
    html! {
        noscript { p.notice.error { (t(language, "noscript-survey")) } }
        p.notice.error #notice role="alert" hidden {}
        @if let Some((mode, provider)) = access {
            (super::sso::access(ctx, &survey.id, mode, provider))
        } @else {
            section.card #access hidden aria-labelledby="access-heading" {
                h2 #access-heading { (t(language, "survey-code-heading")) }
                p { (t(language, "survey-code-intro")) }
                (code_form(language, &t(language, "survey-code-submit")))
            }
        }
        (whose_turn(language))
        (elsewhere(language))
        (start(language))
        form #answers .questionnaire method="post" novalidate
            aria-labelledby="survey-heading" {
            div.notice.error.problems #problems tabindex="-1" hidden {
                h2 { (t(language, "problems-heading")) }
                ul {}
            }
            (questions(language, &survey.questionnaire))
            p.field-error #send-error role="alert" {}
            p.progress #send-status role="status" {}
            div.actions {
                button #send type="submit" disabled { (t(language, "survey-submit")) }
                button #send-retry .secondary type="button" hidden { (t(language, "retry")) }
            }
        }
        section.card.ok #thanks hidden aria-labelledby="thanks-heading" {
            h2 #thanks-heading tabindex="-1" { (t(language, "thanks-heading")) }
            p { (t(language, "thanks-body")) }
        }
        (key_fingerprints(language, survey))
    }
}

/// A draft survey: the code left the address bar, so the page shows it
/// (filled in by the script) where it asks people to keep it.
fn not_open(language: Language) -> Markup {
    html! {
        div.notice #notice {
            p { (t(language, "survey-not-open")) }
            p #draft-code hidden {
                (t(language, "draft-code")) " " strong.code-text #draft-code-value {}
            }
        }
    }
}

/// Where this survey stands for the person: nothing used yet, fetching,
/// or a voucher; its details (and the move to another device) folded away.
fn start(language: Language) -> Markup {
    html! {
        div.start #start hidden {
            p.start-status #start-status role="status" {}
            p.field-error #start-error role="alert" {}
            button #start-retry .secondary type="button" hidden { (t(language, "retry")) }
            details.voucher #voucher hidden {
                summary { (t(language, "voucher-summary")) }
                dl.facts {
                    dt { (t(language, "voucher-department")) }
                    dd #voucher-department {}
                    dt { (t(language, "voucher-key-short")) }
                    dd.fingerprint #voucher-key {}
                    dt { (t(language, "voucher-fingerprint")) }
                    dd.fingerprint #voucher-fingerprint {}
                }
                p.ok-text #voucher-key-checked hidden { (t(language, "voucher-key-checked")) }
                p.hint { (t(language, "voucher-fingerprint-hint")) }
                (super::survey_move::move_out(language))
            }
        }
    }
}

/// One browser, several people: which of them is answering now.
fn whose_turn(language: Language) -> Markup {
    html! {
        section.card #whose hidden aria-labelledby="whose-heading" {
            h2 #whose-heading tabindex="-1" { (t(language, "whose-heading")) }
            p { (t(language, "whose-intro")) }
            div.choices-list #whose-choices {}
            p.hint { (t(language, "whose-private")) }
        }
    }
}

/// The code was used in another browser: continue there, or move here.
fn elsewhere(language: Language) -> Markup {
    html! {
        section.card #elsewhere hidden aria-labelledby="elsewhere-heading" {
            h2 #elsewhere-heading tabindex="-1" { (t(language, "elsewhere-heading")) }
            p { (t(language, "elsewhere-body")) }
            (super::survey_move::move_in(language))
            p.hint { (t(language, "elsewhere-hr")) }
        }
    }
}

fn key_fingerprints(language: Language, survey: &SurveyDetails) -> Markup {
    html! {
        details.keys {
            summary { (t(language, "survey-keys")) }
            dl.facts {
                @for department in &survey.departments {
                    @if let Some(key_id) = &department.key_id {
                        @let hex = key_id.to_hex();
                        // The short form HR's page and the slips show comes first, in bold.
                        @let (short, rest) = hex.split_at(16);
                        dt { (department.name.as_str()) }
                        dd.fingerprint { strong { (grouped_fingerprint(short)) } " " (grouped_fingerprint(rest)) }
                    }
                }
            }
        }
    }
}

fn survey_data<'a>(
    ctx: &PageContext,
    survey: &'a SurveyDetails,
    access: Option<(AccessMode, &str)>,
) -> SurveyData<'a> {
    let mut messages = messages(ctx.language, &[CODE_MESSAGES, SURVEY_MESSAGES].concat());
    if let Some((AccessMode::SignIn, _)) = access {
        // Where nobody types a code, "type your code first" means signing in.
        messages.insert("code-first", t(ctx.language, "sso-first"));
        messages.insert("code-unknown", t(ctx.language, "sso-pass-invalid"));
        messages.insert("code-mistyped", t(ctx.language, "sso-pass-invalid"));
    }
    if access.is_some() {
        // The API's reason when a department's places are all taken.
        messages.insert("no_seat", t(ctx.language, "sso-no-seat-short"));
    }
    SurveyData {
        survey: survey.id.as_str(),
        status: survey.status.as_str(),
        api: ctx.href(&format!("/api/v1/surveys/{}", survey.id)),
        // Only an open survey issues vouchers; its page alone needs the keys.
        keys: survey
            .departments
            .iter()
            .filter(|_| survey.status == SurveyStatus::Open)
            .filter_map(|d| {
                Some(KeyData {
                    department: d.name.as_str(),
                    key_id: d.key_id?.to_hex(),
                    spki: base64url::encode(d.public_key.as_deref()?),
                })
            })
            .collect(),
        questions: form_model(&survey.questionnaire),
        messages,
    }
}
