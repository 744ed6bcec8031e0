//! A fresh database with an open survey and its invites, made through the
//! library before any server starts: what HR would do with the command line.

use std::path::{Path, PathBuf};

use anyhow::Context;
use tempfile::TempDir;

use stemme::accounts::Actor;
use stemme::config::Synchronous;
use stemme::invites::InviteFormat;
use stemme::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use stemme::service::{NewSurvey, Service};
use stemme::survey::{DepartmentName, Departments, MinGroupSize, SurveyId, SurveyTitle};
use stemme::tokens::{KeyId, SigningKey, VerifyingKey, generate_key_pair};

/// The client side of RFC 9474, as a browser does it.
pub type ClientKey = blind_rsa_signatures::PublicKey<
    blind_rsa_signatures::Sha384,
    blind_rsa_signatures::PSS,
    blind_rsa_signatures::Randomized,
>;

/// One department as an employee's browser sees it: its public key, and
/// the invite codes handed out there.
pub struct Department {
    pub key_id: KeyId,
    /// The key as the server verifies with it.
    pub key: VerifyingKey,
    /// The same key as a browser blinds with it.
    pub client_key: ClientKey,
    pub codes: Vec<String>,
}

pub struct Fixture {
    pub db: PathBuf,
    pub survey: SurveyId,
    pub departments: Vec<Department>,
    /// A key pair like the departments', to time the server's RSA code
    /// apart from the server.
    pub signing_key: SigningKey,
    pub verifying_key: VerifyingKey,
    // Last: the directory outlives everything in it.
    pub dir: TempDir,
}

impl Fixture {
    /// Invite `i` of the whole survey, taken from the departments in turn.
    pub fn invite(&self, i: usize) -> (&Department, &str) {
        let department = &self.departments[i % self.departments.len()];
        (department, &department.codes[i / self.departments.len()])
    }
}

/// Makes a survey of `departments` departments with `invites` invites in
/// all, opens it (one RSA key per department) and reads its keys back.
pub async fn prepare(parent: &Path, departments: usize, invites: usize) -> anyhow::Result<Fixture> {
    let dir = tempfile::Builder::new()
        .prefix("stemme-bench-")
        .tempdir_in(parent)
        .with_context(|| format!("cannot make a directory in {}", parent.display()))?;
    let db = dir.path().join("bench.db");
    let (service, _) = stemme::service::open(&db, Synchronous::Full)?;
    let names: Vec<String> = (1..=departments)
        .map(|d| format!("Department {d:02}"))
        .collect();
    let new = NewSurvey {
        title: SurveyTitle::parse("Benchmark")?,
        departments: Departments::parse(&names)?,
        questionnaire: Questionnaire::parse(DEFAULT_SOURCE)?,
        min_group_size: MinGroupSize::default(),
    };
    let survey = service.create_survey(new, &Actor::CommandLine).await?;
    let mut codes = Vec::with_capacity(departments);
    for (d, name) in names.iter().enumerate() {
        let count = invites / departments + usize::from(d < invites % departments);
        codes.push(make_invites(&service, &survey, name, count).await?);
    }
    service.open_survey(&survey, &Actor::CommandLine).await?;
    let departments = read_keys(&service, &survey, codes).await?;
    let (signing_key, verifying_key) = generate_key_pair()?;
    Ok(Fixture {
        db,
        survey,
        departments,
        signing_key,
        verifying_key,
        dir,
    })
}

async fn make_invites(
    service: &Service,
    survey: &SurveyId,
    department: &str,
    count: usize,
) -> anyhow::Result<Vec<String>> {
    let mut codes = Vec::with_capacity(count);
    let max = stemme::service::MAX_INVITES_PER_BATCH as usize;
    while codes.len() < count {
        let n = (count - codes.len()).min(max) as u32;
        let batch = service
            .create_invites(
                survey,
                &DepartmentName::parse(department)?,
                n,
                &Actor::CommandLine,
                InviteFormat::Csv,
            )
            .await?;
        codes.extend(batch.codes.iter().map(stemme::invites::InviteCode::grouped));
    }
    Ok(codes)
}

async fn read_keys(
    service: &Service,
    survey: &SurveyId,
    mut codes: Vec<Vec<String>>,
) -> anyhow::Result<Vec<Department>> {
    let details = service.survey(survey).await?;
    let mut departments = Vec::new();
    for (record, codes) in details.departments.into_iter().zip(codes.drain(..)) {
        let (Some(key_id), Some(spki)) = (record.key_id, record.public_key) else {
            anyhow::bail!("an open survey's department has no key");
        };
        departments.push(Department {
            key_id,
            key: VerifyingKey::from_spki_der(&spki)?,
            client_key: ClientKey::from_der(&spki)?,
            codes,
        });
    }
    Ok(departments)
}
