//! Checks for the optional `[readiness]` section: every role names a question
//! of the right kind, every listed option exists, weights are sensible.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

mod parts;

use super::Checker;
use crate::questionnaire::readiness::{Counted, Goal, Readiness};
use crate::questionnaire::{Kind, Question};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReadiness {
    volunteer_from: Spanned<i64>,
    min_volunteers: Spanned<i64>,
    questions: RawRoles,
    counts: RawCounts,
    weights: RawWeights,
    fit: RawFit,
    first_steps: RawSteps,
    /// Platforms that reach nobody outside the company (the intranet).
    #[serde(default)]
    internal: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoles {
    willingness: Spanned<String>,
    shares_work: Spanned<String>,
    course_interest: Spanned<String>,
    platform_use: Spanned<String>,
    willing_platforms: Spanned<String>,
    followers: Spanned<String>,
    barriers: Spanned<String>,
    motivations: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCounts {
    already_sharing: Spanned<Vec<String>>,
    course_interested: Spanned<Vec<String>>,
    weekly_or_more: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeights {
    volunteers: Spanned<f64>,
    platform_fit: Spanned<f64>,
    already_sharing: Spanned<f64>,
    course_interest: Spanned<f64>,
    removable_barriers: Spanned<f64>,
}

type Map<V> = Spanned<BTreeMap<String, V>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFit {
    brand_awareness: Map<f64>,
    recruitment: Map<f64>,
    sales: Map<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSteps {
    barriers: Map<String>,
    motivations: Map<String>,
}

impl Checker<'_> {
    pub(super) fn readiness(
        &mut self,
        raw: Spanned<RawReadiness>,
        questions: &[Question],
    ) -> Option<Readiness> {
        let raw = raw.into_inner();
        let before = self.problems.len();
        let q = &raw.questions;
        let mut role =
            |id: &Spanned<String>, kind: Kind, role: &str| self.role(id, kind, role, questions);
        let willingness = role(&q.willingness, Kind::Scale, "willingness");
        let shares_work = role(&q.shares_work, Kind::Single, "shares_work");
        let course = role(&q.course_interest, Kind::Single, "course_interest");
        let platform_use = role(&q.platform_use, Kind::Matrix, "platform_use");
        let willing = role(&q.willing_platforms, Kind::Multiple, "willing_platforms");
        let followers = role(&q.followers, Kind::Matrix, "followers");
        let barriers = role(&q.barriers, Kind::Multiple, "barriers");
        let motivations = role(&q.motivations, Kind::Multiple, "motivations");

        let volunteer_from = *raw.volunteer_from.get_ref();
        if !(4..=5).contains(&volunteer_from) {
            // 1–3 would count "maybe" and "rather not" as volunteers, and
            // taking part must be wholly voluntary (seed 001, point 1).
            let msg = "volunteer_from must be 4 or 5: a volunteer said they would like to";
            self.report(raw.volunteer_from.span().start, msg);
        }
        let min_volunteers = *raw.min_volunteers.get_ref();
        if !(1..=1000).contains(&min_volunteers) {
            let msg = "min_volunteers must be a whole number from 1 to 1000";
            self.report(raw.min_volunteers.span().start, msg);
        }
        let counted = |checker: &mut Self, question: Option<usize>, ids: &Spanned<Vec<String>>| {
            question.map(|question| Counted {
                question,
                options: checker.option_list(&questions[question], ids),
            })
        };
        let c = &raw.counts;
        let shares_work = counted(self, shares_work, &c.already_sharing);
        let course = counted(self, course, &c.course_interested);
        let platform_use = counted(self, platform_use, &c.weekly_or_more);
        let weights = self.weights(&raw.weights);

        let rows = platform_use.as_ref().map(|p| &questions[p.question].rows);
        let willing_rows = willing.zip(rows).map(|(w, rows)| {
            let question = &questions[w];
            let offset = raw.questions.willing_platforms.span().start;
            self.willing_rows(question, rows, offset)
        });
        let followers_rows = followers.zip(rows).map(|(f, rows)| {
            let offset = raw.questions.followers.span().start;
            self.followers(&questions[f], rows, offset)
        });
        let fit = rows.map(|rows| {
            let f = &raw.fit;
            [
                self.fit(&f.brand_awareness, Goal::BrandAwareness, rows),
                self.fit(&f.recruitment, Goal::Recruitment, rows),
                self.fit(&f.sales, Goal::Sales, rows),
            ]
        });
        let barrier_steps = barriers.map(|b| self.steps(&raw.first_steps.barriers, &questions[b]));
        let motivation_steps =
            motivations.map(|m| self.steps(&raw.first_steps.motivations, &questions[m]));

        let internal = rows.map(|rows| self.internal(raw.internal.as_ref(), rows, fit.as_ref()));
        if self.problems.len() > before {
            return None;
        }
        let barrier_steps = barrier_steps?;
        let unremovable = questions[barriers?]
            .options
            .iter()
            .enumerate()
            .filter(|&(o, option)| !option.exclusive && barrier_steps[o].is_none())
            .map(|(o, _)| o)
            .collect();
        Some(Readiness {
            willingness: willingness?,
            // The scale's options are "1" to "5" in order: point p is index p − 1.
            volunteer_from: usize::try_from(volunteer_from - 1).ok()?,
            min_volunteers: u32::try_from(min_volunteers).ok()?,
            shares_work: shares_work?,
            course_interest: course?,
            platform_use: platform_use?,
            willing_platforms: willing?,
            willing_rows: willing_rows?,
            followers: followers?,
            followers_rows: followers_rows?,
            internal: internal?,
            barriers: barriers?,
            barrier_steps,
            unremovable,
            motivations: motivations?,
            motivation_steps: motivation_steps?,
            weights,
            fit: fit?,
        })
    }
}

#[cfg(test)]
mod tests;
