//! HR's survey forms as they arrive, and their parsing into the domain
//! types the service takes (`TryFrom<&Form>`), as `api/wire.rs` does for
//! the API. A handler checks the form token, parses, and calls the service;
//! what is wrong with a form is a [`FormError`], put in words by the views.

use std::collections::HashMap;

use serde::Deserialize;

use crate::invites::InviteFormat;
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::service::{MAX_INVITES_PER_BATCH, ResultsSettings};
use crate::spreadsheet::CsvStyle;
use crate::survey::{DepartmentEdit, DepartmentName, MinGroupSize, MinGroupSizeError, NameError};

/// A sheet of slips is for handing out in person; more than this is a job
/// for several sheets, or for the CSV.
pub const MAX_SLIPS: u32 = 400;
/// The department field's value for "every department, `count` each".
pub const ALL_DEPARTMENTS: &str = "*";

/// What is wrong with a form, found before the service is asked anything.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// A value the page never sends (an unknown action or goal).
    #[error("{0}")]
    NotOffered(&'static str),
    #[error(transparent)]
    Name(NameError),
    #[error("the minimum group size is no whole number")]
    MinGroupSizeNumber,
    #[error(transparent)]
    MinGroupSize(MinGroupSizeError),
    #[error("the number of invites must be between 1 and {max}")]
    InviteCount { max: u32 },
    /// A name no department can have.
    #[error("the survey has no department called \"{0}\"")]
    Department(String),
    #[error("a number of followers is no whole number")]
    Followers,
}

/// The minimum group size typed into a form.
pub fn min_group_size(raw: &str) -> Result<MinGroupSize, FormError> {
    let k = raw
        .trim()
        .parse::<u32>()
        .map_err(|_| FormError::MinGroupSizeNumber)?;
    MinGroupSize::new(k).map_err(FormError::MinGroupSize)
}

#[derive(Deserialize)]
pub struct DepartmentForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    new_name: String,
    #[serde(default)]
    confirm: String,
    /// `open`: the form was on the page that confirms opening; back to it.
    #[serde(default)]
    pub back: String,
}

impl DepartmentForm {
    /// Whether HR ticked the box that removes a department's invites too.
    pub fn confirmed(&self) -> bool {
        self.confirm == "yes"
    }
}

impl TryFrom<&DepartmentForm> for DepartmentEdit {
    type Error = FormError;

    fn try_from(form: &DepartmentForm) -> Result<Self, FormError> {
        // A department that exists is found as stored; a new name obeys the
        // rules (look-alikes and invisible characters refused).
        let existing = |name: &str| DepartmentName::existing(name).map_err(FormError::Name);
        let new = |name: &str| DepartmentName::parse(name).map_err(FormError::Name);
        match form.action.as_str() {
            "add" => new(&form.name).map(DepartmentEdit::Add),
            "rename" => {
                let from = existing(&form.name)?;
                let to = new(&form.new_name)?;
                Ok(DepartmentEdit::Rename { from, to })
            }
            "remove" => existing(&form.name).map(DepartmentEdit::Remove),
            "merge" => {
                let from = existing(&form.name)?;
                let into = existing(&form.new_name)?;
                Ok(DepartmentEdit::Merge { from, into })
            }
            _ => Err(FormError::NotOffered("action")),
        }
    }
}

#[derive(Deserialize)]
pub struct InvitesForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    count: String,
    #[serde(default)]
    format: String,
    /// The slips' language, which is the employees', not HR's screen's.
    #[serde(default)]
    slip_language: String,
    /// `nordic` (`;` and a byte-order mark) or `plain` (`,`).
    #[serde(default)]
    csv_style: String,
    /// The page's one-time token: a sheet of slips is made once per page.
    #[serde(default)]
    pub once: String,
}

impl InvitesForm {
    /// Slips (a page that a reload could send again) rather than a CSV.
    pub fn slips(&self) -> bool {
        self.format != "csv"
    }
}

/// Invites as HR asked for them.
pub struct InvitesRequest {
    /// One department, or `None` for every department (CSV only).
    pub department: Option<DepartmentName>,
    pub count: u32,
    pub format: InviteFormat,
    /// The CSV's style, if HR chose one rather than their language's.
    pub csv_style: Option<CsvStyle>,
    /// The slips' language, if HR chose one rather than their own.
    pub slip_language: Option<Language>,
}

