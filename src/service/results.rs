//! What HR learns once a survey is closed, never before (rule P5). At close
//! the answers are counted in one pass and published once (rule P9): the
//! figures drafted, audited against an attacker who sees them all, and kept
//! with the survey. Every page, chart, JSON answer and spreadsheet reads
//! that one publication, so none can show what another withholds. A survey
//! closed by an older version is published at the first look.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Internal, Service, SurveyDetails, SurveyError, audit};
use crate::accounts::{Action, Actor};
use crate::export::Published;
use crate::questionnaire::readiness::Goal;
use crate::questionnaire::{Answers, Questionnaire};
use crate::report::results::{Inputs, Results, Tally, publish};
use crate::store::StoreError;
use crate::survey::{SurveyId, SurveyStatus};

/// How HR reads the results: the goal of the programme, and the company's
/// own followers per platform (to compare the volunteers' reach with).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsSettings {
    pub goal: Goal,
    /// (platform row id, followers).
    pub company_followers: Vec<(String, u64)>,
}

/// A closed survey and what may be shown of its answers.
pub struct SurveyResults {
    pub survey: SurveyDetails,
    pub results: Arc<Results>,
    pub settings: ResultsSettings,
}

impl SurveyResults {
    /// What a spreadsheet is made of.
    pub fn published(&self) -> Published<'_> {
        Published {
            id: &self.survey.id,
            title: &self.survey.title,
            questionnaire: &self.survey.questionnaire,
            results: &self.results,
            goal: self.settings.goal,
            company_followers: &self.settings.company_followers,
        }
    }
}

fn counting(cause: impl std::error::Error + Send + Sync + 'static) -> Internal {
    Internal::Counting(Box::new(cause))
}

impl Service {
    /// The published results of a closed survey.
    pub async fn results(&self, id: &SurveyId) -> Result<SurveyResults, SurveyError> {
        let survey = self.survey(id).await?;
        if survey.status != SurveyStatus::Closed {
            return Err(SurveyError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual: survey.status,
            });
        }
        let saved = self.store.saved_results(id).await?;
        let settings = ResultsSettings {
            goal: Goal::parse(&saved.goal).unwrap_or(Goal::BrandAwareness),
            company_followers: serde_json::from_str(&saved.company_followers).map_err(counting)?,
        };
        let results = match (self.cache.publications.get(id), saved.publication) {
            (Some(results), _) => results,
            (None, Some(json)) => {
                let results: Arc<Results> =
                    Arc::new(serde_json::from_str(&json).map_err(counting)?);
                self.cache
                    .publications
                    .insert(id.clone(), Arc::clone(&results));
                results
            }
            (None, None) => self.publish(id, &survey, saved.tally).await?,
        };
        Ok(SurveyResults {
            survey,
            results,
            settings,
        })
    }

    /// Counts a closed survey's answers (unless counted before), publishes
    /// them through the audit, and keeps both.
    async fn publish(
        &self,
        id: &SurveyId,
        survey: &SurveyDetails,
        tally: Option<String>,
    ) -> Result<Arc<Results>, SurveyError> {
        let tally = match (self.cache.tallies.get(id), tally) {
            (Some(tally), _) => tally,
            (None, Some(json)) => Arc::new(serde_json::from_str::<Tally>(&json).map_err(counting)?),
            (None, None) => Arc::new(self.count_answers(id, survey).await?),
        };
        let names: Vec<_> = survey.departments.iter().map(|d| d.name.clone()).collect();
        let counts: HashMap<_, _> = self
            .store
            .participation(id)
            .await?
            .into_iter()
            .map(|p| (p.department, p.invites))
            .collect();
        let invited: Vec<u64> = names
            .iter()
            .map(|n| counts.get(n).copied().unwrap_or(0))
            .collect();
        let questionnaire = Arc::clone(&survey.questionnaire);
        let min_group_size = survey.min_group_size;
        let counted = Arc::clone(&tally);
        // The audit solves linear programmes: seconds of CPU at worst, kept
        // off the threads that serve requests.
        let results = tokio::task::spawn_blocking(move || {
            let inputs = Inputs {
                departments: &names,
                invited: &invited,
                min_group_size,
            };
            publish(&questionnaire, &counted, &inputs)
        })
        .await
        .map_err(counting)?
        .map_err(counting)?;
        let tally_json = serde_json::to_string(&*tally).map_err(counting)?;
        let json = serde_json::to_string(&results).map_err(counting)?;
        self.store.save_publication(id, tally_json, json).await?;
        let results = Arc::new(results);
        self.cache.tallies.insert(id.clone(), tally);
        self.cache
            .publications
            .insert(id.clone(), Arc::clone(&results));
        Ok(results)
    }

    /// Counts a closed survey's answers in one pass.
    async fn count_answers(
        &self,
        id: &SurveyId,
        survey: &SurveyDetails,
    ) -> Result<Tally, SurveyError> {
        let questionnaire: Arc<Questionnaire> = Arc::clone(&survey.questionnaire);
        let index: HashMap<String, usize> = survey
            .departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.name.to_string(), i))
            .collect();
        let start = Tally::new(&questionnaire, survey.departments.len());
        Ok(self
            .store
            .fold_answers(id, start, move |tally, department, record| {
                let answers = Answers::from_record(&questionnaire, record)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let department = *index
                    .get(department)
                    .ok_or_else(|| StoreError::Corrupt(format!("department {department:?}")))?;
                tally
                    .add(&questionnaire, department, &answers)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .await?)
    }

    /// Publishes a just-closed survey's results, so they are ready (and
    /// audited) before anyone looks; if that fails, the first look does.
    pub(super) async fn count_at_close(&self, id: &SurveyId) {
        let counted = self.results(id).await.map(drop);
        if let Err(e) = counted {
            let chain = crate::telemetry::cause_chain(&e);
            tracing::warn!(error = %chain, "the answers of a closed survey were not published yet");
        }
    }

    /// HR's settings for reading a closed survey's results; recorded in the
    /// audit trail in the same transaction.
    pub async fn set_results_settings(
        &self,
        id: &SurveyId,
        mut settings: ResultsSettings,
        by: &Actor,
    ) -> Result<(), SurveyError> {
        // Only the questionnaire's own platforms; anything else is dropped.
        let questionnaire = self
            .questionnaire_of(id)
            .await?
            .ok_or(SurveyError::NotFound)?;
        let platforms: Vec<&str> = questionnaire
            .readiness
            .as_ref()
            .map(|r| {
                let rows = &questionnaire.questions[r.platform_use.question].rows;
                rows.iter().map(|row| row.id.as_str()).collect()
            })
            .unwrap_or_default();
        settings
            .company_followers
            .retain(|(p, _)| platforms.contains(&p.as_str()));
        let status = self
            .store
            .survey_status(id)
            .await?
            .ok_or(SurveyError::NotFound)?;
        if status != SurveyStatus::Closed {
            return Err(SurveyError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual: status,
            });
        }
        let followers = serde_json::to_string(&settings.company_followers).map_err(counting)?;
        let detail = format!(
            "{} · {} platforms",
            settings.goal.id(),
            settings.company_followers.len()
        );
        let entry = audit(by, Action::ResultsSettingsChanged, id, detail);
        let goal = settings.goal.id().to_owned();
        Ok(self
            .store
            .save_results_settings(id, goal, followers, entry)
            .await?)
    }
}
