//! What the operator configures about the identity provider (the flags
//! `--oidc-*` of `stemme serve`, docs/operations.md).

use std::time::Duration;

use secrecy::SecretString;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OidcSettingsError {
    #[error(
        "the issuer \"{0}\" is not an https:// address (http:// only on this machine: 127.0.0.1, ::1, localhost)"
    )]
    Issuer(String),
    #[error("--oidc-client-id is needed with --oidc-issuer")]
    ClientId,
    #[error(
        "nobody could be an administrator: give --oidc-admin-values (with --oidc-admin-claim) or --oidc-admins"
    )]
    NoAdmins,
}

/// The identity provider and how Stemme reads what it says.
#[derive(Debug, Clone)]
pub struct OidcSettings {
    /// The issuer URL; discovery reads `{issuer}/.well-known/openid-configuration`.
    pub issuer: String,
    pub client_id: String,
    /// None for a public client (PKCE alone).
    pub client_secret: Option<SecretString>,
    /// The provider's name on the sign-in buttons ("Microsoft", "Google").
    pub display_name: String,
    /// Scopes HR's sign-in asks for besides `openid`.
    pub admin_scopes: Vec<String>,
    /// Scopes an employee's sign-in asks for besides `openid`: only what
    /// carries the department claim.
    pub employee_scopes: Vec<String>,
    /// The claim whose values make an administrator (`groups`, `roles`).
    pub admin_claim: String,
    pub admin_values: Vec<String>,
    /// Subjects, or e-mail addresses the provider says it verified.
    pub admins: Vec<String>,
    /// The claim that names an employee's department.
    pub department_claim: String,
    /// How far the provider's clock may be from ours.
    pub clock_skew: Duration,
    /// How long to wait for the provider.
    pub timeout: Duration,
}

impl OidcSettings {
    /// Checks what the flags gave; `issuer` is trimmed of a trailing slash.
    pub fn checked(mut self) -> Result<Self, OidcSettingsError> {
        let issuer = self.issuer.trim().trim_end_matches('/').to_owned();
        let url =
            url::Url::parse(&issuer).map_err(|_| OidcSettingsError::Issuer(issuer.clone()))?;
        let loopback = matches!(
            url.host(),
            Some(url::Host::Ipv4(ip)) if ip.is_loopback()
        ) || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback())
            || url.host_str() == Some("localhost");
        if !(url.scheme() == "https" || (url.scheme() == "http" && loopback)) {
            return Err(OidcSettingsError::Issuer(issuer));
        }
        if self.client_id.trim().is_empty() {
            return Err(OidcSettingsError::ClientId);
        }
        if self.admin_values.is_empty() && self.admins.is_empty() {
            return Err(OidcSettingsError::NoAdmins);
        }
        self.issuer = issuer;
        Ok(self)
    }

    /// A list flag's values: comma-separated, trimmed, empty ones dropped.
    pub fn list(raw: &[String]) -> Vec<String> {
        raw.iter()
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(issuer: &str) -> OidcSettings {
        OidcSettings {
            issuer: issuer.into(),
            client_id: "stemme".into(),
            client_secret: None,
            display_name: "Keycloak".into(),
            admin_scopes: vec![],
            employee_scopes: vec![],
            admin_claim: "groups".into(),
            admin_values: vec!["stemme-admins".into()],
            admins: vec![],
            department_claim: "department".into(),
            clock_skew: Duration::from_secs(60),
            timeout: Duration::from_secs(10),
        }
    }

    #[test]
    fn an_issuer_is_https_or_plain_http_on_this_machine_only() {
        assert_eq!(
            settings("https://login.example.com/realms/x/")
                .checked()
                .unwrap()
                .issuer,
            "https://login.example.com/realms/x"
        );
        assert!(settings("http://127.0.0.1:8080").checked().is_ok());
        assert!(settings("http://localhost:8080").checked().is_ok());
        assert!(matches!(
            settings("http://login.example.com").checked(),
            Err(OidcSettingsError::Issuer(_))
        ));
        assert!(settings("not a url").checked().is_err());
    }

    #[test]
    fn someone_must_be_able_to_be_an_administrator() {
        let mut s = settings("https://x.example");
        s.admin_values.clear();
        assert_eq!(
            s.clone().checked().unwrap_err(),
            OidcSettingsError::NoAdmins
        );
        s.admins = vec!["anne@example.com".into()];
        assert!(s.checked().is_ok());
    }

    #[test]
    fn list_flags_split_on_commas() {
        let raw = vec!["a, b".to_owned(), "".to_owned(), "c".to_owned()];
        assert_eq!(OidcSettings::list(&raw), ["a", "b", "c"]);
    }
}
