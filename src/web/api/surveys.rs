//! The public description of a survey: questionnaire and keys.

use actix_web::{HttpResponse, web};
use serde::Serialize;

use super::survey_id;
use crate::base64url;
use crate::language::Language;
use crate::questionnaire::{Choice, Question, Questionnaire, Text};
use crate::service::{Service, SurveyDetails};
use crate::tokens::VARIANT;
use crate::web::ApiError;

#[derive(Serialize)]
struct SurveyJson<'a> {
    id: &'a str,
    title: &'a str,
    status: &'static str,
    languages: Vec<&'static str>,
    min_group_size: u32,
    variant: &'static str,
    message_prefix: String,
    questionnaire: QuestionnaireJson<'a>,
    questions: Vec<QuestionJson<'a>>,
    departments: Vec<DepartmentJson<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    version: u32,
    title: TextJson<'a>,
    intro: TextJson<'a>,
}

#[derive(Serialize)]
struct TextJson<'a> {
    da: &'a str,
    nb: &'a str,
    en: &'a str,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    kind: &'static str,
    required: bool,
    text: TextJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<TextJson<'a>>,
    options: Vec<ChoiceJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rows: Option<Vec<ChoiceJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    follows: Option<FollowsJson<'a>>,
}

#[derive(Serialize)]
struct ChoiceJson<'a> {
    id: &'a str,
    text: TextJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Number>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    exclusive: bool,
}

#[derive(Serialize)]
struct FollowsJson<'a> {
    question: &'a str,
    except: Vec<&'a str>,
}

#[derive(Serialize)]
struct DepartmentJson<'a> {
    name: &'a str,
    key_id: Option<String>,
    spki_der: Option<String>,
}

fn text(t: &Text) -> TextJson<'_> {
    TextJson {
        da: &t.da,
        nb: &t.nb,
        en: &t.en,
    }
}

/// Whole numbers as integers (`5`, not `5.0`), so clients need not round.
fn number(value: f64) -> Option<serde_json::Number> {
    let whole = value.fract() == 0.0 && value.abs() < 9.0e15;
    if whole {
        Some(serde_json::Number::from(value as i64))
    } else {
        serde_json::Number::from_f64(value)
    }
}

fn choices(list: &[Choice]) -> Vec<ChoiceJson<'_>> {
    list.iter()
        .map(|c| ChoiceJson {
            id: &c.id,
            text: text(&c.text),
            value: c.value.and_then(number),
            exclusive: c.exclusive,
        })
        .collect()
}

fn question<'a>(q: &'a Question, questionnaire: &'a Questionnaire) -> QuestionJson<'a> {
    let matrix = !q.rows.is_empty();
    QuestionJson {
        id: &q.id,
        kind: q.kind.as_str(),
        required: q.required,
        text: text(&q.text),
        help: q.help.as_ref().map(text),
        options: choices(&q.options),
        rows: matrix.then(|| choices(&q.rows)),
        follows: q.follows.as_ref().map(|f| {
            let (question, except) = questionnaire.follows_ids(f);
            FollowsJson { question, except }
        }),
    }
}

fn survey_json(survey: &SurveyDetails) -> SurveyJson<'_> {
    let q = &survey.questionnaire;
    SurveyJson {
        id: survey.id.as_str(),
        title: &survey.title,
        status: survey.status.as_str(),
        languages: Language::ALL.iter().map(|l| l.code()).collect(),
        min_group_size: survey.min_group_size.get(),
        variant: VARIANT,
        message_prefix: format!("stemme-v1:{}:", survey.id),
        questionnaire: QuestionnaireJson {
            id: &q.id,
            version: q.version,
            title: text(&q.title),
            intro: text(&q.intro),
        },
        questions: q.questions.iter().map(|qu| question(qu, q)).collect(),
        departments: survey
            .departments
            .iter()
            .map(|d| DepartmentJson {
                name: d.name.as_str(),
                key_id: d.key_id.map(crate::tokens::KeyId::to_hex),
                spki_der: d.public_key.as_deref().map(base64url::encode),
            })
            .collect(),
    }
}

pub async fn get_survey(
    service: web::Data<Service>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let view = service.survey(&survey_id(&path)?).await?;
    Ok(HttpResponse::Ok().json(survey_json(&view)))
}
