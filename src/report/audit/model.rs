//! What the attacker knows, as linear constraints on unknown whole numbers.
//!
//! The unknowns are every department's counts: how many answered each
//! question (or row) and chose each option, and, for the questions compared
//! between volunteers and the rest, the volunteers' share of those counts.
//! The attacker knows the questionnaire's rules (one option per answerer,
//! "none of these" stands alone, a follow-up row is answered only by those
//! who use the platform, …), how many answered in every department (HR sees
//! participation while the survey runs) and every published figure at once.

use crate::report::figures::FigureId;

/// A linear expression: (unknown, coefficient) pairs.
pub type Terms = Vec<(usize, f64)>;

/// A linear row `lo ≤ Σ coefficient · variable ≤ hi`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub terms: Vec<(usize, f64)>,
    pub lo: f64,
    pub hi: f64,
    /// A rule of the questionnaire, or a published figure (which the audit
    /// may weaken).
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Structure,
    Figure(FigureId),
}

/// Who a protected count belongs to, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protected {
    /// A count of a department too small to be shown, which sits in the pool.
    Department { department: usize, question: usize },
    /// A published figure that is a band or hidden.
    Figure(FigureId),
    /// Not protected: a figure withheld to protect another, probed to see
    /// whether the rest gives it away anyway (then it may as well be shown).
    Probe(FigureId),
}

/// What a protected count must keep: another possible value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Need {
    /// Some whole value other than the truth (a hidden count).
    Another,
    /// This value besides the truth (the other end of a band).
    Value(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub terms: Vec<(usize, f64)>,
    /// The expression's true value.
    pub truth: f64,
    pub need: Need,
    pub about: Protected,
}

/// Where a requirement's expression must be able to go: to a value, or
/// anywhere at or below (at or above) one. In whole numbers the values a
/// count can take need not be next to each other (4 or 6, never 5, where a
/// rounded share allows only those), so "another value" is asked as "at
/// most one less, or at least one more", never as "exactly one less".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    At(f64),
    AtMost(f64),
    AtLeast(f64),
}

impl Target {
    /// The nearest value that meets it: where a linear programme (whose
    /// solutions form one interval) may as well be fixed.
    pub fn nearest(self) -> f64 {
        match self {
            Target::At(v) | Target::AtMost(v) | Target::AtLeast(v) => v,
        }
    }
}

impl Requirement {
    /// Where the expression may go to show the requirement holds, the more
    /// likely first.
    pub fn targets(&self) -> Vec<Target> {
        match self.need {
            Need::Value(v) => vec![Target::At(v)],
            Need::Another if self.truth >= 1.0 => {
                vec![
                    Target::AtMost(self.truth - 1.0),
                    Target::AtLeast(self.truth + 1.0),
                ]
            }
            Need::Another => vec![Target::AtLeast(self.truth + 1.0)],
        }
    }

    /// Whether a value of the expression shows the requirement holds.
    pub fn met_by(&self, value: f64) -> bool {
        const EPS: f64 = 1e-6;
        match self.need {
            Need::Value(v) => (value - v).abs() <= EPS,
            Need::Another => value <= self.truth - 1.0 + EPS || value >= self.truth + 1.0 - EPS,
        }
    }
}

/// The whole system: unknowns with their bounds and true values, rows, and
/// the protected counts.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub lo: Vec<f64>,
    pub hi: Vec<f64>,
    pub truth: Vec<f64>,
    pub rows: Vec<Row>,
    pub requirements: Vec<Requirement>,
    /// Per published figure: its expression and its group's answerers.
    pub figures: Vec<(FigureId, Terms, Terms)>,
    /// Per unknown, the rows it appears in: the searches near one count
    /// read these instead of every row.
    pub rows_of: Vec<Vec<usize>>,
}

impl Model {
    pub fn var(&mut self, lo: f64, hi: f64, truth: f64) -> usize {
        self.lo.push(lo);
        self.hi.push(hi);
        self.truth.push(truth);
        self.rows_of.push(Vec::new());
        self.lo.len() - 1
    }

    pub fn row(&mut self, terms: Vec<(usize, f64)>, lo: f64, hi: f64, source: Source) {
        if !terms.is_empty() {
            for &(v, _) in &terms {
                self.rows_of[v].push(self.rows.len());
            }
            self.rows.push(Row {
                terms,
                lo,
                hi,
                source,
            });
        }
    }

    /// The value of an expression at the truth.
    pub fn value(&self, terms: &[(usize, f64)]) -> f64 {
        terms.iter().map(|&(v, c)| c * self.truth[v]).sum()
    }

    /// Every row holds at the truth: the model describes what happened.
    pub fn holds_at_truth(&self) -> Result<(), String> {
        for (i, row) in self.rows.iter().enumerate() {
            let x = self.value(&row.terms);
            if x < row.lo - 1e-6 || x > row.hi + 1e-6 {
                return Err(format!(
                    "row {i} ({:?}): {x} not in [{}, {}]",
                    row.source, row.lo, row.hi
                ));
            }
        }
        for (v, &t) in self.truth.iter().enumerate() {
            if t < self.lo[v] - 1e-9 || t > self.hi[v] + 1e-9 {
                return Err(format!(
                    "variable {v}: {t} not in [{}, {}]",
                    self.lo[v], self.hi[v]
                ));
            }
        }
        Ok(())
    }
}
