//! The published results: the audited figures, with labels, and what is
//! derived from them (shares per readiness role, the index, the pilot
//! recommendation, the reach). Nothing in here describes fewer than k
//! respondents, and nothing can be combined into something that does: the
//! audit checked the figures together, and everything else is computed
//! from them alone.

use serde::{Deserialize, Serialize};

use crate::questionnaire::Text;
use crate::questionnaire::readiness::{Goal, Step};
use crate::report::audit::AuditReport;
pub use crate::report::figures::{Cell, Count, Distribution, Table};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// Rule P4's k: no number describes fewer respondents.
    pub min_group_size: u32,
    /// Rule P8: groups with fewer answerers get bands, not exact 0 % or 100 %.
    pub band_below: u64,
    /// The published groups, in survey order, "Other departments" last.
    pub groups: Vec<Group>,
    /// Departments where nobody answered: counted in the totals only.
    pub empty: Vec<EmptyDepartment>,
    /// Everyone invited and everyone who answered, every department
    /// included; `None` when nothing at all can be shown.
    pub total: Option<Participation>,
    /// Every question, with one table per row (one for a question without rows).
    pub questions: Vec<QuestionResults>,
    /// `None` when the questionnaire has no `[readiness]` section.
    pub readiness: Option<ReadinessResults>,
    /// What the audit checked and withheld.
    pub audit: AuditReport,
}

/// A published group: a department of its own, or the pool of the others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub name: GroupName,
    pub participation: Participation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GroupName {
    Department {
        name: String,
    },
    /// "Other departments": how many were pooled, not which, since the pool
    /// stands for its members together; `complementary` when a department
    /// of k or more was pooled too, so that the pool reaches k.
    Other {
        departments: usize,
        complementary: bool,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmptyDepartment {
    pub name: String,
    pub invited: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Participation {
    pub invited: u64,
    pub answered: u64,
    /// answered / invited, 0–1; `None` when nobody was invited.
    pub response_rate: Option<f64>,
}

/// An option or row id with its text in every language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub id: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResults {
    pub id: String,
    pub kind: String,
    pub text: Text,
    pub rows: Vec<Label>,
    pub options: Vec<Label>,
    /// One per row of a matrix, else exactly one.
    pub tables: Vec<Table>,
}

/// A yes/no share per group (volunteers, weekly or more on a platform, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shares {
    /// Aligned with [`Results::groups`].
    pub groups: Vec<Share>,
    pub total: Option<Share>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Share {
    pub answered: Count,
    pub cell: Cell,
}

impl Share {
    /// The shares 0–1 the cell allows.
    pub fn range(&self) -> Option<(f64, f64)> {
        self.cell.share_range(self.answered.value())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Per platform: whether it reaches nobody outside the company.
    pub internal: Vec<bool>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub question: String,
    pub options: Vec<Label>,
    pub volunteers: Distribution,
    pub rest: Distribution,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalResults {
    pub goal: Goal,
    /// Aligned with [`Results::groups`]; `None` where too little is known.
    pub index: Vec<Option<Index>>,
    pub recommendation: Recommendation,
}

/// Lowest and highest values a derived number can have, given the bands
/// and rounding of the cells it is made of (equal where all are exact).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    pub fn exact(x: f64) -> Range {
        Range { low: x, high: x }
    }

    pub fn is_exact(&self) -> bool {
        (self.high - self.low).abs() < 1e-12
    }
}

/// The readiness index of one group for one goal, 0–100, and its parts 0–1
/// (`None` for a part whose cells are withheld, which is left out).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// The index lies from `low` to `high`; one number where all parts are
    /// exact.
    pub low: u32,
    pub high: u32,
    pub volunteers: Option<Range>,
    pub platform_fit: Option<Range>,
    pub already_sharing: Option<Range>,
    pub course_interest: Option<Range>,
    pub removable_barriers: Option<Range>,
}

impl Index {
    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recommendation {
    Pilots { pilots: Vec<Pilot> },
    NoneReady { why: NoneReady },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoneReady {
    /// No department has results of its own: all pooled or suppressed.
    NoDepartmentShown,
    /// No department shown surely has this many volunteers.
    TooFewVolunteers { min_volunteers: u32 },
    /// Departments have volunteers, but none surely uses and would share
    /// on a platform that fits the goal.
    NoPlatformFits,
}

/// A recommended pilot department and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pilot {
    pub department: String,
    pub index: Index,
    pub respondents: u64,
    pub volunteers: Cell,
    /// The platform row id to start on: the best one whose figures are
    /// known; `None` when the figures that would decide it are withheld.
    pub platform: Option<String>,
    /// Share of the department using that platform weekly or more, and
    /// willing to share there.
    pub weekly_on_platform: Cell,
    pub willing_on_platform: Cell,
    /// How well the platform fits the goal, 0–1.
    pub platform_fit: f64,
    /// Platforms that might fit as well or better, whose figures are
    /// withheld or banded (ids).
    pub maybe_better: Vec<String>,
    /// The barrier named most in the department.
    pub main_barrier: MainBarrier,
    pub first_step: Step,
    pub first_step_because: Because,
}

/// The barrier named most: one or more options (a tie), and whether a
/// withheld figure could be higher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MainBarrier {
    /// Nobody in the department surely named a barrier.
    None,
    /// The option(s) named most; `sure` is false where a withheld or
    /// banded figure might be as high.
    Named { options: Vec<String>, sure: bool },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Because {
    /// The most named barrier that a first step removes.
    Barrier { option: String },
    /// No such barrier; the most chosen motivation with a first step.
    Motivation { option: String },
    /// Neither; people would like a course.
    CourseInterest,
    /// Nothing points anywhere; a course is the usual kick-start.
    Default,
}

/// The volunteers' potential reach: an upper bound, as networks overlap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reach {
    /// Per platform that reaches people outside the company.
    pub platforms: Vec<PlatformReach>,
    /// The sum of the platforms shown (each rounded).
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformReach {
    pub platform: String,
    /// Volunteers willing to share there who gave a follower range (at
    /// least k, or hidden).
    pub volunteers: Count,
    /// Their followers added up, to two significant digits.
    pub followers: Count,
}
