//! Who the provider says signed in: read from an ID token whose signature,
//! issuer, audience, times and nonce the library has already checked.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Every claim besides the standard ones, as the provider sent it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OtherClaims {
    #[serde(flatten)]
    pub claims: Map<String, Value>,
}

impl openidconnect::AdditionalClaims for OtherClaims {}

/// A person the provider vouched for. Only the parts Stemme reads; for an
/// employee, nothing of it outlives the request but a keyed hash of
/// `issuer` and `subject` and the department it maps to (rule P11).
#[derive(Clone)]
pub struct Identity {
    pub issuer: String,
    pub subject: String,
    /// An e-mail address, only if the provider says it verified it.
    pub verified_email: Option<String>,
    pub preferred_username: Option<String>,
    claims: Map<String, Value>,
}

// By hand: a name or an address must not reach a log by way of `{:?}`.
impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Identity(..)")
    }
}

impl Identity {
    pub fn new(
        issuer: String,
        subject: String,
        email: Option<(String, bool)>,
        preferred_username: Option<String>,
        claims: Map<String, Value>,
    ) -> Self {
        Identity {
            issuer,
            subject,
            verified_email: email.and_then(|(address, verified)| verified.then_some(address)),
            preferred_username,
            claims,
        }
    }

    /// The values of a claim: a string, or the strings of an array (as
    /// `groups` and `roles` are); nothing for any other shape.
    pub fn claim_values(&self, name: &str) -> Vec<String> {
        match self.claims.get(name) {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// How the provider names the person, for HR's audit trail: the
    /// verified e-mail address, else the preferred user name, else the
    /// subject.
    pub fn display_name(&self) -> &str {
        self.verified_email
            .as_deref()
            .or(self.preferred_username.as_deref())
            .unwrap_or(&self.subject)
    }

    /// Issuer and subject: the one stable identifier of the person.
    pub fn key(&self) -> String {
        format!("{} {}", self.issuer, self.subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(claims: Value) -> Identity {
        let Value::Object(map) = claims else { panic!() };
        Identity::new(
            "https://idp".into(),
            "sub-1".into(),
            Some(("a@x.dk".into(), false)),
            None,
            map,
        )
    }

    #[test]
    fn a_claim_is_a_string_or_an_array_of_strings() {
        let id = identity(serde_json::json!({
            "department": "Salg", "groups": ["a", "b", 3], "odd": {"x": 1}
        }));
        assert_eq!(id.claim_values("department"), ["Salg"]);
        assert_eq!(id.claim_values("groups"), ["a", "b"]);
        assert!(id.claim_values("odd").is_empty());
        assert!(id.claim_values("missing").is_empty());
    }

    #[test]
    fn an_unverified_address_is_not_a_name_and_debug_shows_nothing() {
        let id = identity(serde_json::json!({}));
        assert_eq!(id.verified_email, None);
        assert_eq!(id.display_name(), "sub-1");
        assert_eq!(format!("{id:?}"), "Identity(..)");
    }
}
