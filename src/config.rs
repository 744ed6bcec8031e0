//! Validated configuration, built once from the command line and passed
//! to the parts that need it. No globals.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::invites::InviteCode;
use crate::survey::SurveyId;
use crate::tokens::KeyId;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("the public URL \"{0}\" is not a valid http:// or https:// address")]
    PublicUrl(String),
    #[error("the public URL must not contain a user name or password")]
    PublicUrlCredentials,
    #[error("the public URL must not have a query (?…) or fragment (#…)")]
    PublicUrlQuery,
}

/// Where employees reach the service, e.g. `https://stemme.example.com`.
/// Invite links are built from it.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicUrl {
    url: String,
    prefix: String,
}

impl PublicUrl {
    pub fn parse(input: &str) -> Result<Self, ConfigError> {
        let invalid = || ConfigError::PublicUrl(input.to_owned());
        let url = url::Url::parse(input.trim()).map_err(|_| invalid())?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(invalid());
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(ConfigError::PublicUrlCredentials);
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(ConfigError::PublicUrlQuery);
        }
        Ok(PublicUrl {
            url: url.as_str().trim_end_matches('/').to_owned(),
            prefix: url.path().trim_end_matches('/').to_owned(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The path the service is published under (`/stemme`), or empty.
    pub fn path_prefix(&self) -> &str {
        &self.prefix
    }

    pub fn is_https(&self) -> bool {
        self.url.starts_with("https://")
    }

    /// The survey's page. The code travels in the fragment, which browsers
    /// never send to the server, so it cannot reach logs (rule P3). Once
    /// the survey is open, the department's key exists and the link carries
    /// its short fingerprint too (`&key=…`), so the page can refuse a key
    /// other than the one everyone in the department gets; a draft's links
    /// have no key part (the page handles both).
    pub fn invite_link(&self, survey: &SurveyId, code: &InviteCode, key: Option<KeyId>) -> String {
        let link = format!("{}/s/{}#code={}", self.url, survey, code.grouped());
        match key {
            Some(key) => format!("{link}&key={}", key.short_hex()),
            None => link,
        }
    }
}

impl fmt::Debug for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicUrl({})", self.url)
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// When a commit counts as done: SQLite's `synchronous` in WAL mode.
/// `docs/performance.md` measures what each costs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Synchronous {
    /// Every answer is on disk before it is acknowledged: survives a crash
    /// of Stemme, of the operating system and a power cut.
    #[default]
    Full,
    /// Survives a crash of Stemme, but a power cut or operating-system crash
    /// may lose the last answers already acknowledged.
    Normal,
}

impl Synchronous {
    pub fn pragma(self) -> &'static str {
        match self {
            Synchronous::Full => "FULL",
            Synchronous::Normal => "NORMAL",
        }
    }
}

/// What a stranger can hold of the server at once (docs/operations.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The deadline for a whole request, body included: a body sent a byte
    /// at a time cannot keep its connection beyond it.
    pub request_timeout: Duration,
    /// Open connections at most; beyond it new ones wait to be accepted.
    pub max_connections: usize,
    /// Open connections of one source (an IPv4 address, an IPv6 /64) at
    /// most; beyond it new ones are closed at once.
    pub max_connections_per_address: usize,
    /// How long a peer may read nothing of an answer before its
    /// connection is closed.
    pub send_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            request_timeout: Duration::from_secs(15),
            max_connections: 4096,
            max_connections_per_address: 256,
            send_timeout: Duration::from_secs(10),
        }
    }
}

/// A certificate chain and its private key, in PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// What `stemme serve` needs to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database: PathBuf,
    pub bind: SocketAddr,
    pub public_url: PublicUrl,
    pub synchronous: Synchronous,
    pub limits: Limits,
    /// Serve HTTPS itself, rather than behind a proxy that does.
    pub tls: Option<TlsFiles>,
    /// The company's identity provider, if HR and employees sign in with it.
    pub oidc: Option<crate::oidc::OidcSettings>,
    /// Whether HR may sign in with a Stemme password too (break-glass).
    pub local_accounts: bool,
}

impl Settings {
    /// A server on `database` and `bind` with every other setting at its default.
    pub fn new(database: PathBuf, bind: SocketAddr, public_url: PublicUrl) -> Self {
        Settings {
            database,
            bind,
            public_url,
            synchronous: Synchronous::default(),
            limits: Limits::default(),
            tls: None,
            oidc: None,
            local_accounts: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_slash_is_dropped() {
        let url = PublicUrl::parse("https://stemme.example.com/").unwrap();
        assert_eq!(url.as_str(), "https://stemme.example.com");
    }

    #[test]
    fn a_path_prefix_is_kept() {
        let url = PublicUrl::parse("http://intranet.local:8080/stemme/").unwrap();
        assert_eq!(url.as_str(), "http://intranet.local:8080/stemme");
        assert_eq!(url.path_prefix(), "/stemme");
        assert_eq!(PublicUrl::parse("https://x.dk").unwrap().path_prefix(), "");
    }

    #[test]
    fn other_schemes_credentials_and_queries_are_refused() {
        assert!(matches!(
            PublicUrl::parse("ftp://x"),
            Err(ConfigError::PublicUrl(_))
        ));
        assert!(matches!(
            PublicUrl::parse("stemme.example.com"),
            Err(ConfigError::PublicUrl(_))
        ));
        assert_eq!(
            PublicUrl::parse("https://u:p@x.dk"),
            Err(ConfigError::PublicUrlCredentials)
        );
        assert_eq!(
            PublicUrl::parse("https://x.dk/?a=1"),
            Err(ConfigError::PublicUrlQuery)
        );
    }

    #[test]
    fn invite_links_carry_the_code_in_the_fragment() {
        let url = PublicUrl::parse("https://x.dk").unwrap();
        let survey = SurveyId::parse("abcdefghjkmn").unwrap();
        let code = InviteCode::generate().unwrap();
        let link = url.invite_link(&survey, &code, None);
        assert_eq!(
            link,
            format!("https://x.dk/s/abcdefghjkmn#code={}", code.grouped())
        );
    }

    #[test]
    fn invite_links_of_an_open_survey_carry_the_short_key_in_the_fragment_too() {
        let url = PublicUrl::parse("https://x.dk").unwrap();
        let survey = SurveyId::parse("abcdefghjkmn").unwrap();
        let code = InviteCode::generate().unwrap();
        let key = KeyId::parse(&"0123456789abcdef".repeat(4)).unwrap();
        let link = url.invite_link(&survey, &code, Some(key));
        assert_eq!(
            link,
            format!(
                "https://x.dk/s/abcdefghjkmn#code={}&key=0123456789abcdef",
                code.grouped()
            )
        );
    }
}
