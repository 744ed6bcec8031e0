//! The `[readiness]` section of a questionnaire: which questions play which
//! part in the readiness index and the pilot recommendation, and the weights.
//!
//! Everything here is read from the questionnaire file and checked by the
//! loader, so results never guess at roles or weights (docs/readiness.md).
//! Questions, options and rows are held as indexes into the questionnaire.

use serde::{Deserialize, Serialize};

/// What the company wants its advocacy programme to achieve (seed 002, step 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    BrandAwareness,
    Recruitment,
    Sales,
}

impl Goal {
    pub const ALL: [Goal; 3] = [Goal::BrandAwareness, Goal::Recruitment, Goal::Sales];

    /// The id used in the questionnaire file, the API and the i18n keys.
    pub fn id(self) -> &'static str {
        match self {
            Goal::BrandAwareness => "brand_awareness",
            Goal::Recruitment => "recruitment",
            Goal::Sales => "sales",
        }
    }

    pub fn parse(id: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.id() == id)
    }

    pub fn index(self) -> usize {
        match self {
            Goal::BrandAwareness => 0,
            Goal::Recruitment => 1,
            Goal::Sales => 2,
        }
    }
}

/// A first step of a pilot that removes a barrier or answers a motivation.
/// A fixed list, because every step needs advice written in three languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Clear, short guidelines on what is fine to share (seed 002, step 7).
    Guidelines,
    /// Guidelines on handling critical comments (seed 004, "Pas på").
    CommentGuidelines,
    /// A short social-media course (seed 002, step 6).
    Course,
    /// Managers share first (seeds 002 step 1, 003, 004).
    LeadersFirst,
    /// Small, ready-made content that is easy to share (seed 001 point 3, 002 step 9).
    ReadyContent,
    /// Help to make posts personal, so networks are not spammed (seed 004).
    PersonalPosts,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Guidelines,
        Step::CommentGuidelines,
        Step::Course,
        Step::LeadersFirst,
        Step::ReadyContent,
        Step::PersonalPosts,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Step::Guidelines => "guidelines",
            Step::CommentGuidelines => "comment_guidelines",
            Step::Course => "course",
            Step::LeadersFirst => "leaders_first",
            Step::ReadyContent => "ready_content",
            Step::PersonalPosts => "personal_posts",
        }
    }

    pub fn parse(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The weight of each component of the index; only their ratios matter.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Weights {
    pub volunteers: f64,
    pub platform_fit: f64,
    pub already_sharing: f64,
    pub course_interest: f64,
    pub removable_barriers: f64,
}

/// A question chosen for a role, with the options that count for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Counted {
    pub question: usize,
    /// Option indexes, ascending.
    pub options: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    /// A scale question; a volunteer answered `volunteer_from` or more.
    pub willingness: usize,
    /// The option index (0-based) from which an answer counts as a volunteer.
    pub volunteer_from: usize,
    /// A pilot needs at least this many volunteers in its department.
    pub min_volunteers: u32,
    /// Single choice; `options` are those that count as already sharing.
    pub shares_work: Counted,
    /// Single choice; `options` are those that count as interested.
    pub course_interest: Counted,
    /// A matrix of platforms; `options` count as "weekly or more".
    pub platform_use: Counted,
    /// Multiple choice; option i is platform row `willing_rows[i]`, if any.
    pub willing_platforms: usize,
    pub willing_rows: Vec<Option<usize>>,
    /// A matrix with rows of `platform_use`; option `value`s are counts.
    pub followers: usize,
    /// Per platform row: the followers row with its id, if it is asked.
    pub followers_rows: Vec<Option<usize>>,
    /// Per platform row: whether it reaches nobody outside the company
    /// (the intranet), and so never counts in reach.
    pub internal: Vec<bool>,
    /// Multiple choice; the first step each option suggests, if any.
    pub barriers: usize,
    pub barrier_steps: Vec<Option<Step>>,
    /// Barrier options no first step removes (not exclusive, no step).
    pub unremovable: Vec<usize>,
    /// Multiple choice; the first step each option suggests, if any.
    pub motivations: usize,
    pub motivation_steps: Vec<Option<Step>>,
    pub weights: Weights,
    /// Per goal (`Goal::index`), the fit 0–1 of each platform row.
    pub fit: [Vec<f64>; 3],
}

impl Readiness {
    pub fn fit(&self, goal: Goal) -> &[f64] {
        &self.fit[goal.index()]
    }

    /// The followers row of a platform row, if followers are asked there.
    pub fn followers_row(&self, platform: usize) -> Option<usize> {
        self.followers_rows.get(platform).copied().flatten()
    }

    /// Whether a platform row reaches nobody outside the company.
    pub fn is_internal(&self, platform: usize) -> bool {
        self.internal.get(platform).copied().unwrap_or(false)
    }

    /// Whether a willingness option index makes a volunteer.
    pub fn is_volunteer(&self, option: usize) -> bool {
        option >= self.volunteer_from
    }

    /// The options of `question` (which has `options` options) that a
    /// readiness role counts together as one yes/no share: volunteers,
    /// already sharing, interested in a course, weekly or more.
    pub fn counted_options(&self, question: usize, options: usize) -> Option<Vec<usize>> {
        if question == self.willingness {
            Some((self.volunteer_from..options).collect())
        } else if question == self.shares_work.question {
            Some(self.shares_work.options.clone())
        } else if question == self.course_interest.question {
            Some(self.course_interest.options.clone())
        } else if question == self.platform_use.question {
            Some(self.platform_use.options.clone())
        } else {
            None
        }
    }
}
