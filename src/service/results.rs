//! What HR learns once a survey is closed, never before (rule P5). The
//! answers are counted once, at close (or at the first look, for surveys
//! closed by an older version), and the count is kept: responses never
//! change after close, so every page, chart, JSON answer and spreadsheet
//! reads the same numbers, published through rules P4 and P8.

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
    pub results: Results,
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
        let tally = match (self.cache.tallies.get(id), saved.tally) {
            (Some(tally), _) => tally,
            (None, Some(json)) => {
                let tally: Tally = serde_json::from_str(&json).map_err(counting)?;
                let tally = Arc::new(tally);
                self.cache.tallies.insert(id.clone(), Arc::clone(&tally));
                tally
            }
            (None, None) => self.count_answers(id, &survey).await?,
        };
        let settings = ResultsSettings {
            goal: Goal::parse(&saved.goal).unwrap_or(Goal::BrandAwareness),
            company_followers: serde_json::from_str(&saved.company_followers).map_err(counting)?,
        };
        let names: Vec<_> = survey.departments.iter().map(|d| d.name.clone()).collect();
        let invited = match self.cache.invited.get(id) {
            Some(invited) => invited,
            None => {
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
                let invited = Arc::new(invited);
                self.cache.invited.insert(id.clone(), Arc::clone(&invited));
                invited
            }
        };
        let inputs = Inputs {
            departments: &names,
            invited: &invited,
            min_group_size: survey.min_group_size,
            company_followers: &settings.company_followers,
        };
        let results = publish(&survey.questionnaire, &tally, &inputs).map_err(counting)?;
        Ok(SurveyResults {
            survey,
            results,
            settings,
        })
    }

    /// Counts a closed survey's answers in one pass and keeps the count.
    async fn count_answers(
        &self,
        id: &SurveyId,
        survey: &SurveyDetails,
    ) -> Result<Arc<Tally>, SurveyError> {
        let questionnaire: Arc<Questionnaire> = Arc::clone(&survey.questionnaire);
        let index: HashMap<String, usize> = survey
            .departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.name.to_string(), i))
            .collect();
        let start = Tally::new(&questionnaire, survey.departments.len());
        let tally = self
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
            .await?;
        let json = serde_json::to_string(&tally).map_err(counting)?;
        self.store.save_tally(id, json).await?;
        let tally = Arc::new(tally);
        self.cache.tallies.insert(id.clone(), Arc::clone(&tally));
        Ok(tally)
    }

    /// Counts a just-closed survey's answers and invites, so its results
    /// are ready before anyone looks; if that fails, the first look counts.
    pub(super) async fn count_at_close(&self, id: &SurveyId) {
        let counted = self.results(id).await.map(drop);
        if let Err(e) = counted {
            let chain = crate::telemetry::cause_chain(&e);
            tracing::warn!(error = %chain, "the answers of a closed survey were not counted yet");
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
