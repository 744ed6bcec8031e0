//! The published figures about answers, before anything is derived from
//! them: per published group and the whole company, how many answered each
//! question (or matrix row) and how many chose each option, the volunteers
//! against the rest, and the volunteers' reach.
//!
//! Every number HR, a chart or a spreadsheet sees about answers is one of
//! these, or derived from them after the audit (`report::audit`) has
//! confirmed that no protected count can be recovered from all of them
//! together. Each figure says how precisely it is published: exactly, as a
//! band, rounded, or not at all.

mod cell;
mod count;
pub mod grid;

pub use cell::{Cell, Limits, Shape, publish_cells};
pub use count::Count;

use serde::{Deserialize, Serialize};

/// A group whose figures are published: one department on its own, or the
/// pool "Other departments". Its members are indexes into the survey's
/// departments (the tally's order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMembers {
    pub members: Vec<usize>,
    /// Whether this is the pool "Other departments".
    pub pool: bool,
}

/// One group's distribution of one question (or matrix row).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    /// How many of the group answered it.
    pub answered: Count,
    /// One per option: how many chose it.
    pub cells: Vec<Cell>,
    /// The yes/no share of the options a readiness role counts together
    /// (volunteers, weekly or more, …), where the question has one.
    pub split: Option<Cell>,
}

impl Distribution {
    pub fn hidden(options: usize, split: bool) -> Distribution {
        Distribution {
            answered: Count::Hidden,
            cells: vec![Cell::Hidden; options],
            split: split.then_some(Cell::Hidden),
        }
    }
}

/// A question's (or matrix row's) distributions: one per published group,
/// and the whole company's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Aligned with [`Figures::groups`].
    pub groups: Vec<Distribution>,
    /// Everyone who answered the survey, in every published group.
    pub total: Option<Distribution>,
}

/// Volunteers against the rest on one multiple-choice question, for all
/// published respondents together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub question: usize,
    pub volunteers: Distribution,
    pub rest: Distribution,
}

/// The volunteers' potential reach on one platform, company-wide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReachFigure {
    /// The platform's row in the platform-use question.
    pub platform: usize,
    /// Volunteers willing to share there who gave a follower range.
    pub volunteers: Count,
    /// Their followers added up (an upper bound: networks overlap).
    pub followers: Count,
}

/// Everything published about answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub groups: Vec<GroupMembers>,
    /// Per question, one table per row (one for a question without rows).
    pub tables: Vec<Vec<Table>>,
    pub splits: Vec<Split>,
    pub reach: Vec<ReachFigure>,
}

/// Which group a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum At {
    /// An index into [`Figures::groups`].
    Group(usize),
    /// The whole company.
    Total,
}

/// Which part of a distribution a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Part {
    Answered,
    Option(usize),
    Split,
}

/// Which side of the volunteers-against-the-rest comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    Volunteers,
    Rest,
}

/// The address of one published figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FigureId {
    Table {
        question: usize,
        row: usize,
        at: At,
        part: Part,
    },
    Split {
        split: usize,
        side: Side,
        part: Part,
    },
    ReachVolunteers {
        reach: usize,
    },
    ReachFollowers {
        reach: usize,
    },
}

/// A figure as it is published: a count or a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Published {
    Count(Count),
    Cell(Cell),
}

impl Figures {
    fn distribution(&self, id: &FigureId) -> Option<&Distribution> {
        match *id {
            FigureId::Table {
                question, row, at, ..
            } => {
                let table = self.tables.get(question)?.get(row)?;
                match at {
                    At::Group(g) => table.groups.get(g),
                    At::Total => table.total.as_ref(),
                }
            }
            FigureId::Split { split, side, .. } => {
                let s = self.splits.get(split)?;
                Some(match side {
                    Side::Volunteers => &s.volunteers,
                    Side::Rest => &s.rest,
                })
            }
            FigureId::ReachVolunteers { .. } | FigureId::ReachFollowers { .. } => None,
        }
    }

