//! A follow-up that asks a newer version of the baseline's questionnaire.

use super::*;

#[tokio::test]
async fn a_follow_up_may_ask_the_newest_version_and_the_form_says_plainly_what_cannot_be_compared()
{
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    // Version 1 called "rarely" "seldom"; the built-in version 2 does not.
    let older = DEFAULT_SOURCE
        .replacen("version = 2", "version = 1", 1)
        .replacen("{ id = \"rarely\"", "{ id = \"seldom\"", 1);
    let new = NewSurvey {
        title: SurveyTitle::parse("Forår").unwrap(),
        departments: Departments::parse(&["Salg", "Lager"]).unwrap(),
        questionnaire: Questionnaire::parse(&older).unwrap(),
        min_group_size: MinGroupSize::new(5).unwrap(),
    };
    let baseline = app
        .app
        .create_survey(new, &Actor::CommandLine)
        .await
        .unwrap();
    answer_and_close(&app, &baseline, &[("Salg", 5), ("Lager", 5)]).await;

    let plan = app.app.plan_follow_up(&baseline).await.unwrap();
    let choices: Vec<_> = plan.questionnaires.iter().map(|q| q.choice).collect();
    assert_eq!(
        choices,
        [QuestionnaireChoice::Same, QuestionnaireChoice::Newest]
    );
    let only = |item: &str, only_in| Unmatched {
        question: "shares_work".into(),
        item: Some(item.into()),
        only_in,
    };
    assert_eq!(
        plan.questionnaires[1].unmatched,
        [
            only("seldom", Wave::Baseline),
            only("rarely", Wave::FollowUp)
        ]
    );
    let form = admin.page(&format!("{}?lang=en", path(&baseline))).await;
    assert!(form.contains("value=\"newest\""), "{form}");
    assert!(
        form.contains("“Rarely”, only in the survey you follow up"),
        "{form}"
    );
    assert!(
        form.contains("“Rarely”, only in the newest version"),
        "{form}"
    );

    let mut fields = vec![("title", "Efterår"), ("questionnaire", "newest")];
    fields.extend([("name-0", "Salg"), ("name-1", "Lager")]);
    let response = admin.post(&path(&baseline), &fields).await;

    assert_eq!(response.status(), 303);
    let follow_ups = app.app.follow_ups(&baseline).await.unwrap();
    let made = app.app.survey(&follow_ups[0].id).await.unwrap();
    assert_eq!(made.questionnaire.version, 2);
    assert_eq!(made.questionnaire.source(), DEFAULT_SOURCE);
}
