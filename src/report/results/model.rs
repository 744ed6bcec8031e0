//! The published results: everything a page, chart, JSON answer or
//! spreadsheet may show, already through rules P4 and P8. Nothing in here
//! describes fewer than k respondents, and nothing can be subtracted into
//! something that does.

use serde::Serialize;

use super::cell::Cell;
use crate::questionnaire::Text;
use crate::questionnaire::readiness::{Goal, Step};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    /// Rule P4's k: no number describes fewer respondents.
    pub min_group_size: u32,
    /// Rule P8: groups with fewer answerers get bands, not exact 0 % or 100 %.
    pub band_below: u64,
    /// The published groups, in survey order, "Other departments" last.
    pub groups: Vec<Group>,
    /// Everyone in the published groups, if that reveals no hidden group.
    pub total: Option<Participation>,
    /// Every question, with one table per row (one for a question without rows).
    pub questions: Vec<QuestionResults>,
    /// `None` when the questionnaire has no `[readiness]` section.
    pub readiness: Option<ReadinessResults>,
}

/// A published group: a department of its own, or the pool of the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub name: GroupName,
    pub participation: Participation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GroupName {
    Department {
        name: String,
    },
    /// "Other departments": how many were pooled, not which, since the pool
    /// stands for its members together.
    Other {
        departments: usize,
    },
}

impl GroupName {
    pub fn department(&self) -> Option<&str> {
        match self {
            GroupName::Department { name } => Some(name),
            GroupName::Other { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Participation {
    pub invited: u64,
    pub answered: u64,
    /// answered / invited, 0–1; `None` when nobody was invited.
    pub response_rate: Option<f64>,
}

/// An option or row id with its text in every language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub id: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionResults {
    pub id: String,
    pub kind: &'static str,
    pub text: Text,
    pub rows: Vec<Label>,
    pub options: Vec<Label>,
    /// One per row of a matrix, else exactly one.
    pub tables: Vec<Table>,
}

/// One distribution per published group, and the total where it is safe.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Aligned with [`Results::groups`].
    pub groups: Vec<Distribution>,
    pub total: Option<Distribution>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// How many of the group answered this question (or row).
    pub answered: u64,
    /// One per option.
    pub cells: Vec<Cell>,
}

/// A yes/no share per group (volunteers, weekly or more on a platform, …).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shares {
    /// Aligned with [`Results::groups`]: (answered, cell).
    pub groups: Vec<Share>,
    pub total: Option<Share>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Share {
    pub answered: u64,
    pub cell: Cell,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadinessResults {
    /// The ids of the questions that play each role.
    pub roles: Roles,
    pub volunteer_from: u32,
    pub min_volunteers: u32,
    /// Willingness of `volunteer_from` or more.
    pub volunteers: Shares,
    pub already_sharing: Shares,
    pub course_interest: Shares,
    /// The platform rows of the platform-use question.
    pub platforms: Vec<Label>,
    /// Per platform: uses it weekly or more.
    pub weekly: Vec<Shares>,
    /// Per platform: willing to share there.
    pub willing: Vec<Shares>,
    /// Barriers and motivations of volunteers against the rest, for all
    /// published respondents together; `None` where either side is under k.
    pub barriers_split: Option<Split>,
    pub motivations_split: Option<Split>,
    /// Per goal, in [`Goal::ALL`] order.
    pub goals: Vec<GoalResults>,
    pub reach: Reach,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roles {
    pub willingness: String,
    pub shares_work: String,
    pub course_interest: String,
    pub platform_use: String,
    pub willing_platforms: String,
    pub followers: String,
    pub barriers: String,
    pub motivations: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split {
    pub question: String,
    pub options: Vec<Label>,
    pub volunteers: Distribution,
    pub rest: Distribution,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalResults {
    pub goal: Goal,
    /// Aligned with [`Results::groups`]; `None` where too little is known.
    pub index: Vec<Option<Index>>,
    pub recommendation: Recommendation,
}

/// The readiness index of one group for one goal, 0–100, and its parts 0–1
/// (`None` for a part that could not be known and was left out).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Index {
    pub value: u32,
    pub volunteers: Option<f64>,
    pub platform_fit: Option<f64>,
    pub already_sharing: Option<f64>,
    pub course_interest: Option<f64>,
    pub removable_barriers: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recommendation {
    Pilots { pilots: Vec<Pilot> },
    NoneReady { why: NoneReady },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoneReady {
    /// No department has results of its own: all pooled or suppressed.
    NoDepartmentShown,
    /// No department shown has this many volunteers.
    TooFewVolunteers { min_volunteers: u32 },
    /// Departments have volunteers, but none uses and would share on a
    /// platform that fits the goal.
    NoPlatformFits,
}

/// A recommended pilot department and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pilot {
    pub department: String,
    pub index: u32,
    pub respondents: u64,
    pub volunteers: Cell,
    /// The platform row id to start on.
    pub platform: String,
    /// Share of the department using that platform weekly or more.
    pub weekly_on_platform: Cell,
    /// How well the department's platforms fit the goal, 0–1.
    pub platform_fit: f64,
    /// The barrier option id chosen most in the department, if any.
    pub main_barrier: Option<String>,
    pub first_step: Step,
    pub first_step_because: Because,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Because {
    /// The most chosen barrier that a first step removes.
    Barrier { option: String },
    /// No such barrier; the most chosen motivation with a first step.
    Motivation { option: String },
    /// Neither; people would like a course.
    CourseInterest,
    /// Nothing points anywhere; a course is the usual kick-start.
    Default,
}

/// The volunteers' potential reach: an upper bound, as networks overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reach {
    /// Per platform row, in [`ReadinessResults::platforms`] order.
    pub platforms: Vec<PlatformReach>,
    /// The sum of the shown platforms.
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformReach {
    pub platform: String,
    /// Volunteers willing to share there who gave a follower range, if at
    /// least k; fewer are not shown (`None`), nor is their sum.
    pub volunteers: Option<u64>,
    /// Their followers added up, rounded to two significant digits.
    pub followers: Option<u64>,
    /// The company's own followers there, as HR gave them.
    pub company_followers: Option<u64>,
    /// `followers / company_followers`.
    pub multiple: Option<f64>,
}
