//! Who was invited and who answered, per published group and in all.
//! Departments where nobody answered are named with their invites (HR saw
//! them while the survey ran) and count in the total: a total that left
//! them out would overstate the response rate.

use super::Inputs;
use super::model::{EmptyDepartment, Group, GroupName, Participation};
use crate::report::figures::GroupMembers;
use crate::report::suppression::Placement;

fn part(invited: u64, answered: u64) -> Participation {
    Participation {
        invited,
        answered,
        response_rate: (invited > 0).then(|| answered as f64 / invited as f64),
    }
}

pub fn participation(
    inputs: &Inputs,
    placements: &[(u64, Placement)],
    members: &[GroupMembers],
    k: u64,
) -> (Vec<Group>, Vec<EmptyDepartment>, Option<Participation>) {
    let groups: Vec<Group> = members
        .iter()
        .map(|g| {
            let invited = g.members.iter().map(|&d| inputs.invited[d]).sum();
            let answered = g.members.iter().map(|&d| placements[d].0).sum();
            let name = if g.pool {
                GroupName::Other {
                    departments: g.members.len(),
                    complementary: g.members.iter().any(|&d| placements[d].0 >= k),
                }
            } else {
                let d = g.members.first().copied().unwrap_or(0);
                GroupName::Department {
                    name: inputs.departments[d].as_str().to_owned(),
                }
            };
            Group {
                name,
                participation: part(invited, answered),
            }
        })
        .collect();
    let empty: Vec<EmptyDepartment> = placements
        .iter()
        .enumerate()
        .filter(|(_, (_, p))| *p == Placement::Empty)
        .map(|(d, _)| EmptyDepartment {
            name: inputs.departments[d].as_str().to_owned(),
            invited: inputs.invited[d],
        })
        .collect();
    let total = (!groups.is_empty()).then(|| {
        part(
            inputs.invited.iter().sum(),
            placements.iter().map(|(n, _)| n).sum(),
        )
    });
    (groups, empty, total)
}
