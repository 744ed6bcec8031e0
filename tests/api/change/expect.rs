//! What the comparison must say, computed by this test from the answers it
//! sent, with docs/readiness.md's formulas ("A follow-up compared with its
//! baseline"): shares from the raw counts, Newcombe's interval for a
//! change, Agresti–Caffo's for the pilots against the rest. Nothing here
//! calls the code that compares.

use stemme::questionnaire::Questionnaire;
use stemme::questionnaire::readiness::Goal;

use crate::truth::Truth;
use crate::truth::counts::{Counts, count, sum};
use crate::truth::people::Department;

/// One wave as the test knows it.
pub struct Known {
    pub truth: Truth,
}

impl Known {
    pub fn new(q: Questionnaire, departments: Vec<Department>, k: u64) -> Known {
        let counts = departments.iter().map(|d| count(&q, d)).collect();
        Known {
            truth: Truth {
                q,
                departments,
                counts,
                k,
            },
        }
    }

    fn members(&self, names: &[&str]) -> Vec<usize> {
        names.iter().map(|n| self.truth.index(n)).collect()
    }

    pub fn all(&self) -> Vec<&str> {
        self.truth.departments.iter().map(|d| d.name).collect()
    }

    /// (count, base) of a measure id for the departments `names`; `None`
    /// where the questionnaire does not ask it.
    pub fn measure(&self, names: &[&str], measure: &str) -> Option<(u64, u64)> {
        let t = &self.truth;
        let members = self.members(names);
        if measure == "participation" {
            let answered = members.iter().map(|&d| t.counts[d].respondents).sum();
            let invited = members
                .iter()
                .map(|&d| u64::from(t.departments[d].invited))
                .sum();
            return Some((answered, invited));
        }
        let (question, row, yes): (&str, &str, &[&str]) = match measure {
            "volunteers" => ("willingness", "", &["4", "5"]),
            "already_sharing" => ("shares_work", "", &["sometimes", "often"]),
            "course_interest" => ("course_interest", "", &["yes"]),
            m => (
                "platform_use",
                m.strip_prefix("weekly.").expect("a measure id"),
                &["weekly", "daily"],
            ),
        };
        let q = t.q.questions.iter().find(|x| x.id == question)?;
        if !row.is_empty() && !q.rows.iter().any(|r| r.id == row) {
            return None;
        }
        let cs: Vec<&Counts> = members.iter().map(|&d| &t.counts[d]).collect();
        let run = sum(
            &cs,
            &(question.to_owned(), row.to_owned()),
            q.options.len(),
            false,
        );
        let picked = yes.iter().map(|o| run[1 + t.option(question, o)]).sum();
        Some((picked, run[0]))
    }

    pub fn index(&self, names: &[&str], goal: Goal) -> u64 {
        self.truth.readiness_index(&self.members(names), goal)
    }
}

const Z: f64 = 1.959_963_984_540_054;

fn wilson(x: u64, n: u64) -> (f64, f64) {
    let (p, n) = (x as f64 / n as f64, n as f64);
    let z2 = Z * Z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// Newcombe's hybrid score interval (1998, method 10) of `after − before`.
pub fn newcombe(before: (u64, u64), after: (u64, u64)) -> (f64, f64) {
    let (p1, p2) = (
        before.0 as f64 / before.1 as f64,
        after.0 as f64 / after.1 as f64,
    );
    let ((l1, u1), (l2, u2)) = (wilson(before.0, before.1), wilson(after.0, after.1));
    let d = p2 - p1;
    (
        d - ((p2 - l2).powi(2) + (u1 - p1).powi(2)).sqrt(),
        d + ((u2 - p2).powi(2) + (p1 - l1).powi(2)).sqrt(),
    )
}

/// Agresti and Caffo's interval of the difference in differences: one yes
/// and one no added to each of the four shares, their variances summed.
pub fn agresti_caffo(pilots: [(u64, u64); 2], rest: [(u64, u64); 2]) -> (f64, f64) {
    let adjusted = |(x, n): (u64, u64)| {
        let p = (x as f64 + 1.0) / (n as f64 + 2.0);
        (p, p * (1.0 - p) / (n as f64 + 2.0))
    };
    let [(p1, v1), (p2, v2)] = pilots.map(adjusted);
    let [(r1, v3), (r2, v4)] = rest.map(adjusted);
    let estimate = (p2 - p1) - (r2 - r1);
    let half = Z * (v1 + v2 + v3 + v4).sqrt();
    (estimate - half, estimate + half)
}

/// The verdict a change's interval gives.
pub fn verdict((low, high): (f64, f64)) -> &'static str {
    if low > 0.0 {
        "up"
    } else if high < 0.0 {
        "down"
    } else {
        "within_chance"
    }
}

pub fn share((x, n): (u64, u64)) -> f64 {
    if n == 0 { 0.0 } else { x as f64 / n as f64 }
}
