//! One pass over the answers: per department, how many answered each
//! question (or matrix row) and chose each option, for everyone and for the
//! volunteers, and the volunteers' follower counts per platform.
//!
//! Memory depends on the questionnaire and the number of departments, never
//! on the number of responses: 100,000 responses are counted as they stream
//! past, and no response is kept.

use serde::{Deserialize, Serialize};

use crate::questionnaire::readiness::Readiness;
use crate::questionnaire::{Answer, Answers, Kind, Questionnaire};

/// Where each question's block of counters starts. A block has one run per
/// row (one run for a question without rows): `[answered, option 0, …]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    starts: Vec<usize>,
    runs: Vec<(usize, usize)>,
    width: usize,
}

impl Layout {
    pub fn of(questionnaire: &Questionnaire) -> Layout {
        let mut starts = Vec::with_capacity(questionnaire.questions.len());
        let mut runs = Vec::with_capacity(questionnaire.questions.len());
        let mut width = 0;
        for question in &questionnaire.questions {
            let rows = match question.kind {
                Kind::Matrix => question.rows.len(),
                _ => 1,
            };
            let run = 1 + question.options.len();
            starts.push(width);
            runs.push((rows, run));
            width += rows * run;
        }
        Layout {
            starts,
            runs,
            width,
        }
    }

    /// The counters of one row of a question: `[answered, option 0, …]`.
    pub fn run(&self, question: usize, row: usize) -> std::ops::Range<usize> {
        let (_, run) = self.runs[question];
        let start = self.starts[question] + row * run;
        start..start + run
    }

    pub fn rows(&self, question: usize) -> usize {
        self.runs[question].0
    }

    /// How many counters one department has.
    pub fn width(&self) -> usize {
        self.width
    }
}

/// The counts of one department.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub respondents: u64,
    pub volunteers: u64,
    /// Laid out by [`Layout`]: everyone.
    pub all: Vec<u64>,
    /// Laid out by [`Layout`]: volunteers only.
    pub volunteer: Vec<u64>,
    /// Per platform row: volunteers willing to share there who gave a
    /// follower range with a count, and the sum of those counts.
    pub reach: Vec<(u64, f64)>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TallyError {
    #[error("a response names department {index}, and there are only {departments}")]
    NoSuchDepartment { index: usize, departments: usize },
}

/// Counts for every department of a survey, filled one response at a time.
/// Kept with a closed survey (as JSON), so results are counted once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    pub layout: Layout,
    pub departments: Vec<Counts>,
}

impl Tally {
    pub fn new(questionnaire: &Questionnaire, departments: usize) -> Tally {
        let layout = Layout::of(questionnaire);
        let platforms = questionnaire.readiness.as_ref().map_or(0, |r| {
            questionnaire.questions[r.platform_use.question].rows.len()
        });
        let empty = Counts {
            respondents: 0,
            volunteers: 0,
            all: vec![0; layout.width],
            volunteer: vec![0; layout.width],
            reach: vec![(0, 0.0); platforms],
        };
        Tally {
            layout,
            departments: vec![empty; departments],
        }
    }

    /// Counts every response of an iterator of `(department index, answers)`.
    pub fn count<A: std::borrow::Borrow<Answers>>(
        questionnaire: &Questionnaire,
        departments: usize,
        responses: impl IntoIterator<Item = (usize, A)>,
    ) -> Result<Tally, TallyError> {
        let mut tally = Tally::new(questionnaire, departments);
        for (department, answers) in responses {
            tally.add(questionnaire, department, answers.borrow())?;
        }
        Ok(tally)
    }

    /// Counts one response. The answers must be checked against the same
    /// questionnaire (as `check_answers` and `from_record` do).
    pub fn add(
        &mut self,
        questionnaire: &Questionnaire,
        department: usize,
        answers: &Answers,
    ) -> Result<(), TallyError> {
        let departments = self.departments.len();
        let counts = self
            .departments
            .get_mut(department)
            .ok_or(TallyError::NoSuchDepartment {
                index: department,
                departments,
            })?;
        let readiness = questionnaire.readiness.as_ref();
        let volunteer = readiness.is_some_and(|r| is_volunteer(r, answers));
        counts.respondents += 1;
        counts.volunteers += u64::from(volunteer);
        for (question, answer) in answers.entries() {
            add_answer(&self.layout, &mut counts.all, *question, answer);
            if volunteer {
                add_answer(&self.layout, &mut counts.volunteer, *question, answer);
            }
        }
        if let (true, Some(r)) = (volunteer, readiness) {
            add_reach(questionnaire, r, answers, &mut counts.reach);
        }
        Ok(())
    }
}

fn is_volunteer(readiness: &Readiness, answers: &Answers) -> bool {
    answers.entries().iter().any(|(q, a)| {
        *q == readiness.willingness && matches!(a, Answer::One(o) if readiness.is_volunteer(*o))
    })
}

fn add_answer(layout: &Layout, counters: &mut [u64], question: usize, answer: &Answer) {
    let mut bump = |row: usize, options: &[usize]| {
        let run = &mut counters[layout.run(question, row)];
        run[0] += 1;
        for &o in options {
            run[1 + o] += 1;
        }
    };
    match answer {
        Answer::One(o) => bump(0, &[*o]),
        Answer::Many(os) => bump(0, os),
        Answer::Grid(cells) => cells.iter().for_each(|&(row, o)| bump(row, &[o])),
    }
}

/// A volunteer's followers on each platform they are willing to share on.
fn add_reach(
    questionnaire: &Questionnaire,
    r: &Readiness,
    answers: &Answers,
    reach: &mut [(u64, f64)],
) {
    let entry = |q: usize| {
        answers
            .entries()
            .iter()
            .find(|(i, _)| *i == q)
            .map(|(_, a)| a)
    };
    let Some(Answer::Many(willing)) = entry(r.willing_platforms) else {
        return;
    };
    let Some(Answer::Grid(followers)) = entry(r.followers) else {
        return;
    };
    let options = &questionnaire.questions[r.followers].options;
    for &(row, option) in followers {
        // The followers matrix may leave platforms out: its rows are
        // matched to the platforms by id.
        let Some(platform) = r.followers_rows.iter().position(|&f| f == Some(row)) else {
            continue;
        };
        let willing_here = willing
            .iter()
            .any(|&w| r.willing_rows.get(w).copied().flatten() == Some(platform));
        if let (true, Some(value)) = (willing_here, options[option].value) {
            reach[platform].0 += 1;
            reach[platform].1 += value;
        }
    }
}
