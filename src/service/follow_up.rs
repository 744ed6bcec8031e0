//! A follow-up survey made from a closed baseline (issue 22): the same k,
//! the same questionnaire or a newer version of it, the baseline's
//! departments carried on (renamed, merged, dropped) with new ones beside
//! them, and the departments that ran the pilot. What the form offers is
//! planned here too, so the web and the command line offer the same.

use std::sync::Arc;

use super::{Internal, Service, SurveyDetails, SurveyError, audit};
use crate::accounts::{Action, Actor};
use crate::questionnaire::readiness::Goal;
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::report::compare::Unmatched;
use crate::report::compare::matching::unmatched;
use crate::report::results::{Recommendation, Results};
use crate::store::{self, FollowUpOutcome};
use crate::survey::follow_up::{Continues, Link, LinkError};
use crate::survey::{
    DepartmentName, Departments, DepartmentsError, SurveyId, SurveyStatus, SurveyTitle,
};

pub use crate::store::FollowUpSummary;

/// Which questionnaire the follow-up asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionnaireChoice {
    /// The baseline's own, word for word.
    Same,
    /// The built-in one, when it is a newer version of the baseline's.
    Newest,
}

/// A questionnaire the follow-up may ask, and what of it cannot be
/// compared with the baseline's.
pub struct QuestionnaireOption {
    pub choice: QuestionnaireChoice,
    pub questionnaire: Arc<Questionnaire>,
    pub unmatched: Vec<Unmatched>,
}

/// What the form for a follow-up starts from.
pub struct FollowUpPlan {
    pub baseline: SurveyDetails,
    /// The goal HR chose for the baseline's results.
    pub goal: Goal,
    /// Per goal, in [`Goal::ALL`] order, the baseline departments its
    /// publication recommends for the pilot (none where it recommends none).
    pub recommended: Vec<(Goal, Vec<DepartmentName>)>,
    /// The baseline's questionnaire first, then a newer one if there is.
    pub questionnaires: Vec<QuestionnaireOption>,
}

impl FollowUpPlan {
    pub fn recommended_for(&self, goal: Goal) -> &[DepartmentName] {
        self.recommended
            .iter()
            .find(|(g, _)| *g == goal)
            .map_or(&[], |(_, pilots)| pilots.as_slice())
    }
}

/// A follow-up to make, parsed at the edge.
pub struct NewFollowUp {
    pub title: SurveyTitle,
    /// The follow-up's departments that carry on baseline departments, in
    /// order: one baseline department each for the same or a renamed one,
    /// several for a merge. Baseline departments in none are dropped.
    pub departments: Vec<Continues>,
    /// Departments that continue none, after them.
    pub new_departments: Vec<DepartmentName>,
    /// Baseline departments where the pilot ran.
    pub pilots: Vec<DepartmentName>,
    pub questionnaire: QuestionnaireChoice,
}

/// How a follow-up stands to its baseline, with its departments as they
/// are named now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpOf {
    pub baseline: SurveyId,
    pub link: Link,
}

/// Making a follow-up.
#[derive(Debug, thiserror::Error)]
pub enum FollowUpError {
    #[error("there is no such survey")]
    NotFound,
    #[error("the survey is {actual}; a follow-up is made from a closed survey")]
    WrongStatus {
        expected: SurveyStatus,
        actual: SurveyStatus,
    },
    #[error(transparent)]
    Departments(#[from] DepartmentsError),
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("there is no newer version of the baseline's questionnaire")]
    NoNewerQuestionnaire,
    #[error(transparent)]
    Internal(#[from] Internal),
}

impl From<store::StoreError> for FollowUpError {
    fn from(e: store::StoreError) -> Self {
        Internal::Store(e).into()
    }
}

impl From<SurveyError> for FollowUpError {
    fn from(e: SurveyError) -> Self {
        match e {
            SurveyError::NotFound => FollowUpError::NotFound,
            SurveyError::WrongStatus { expected, actual } => {
                FollowUpError::WrongStatus { expected, actual }
            }
            SurveyError::Internal(e) => FollowUpError::Internal(e),
            // Reading a survey and its results fails in no other way.
            _ => FollowUpError::Internal(Internal::Task("reading the baseline")),
        }
    }
}

/// Groups (baseline department, its name in the follow-up) pairs into the
/// follow-up's departments, in the order their names first appear; names
/// equal but for case are one department (a merge).
pub fn continues(pairs: Vec<(DepartmentName, DepartmentName)>) -> Vec<Continues> {
    let mut out: Vec<Continues> = Vec::new();
    for (baseline, name) in pairs {
        let lower = name.as_str().to_lowercase();
        match out
            .iter_mut()
            .find(|c| c.department.as_str().to_lowercase() == lower)
        {
            Some(c) => c.baseline.push(baseline),
            None => out.push(Continues {
                department: name,
                baseline: vec![baseline],
            }),
        }
    }
    out
}

impl Service {
    /// What the follow-up form of a closed survey offers.
    pub async fn plan_follow_up(&self, baseline: &SurveyId) -> Result<FollowUpPlan, FollowUpError> {
        let results = self.results(baseline).await?;
        let questionnaires = options(&results.survey.questionnaire);
        let recommended = recommendations(&results.results, &results.survey);
        Ok(FollowUpPlan {
            goal: results.settings.goal,
            baseline: results.survey,
            recommended,
            questionnaires,
        })
    }

