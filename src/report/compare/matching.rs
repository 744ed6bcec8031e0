//! What two questionnaires of a baseline and its follow-up have in common:
//! questions matched by id, then their rows and options by id. A newer
//! version of a questionnaire may add a platform or drop an option; what
//! only one wave asked cannot be compared, and the comparison says so.

use super::model::{Unmatched, Wave};
use crate::questionnaire::{Choice, Question, Questionnaire};

/// Every question, row and option that is in one questionnaire only, with
/// the wave that has it: the baseline's order first, then the questions
/// only the follow-up asks. A question in one only is named once, not with
/// each of its rows and options.
pub fn unmatched(baseline: &Questionnaire, follow_up: &Questionnaire) -> Vec<Unmatched> {
    let mut out = Vec::new();
    for before in &baseline.questions {
        let Some(after) = follow_up.questions.iter().find(|q| q.id == before.id) else {
            out.push(only(before, None, Wave::Baseline));
            continue;
        };
        for (mine, theirs, wave) in [
            (&before.rows, &after.rows, Wave::Baseline),
            (&after.rows, &before.rows, Wave::FollowUp),
            (&before.options, &after.options, Wave::Baseline),
            (&after.options, &before.options, Wave::FollowUp),
        ] {
            for item in missing(mine, theirs) {
                out.push(only(before, Some(&item.id), wave));
            }
        }
    }
    for after in &follow_up.questions {
        if baseline.question_index(&after.id).is_none() {
            out.push(only(after, None, Wave::FollowUp));
        }
    }
    out
}

/// The choices of `mine` whose id `theirs` lacks.
fn missing<'a>(mine: &'a [Choice], theirs: &[Choice]) -> impl Iterator<Item = &'a Choice> {
    mine.iter()
        .filter(move |c| !theirs.iter().any(|t| t.id == c.id))
}

fn only(question: &Question, item: Option<&str>, only_in: Wave) -> Unmatched {
    Unmatched {
        question: question.id.clone(),
        item: item.map(str::to_owned),
        only_in,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::DEFAULT_SOURCE;

    fn built_in() -> Questionnaire {
        Questionnaire::parse(DEFAULT_SOURCE).unwrap()
    }

    fn question<'a>(q: &'a mut Questionnaire, id: &str) -> &'a mut Question {
        q.questions.iter_mut().find(|x| x.id == id).unwrap()
    }

    #[test]
    fn the_same_questionnaire_leaves_nothing_unmatched() {
        assert_eq!(unmatched(&built_in(), &built_in()), []);
    }

    #[test]
    fn a_new_platform_row_and_a_removed_option_are_each_named_with_their_wave() {
        let baseline = built_in();
        let mut follow_up = built_in();
        follow_up.version += 1;
        let use_ = question(&mut follow_up, "platform_use");
        let mut bluesky = use_.rows[0].clone();
        bluesky.id = "bluesky".into();
        use_.rows.push(bluesky);
        let shares = question(&mut follow_up, "shares_work");
        shares.options.retain(|o| o.id != "rarely");

        assert_eq!(
            unmatched(&baseline, &follow_up),
            [
                Unmatched {
                    question: "platform_use".into(),
                    item: Some("bluesky".into()),
                    only_in: Wave::FollowUp,
                },
                Unmatched {
                    question: "shares_work".into(),
                    item: Some("rarely".into()),
                    only_in: Wave::Baseline,
                },
            ]
        );
    }

    #[test]
    fn a_question_asked_in_one_wave_only_is_named_once_without_its_items() {
        let baseline = built_in();
        let mut follow_up = built_in();
        follow_up.questions.retain(|q| q.id != "followers");
        let mut new = follow_up.questions[2].clone();
        new.id = "new_question".into();
        follow_up.questions.push(new);

        assert_eq!(
            unmatched(&baseline, &follow_up),
            [
                Unmatched {
                    question: "followers".into(),
                    item: None,
                    only_in: Wave::Baseline,
                },
                Unmatched {
                    question: "new_question".into(),
                    item: None,
                    only_in: Wave::FollowUp,
                },
            ]
        );
    }

    #[test]
    fn options_are_matched_by_id_whatever_their_order_or_words() {
        let baseline = built_in();
        let mut follow_up = built_in();
        let shares = question(&mut follow_up, "shares_work");
        shares.options.reverse();
        shares.options[0].text.en = "Very often".into();
        assert_eq!(unmatched(&baseline, &follow_up), []);
    }
}
