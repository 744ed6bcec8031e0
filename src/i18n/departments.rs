//! Why a list of departments was refused (rule P10), in HR's language:
//! shared by HR's pages and the command line.

use super::{t, t_args};
use crate::language::Language;
use crate::survey::{DepartmentName, DepartmentsError, NameError};

/// The look-alike and invisible-character refusals; `None` for the others,
/// which each edge words as it always has.
pub fn departments_problem(l: Language, e: &DepartmentsError) -> Option<String> {
    match e {
        DepartmentsError::LookAlike { name, other } => Some(t_args(
            l,
            "admin-error-department-look-alike",
            &[
                ("name", name.clone().into()),
                ("other", other.clone().into()),
            ],
        )),
        DepartmentsError::Name(NameError::Invisible { .. }) => {
            Some(t(l, "admin-error-department-invisible"))
        }
        _ => None,
    }
}

/// Departments with fewer invites than *k* cannot be opened.
pub fn too_few_invites(l: Language, k: u32, departments: &[(DepartmentName, u64)]) -> String {
    let listed: Vec<String> = departments
        .iter()
        .map(|(department, invites)| small_department(l, k, department, *invites))
        .collect();
    t_args(
        l,
        "admin-error-too-few-invites",
        &[("k", k.into()), ("departments", listed.join(" ").into())],
    )
}

/// `Jura has 3 invites, fewer than 5.`
pub fn small_department(l: Language, k: u32, department: &DepartmentName, invites: u64) -> String {
    t_args(
        l,
        "admin-small-department",
        &[
            ("department", department.to_string().into()),
            ("invites", invites.into()),
            ("k", k.into()),
        ],
    )
}