    /// Makes a draft follow-up of a closed survey, with the baseline's k:
    /// survey, departments, link and audit line in one transaction.
    pub async fn create_follow_up(
        &self,
        baseline: &SurveyId,
        new: NewFollowUp,
        by: &Actor,
    ) -> Result<SurveyId, FollowUpError> {
        let base = self.survey(baseline).await?;
        if base.status != SurveyStatus::Closed {
            return Err(FollowUpError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual: base.status,
            });
        }
        let mut link = new.departments;
        link.extend(new.new_departments.into_iter().map(|department| Continues {
            department,
            baseline: Vec::new(),
        }));
        let names: Vec<&str> = link.iter().map(|c| c.department.as_str()).collect();
        let departments = Departments::parse(&names)?;
        let before =
            Departments::existing(base.departments.iter().map(|d| d.name.clone()).collect());
        let link = Link::parse(&before, &departments, link, new.pilots)?;
        let questionnaire = match new.questionnaire {
            QuestionnaireChoice::Same => base.questionnaire.source().to_owned(),
            QuestionnaireChoice::Newest => options(&base.questionnaire)
                .into_iter()
                .find(|o| o.choice == QuestionnaireChoice::Newest)
                .ok_or(FollowUpError::NoNewerQuestionnaire)?
                .questionnaire
                .source()
                .to_owned(),
        };
        let id = SurveyId::generate().map_err(Internal::from)?;
        let detail = format!(
            "{} ({}, k = {}), follow-up of {}",
            new.title.as_str(),
            departments.names().len(),
            base.min_group_size.get(),
            base.id
        );
        let entry = audit(by, Action::SurveyCreated, &id, detail);
        let record = store::NewFollowUp {
            survey: store::NewSurvey {
                id: id.clone(),
                title: new.title,
                departments,
                questionnaire,
                min_group_size: base.min_group_size,
            },
            baseline: baseline.clone(),
            link,
        };
        match self.store.create_follow_up(record, entry).await? {
            FollowUpOutcome::Done => Ok(id),
            FollowUpOutcome::BaselineNotFound => Err(FollowUpError::NotFound),
            FollowUpOutcome::BaselineNotClosed(actual) => Err(FollowUpError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual,
            }),
        }
    }

    /// The baseline `id` follows up and the link, with the follow-up's
    /// departments as they are named now; `None` for a survey of its own.
    pub async fn follow_up_of(&self, id: &SurveyId) -> Result<Option<FollowUpOf>, SurveyError> {
        if self.store.survey_status(id).await?.is_none() {
            return Err(SurveyError::NotFound);
        }
        let link = self.store.follow_up_of(id).await?;
        Ok(link.map(|(baseline, link)| FollowUpOf { baseline, link }))
    }

    /// The follow-ups made from `baseline`.
    pub async fn follow_ups(
        &self,
        baseline: &SurveyId,
    ) -> Result<Vec<FollowUpSummary>, SurveyError> {
        if self.store.survey_status(baseline).await?.is_none() {
            return Err(SurveyError::NotFound);
        }
        Ok(self.store.follow_ups(baseline).await?)
    }
}

/// The baseline's questionnaire, and the built-in one where it is a newer
/// version of the same questionnaire.
fn options(baseline: &Arc<Questionnaire>) -> Vec<QuestionnaireOption> {
    let mut out = vec![QuestionnaireOption {
        choice: QuestionnaireChoice::Same,
        questionnaire: Arc::clone(baseline),
        unmatched: Vec::new(),
    }];
    // The built-in questionnaire always parses (a unit test says so).
    if let Ok(newest) = Questionnaire::parse(DEFAULT_SOURCE)
        && newest.id == baseline.id
        && newest.version > baseline.version
    {
        out.push(QuestionnaireOption {
            choice: QuestionnaireChoice::Newest,
            unmatched: unmatched(baseline, &newest),
            questionnaire: Arc::new(newest),
        });
    }
    out
}

/// Per goal, the pilot departments the baseline's publication recommends.
fn recommendations(results: &Results, survey: &SurveyDetails) -> Vec<(Goal, Vec<DepartmentName>)> {
    Goal::ALL
        .into_iter()
        .map(|goal| {
            let pilots = results
                .readiness
                .as_ref()
                .and_then(|r| r.goals.get(goal.index()))
                .map(|g| match &g.recommendation {
                    Recommendation::Pilots { pilots } => survey
                        .departments
                        .iter()
                        .filter(|d| pilots.iter().any(|p| p.department == d.name.as_str()))
                        .map(|d| d.name.clone())
                        .collect(),
                    Recommendation::NoneReady { .. } => Vec::new(),
                })
                .unwrap_or_default();
            (goal, pilots)
        })
        .collect()
}