    fn distribution_mut(&mut self, id: &FigureId) -> Option<&mut Distribution> {
        match *id {
            FigureId::Table {
                question, row, at, ..
            } => {
                let table = self.tables.get_mut(question)?.get_mut(row)?;
                match at {
                    At::Group(g) => table.groups.get_mut(g),
                    At::Total => table.total.as_mut(),
                }
            }
            FigureId::Split { split, side, .. } => {
                let s = self.splits.get_mut(split)?;
                Some(match side {
                    Side::Volunteers => &mut s.volunteers,
                    Side::Rest => &mut s.rest,
                })
            }
            FigureId::ReachVolunteers { .. } | FigureId::ReachFollowers { .. } => None,
        }
    }

    /// The figure as published now.
    pub fn get(&self, id: &FigureId) -> Option<Published> {
        let part = match *id {
            FigureId::Table { part, .. } | FigureId::Split { part, .. } => part,
            FigureId::ReachVolunteers { reach } => {
                return self
                    .reach
                    .get(reach)
                    .map(|r| Published::Count(r.volunteers));
            }
            FigureId::ReachFollowers { reach } => {
                return self.reach.get(reach).map(|r| Published::Count(r.followers));
            }
        };
        let d = self.distribution(id)?;
        match part {
            Part::Answered => Some(Published::Count(d.answered)),
            Part::Option(o) => d.cells.get(o).copied().map(Published::Cell),
            Part::Split => d.split.map(Published::Cell),
        }
    }

    /// Publishes the figure otherwise (the audit only ever weakens one).
    /// Returns whether there was such a figure of that kind.
    pub fn set(&mut self, id: &FigureId, value: Published) -> bool {
        let part = match *id {
            FigureId::Table { part, .. } | FigureId::Split { part, .. } => part,
            FigureId::ReachVolunteers { reach } => {
                return match (self.reach.get_mut(reach), value) {
                    (Some(r), Published::Count(c)) => {
                        r.volunteers = c;
                        true
                    }
                    _ => false,
                };
            }
            FigureId::ReachFollowers { reach } => {
                return match (self.reach.get_mut(reach), value) {
                    (Some(r), Published::Count(c)) => {
                        r.followers = c;
                        true
                    }
                    _ => false,
                };
            }
        };
        let Some(d) = self.distribution_mut(id) else {
            return false;
        };
        match (part, value) {
            (Part::Answered, Published::Count(c)) => d.answered = c,
            (Part::Option(o), Published::Cell(c)) if o < d.cells.len() => d.cells[o] = c,
            (Part::Split, Published::Cell(c)) if d.split.is_some() => d.split = Some(c),
            _ => return false,
        }
        true
    }

    /// The address of every figure, in a fixed order.
    pub fn ids(&self) -> Vec<FigureId> {
        let mut ids = Vec::new();
        let parts = |d: &Distribution| {
            let mut parts = vec![Part::Answered];
            parts.extend((0..d.cells.len()).map(Part::Option));
            if d.split.is_some() {
                parts.push(Part::Split);
            }
            parts
        };
        for (question, rows) in self.tables.iter().enumerate() {
            for (row, table) in rows.iter().enumerate() {
                let at = (0..table.groups.len())
                    .map(At::Group)
                    .chain(table.total.as_ref().map(|_| At::Total));
                for at in at {
                    let id = |part| FigureId::Table {
                        question,
                        row,
                        at,
                        part,
                    };
                    if let Some(d) = self.distribution(&id(Part::Answered)) {
                        ids.extend(parts(d).into_iter().map(id));
                    }
                }
            }
        }
        for (split, s) in self.splits.iter().enumerate() {
            for (side, d) in [(Side::Volunteers, &s.volunteers), (Side::Rest, &s.rest)] {
                ids.extend(
                    parts(d)
                        .into_iter()
                        .map(|part| FigureId::Split { split, side, part }),
                );
            }
        }
        for reach in 0..self.reach.len() {
            ids.push(FigureId::ReachVolunteers { reach });
            ids.push(FigureId::ReachFollowers { reach });
        }
        ids
    }
}

#[cfg(test)]
mod tests;
