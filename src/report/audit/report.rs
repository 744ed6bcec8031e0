//! What the audit did, kept with the survey's publication: how much it
//! checked, and each figure it published less precisely and for whom.

use serde::{Deserialize, Serialize};

use crate::report::figures::{Cell, Count, FigureId, Published};

/// Whom a withheld figure protects. Never the protected count's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Protects {
    /// The answers to `question` of a department too small to be shown on
    /// its own (an index into the survey's departments).
    Department { department: usize, question: usize },
    /// A published band or hidden figure.
    Figure { figure: FigureId },
}

/// How a figure is published after the audit weakened it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "as", rename_all = "snake_case")]
pub enum Now {
    Count { count: Count },
    Cell { cell: Cell },
}

impl From<Published> for Now {
    fn from(p: Published) -> Now {
        match p {
            Published::Count(count) => Now::Count { count },
            Published::Cell(cell) => Now::Cell { cell },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Withheld {
    pub figure: FigureId,
    pub now: Now,
    pub protects: Protects,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditReport {
    /// Protected counts checked in the last pass.
    pub protected: usize,
    /// Linear programmes solved, all passes together.
    pub solves: usize,
    pub passes: usize,
    /// Protected counts the questionnaire's rules alone decide, which no
    /// withholding can help (none in the built-in questionnaire).
    pub inherent: usize,
    pub withheld: Vec<Withheld>,
    /// Figures withheld to protect others that the rest gave away anyway,
    /// and so were shown after all.
    #[serde(default)]
    pub revealed: usize,
    /// False only if the audit gave up weakening figure by figure and
    /// withheld every department's figures.
    pub settled: bool,
}

impl Default for AuditReport {
    fn default() -> Self {
        AuditReport {
            protected: 0,
            solves: 0,
            passes: 0,
            inherent: 0,
            withheld: Vec::new(),
            revealed: 0,
            settled: true,
        }
    }
}
