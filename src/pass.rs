//! A sign-in pass: what an employee's sign-in through the identity
//! provider gives their browser in place of an invite code, for one
//! survey. It holds the keyed hash of the person (never their subject,
//! name or address, rule P11), their department, and a tag under the
//! survey's key. The same person gets the same pass at every sign-in, so
//! their browser keeps one entry for them as for a code; the pass stops
//! working when the survey closes, with the key.
//!
//! Like a code, it travels in the URL fragment and in POST bodies only
//! (rule P3).

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::base64url;
use crate::survey::{DepartmentName, SurveyId};

type HmacSha256 = Hmac<Sha256>;

const PREFIX: &str = "sso.";
const TAG: usize = 16;

/// The keyed hash of a person: HMAC-SHA-256 of issuer and subject under
/// the survey's key. Without the key, a subject cannot be tested against it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SubjectHash(pub [u8; 32]);

impl std::fmt::Debug for SubjectHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubjectHash(..)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("this is not a sign-in pass")]
pub struct PassError;

#[derive(Clone, PartialEq, Eq)]
pub struct SsoPass {
    pub subject: SubjectHash,
    pub department: DepartmentName,
    tag: [u8; TAG],
}

impl std::fmt::Debug for SsoPass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SsoPass(..)")
    }
}

#[expect(
    clippy::expect_used,
    reason = "HMAC takes keys of any length: new_from_slice cannot fail"
)]
fn mac(key: &[u8; 32], purpose: &[u8]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(purpose);
    mac
}

impl SubjectHash {
    pub fn of(key: &[u8; 32], issuer: &str, subject: &str) -> Self {
        let mut mac = mac(key, b"stemme-sso-subject\0");
        mac.update(issuer.as_bytes());
        mac.update(b"\0");
        mac.update(subject.as_bytes());
        SubjectHash(mac.finalize().into_bytes().into())
    }
}

impl SsoPass {
    pub fn make(
        key: &[u8; 32],
        survey: &SurveyId,
        subject: SubjectHash,
        department: DepartmentName,
    ) -> Self {
        let tag = Self::tag(key, survey, &subject, &department);
        SsoPass {
            subject,
            department,
            tag,
        }
    }

    fn tag(
        key: &[u8; 32],
        survey: &SurveyId,
        subject: &SubjectHash,
        department: &DepartmentName,
    ) -> [u8; TAG] {
        let mut mac = mac(key, b"stemme-sso-pass\0");
        mac.update(survey.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(&subject.0);
        mac.update(department.as_str().as_bytes());
        let full: [u8; 32] = mac.finalize().into_bytes().into();
        let mut tag = [0; TAG];
        tag.copy_from_slice(&full[..TAG]);
        tag
    }

    /// Whether the pass was made with this survey's key (in constant time).
    pub fn is_valid(&self, key: &[u8; 32], survey: &SurveyId) -> bool {
        let mut mac = mac(key, b"stemme-sso-pass\0");
        mac.update(survey.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(&self.subject.0);
        mac.update(self.department.as_str().as_bytes());
        mac.verify_truncated_left(&self.tag).is_ok()
    }

    /// Whether `raw` is meant as a pass rather than an invite code.
    pub fn looks_like(raw: &str) -> bool {
        raw.trim().starts_with(PREFIX)
    }

    pub fn parse(raw: &str) -> Result<Self, PassError> {
        let body = raw.trim().strip_prefix(PREFIX).ok_or(PassError)?;
        let bytes = base64url::decode(body).map_err(|_| PassError)?;
        if bytes.len() <= 32 + TAG {
            return Err(PassError);
        }
        let (subject, rest) = bytes.split_at(32);
        let (tag, department) = rest.split_at(TAG);
        let department = std::str::from_utf8(department).map_err(|_| PassError)?;
        Ok(SsoPass {
            subject: SubjectHash(subject.try_into().map_err(|_| PassError)?),
            department: DepartmentName::parse(department).map_err(|_| PassError)?,
            tag: tag.try_into().map_err(|_| PassError)?,
        })
    }

    pub fn encode(&self) -> String {
        let mut bytes = Vec::with_capacity(32 + TAG + self.department.as_str().len());
        bytes.extend_from_slice(&self.subject.0);
        bytes.extend_from_slice(&self.tag);
        bytes.extend_from_slice(self.department.as_str().as_bytes());
        format!("{PREFIX}{}", base64url::encode(&bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pass_reads_back_and_holds_only_under_its_survey_and_key() {
        let key = [7; 32];
        let survey = SurveyId::parse("abcdefghjkmn").unwrap();
        let other = SurveyId::parse("abcdefghjkmp").unwrap();
        let subject = SubjectHash::of(&key, "https://idp", "248289761001");
        let pass = SsoPass::make(
            &key,
            &survey,
            subject,
            DepartmentName::parse("Salg").unwrap(),
        );
        let text = pass.encode();
        assert!(SsoPass::looks_like(&text));
        assert!(!text.contains("248289761001"));
        let back = SsoPass::parse(&text).unwrap();
        assert_eq!(back, pass);
        assert!(back.is_valid(&key, &survey));
        assert!(!back.is_valid(&[8; 32], &survey));
        assert!(!back.is_valid(&key, &other));
        // Another department with the same tag is refused.
        let forged = SsoPass {
            department: DepartmentName::parse("Lager").unwrap(),
            ..back
        };
        assert!(!forged.is_valid(&key, &survey));
    }

    #[test]
    fn the_same_person_gets_the_same_pass_and_others_another() {
        let key = [1; 32];
        let a = SubjectHash::of(&key, "https://idp", "anne");
        assert_eq!(a, SubjectHash::of(&key, "https://idp", "anne"));
        assert_ne!(a, SubjectHash::of(&key, "https://idp", "bo"));
        assert_ne!(a, SubjectHash::of(&key, "https://other", "anne"));
        assert_ne!(a, SubjectHash::of(&[2; 32], "https://idp", "anne"));
    }

    #[test]
    fn what_is_not_a_pass_is_refused() {
        for raw in ["", "sso.", "sso.!!!", "ABCD-EFGH", "sso.AAAA"] {
            assert_eq!(SsoPass::parse(raw), Err(PassError));
        }
    }
}
