//! The flags of `stemme serve` for signing in through the company's
//! identity provider (docs/operations.md), each with its environment
//! variable.

use std::time::Duration;

use clap::{ArgAction, Args};

use crate::oidc::{OidcSettings, OidcSettingsError};

#[derive(Debug, Clone, Args)]
pub struct OidcArgs {
    /// The identity provider's issuer URL (OpenID Connect discovery reads
    /// `{issuer}/.well-known/openid-configuration`). Without it, HR signs
    /// in with passwords only and employees with codes only.
    #[arg(long, env = "STEMME_OIDC_ISSUER")]
    pub oidc_issuer: Option<String>,

    /// Stemme's client id at the provider.
    #[arg(long, env = "STEMME_OIDC_CLIENT_ID", default_value = "")]
    pub oidc_client_id: String,

    /// Stemme's client secret at the provider; leave out for a public client.
    #[arg(long, env = "STEMME_OIDC_CLIENT_SECRET", hide_env_values = true)]
    pub oidc_client_secret: Option<String>,

    /// The provider's name on the sign-in buttons, e.g. "Microsoft".
    #[arg(long, env = "STEMME_OIDC_NAME")]
    pub oidc_name: Option<String>,

    /// Scopes HR's sign-in asks for besides `openid` (comma-separated).
    #[arg(
        long,
        env = "STEMME_OIDC_SCOPES",
        default_value = "profile,email",
        value_delimiter = ','
    )]
    pub oidc_scopes: Vec<String>,

    /// Scopes an employee's sign-in asks for besides `openid`: only those
    /// that bring the department claim (comma-separated).
    #[arg(
        long,
        env = "STEMME_OIDC_EMPLOYEE_SCOPES",
        default_value = "",
        value_delimiter = ','
    )]
    pub oidc_employee_scopes: Vec<String>,

    /// The ID token claim whose values make an administrator.
    #[arg(long, env = "STEMME_OIDC_ADMIN_CLAIM", default_value = "groups")]
    pub oidc_admin_claim: String,

    /// Values of --oidc-admin-claim that make an administrator (comma-separated).
    #[arg(long, env = "STEMME_OIDC_ADMIN_VALUES", value_delimiter = ',')]
    pub oidc_admin_values: Vec<String>,

    /// Administrators by subject, or by e-mail address where the provider
    /// says it verified it (comma-separated).
    #[arg(long, env = "STEMME_OIDC_ADMINS", value_delimiter = ',')]
    pub oidc_admins: Vec<String>,

    /// The ID token claim that names an employee's department (a string,
    /// or an array such as `groups`).
    #[arg(
        long,
        env = "STEMME_OIDC_DEPARTMENT_CLAIM",
        default_value = "department"
    )]
    pub oidc_department_claim: String,

    /// Seconds the provider's clock may be ahead or behind.
    #[arg(long, env = "STEMME_OIDC_CLOCK_SKEW", default_value_t = 60, value_parser = clap::value_parser!(u64).range(0..=600))]
    pub oidc_clock_skew: u64,

    /// Seconds to wait for the provider.
    #[arg(long, env = "STEMME_OIDC_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub oidc_timeout: u64,

    /// Whether HR may sign in with a Stemme password (the break-glass
    /// accounts) besides the provider: `--local-accounts false` allows the
    /// provider only. Needs --oidc-issuer to be false.
    #[arg(long, env = "STEMME_LOCAL_ACCOUNTS", default_value_t = true, action = ArgAction::Set)]
    pub local_accounts: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum OidcArgsError {
    #[error(transparent)]
    Settings(#[from] OidcSettingsError),
    #[error("--local-accounts false needs --oidc-issuer: nobody could sign in")]
    NobodyCouldSignIn,
}

impl OidcArgs {
    pub fn settings(&self) -> Result<Option<OidcSettings>, OidcArgsError> {
        let Some(issuer) = &self.oidc_issuer else {
            if !self.local_accounts {
                return Err(OidcArgsError::NobodyCouldSignIn);
            }
            return Ok(None);
        };
        let settings = OidcSettings {
            issuer: issuer.clone(),
            client_id: self.oidc_client_id.trim().to_owned(),
            client_secret: self
                .oidc_client_secret
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(Into::into),
            display_name: self.oidc_name.clone().unwrap_or_default(),
            admin_scopes: OidcSettings::list(&self.oidc_scopes),
            employee_scopes: OidcSettings::list(&self.oidc_employee_scopes),
            admin_claim: self.oidc_admin_claim.trim().to_owned(),
            admin_values: OidcSettings::list(&self.oidc_admin_values),
            admins: OidcSettings::list(&self.oidc_admins),
            department_claim: self.oidc_department_claim.trim().to_owned(),
            clock_skew: Duration::from_secs(self.oidc_clock_skew),
            timeout: Duration::from_secs(self.oidc_timeout),
        };
        Ok(Some(settings.checked()?))
    }
}
