//! Changing a draft survey's departments: add, rename, remove. Each change
//! yields a new, valid list or an error; the list itself never goes bad.

use super::{DepartmentName, Departments, DepartmentsError};

/// One change to a department list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepartmentEdit {
    Add(DepartmentName),
    Rename {
        from: DepartmentName,
        to: DepartmentName,
    },
    Remove(DepartmentName),
    /// `from` joins `into`: its invites become `into`'s, and it goes. For a
    /// department with fewer invites than *k*, whose answers would
    /// otherwise stand apart (rule P10).
    Merge {
        from: DepartmentName,
        into: DepartmentName,
    },
}

impl Departments {
    /// The list after `edit`; names stay unique regardless of case, and at
    /// least one department remains.
    pub fn apply(&self, edit: &DepartmentEdit) -> Result<Departments, DepartmentsError> {
        let mut names: Vec<&str> = self.0.iter().map(DepartmentName::as_str).collect();
        match edit {
            DepartmentEdit::Add(name) => names.push(name.as_str()),
            DepartmentEdit::Rename { from, to } => {
                let at = self.position(from)?;
                names[at] = to.as_str();
            }
            DepartmentEdit::Remove(name) => {
                names.remove(self.position(name)?);
            }
            DepartmentEdit::Merge { from, into } => {
                self.position(into)?;
                if from == into {
                    return Err(DepartmentsError::Duplicate(from.to_string()));
                }
                names.remove(self.position(from)?);
            }
        }
        Departments::parse(&names)
    }

    /// Where a department is, matched exactly: callers pass stored names.
    fn position(&self, name: &DepartmentName) -> Result<usize, DepartmentsError> {
        self.0
            .iter()
            .position(|n| n == name)
            .ok_or_else(|| DepartmentsError::Unknown(name.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(s: &str) -> Departments {
        Departments::parse_list(s).unwrap()
    }

    fn name(s: &str) -> DepartmentName {
        DepartmentName::parse(s).unwrap()
    }

    #[test]
    fn adding_renaming_and_removing_keep_the_order() {
        let d = list("Salg,IT");
        let d = d.apply(&DepartmentEdit::Add(name("Jura"))).unwrap();
        let d = d
            .apply(&DepartmentEdit::Rename {
                from: name("IT"),
                to: name("Drift"),
            })
            .unwrap();
        let d = d.apply(&DepartmentEdit::Remove(name("Salg"))).unwrap();
        assert_eq!(d, list("Drift,Jura"));
    }

    #[test]
    fn a_merge_removes_the_merged_department_and_needs_both() {
        let d = list("Salg,Jura,IT");
        let merge = |from: &str, into: &str| {
            d.apply(&DepartmentEdit::Merge {
                from: name(from),
                into: name(into),
            })
        };
        assert_eq!(merge("Jura", "Salg"), Ok(list("Salg,IT")));
        assert!(merge("Jura", "Jura").is_err());
        assert!(merge("Jura", "HR").is_err());
    }

    #[test]
    fn a_rename_may_change_only_the_case() {
        let d = list("salg,IT").apply(&DepartmentEdit::Rename {
            from: name("salg"),
            to: name("Salg"),
        });
        assert_eq!(d, Ok(list("Salg,IT")));
    }

    #[test]
    fn duplicates_unknown_names_and_an_empty_list_are_refused() {
        let d = list("Salg,IT");
        assert_eq!(
            d.apply(&DepartmentEdit::Add(name("it"))),
            Err(DepartmentsError::Duplicate("it".into()))
        );
        assert_eq!(
            d.apply(&DepartmentEdit::Remove(name("Jura"))),
            Err(DepartmentsError::Unknown("Jura".into()))
        );
        let one = list("Salg");
        assert_eq!(
            one.apply(&DepartmentEdit::Remove(name("Salg"))),
            Err(DepartmentsError::None)
        );
    }
}
