//! How a follow-up survey stands to its baseline: which of the baseline's
//! departments each of its own continues (a rename, a merge, or nothing for
//! a new one), and which baseline departments ran the pilot. Parsed once
//! from a form or the command line; the comparison reads it as it is.

use super::{DepartmentName, Departments};

/// One follow-up department and the baseline departments it continues:
/// one (the same or a renamed department), several (merged), none (new).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Continues {
    pub department: DepartmentName,
    pub baseline: Vec<DepartmentName>,
}

/// The follow-up's departments, each with what it continues, in the
/// follow-up's order; baseline departments continued by none were dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub departments: Vec<Continues>,
    /// Baseline departments where the pilot ran.
    pub pilots: Vec<DepartmentName>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LinkError {
    #[error("the baseline has no department called \"{0}\"")]
    UnknownBaseline(String),
    #[error("the follow-up has no department called \"{0}\"")]
    UnknownFollowUp(String),
    #[error("\"{0}\" is continued by more than one department of the follow-up")]
    Split(String),
    #[error("no department of the follow-up continues any of the baseline's")]
    NothingContinued,
}

impl Link {
    /// A link between two department lists, refusing names that are in
    /// neither, a baseline department continued twice (a split cannot be
    /// compared: its parts' answers were never counted apart), and a
    /// follow-up that continues nothing (there would be nothing to compare).
    pub fn parse(
        baseline: &Departments,
        follow_up: &Departments,
        departments: Vec<Continues>,
        pilots: Vec<DepartmentName>,
    ) -> Result<Link, LinkError> {
        let known =
            |list: &Departments, name: &DepartmentName| list.names().iter().any(|n| n == name);
        let mut seen: Vec<&DepartmentName> = Vec::new();
        for c in &departments {
            if !known(follow_up, &c.department) {
                return Err(LinkError::UnknownFollowUp(c.department.to_string()));
            }
            for b in &c.baseline {
                if !known(baseline, b) {
                    return Err(LinkError::UnknownBaseline(b.to_string()));
                }
                if seen.contains(&b) {
                    return Err(LinkError::Split(b.to_string()));
                }
                seen.push(b);
            }
        }
        if seen.is_empty() {
            return Err(LinkError::NothingContinued);
        }
        if let Some(p) = pilots.iter().find(|p| !known(baseline, p)) {
            return Err(LinkError::UnknownBaseline(p.to_string()));
        }
        Ok(Link {
            departments,
            pilots,
        })
    }

    /// The baseline departments `department` of the follow-up continues.
    pub fn continues(&self, department: &DepartmentName) -> &[DepartmentName] {
        self.departments
            .iter()
            .find(|c| &c.department == department)
            .map_or(&[], |c| c.baseline.as_slice())
    }
}
