//! A closed follow-up compared with its closed baseline (issue 22). Both
//! publications are read as every other view reads them (`results.rs`),
//! and the comparison is computed from them alone, so it cannot show what
//! either withholds. It is cheap (a pass over the published groups of two
//! publications kept in memory), so it is made at each look rather than
//! stored: nothing about it can go stale.

use std::sync::Arc;

use super::{Exported, Internal, Service, SurveyDetails, SurveyError, audit, blocking};
use crate::accounts::{Action, Actor};
use crate::export::{self, compare, compare::ComparisonView};
use crate::language::Language;
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

impl SurveyComparison {
    /// What the comparison's views name the two surveys by.
    pub fn view(&self) -> ComparisonView<'_> {
        ComparisonView {
            baseline_title: &self.baseline.title,
            follow_up_title: &self.follow_up.title,
            baseline_id: &self.baseline.id,
            follow_up_id: &self.follow_up.id,
            goal: self.goal,
        }
    }
}

/// The comparison as a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonFile {
    /// The "Change" workbook with its charts.
    Xlsx,
    /// The long table of every number.
    Csv,
}

impl Service {
    /// The comparison written as `file` in `language`, recorded in HR's
    /// audit trail as the results' exports are.
    pub async fn export_comparison(
        &self,
        id: &SurveyId,
        file: ComparisonFile,
        language: Language,
        by: &Actor,
    ) -> Result<Exported, SurveyError> {
        let s = self.comparison(id).await?;
        let (extension, content_type) = match file {
            ComparisonFile::Xlsx => ("xlsx", export::content_type(export::Format::Xlsx)),
            ComparisonFile::Csv => (
                "csv",
                export::content_type(export::Format::Csv(export::CsvTable::Long)),
            ),
        };
        let file_name = compare::file_name(&s.view(), extension, language);
        let ascii_file_name = compare::ascii_file_name(&s.view(), extension, language);
        let baseline = s.baseline.id.clone();
        // A workbook is CPU work (charts, formats); it stays off the async
        // workers, as the results' exports do.
        let bytes = blocking("the comparison as a file", move || {
            let view = s.view();
            match file {
                ComparisonFile::Xlsx => compare::comparison_xlsx(&view, &s.comparison, language),
                ComparisonFile::Csv => compare::comparison_csv(&view, &s.comparison, language),
            }
        })
        .await?
        .map_err(|e| Internal::Render {
            what: "the comparison as a file",
            cause: Box::new(e),
        })?;
        let detail = format!(
            "comparison with {baseline} · {extension} · {}",
            language.code()
        );
        let entry = audit(by, Action::ResultsExported, id, detail);
        self.store.record_audit(entry).await?;
        Ok(Exported {
            bytes,
            file_name,
            ascii_file_name,
            content_type,
        })
    }
}