impl TryFrom<&InvitesForm> for InvitesRequest {
    type Error = FormError;

    fn try_from(form: &InvitesForm) -> Result<Self, FormError> {
        let (format, max) = if form.slips() {
            (InviteFormat::Slips, MAX_SLIPS)
        } else {
            (InviteFormat::Csv, MAX_INVITES_PER_BATCH)
        };
        let count = match form.count.trim().parse::<u32>() {
            Ok(n) if (1..=max).contains(&n) => n,
            _ => return Err(FormError::InviteCount { max }),
        };
        let department = if form.department == ALL_DEPARTMENTS && !form.slips() {
            None
        } else {
            // A name that cannot be a department's is no department of the survey.
            let name = DepartmentName::parse(&form.department)
                .map_err(|_| FormError::Department(form.department.trim().to_owned()))?;
            Some(name)
        };
        Ok(InvitesRequest {
            department,
            count,
            format,
            csv_style: match form.csv_style.as_str() {
                "nordic" => Some(CsvStyle::NORDIC_EXCEL),
                "plain" => Some(CsvStyle::PLAIN),
                _ => None,
            },
            slip_language: Language::from_tag(&form.slip_language),
        })
    }
}

#[derive(Deserialize)]
pub struct ResultsSettingsForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    goal: String,
    /// `followers_<platform id>` fields, read from the raw form.
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

impl TryFrom<&ResultsSettingsForm> for ResultsSettings {
    type Error = FormError;

    /// The goal, and the company's followers per platform: spaces and
    /// thousands separators allowed, an empty field or 0 left out.
    fn try_from(form: &ResultsSettingsForm) -> Result<Self, FormError> {
        let goal = Goal::parse(&form.goal).ok_or(FormError::NotOffered("goal"))?;
        let mut company_followers = Vec::new();
        for (field, value) in &form.rest {
            let Some(platform) = field.strip_prefix("followers_") else {
                continue;
            };
            let value = value.trim().replace([' ', '.', ',', '\u{a0}'], "");
            if value.is_empty() {
                continue;
            }
            match value.parse::<u64>() {
                Ok(n) if n > 0 => company_followers.push((platform.to_owned(), n)),
                Ok(_) => {}
                Err(_) => return Err(FormError::Followers),
            }
        }
        company_followers.sort();
        Ok(ResultsSettings {
            goal,
            company_followers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(fields: &[(&str, &str)]) -> Result<ResultsSettings, FormError> {
        let form = ResultsSettingsForm {
            csrf: String::new(),
            goal: "recruitment".into(),
            rest: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        };
        ResultsSettings::try_from(&form)
    }

    #[test]
    fn followers_read_as_people_write_them_and_anything_else_is_refused() {
        let parsed = settings(&[
            ("followers_linkedin", "12.000"),
            ("followers_facebook", " 3 400 "),
            ("followers_x", "0"),
            ("followers_tiktok", ""),
            ("other", "ignored"),
        ])
        .unwrap();

        assert_eq!(
            parsed.company_followers,
            [
                ("facebook".to_owned(), 3400),
                ("linkedin".to_owned(), 12000)
            ]
        );
        assert_eq!(
            settings(&[("followers_linkedin", "mange")]).unwrap_err(),
            FormError::Followers
        );
    }

    #[test]
    fn an_invite_form_is_parsed_whole_or_refused_with_its_limit() {
        let form = |department: &str, count: &str, format: &str| InvitesForm {
            csrf: String::new(),
            department: department.into(),
            count: count.into(),
            format: format.into(),
            slip_language: "nb".into(),
            csv_style: String::new(),
            once: String::new(),
        };

        let all = InvitesRequest::try_from(&form("*", "20", "csv")).unwrap();
        let slips = InvitesRequest::try_from(&form(" Salg ", "40", "slips")).unwrap();

        assert!(all.department.is_none() && all.format == InviteFormat::Csv);
        assert_eq!(slips.department.unwrap().as_str(), "Salg");
        assert_eq!(slips.slip_language, Some(Language::Nb));
        assert_eq!(
            InvitesRequest::try_from(&form("Salg", "401", "slips")).err(),
            Some(FormError::InviteCount { max: MAX_SLIPS })
        );
        assert_eq!(
            InvitesRequest::try_from(&form("", "2", "csv")).err(),
            Some(FormError::Department(String::new()))
        );
    }
}
