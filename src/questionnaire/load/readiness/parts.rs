//! The pieces of the `[readiness]` check: a role's question, option lists,
//! weights, fit tables and first steps, each with its own error messages.

use toml::Spanned;

use super::{Map, RawWeights};
use crate::questionnaire::load::Checker;
use crate::questionnaire::readiness::{Goal, Step, Weights};
use crate::questionnaire::{Choice, Kind, Question};

impl Checker<'_> {
    pub(super) fn role(
        &mut self,
        id: &Spanned<String>,
        kind: Kind,
        role: &str,
        questions: &[Question],
    ) -> Option<usize> {
        let offset = id.span().start;
        let Some(index) = questions.iter().position(|q| &q.id == id.get_ref()) else {
            let msg = format!(
                "readiness: {role} names \"{}\", which is no question",
                id.get_ref()
            );
            self.report(offset, msg);
            return None;
        };
        if questions[index].kind != kind {
            let msg = format!(
                "readiness: {role} must be a {} question, and \"{}\" is not",
                kind.as_str(),
                id.get_ref()
            );
            self.report(offset, msg);
            return None;
        }
        Some(index)
    }

    pub(super) fn option_list(
        &mut self,
        question: &Question,
        ids: &Spanned<Vec<String>>,
    ) -> Vec<usize> {
        let offset = ids.span().start;
        let mut options = Vec::new();
        for id in ids.get_ref() {
            match question.option_index(id) {
                Some(o) if !options.contains(&o) => options.push(o),
                Some(_) => self.report(offset, format!("readiness: \"{id}\" is listed twice")),
                None => {
                    let msg = format!("readiness: \"{}\" has no option \"{id}\"", question.id);
                    self.report(offset, msg);
                }
            }
        }
        if options.is_empty() {
            let msg = format!("readiness: list at least one option of \"{}\"", question.id);
            self.report(offset, msg);
        }
        options.sort_unstable();
        options
    }

    pub(super) fn weights(&mut self, raw: &RawWeights) -> Weights {
        let all = [
            &raw.volunteers,
            &raw.platform_fit,
            &raw.already_sharing,
            &raw.course_interest,
            &raw.removable_barriers,
        ];
        for weight in all {
            let value = *weight.get_ref();
            if !value.is_finite() || value < 0.0 {
                let msg = "readiness: a weight must be a number, 0 or more";
                self.report(weight.span().start, msg);
            }
        }
        if all.iter().map(|w| *w.get_ref()).sum::<f64>() <= 0.0 {
            let msg = "readiness: at least one weight must be above 0";
            self.report(raw.volunteers.span().start, msg);
        }
        Weights {
            volunteers: *raw.volunteers.get_ref(),
            platform_fit: *raw.platform_fit.get_ref(),
            already_sharing: *raw.already_sharing.get_ref(),
            course_interest: *raw.course_interest.get_ref(),
            removable_barriers: *raw.removable_barriers.get_ref(),
        }
    }

    /// Each non-exclusive option of `willing_platforms` is a platform row.
    pub(super) fn willing_rows(
        &mut self,
        question: &Question,
        rows: &[Choice],
        offset: usize,
    ) -> Vec<Option<usize>> {
        let mut mapped = Vec::with_capacity(question.options.len());
        for option in &question.options {
            let row = rows.iter().position(|r| r.id == option.id);
            if row.is_none() && !option.exclusive {
                let msg = format!(
                    "readiness: \"{}\" in \"{}\" is not a platform of platform_use",
                    option.id, question.id
                );
                self.report(offset, msg);
            }
            mapped.push(row);
        }
        mapped
    }

    /// Checks the followers matrix and returns, per platform row, the
    /// followers row with its id (a platform left out is not asked about).
    pub(super) fn followers(
        &mut self,
        question: &Question,
        rows: &[Choice],
        at: usize,
    ) -> Vec<Option<usize>> {
        if question
            .rows
            .iter()
            .any(|r| !rows.iter().any(|p| p.id == r.id))
        {
            let msg = format!(
                "readiness: every row of followers \"{}\" must be a platform of platform_use",
                question.id
            );
            self.report(at, msg);
        }
        if question.options.iter().all(|o| o.value.is_none()) {
            let msg = format!(
                "readiness: followers \"{}\" needs a value (a count) on its ranges",
                question.id
            );
            self.report(at, msg);
        }
        if question
            .options
            .iter()
            .any(|o| o.value.is_some_and(|v| v < 0.0))
        {
            let msg = format!(
                "readiness: a follower count in \"{}\" is negative",
                question.id
            );
            self.report(at, msg);
        }
        rows.iter().map(|p| question.row_index(&p.id)).collect()
    }

    /// The fit of each platform row for a goal; rows left out fit 0.
    pub(super) fn fit(&mut self, raw: &Map<f64>, goal: Goal, rows: &[Choice]) -> Vec<f64> {
        let offset = raw.span().start;
        let mut fit = vec![0.0; rows.len()];
        for (id, &value) in raw.get_ref() {
            let Some(row) = rows.iter().position(|r| &r.id == id) else {
                let msg = format!(
                    "readiness: fit.{} names \"{id}\", which is no platform",
                    goal.id()
                );
                self.report(offset, msg);
                continue;
            };
            if !(0.0..=1.0).contains(&value) {
                let msg = format!("readiness: fit.{}.{id} must be from 0 to 1", goal.id());
                self.report(offset, msg);
            }
            fit[row] = value;
        }
        if fit.iter().all(|&f| f <= 0.0) {
            let msg = format!(
                "readiness: fit.{} gives no platform a fit above 0",
                goal.id()
            );
            self.report(offset, msg);
        }
        fit
    }

    /// The platforms that reach nobody outside the company: those listed
    /// in `internal`, or, in files without the key, those that fit no goal.
    pub(super) fn internal(
        &mut self,
        raw: Option<&Spanned<Vec<String>>>,
        rows: &[Choice],
        fit: Option<&[Vec<f64>; 3]>,
    ) -> Vec<bool> {
        let Some(raw) = raw else {
            return (0..rows.len())
                .map(|p| fit.is_some_and(|f| f.iter().all(|g| g.get(p).is_none_or(|&x| x <= 0.0))))
                .collect();
        };
        let mut internal = vec![false; rows.len()];
        for id in raw.get_ref() {
            match rows.iter().position(|r| &r.id == id) {
                Some(p) => internal[p] = true,
                None => {
                    let msg =
                        format!("readiness: internal \"{id}\" is not a platform of platform_use");
                    self.report(raw.span().start, msg);
                }
            }
        }
        internal
    }

    pub(super) fn steps(&mut self, raw: &Map<String>, question: &Question) -> Vec<Option<Step>> {
        let offset = raw.span().start;
        let mut steps = vec![None; question.options.len()];
        for (id, step) in raw.get_ref() {
            let Some(option) = question.option_index(id) else {
                let msg = format!("readiness: \"{}\" has no option \"{id}\"", question.id);
                self.report(offset, msg);
                continue;
            };
            match Step::parse(step) {
                Some(s) => steps[option] = Some(s),
                None => {
                    let known: Vec<&str> = Step::ALL.iter().map(|s| s.id()).collect();
                    let msg = format!(
                        "readiness: unknown first step \"{step}\"; use one of {}",
                        known.join(", ")
                    );
                    self.report(offset, msg);
                }
            }
        }
        steps
    }
}
