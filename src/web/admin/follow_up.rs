//! `/admin/surveys/{id}/follow-up`: the one screen that makes a follow-up
//! of a closed survey. The form is parsed here into the service's
//! `NewFollowUp`; anything wrong shows the form again as HR filled it in,
//! with what to put right, and nothing is made.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::error::AdminPageError;
use super::on_survey::OnSurvey;
use super::problem::AdminProblem;
use super::views::{self, FollowUpForm, FollowUpRow};
use super::{html, see_other};
use crate::i18n::t_args;
use crate::questionnaire::readiness::Goal;
use crate::service::{
    FollowUpError, FollowUpPlan, NewFollowUp, QuestionnaireChoice, SurveyError, continues,
};
use crate::survey::{DepartmentName, SurveyTitle};

#[derive(Deserialize)]
pub struct GoalQuery {
    goal: Option<String>,
}

pub async fn page(
    on: OnSurvey,
    query: web::Query<GoalQuery>,
) -> Result<HttpResponse, AdminPageError> {
    let plan = plan(&on).await?;
    let goal = query
        .goal
        .as_deref()
        .and_then(Goal::parse)
        .unwrap_or(plan.goal);
    let l = on.ctx.language;
    let recommended = plan.recommended_for(goal);
    let form = FollowUpForm {
        goal,
        title: t_args(
            l,
            "follow-up-default-title",
            &[("title", plan.baseline.title.clone().into())],
        ),
        questionnaire: QuestionnaireChoice::Same,
        rows: plan
            .baseline
            .departments
            .iter()
            .map(|d| FollowUpRow {
                baseline: d.name.clone(),
                name: d.name.to_string(),
                pilot: recommended.contains(&d.name),
            })
            .collect(),
        new_departments: String::new(),
    };
    let page = views::follow_up_page(&on.ctx, &on.admin.0, &plan, &form, &[]);
    Ok(html(StatusCode::OK, page))
}

pub async fn create(
    on: OnSurvey,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AdminPageError> {
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    on.check(field("csrf"))?;
    let plan = plan(&on).await?;
    let l = on.ctx.language;
    let sent = FollowUpForm {
        goal: Goal::parse(field("goal")).unwrap_or(plan.goal),
        title: field("title").to_owned(),
        questionnaire: match field("questionnaire") {
            "newest" => QuestionnaireChoice::Newest,
            _ => QuestionnaireChoice::Same,
        },
        rows: (plan.baseline.departments.iter().enumerate())
            .map(|(i, d)| FollowUpRow {
                baseline: d.name.clone(),
                name: field(&format!("name-{i}")).to_owned(),
                pilot: field(&format!("pilot-{i}")) == "yes",
            })
            .collect(),
        new_departments: field("new_departments").to_owned(),
    };
    let refuse = |errors: Vec<String>| {
        let page = views::follow_up_page(&on.ctx, &on.admin.0, &plan, &sent, &errors);
        Ok(html(StatusCode::BAD_REQUEST, page))
    };
    let new = match parse(&sent) {
        Ok(new) => new,
        Err(errors) => {
            let errors = errors.iter().map(|e| views::name_message(l, e)).collect();
            return refuse(errors);
        }
    };
    match on.service.create_follow_up(&on.id, new, &on.actor()).await {
        Ok(id) => Ok(see_other(
            on.ctx.href(&format!("/admin/surveys/{id}?done=follow-up")),
        )),
        Err(
            e @ (FollowUpError::NotFound
            | FollowUpError::WrongStatus { .. }
            | FollowUpError::Internal(_)),
        ) => Err(fail(&on, e)),
        Err(e) => refuse(vec![views::follow_up_message(l, &e)]),
    }
}

/// The form as the service takes it, or every name that is not one.
fn parse(form: &FollowUpForm) -> Result<NewFollowUp, Vec<crate::survey::NameError>> {
    let mut errors = Vec::new();
    let title = SurveyTitle::parse(&form.title)
        .map_err(|e| errors.push(e))
        .ok();
    let mut pairs = Vec::new();
    for row in form.rows.iter().filter(|r| !r.name.trim().is_empty()) {
        match DepartmentName::parse(&row.name) {
            Ok(name) => pairs.push((row.baseline.clone(), name)),
            Err(e) => errors.push(e),
        }
    }
    let mut new_departments = Vec::new();
    for line in form
        .new_departments
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        match DepartmentName::parse(line) {
            Ok(name) => new_departments.push(name),
            Err(e) => errors.push(e),
        }
    }
    match title {
        Some(title) if errors.is_empty() => Ok(NewFollowUp {
            title,
            departments: continues(pairs),
            new_departments,
            pilots: (form.rows.iter().filter(|r| r.pilot))
                .map(|r| r.baseline.clone())
                .collect(),
            questionnaire: form.questionnaire,
        }),
        _ => Err(errors),
    }
}

async fn plan(on: &OnSurvey) -> Result<FollowUpPlan, AdminPageError> {
    on.service
        .plan_follow_up(&on.id)
        .await
        .map_err(|e| fail(on, e))
}

/// A follow-up of a survey that is gone or not closed: the survey's
/// error page, as its other pages give.
fn fail(on: &OnSurvey, e: FollowUpError) -> AdminPageError {
    match e {
        FollowUpError::NotFound => on.fail(SurveyError::NotFound),
        FollowUpError::WrongStatus { expected, actual } => {
            on.fail(SurveyError::WrongStatus { expected, actual })
        }
        FollowUpError::Internal(e) => on.fail(e),
        other => on.fail(AdminProblem::BadForm(other.to_string())),
    }
}
