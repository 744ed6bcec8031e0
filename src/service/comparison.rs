//! A closed follow-up compared with its closed baseline (issue 22). Both
//! publications are read as every other view reads them (`results.rs`),
//! and the comparison is computed from them alone, so it cannot show what
//! either withholds. It is cheap (a pass over the published groups of two
//! publications kept in memory), so it is made at each look rather than
//! stored: nothing about it can go stale.

use std::sync::Arc;

use super::{Service, SurveyDetails, SurveyError};
use crate::questionnaire::readiness::Goal;
use crate::report::compare::matching::unmatched;
use crate::report::compare::{Comparison, Publication, compare};
use crate::survey::{DepartmentName, SurveyId, SurveyStatus};

/// A follow-up, its baseline, and the comparison of their publications.
pub struct SurveyComparison {
    pub follow_up: SurveyDetails,
    pub baseline: SurveyDetails,
    /// The goal HR reads the follow-up's results for: the readiness index
    /// and the pilot platform are the follow-up's choice.
    pub goal: Goal,
    pub comparison: Arc<Comparison>,
}

impl Service {
    /// The comparison of the closed follow-up `id` with its baseline.
    pub async fn comparison(&self, id: &SurveyId) -> Result<SurveyComparison, SurveyError> {
        let of = self
            .follow_up_of(id)
            .await?
            .ok_or(SurveyError::NotAFollowUp)?;
        let after = self.results(id).await?;
        let before = match self.results(&of.baseline).await {
            Ok(before) => before,
            // A baseline is closed before its follow-up can be made, and
            // deleting it removes the link; anything else is not for HR.
            Err(SurveyError::NotFound) => return Err(SurveyError::NotAFollowUp),
            Err(e) => return Err(e),
        };
        if before.survey.status != SurveyStatus::Closed {
            return Err(SurveyError::WrongStatus {
                expected: SurveyStatus::Closed,
                actual: before.survey.status,
            });
        }
        let names = |s: &SurveyDetails| -> Vec<DepartmentName> {
            s.departments.iter().map(|d| d.name.clone()).collect()
        };
        let (before_names, after_names) = (names(&before.survey), names(&after.survey));
        let comparison = compare(
            Publication {
                results: &before.results,
                departments: &before_names,
                questionnaire: &before.survey.questionnaire,
            },
            Publication {
                results: &after.results,
                departments: &after_names,
                questionnaire: &after.survey.questionnaire,
            },
            &of.link,
            unmatched(&before.survey.questionnaire, &after.survey.questionnaire),
        );
        Ok(SurveyComparison {
            goal: after.settings.goal,
            follow_up: after.survey,
            baseline: before.survey,
            comparison: Arc::new(comparison),
        })
    }
}
