//! A closed survey's results as a spreadsheet for HR, recorded in HR's
//! audit trail. Refused while the survey is a draft or open (rule P5), as
//! the results themselves are; the file is `crate::export`'s, made from
//! the same published numbers as the results page.

use super::{Internal, Service, SurveyError, audit, blocking};
use crate::accounts::{Action, Actor};
use crate::export::{self, Dates, Options};
use crate::survey::SurveyId;

/// A written export, with what a download needs to name it.
pub struct Exported {
    pub bytes: Vec<u8>,
    /// In HR's language, with the survey's title: æ, ø and å kept.
    pub file_name: String,
    /// The same in ASCII, for clients that cannot read the other.
    pub ascii_file_name: String,
    pub content_type: &'static str,
}

impl Service {
    /// Writes the results of a closed survey as `options` say, and records
    /// that it was done, by whom and in which form.
    pub async fn export(
        &self,
        id: &SurveyId,
        options: Options,
        by: &Actor,
    ) -> Result<Exported, SurveyError> {
        let survey = self.results(id).await?;
        let (opened, closed) = self.store.opened_and_closed(id).await?;
        let dates = Dates { opened, closed };
        let file_name = export::file_name(&survey.survey.title, &options);
        let ascii_file_name = export::ascii_file_name(id.as_str(), &options);
        let content_type = export::content_type(options.format);
        let detail = options.describe();
        // Writing a workbook is CPU work; it stays off the async workers.
        let bytes = blocking("an export", move || {
            export::write(&survey.published(), &dates, &options)
        })
        .await?
        .map_err(|e| Internal::Render {
            what: "an export",
            cause: Box::new(e),
        })?;
        // Recorded once the file exists, before anyone has it.
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
