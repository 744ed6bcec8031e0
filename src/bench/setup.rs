//! A fresh database with an open survey and its invites, made through the
//! library before any server starts: what HR would do with the command line.

use std::path::{Path, PathBuf};

use anyhow::Context;
use blind_rsa_signatures::{PSS, PublicKey, Randomized, Sha384};
use tempfile::TempDir;

use crate::accounts::Actor;
use crate::invites::InviteFormat;
use crate::service::Service;
use crate::store::Store;
use crate::survey::{DepartmentName, Departments, MinGroupSize, SurveyId};
use crate::tokens::{KeyId, SigningKey, VerifyingKey};

/// The client side's RFC 9474 public key.
pub type ClientKey = PublicKey<Sha384, PSS, Randomized>;

/// One department as an employee's browser sees it: its public key, and
/// the invite codes handed out there.
pub struct Department {
    pub name: DepartmentName,
    pub key_id: KeyId,
    pub key: VerifyingKey,
    /// The same public key, for blinding and finalising.
    pub client_key: ClientKey,
    pub codes: Vec<String>,
}

pub struct Fixture {
    pub db: PathBuf,
    pub survey: SurveyId,
    pub departments: Vec<Department>,
    /// One department's private key, to time signing apart from the server.
    pub signing_key: SigningKey,
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
    let service = Service::new(Store::open(&db)?);
    let names: Vec<String> = (1..=departments)
        .map(|d| format!("Department {d:02}"))
        .collect();
    let survey = service
        .create_survey(
            "Benchmark",
            Departments::parse(&names)?,
            None,
            MinGroupSize::default(),
        )
        .await?;
    let mut codes = Vec::with_capacity(departments);
    for (d, name) in names.iter().enumerate() {
        let count = invites / departments + usize::from(d < invites % departments);
        codes.push(make_invites(&service, &survey, name, count).await?);
    }
    service.open_survey(&survey).await?;
    let departments = read_keys(&service, &survey, codes).await?;
    let der = service
        .store()
        .signing_key(&survey, &departments[0].name)
        .await?
        .context("the survey has no signing key")?;
    Ok(Fixture {
        db,
        survey,
        departments,
        signing_key: SigningKey::from_pkcs8_der(&der)?,
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
    let max = crate::service::MAX_INVITES_PER_BATCH as usize;
    while codes.len() < count {
        let n = (count - codes.len()).min(max) as u32;
        let batch = service
            .create_invites(
                survey,
                department,
                n,
                &Actor::CommandLine,
                InviteFormat::Csv,
            )
            .await?;
        codes.extend(batch.codes.iter().map(|c| c.grouped()));
    }
    Ok(codes)
}

async fn read_keys(
    service: &Service,
    survey: &SurveyId,
    mut codes: Vec<Vec<String>>,
) -> anyhow::Result<Vec<Department>> {
    let view = service.survey(survey).await?;
    let mut departments = Vec::new();
    for (record, codes) in view.survey.departments.into_iter().zip(codes.drain(..)) {
        let (key_id, spki) = record
            .key
            .context("an open survey's department has no key")?;
        departments.push(Department {
            name: record.name,
            key_id,
            key: VerifyingKey::from_spki_der(&spki)?,
            client_key: ClientKey::from_der(&spki)?,
            codes,
        });
    }
    Ok(departments)
}
