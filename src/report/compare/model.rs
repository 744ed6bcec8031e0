//! The comparison of a follow-up survey with its baseline, as every page,
//! chart, JSON answer and spreadsheet shows it. Every number in it is
//! derived from the two audited publications alone (rule P9): a change is
//! shown only between figures published in both waves, for the same
//! departments in both, so the pair tells nothing that each publication
//! does not already tell.

use serde::{Deserialize, Serialize};

use crate::questionnaire::Text;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Count, Range};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Rule P4's k, the same in both waves.
    pub min_group_size: u32,
    /// What is compared, in this order in every unit's `changes`.
    pub measures: Vec<MeasureInfo>,
    /// The compared groups: departments (or departments taken together)
    /// with the same members in both waves, in the follow-up's order, then
    /// the pool where it is the same in both; `everyone` last.
    pub units: Vec<Unit>,
    /// Everyone who answered, each wave: always comparable.
    pub everyone: Unit,
    /// Departments of either wave compared only within everyone, and why.
    pub not_compared: Vec<NotCompared>,
    /// Questions, options and platform rows that are in one questionnaire
    /// only, so not compared.
    pub unmatched: Vec<Unmatched>,
    /// The pilot departments' change beside the others' (a difference in
    /// differences); `None` when no unit is a pilot or none is not.
    pub pilots_vs_rest: Option<PilotsVsRest>,
}

/// What a measure is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    /// Answered / invited.
    Participation,
    /// Willingness of `volunteer_from` or more.
    Volunteers,
    AlreadySharing,
    CourseInterest,
    /// Uses the platform (a row id of the platform-use question) weekly or
    /// more.
    Weekly {
        platform: String,
    },
    /// The readiness index for the goal, 0–100 (not a share).
    Index {
        goal: Goal,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureInfo {
    pub measure: Measure,
    /// The platform's name in every language, for `Weekly`.
    pub label: Option<Text>,
}

/// A department, several departments taken together, the pool, or everyone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// The baseline departments in it (empty for the pool and everyone).
    pub baseline: Vec<String>,
    /// The follow-up departments in it (empty for the pool and everyone).
    pub follow_up: Vec<String>,
    pub kind: UnitKind,
    pub pilot: Pilot,
    /// Aligned with [`Comparison::measures`].
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// One published department in each wave (maybe renamed).
    Department,
    /// Several published groups in a wave, taken together (a merge).
    Together,
    /// The pool of small departments, with the same members in both.
    Pool,
    Everyone,
}

/// Whether a unit ran the pilot: all its baseline departments did, none
/// did, or some did (then it is on neither side of pilots against rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pilot {
    Yes,
    No,
    Partly,
}

/// One measure of one unit in both waves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// after − before (share points 0–1, or index points); a range where
    /// an end is rounded or banded. `None` unless both ends are known.
    pub change: Option<Range>,
    /// For shares: the 95 % interval of the change that chance alone gives
    /// for groups of these sizes, widened over the ranges of both ends.
    pub interval: Option<Range>,
    pub verdict: Verdict,
}

/// One end of a change: a share 0–1 (or index 0–100) and how many it
/// describes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub value: Range,
    /// How many answered the question (for participation: were invited).
    pub base: Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// Up beyond what chance gives (shares), or surely up (index).
    Up,
    Down,
    /// A change within what chance alone gives for groups of this size;
    /// never to be called an effect.
    WithinChance,
    /// The index moved by less than its ranges allow to tell.
    Unclear,
    /// Not compared: why.
    NotCompared {
        why: Missing,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// Withheld in the baseline's or the follow-up's publication.
    WithheldBefore,
    WithheldAfter,
    /// The question (or platform) is in one questionnaire only.
    NotAskedBefore,
    NotAskedAfter,
    /// Departments taken together have no index (it is not a sum).
    NoIndexTogether,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotCompared {
    pub department: String,
    /// Which wave the name is from.
    pub wave: Wave,
    pub why: NotComparedWhy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wave {
    Baseline,
    FollowUp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotComparedWhy {
    /// A department of the follow-up that continues none of the baseline's.
    New,
    /// A baseline department no follow-up department continues.
    Dropped,
    /// Shown in one wave, pooled or too small in the other, and no level
    /// short of everyone is published in both.
    PublishedInOneWaveOnly,
    /// Nobody answered in one of the waves.
    NoAnswers,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmatched {
    /// The question id, and the option or row id where only that differs.
    pub question: String,
    pub item: Option<String>,
    /// The wave whose questionnaire has it.
    pub only_in: Wave,
}

/// The pilot units together and the other units together, each measure's
/// change in both, and the difference between the changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PilotsVsRest {
    /// Units on each side (indexes into [`Comparison::units`]).
    pub pilot_units: Vec<usize>,
    pub rest_units: Vec<usize>,
    /// Aligned with [`Comparison::measures`]; `None` for the index (no
    /// sum of departments has one).
    pub measures: Vec<Option<DiffInDiff>>,
}

impl DiffInDiff {
    /// The difference as a change without ends of its own, for a row that
    /// shows it beside the two sides' changes.
    pub fn as_change(&self) -> Change {
        Change {
            before: None,
            after: None,
            change: self.difference,
            interval: self.interval,
            verdict: self.verdict,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffInDiff {
    pub pilots: Change,
    pub rest: Change,
    /// pilots' change − rest's change; `None` unless both are known.
    pub difference: Option<Range>,
    /// Its 95 % interval under chance alone.
    pub interval: Option<Range>,
    pub verdict: Verdict,
    /// Units of either side left out of this measure, as a figure of it
    /// is withheld in a wave (indexes into [`Comparison::units`]).
    #[serde(default)]
    pub left_out: Vec<usize>,
}
