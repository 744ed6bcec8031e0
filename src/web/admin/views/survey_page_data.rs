//! What HR's survey page shows, shared by the page and its invite forms.

use crate::invites::InviteBatchSummary;
use crate::service::{FollowUpSummary, Participation, SurveyDetails};
use crate::survey::SurveyId;
use crate::web::context::PageContext;

/// What the survey page shows.
pub struct SurveyPage<'a> {
    pub survey: &'a SurveyDetails,
    pub questionnaire_title: &'a str,
    pub participation: &'a Participation,
    pub batches: &'a [InviteBatchSummary],
    pub employee_link: String,
    /// The invite form's one-time token.
    pub invite_form: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    /// How employees sign in, where the identity provider is configured.
    pub sign_in: Option<super::SignInSection>,
    /// The baseline this survey follows up (id, title), and its follow-ups.
    pub follow_up_of: Option<(SurveyId, String)>,
    pub follow_ups: Vec<FollowUpSummary>,
}

pub fn action(ctx: &PageContext, p: &SurveyPage<'_>, what: &str) -> String {
    ctx.href(&format!("/admin/surveys/{}/{what}", p.survey.id))
}
