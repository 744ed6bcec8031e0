//! HR's choice, per survey, of how employees get their voucher: invite
//! codes, the company's sign-in, or both; and the map from the provider's
//! department claim to the survey's departments, with how many people of
//! each may sign in (as many empty ballots are made, as for invites).

use maud::{Markup, html};

use super::csrf_field;
use super::survey_page_data::{SurveyPage, action};
use crate::i18n::{t, t_args};
use crate::service::accounts::AdminSession;
use crate::store::{AccessMode, SsoRecord};
use crate::survey::SurveyStatus;
use crate::web::admin::return_to::ReturnTo;
use crate::web::context::PageContext;

/// What the section needs: HR's settings, and the claim they map.
pub struct SignInSection {
    pub settings: SsoRecord,
    pub department_claim: String,
}

pub fn sign_in_section(ctx: &PageContext, admin: &AdminSession, p: &SurveyPage<'_>) -> Markup {
    let l = ctx.language;
    let Some(section) = &p.sign_in else {
        return html! {};
    };
    let open = p.survey.status == SurveyStatus::Open;
    let claim = [("claim", section.department_claim.clone().into())];
    html! {
        section aria-labelledby="sign-in" {
            h2 #sign-in { (t(l, "admin-sso-heading")) }
            p.hint { (t(l, "admin-sso-explained")) }
            @if p.survey.status == SurveyStatus::Closed {
                p { (t(l, match section.settings.mode {
                    AccessMode::Codes => "admin-sso-mode-codes",
                    AccessMode::SignIn => "admin-sso-mode-sso",
                    AccessMode::Both => "admin-sso-mode-both",
                })) }
            } @else {
                form.sso-form method="post" action=(action(ctx, p, "sign-in")) {
                    (csrf_field(admin))
                    fieldset {
                        legend { (t(l, "admin-sso-mode")) }
                        @for mode in [AccessMode::Codes, AccessMode::SignIn, AccessMode::Both] {
                            label.choice {
                                input type="radio" name="mode" value=(mode.as_str())
                                    checked[section.settings.mode == mode];
                                span { (t(l, &format!("admin-sso-mode-{}", mode.as_str()))) }
                            }
                        }
                    }
                    p.hint { (t_args(l, "admin-sso-claim-hint", &claim)) }
                    @if open { p.hint { (t(l, "admin-sso-seats-open")) } }
                    table.sso-map {
                        thead { tr {
                            th scope="col" { (t(l, "admin-department")) }
                            th scope="col" { (t_args(l, "admin-sso-claim-values", &claim)) }
                            th scope="col" { (t(l, "admin-sso-seats")) }
                            th scope="col" { (t(l, "admin-sso-used")) }
                        } }
                        tbody {
                            @for (i, d) in section.settings.departments.iter().enumerate() {
                                tr {
                                    th scope="row" {
                                        (d.department.as_str())
                                        input type="hidden" name={ "department_" (i) } value=(d.department.as_str());
                                    }
                                    td { input id={ "claims-" (i) } type="text" name={ "claims_" (i) }
                                        value=(d.claim_values.join(", "))
                                        aria-label=(t_args(l, "admin-sso-claim-values-of", &[("department", d.department.to_string().into())])); }
                                    td { input id={ "seats-" (i) } type="number" name={ "seats_" (i) }
                                        value=(d.seats) min=(if open { d.seats } else { d.used }) inputmode="numeric"
                                        aria-label=(t_args(l, "admin-sso-seats-of", &[("department", d.department.to_string().into())])); }
                                    td { (d.used) }
                                }
                            }
                        }
                    }
                    button.secondary type="submit" { (t(l, "admin-save")) }
                }
            }
        }
    }
}

/// The sign-in page's way in through the company's account, passing on
/// the page to return to.
pub fn provider_button(ctx: &PageContext, provider: &str, next: Option<&ReturnTo>) -> Markup {
    let l = ctx.language;
    let label = if provider.is_empty() {
        t(l, "admin-sso-button-generic")
    } else {
        t_args(
            l,
            "admin-sso-button",
            &[("provider", provider.to_owned().into())],
        )
    };
    html! {
        @let way_in = next.map_or_else(|| "/admin/oidc".to_owned(), |n| n.passed_to("/admin/oidc"));
        p.sso-sign-in { a.button #sso-sign-in href=(ctx.href(&way_in)) { (label) } }
    }
}
